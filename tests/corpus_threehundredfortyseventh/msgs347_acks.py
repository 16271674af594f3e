"""Corpus 347, acknowledgements of applications (ATS, job board and human)."""

from __future__ import annotations

from msgs347_common import spec

MESSAGES = [
    spec(
        id="alpendata_eingang", kind="application_received", lang="de",
        company="Alpendata Rechenzentren", contact="",
        frm=("Alpendata Rechenzentren", "alpendata-noreply@icims.com"),
        subject="Bestätigung: Ihre Bewerbung als Data Center Facility Technician (m/w/d)",
        date="2026-02-10 21:14 +0000", layout="alt", brand="ALPENDATA", color="#0b3d5c",
        body="""Sehr geehrter Herr Oberhuber-Mensah,

vielen Dank für Ihre Bewerbung als Data Center Facility Technician (m/w/d) in Wien.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung und melden
uns, sobald wir eine Entscheidung über das weitere Vorgehen getroffen haben.

Referenznummer: 2026-0412

Ihr Talent-Acquisition-Team
Alpendata Rechenzentren GmbH""",
    ),
    spec(
        id="rosner_eingelangt", kind="application_received", lang="de",
        company="Rosner Facility Group", contact="birgit.pail@rosner-facility.example.at",
        frm=("Pail Birgit", "birgit.pail@rosner-facility.example.at"),
        subject="AW: Bewerbung Haustechniker Objektbetreuung Graz-Süd",
        date="2026-01-14 08:33 +0100", charset="windows-1252", cte="quoted-printable",
        body="""Sehr geehrter Herr Oberhuber-Mensah,

danke für Ihre Bewerbung, sie ist gut bei uns eingelangt. Die Bewerbungsfrist läuft noch
bis 23. Jänner; danach sichten wir alle Unterlagen und melden uns bei Ihnen.

Mit freundlichen Grüßen

i. A. Birgit Pail
HR Business Partner
Rosner Facility Group GmbH
Wetzelsdorfer Straße 33, 8052 Graz

-----Ursprüngliche Nachricht-----
Von: Tobias Oberhuber-Mensah <tobias.oberhuber@example.at>
Gesendet: Montag, 12. Jänner 2026 21:05
An: bewerbung@rosner-facility.example.at
Betreff: Bewerbung Haustechniker Objektbetreuung Graz-Süd

Sehr geehrte Damen und Herren,
anbei meine Bewerbung für die Stelle als Haustechniker in der Objektbetreuung Graz-Süd.
Mit freundlichen Grüßen
Tobias Oberhuber-Mensah""",
    ),
    spec(
        id="isarklima_eingang", kind="application_received", lang="de",
        company="Isarklima Gebäudetechnik", contact="",
        frm=("Isarklima Gebäudetechnik", "isarklima@recruitee.com"),
        subject="Danke für Ihre Bewerbung bei Isarklima!", date="2026-04-08 18:52 +0000",
        layout="html", brand="Isarklima", color="#0a7d4f",
        body="""Hallo Tobias Oberhuber-Mensah,

schön, dass Sie sich für die Stelle Projekttechniker MSR (m/w/d) in München interessieren.
Ihre Bewerbung ist bei uns angekommen.

Wir melden uns innerhalb von zwei Wochen mit einer Rückmeldung.

Beste Grüße
Ihr Isarklima Recruiting-Team""",
    ),
    spec(
        id="ingjobs_zuriga_uebermittelt", kind="application_received", lang="de",
        company="Zuriga Lifts", contact="", frm=("IngJobs", "noreply@ingjobs.example.com"),
        subject="Ihre Bewerbung wurde an Zuriga Lifts AG übermittelt",
        subj_enc=("iso-8859-1", "b"), date="2026-03-12 19:03 +0000",
        layout="alt", brand="IngJobs", color="#006d5b",
        body="""Hallo Tobias,

Ihre Bewerbung für die Stelle "Inbetriebnahmetechniker Aufzüge (100 %)" wurde erfolgreich
an Zuriga Lifts AG übermittelt und vom Arbeitgeber empfangen.

Den Status Ihrer Bewerbung sehen Sie jederzeit unter "Meine Bewerbungen".

Tipp: Mit einem vollständigen Profil erhöhen Sie Ihre Chancen um bis zu 40 %.

Ihr IngJobs-Team""",
    ),
    spec(
        id="helvex_eingang", kind="application_received", lang="de",
        company="Helvex Gebäudetechnik", contact="",
        frm=("Helvex Gebäudetechnik AG", "helvex@successfactors.eu"),
        subject="Eingangsbestätigung Ihrer Bewerbung", date="2026-07-20 10:44 +0000",
        charset="iso-8859-1", cte="quoted-printable",
        body="""Sehr geehrter Herr Oberhuber-Mensah

Besten Dank für Ihre Bewerbung als Servicetechniker Gebäudeautomation in Zürich. Ihr Dossier
ist vollständig bei uns eingegangen.

Aufgrund der grossen Anzahl an Bewerbungen ist es uns leider nicht möglich, jede Bewerbung
individuell zu beantworten. Wir melden uns bei Ihnen, sobald wir Ihr Dossier geprüft haben.

Freundliche Grüsse
Helvex Gebäudetechnik AG
Human Resources""",
    ),
    spec(
        id="gleisdorf_eingang", kind="application_received", lang="de",
        company="Stadtwerke Gleisdorf", contact="",
        frm=("Stadtwerke Gleisdorf", "noreply@softgarden.io"),
        subject="Eingangsbestätigung – Elektrotechniker/in Netzleitstelle",
        date="2026-05-20 05:58 +0000", layout="alt", cte="base64",
        body="""Sehr geehrter Herr Oberhuber-Mensah,

wir haben Ihre Bewerbung als Elektrotechniker/in Netzleitstelle erhalten und bedanken uns
für Ihr Interesse an den Stadtwerken Gleisdorf.

Nach Ende der Bewerbungsfrist am 12. Juni prüfen wir alle Unterlagen. Bitte haben Sie
Verständnis, dass dies einige Zeit in Anspruch nehmen kann.

Mit freundlichen Grüßen
Stadtwerke Gleisdorf – Personalverwaltung""",
    ),
    spec(
        id="northbeam_lever_received", kind="application_received", lang="en",
        company="Northbeam Datacenters", contact="",
        frm=("Northbeam Datacenters", "no-reply@hire.lever.co"),
        subject="Thanks for applying to Northbeam Datacenters!", date="2026-02-20 13:31 +0000",
        layout="alt",
        body="""Hi Tobias,

Thanks for your interest in Northbeam Datacenters! We've received your application for
Critical Environment Technician - Munich, and our team is reviewing it.

If your background is a match, we'll reach out to discuss next steps. In the meantime, you
can learn more about life at Northbeam on our careers page.

Cheers,
Northbeam Talent Acquisition""",
    ),
    spec(
        id="emona_ashby_received", kind="application_received", lang="en",
        company="Emona Facility Partners", contact="",
        frm=("Emona Facility Partners Hiring Team", "no-reply@ashbyhq.com"),
        subject="We received your application", date="2026-07-28 14:07 +0000",
        layout="html",
        body="""Hi Tobias,

Thank you for applying for the Building Systems Technician (BMS) role at Emona Facility
Partners in Ljubljana. This email confirms we have received your application.

We read every application, but please note that we are unable to reply to each applicant
individually. We will contact you if you are selected for an interview.

Best wishes,
Emona Facility Partners""",
    ),
    spec(
        id="triglav_received", kind="application_received", lang="en",
        company="Triglav Rail Systems", contact="ana.zupan@triglav-rail.example.si",
        frm=("Ana Zupan", "ana.zupan@triglav-rail.example.si"),
        subject="RE: Application - Signalling Commissioning Technician",
        date="2026-06-30 09:17 +0200", cte="7bit",
        body="""Dear Mr Oberhuber-Mensah,

Thank you for your application for the Signalling Commissioning Technician position. I
confirm that we have received your CV and certificates.

The vacancy closes on 10 July. We will review all applications after that date and contact
shortlisted candidates by the end of July.

Kind regards,
Ana Zupan
HR Specialist | Triglav Rail Systems""",
    ),
    spec(
        id="rhenans_accuse", kind="application_received", lang="fr",
        company="Ascenseurs Rhénans", contact="",
        frm=("Ascenseurs Rhénans - Recrutement", "ascenseurs-rhenans@taleo.net"),
        subject="Accusé de réception de votre candidature", date="2026-06-03 07:22 +0000",
        charset="iso-8859-1", cte="quoted-printable",
        body="""Monsieur,

Nous accusons réception de votre candidature au poste de Technicien de mise en service
ascenseurs (H/F) - référence ASR-2026-118.

Votre dossier va être étudié avec la plus grande attention. Nous reviendrons vers vous dans
les meilleurs délais.

Le service Recrutement
Ascenseurs Rhénans

Ce message est généré automatiquement, merci de ne pas y répondre.""",
    ),
    spec(
        id="signaux_est_bien_recu", kind="application_received", lang="fr",
        company="Signaux Est", contact="laure.muller@signaux-est.example.fr",
        frm=("Laure Muller", "laure.muller@signaux-est.example.fr"), name_enc=("utf-8", "b"),
        subject="RE: Candidature technicien mise en service signalisation",
        date="2026-05-06 12:02 +0200", cte="8bit",
        body="""Bonjour Monsieur,

Je vous confirme la bonne réception de votre candidature, que j'ai transmise au responsable
de l'activité mise en service. Je reviendrai vers vous d'ici deux à trois semaines.

Bien cordialement,

Laure Muller
Responsable RH – Signaux Est""",
    ),
    spec(
        id="facilalsace_recue", kind="application_received", lang="fr",
        company="FacilAlsace", contact="", frm=("FacilAlsace", "noreply@workablemail.com"),
        subject="Nous avons bien reçu votre candidature", date="2026-06-15 16:40 +0000",
        layout="alt", cte="base64",
        body="""Bonjour Tobias,

Merci de l'intérêt que vous portez à FacilAlsace ! Votre candidature au poste de Technicien
multitechnique GTB – Strasbourg nous est bien parvenue.

En raison du nombre important de candidatures, nous ne pouvons pas répondre
individuellement à chacune d'entre elles. Si votre profil correspond à nos besoins, nous
vous contacterons dans un délai de trois semaines.

L'équipe recrutement FacilAlsace""",
    ),
    spec(
        id="bilbo_dc_recibida", kind="application_received", lang="es",
        company="Bilbo Datacenter", contact="",
        frm=("Bilbo Datacenter", "notifications@bamboohr.com"),
        subject="Gracias por tu candidatura a Bilbo Datacenter", date="2026-07-13 08:12 +0000",
        layout="html",
        body="""Hola Tobias,

Gracias por tu interés en el puesto de Técnico de Infraestructura Crítica. Hemos recibido tu
candidatura y la revisaremos con atención.

Si tu perfil encaja, nos pondremos en contacto contigo para los siguientes pasos.

Saludos,
Equipo de Talento de Bilbo Datacenter""",
    ),
    spec(
        id="cantabrica_recibida", kind="application_received", lang="es",
        company="Señalización Ferroviaria Cantábrica", contact="",
        frm=("Señalización Ferroviaria Cantábrica", "cantabrica-noreply@icims.com"),
        subject="Confirmación de candidatura - Técnico/a de Puesta en Servicio",
        date="2026-09-10 11:30 +0000", charset="windows-1252", cte="quoted-printable",
        body="""Estimado/a Tobias Oberhuber-Mensah:

Le confirmamos que hemos recibido correctamente su candidatura al puesto de Técnico/a de
Puesta en Servicio (Ref. SFC-0917).

Debido al elevado número de solicitudes, no nos es posible responder de forma individual a
todas ellas. Si su perfil resulta seleccionado, nos pondremos en contacto con usted.

Atentamente,
Departamento de Personas
Señalización Ferroviaria Cantábrica""",
    ),
]
