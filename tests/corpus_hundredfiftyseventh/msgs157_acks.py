"""Corpus 157: application acknowledgements (21) and offers (10), hand-written."""

from __future__ import annotations

from msgs157_common import ats_card, outlook, paras, quote

A = "application_received"
OF = "offer"

_murtal_ack = """Hallo Frau Pölzl-Adeyemi,

vielen Dank für Ihre Bewerbung als Teamleitung Kundenservice & Versand! Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir sehen uns alle Bewerbungen in Ruhe an und melden uns innerhalb von zwei Wochen bei Ihnen.

Freundliche Grüße
Ihr Team von Murtal Versand"""

_kr_thanks = """Dear Maja,

Thank you for the conversation on Friday and for the walkthrough of your seller tools. I'm excited about the role.

Best regards,
Miriam"""

MESSAGES: list[dict] = [
    # ================================================================ received: German (10)
    {
        "k": A, "s": "personio_ack", "l": "de", "co": "Murtal Versand", "ct": "", "id": "mv1",
        "f": ("Murtal Versand", "noreply@personio.de"),
        "d": "2026-02-03 22:14 +0100",
        "sj": "Eingangsbestätigung: Teamleitung Kundenservice & Versand",
        "t": _murtal_ack,
        "h": ats_card("Murtal Versand", "#1d6f42", paras(_murtal_ack), "Gesendet mit Personio"),
    },
    {
        "k": A, "s": "greenhouse_no_individual_reply", "l": "de", "co": "Donaukorb", "ct": "",
        "id": "dk1",
        "f": ("Donaukorb Karriere", "no-reply@greenhouse-mail.io"),
        "d": "2026-03-02 08:02 +0100",
        "sj": "Danke für deine Bewerbung bei Donaukorb!",
        "t": """Hallo Miriam,

schön, dass du dich als Operations Associate bei Donaukorb beworben hast. Deine Bewerbung ist bei uns angekommen.

Wir bekommen gerade sehr viele Bewerbungen und können leider nicht jeder Person einzeln antworten. Wenn dein Profil passt, meldet sich jemand aus dem Team innerhalb von drei Wochen bei dir.

Liebe Grüße
Dein Donaukorb Talent Team""",
    },
    {
        "k": A, "s": "smartrecruiters_ack", "l": "de", "co": "Isarpaket", "ct": "", "id": "ip1",
        "f": ("Isarpaket", "noreply@smartrecruiters.com"),
        "d": "2026-04-01 11:47 +0200",
        "sj": "Wir haben Ihre Bewerbung erhalten – Isarpaket",
        "h": ats_card("Isarpaket", "#f2a900", paras("""Guten Tag Frau Pölzl-Adeyemi,

herzlichen Dank für Ihre Bewerbung auf die Stelle Teamleitung Retourenmanagement (m/w/d) in München.

Wir prüfen Ihre Unterlagen und kommen so bald wie möglich auf Sie zu. Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem SmartRecruiters-Profil einsehen.

Beste Grüße
Ihr Isarpaket Recruiting"""), "SmartRecruiters · Bitte nicht auf diese E-Mail antworten"),
    },
    {
        "k": A, "s": "agency_registration", "l": "de", "co": "Flexpersonal Steiermark",
        "ct": "stefan.url@flexpersonal.example.at", "id": "fx0",
        "f": ("Flexpersonal Steiermark", "stefan.url@flexpersonal.example.at"),
        "d": "2026-01-12 16:30 +0100",
        "sj": "Ihre Registrierung bei Flexpersonal",
        "cs": "iso-8859-1", "te": "8bit",
        "t": """Sehr geehrte Frau Pölzl-Adeyemi,

danke, dass Sie sich bei Flexpersonal Steiermark registriert haben. Ihr Lebenslauf liegt uns vor und ich bin ab sofort Ihr Ansprechpartner.

Für ein kurzes Erstgespräch rufe ich Sie am Mittwoch, 14. Jänner, um 10:00 Uhr an.

Beste Grüße
Stefan Url
Personaldisponent
Flexpersonal Steiermark · Griesplatz 4 · 8020 Graz""",
    },
    {
        "k": A, "s": "successfactors_zurich", "l": "de", "co": "Limmatmarkt", "ct": "", "id": "lm_ch1",
        "f": ("Limmatmarkt HR", "limmatmarkt@successfactors.eu"),
        "d": "2026-08-01 18:22 +0200",
        "sj": "Eingang Ihrer Bewerbung: Category Specialist Online (80-100%)",
        "t": """Grüezi Frau Pölzl-Adeyemi

Wir bestätigen den Eingang Ihrer Online-Bewerbung. Unser HR-Team prüft Ihr Dossier und meldet sich in den nächsten Wochen.

Freundliche Grüsse
Limmatmarkt Digital
Human Resources""",
    },
    {
        "k": A, "s": "softgarden_no_individual", "l": "de", "co": "Linzer Lagerwelt", "ct": "",
        "f": ("Linzer Lagerwelt Recruiting", "noreply@softgarden.io"),
        "d": "2026-03-30 13:05 +0200",
        "sj": "Vielen Dank für Ihre Bewerbung – Disponent/in (m/w/d)",
        "cs": "windows-1252", "te": "qp",
        "t": """Sehr geehrte Frau Pölzl-Adeyemi,

Ihre Bewerbung ist bei uns eingegangen – danke für Ihr Interesse an der Linzer Lagerwelt!

Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an Zuschriften nicht jede Bewerbung einzeln beantworten können. Sie hören von uns, sobald die Vorauswahl abgeschlossen ist.

Mit besten Grüßen
Personalabteilung Linzer Lagerwelt""",
    },
    {
        "k": A, "s": "workday_ack", "l": "de", "co": "Nordkette Retail", "ct": "",
        "f": ("Nordkette Retail Karriere", "nordkette@myworkday.com"),
        "d": "2026-04-22 12:00 +0000",
        "sj": "Bewerbung eingegangen: E-Commerce Operations Specialist (R-40418)",
        "t": """Hallo Miriam,

vielen Dank für Ihre Bewerbung bei Nordkette Retail. Wir haben sie erhalten und leiten sie an das zuständige Recruiting-Team weiter.

Den aktuellen Stand sehen Sie jederzeit unter "Meine Bewerbungen" in unserem Karriereportal.

Talent Acquisition Nordkette Retail""",
    },
    {
        "k": A, "s": "public_body_eingang", "l": "de", "co": "Steirische Landesbeschaffung",
        "ct": "", "id": "lb1",
        "f": ("Steirische Landesbeschaffung", "no-reply@landesbeschaffung.example.at"),
        "d": "2026-01-19 09:00 +0100",
        "sj": "Bestätigung des Bewerbungseingangs – LB-2026-014",
        "cs": "iso-8859-1", "te": "qp", "se": "b", "sc": "windows-1252",
        "t": """Sehr geehrte Bewerberin, sehr geehrter Bewerber,

wir bestätigen den Eingang Ihrer Bewerbung für die Stelle "Sachbearbeitung E-Procurement" (Kennzahl LB-2026-014).

Nach Ende der Bewerbungsfrist am 30. Jänner 2026 werden alle Bewerbungen geprüft. Sie erhalten in jedem Fall eine schriftliche Mitteilung.

Diese Nachricht wurde automatisch erstellt.

Steirische Landesbeschaffung, Referat Personal
Burggasse 13, 8010 Graz""",
        "auto": "auto-generated",
    },
    {
        "k": A, "s": "agency_registration_vienna", "l": "de", "co": "ArbeitPlus Personalservice",
        "ct": "sabine.kornberger@arbeitplus.example.at", "id": "ap1",
        "f": ("Sabine Kornberger | ArbeitPlus", "sabine.kornberger@arbeitplus.example.at"),
        "d": "2026-05-11 10:10 +0200",
        "sj": "Willkommen bei ArbeitPlus – Ihre Unterlagen sind da",
        "t": """Liebe Frau Pölzl-Adeyemi,

danke für Ihre Registrierung bei ArbeitPlus Personalservice! Ihren Lebenslauf und die Zeugnisse habe ich erhalten und in unser System übernommen.

Ich schaue mir jetzt an, welche unserer Kunden in Wien zu Ihrem Profil passen, und melde mich in den nächsten Tagen.

Herzliche Grüße
Sabine Kornberger
Personalberaterin · ArbeitPlus Personalservice""",
    },
    {
        "k": A, "s": "human_cv_received", "l": "de", "co": "Schloßberg Home",
        "ct": "verena.trummer@schlossberg-home.example.at",
        "f": ("Verena Trummer", "verena.trummer@schlossberg-home.example.at"),
        "d": "2026-01-15 14:26 +0100",
        "sj": "AW: Initiativbewerbung",
        "t": """Liebe Frau Pölzl-Adeyemi,

Ihren Lebenslauf haben wir erhalten, danke! Ich habe ihn an unsere Leitung Onlineshop weitergegeben. Bitte bewerben Sie sich zusätzlich über unser Karriereportal auf die ausgeschriebene Teamleitung, damit alles formal erfasst ist.

Herzliche Grüße
Verena Trummer
Assistenz Personal
Schloßberg Home · Sporgasse 22 · 8010 Graz""",
    },
    # ================================================================ received: English (5)
    {
        "k": A, "s": "lever_ack", "l": "en", "co": "Kranjska Commerce", "ct": "", "id": "kr1",
        "f": ("Kranjska Commerce", "no-reply@hire.lever.co"),
        "d": "2026-02-16 19:40 +0100",
        "sj": "Thanks for applying to Kranjska Commerce",
        "t": """Hi Miriam,

Thanks for applying for the Marketplace Operations Specialist role at Kranjska Commerce. We've got your application and our team will review it carefully.

If there's a fit, a member of the team will reach out to arrange next steps.

The Kranjska Commerce Team""",
    },
    {
        "k": A, "s": "greenhouse_en_ack", "l": "en", "co": "Brightcart", "ct": "", "id": "bc2",
        "re": "bc1",
        "f": ("Brightcart Recruiting", "no-reply@greenhouse-mail.io"),
        "d": "2026-04-20 21:03 +0200",
        "sj": "We received your application - Brightcart",
        "h": ats_card("Brightcart", "#ff5a36", paras("""Hi Miriam,

Thank you for your interest in the Marketplace Operations Associate position. Your application has been received and is now with our hiring team.

We aim to respond within 10 working days.

Cheers,
Brightcart People Team"""), "Sent via Greenhouse · Brightcart, Sonnenstraße 19, 80331 Munich"),
    },
    {
        "k": A, "s": "cannot_reply_each", "l": "en", "co": "Emona Parcel", "ct": "", "id": "em1",
        "f": ("Emona Parcel", "no-reply@hire.lever.co"),
        "d": "2026-07-13 08:12 +0200",
        "sj": "Application received: Last-Mile Operations Coordinator",
        "t": """Hello Miriam,

We confirm receipt of your application for Last-Mile Operations Coordinator.

Unfortunately, due to the volume of applications, we cannot reply to every applicant individually. We will contact shortlisted candidates within four weeks.

Emona Parcel Talent Team""",
    },
    {
        "k": A, "s": "taleo_ack", "l": "en", "co": "Eurocargo Continental", "ct": "", "id": "ec1",
        "f": ("Eurocargo Continental Recruiting", "eurocargo@taleo.net"),
        "d": "2026-08-10 06:15 +0000",
        "sj": "Eurocargo Continental - Application Confirmation - Job 26-0932",
        "t": """Dear Miriam,

This is to confirm that your application for Hub Shift Manager (Job 26-0932) has been successfully submitted.

You can track the status of your application at any time by logging in to the candidate portal.

Eurocargo Continental Talent Acquisition
This is an automated message; replies are not read.""",
        "auto": "auto-generated",
    },
    {
        "k": A, "s": "agency_registration_en", "l": "en", "co": "Adriatic Staffing",
        "ct": "petra.novak@adriatic-staffing.example.si", "id": "ad1",
        "f": ("Petra Novak", "petra.novak@adriatic-staffing.example.si"),
        "d": "2026-05-18 13:25 +0200",
        "sj": "Welcome to Adriatic Staffing",
        "t": """Hello Miriam,

Thank you for registering with Adriatic Staffing. I have your CV and I'll be your consultant for logistics and e-commerce roles in Ljubljana.

I'm reviewing current client vacancies now and will be in touch once I have something that matches.

Petra Novak
Senior Consultant, Adriatic Staffing""",
    },
    # ================================================================ received: French (3)
    {
        "k": A, "s": "teamtailor_accuse", "l": "fr", "co": "Rhône Colis", "ct": "", "id": "rc1",
        "f": ("Rhône Colis", "no-reply@teamtailor-mail.com"),
        "d": "2026-03-09 07:55 +0100",
        "sj": "Nous avons bien reçu votre candidature",
        "t": """Bonjour Miriam,

Merci pour votre candidature au poste de Cheffe d'équipe expédition chez Rhône Colis. Elle a bien été enregistrée.

Notre équipe RH reviendra vers vous dans les meilleurs délais.

À bientôt,
L'équipe Rhône Colis""",
    },
    {
        "k": A, "s": "interim_inscription", "l": "fr", "co": "Intérim Presqu'île",
        "ct": "julien.marchal@interim-presquile.example.fr", "id": "iq1",
        "f": ("Julien Marchal", "julien.marchal@interim-presquile.example.fr"),
        "d": "2026-05-04 15:15 +0200",
        "sj": "Votre inscription chez Intérim Presqu'île",
        "ne": "q",
        "t": """Bonjour Miriam,

Votre inscription est bien prise en compte et votre CV est enregistré dans notre base. Je serai votre interlocuteur pour les missions logistique et e-commerce sur Lyon.

Je reviens vers vous dès qu'une mission correspond à votre profil.

Julien Marchal
Chargé de recrutement – Intérim Presqu'île""",
    },
    {
        "k": A, "s": "pas_de_reponse_individuelle", "l": "fr", "co": "Maison Bellecour", "ct": "",
        "id": "mb1",
        "f": ("Maison Bellecour", "no-reply@teamtailor-mail.com"),
        "d": "2026-06-01 09:40 +0200",
        "sj": "Candidature reçue – Responsable préparation e-commerce",
        "t": """Bonjour,

Nous accusons réception de votre candidature et vous en remercions.

En raison du nombre important de candidatures, nous ne pourrons malheureusement pas répondre individuellement à chacune d'entre elles. Si votre profil est retenu, nous vous contacterons sous trois semaines.

L'équipe Talents – Maison Bellecour""",
    },
    # ================================================================ received: Spanish (3)
    {
        "k": A, "s": "workable_recibida", "l": "es", "co": "Carrito Castellano", "ct": "",
        "id": "cc1",
        "f": ("Carrito Castellano", "noreply@workablemail.com"),
        "d": "2026-02-02 18:11 +0100",
        "sj": "Hemos recibido tu candidatura",
        "t": """Hola Miriam:

Gracias por presentar tu candidatura para Coordinadora de Operaciones E-commerce. La hemos recibido correctamente y el equipo la revisará en los próximos días.

Equipo de Personas · Carrito Castellano""",
    },
    {
        "k": A, "s": "ett_registro", "l": "es", "co": "Talento Temporal",
        "ct": "lucia.herrero@talentotemporal.example.es", "id": "tt1",
        "f": ("Lucía Herrero", "lucia.herrero@talentotemporal.example.es"),
        "d": "2026-04-06 11:30 +0200",
        "sj": "Alta en Talento Temporal",
        "ne": "q",
        "t": """Hola Miriam:

Ya estás dada de alta en Talento Temporal. He recibido tu currículum y lo tengo en cuenta para puestos de logística y comercio electrónico en Madrid.

Te llamaré cuando tenga una oferta que encaje.

Lucía Herrero
Consultora · Talento Temporal ETT""",
    },
    {
        "k": A, "s": "recruitee_recibida", "l": "es", "co": "Logística Manzanares", "ct": "",
        "id": "lz1",
        "f": ("Logística Manzanares", "noreply@jobs.recruitee.com"),
        "d": "2026-05-04 09:00 +0200",
        "sj": "Confirmación de candidatura – Responsable de Almacén",
        "te": "b64",
        "t": """Estimada Miriam Pölzl-Adeyemi:

Confirmamos la recepción de su candidatura para el puesto de Responsable de Almacén (Getafe).

Nuestro equipo de selección la revisará y se pondrá en contacto con usted si su perfil avanza en el proceso.

Logística Manzanares – Recursos Humanos""",
    },
    # ================================================================ offers: German (5)
    {
        "k": OF, "s": "formal_offer_pdf", "l": "de", "co": "Murtal Versand",
        "ct": "karin.leitgeb@murtal-versand.example.at", "id": "mv5", "re": ["mv3", "mv4"],
        "f": ("Karin Leitgeb", "karin.leitgeb@murtal-versand.example.at"),
        "d": "2026-02-27 15:00 +0100",
        "sj": "Ihr Angebot: Teamleitung Kundenservice & Versand",
        "t": """Liebe Frau Pölzl-Adeyemi,

nach den beiden Gesprächen freuen wir uns sehr, Ihnen die Stelle als Teamleitung Kundenservice & Versand anzubieten! Die Eckdaten (Bruttogehalt 3.150 € x 14, 38,5 Stunden, Start 1. April 2026) finden Sie im angehängten Angebotsschreiben.

Wir würden uns über Ihre Zusage bis 6. März freuen. Rufen Sie mich gern an, wenn Sie Fragen haben.

Herzliche Grüße
Karin Leitgeb
HR Generalistin | Murtal Versand
Bahnstraße 20, 8720 Knittelfeld · T +43 3512 820 14""",
        "pdf": ("Angebot_Poelzl-Adeyemi.pdf", [
            "Murtal Versand - Angebotsschreiben",
            "Position: Teamleitung Kundenservice & Versand",
            "Eintritt: 1. April 2026",
            "Bruttogehalt: EUR 3.150,- (14 x jaehrlich)",
            "Wochenarbeitszeit: 38,5 Stunden",
            "Bitte bestaetigen Sie bis 6. Maerz 2026.",
        ]),
    },
    {
        "k": OF, "s": "contract_for_signature", "l": "de", "co": "Murtal Versand",
        "ct": "karin.leitgeb@murtal-versand.example.at", "id": "mv6", "re": "mv5",
        "f": ("Karin Leitgeb", "karin.leitgeb@murtal-versand.example.at"),
        "d": "2026-03-05 10:40 +0100",
        "sj": "Dienstvertrag zur Unterschrift",
        "t": """Liebe Frau Pölzl-Adeyemi,

wie schön, dass Sie zugesagt haben! Anbei Ihr Dienstvertrag in zweifacher Ausfertigung. Bitte unterschreiben Sie beide Exemplare und schicken Sie eines per Post an uns zurück – oder bringen Sie es zum Onboarding-Termin mit.

Bis bald in Knittelfeld!
Karin Leitgeb""",
        "pdf": ("Dienstvertrag_Murtal_Versand.pdf", [
            "DIENSTVERTRAG",
            "zwischen Murtal Versand und Frau Miriam Poelzl-Adeyemi",
            "Verwendung: Teamleitung Kundenservice & Versand",
            "Beginn des Dienstverhaeltnisses: 1. April 2026",
            "Unterschrift Dienstnehmerin: ____________________",
        ]),
    },
    {
        "k": OF, "s": "agency_client_wants_offer", "l": "de", "co": "Annenhof Drogerie",
        "ct": "stefan.url@flexpersonal.example.at", "id": "fx5", "re": "fx3",
        "f": ("Stefan Url", "stefan.url@flexpersonal.example.at"),
        "d": "2026-02-04 11:55 +0100",
        "sj": "Annenhof Drogerie möchte Sie!",
        "cs": "iso-8859-1", "te": "qp", "se": "q", "sc": "iso-8859-1",
        "t": """Hallo Frau Pölzl-Adeyemi,

gerade hat mich Frau Riegler angerufen: Annenhof Drogerie möchte Ihnen die Stelle als Teamleitung Onlineshop-Kommissionierung anbieten, zunächst über uns als Überlassung mit Übernahmeoption nach sechs Monaten.

Das schriftliche Angebot schicke ich Ihnen morgen. Rufen Sie mich an, dann gehen wir die Details durch!

Beste Grüße
Stefan Url
Flexpersonal Steiermark · +43 316 60 40 21""",
    },
    {
        "k": OF, "s": "verbal_offer_followup", "l": "de", "co": "Schöckl Sportversand",
        "ct": "andreas.pichler@schoeckl-sport.example.at", "id": "ss3", "re": "ss2",
        "f": ("Andreas Pichler", "andreas.pichler@schoeckl-sport.example.at"),
        "d": "2026-09-22 17:48 +0200",
        "sj": "Wie besprochen – unser Angebot schriftlich",
        "t": """Hallo Frau Pölzl-Adeyemi,

danke für das gute Gespräch heute im Lager. Wie am Ende schon mündlich gesagt: wir wollen Sie als Teamleitung Versand & Retouren. Hier nochmal schriftlich:

- Start: 1. November 2026
- 2.900 € brutto, 14 Gehälter, Vollzeit
- Firmen-Jahreskarte Graz Linien

Geben Sie mir bis Ende nächster Woche Bescheid? Den Vertrag bereitet dann unsere Lohnverrechnung vor.

Beste Grüße
Andreas Pichler
Geschäftsführer · Schöckl Sportversand""",
    },
    {
        "k": OF, "s": "zurich_offer", "l": "de", "co": "Helvetikorb",
        "ct": "sandra.meier@helvetikorb.example.ch", "id": "hk3", "re": "hk2",
        "f": ("Sandra Meier", "sandra.meier@helvetikorb.example.ch"),
        "d": "2026-08-24 10:05 +0200",
        "sj": "Stellenangebot Teamleiterin Fulfillment",
        "te": "b64",
        "t": """Grüezi Frau Pölzl-Adeyemi

Es freut uns sehr, Ihnen nach dem Gespräch in Dietikon die Stelle als Teamleiterin Fulfillment (100%) anbieten zu können. Das Jahresgehalt beträgt CHF 78'000 (13 Monatslöhne), Stellenantritt nach Vereinbarung, idealerweise am 1. Oktober.

Den Arbeitsvertrag sende ich Ihnen gerne zu, sobald Sie uns Ihre Zusage geben. Bei Fragen zur Arbeitsbewilligung unterstützen wir Sie.

Freundliche Grüsse
Sandra Meier
HR Helvetikorb AG · Lagerstrasse 8 · 8953 Dietikon""",
    },
    # ================================================================ offers: English (2)
    {
        "k": OF, "s": "offer_letter_pdf", "l": "en", "co": "Kranjska Commerce",
        "ct": "maja.kovac@kranjska.example.si", "id": "kr6", "re": ["kr3", "kr4"],
        "f": ("Maja Kovač", "maja.kovac@kranjska.example.si"),
        "d": "2026-03-18 16:20 +0100",
        "sj": "Offer - Marketplace Operations Specialist",
        "ne": "q",
        "t": """Hi Miriam,

I'm delighted to share that we'd like to offer you the Marketplace Operations Specialist position at Kranjska Commerce! Your offer letter is attached, including salary, relocation support and the proposed start date of 4 May.

Please review it and let me know if you have any questions. We'd love to have your answer by 25 March.

Warmly,
Maja Kovač
Talent Partner, Kranjska Commerce

""" + quote(_kr_thanks, "On Wed, 4 Mar 2026 at 07:58, Miriam Pölzl-Adeyemi <miriam.pa@example.at> wrote:"),
        "pdf": ("Kranjska_Offer_Letter.pdf", [
            "Kranjska Commerce - Offer of Employment",
            "Candidate: Miriam Poelzl-Adeyemi",
            "Position: Marketplace Operations Specialist, Ljubljana",
            "Gross annual salary: EUR 34,800",
            "Relocation allowance: EUR 2,000",
            "Start date: 4 May 2026",
        ]),
    },
    {
        "k": OF, "s": "verbal_offer_en", "l": "en", "co": "Eurocargo Continental",
        "ct": "daniel.huber@eurocargo.example.de", "id": "ec4", "re": "ec3",
        "f": ("Daniel Huber", "daniel.huber@eurocargo.example.de"),
        "d": "2026-09-14 18:12 +0200",
        "sj": "Following up on our call - Hub Shift Manager",
        "t": """Dear Miriam,

Thank you for taking my call this afternoon. As discussed, I'm very pleased to confirm that we would like you to join Eurocargo Continental as Hub Shift Manager at Hub München-Süd.

Formal paperwork (salary of EUR 52,000 p.a., 30 days' leave, start 1 November) will follow from our HR system within the next few days; please let me know if anything we discussed needs correcting.

Best regards,
Daniel Huber
Head of Hub Operations South
Eurocargo Continental · Zielstattstraße 9 · 81379 München · +49 89 2190 4410""",
    },
    # ================================================================ offers: French (2)
    {
        "k": OF, "s": "promesse_embauche_pdf", "l": "fr", "co": "Rhône Colis",
        "ct": "camille.fabre@rhone-colis.example.fr", "id": "rc5", "re": "rc4",
        "f": ("Camille Fabre", "camille.fabre@rhone-colis.example.fr"),
        "d": "2026-04-07 14:35 +0200",
        "sj": "Proposition d'embauche – Cheffe d'équipe expédition",
        "t": """Bonjour Miriam,

Suite à vos entretiens, nous avons le plaisir de vous proposer le poste de Cheffe d'équipe expédition en CDI. Vous trouverez en pièce jointe la promesse d'embauche précisant la rémunération et la date de démarrage.

Merci de nous retourner le document signé avant le 17 avril.

Bien cordialement,
Camille Fabre
Chargée RH – Rhône Colis
Port Édouard Herriot, 69007 Lyon – 04 72 73 40 00""",
        "pdf": ("Promesse_embauche_Rhone_Colis.pdf", [
            "Rhone Colis - Promesse d'embauche",
            "Poste : Cheffe d'equipe expedition (CDI)",
            "Remuneration brute annuelle : 31 500 EUR",
            "Date de demarrage : 1er juin 2026",
        ]),
    },
    {
        "k": OF, "s": "interim_client_propose", "l": "fr", "co": "Confluence Shop",
        "ct": "julien.marchal@interim-presquile.example.fr", "id": "iq4", "re": "iq3",
        "f": ("Julien Marchal", "julien.marchal@interim-presquile.example.fr"),
        "d": "2026-06-30 11:28 +0200",
        "sj": "Confluence Shop vous veut !",
        "t": """Bonjour Miriam,

Excellente nouvelle : après votre rencontre de jeudi, Confluence Shop souhaite vous proposer la mission de responsable d'équipe préparation, avec une embauche en CDI envisagée à l'issue des trois premiers mois.

Je vous envoie le contrat de mission dans la journée. Appelez-moi pour en parler !

Julien Marchal
Intérim Presqu'île – 04 72 00 31 58""",
    },
    # ================================================================ offers: Spanish (1)
    {
        "k": OF, "s": "oferta_formal", "l": "es", "co": "Mercado Retiro Online",
        "ct": "pablo.navarro@mercadoretiro.example.es", "id": "mr4", "re": ["mr2", "mr3"],
        "f": ("Pablo Navarro", "pablo.navarro@mercadoretiro.example.es"),
        "d": "2026-04-15 13:10 +0200",
        "sj": "Oferta de empleo – Jefa de Turno Almacén Online",
        "cs": "iso-8859-1", "te": "qp",
        "t": """Estimada Miriam:

Tras las entrevistas, nos complace ofrecerle el puesto de Jefa de Turno del almacén online, con contrato indefinido, un salario bruto anual de 29.000 euros y incorporación el 1 de junio.

Le rogamos nos confirme su aceptación antes del 24 de abril.

Atentamente,
Pablo Navarro
Responsable de Selección · Mercado Retiro Online
Calle O'Donnell 34, 28009 Madrid · Tel. 91 574 20 30""",
    },
]

_ = (outlook,)
