"""application_received: acknowledgements from ATS and humans (21)."""

from __future__ import annotations

from msgs319_common import AUTO, html_page, paras

MESSAGES = [
    # ---------------------------------------------------------------- German
    {
        "id": "ack_arzneiwerk", "kind": "application_received", "lang": "de",
        "company": "Arzneiwerk Teutoburg", "contact": "",
        "frm": "Arzneiwerk Teutoburg <noreply@personio.de>",
        "subj": "Ihre Bewerbung als Regulatory Affairs Associate (m/w/d)",
        "date": "2026-07-06 14:22 +0200", "hdrs": AUTO,
        "text": """Hallo Frau Lammersdorf,

vielen Dank für Ihre Bewerbung als Regulatory Affairs Associate (m/w/d) an unserem Standort Bielefeld-Sennestadt und für Ihr Interesse an der Arzneiwerk Teutoburg.

Ihre Unterlagen sind vollständig bei uns eingegangen. Unser Recruiting-Team und die Fachabteilung sehen sie sich in den nächsten zwei bis drei Wochen genau an. Sobald es Neuigkeiten gibt, melden wir uns bei Ihnen.

Den Stand Ihrer Bewerbung können Sie jederzeit in unserem Bewerberportal einsehen.

Beste Grüße
Ihr People & Culture Team
Arzneiwerk Teutoburg

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht direkt auf diese Nachricht.""",
    },
    {
        "id": "ack_vetoria", "kind": "application_received", "lang": "de",
        "company": "Vetoria Tiergesundheit", "contact": "",
        "frm": "Vetoria Tiergesundheit Recruiting <noreply@softgarden.io>",
        "subj": "Eingangsbestätigung: Junior Specialist Pharmacovigilance Veterinary (w/m/d)",
        "date": "2026-02-02 08:05 +0100", "hdrs": AUTO,
        "html": html_page(paras(
            "Liebe Friederike Lammersdorf,",
            "herzlichen Dank für Ihre Bewerbung als <b>Junior Specialist Pharmacovigilance "
            "Veterinary (w/m/d)</b> in Hannover. Wir haben Ihre Unterlagen erhalten.",
            "Wir prüfen jede Bewerbung sorgfältig. Bitte haben Sie etwas Geduld – in der Regel "
            "melden wir uns innerhalb von drei Wochen bei Ihnen.",
            "Freundliche Grüße<br>Ihr Recruiting-Team der Vetoria Tiergesundheit",
        ), brand="Vetoria Tiergesundheit", color="#2e7d32",
            footer="Vetoria Tiergesundheit GmbH · Podbielskistraße 301 · 30655 Hannover · "
                   "Versendet über softgarden"),
    },
    {
        "id": "ack_klinikum_aasee", "kind": "application_received", "lang": "de",
        "company": "Klinikum Aasee", "contact": "m.tenhagen@klinikum-aasee.example.de",
        "frm": "\"Tenhagen, Monika\" <m.tenhagen@klinikum-aasee.example.de>",
        "subj": "Eingangsbestätigung Ihrer Bewerbung – PTA Krankenhausapotheke / Arzneimittelinformation",
        "date": "2026-03-03 11:47 +0100", "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Lammersdorf,

hiermit bestätigen wir den Eingang Ihrer Bewerbung vom 01.03.2026 auf die Stelle als PTA in unserer Krankenhausapotheke mit Schwerpunkt Arzneimittelinformation und Arzneimittelsicherheit (Kennziffer KA-APO-0326).

Die Bewerbungsfrist endet am 13.03.2026. Danach wird die Apothekenleitung gemeinsam mit dem Personalrat eine Vorauswahl treffen. Wir bitten Sie daher um etwas Geduld.

Mit freundlichen Grüßen
i. A. Monika Tenhagen
Personalabteilung - Recruiting

Klinikum Aasee Münster
Annette-Allee 40, 48149 Münster
Tel. 0251 9930-4412""",
    },
    {
        "id": "ack_agpw_wien", "kind": "application_received", "lang": "de",
        "company": "Agentur für Gesundheitsprodukte Wien", "contact": "",
        "frm": "AGPW Bewerbungsmanagement <bewerbung@agpw.example.at>",
        "subj": "Eingangsbestätigung – Referent*in Pharmakovigilanz (GZ 2026/PV/014)",
        "date": "2026-05-04 07:30 +0200", "hdrs": AUTO,
        "text": """Sehr geehrte Frau Lammersdorf,

die Agentur für Gesundheitsprodukte Wien (AGPW) bestätigt den Eingang Ihrer Bewerbung für die Position Referent*in Pharmakovigilanz, Geschäftszahl 2026/PV/014.

Aufgrund der großen Anzahl an Bewerbungen bitten wir um Verständnis, dass wir nicht jede Bewerbung einzeln beantworten können. Kandidat*innen, die in die engere Auswahl kommen, werden bis spätestens Ende Juni 2026 zu einem Hearing eingeladen. Über den Ausgang des Verfahrens informieren wir alle Bewerber*innen nach Abschluss.

Mit freundlichen Grüßen
Bewerbungsmanagement
Agentur für Gesundheitsprodukte Wien
Traisengasse 5, 1200 Wien

Dies ist eine automatisch generierte Nachricht.""",
    },
    {
        "id": "ack_helvapharm", "kind": "application_received", "lang": "de",
        "company": "Helvapharm", "contact": "",
        "frm": "Helvapharm Careers <noreply@successfactors.eu>",
        "subj": "Helvapharm: Bestätigung Ihrer Bewerbung (Job-ID 48821)",
        "date": "2026-01-12 16:03 +0100", "hdrs": AUTO,
        "text": """Guten Tag Frau Lammersdorf

Besten Dank für Ihre Online-Bewerbung für die Stelle «Regulatory Affairs Specialist Generics (80–100 %)» in Basel.

Wir bestätigen Ihnen hiermit den Eingang Ihrer Unterlagen. Ihr Dossier wird nun von unserem Talent-Acquisition-Team geprüft. Sie hören spätestens in drei Wochen von uns.

Freundliche Grüsse

Talent Acquisition
Helvapharm AG, Hochbergerstrasse 60, 4057 Basel

Bitte antworten Sie nicht auf diese E-Mail; Nachrichten an diese Adresse werden nicht gelesen.""",
    },
    {
        "id": "ack_galenova", "kind": "application_received", "lang": "de",
        "company": "Galenova", "contact": "",
        "frm": "Galenova Talent Acquisition <galenova@myworkday.com>",
        "subj": "Danke für Ihre Bewerbung bei Galenova – R-10472 Regulatory Affairs Officer",
        "date": "2026-06-01 05:12 -0700", "hdrs": AUTO,
        "html": html_page(paras(
            "Hallo Friederike,",
            "vielen Dank, dass Sie sich für die Position <b>R-10472 Regulatory Affairs Officer "
            "(m/w/d)</b> in Hannover beworben haben. Ihre Bewerbung ist erfolgreich in unserem "
            "System eingegangen.",
            "Sie können den Status Ihrer Bewerbung jederzeit über Ihr Kandidatenkonto im "
            "Galenova Karriereportal verfolgen.",
            "Viele Grüße<br>Galenova Talent Acquisition",
        ), brand="GALENOVA", color="#6a1b9a",
            footer="Diese Nachricht wurde von Workday im Auftrag von Galenova versendet."),
    },
    {
        "id": "ack_medicanna", "kind": "application_received", "lang": "de",
        "company": "Medicanna Westfalen", "contact": "",
        "frm": "Medicanna Westfalen <notifications@bamboohr.com>",
        "subj": "Wir haben deine Bewerbung erhalten!",
        "date": "2026-04-20 19:41 +0200", "cte": "base64",
        "text": """Hi Friederike,

danke für deine Bewerbung als Quality & Pharmacovigilance Specialist bei Medicanna Westfalen! 🌿

Wir sind ein kleines Team in Münster und lesen jede Bewerbung selbst – das dauert manchmal ein paar Tage. Wir melden uns so schnell wie möglich.

Bis bald
das People-Team von Medicanna Westfalen

Gesendet über BambooHR""",
    },
    {
        "id": "ack_nordwest_generika", "kind": "application_received", "lang": "de",
        "company": "Nordwest Generika", "contact": "",
        "frm": "Nordwest Generika Personal <karriere@nordwest-generika.example.de>",
        "subj": "Vielen Dank für Ihre Bewerbung",
        "date": "2026-02-09 10:15 +0100",
        "text": """Sehr geehrte Frau Lammersdorf,

wir bedanken uns für Ihre Bewerbung als Sachbearbeiterin Zulassung (m/w/d) und das damit verbundene Interesse an Nordwest Generika.

Ihre Bewerbungsunterlagen werden derzeit geprüft. Wir werden uns nach Abschluss der Sichtung unaufgefordert bei Ihnen melden.

Mit freundlichen Grüßen
Personalabteilung
Nordwest Generika
Eckendorfer Straße 91, 33609 Bielefeld""",
        "html": html_page(paras(
            "Sehr geehrte Frau Lammersdorf,",
            "wir bedanken uns für Ihre Bewerbung als Sachbearbeiterin Zulassung (m/w/d) und das "
            "damit verbundene Interesse an Nordwest Generika.",
            "Ihre Bewerbungsunterlagen werden derzeit geprüft. Wir werden uns nach Abschluss der "
            "Sichtung unaufgefordert bei Ihnen melden.",
            "Mit freundlichen Grüßen<br>Personalabteilung<br>Nordwest Generika<br>"
            "Eckendorfer Straße 91, 33609 Bielefeld",
        )),
    },
    {
        "id": "ack_ostfalen", "kind": "application_received", "lang": "de",
        "company": "Ostfalen Pharma", "contact": "jan.wiebking@ostfalen-pharma.example.de",
        "frm": "Jan Wiebking <jan.wiebking@ostfalen-pharma.example.de>",
        "subj": "AW: Bewerbung Pharmakovigilanz-Assistenz – Friederike Lammersdorf",
        "date": "2026-03-09 13:26 +0100", "cs": "iso-8859-1", "cte": "8bit",
        "text": """Hallo Frau Lammersdorf,

danke für Ihre Unterlagen, die sind gut bei mir angekommen. Ich leite sie heute noch an Frau Dr. Sommerkamp aus der Arzneimittelsicherheit weiter. Rechnen Sie bitte mit einer Rückmeldung in ca. zwei Wochen - die Kollegin ist gerade auf einem Audit.

Viele Grüße aus Hannover
Jan Wiebking
HR Business Partner

Ostfalen Pharma GmbH & Co. KG
Lister Damm 12 · 30163 Hannover
Telefon +49 511 4470-218""",
    },
    {
        "id": "ack_promed", "kind": "application_received", "lang": "de",
        "company": "ProMed Personal", "contact": "",
        "frm": "ProMed Personal Münster <noreply@promed-personal.example.de>",
        "subj": "Ihre Bewerbung bei ProMed Personal – wir sind dran!",
        "date": "2026-01-08 09:02 +0100", "hdrs": AUTO,
        "html": html_page(paras(
            "Guten Tag Frau Lammersdorf,",
            "schön, dass Sie sich bei ProMed Personal beworben haben! Ihr Profil als PTA mit "
            "Interesse an Pharmakovigilanz ist jetzt in unserem Bewerberpool gespeichert.",
            "Als Spezialist für Arbeitnehmerüberlassung und Personalvermittlung im "
            "Gesundheitswesen gleichen wir Ihr Profil mit den aktuellen Aufträgen unserer Kunden "
            "ab. Ihre persönliche Ansprechpartnerin meldet sich in den nächsten Tagen telefonisch.",
            "Ihr Team von ProMed Personal<br>Niederlassung Münster, Ludgeriplatz 4",
        ), brand="ProMed Personal", color="#00838f",
            footer="Dies ist eine automatische Nachricht. Antworten an diese Adresse werden nicht "
                   "gelesen."),
    },
    # ---------------------------------------------------------------- English
    {
        "id": "ack_clinvia_dublin", "kind": "application_received", "lang": "en",
        "company": "Clinvia Research", "contact": "",
        "frm": "Clinvia Research <no-reply@greenhouse-mail.io>",
        "subj": "Thank you for applying to Clinvia Research",
        "date": "2026-01-20 17:58 +0000",
        "text": """Hi Friederike,

Thanks for applying for the Pharmacovigilance Associate (Dublin) role at Clinvia Research. Your application has been received and our team will review it shortly.

If your experience looks like a good fit, a member of our Talent team will reach out to arrange next steps. In the meantime, you can learn more about life at Clinvia on our careers page.

Best,
Talent Acquisition | Clinvia Research
Clinvia Research Ltd, 4 Grand Canal Quay, Dublin 2, D02 XK71

This inbox is not monitored.""",
        "html": html_page(paras(
            "Hi Friederike,",
            "Thanks for applying for the <strong>Pharmacovigilance Associate (Dublin)</strong> "
            "role at Clinvia Research. Your application has been received and our team will "
            "review it shortly.",
            "If your experience looks like a good fit, a member of our Talent team will reach out "
            "to arrange next steps. In the meantime, you can learn more about life at Clinvia on "
            "our careers page.",
            "Best,<br>Talent Acquisition | Clinvia Research",
        ), brand="clinvia", color="#0d47a1", lang="en",
            footer="Clinvia Research Ltd, 4 Grand Canal Quay, Dublin 2, D02 XK71. "
                   "This inbox is not monitored."),
    },
    {
        "id": "ack_liffey", "kind": "application_received", "lang": "en",
        "company": "Liffey Generics", "contact": "",
        "frm": "Liffey Generics <noreply@workablemail.com>",
        "subj": "Liffey Generics - Application received: Regulatory Affairs Assistant",
        "date": "2026-02-23 12:10 +0000",
        "html": html_page(paras(
            "Dear Friederike,",
            "Thank you for your interest in the Regulatory Affairs Assistant position at Liffey "
            "Generics. We have received your application and our hiring team is reviewing it.",
            "Please note that due to the volume of applications we receive, we may not be able "
            "to respond to every applicant individually. If you are shortlisted, we will contact "
            "you within three weeks.",
            "Kind regards,<br>The Liffey Generics Hiring Team",
        ), lang="en", footer="Powered by Workable"),
    },
    {
        "id": "ack_sentinel", "kind": "application_received", "lang": "en",
        "company": "Sentinel PV Services", "contact": "",
        "frm": "Sentinel PV Services <no-reply@hire.lever.co>",
        "subj": "Your application to Sentinel PV Services",
        "date": "2026-05-18 21:33 +0100",
        "text": """Friederike -

Thanks for your interest in the Drug Safety Associate (German speaker) position at Sentinel PV Services. We wanted to let you know we received your application.

Our team reviews every application carefully. We'll be in touch if your background matches what we're looking for.

Regards,
Sentinel PV Services Recruiting

Sent via Lever""",
    },
    {
        "id": "ack_corrib", "kind": "application_received", "lang": "en",
        "company": "Corrib Clinical", "contact": "",
        "frm": "Corrib Clinical Careers <corribclinical@icims.com>",
        "subj": "Application Confirmation - Safety Data Specialist (Req 2026-0417)",
        "date": "2026-08-03 09:44 -0400", "cte": "quoted-printable",
        "text": """Dear Friederike Lammersdorf,

Thank you for your application for Safety Data Specialist (Requisition 2026-0417) with Corrib Clinical. This message confirms that your application was successfully submitted on 08/03/2026.

What happens next?
- Our recruiters review applications on a rolling basis.
- Candidates selected for interview will be contacted directly.
- You can log in to the Corrib Clinical career portal at any time to view your application status.

Sincerely,
Corrib Clinical Talent Acquisition

*** This is an automated message. Please do not reply. ***""",
    },
    # ---------------------------------------------------------------- French
    {
        "id": "ack_rhodanie", "kind": "application_received", "lang": "fr",
        "company": "Laboratoires Rhodanie", "contact": "",
        "frm": "Laboratoires Rhodanie <noreply@smartrecruiters.com>",
        "subj": "Laboratoires Rhodanie : nous avons bien reçu votre candidature",
        "date": "2026-02-10 15:20 +0100",
        "html": html_page(paras(
            "Bonjour Friederike,",
            "Nous vous remercions de l'intérêt que vous portez aux Laboratoires Rhodanie et "
            "accusons bonne réception de votre candidature au poste de <b>Chargé(e) d'affaires "
            "réglementaires junior – Génériques (H/F)</b> basé à Lyon 7e.",
            "Notre équipe recrutement étudie actuellement votre profil. Nous reviendrons vers "
            "vous dans les meilleurs délais.",
            "Bien cordialement,<br>L'équipe Talents des Laboratoires Rhodanie",
        ), brand="Laboratoires Rhodanie", color="#c62828", lang="fr",
            footer="Merci de ne pas répondre à cet e-mail automatique."),
    },
    {
        "id": "ack_vetolyon", "kind": "application_received", "lang": "fr",
        "company": "VetoLyon Santé Animale", "contact": "",
        "frm": "VetoLyon Santé Animale <vetolyon@taleo.net>",
        "name_enc": ("iso-8859-1", "q"),
        "subj": "Accusé de réception – Assistant(e) Pharmacovigilance Vétérinaire – Réf. 26-0311",
        "subj_enc": ("windows-1252", "q"),
        "date": "2026-05-20 10:02 +0200", "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Madame,

Nous accusons réception de votre candidature pour le poste d'Assistant(e) Pharmacovigilance Vétérinaire (réf. 26-0311) au sein de VetoLyon Santé Animale à Marcy-l'Étoile.

Votre dossier sera examiné avec la plus grande attention par notre service Ressources Humaines et le responsable du poste. Compte tenu du nombre important de candidatures, nous ne sommes pas en mesure de répondre individuellement à chacune d'entre elles ; nous vous contacterons si votre profil est retenu pour un entretien.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Direction des Ressources Humaines
VetoLyon Santé Animale""",
    },
    {
        "id": "ack_clinvia_lyon", "kind": "application_received", "lang": "fr",
        "company": "Clinvia Research", "contact": "",
        "frm": "Clinvia Research <no-reply@greenhouse-mail.io>",
        "subj": "Merci pour votre candidature chez Clinvia Research",
        "date": "2026-04-08 09:15 +0200",
        "text": """Bonjour Friederike,

Merci d'avoir postulé au poste de Chargée de pharmacovigilance (site de Lyon-Gerland) chez Clinvia Research. Nous avons bien reçu votre candidature.

Notre équipe Talent l'examinera dans les prochains jours. Si votre profil correspond à nos besoins, nous vous contacterons pour convenir des prochaines étapes.

Bien à vous,
L'équipe Talent Acquisition – Clinvia Research

Cette boîte n'est pas consultée.""",
    },
    {
        "id": "ack_fourviere", "kind": "application_received", "lang": "fr",
        "company": "Hôpital de Fourvière", "contact": "n.perrichon@hopital-fourviere.example.fr",
        "frm": "Nadège Perrichon <n.perrichon@hopital-fourviere.example.fr>",
        "subj": "RE: Candidature préparatrice en pharmacie hospitalière – vigilances",
        "date": "2026-07-08 16:38 +0200", "parent": "own_fr_application_fourviere", "quote": "outlook",
        "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Bonjour Madame Lammersdorf,

J'accuse bonne réception de votre candidature, que je transmets ce jour au Dr Girardon, pharmacien responsable de la pharmacovigilance et de la matériovigilance. Nous reviendrons vers vous après la clôture de l'offre, le 24 juillet.

Bien cordialement,

Nadège Perrichon
Chargée de recrutement – Direction des ressources humaines
Hôpital de Fourvière
8 place de Fourvière, 69005 Lyon
Tél. : 04 72 00 41 17""",
    },
    # ---------------------------------------------------------------- Spanish
    {
        "id": "ack_verdalia", "kind": "application_received", "lang": "es",
        "company": "Verdalia Farma", "contact": "",
        "frm": "Verdalia Farma <no-reply@teamtailor-mail.com>",
        "subj": "¡Gracias por tu candidatura, Friederike!",
        "subj_enc": ("utf-8", "q"),
        "date": "2026-03-02 18:07 +0100",
        "html": html_page(paras(
            "Hola Friederike:",
            "¡Muchas gracias por tu interés en Verdalia Farma! Hemos recibido tu candidatura "
            "para el puesto de <b>Técnica/o de Farmacovigilancia y Asuntos Regulatorios</b> en "
            "nuestra sede de Barcelona (22@).",
            "Nuestro equipo de People revisará tu perfil y te escribiremos en cuanto tengamos "
            "novedades. Mientras tanto, puedes conocer cómo trabajamos con el cannabis medicinal "
            "en nuestra página de empleo.",
            "Un saludo,<br>Equipo de People · Verdalia Farma",
        ), brand="verdalia", color="#33691e", lang="es"),
    },
    {
        "id": "ack_llobregat", "kind": "application_received", "lang": "es",
        "company": "Farmacéutica Llobregat", "contact": "",
        "frm": "Farmacéutica Llobregat - Empleo <llobregat@icims.com>",
        "name_enc": ("utf-8", "q"),
        "subj": "Confirmación de candidatura: Técnico de Registros (Ref. FL-2026-88)",
        "subj_enc": ("utf-8", "b"),
        "date": "2026-07-13 11:55 +0200", "cs": "iso-8859-1", "cte": "base64",
        "text": """Estimada Friederike:

Le confirmamos que hemos recibido correctamente su candidatura para la posición de Técnico/a de Registros (Ref. FL-2026-88) en Farmacéutica Llobregat, Sant Joan Despí.

Nuestro equipo de Selección está analizando los perfiles recibidos. En caso de que su candidatura avance en el proceso, nos pondremos en contacto con usted.

Atentamente,
Departamento de Personas
Farmacéutica Llobregat

Este mensaje ha sido generado automáticamente. Por favor, no responda.""",
    },
    {
        "id": "ack_clinvia_bcn", "kind": "application_received", "lang": "es",
        "company": "Clinvia Research", "contact": "",
        "frm": "Clinvia Research <no-reply@greenhouse-mail.io>",
        "subj": "Gracias por presentar tu candidatura en Clinvia Research",
        "date": "2026-04-15 13:40 +0200",
        "text": """Hola Friederike:

Gracias por presentar tu candidatura al puesto de Pharmacovigilance Associate (Barcelona) en Clinvia Research. La hemos recibido correctamente.

Nuestro equipo de Talent la revisará en breve. Si tu experiencia encaja, alguien del equipo se pondrá en contacto contigo para hablar de los siguientes pasos.

Saludos,
Talent Acquisition – Clinvia Research

Este buzón no se revisa.""",
    },
]
