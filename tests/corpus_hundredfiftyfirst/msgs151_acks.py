"""Corpus 151, kinds `application_received` (21: de 11, en 5, fr 3, es 2) and `offer`
(10: de 5, en 2, fr 2, es 1)."""

from __future__ import annotations

from msgs151_common import ats_card, simple_html, wrote_de

BAUKRAFT_ACK = """Guten Tag Frau Ferreira-Schulz,

vielen Dank für Ihre Bewerbung als BIM-Koordinator/in (m/w/d) für den Standort
Berlin-Adlershof. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Unser Recruiting-Team sichtet derzeit alle Bewerbungen und meldet sich innerhalb von drei
Wochen bei Ihnen. Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto
einsehen.

Freundliche Grüße
Ihr Recruiting-Team der Baukraft Holding"""

THAMES_ACK = """Dear Joana,

Thank you for your application for the role of BIM Coordinator (R-10482) with Thamesbridge
Consulting. This email confirms that we have received it.

Our recruitment team will now review your application against the requirements of the role.
You can track its progress at any time by signing in to your candidate home.

Kind regards,
Thamesbridge Talent Acquisition"""

SAALE_ACK = """Sehr geehrte Frau Ferreira-Schulz,

herzlichen Dank für Ihre Online-Bewerbung auf die Position „Projektleitung Digitales Bauen
(m/w/d)“. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung nun sorgfältig und bitten Sie um etwas Geduld. Sobald wir Ihre
Unterlagen gesichtet haben, erhalten Sie eine Nachricht von uns.

Mit freundlichen Grüßen
Ihr Personalteam der Wohnbau Saale"""


