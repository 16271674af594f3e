"""Acknowledgements: her application arrived (ATS and human), 21 messages."""

from __future__ import annotations

from msgs311_common import Spec, mail

K = "application_received"

MESSAGES: list[Spec] = [
    mail("lf_ack", K, "de", "2026-05-04 09:12 +0200",
         "Lernfabrik Digital Recruiting <noreply@personio.de>",
         "Ihre Bewerbung bei Lernfabrik Digital: Instructional Designer (m/w/d)",
         """
Hallo Johanna Freitag,

vielen Dank für Ihre Bewerbung als Instructional Designer (m/w/d) an unserem Standort Leipzig-Plagwitz. Wir haben Ihre Unterlagen erhalten und sehen sie uns in Ruhe an.

Was passiert als Nächstes?
1. Unser Team prüft Ihr Profil und Ihre Arbeitsproben.
2. Innerhalb von etwa zwei Wochen melden wir uns persönlich bei Ihnen.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Viele Grüße
Ihr Team von Lernfabrik Digital

Lernfabrik Digital GmbH · Karl-Heine-Bogen 12 · 04229 Leipzig
Diese Nachricht wurde automatisch über Personio versendet.
""", company="Lernfabrik Digital", fmt="alt", cte="quoted-printable",
         brand="Lernfabrik Digital", headers={"Auto-Submitted": "auto-generated"}),

    mail("qw_ack", K, "en", "2026-02-09 10:03 +0000",
         "Quellwerk Software <no-reply@greenhouse-mail.io>",
         "Thank you for applying to Quellwerk Software",
         """
Hi Johanna,

Thanks for your interest in Quellwerk Software! We received your application for the Learning Experience Designer (Customer Education) role in Berlin.

Our team reviews every application carefully. If your background looks like a fit, someone from our People team will reach out to talk about next steps.

In the meantime, feel free to read about how we work at quellwerk.example.de/culture.

Best,
The Quellwerk Software Talent Team

Please do not reply to this email; this mailbox is not monitored.
""", company="Quellwerk Software", fmt="html", cte="base64", brand="Quellwerk",
         footer="Powered by Greenhouse"),

    mail("el_ack", K, "de", "2026-03-02 08:00 +0100",
         "Elbland Krankenkasse Karriere <noreply@successfactors.eu>",
         "Eingangsbestätigung: Referentin Betriebliche Weiterbildung (Req. 4471)",
         """
Sehr geehrte Frau Freitag,

hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Stelle Referentin Betriebliche Weiterbildung (Req. 4471) in Dresden.

Ihre Unterlagen werden nun von unserer Personalabteilung und der Fachabteilung geprüft. Bitte haben Sie Verständnis dafür, dass dies einige Zeit in Anspruch nehmen kann. Wir melden uns bei Ihnen, sobald wir eine Entscheidung über das weitere Vorgehen getroffen haben.

Mit freundlichen Grüßen
Ihre Elbland Krankenkasse
Personalmanagement

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.
""", company="Elbland Krankenkasse", fmt="alt", cte="base64", html_cte="base64",
         brand="Elbland Krankenkasse – Karriere", color="#006b5f"),

    mail("mw_ack", K, "de", "2026-01-19 07:45 +0100",
         "Mahrwald Automotive <mahrwald@myworkday.com>",
         "Wir haben Ihre Bewerbung erhalten – R-10482 Trainerin Technische Weiterbildung",
         """
Guten Tag Johanna,

vielen Dank für Ihr Interesse an Mahrwald Automotive. Ihre Bewerbung für die Position R-10482 Trainerin Technische Weiterbildung (w/m/d) am Standort Leipzig-Nord ist bei uns eingegangen.

Sie können den Stand Ihrer Bewerbung jederzeit über das Kandidatenportal verfolgen: Melden Sie sich dazu mit Ihrer E-Mail-Adresse an und wählen Sie "Meine Bewerbungen".

Freundliche Grüße
Talent Acquisition
Mahrwald Automotive GmbH

Dies ist eine automatisch generierte Nachricht von Workday. Bitte antworten Sie nicht.
""", company="Mahrwald Automotive", fmt="plain", cte="quoted-printable"),

    mail("vhs_ack", K, "de", "2026-02-16 14:27 +0100",
         "Doreen Vogt <d.vogt@vhs-erfurt.example.de>",
         "Ihre Bewerbung als Kursleiterin Digitale Grundbildung",
         """
Sehr geehrte Frau Freitag,

vielen Dank für Ihre Bewerbung vom 12. Februar, die wir gern erhalten haben. Ich habe Ihre Unterlagen an Frau Dr. Sommerfeld, unsere Fachbereichsleiterin, weitergegeben.

Die Auswahlgespräche planen wir für die erste Märzhälfte. Sie hören spätestens Anfang März wieder von uns.

Mit freundlichen Grüßen

Doreen Vogt
Verwaltung / Personal
Volkshochschule Erfurt
Am Lernpfad 7
99084 Erfurt
Telefon 0361 555 2100
""", company="Volkshochschule Erfurt", contact="d.vogt@vhs-erfurt.example.de",
         charset="iso-8859-1", cte="8bit"),

    mail("mb_ack", K, "de", "2026-06-22 18:31 +0200",
         "Muldental Bank Akademie <noreply@softgarden.io>",
         "Vielen Dank für Ihre Bewerbung – Referentin Digitale Lernformate",
         """
Liebe Frau Freitag,

herzlichen Dank für Ihre Bewerbung als Referentin Digitale Lernformate (m/w/d) in unserer Akademie in Grimma. Ihre Unterlagen sind vollständig bei uns angekommen.

Wir sichten alle Bewerbungen sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen. Änderungen an Ihren Daten können Sie über den Link in Ihrem softgarden-Konto vornehmen.

Freundliche Grüße
Ihr Personalteam der Muldental Bank Akademie
""", company="Muldental Bank Akademie", fmt="html", cte="quoted-printable",
         brand="Muldental Bank Akademie", color="#b3001b"),

    mail("ldv_ack", K, "de", "2026-04-28 06:02 +0200",
         "Landesagentur für digitale Verwaltung <noreply@landesagentur-dv.example.de>",
         "Eingangsbestätigung Ihrer Bewerbung – Kennziffer LDV-2026-031",
         """
Sehr geehrte Bewerberin, sehr geehrter Bewerber,

Ihre Bewerbung auf die Stelle "Sachbearbeitung E-Learning und Qualifizierung (E 11 TV-L)", Kennziffer LDV-2026-031, ist bei uns eingegangen.

Aufgrund der großen Zahl an Bewerbungen ist es uns leider nicht möglich, Ihnen vor Abschluss der Vorauswahl eine individuelle Zwischennachricht zu geben. Von Nachfragen zum Stand des Verfahrens bitten wir daher abzusehen. Sie erhalten in jedem Fall eine schriftliche Nachricht.

Hinweise zum Datenschutz: Ihre Daten werden ausschließlich für das Auswahlverfahren verarbeitet und sechs Monate nach dessen Abschluss gelöscht.

Landesagentur für digitale Verwaltung
Referat Z 2 – Personal
Dresden

Diese E-Mail wurde maschinell erstellt und ist ohne Unterschrift gültig.
""", company="Landesagentur für digitale Verwaltung", subj_enc=("utf-8", "q")),

    mail("mc_ack", K, "de", "2026-05-18 11:49 +0200",
         "Theresa Gruber <t.gruber@mediencampus-salzburg.example.at>",
         "Re: Bewerbung E-Learning-Entwicklerin",
         """
Liebe Frau Freitag,

danke für Ihre Bewerbung und den Link zu Ihrem Portfolio – ist gut bei uns angekommen! Ich schau mir das gemeinsam mit unserer Studiengangsleitung in den nächsten Tagen an und melde mich dann wieder bei Ihnen.

Liebe Grüße aus Salzburg
Theresa Gruber

Mediencampus Salzburg
Personal & Organisation
Schallmooser Lände 3, 5020 Salzburg
+43 662 555 318
""", company="Mediencampus Salzburg", contact="t.gruber@mediencampus-salzburg.example.at",
         cte="8bit"),

    mail("dh_ack", K, "de", "2026-08-17 22:14 +0200",
         "Datenhafen Software <noreply@softgarden.io>",
         "Ihre Bewerbung ist eingegangen",
         """
Hallo Frau Freitag,

danke, dass Sie sich für die Stelle "Customer Trainer & Onboarding Specialist" bei Datenhafen Software in Berlin interessieren. Wir haben Ihre Bewerbung erhalten.

Unser Recruiting-Team meldet sich in Kürze bei Ihnen. Sollten Sie Fragen haben, antworten Sie bitte nicht auf diese E-Mail, sondern nutzen Sie die Nachrichtenfunktion in Ihrem Bewerberkonto.

Beste Grüße
Datenhafen Software
""", company="Datenhafen Software", fmt="alt", cte="quoted-printable", brand="Datenhafen"),

    mail("vat_ack", K, "de", "2026-02-06 03:12 -0500",
         "Vogtland Antriebstechnik Karriere <vogtland-antriebstechnik@icims.com>",
         "Bestätigung: Bewerbung Technische Trainerin Fertigung (Job-ID 2026-1187)",
         """
Sehr geehrte Frau Freitag,

vielen Dank für Ihre Bewerbung auf die Position Technische Trainerin Fertigung (Job-ID 2026-1187) in Plauen. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihr Profil im Hinblick auf die Anforderungen der Stelle und kommen so schnell wie möglich auf Sie zu.

Mit freundlichen Grüßen
Vogtland Antriebstechnik – Personalabteilung

Bitte antworten Sie nicht auf diese Nachricht. Dieses Postfach wird nicht überwacht.
""", company="Vogtland Antriebstechnik", cte="quoted-printable"),

    mail("tgk_ack", K, "de", "2026-03-10 16:58 +0100",
         "Thüringer Gesundheitskasse <bewerbung-noreply@tgk.example.de>",
         "Ihre Bewerbung bei der Thüringer Gesundheitskasse",
         """
Sehr geehrte Frau Freitag,

wir bestätigen den Eingang Ihrer Bewerbung als Trainerin für Kundenservice (m/w/d) in Erfurt.

Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an Zuschriften nicht jede Bewerbung einzeln beantworten können. Sobald die Vorauswahl abgeschlossen ist, informieren wir Sie über das Ergebnis.

Freundliche Grüße
Ihre Thüringer Gesundheitskasse
Personalgewinnung
""", company="Thüringer Gesundheitskasse", name_enc=("iso-8859-1", "q"),
         charset="windows-1252", cte="quoted-printable"),

    mail("bp_ack", K, "en", "2026-03-02 17:40 +0000",
         "Brightpath Learning <no-reply@hire.lever.co>",
         "Your application to Brightpath Learning",
         """
Hi Johanna,

Thank you for applying to the Instructional Designer (German market) position at Brightpath Learning. We've received your application and our hiring team will review it shortly.

What to expect: we aim to get back to every candidate within 10 business days. If we'd like to move forward, a recruiter will contact you to set up an introductory call.

Thanks again for your interest,
Brightpath Learning Recruiting
""", company="Brightpath Learning", fmt="alt", brand="Brightpath Learning"),

    mail("tw_ack", K, "en", "2026-04-20 09:02 +0200",
         "Tellwise Recruiting <no-reply@ashbyhq.com>",
         "Application received – Learning & Enablement Specialist",
         """
Hello Johanna,

Thanks for applying to Tellwise! This email confirms that we received your application for Learning & Enablement Specialist (Zürich, hybrid).

We read every application ourselves. You'll hear from us either way, usually within two weeks.

Cheers,
Team Tellwise
""", company="Tellwise", fmt="html", cte="quoted-printable", brand="tellwise"),

    mail("fh_ack", K, "en", "2026-04-08 13:25 -0600",
         "Fernhill Analytics <notifications@bamboohr.com>",
         "Thanks for applying to Fernhill Analytics",
         """
Dear Johanna,

Thank you for your application for Training Content Developer (Berlin). We have received your materials and will be reviewing them over the next few weeks.

Due to the high volume of applications we receive, we may not be able to respond to each applicant personally. If your qualifications match our needs, a member of our team will contact you to discuss next steps.

Regards,
Fernhill Analytics People Operations
""", company="Fernhill Analytics", cte="7bit"),

    mail("at_ack", K, "fr", "2026-06-08 10:12 +0200",
         "Atelier Savoirs Numériques <notifications@teamtailor-mail.com>",
         "Nous avons bien reçu votre candidature",
         """
Bonjour Johanna,

Merci pour votre candidature au poste de Conceptrice pédagogique digitale (CDI) à Strasbourg ! Elle a bien été transmise à notre équipe.

Nous étudions chaque dossier avec attention et reviendrons vers vous d'ici deux semaines environ.

À très vite,
L'équipe Atelier Savoirs Numériques
""", company="Atelier Savoirs Numériques", fmt="alt", cte="quoted-printable",
         name_enc=("utf-8", "b"), brand="Atelier Savoirs Numériques", color="#e0533d"),

    mail("ar_ack", K, "fr", "2026-03-09 11:20 +0100",
         "Assurances Rhénanes - Recrutement <noreply@taleo.net>",
         "Accusé de réception de votre candidature - Réf. 26-0412",
         """
Madame,

Nous accusons réception de votre candidature au poste de Formatrice interne - Académie commerciale (Réf. 26-0412) et vous en remercions.

Votre dossier va être étudié avec la plus grande attention par nos équipes. Si votre profil correspond à nos attentes, nous prendrons contact avec vous dans les meilleurs délais.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Assurances Rhénanes

Ce message est généré automatiquement, merci de ne pas y répondre.
""", company="Assurances Rhénanes", charset="iso-8859-1", cte="quoted-printable",
         subj_enc=("iso-8859-1", "q")),

    mail("ira_ack", K, "fr", "2026-01-14 09:48 +0100",
         "Nadia Benali <n.benali@irfa-rhin.example.fr>",
         "RE: Candidature formatrice FLE et compétences numériques",
         """
Bonjour Madame Freitag,

Je vous confirme la bonne réception de votre candidature ainsi que de votre CV et de votre lettre de motivation. Je les transmets dès aujourd'hui à notre responsable pédagogique, M. Schaller.

Nous reviendrons vers vous à la fin du mois.

Bien cordialement,

Nadia Benali
Assistante RH
Institut rhénan de formation des adultes
12 quai des Bateliers - 67000 Strasbourg
03 88 55 21 40
""", company="Institut rhénan de formation des adultes",
         contact="n.benali@irfa-rhin.example.fr", charset="windows-1252", cte="8bit"),

    mail("sk_ack", K, "fr", "2026-04-10 08:15 +0200",
         "Studio Kaléidoscope <no-reply@smartrecruiters.com>",
         "Votre candidature chez Studio Kaléidoscope",
         """
Bonjour Johanna,

Merci de l'intérêt que vous portez à Studio Kaléidoscope. Nous avons bien reçu votre candidature pour le poste de Chargée de projets e-learning.

Notre équipe recrutement examine actuellement les profils. Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

Cordialement,
L'équipe Talents - Studio Kaléidoscope
""", company="Studio Kaléidoscope", fmt="alt", cte="base64", brand="Studio Kaléidoscope"),

    mail("ac_ack", K, "es", "2026-04-06 12:44 +0200",
         "Aula Clara Formación <no-reply@recruitee.com>",
         "Hemos recibido tu candidatura – Diseñadora instruccional (Sevilla)",
         """
¡Hola Johanna!

Gracias por tu interés en Aula Clara Formación. Hemos recibido tu candidatura para el puesto de Diseñadora instruccional en nuestra oficina de Sevilla.

Nuestro equipo revisará tu perfil en los próximos días. Si encaja con lo que buscamos, te escribiremos para organizar una primera conversación.

Un saludo,
El equipo de Aula Clara
""", company="Aula Clara Formación", fmt="html", cte="base64", brand="Aula Clara",
         color="#f29f05"),

    mail("sg_ack", K, "es", "2026-06-10 07:05 +0000",
         "Seguros Giralda <segurosgiralda@myworkday.com>",
         "Confirmación de candidatura: Formador/a de red comercial (JR-3306)",
         """
Estimada Johanna Freitag:

Te confirmamos que hemos recibido correctamente tu candidatura para la posición Formador/a de red comercial (JR-3306) en Sevilla.

El equipo de Talento revisará tu perfil y, si avanzas a la siguiente fase, nos pondremos en contacto contigo. Puedes consultar el estado de tu candidatura en nuestro portal de empleo.

Atentamente,
Seguros Giralda – Talento y Cultura

Este es un mensaje automático; por favor, no respondas a este correo.
""", company="Seguros Giralda", cte="quoted-printable", subj_enc=("utf-8", "b")),

    mail("ct_ack", K, "es", "2026-08-03 10:31 +0200",
         "Campus Triana Online <empleo-noreply@campustriana.example.es>",
         "Candidatura recibida",
         """
Hola, Johanna:

Te escribimos para confirmar que tu candidatura al puesto de Tutora y diseñadora de cursos online ha llegado correctamente.

Recibimos muchas solicitudes y no podemos responder individualmente a cada persona. Si tu perfil pasa a la fase de entrevistas, te llamaremos o te escribiremos en un plazo de tres semanas.

Gracias por confiar en Campus Triana Online.
""", company="Campus Triana Online", charset="iso-8859-1", cte="8bit",
         name_enc=("iso-8859-1", "b")),
]
