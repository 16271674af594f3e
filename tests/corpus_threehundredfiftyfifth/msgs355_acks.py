"""Corpus 355: acknowledgements of receipt and offers (hand-written)."""

from __future__ import annotations

from msgs355_common import Spec, m

A = "application_received"
OF = "offer"

MESSAGES: list[Spec] = [
    # ---- application_received, German ----
    m("dentaris_hh_ack", A, "de", "Dentaris Zahnkliniken",
      "Dentaris Zahnkliniken Recruiting <dentaris-recruiting@personio.de>",
      "Ihre Bewerbung als Praxismanagerin (m/w/d) – Standort Hamburg-Eppendorf",
      "2026-01-12 18:41 +0100", """
Hallo Frau Brockmann-Uzor,

vielen Dank für Ihre Bewerbung als Praxismanagerin (m/w/d) für unsere Klinik in Hamburg-Eppendorf. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir sehen uns Ihre Bewerbung in den nächsten Tagen genau an und melden uns spätestens in zwei Wochen bei Ihnen. Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Herzliche Grüße
Ihr Recruiting-Team der Dentaris Zahnkliniken

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""", sys=True, html="alt", look="ats", brand="Dentaris Zahnkliniken", cte="quoted-printable"),

    m("weserlabor_ack", A, "de", "Zahntechnik Weserlabor",
      "Zahntechnik Weserlabor <noreply@softgarden.io>",
      "Eingangsbestätigung: Ihre Bewerbung als Kaufmännische Laborleitung",
      "2026-01-19 09:02 +0100", """
Sehr geehrte Frau Brockmann-Uzor,

herzlichen Dank für Ihr Interesse an der Zahntechnik Weserlabor und für Ihre Bewerbung als Kaufmännische Laborleitung (Teilzeit/Vollzeit) in Bremen-Hastedt.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen alle Bewerbungen sorgfältig und kommen so bald wie möglich wieder auf Sie zu.

Mit freundlichen Grüßen
Zahntechnik Weserlabor
Personalabteilung

Bitte antworten Sie nicht direkt auf diese E-Mail – sie wurde über softgarden versendet.
""", sys=True, html="only", look="ats", brand="Zahntechnik Weserlabor"),

    m("kfo_ack", A, "de", "KFO-Praxis am Schlossgarten",
      "Birte Janßen <b.janssen@kfo-schlossgarten.example.de>",
      "AW: Bewerbung als Praxismanagerin – Annelie Brockmann-Uzor",
      "2026-02-04 12:17 +0100", """
Liebe Frau Brockmann-Uzor,

vielen Dank für Ihre freundliche Bewerbung, die wir gestern erhalten haben. Dr. Wehrmann ist diese Woche auf einem Kongress, er wird sich Ihre Unterlagen aber gleich nach seiner Rückkehr ansehen. Sie hören spätestens Ende nächster Woche von uns.

Herzliche Grüße aus dem Schlossgarten
Birte Janßen
Rezeption / Verwaltung

KFO-Praxis am Schlossgarten
Dr. med. dent. Jens Wehrmann, Fachzahnarzt für Kieferorthopädie
Schlossplatz 9 · 26122 Oldenburg
Tel. 0441 555 29 40
""", parent="kfo_own_application", quote="gt", cs="iso-8859-1", cte="8bit"),

    m("medidepot_ack", A, "de", "MediDepot Nord",
      "MediDepot Nord Karriere <medidepot@myworkday.com>",
      "Wir haben Ihre Bewerbung erhalten – R-20418 Teamleitung Kundenservice Dental",
      "2026-02-09 07:55 +0000", """
Guten Tag Annelie Brockmann-Uzor,

vielen Dank für Ihre Bewerbung auf die Stelle R-20418 Teamleitung Kundenservice Dental (Hannover).

Wir haben Ihre Unterlagen erhalten. Aufgrund der hohen Zahl an Bewerbungen ist es uns leider nicht möglich, jeder Bewerberin und jedem Bewerber einzeln zu antworten. Wenn Ihr Profil zu unseren Anforderungen passt, meldet sich unser Talent-Acquisition-Team innerhalb von drei Wochen bei Ihnen.

Den Status können Sie jederzeit unter „Meine Bewerbungen" im Kandidatenportal verfolgen.

Freundliche Grüße
MediDepot Nord – Talent Acquisition
""", sys=True, html="alt", look="ats", brand="MediDepot Nord"),

    m("linden_ack", A, "de", "MVZ am Klinikum Linden",
      "MVZ am Klinikum Linden <noreply@successfactors.eu>",
      "Bestätigung Ihrer Bewerbung – Leitung Patientenmanagement Ambulanz (Job-ID 7731)",
      "2026-02-23 22:13 +0100", """
Sehr geehrte Frau Brockmann-Uzor,

Ihre Online-Bewerbung für die Position „Leitung Patientenmanagement Ambulanz" (Job-ID 7731) ist am 23.02.2026 bei uns eingegangen.

Bitte haben Sie Verständnis, dass die Sichtung der Unterlagen einige Zeit in Anspruch nimmt. Sollten sich Änderungen an Ihren Kontaktdaten ergeben, aktualisieren Sie diese bitte in Ihrem Kandidatenprofil.

Mit freundlichen Grüßen
Ihr Personalservice
MVZ am Klinikum Linden · Ambulantes Zentrum
Lindener Marktplatz 2, 30449 Hannover

Dies ist eine automatisch generierte Nachricht.
""", sys=True, cs="windows-1252", cte="quoted-printable"),

    m("praxident_ack", A, "de", "Praxident",
      "Praxident Talent Team <no-reply@ashbyhq.com>",
      "Danke für deine Bewerbung bei Praxident!",
      "2026-03-10 14:30 +0100", """
Hi Annelie,

danke, dass du dich als Customer Success Managerin (Zahnarztpraxen) bei Praxident beworben hast! Wir freuen uns sehr über dein Interesse an unserer Praxissoftware.

Wir schauen uns jede Bewerbung persönlich an – das dauert manchmal ein paar Tage. Du bekommst auf jeden Fall eine Rückmeldung von uns, egal wie sie ausfällt.

Bis bald
Dein Praxident Talent Team
Hamburg · Speicherstadt
""", sys=True, html="alt"),

    m("vitalis_ack", A, "de", "Vitalis Personal",
      "Melanie Oltmanns <m.oltmanns@vitalis-personal.example.de>",
      "Ihre Unterlagen bei Vitalis Personal – Gesundheitsberufe Nord",
      "2026-03-16 10:48 +0100", """
Hallo Frau Brockmann-Uzor,

schön, dass Sie sich bei uns gemeldet haben! Ihre Unterlagen (Lebenslauf, ZMV-Zertifikat, Arbeitszeugnisse) sind vollständig angekommen.

Ich habe Ihr Profil für Positionen im Praxismanagement im Raum Bremen/Oldenburg angelegt. Sobald ich eine passende Stelle bei einem unserer Kunden habe, rufe ich Sie an – in der Regel vormittags, wie von Ihnen gewünscht.

Viele Grüße
Melanie Oltmanns
Personalberaterin Gesundheitsberufe

Vitalis Personal GmbH · Personalvermittlung für Gesundheitsberufe
Am Wall 140 · 28195 Bremen
T 0421 555 81 20 · M 0170 555 3391

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
"""),

    m("rheinknie_ack", A, "de", "Zahnzentrum Rheinknie",
      "MedPraxisJobs <bewerbungen@medpraxisjobs.example.ch>",
      "Ihre Bewerbung wurde an Zahnzentrum Rheinknie übermittelt",
      "2026-04-07 08:15 +0200", """
Guten Tag Frau Brockmann-Uzor

Ihre Bewerbung für die Stelle «Praxisadministratorin / Praxismanagerin 80–100 %» beim Zahnzentrum Rheinknie in Basel wurde erfolgreich übermittelt.

Der Arbeitgeber hat Ihre Unterlagen erhalten und meldet sich direkt bei Ihnen. Über den Status Ihrer Bewerbung informieren wir Sie in Ihrem MedPraxisJobs-Konto.

Freundliche Grüsse
Ihr MedPraxisJobs-Team

Sie erhalten diese Nachricht, weil Sie sich über MedPraxisJobs beworben haben.
""", sys=True, html="only", look="ats", brand="MedPraxisJobs",
      subj_enc=("utf-8", "Q")),

    m("bremen_dentaris_ack", A, "de", "Dentaris Zahnkliniken",
      "Dentaris Zahnkliniken Recruiting <dentaris-recruiting@personio.de>",
      "Ihre Bewerbung als Stellv. Klinikleitung (m/w/d) – Standort Bremen-Schwachhausen",
      "2026-05-05 11:20 +0200", """
Hallo Frau Brockmann-Uzor,

vielen Dank für Ihre Bewerbung als Stellvertretende Klinikleitung (m/w/d) in Bremen-Schwachhausen.

Wir haben gesehen, dass Sie sich bereits für unseren Standort Hamburg-Eppendorf beworben haben. Ihre neue Bewerbung ist ebenfalls eingegangen und wird vom Team in Bremen gesichtet.

Herzliche Grüße
Ihr Recruiting-Team der Dentaris Zahnkliniken

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""", sys=True, html="alt", look="ats", brand="Dentaris Zahnkliniken"),

    m("helvemed_ack_de", A, "de", "Helvemed",
      "Helvemed Karriere <helvemed@taleo.net>",
      "Helvemed – Eingang Ihrer Bewerbung (Req. 26-0412)",
      "2026-06-02 16:05 +0200", """
Guten Tag Frau Brockmann-Uzor

Besten Dank für Ihre Bewerbung als Teamleiterin Innendienst Dentalbedarf in Basel (Req. 26-0412).

Wir bestätigen den Eingang Ihrer Unterlagen. Unser Rekrutierungsteam wird Ihr Dossier prüfen. Bitte sehen Sie von telefonischen Nachfragen ab; wir melden uns, sobald wir Ihre Bewerbung beurteilt haben.

Freundliche Grüsse
Helvemed – Human Resources
Hochbergerstrasse 60, 4057 Basel
""", sys=True, cs="windows-1252", cte="quoted-printable", name_enc=("iso-8859-1", "Q")),

    # ---- application_received, English ----
    m("zernike_ack", A, "en", "Zernike Dental Group",
      "Zernike Dental Group <no-reply@greenhouse-mail.io>",
      "Thank you for applying to Zernike Dental Group",
      "2026-02-02 13:44 +0100", """
Hi Annelie,

Thanks for applying for the Clinic Operations Coordinator role at Zernike Dental Group in Groningen. We've received your application and our team is reviewing it.

We read every application carefully. If your background is a match for the role, someone from our recruiting team will reach out to set up a first conversation.

Best regards,
The Zernike Dental Group Recruiting Team

Please do not reply to this email; this mailbox is not monitored.
""", sys=True, html="alt", look="ats", brand="Zernike Dental Group"),

    m("meridian_ack", A, "en", "Meridian Health Search",
      "Oliver Hartigan <oliver.hartigan@meridianhealth.example.co.uk>",
      "Re: Practice management roles - your CV",
      "2026-03-03 17:26 +0000", """
Dear Annelie,

Many thanks for sending your CV over so promptly - it has arrived safely and I've added it to our candidate file for practice and clinic management roles in northern Germany and the Netherlands.

I'll review it against the two briefs I mentioned on the phone and come back to you once I've spoken with the clients.

Kind regards,
Oliver

Oliver Hartigan
Senior Consultant, Dental & Medical Practices
Meridian Health Search
4 Queen Square, Bristol BS1 4JQ
+44 117 555 0142
""", parent="meridian_own_cv", quote="gt"),

    m("hanze_ack", A, "en", "Hanze Tandtechniek",
      "Hanze Tandtechniek <notifications@bamboohr.com>",
      "Application received: Lab Office Manager",
      "2026-04-14 10:01 +0200", """
Hello Annelie,

Thank you for your interest in the Lab Office Manager position at Hanze Tandtechniek. This email confirms that we have received your application.

Due to the number of applications we receive, we cannot reply to every applicant individually. We will contact you if your qualifications match our needs.

Kind regards,
Hanze Tandtechniek
Peizerweg 97, Groningen
""", sys=True),

    m("umcn_ack_en", A, "en", "Noorderzorg Outpatient Centre",
      "Noorderzorg Recruitment <recruitment@noorderzorg.example.nl>",
      "Your application - Front Office Team Lead (vacancy 2026-118)",
      "2026-07-08 09:33 +0200", """
Dear Ms Brockmann-Uzor,

We hereby confirm receipt of your application for the position of Front Office Team Lead at the Noorderzorg Outpatient Centre (vacancy 2026-118).

The selection committee will meet after the closing date of 24 July. You will hear from us in the week of 27 July at the latest.

Yours sincerely,

Recruitment Department
Noorderzorg Outpatient Centre
Hanzeplein 12, 9713 GZ Groningen

This message and any attachment are intended solely for the addressee and may contain confidential information.
""", sys=True, html="alt", look="outlook", cte="base64"),

    # ---- application_received, French ----
    m("kleber_ack", A, "fr", "Centre dentaire Kléber",
      "Centre dentaire Kléber <notifications@teamtailor-mail.com>",
      "Nous avons bien reçu votre candidature",
      "2026-02-16 20:12 +0100", """
Bonjour Annelie,

Merci pour votre candidature au poste de Responsable de centre dentaire (H/F) à Strasbourg. Nous avons bien reçu votre dossier.

Notre équipe étudie chaque candidature avec attention et reviendra vers vous dans les meilleurs délais.

À très vite,
L'équipe recrutement du Centre dentaire Kléber
""", sys=True, html="only", look="ats", brand="Centre dentaire Kléber",
      subj_enc=("iso-8859-1", "Q")),

    m("prothese_alsace_ack", A, "fr", "Laboratoire Prothèse Alsace",
      "Laboratoire Prothèse Alsace <noreply@workablemail.com>",
      "Accusé de réception – Assistante de direction laboratoire",
      "2026-03-24 11:40 +0100", """
Madame,

Nous accusons réception de votre candidature au poste d'Assistante de direction au sein du Laboratoire Prothèse Alsace (Illkirch-Graffenstaden).

En raison du grand nombre de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Si votre profil correspond à nos besoins, nous vous contacterons sous trois semaines.

Cordialement,
Le service des ressources humaines
""", sys=True, cs="iso-8859-1", cte="8bit"),

    m("saintjean_ack", A, "fr", "Orthodontie Saint-Jean",
      "Orthodontie Saint-Jean <no-reply@hire.lever.co>",
      "Orthodontie Saint-Jean – candidature reçue",
      "2026-08-17 09:10 +0200", """
Bonjour Annelie,

Merci d'avoir postulé au poste de Gestionnaire de cabinet (80-100 %) chez Orthodontie Saint-Jean à Bâle.

Votre candidature a bien été transmise au Dr Favre et à son équipe. Nous vous recontacterons prochainement pour la suite du processus.

Meilleures salutations,
Orthodontie Saint-Jean
St. Johanns-Vorstadt 31, 4056 Bâle
""", sys=True, html="alt"),

    m("strasbourg_dentaris_ack", A, "fr", "Dentaris Cliniques",
      "Sophie Reinhardt <s.reinhardt@dentaris.example.fr>",
      "RE: Candidature spontanée – coordination de clinique",
      "2026-06-15 15:52 +0200", """
Bonjour Madame Brockmann-Uzor,

Je vous remercie pour votre candidature spontanée, bien reçue ce matin. Vos collègues de Hambourg m'ont d'ailleurs parlé de vous en termes très positifs.

Je transmets votre CV à notre directrice régionale Grand Est et je reviens vers vous d'ici la fin du mois.

Bien cordialement,

Sophie Reinhardt
Chargée de recrutement – Dentaris Cliniques France
12 quai des Bateliers, 67000 Strasbourg
Tél. : 03 88 55 47 10
""", parent="strasbourg_own_application", quote="outlook", cte="quoted-printable"),

    # ---- application_received, Spanish ----
    m("malaga_ack", A, "es", "Dentaris Clínicas",
      "Dentaris Clínicas <noreply@smartrecruiters.com>",
      "Hemos recibido tu candidatura – Coordinadora de Clínica (Málaga Centro)",
      "2026-05-18 19:04 +0200", """
Hola Annelie:

Gracias por tu interés en Dentaris Clínicas. Hemos recibido correctamente tu candidatura para el puesto de Coordinadora de Clínica en Málaga Centro.

Nuestro equipo de selección revisará tu perfil y, si encaja con lo que buscamos, se pondrá en contacto contigo en las próximas semanas.

Un saludo,
Equipo de Talento – Dentaris Clínicas

Este mensaje se ha enviado automáticamente. Por favor, no respondas a este correo.
""", sys=True, html="alt", look="ats", brand="Dentaris Clínicas", cte="base64"),

    m("dentalnube_ack", A, "es", "DentalNube",
      "DentalNube <jobs@dentalnube.recruitee.com>",
      "Candidatura recibida: Consultora de implantación (clínicas dentales)",
      "2026-06-22 10:27 +0200", """
¡Hola Annelie!

Tu candidatura para Consultora de implantación en DentalNube (Málaga, Parque Tecnológico) nos ha llegado bien. ¡Gracias!

Como recibimos muchas solicitudes, no podemos responder a todas de forma individual, pero te escribiremos si pasas a la siguiente fase.

Saludos,
El equipo de DentalNube
""", sys=True, html="only", subj_enc=("utf-8", "B")),

    m("virgen_ack", A, "es", "Hospital Virgen del Puerto",
      "Hospital Virgen del Puerto - Selección <noreply@icims.com>",
      "Confirmación de recepción de su solicitud (Ref. CEX-2291)",
      "2026-07-13 08:48 +0200", """
Estimada Sra. Brockmann-Uzor:

Le confirmamos la recepción de su solicitud para el puesto de Responsable de Admisión del Centro de Especialidades Ambulatorias (Ref. CEX-2291).

Su candidatura será valorada por el Departamento de Recursos Humanos. Le rogamos que no envíe documentación adicional salvo que se le solicite.

Atentamente,
Departamento de Recursos Humanos
Hospital Virgen del Puerto
Paseo Marítimo Ciudad de Melilla s/n, 29016 Málaga

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario.
""", sys=True, cs="iso-8859-1", cte="quoted-printable"),

    # ---- offers ----
    m("kfo_offer_verbal", OF, "de", "KFO-Praxis am Schlossgarten",
      "Dr. Jens Wehrmann <j.wehrmann@kfo-schlossgarten.example.de>",
      "Unser Gespräch von heute – wir möchten Sie gern im Team!",
      "2026-03-18 18:22 +0100", """
Liebe Frau Brockmann-Uzor,

wie eben am Telefon schon gesagt: Der Probetag hat uns alle überzeugt, und wir möchten Ihnen die Stelle als Praxismanagerin ab dem 1. Mai anbieten.

Eckdaten wie besprochen: 38,5 Stunden, 3.650 € brutto im Monat, 30 Urlaubstage, Fortbildungsbudget 1.200 € im Jahr. Frau Janßen schickt Ihnen das schriftliche Angebot bis Freitag.

Ich freue mich auf Ihre Antwort!

Herzliche Grüße
Jens Wehrmann

Dr. med. dent. Jens Wehrmann
Fachzahnarzt für Kieferorthopädie
KFO-Praxis am Schlossgarten · Schlossplatz 9 · 26122 Oldenburg
""", parent="kfo_invite", cs="windows-1252", cte="8bit"),

    m("kfo_offer_written", OF, "de", "KFO-Praxis am Schlossgarten",
      "Birte Janßen <b.janssen@kfo-schlossgarten.example.de>",
      "Schriftliches Angebot – Praxismanagement",
      "2026-03-20 11:05 +0100", """
Liebe Frau Brockmann-Uzor,

anbei erhalten Sie wie angekündigt unser schriftliches Angebot für die Stelle als Praxismanagerin sowie den Entwurf des Arbeitsvertrags.

Wenn Sie einverstanden sind, senden Sie uns bitte ein unterschriebenes Exemplar bis zum 31. März zurück. Bei Fragen ist Dr. Wehrmann am Montag und Dienstag ab 17 Uhr telefonisch erreichbar.

Herzliche Grüße
Birte Janßen
KFO-Praxis am Schlossgarten
""", parent="kfo_offer_verbal", quote="gt", cc="Dr. Jens Wehrmann <j.wehrmann@kfo-schlossgarten.example.de>",
      pdf=[("Angebot_Praxismanagerin_Brockmann-Uzor.pdf",
            ["KFO-Praxis am Schlossgarten, Schlossplatz 9, 26122 Oldenburg",
             "", "Angebot: Praxismanagerin ab 01.05.2026",
             "Wochenarbeitszeit 38,5 Stunden, Bruttogehalt 3.650 EUR/Monat",
             "30 Urlaubstage, Fortbildungsbudget 1.200 EUR/Jahr",
             "Bitte unterschrieben zurueck bis 31.03.2026"]),
           ("Arbeitsvertrag_Entwurf.pdf",
            ["Arbeitsvertrag (Entwurf)", "zwischen Dr. Jens Wehrmann und Annelie Brockmann-Uzor"])]),

    m("kfo_offer_revised", OF, "de", "KFO-Praxis am Schlossgarten",
      "Dr. Jens Wehrmann <j.wehrmann@kfo-schlossgarten.example.de>",
      "AW: Rückfrage zum Angebot",
      "2026-03-27 20:40 +0100", """
Liebe Frau Brockmann-Uzor,

danke für Ihre offene Nachricht. Wir haben im Team gesprochen: Wir können Ihnen 3.850 € brutto anbieten und zusätzlich einen Homeoffice-Tag pro Woche für die Abrechnung. Start wäre dann der 1. Juni.

Das Angebot gilt bis zum 10. April. Ich würde mich wirklich sehr freuen, wenn es klappt.

Beste Grüße
Jens Wehrmann
""", parent="kfo_own_counter", quote="gt", html="alt", look="outlook"),

    m("dentaris_hh_offer", OF, "de", "Dentaris Zahnkliniken",
      "Katrin Vollmers <katrin.vollmers@dentaris.example.de>",
      "Ihr Vertragsangebot – Praxismanagerin Hamburg-Eppendorf",
      "2026-06-09 16:14 +0200", """
Liebe Frau Brockmann-Uzor,

ich freue mich sehr, Ihnen im Namen der Dentaris Zahnkliniken die Position als Praxismanagerin in unserer Klinik Hamburg-Eppendorf anbieten zu dürfen!

Im Anhang finden Sie das Angebotsschreiben mit allen Konditionen (Jahresgehalt 52.000 € brutto, Bonus bis 8 %, Deutschlandticket, Start 1. August 2026). Bitte geben Sie mir bis zum 19. Juni Bescheid, ob Sie das Angebot annehmen.

Herzliche Grüße
Katrin Vollmers
Regionalleitung Nord

Dentaris Zahnkliniken GmbH · Eppendorfer Landstraße 88 · 20249 Hamburg
Tel. +49 40 555 901 22
Geschäftsführung: Dr. Till Aschenbrenner · Amtsgericht Hamburg HRB 555123
""", parent="dentaris_hh_own_thanks", quote="gt", html="alt", look="outlook",
      pdf=[("Angebot_Dentaris_Brockmann-Uzor.pdf",
            ["Dentaris Zahnkliniken - Vertragsangebot", "Position: Praxismanagerin, Hamburg-Eppendorf",
             "Jahresgehalt 52.000 EUR brutto, Bonus bis 8 %", "Beginn 01.08.2026",
             "Annahme bis 19.06.2026"])]),

    m("dentaris_hh_contract", OF, "de", "Dentaris Zahnkliniken",
      "Katrin Vollmers <katrin.vollmers@dentaris.example.de>",
      "AW: Annahme des Angebots – Ihr Arbeitsvertrag zur Unterschrift",
      "2026-06-18 10:31 +0200", """
Liebe Frau Brockmann-Uzor,

wunderbar, wir freuen uns riesig! Anbei Ihr Arbeitsvertrag in zweifacher Ausfertigung zur Unterschrift. Bitte schicken Sie ein Exemplar unterschrieben an unsere Personalabteilung in Hamburg zurück; das zweite ist für Ihre Unterlagen.

Ihr Onboarding-Plan für die ersten zwei Wochen folgt Mitte Juli.

Herzliche Grüße
Katrin Vollmers
Regionalleitung Nord – Dentaris Zahnkliniken
""", parent="dentaris_hh_own_accept", quote="gt", cte="base64",
      pdf=[("Arbeitsvertrag_Brockmann-Uzor_Dentaris.pdf",
            ["Arbeitsvertrag", "Dentaris Zahnkliniken GmbH, Hamburg - Annelie Brockmann-Uzor",
             "Taetigkeit: Praxismanagerin, Beginn 01.08.2026",
             "Unterschrift Arbeitnehmerin: ____________________"])]),

    m("groningen_dentaris_offer", OF, "en", "Dentaris",
      "Joost van der Meulen <joost.vandermeulen@dentaris.example.nl>",
      "Offer: Clinic Manager Dentaris Groningen-Zuid",
      "2026-04-29 17:48 +0200", """
Dear Annelie,

Following our phone call this afternoon, I'm delighted to confirm that we would like to offer you the position of Clinic Manager at Dentaris Groningen-Zuid.

As discussed: a permanent contract for 36 hours a week, a gross monthly salary of EUR 3,900 plus 8% holiday allowance, and relocation support of up to EUR 2,500. Our HR team will send the formal offer letter once you confirm you'd like to proceed.

Take the weekend to think it over; I'd appreciate an answer by Wednesday 6 May.

Warm regards,
Joost van der Meulen
Area Manager Netherlands North
Dentaris | Paterswoldseweg 210, 9727 BV Groningen | +31 50 555 7120
""", html="alt", cs="utf-8", cte="quoted-printable"),

    m("saintjean_offer", OF, "fr", "Orthodontie Saint-Jean",
      "Dr Claire Favre <c.favre@ortho-saintjean.example.ch>",
      "Proposition d'engagement – gestionnaire de cabinet",
      "2026-10-02 12:34 +0200", """
Chère Madame Brockmann-Uzor,

Suite à votre journée d'essai de mardi, toute l'équipe a été enthousiaste. J'ai le plaisir de vous proposer le poste de gestionnaire de cabinet à 90 %, à partir du 1er décembre 2026.

Vous trouverez en pièce jointe notre proposition d'engagement (salaire annuel brut de CHF 78'000, treizième salaire, cinq semaines de vacances). Je vous serais reconnaissante de me faire part de votre décision d'ici le 16 octobre.

Avec mes meilleures salutations,

Dr Claire Favre
Orthodontiste SSO
Orthodontie Saint-Jean, St. Johanns-Vorstadt 31, 4056 Bâle
+41 61 555 23 80
""", parent="saintjean_invite", cs="iso-8859-1", cte="quoted-printable",
      pdf=[("Proposition_engagement_Brockmann-Uzor.pdf",
            ["Orthodontie Saint-Jean - Proposition d'engagement",
             "Gestionnaire de cabinet 90 %, entree le 1er decembre 2026",
             "Salaire annuel brut CHF 78'000, 13e salaire"])]),

    m("strasbourg_dentaris_offer", OF, "fr", "Dentaris Cliniques",
      "Sophie Reinhardt <s.reinhardt@dentaris.example.fr>",
      "Votre offre d'emploi – Coordinatrice de clinique Strasbourg-Esplanade",
      "2026-09-04 09:58 +0200", """
Bonjour Madame Brockmann-Uzor,

J'ai le grand plaisir de vous informer que Madame Keller, notre directrice régionale, a validé votre candidature. Nous vous proposons donc le poste de Coordinatrice de clinique à Strasbourg-Esplanade, en CDI, à compter du 2 novembre 2026.

Rémunération : 41 500 € bruts annuels sur 13 mois, tickets restaurant, mutuelle prise en charge à 60 %. La promesse d'embauche est jointe à ce message ; merci de nous la retourner signée avant le 18 septembre.

Bien cordialement,

Sophie Reinhardt
Chargée de recrutement – Dentaris Cliniques France
""", html="alt", look="outlook",
      pdf=[("Promesse_embauche_Dentaris.pdf",
            ["Dentaris Cliniques - Promesse d'embauche",
             "Coordinatrice de clinique, CDI, debut le 02/11/2026",
             "41 500 EUR bruts annuels sur 13 mois"])]),

    m("malaga_offer", OF, "es", "Dentaris Clínicas",
      "Lucía Ortega Benítez <lucia.ortega@dentaris.example.es>",
      "Oferta de empleo – Coordinadora de Clínica Málaga Centro",
      "2026-07-21 13:02 +0200", """
Hola Annelie:

¡Enhorabuena! Tras las entrevistas con Marta y con el Dr. Salcedo, nos encantaría que te incorporaras como Coordinadora de Clínica en Dentaris Málaga Centro.

Te ofrecemos un contrato indefinido a jornada completa, 32.000 € brutos anuales en 14 pagas, más un variable de hasta el 10 % según objetivos. La fecha de incorporación sería el 1 de septiembre.

Si te parece bien, te enviamos el contrato para firmar esta misma semana. Cualquier duda, llámame.

Un abrazo,
Lucía Ortega Benítez
Responsable de Personas – Dentaris Clínicas Andalucía
Calle Larios 14, 29005 Málaga · 952 55 41 07
""", parent="malaga_invite", quote="gt", cs="windows-1252", cte="8bit"),

    m("malaga_contract", OF, "es", "Dentaris Clínicas",
      "Lucía Ortega Benítez <lucia.ortega@dentaris.example.es>",
      "Contrato para firma – Dentaris Clínicas",
      "2026-07-24 10:15 +0200", """
Hola de nuevo, Annelie:

Como te comentaba por teléfono, te adjunto el contrato de trabajo y el anexo con las condiciones salariales. Puedes firmarlo digitalmente o imprimirlo y enviárnoslo escaneado antes del 31 de julio.

Gracias y bienvenida al equipo.

Lucía
""", parent="malaga_offer", quote="gt", html="alt", cte="base64",
      pdf=[("Contrato_Brockmann-Uzor.pdf",
            ["Contrato de trabajo indefinido", "Dentaris Clinicas - Annelie Brockmann-Uzor",
             "Puesto: Coordinadora de Clinica, Malaga Centro", "Firma: ________________"])]),
]