MESSAGES = [
    # ================================================================ application_received
    # ---------------------------------------------------------------- German (11)
    {
        "kind": "application_received", "name": "baukraft_personio_ack", "lang": "de",
        "company": "Baukraft Holding", "contact": "",
        "id": "baukraft_ack",
        "date": "2026-02-03 12:14 +0100",
        "frm": ("Baukraft Holding GmbH", "jobs@mail.personio.de"),
        "subject": "Eingangsbestätigung: Ihre Bewerbung als BIM-Koordinator/in (m/w/d)",
        "headers": [("Auto-Submitted", "auto-generated"), ("X-Mailer", "Personio Recruiting")],
        "text": BAUKRAFT_ACK + """

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht darauf.
""",
        "html": ats_card("Baukraft Holding GmbH", "#e05a00", BAUKRAFT_ACK, "de",
                         button=("Zum Bewerberkonto",
                                 "https://baukraft.jobs.personio.de/application/status/151"),
                         footer="Diese E-Mail wurde automatisch generiert. Bitte antworten "
                                "Sie nicht darauf."),
    },
    {
        "kind": "application_received", "name": "bibm_no_individual_reply", "lang": "de",
        "company": "Berliner Immobilien- und Baumanagement", "contact": "",
        "id": "bibm_ack",
        "date": "2026-01-14 16:03 +0100",
        "frm": ("BIBM Personalstelle", "bewerbung-noreply@bibm.example.de"),
        "subject": "Eingangsbestätigung Kennziffer BIBM-2026-014",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Sehr geehrte Frau Ferreira-Schulz,

Ihre Bewerbung zur Kennziffer BIBM-2026-014 (BIM-Koordination Hochbau) ist bei uns
eingegangen. Vielen Dank für Ihr Interesse an einer Tätigkeit im öffentlichen Dienst.

Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl der Bewerbungen leider
nicht jede Anfrage zum Stand des Verfahrens einzeln beantworten können. Sie erhalten
unaufgefordert Nachricht, sobald die Vorauswahl abgeschlossen ist. Die Auswahlgespräche
sind für Anfang März 2026 geplant.

Mit freundlichen Grüßen
Personalstelle
Berliner Immobilien- und Baumanagement (BIBM)
Alt-Moabit 91, 10559 Berlin

Diese Nachricht wurde automatisch erstellt.
""",
    },
    {
        "kind": "application_received", "name": "bauwerk_talents_registration", "lang": "de",
        "company": "Bauwerk Talents", "contact": "",
        "id": "bauwerk_ack",
        "date": "2026-01-08 21:47 +0100",
        "frm": ("Bauwerk Talents", "noreply@bauwerk-talents.example.de"),
        "subject": "Willkommen bei Bauwerk Talents – Ihre Registrierung ist eingegangen",
        "subj_enc": ("utf-8", "B"),
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hallo Joana Ferreira-Schulz,

danke für Ihre Registrierung in unserem Bewerberportal! Ihr Profil und Ihr Lebenslauf sind
bei uns angekommen und der Niederlassung Leipzig zugeordnet.

So geht es weiter:
1. Eine Personaldisponentin oder ein Personaldisponent schaut sich Ihr Profil an.
2. Wir melden uns telefonisch oder per E-Mail für ein Kennenlernen.
3. Danach schlagen wir Sie passenden Kunden vor – natürlich nur mit Ihrer Zustimmung.

Ihre Zugangsdaten für das Portal erhalten Sie in einer separaten E-Mail.

Ihr Team von Bauwerk Talents
Bauwerk Talents GmbH – Personaldienstleistungen für Bau & Planung
www.bauwerk-talents.example.de
""",
    },
    {
        "kind": "application_received", "name": "wohnbau_saale_softgarden_html", "lang": "de",
        "company": "Wohnbau Saale", "contact": "",
        "id": "saale_ack",
        "date": "2026-03-02 18:31 +0100",
        "frm": ("Wohnbau Saale", "noreply@softgarden.io"),
        "subject": "Vielen Dank für Ihre Bewerbung!",
        "headers": [("Auto-Submitted", "auto-generated"),
                    ("X-Mailer", "softgarden e-recruiting")],
        "html": ats_card("Wohnbau Saale GmbH – Karriere", "#2a6f4f", SAALE_ACK, "de",
                         footer="Wohnbau Saale GmbH · Karl-Heine-Straße 22 · 04229 Leipzig\n"
                                "Diese E-Mail wurde automatisch erstellt."),
    },
    {
        "kind": "application_received", "name": "baukontor_recruitee_ack", "lang": "de",
        "company": "Leipziger Baukontor", "contact": "",
        "id": "baukontor_ack",
        "date": "2026-04-02 09:12 +0200",
        "frm": ("Leipziger Baukontor", "baukontor@jobs.recruitee.com"),
        "subject": "Wir haben Ihre Bewerbung erhalten",
        "text": """Hallo Frau Ferreira-Schulz,

schön, dass Sie sich für die Stelle als BIM-Managerin (m/w/d) interessieren. Ihre Bewerbung
ist gut bei uns angekommen.

Wir schauen uns jede Bewerbung persönlich an. Das kann zwei bis drei Wochen dauern – wir
geben Ihnen in jedem Fall Bescheid.

Herzliche Grüße aus Leipzig
Ihr Leipziger Baukontor

Gesendet über Recruitee.
""",
    },
    {
        "kind": "application_received", "name": "modelwerk_smartrecruiters_ack", "lang": "de",
        "company": "Modelwerk", "contact": "",
        "id": "modelwerk_ack",
        "date": "2026-05-05 22:09 +0200",
        "frm": ("Modelwerk Recruiting", "no-reply@smartrecruiters.com"),
        "subject": "Modelwerk | Danke für deine Bewerbung",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hi Joana,

danke für deine Bewerbung als Solution Engineer BIM in Wien – sie ist bei uns eingegangen.

Als Nächstes bekommst du von uns einen kurzen Fragebogen zu deiner Erfahrung mit IFC,
BCF und Common Data Environments. Danach meldet sich jemand aus dem Team bei dir.

Bis bald
dein Modelwerk People Team

Gesendet über SmartRecruiters. Diese Adresse empfängt keine Antworten.
""",
    },
    {
        "kind": "application_received", "name": "stadtbau_zh_eingang_base64", "lang": "de",
        "company": "Stadtbau Zürich", "contact": "",
        "id": "stadtbau_ack",
        "date": "2026-04-14 07:45 +0200",
        "frm": ("Stadtbau Zürich – HR", "hr-noreply@stadtbau-zh.example.ch"),
        "frm_enc": ("utf-8", "Q"),
        "subject": "Bestätigung Ihrer Bewerbung «Fachspezialist/in BIM»",
        "subj_enc": ("utf-8", "B"),
        "cte": "base64",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Sehr geehrte Frau Ferreira-Schulz

Wir bestätigen den Eingang Ihrer Bewerbung für die Stelle «Fachspezialist/in BIM» (80–100 %)
und danken Ihnen für Ihr Interesse an Stadtbau Zürich.

Ihr Dossier wird nun von der Fachabteilung geprüft. Wir melden uns voraussichtlich bis Ende
Mai mit einer Rückmeldung bei Ihnen.

Freundliche Grüsse
HR Stadtbau Zürich

Dies ist eine automatisch generierte Nachricht.
""",
    },
    {
        "kind": "application_received", "name": "hhb_eingangsbestaetigung", "lang": "de",
        "company": "Hamburger Hochbau-Betrieb", "contact": "",
        "id": "hhb_ack",
        "date": "2026-06-15 10:20 +0200",
        "frm": ("Hamburger Hochbau-Betrieb – Bewerbermanagement",
                "bewerbermanagement-noreply@hhb.example.de"),
        "subject": "HHB 31/2026 – Eingang Ihrer Bewerbung",
        "charset": "windows-1252", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Sehr geehrte Bewerberin, sehr geehrter Bewerber,

wir haben Ihre Bewerbung auf die Ausschreibung HHB 31/2026 „Sachgebietsleitung BIM“
erhalten und danken Ihnen für Ihr Interesse.

Die Bewerbungsfrist endet am 30. Juni 2026. Danach werden alle Unterlagen anhand des
Anforderungsprofils ausgewertet. Bitte sehen Sie bis dahin von Sachstandsanfragen ab –
wir können diese leider nicht einzeln beantworten.

Mit freundlichen Grüßen
Ihr Bewerbermanagement
Hamburger Hochbau-Betrieb
""",
    },
    {
        "kind": "application_received", "name": "spreewerk_cv_arrived_human", "lang": "de",
        "company": "Spreewerk Bau", "contact": "jana.otto@spreewerk.example.de",
        "id": "spreewerk_ack",
        "date": "2026-02-02 11:06 +0100",
        "frm": ("Jana Otto", "jana.otto@spreewerk.example.de"),
        "subject": "AW: Bewerbung Digital Construction Lead",
        "text": """Hallo Frau Ferreira-Schulz,

danke für Ihre Mail – Lebenslauf und Portfolio sind angekommen und ließen sich problemlos
öffnen. Ich habe beides heute an Herrn Kaminski aus der technischen Leitung weitergegeben.

Wir sammeln die Bewerbungen noch bis Mitte Februar; danach hören Sie von uns.

Viele Grüße
Jana Otto
People & Culture
Spreewerk Bau GmbH
""",
    },
    {
        "kind": "application_received", "name": "kessler_documents_received", "lang": "de",
        "company": "Kessler Executive Search", "contact": "a.vogel@kessler-search.example.de",
        "date": "2026-06-11 09:30 +0200",
        "frm": ("Anika Vogel", "a.vogel@kessler-search.example.de"),
        "subject": "Ihre Unterlagen – Mandat Leitung Digitales Bauen (Hamburg)",
        "text": """Sehr geehrte Frau Ferreira-Schulz,

im Auftrag von Herrn Kessler bestätige ich Ihnen den Eingang Ihrer aktualisierten
Unterlagen für das Mandat „Leitung Digitales Bauen“ bei einem Hamburger Projektentwickler.

Herr Kessler ist bis Freitag auf Reisen und wird sich Anfang nächster Woche bei Ihnen
melden. Bis dahin behandeln wir Ihre Unterlagen selbstverständlich vertraulich.

Freundliche Grüße
Anika Vogel
Assistenz der Geschäftsführung
Kessler Executive Search GmbH
Kurfürstendamm 188, 10707 Berlin
""",
    },
    {
        "kind": "application_received", "name": "hanse_bim_bamboohr_ack", "lang": "de",
        "company": "Hanse BIM Solutions", "contact": "",
        "id": "hanse_ack",
        "date": "2026-07-02 13:58 +0200",
        "frm": ("Hanse BIM Solutions", "no-reply@bamboohr.com"),
        "subject": "Danke für deine Bewerbung bei Hanse BIM Solutions",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Moin Joana,

deine Bewerbung als Customer Success Managerin ist bei uns gelandet – danke dafür!

Wir lesen alles selbst (versprochen, keine KI-Vorauswahl) und melden uns innerhalb von zwei
Wochen. Bis dahin kannst du dir auf unserem Blog anschauen, woran wir gerade bauen.

Beste Grüße von der Elbe
Team Hanse BIM

Sent via BambooHR
""",
        "html": simple_html("""Moin Joana,

deine Bewerbung als Customer Success Managerin ist bei uns gelandet – danke dafür!

Wir lesen alles selbst (versprochen, keine KI-Vorauswahl) und melden uns innerhalb von zwei
Wochen. Bis dahin kannst du dir auf unserem Blog anschauen, woran wir gerade bauen.

Beste Grüße von der Elbe
Team Hanse BIM

Sent via BambooHR""", "de"),
    },
    # ---------------------------------------------------------------- English (5)
    {
        "kind": "application_received", "name": "limmat_greenhouse_ack", "lang": "en",
        "company": "Limmat Digital Bau", "contact": "",
        "id": "limmat_ack",
        "date": "2026-01-20 19:22 +0100",
        "frm": ("Limmat Digital Bau", "no-reply@greenhouse-mail.io"),
        "subject": "Thank you for applying to Limmat Digital Bau",
        "text": """Hi Joana,

Thanks for applying for the BIM Product Consultant role at Limmat Digital Bau. Your
application has been received and our hiring team is reviewing it.

If your experience is a match, a member of our team will reach out to arrange next steps.
In the meantime, feel free to learn more about how we help contractors in Switzerland and
Germany coordinate their models.

Best,
The Limmat Digital Bau Talent Team
""",
    },
    {
        "kind": "application_received", "name": "thamesbridge_workday_ack", "lang": "en",
        "company": "Thamesbridge Consulting", "contact": "",
        "id": "thames_ack",
        "date": "2026-01-12 23:40 -0800",
        "frm": ("Thamesbridge Consulting", "thamesbridge@myworkday.com"),
        "subject": "Application received - BIM Coordinator (R-10482)",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": THAMES_ACK + "\n\nThis is an automated message; please do not reply.\n",
        "html": ats_card("Thamesbridge Consulting", "#003b5c", THAMES_ACK, "en",
                         button=("Candidate Home",
                                 "https://thamesbridge.wd3.myworkday.com/careers/userHome"),
                         footer="This is an automated message; please do not reply."),
    },
    {
        "kind": "application_received", "name": "archistaff_registration", "lang": "en",
        "company": "ArchiStaff", "contact": "georgia.hale@archistaff.example.co.uk",
        "id": "archistaff_ack",
        "date": "2026-02-10 17:05 +0000",
        "frm": ("Georgia Hale", "georgia.hale@archistaff.example.co.uk"),
        "subject": "Welcome to ArchiStaff - you're registered",
        "text": """Hi Joana,

Lovely to speak earlier. Just confirming that I've received your CV and portfolio and that
you're now fully registered with ArchiStaff - your right-to-work check is done too.

As discussed, I'll be looking at digital construction and information management roles in
London, hybrid or with regular travel from Berlin. I won't send your details to any client
without your go-ahead.

Speak soon,
Georgia

Georgia Hale
Senior Consultant, Digital Construction
ArchiStaff Recruitment Ltd | 55 Farringdon Road | London EC1M 3JB
M: +44 7700 900 418
""",
    },
    {
        "kind": "application_received", "name": "greywell_lever_high_volume", "lang": "en",
        "company": "Greywell Engineering", "contact": "",
        "id": "greywell_ack",
        "date": "2026-04-01 08:16 +0100",
        "frm": ("Greywell Engineering", "no-reply@hire.lever.co"),
        "subject": "Thanks for applying to Greywell Engineering",
        "text": """Hi Joana,

Thank you for your interest in the Digital Delivery Manager position. We have received
your application.

Unfortunately, due to the high volume of applications we receive, we are not able to
respond to every applicant individually. If your profile is shortlisted, a member of our
talent team will be in touch within the next three weeks.

Best regards,
The Greywell Talent Team
""",
    },
    {
        "kind": "application_received", "name": "harbourline_ashby_ack", "lang": "en",
        "company": "Harbourline Construction", "contact": "",
        "id": "harbour_ack",
        "date": "2026-06-10 12:01 +0100",
        "frm": ("Harbourline Construction", "no-reply@ashbyhq.com"),
        "subject": "We've received your application",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("Harbourline Construction", "#0b4f6c", """Hi Joana,

We've received your application for Senior BIM Coordinator. Thanks for thinking of us.

Our People Team reads every application. We aim to get back to you within ten working days
either way.

Harbourline People Team""", "en", footer="Powered by Ashby"),
    },
    # ---------------------------------------------------------------- French (3)
    {
        "kind": "application_received", "name": "rhone_taleo_accuse_reception", "lang": "fr",
        "company": "Groupe Rhône Ingénierie", "contact": "",
        "id": "rhone_ack",
        "date": "2026-05-04 14:37 +0200",
        "frm": ("Groupe Rhône Ingénierie", "no-reply@taleo.net"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Accusé de réception de votre candidature",
        "subj_enc": ("iso-8859-1", "Q"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Madame,

Nous accusons bonne réception de votre candidature au poste de BIM Manager (réf. GRI-2026-
044) et vous remercions de l'intérêt que vous portez à notre groupe.

Votre dossier va être étudié avec attention par nos équipes. Si votre profil correspond à
nos attentes, nous prendrons contact avec vous dans les meilleurs délais.

Cordialement,
Le service Recrutement
Groupe Rhône Ingénierie

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
    },
    {
        "kind": "application_received", "name": "sogelyon_icims_pas_individuel", "lang": "fr",
        "company": "Société Lyonnaise de Travaux", "contact": "",
        "id": "sogelyon_ack",
        "date": "2026-02-16 20:12 +0100",
        "frm": ("Société Lyonnaise de Travaux", "careers-noreply@icims.com"),
        "subject": "Nous avons bien reçu votre candidature (réf. 2026-0217)",
        "charset": "windows-1252", "cte": "8bit",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Bonjour Joana,

Merci d’avoir postulé au poste de Coordinateur·rice BIM Travaux (réf. 2026-0217). Votre
candidature a bien été enregistrée.

Compte tenu du nombre important de candidatures, nous ne pourrons malheureusement pas
répondre individuellement à chacune d’entre elles. Si votre profil est retenu pour la
suite du processus, notre équipe vous contactera sous trois semaines.

Bien cordialement,
L’équipe Recrutement – Société Lyonnaise de Travaux
""",
    },
    {
        "kind": "application_received", "name": "vauban_inscription_cv", "lang": "fr",
        "company": "Vauban Recrutement", "contact": "nadia.benali@vauban-rh.example.fr",
        "id": "vauban_ack",
        "date": "2026-07-06 16:48 +0200",
        "frm": ("Nadia Benali", "nadia.benali@vauban-rh.example.fr"),
        "subject": "Votre inscription chez Vauban Recrutement",
        "text": """Bonjour Joana,

Suite à notre échange téléphonique, je vous confirme la bonne réception de votre CV et de
votre portfolio. Votre inscription dans notre vivier Construction & Immobilier est validée.

Je vous présenterai uniquement des postes de coordination BIM ou de gestion de projet
numérique sur Lyon, et toujours avec votre accord préalable.

Belle fin de journée,
Nadia Benali
Consultante senior – Construction & Immobilier
Vauban Recrutement
14 rue de la République, 69001 Lyon
06 55 50 12 48
""",
    },
    # ---------------------------------------------------------------- Spanish (2)
    {
        "kind": "application_received", "name": "iid_workable_recibida", "lang": "es",
        "company": "Iberia Ingeniería Digital", "contact": "",
        "id": "iid_ack",
        "date": "2026-05-12 10:03 +0200",
        "frm": ("Iberia Ingeniería Digital", "noreply@candidates.workablemail.com"),
        "subject": "Hemos recibido tu candidatura",
        "text": """Hola Joana:

¡Gracias por tu interés en Iberia Ingeniería Digital! Hemos recibido correctamente tu
candidatura para el puesto de Coordinador/a BIM en Madrid.

Nuestro equipo la revisará en los próximos días. Si tu perfil encaja, nos pondremos en
contacto contigo para el siguiente paso.

Un saludo,
Equipo de Talento
Iberia Ingeniería Digital

Enviado a través de Workable.
""",
    },
    {
        "kind": "application_received", "name": "talento_obra_alta_cv", "lang": "es",
        "company": "Talento Obra", "contact": "marta.quiroga@talentoobra.example.es",
        "id": "talento_ack",
        "date": "2026-03-03 12:25 +0100",
        "frm": ("Marta Quiroga", "marta.quiroga@talentoobra.example.es"),
        "subject": "Tu CV en Talento Obra",
        "text": """Hola Joana:

Te confirmo que hemos recibido tu CV y que ya estás dada de alta en nuestra base de
candidatos para posiciones BIM en Madrid. Me he quedado con la copia en español y en
inglés, perfecto así.

En cuanto tenga un proceso que encaje contigo te llamo para contártelo antes de presentar tu
candidatura a ningún cliente.

Un saludo,
Marta Quiroga
Consultora de selección · Talento Obra
Paseo de la Castellana 95, 28046 Madrid
""",
    },
    # ================================================================ offer
    # ---------------------------------------------------------------- German (5)
    {
        "kind": "offer", "name": "nordhafen_contract_offer_pdf", "lang": "de",
        "company": "Nordhafen Projektentwicklung", "contact": "h.lueders@nordhafen-pe.example.de",
        "id": "nordhafen_offer", "parent": "nordhafen_inv2",
        "date": "2026-05-06 10:30 +0200",
        "frm": ("Henrik Lüders", "h.lueders@nordhafen-pe.example.de"),
        "cc": [("Dr. Jörg Albrecht", "j.albrecht@nordhafen-pe.example.de")],
        "subject": "Ihr Vertragsangebot – BIM-Managerin Projektentwicklung",
        "text": """Liebe Frau Ferreira-Schulz,

nach den Gesprächen mit Herrn Dr. Albrecht und dem Team freue ich mich sehr, Ihnen im Namen
der Geschäftsführung die Position als BIM-Managerin Projektentwicklung anzubieten.

Die wichtigsten Eckdaten:
- Eintritt: 1. Juli 2026 (oder nach Absprache)
- Bruttojahresgehalt: 74.000 € plus variable Vergütung bis 8 %
- 30 Urlaubstage, zwei Tage mobiles Arbeiten pro Woche, Deutschlandticket

Das vollständige Angebot finden Sie im Anhang. Wir würden uns über Ihre Rückmeldung bis
zum 15. Mai freuen. Für Fragen stehe ich Ihnen jederzeit zur Verfügung.

Herzliche Grüße
Henrik Lüders
Personalreferent
Nordhafen Projektentwicklung GmbH
Am Sandtorkai 62, 20457 Hamburg
Geschäftsführer: Dr. Jörg Albrecht · Amtsgericht Hamburg HRB 555741

Diese E-Mail und etwaige Anhänge sind vertraulich und ausschließlich für den Adressaten
bestimmt. Wenn Sie nicht der beabsichtigte Empfänger sind, informieren Sie bitte den Absender
und löschen Sie diese Nachricht.
""",
        "attach": [{"pdf": "Angebot_Ferreira-Schulz_BIM-Managerin.pdf", "lines": [
            "Nordhafen Projektentwicklung - Angebot fuer einen Arbeitsvertrag",
            "",
            "Frau Joana Ferreira-Schulz",
            "Position: BIM-Managerin Projektentwicklung, Hamburg",
            "Beginn: 1. Juli 2026",
            "Verguetung: 74.000 EUR brutto p.a. zzgl. variabler Anteil bis 8 %",
            "Urlaub: 30 Arbeitstage",
            "Probezeit: 6 Monate",
            "",
            "Wir freuen uns auf Ihre Zusage bis zum 15. Mai 2026.",
        ]}],
    },
    {
        "kind": "offer", "name": "planquadrat_verbal_offer_followup", "lang": "de",
        "company": "Planquadrat Software", "contact": "mira.lindqvist@planquadrat.example.de",
        "parent": "planq_move",
        "date": "2026-06-24 18:12 +0200",
        "frm": ("Mira Lindqvist", "mira.lindqvist@planquadrat.example.de"),
        "subject": "Wie besprochen – unser Angebot",
        "subj_enc": ("utf-8", "B"),
        "text": """Hi Joana,

danke für das schöne Telefonat eben! Wie besprochen hier noch einmal schriftlich: Wir
möchten dich sehr gern als Product Managerin BIM bei Planquadrat an Bord holen.

- 72.000 € Fixgehalt + 4.000 € Bonus
- VSOP-Paket (Details im Vertrag)
- Start am 1. September, remote-first mit Büro in Kreuzberg

Den Vertrag schickt dir Nele aus dem People Team in den nächsten Tagen per DocuSign. Nimm
dir gern bis nächsten Freitag Zeit – und ruf mich an, wenn du Fragen hast.

Ich freu mich riesig!
Mira
""",
    },
    {
        "kind": "offer", "name": "havelland_contract_for_signature", "lang": "de",
        "company": "Havelland Ingenieure", "contact": "s.kroll@havelland-ing.example.de",
        "parent": "havelland_inv",
        "date": "2026-07-28 11:44 +0200",
        "frm": ("Svenja Kroll", "s.kroll@havelland-ing.example.de"),
        "subject": "Ihr Arbeitsvertrag zur Unterschrift",
        "text": """Sehr geehrte Frau Ferreira-Schulz,

wie telefonisch besprochen, freuen wir uns, Sie ab dem 1. Oktober 2026 als
BIM-Gesamtkoordinatorin in unserer Berliner Niederlassung begrüßen zu dürfen.

Anbei erhalten Sie Ihren Arbeitsvertrag. Bitte unterschreiben Sie beide Seiten und senden
Sie uns den Vertrag eingescannt bis zum 7. August zurück; das Original bringen Sie bitte an
Ihrem ersten Arbeitstag mit. Die gegengezeichnete Ausfertigung erhalten Sie dann von uns.

Mit freundlichen Grüßen
Svenja Kroll
Recruiting
Havelland Ingenieure GmbH, Lützowstraße 102, 10785 Berlin
""",
        "attach": [{"pdf": "Arbeitsvertrag_Ferreira-Schulz.pdf", "lines": [
            "Arbeitsvertrag",
            "zwischen Havelland Ingenieure GmbH, Berlin, und Frau Joana Ferreira-Schulz",
            "",
            "Paragraph 1 Beginn und Taetigkeit: ab 1. Oktober 2026 als BIM-Gesamtkoordinatorin",
            "Paragraph 2 Verguetung: 6.100 EUR brutto monatlich",
            "Paragraph 3 Arbeitszeit: 40 Stunden pro Woche",
            "",
            "Ort, Datum, Unterschrift Arbeitnehmerin: ______________________",
        ]}],
    },
    {
        "kind": "offer", "name": "bauwerk_client_kranich_wants_you", "lang": "de",
        "company": "Kranich Bau", "contact": "dennis.hartwig@bauwerk-talents.example.de",
        "parent": "bauwerk_missed",
        "date": "2026-04-16 15:30 +0200",
        "frm": ("Dennis Hartwig", "dennis.hartwig@bauwerk-talents.example.de"),
        "subject": "Gute Nachrichten: Kranich Bau will Sie!",
        "text": f"""Hallo Frau Ferreira-Schulz,

nach dem Fehlstart im März hat es jetzt doch geklappt: Kranich Bau möchte Ihnen ein Angebot
machen! Der Bauleiter war nach dem Nachholtermin letzte Woche begeistert.

Konkret: Einsatz als BIM-Koordinatorin auf dem Schulcampus in Grünau ab 4. Mai, zunächst
über uns für sechs Monate, danach will Kranich Bau Sie fest übernehmen. Stundenlohn 34,50 €
plus Fahrtkostenzuschuss. Den Einsatzvertrag schicke ich Ihnen, sobald Sie mündlich zusagen.

Rufen Sie mich gern heute noch an!
Dennis Hartwig
Bauwerk Talents GmbH
Mobil 0160 5550 8834

{wrote_de("Di., 24. März 2026 um 10:05", "Dennis Hartwig", "dennis.hartwig@bauwerk-talents.example.de")}
> Hallo Frau Ferreira-Schulz,
>
> der Bauleiter unseres Kunden hat mich eben angerufen: Er hat heute um 9 Uhr am Baucontainer
> in Grünau auf Sie gewartet [...]
""",
    },
    {
        "kind": "offer", "name": "wiener_wohnbau_angebot_base64", "lang": "de",
        "company": "Wiener Wohnbau Consult", "contact": "k.brandl@wwc.example.at",
        "parent": "wiener_move",
        "date": "2026-10-06 09:10 +0200",
        "frm": ("Katharina Brandl", "k.brandl@wwc.example.at"),
        "subject": "Angebot: Projektsteuerin BIM bei Wiener Wohnbau Consult",
        "charset": "windows-1252", "cte": "base64",
        "text": """Liebe Frau Ferreira-Schulz,

DI Hödl und das gesamte Team waren von den Gesprächen mit Ihnen sehr angetan, und ich darf
Ihnen heute ganz offiziell ein Angebot machen: Wir möchten Sie als Projektsteuerin mit
Schwerpunkt BIM anstellen.

Eckdaten unseres Angebots:
– Eintritt: 1. Dezember 2026
– Bruttomonatsgehalt: € 4.650,– (14 Mal jährlich), Einstufung nach KV Angestellte Ingenieurbüros
– Home-Office an zwei Tagen pro Woche, Klimaticket Österreich

Wenn Sie das Angebot annehmen möchten, senden wir Ihnen umgehend den Dienstvertrag zu. Über
eine Antwort bis 16. Oktober würden wir uns freuen.

Liebe Grüße aus Wien
Katharina Brandl
Wiener Wohnbau Consult GmbH
""",
    },
    # ---------------------------------------------------------------- English (2)
    {
        "kind": "offer", "name": "limmat_offer_letter_pdf", "lang": "en",
        "company": "Limmat Digital Bau", "contact": "lena.vogt@limmat-digital.example.ch",
        "parent": "limmat_move",
        "date": "2026-03-04 16:50 +0100",
        "frm": ("Lena Vogt", "lena.vogt@limmat-digital.example.ch"),
        "subject": "Your offer from Limmat Digital Bau",
        "text": """Dear Joana,

I'm delighted to let you know that we would like to offer you the position of BIM Product
Consultant at Limmat Digital Bau, based in Zurich with up to two days per week remote.

Your offer letter is attached. In summary:
- Start date: 1 May 2026
- Annual salary: CHF 112,000 (13 monthly payments)
- 25 days' holiday, relocation support up to CHF 6,000

Please review the letter and let us know your decision by 13 March. Matthias and I are
happy to jump on a call if you have any questions.

Warm regards,
Lena

Lena Vogt | Talent Acquisition
Limmat Digital Bau AG | Hardturmstrasse 161 | 8005 Zürich
""",
        "html": simple_html("""Dear Joana,

I'm delighted to let you know that we would like to offer you the position of BIM Product
Consultant at Limmat Digital Bau, based in Zurich with up to two days per week remote.

Your offer letter is attached. In summary:
- Start date: 1 May 2026
- Annual salary: CHF 112,000 (13 monthly payments)
- 25 days' holiday, relocation support up to CHF 6,000

Please review the letter and let us know your decision by 13 March. Matthias and I are
happy to jump on a call if you have any questions.

Warm regards,
Lena

Lena Vogt | Talent Acquisition
Limmat Digital Bau AG | Hardturmstrasse 161 | 8005 Zürich""", "en"),
        "attach": [{"pdf": "Limmat_Digital_Bau_Offer_Letter.pdf", "lines": [
            "Limmat Digital Bau - Offer of Employment",
            "",
            "Candidate: Joana Ferreira-Schulz",
            "Position: BIM Product Consultant, Zurich",
            "Start date: 1 May 2026",
            "Salary: CHF 112,000 gross per year, paid in 13 instalments",
            "Holiday: 25 days",
            "This offer is valid until 13 March 2026.",
        ]}],
    },
    {
        "kind": "offer", "name": "archistaff_kestrel_offer", "lang": "en",
        "company": "Kestrel & Finch Developments", "contact": "georgia.hale@archistaff.example.co.uk",
        "parent": "archistaff_move",
        "date": "2026-03-13 13:02 +0000",
        "frm": ("Georgia Hale", "georgia.hale@archistaff.example.co.uk"),
        "subject": "Kestrel & Finch - they want to make you an offer!",
        "text": """Hi Joana,

Tried to call but went to voicemail, so here it is in writing: Kestrel & Finch want to make
you an offer for the Digital Construction Manager role!

Eleanor told me they're thinking GBP 68,000 base plus 10% bonus and a relocation package,
with a start in May or June. The formal offer letter will come directly from their HR once
you've said you're interested in principle.

Give me a ring when you can - I'm around all afternoon.

Georgia
ArchiStaff Recruitment | M: +44 7700 900 418
""",
    },
    # ---------------------------------------------------------------- French (2)
    {
        "kind": "offer", "name": "vauban_batigroupe_proposition", "lang": "fr",
        "company": "Batigroupe Lumière", "contact": "nadia.benali@vauban-rh.example.fr",
        "parent": "vauban_move",
        "date": "2026-08-05 12:15 +0200",
        "frm": ("Nadia Benali", "nadia.benali@vauban-rh.example.fr"),
        "subject": "Proposition de Batigroupe Lumière",
        "subj_enc": ("iso-8859-1", "Q"),
        "charset": "iso-8859-1", "cte": "8bit",
        "text": """Bonjour Joana,

J'ai le plaisir de vous annoncer que Batigroupe Lumière souhaite vous faire une proposition
d'embauche pour le poste de coordinatrice BIM travaux !

Les éléments qu'ils m'ont transmis :
- CDI, statut cadre, prise de poste à convenir (idéalement début octobre)
- rémunération fixe de 52 000 euros bruts annuels sur 13 mois
- véhicule de service et accord de télétravail d'un jour par semaine

La lettre de proposition officielle vous sera envoyée par leur DRH dès votre accord de
principe. Appelez-moi quand vous pouvez pour en discuter.

Nadia
Vauban Recrutement – 06 55 50 12 48
""".replace("–", "-"),
    },
    {
        "kind": "offer", "name": "croix_rousse_promesse_embauche_pdf", "lang": "fr",
        "company": "Croix-Rousse Conseil BIM", "contact": "m.vernet@croixrousse-bim.example.fr",
        "date": "2026-10-20 17:40 +0200",
        "frm": ("Mathilde Vernet", "m.vernet@croixrousse-bim.example.fr"),
        "subject": "Promesse d'embauche – Consultante BIM",
        "text": """Bonjour Joana,

Suite à nos échanges et à votre rencontre avec Bastien la semaine dernière, je suis ravie de
vous adresser ci-joint notre promesse d'embauche pour le poste de consultante BIM.

Vous y trouverez la date de prise de poste proposée (4 janvier 2027), la rémunération et
les conditions du contrat. Si elle vous convient, il vous suffit de nous la retourner datée
et signée avant le 30 octobre.

Au plaisir de vous accueillir dans l'équipe,

Mathilde Vernet
Associée fondatrice
Croix-Rousse Conseil BIM
5 place de la Croix-Rousse, 69004 Lyon
""",
        "attach": [{"pdf": "Promesse_embauche_Ferreira-Schulz.pdf", "lines": [
            "Croix-Rousse Conseil BIM - Promesse d'embauche",
            "",
            "Madame Joana Ferreira-Schulz",
            "Poste : Consultante BIM (CDI, statut cadre)",
            "Date de prise de poste : 4 janvier 2027",
            "Remuneration : 48 000 EUR bruts annuels",
            "Periode d'essai : 4 mois",
            "Bon pour accord, date et signature : ______________",
        ]}],
    },
    # ---------------------------------------------------------------- Spanish (1)
    {
        "kind": "offer", "name": "meseta_oferta_empleo", "lang": "es",
        "company": "Constructora Meseta", "contact": "lucia.serrano@meseta.example.es",
        "parent": "meseta_missed",
        "date": "2026-07-01 13:35 +0200",
        "frm": ("Lucía Serrano", "lucia.serrano@meseta.example.es"),
        "subject": "Oferta de empleo – Coordinadora BIM",
        "text": """Hola Joana:

Tras la entrevista del 18 de junio con Álvaro y la reunión con dirección, nos alegra mucho
ofrecerte el puesto de Coordinadora BIM en Constructora Meseta.

Condiciones principales:
- Contrato indefinido, incorporación el 1 de septiembre de 2026
- Salario bruto anual de 46.000 € más retribución variable de hasta el 10 %
- Jornada intensiva en agosto y dos días de teletrabajo a la semana

Te enviaremos la carta de oferta formal en cuanto nos confirmes que te interesa. Quedo a tu
disposición para cualquier duda.

Un saludo,
Lucía Serrano
Responsable de Selección
Constructora Meseta S.A.
""",
    },
]
