# ruff: noqa: C408  (every message is written as a dict(...) spec on purpose)
"""Corpus 278, kinds `application_received` (21) and `offer` (10), all hand-written."""

from msgs278_common import (
    CAND_ADDR,
    CAND_NAME,
    ats_card,
    outlook_html,
    reply,
    simple_html,
)

ACKS = [
    # 1 ---------------------------------------------------------------------------------
    dict(
        kind="application_received", slug="suirvalley_workday_ack", lang="en",
        company="Suir Valley Bus", contact="",
        frm=("Suir Valley Bus Careers", "suirvalleybus@myworkday.com"),
        subject="Thank you for applying: Transport Scheduler (R-0142)",
        date="2026-01-14 21:03 +0000",
        text=(
            "Hello Cormac,\n\n"
            "Thank you for your interest in Suir Valley Bus. This email confirms that we have "
            "received your application for Transport Scheduler (R-0142), Waterford.\n\n"
            "What happens next: our recruitment team will review your application against the "
            "requirements of the role. You can follow the status of your application at any "
            "time from the Candidate Home page of our careers site.\n\n"
            "Suir Valley Bus Talent Acquisition\n\n"
            "This is an automated message from Workday. Please do not reply.\n"
        ),
        html=ats_card(
            "Suir Valley Bus", "#005b96",
            "Hello Cormac,\n\n"
            "Thank you for your interest in Suir Valley Bus. This email confirms that we have "
            "received your application for Transport Scheduler (R-0142), Waterford.\n\n"
            "What happens next: our recruitment team will review your application against the "
            "requirements of the role. You can follow the status of your application at any "
            "time from the Candidate Home page of our careers site.\n\n"
            "Suir Valley Bus Talent Acquisition",
            button=("Candidate Home",
                    "https://suirvalleybus.wd3.myworkdayjobs.com/en-IE/careers/userHome"),
            footer="This is an automated message from Workday. Please do not reply.",
        ),
    ),
    # 2 ---------------------------------------------------------------------------------
    dict(
        kind="application_received", slug="norelink_greenhouse_ack", lang="en",
        company="Nore Link Rail", contact="",
        frm=("Nore Link Rail", "no-reply@greenhouse-mail.io"),
        subject="Thanks for applying to Nore Link Rail!",
        date="2026-01-20 08:14 +0000",
        text=(
            "Hi Cormac,\n\n"
            "Thanks for applying for the Rail Operations Scheduler role at Nore Link Rail. "
            "Your application is in, and a member of our team will look at it over the coming "
            "weeks.\n\n"
            "We receive a large number of applications for every vacancy and, unfortunately, "
            "we cannot reply to every applicant individually. If your experience is a fit, "
            "someone from the talent team will contact you to arrange next steps.\n\n"
            "Thanks again,\n"
            "The Nore Link Rail Talent Team\n"
        ),
        html=ats_card(
            "Nore Link Rail", "#24a47f",
            "Hi Cormac,\n\n"
            "Thanks for applying for the Rail Operations Scheduler role at Nore Link Rail. "
            "Your application is in, and a member of our team will look at it over the coming "
            "weeks.\n\n"
            "We receive a large number of applications for every vacancy and, unfortunately, "
            "we cannot reply to every applicant individually. If your experience is a fit, "
            "someone from the talent team will contact you to arrange next steps.\n\n"
            "Thanks again,\nThe Nore Link Rail Talent Team",
            footer="Powered by Greenhouse.",
        ),
    ),
    # 3 ---------------------------------------------------------------------------------
    dict(
        kind="application_received", slug="comeragh_taleo_ack", lang="en",
        company="Comeragh County Council", contact="",
        frm=("Comeragh County Council Recruitment", "comeraghcoco@taleo.net"),
        subject="Application received - 2026/HR/014 Transport Scheduling Officer (Grade 5)",
        date="2026-02-09 23:58 +0000",
        cte="quoted-printable",
        text=(
            "Dear Cormac Lindqvist-Otieno,\n\n"
            "Your application for competition 2026/HR/014 Transport Scheduling Officer "
            "(Grade 5) was submitted successfully on 09/02/2026 at 23:57. Your candidate "
            "number is 140-0087. Please quote it in all correspondence.\n\n"
            "Shortlisting may be carried out on the basis of the information supplied in your "
            "application form. Regrettably, owing to the volume of applications, the Council "
            "is unable to respond individually to queries about the progress of applications; "
            "candidates invited to the next stage will be contacted by email.\n\n"
            "Human Resources Department\n"
            "Comeragh County Council\n\n"
            "Please do not reply to this message. This mailbox is not monitored.\n"
        ),
    ),
    # 4 ---------------------------------------------------------------------------------
    dict(
        kind="application_received", slug="leefreight_lever_ack", lang="en",
        company="Lee Freight Logistics", contact="",
        frm=("Lee Freight Logistics", "no-reply@hire.lever.co"),
        subject="Lee Freight Logistics - We got your application",
        date="2026-03-03 13:26 +0000",
        text=(
            "Hi Cormac,\n\n"
            "We got your application for Transport Planner (Cork). Thank you!\n\n"
            "Our hiring team reviews every application and we'll be in touch if there's a "
            "match. In the meantime, you can learn more about life at Lee Freight on our "
            "website.\n\n"
            "Best,\n"
            "Lee Freight Logistics\n\n"
            "---\n"
            "Sent via Lever. To withdraw your application, visit "
            "https://jobs.lever.co/leefreight/withdraw\n"
        ),
    ),
    # 5 ---------------------------------------------------------------------------------
    dict(
        kind="application_received", slug="liffey_smartrecruiters_ack", lang="en",
        company="Liffey Transit Partners", contact="",
        frm=("Liffey Transit Partners", "noreply@smartrecruiters.com"),
        subject="Application received: Network Scheduling Analyst",
        date="2026-01-26 10:10 +0000",
        html=ats_card(
            "Liffey Transit Partners", "#0b6e4f",
            "Dear Cormac,\n\n"
            "Thank you for applying for the position of Network Scheduling Analyst "
            "(LTP-2026-031). We confirm that your application has been successfully "
            "submitted.\n\n"
            "Our team will carefully review your profile. If it matches our requirements, we "
            "will contact you regarding the next steps in the process.\n\n"
            "Best regards,\nTalent Acquisition\nLiffey Transit Partners",
            footer="Powered by SmartRecruiters. Please do not reply to this email.",
            title="Application received",
        ),
    ),
    # 6 ---------------------------------------------------------------------------------
    dict(
        kind="application_received", slug="blackwater_successfactors_ack", lang="en",
        company="Blackwater University", contact="",
        frm=("Blackwater University Recruitment", "blackwateruni@successfactors.eu"),
        subject="Blackwater University - Application Acknowledgement - Job Req 40871",
        date="2026-04-14 16:33 +0100",
        text=(
            "Dear Cormac,\n\n"
            "This is to acknowledge receipt of your application for the post of Campus "
            "Mobility Scheduling Coordinator, Estates and Transport Office (Job Req 40871).\n\n"
            "The closing date for this competition is 28 April 2026. Shortlisting will take "
            "place after the closing date and you will be informed of the outcome by email.\n\n"
            "Blackwater University is an equal opportunities employer.\n\n"
            "Regards,\n"
            "Human Resources Recruitment Team\n"
            "Blackwater University\n"
        ),
        html=simple_html(
            "Dear Cormac,\n\n"
            "This is to acknowledge receipt of your application for the post of Campus "
            "Mobility Scheduling Coordinator, Estates and Transport Office (Job Req 40871).\n\n"
            "The closing date for this competition is 28 April 2026. Shortlisting will take "
            "place after the closing date and you will be informed of the outcome by email.\n\n"
            "Blackwater University is an equal opportunities employer.\n\n"
            "Regards,\n"
            "Human Resources Recruitment Team\n"
            "Blackwater University",
        ),
        cte="base64",
    ),
    # 7 ---------------------------------------------------------------------------------
    dict(
        kind="application_received", slug="harbourline_registration", lang="en",
        company="Harbourline Recruitment", contact="roisin.barry@harbourline.example.ie",
        frm=("Róisín Barry", "roisin.barry@harbourline.example.ie"),
        frm_enc="utf-8:B",
        subject="Welcome to Harbourline - you're registered",
        date="2026-04-20 15:12 +0100",
        text=(
            "Hi Cormac,\n\n"
            "Great to speak with you earlier. Just confirming that you're now registered with "
            "Harbourline Recruitment and your CV is on our system for transport planning, "
            "scheduling and dispatch roles in Munster and the south-east.\n\n"
            "As agreed, I won't send your CV to any employer without checking with you first. "
            "You can update your preferences or ask us to delete your details at any time by "
            "replying to this email.\n\n"
            "I'll be in touch as soon as I have something that fits.\n\n"
            "Róisín\n\n"
            "Róisín Barry | Senior Consultant\n"
            "Harbourline Recruitment | 3 Lapp's Quay, Cork T12 RX66\n"
            "021 555 0166 | harbourline.example.ie\n"
        ),
        cte="base64",
    ),
    # 8 ---------------------------------------------------------------------------------
    dict(
        kind="application_received", slug="kestrel_registration", lang="en",
        company="Kestrel Talent", contact="darragh.nolan@kestreltalent.example.ie",
        frm=("Kestrel Talent", "registrations@kestreltalent.example.ie"),
        reply_to=("Darragh Nolan", "darragh.nolan@kestreltalent.example.ie"),
        subject="Your registration with Kestrel Talent is complete",
        date="2026-05-08 09:00 +0100",
        text=(
            "Dear Cormac,\n\n"
            "Thank you for registering with Kestrel Talent. Your profile and CV have been "
            "added to our candidate database and assigned to your consultant, Darragh Nolan "
            "(Supply Chain & Transport).\n\n"
            "Under GDPR, we need your consent to keep your details on file. Please confirm "
            "here: https://kestreltalent.example.ie/consent?c=88213\n\n"
            "Darragh will contact you directly about any role before your CV is shared. You "
            "can reply to this email to reach him.\n\n"
            "Kind regards,\n"
            "Kestrel Talent Candidate Services\n"
            "14 Fitzwilliam Place, Dublin 2\n"
        ),
        html=simple_html(
            "Dear Cormac,\n\n"
            "Thank you for registering with Kestrel Talent. Your profile and CV have been "
            "added to our candidate database and assigned to your consultant, Darragh Nolan "
            "(Supply Chain & Transport).\n\n"
            "Under GDPR, we need your consent to keep your details on file. Please confirm "
            "here: https://kestreltalent.example.ie/consent?c=88213\n\n"
            "Darragh will contact you directly about any role before your CV is shared. You "
            "can reply to this email to reach him.\n\n"
            "Kind regards,\n"
            "Kestrel Talent Candidate Services\n"
            "14 Fitzwilliam Place, Dublin 2",
        ),
    ),
    # 9 ---------------------------------------------------------------------------------
    dict(
        kind="application_received", slug="barrow_got_your_cv", lang="en",
        company="Barrow Valley Coaches", contact="pat@barrowvalleycoaches.example.ie",
        frm=("Pat Brophy", "pat@barrowvalleycoaches.example.ie"),
        subject="Re: Planner job",
        date="2026-06-02 08:05 +0100",
        refs=["barrow_own_application"],
        text=reply(
            "Got your CV Cormac, thanks. I'll have a proper look at it tonight after the "
            "school runs.\n\n"
            "Pat\n",
            "en", "Mon, 1 Jun 2026 at 21:40", CAND_NAME, CAND_ADDR,
            "Hi Pat,\n\n"
            "Ger Walsh in the Waterford depot told me you're looking for someone to take over "
            "the planning for the school and private hire work. I've attached my CV. I've been "
            "driving for eleven years and I've covered the duty board at Suirside for the "
            "last two.\n\n"
            "Would be great to have a chat if you think it's worth it.\n\n"
            "Cormac\n",
        ),
    ),
    # 10 --------------------------------------------------------------------------------
    dict(
        kind="application_received", slug="celticquay_icims_ack", lang="en",
        company="Celtic Quay Logistics", contact="",
        frm=("Celtic Quay Logistics Careers", "no-reply@icims.com"),
        subject="Celtic Quay Logistics: Application Submitted - Transport Planner",
        date="2026-06-08 12:44 +0000",
        html=ats_card(
            "Celtic Quay Logistics", "#003b71",
            "Dear Cormac,\n\n"
            "Your application for Transport Planner (Req #2026-0419) has been submitted. "
            "Thank you for considering a career with Celtic Quay Logistics.\n\n"
            "Please note that we can only contact applicants who are selected to move "
            "forward. You may log in to the careers portal to review your submission.\n\n"
            "Celtic Quay Logistics Talent Acquisition",
            button=("Log in to the careers portal",
                    "https://careers-celticquay.icims.com/jobs/login"),
            footer="Please do not reply to this automated message.",
        ),
        html_cte="quoted-printable",
    ),
    # 11 --------------------------------------------------------------------------------
    dict(
        kind="application_received", slug="fleetwise_ashby_ack", lang="en",
        company="Fleetwise Routing", contact="",
        frm=("Fleetwise Routing", "no-reply@ashbyhq.com"),
        subject="Thanks for applying to Fleetwise Routing",
        date="2026-07-02 07:51 +0100",
        text=(
            "Hi Cormac,\n\n"
            "Thanks for applying for Implementation Specialist (Scheduling). We've received "
            "your application and the hiring team will review it shortly.\n\n"
            "We aim to get back to every candidate within two weeks.\n\n"
            "- The Fleetwise Routing team\n"
        ),
    ),
    # 12 --------------------------------------------------------------------------------
    dict(
        kind="application_received", slug="dublin_bay_bamboohr_ack", lang="en",
        company="Dublin Bay Shuttle", contact="",
        frm=("Dublin Bay Shuttle", "notifications@bamboohr.com"),
        subject="Dublin Bay Shuttle: we've received your application",
        date="2026-08-17 10:02 +0000",
        text=(
            "Hi Cormac,\n\n"
            "Thank you for applying for the Service Scheduler position at Dublin Bay "
            "Shuttle. Your CV and answers have reached our People Team.\n\n"
            "We'll review all applications after the closing date on 21 August and will be "
            "in touch either way.\n\n"
            "Thanks,\n"
            "Dublin Bay Shuttle People Team\n\n"
            "This message was sent from BambooHR.\n"
        ),
        html=ats_card(
            "Dublin Bay Shuttle", "#73c41d",
            "Hi Cormac,\n\n"
            "Thank you for applying for the Service Scheduler position at Dublin Bay "
            "Shuttle. Your CV and answers have reached our People Team.\n\n"
            "We'll review all applications after the closing date on 21 August and will be "
            "in touch either way.\n\n"
            "Thanks,\nDublin Bay Shuttle People Team",
            footer="This message was sent from BambooHR.",
        ),
    ),
    # 13 (de) ---------------------------------------------------------------------------
    dict(
        kind="application_received", slug="rheinufer_personio_eingang", lang="de",
        company="Rheinufer Verkehrsbetriebe", contact="",
        frm=("Rheinufer Verkehrsbetriebe GmbH", "no-reply@personio.de"),
        subject="Eingangsbestätigung Ihrer Bewerbung",
        subj_enc="utf-8:Q",
        date="2026-03-30 09:14 +0200",
        text=(
            "Sehr geehrter Herr Lindqvist-Otieno,\n\n"
            "vielen Dank für Ihre Bewerbung als Dienstplaner/in Fahrdienst (m/w/d) und Ihr "
            "Interesse an den Rheinufer Verkehrsbetrieben.\n\n"
            "Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung "
            "sorgfältig und melden uns in den nächsten Wochen bei Ihnen.\n\n"
            "Mit freundlichen Grüßen\n"
            "Ihr Recruiting-Team der Rheinufer Verkehrsbetriebe\n\n"
            "Diese Nachricht wurde automatisch erstellt.\n"
        ),
        html=ats_card(
            "Rheinufer Verkehrsbetriebe", "#d40f14",
            "Sehr geehrter Herr Lindqvist-Otieno,\n\n"
            "vielen Dank für Ihre Bewerbung als Dienstplaner/in Fahrdienst (m/w/d) und Ihr "
            "Interesse an den Rheinufer Verkehrsbetrieben.\n\n"
            "Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung "
            "sorgfältig und melden uns in den nächsten Wochen bei Ihnen.\n\n"
            "Mit freundlichen Grüßen\n"
            "Ihr Recruiting-Team der Rheinufer Verkehrsbetriebe",
            lang="de",
            footer="Diese Nachricht wurde automatisch erstellt. Datenschutzhinweise: "
                   "https://rheinufer-vb.example.de/datenschutz",
        ),
        cte="quoted-printable",
    ),
    # 14 (de) ---------------------------------------------------------------------------
    dict(
        kind="application_received", slug="reisholz_softgarden_eingang", lang="de",
        company="Reisholzer Hafenlogistik", contact="",
        frm=("Reisholzer Hafenlogistik GmbH", "noreply@softgarden.io"),
        subject="Ihre Bewerbung bei der Reisholzer Hafenlogistik GmbH",
        date="2026-04-27 18:20 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Guten Tag Herr Lindqvist-Otieno,\n\n"
            "wir bestätigen den Eingang Ihrer Bewerbung für die Position Disponent "
            "Hafenverkehre (m/w/d).\n\n"
            "Leider können wir nicht jede Bewerbung sofort persönlich beantworten. Ihre "
            "Unterlagen werden von der Fachabteilung gesichtet; Sie hören spätestens in drei "
            "Wochen von uns.\n\n"
            "Den Status Ihrer Bewerbung sehen Sie jederzeit in Ihrem softgarden-Konto.\n\n"
            "Freundliche Grüße\n"
            "Ihr Personalteam\n"
            "Reisholzer Hafenlogistik GmbH\n"
        ),
    ),
    # 15 (de) ---------------------------------------------------------------------------
    dict(
        kind="application_received", slug="kreisverwaltung_eingangsbestaetigung", lang="de",
        company="Kreisverwaltung Rhein-Düssel", contact="b.schaefer@kreis-rheinduessel.example.de",
        frm=("Schäfer, Brigitte", "b.schaefer@kreis-rheinduessel.example.de"),
        frm_enc="iso-8859-1:B",
        subject="Ihre Bewerbung - Verfahren 2026-118",
        subj_enc="iso-8859-1:Q",
        date="2026-07-06 11:30 +0200",
        charset="iso-8859-1", cte="8bit",
        text=(
            "Sehr geehrter Herr Lindqvist-Otieno,\n\n"
            "hiermit bestätigen wir den Eingang Ihrer Bewerbung vom 2. Juli 2026 auf die "
            "Stelle Sachbearbeitung Verkehrsplanung ÖPNV (Kennziffer 2026-118).\n\n"
            "Die Bewerbungsfrist endet am 24. Juli. Im Anschluss trifft die "
            "Auswahlkommission eine Vorauswahl. Bitte sehen Sie bis dahin von Nachfragen ab.\n\n"
            "Mit freundlichen Grüßen\n"
            "Im Auftrag\n"
            "Brigitte Schäfer\n"
            "Amt 10 - Personal und Organisation\n"
            "Kreisverwaltung Rhein-Düssel\n"
            "Telefon: 02104 00 0000\n"
        ),
    ),
    # 16 (fr) ---------------------------------------------------------------------------
    dict(
        kind="application_received", slug="deule_teamtailor_accuse", lang="fr",
        company="Transports de la Deûle", contact="",
        frm=("Transports de la Deûle", "no-reply@teamtailor-mail.com"),
        frm_enc="utf-8:Q",
        subject="Nous avons bien reçu votre candidature",
        subj_enc="utf-8:Q",
        date="2026-03-23 14:48 +0100",
        text=(
            "Bonjour Cormac,\n\n"
            "Merci pour votre candidature au poste de Chargé(e) de planification des "
            "services. Elle a bien été enregistrée et sera étudiée avec attention par notre "
            "équipe recrutement.\n\n"
            "Nous reviendrons vers vous dans les meilleurs délais.\n\n"
            "L'équipe Talents – Transports de la Deûle\n"
        ),
        html=ats_card(
            "Transports de la Deûle", "#e4003a",
            "Bonjour Cormac,\n\n"
            "Merci pour votre candidature au poste de Chargé(e) de planification des "
            "services. Elle a bien été enregistrée et sera étudiée avec attention par notre "
            "équipe recrutement.\n\n"
            "Nous reviendrons vers vous dans les meilleurs délais.\n\n"
            "L'équipe Talents – Transports de la Deûle",
            lang="fr",
            footer="Propulsé par Teamtailor. Gérer mes données : "
                   "https://transports-deule.teamtailor.example.fr/connect",
        ),
        cte="base64",
    ),
    # 17 (fr) ---------------------------------------------------------------------------
    dict(
        kind="application_received", slug="fret_rail_workable_accuse", lang="fr",
        company="Fret Rail Artois", contact="",
        frm=("Fret Rail Artois", "noreply@workablemail.com"),
        subject="Candidature reçue : Planificateur sillons (H/F)",
        subj_enc="utf-8:B",
        date="2026-04-22 07:40 +0200",
        text=(
            "Bonjour Cormac,\n\n"
            "Merci d'avoir postulé chez Fret Rail Artois pour le poste de Planificateur "
            "sillons (H/F) basé à Lille. Votre dossier a été transmis à l'équipe de "
            "recrutement.\n\n"
            "Si votre profil correspond à nos besoins, nous vous contacterons pour la suite "
            "du processus.\n\n"
            "Cordialement,\n"
            "L'équipe Fret Rail Artois\n\n"
            "Envoyé via Workable\n"
        ),
        cte="quoted-printable",
    ),
    # 18 (fr) ---------------------------------------------------------------------------
    dict(
        kind="application_received", slug="beffroi_inscription", lang="fr",
        company="Intérim Beffroi", contact="sandrine.leroy@interim-beffroi.example.fr",
        frm=("Sandrine Leroy - Intérim Beffroi", "sandrine.leroy@interim-beffroi.example.fr"),
        frm_enc="utf-8:B",
        subject="Votre inscription chez Intérim Beffroi",
        subj_enc="utf-8:Q",
        date="2026-05-12 12:10 +0200",
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Bonjour Cormac,\n\n"
            "Suite à notre échange téléphonique, je vous confirme votre inscription dans "
            "notre agence. Votre CV a bien été reçu et votre dossier candidat est créé.\n\n"
            "Pour le compléter, merci de m’envoyer :\n"
            "– une copie de votre pièce d’identité ;\n"
            "– votre permis de conduire (catégorie D) ;\n"
            "– un RIB.\n\n"
            "Je vous recontacte dès qu’un poste de planification ou d’exploitation "
            "transport correspond à votre profil.\n\n"
            "Bien à vous,\n"
            "Sandrine Leroy\n"
            "Consultante recrutement – Intérim Beffroi\n"
            "5 place du Théâtre, 59000 Lille – 03 20 11 22 33\n"
        ),
    ),
    # 19 (es) ---------------------------------------------------------------------------
    dict(
        kind="application_received", slug="autobuses_ebro_recruitee_acuse", lang="es",
        company="Autobuses del Ebro", contact="",
        frm=("Autobuses del Ebro", "noreply@jobs.recruitee.com"),
        subject="Hemos recibido tu candidatura",
        date="2026-02-16 19:44 +0100",
        text=(
            "Hola Cormac:\n\n"
            "¡Gracias por tu interés en Autobuses del Ebro! Hemos recibido tu candidatura "
            "para Técnico/a de Planificación de Servicios.\n\n"
            "Nuestro equipo la revisará y, si tu perfil encaja, nos pondremos en contacto "
            "contigo.\n\n"
            "Saludos,\n"
            "Equipo de Selección – Autobuses del Ebro\n"
        ),
        html=ats_card(
            "Autobuses del Ebro", "#c0392b",
            "Hola Cormac:\n\n"
            "¡Gracias por tu interés en Autobuses del Ebro! Hemos recibido tu candidatura "
            "para Técnico/a de Planificación de Servicios.\n\n"
            "Nuestro equipo la revisará y, si tu perfil encaja, nos pondremos en contacto "
            "contigo.\n\n"
            "Saludos,\nEquipo de Selección – Autobuses del Ebro",
            lang="es",
            footer="Enviado con Recruitee. Este buzón no admite respuestas.",
        ),
        cte="base64",
    ),
    # 20 (es) ---------------------------------------------------------------------------
    dict(
        kind="application_received", slug="moncayo_acuse", lang="es",
        company="Plataforma Logística Moncayo", contact="lucia.sancho@plmoncayo.example.es",
        frm=("Lucía Sancho", "lucia.sancho@plmoncayo.example.es"),
        frm_enc="iso-8859-1:B",
        subject="Re: Candidatura Planificador de Rutas",
        date="2026-04-08 09:22 +0200",
        refs=["moncayo_own_candidatura@example.ie"],
        charset="iso-8859-1", cte="quoted-printable",
        text=reply(
            "Buenos días, Cormac:\n\n"
            "Te confirmo que hemos recibido tu currículum para el puesto de Planificador/a de "
            "Rutas. Lo revisaremos esta semana con el jefe de tráfico y te diré algo en cuanto "
            "tengamos una preselección.\n\n"
            "Un saludo,\n"
            "Lucía Sancho\n"
            "Responsable de RR. HH.\n"
            "Plataforma Logística Moncayo\n",
            "es", "mar, 7 abr 2026 a las 22:15", CAND_NAME, CAND_ADDR,
            "Buenas noches:\n\n"
            "Adjunto mi currículum para la oferta de Planificador/a de Rutas publicada en "
            "vuestra web. Tengo once años de experiencia como conductor profesional en "
            "Irlanda y estoy aprendiendo español.\n\n"
            "Saludos cordiales,\n"
            "Cormac Lindqvist-Otieno\n",
        ),
    ),
    # 21 (es) ---------------------------------------------------------------------------
    dict(
        kind="application_received", slug="talento_aragon_registro", lang="es",
        company="Talento Aragón Selección", contact="raul.gimeno@talentoaragon.example.es",
        frm=("Talento Aragón Selección", "candidatos@talentoaragon.example.es"),
        frm_enc="utf-8:Q",
        reply_to=("Raúl Gimeno", "raul.gimeno@talentoaragon.example.es"),
        rt_enc="utf-8:Q",
        subject="Alta completada en Talento Aragón Selección",
        subj_enc="utf-8:Q",
        date="2026-08-03 10:40 +0200",
        text=(
            "Hola Cormac:\n\n"
            "Tu alta como candidato en Talento Aragón Selección se ha completado "
            "correctamente y tu CV ya está en nuestra base de datos. Tu consultor de "
            "referencia será Raúl Gimeno (Transporte y Logística), que te escribirá cuando "
            "haya un proceso adecuado.\n\n"
            "Puedes responder a este correo para hablar directamente con él.\n\n"
            "Un saludo,\n"
            "Talento Aragón Selección\n"
            "Paseo de Sagasta 20, 50006 Zaragoza\n\n"
            "Responsable del tratamiento: Talento Aragón Selección, S.L. Finalidad: gestión "
            "de procesos de selección. Puede ejercer sus derechos escribiendo a "
            "privacidad@talentoaragon.example.es.\n"
        ),
        cte="8bit",
    ),
]

OFFERS = [
    # 1 ---------------------------------------------------------------------------------
    dict(
        kind="offer", slug="suirvalley_formal_offer_pdf", lang="en",
        company="Suir Valley Bus", contact="orla.keane@suirvalleybus.example.ie",
        frm=("Orla Keane", "orla.keane@suirvalleybus.example.ie"),
        subject="Offer of employment - Transport Scheduler",
        date="2026-02-24 15:15 +0000",
        refs=["suirvalley_workday_ack", "suirvalley_panel_ics", "suirvalley_moved_seq1",
              "own_thanks_suirvalley"],
        text=(
            "Dear Cormac,\n\n"
            "Following your interview on 13 February, I am delighted to offer you the "
            "position of Transport Scheduler with Suir Valley Bus.\n\n"
            "Your offer letter is attached. In summary: a permanent, full-time contract "
            "starting on Monday 13 April 2026, a salary of €41,500 per year, 39 hours per "
            "week on a Monday to Friday rota with one Saturday in four, and 23 days' annual "
            "leave.\n\n"
            "To accept, please sign and return the offer letter by Friday 6 March. The offer "
            "is conditional on satisfactory references.\n\n"
            "Congratulations, and we very much look forward to welcoming you to the planning "
            "team.\n\n"
            "Kind regards,\n\n"
            "Orla Keane\n"
            "HR Business Partner\n"
            "Suir Valley Bus\n"
            "Depot Road, Ballybeg, Waterford X91 D2F4\n"
            "T: +353 51 555 0100\n"
        ),
        cte="quoted-printable",
        attach=[dict(filename="SVB_Offer_Letter_C_Lindqvist-Otieno.pdf", lines=[
            "Suir Valley Bus - Offer of Employment",
            "Candidate: Cormac Lindqvist-Otieno",
            "Position: Transport Scheduler (permanent, full-time)",
            "Start date: Monday 13 April 2026",
            "Salary: EUR 41,500 per annum",
            "Hours: 39 per week; Saturday rota 1 in 4",
            "Annual leave: 23 days",
            "Please sign and return by 6 March 2026.",
            "Signed: Orla Keane, HR Business Partner",
        ])],
    ),
    # 2 ---------------------------------------------------------------------------------
    dict(
        kind="offer", slug="harbourline_ferrycarrig_want_to_offer", lang="en",
        company="Ferrycarrig Coaches", contact="roisin.barry@harbourline.example.ie",
        frm=("Róisín Barry", "roisin.barry@harbourline.example.ie"),
        frm_enc="utf-8:Q",
        subject="Ferrycarrig Coaches want to make you an offer!",
        date="2026-05-19 12:02 +0100",
        refs=["harbourline_ferrycarrig_interview", "harbourline_client_moved"],
        text=(
            "Cormac!\n\n"
            "Just off the phone with Paddy Rossiter: the client wants to make you an offer "
            "for the Fleet & Duty Scheduler job. They were really taken with how you talked "
            "about balancing the school contracts with the tour work.\n\n"
            "What they're proposing:\n"
            "  - €38,000 basic, reviewed after six months\n"
            "  - company van for the on-call weeks\n"
            "  - start date to suit you, ideally mid-June\n\n"
            "They'll send the written contract once you say yes in principle. Call me when "
            "you get a minute and we can talk it through, including whether there's room on "
            "the salary.\n\n"
            "Róisín\n\n"
            "Róisín Barry | Senior Consultant\n"
            "Harbourline Recruitment | 3 Lapp's Quay, Cork T12 RX66\n"
            "021 555 0166\n"
        ),
        html=simple_html(
            "Cormac!\n\n"
            "Just off the phone with Paddy Rossiter: the client wants to make you an offer "
            "for the Fleet & Duty Scheduler job. They were really taken with how you talked "
            "about balancing the school contracts with the tour work.\n\n"
            "What they're proposing:\n"
            "- €38,000 basic, reviewed after six months\n"
            "- company van for the on-call weeks\n"
            "- start date to suit you, ideally mid-June\n\n"
            "They'll send the written contract once you say yes in principle. Call me when "
            "you get a minute and we can talk it through, including whether there's room on "
            "the salary.\n\n"
            "Róisín\n\n"
            "Róisín Barry | Senior Consultant\n"
            "Harbourline Recruitment | 3 Lapp's Quay, Cork T12 RX66\n"
            "021 555 0166",
        ),
        cte="base64",
    ),
    # 3 ---------------------------------------------------------------------------------
    dict(
        kind="offer", slug="ferrybank_verbal_offer_followup", lang="en",
        company="Ferrybank Freight Forwarding", contact="alan.power@ferrybankfreight.example.ie",
        frm=("Alan Power", "alan.power@ferrybankfreight.example.ie"),
        subject="Following our call - Transport Coordinator",
        date="2026-10-06 17:31 +0100",
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Hi Cormac,\n\n"
            "Good to talk to you this afternoon. As promised, here’s the verbal offer in "
            "writing so you have it in front of you:\n\n"
            "Role: Transport Coordinator, Ferrybank, Waterford\n"
            "Salary: €39,000, plus €2,000 on completion of the CILT certificate, which we’ll "
            "fund\n"
            "Hours: 08:00–16:30 Monday to Friday, on-call one weekend a month (paid)\n"
            "Start: 2 November, or sooner if you can manage it\n\n"
            "Our HR provider will send the formal contract once you confirm you’re happy to "
            "go ahead. Take the weekend to think about it if you need to.\n\n"
            "Best,\n"
            "Alan\n\n"
            "Alan Power\n"
            "Managing Director\n"
            "Ferrybank Freight Forwarding\n"
            "Abbey Road, Ferrybank, Waterford X91 K7T2\n"
            "051 555 0170\n"
        ),
    ),
    # 4 ---------------------------------------------------------------------------------
    dict(
        kind="offer", slug="tuskar_contract_for_signature", lang="en",
        company="Tuskar Logistics", contact="maeve.sinnott@tuskarlogistics.example.ie",
        frm=("Maeve Sinnott", "maeve.sinnott@tuskarlogistics.example.ie"),
        subject="Your contract of employment - please sign and return",
        date="2026-10-13 10:22 +0100",
        text=(
            "Dear Cormac,\n\n"
            "Further to Eoin's call last week, please find attached your contract of "
            "employment for the position of Route Planner at our Drinagh depot, together "
            "with the employee handbook acknowledgement.\n\n"
            "Please read both carefully, sign the last page of each and return them to me by "
            "23 October. You can scan them or drop them in to reception. Once we have the "
            "signed copies, I'll arrange your induction for your first day, 9 November.\n\n"
            "Welcome aboard!\n\n"
            "Maeve Sinnott\n"
            "HR & Payroll Administrator\n"
            "Tuskar Logistics\n"
            "Drinagh Business Park, Wexford Y35 F6E2\n"
            "053 555 0190\n\n"
            "Confidentiality: this email and its attachments are intended solely for the "
            "addressee and may contain personal data.\n"
        ),
        html=outlook_html(
            "Dear Cormac,\n\n"
            "Further to Eoin's call last week, please find attached your contract of "
            "employment for the position of Route Planner at our Drinagh depot, together "
            "with the employee handbook acknowledgement.\n\n"
            "Please read both carefully, sign the last page of each and return them to me by "
            "23 October. You can scan them or drop them in to reception. Once we have the "
            "signed copies, I'll arrange your induction for your first day, 9 November.\n\n"
            "Welcome aboard!\n\n"
            "Maeve Sinnott\n"
            "HR & Payroll Administrator\n"
            "Tuskar Logistics\n"
            "Drinagh Business Park, Wexford Y35 F6E2\n"
            "053 555 0190\n\n"
            "Confidentiality: this email and its attachments are intended solely for the "
            "addressee and may contain personal data.\n"
        ),
        attach=[
            dict(filename="Contract_of_Employment_Route_Planner.pdf", lines=[
                "Tuskar Logistics - Contract of Employment",
                "Employee: Cormac Lindqvist-Otieno",
                "Position: Route Planner, Drinagh depot",
                "Commencement: 9 November 2026",
                "Probation: 6 months",
                "Signed for the company: ____________",
                "Signed by the employee: ____________",
            ]),
            dict(filename="Handbook_Acknowledgement.pdf", lines=[
                "Tuskar Logistics - Employee Handbook",
                "I confirm that I have received and read the employee handbook.",
                "Name: ____________   Date: ____________",
            ]),
        ],
    ),
    # 5 ---------------------------------------------------------------------------------
    dict(
        kind="offer", slug="fret_rail_artois_offer_en", lang="en",
        company="Fret Rail Artois", contact="julien.vasseur@fretrailartois.example.fr",
        frm=("Julien Vasseur", "julien.vasseur@fretrailartois.example.fr"),
        subject="Job offer - Train Path Planner, Fret Rail Artois",
        date="2026-06-09 11:48 +0200",
        refs=["fret_rail_workable_accuse", "fret_rail_artois_video_en"],
        text=(
            "Dear Cormac,\n\n"
            "Following your interviews with Estelle and the operations team, I am very happy "
            "to confirm that Fret Rail Artois would like to hire you as Train Path Planner in "
            "our Lille office.\n\n"
            "The attached document (promesse d'embauche) sets out the main terms: a CDI "
            "(permanent contract) from 1 September 2026, gross annual salary of 36,000 euros "
            "over 13 months, 35-hour week with RTT days, and French lessons paid by the "
            "company during the first year.\n\n"
            "Please let me know your decision by 19 June. I'm happy to arrange a call with "
            "Estelle if you have questions about the team or relocating to Lille.\n\n"
            "Best regards,\n"
            "Julien Vasseur\n"
            "Responsable recrutement - Fret Rail Artois SAS\n"
        ),
        attach=[dict(filename="Promesse_embauche_Lindqvist-Otieno.pdf", lines=[
            "Fret Rail Artois - Promesse d'embauche",
            "M. Cormac Lindqvist-Otieno",
            "Poste : Planificateur sillons - Lille",
            "Contrat : CDI a compter du 1er septembre 2026",
            "Remuneration : 36 000 EUR bruts annuels sur 13 mois",
            "Duree du travail : 35 heures + RTT",
        ])],
    ),
    # 6 ---------------------------------------------------------------------------------
    dict(
        kind="offer", slug="dungarvan_conditional_offer", lang="en",
        company="Dungarvan Bay Coaches", contact="noel@dungarvanbaycoaches.example.ie",
        frm=("Noel Cullinane", "noel@dungarvanbaycoaches.example.ie"),
        subject="RE: Operations Scheduler - offer",
        date="2026-09-29 14:06 +0100",
        refs=["dungarvan_own_followup@example.ie"],
        html=outlook_html(
            "Hi Cormac,\n\n"
            "Sorry for the delay in getting back to you; it's been a busy September with the "
            "school contracts.\n\n"
            "I'm pleased to say we'd like to offer you the Operations Scheduler role. The "
            "offer is conditional on two satisfactory references and Garda vetting for the "
            "school transport work, which Síle in the office will start once you accept.\n\n"
            "Salary would be €37,500 with the usual overtime rates for Saturday cover. I'd "
            "like you to start on 26 October if possible.\n\n"
            "Let me know by the end of the week.\n\n"
            "Noel\n\n"
            "Noel Cullinane\n"
            "Director\n"
            "Dungarvan Bay Coaches\n"
            "Shandon Road, Dungarvan, Co. Waterford\n"
            "058 555 0121\n"
            "________________________________\n"
            "From: Cormac Lindqvist-Otieno <cormac.lo@example.ie>\n"
            "Sent: 21 September 2026 09:12\n"
            "To: Noel Cullinane\n"
            "Subject: Operations Scheduler\n\n"
            "Hi Noel,\n\n"
            "Thanks again for meeting me on the 15th. I just wanted to check whether there "
            "is any news on the Operations Scheduler interview process.\n\n"
            "Kind regards,\n"
            "Cormac\n"
        ),
        html_charset="utf-8", html_cte="quoted-printable",
    ),
    # 7 (de) ----------------------------------------------------------------------------
    dict(
        kind="offer", slug="rheinufer_vertragsangebot", lang="de",
        company="Rheinufer Verkehrsbetriebe", contact="juergen.albers@rheinufer-vb.example.de",
        frm=("Jürgen Albers", "juergen.albers@rheinufer-vb.example.de"),
        frm_enc="utf-8:B",
        subject="Vertragsangebot Dienstplaner/in Fahrdienst",
        date="2026-05-08 13:20 +0200",
        refs=["rheinufer_personio_eingang", "rheinufer_vorstellungsgespraech_ics",
              "rheinufer_verschoben_seq"],
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Sehr geehrter Herr Lindqvist-Otieno,\n\n"
            "vielen Dank für das angenehme Gespräch am 24. April. Wir freuen uns, Ihnen die "
            "Stelle als Dienstplaner/in im Fahrdienst anbieten zu können.\n\n"
            "Anbei erhalten Sie unser Vertragsangebot: unbefristete Vollzeitstelle ab dem "
            "1. August 2026, Eingruppierung nach TV-N NW Entgeltgruppe 7, 39 Wochenstunden, "
            "30 Urlaubstage sowie ein vom Unternehmen bezahlter Deutschkurs.\n\n"
            "Bitte senden Sie uns den unterschriebenen Vertrag bis zum 22. Mai zurück. Für "
            "Fragen zur Wohnungssuche in Düsseldorf steht Ihnen unser Relocation-Service "
            "zur Verfügung.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Jürgen Albers\n"
            "Personalgewinnung\n"
            "Rheinufer Verkehrsbetriebe GmbH\n"
            "Am Rheinufer 7, 40213 Düsseldorf\n"
            "Geschäftsführer: Michael Terhorst | Amtsgericht Düsseldorf HRB 00000\n"
        ),
        attach=[dict(filename="Arbeitsvertrag_Lindqvist-Otieno.pdf", lines=[
            "Rheinufer Verkehrsbetriebe GmbH - Arbeitsvertrag",
            "zwischen der Rheinufer Verkehrsbetriebe GmbH und",
            "Herrn Cormac Lindqvist-Otieno",
            "Tätigkeit: Dienstplaner/in Fahrdienst",
            "Beginn: 1. August 2026, unbefristet, Vollzeit (39 Std.)",
            "Vergütung: TV-N NW, Entgeltgruppe 7",
            "Urlaub: 30 Arbeitstage",
        ])],
    ),
    # 8 (fr) ----------------------------------------------------------------------------
    dict(
        kind="offer", slug="lnf_proposition_embauche", lang="fr",
        company="Logistique Nord Flandre", contact="nathalie.verhaeghe@lnf-logistique.example.fr",
        frm=("Nathalie Verhaeghe", "nathalie.verhaeghe@lnf-logistique.example.fr"),
        subject="Proposition d'embauche - Planificateur transport",
        subj_enc="iso-8859-1:Q",
        date="2026-09-21 16:40 +0200",
        refs=["own_candidature_spontanee_lnf"],
        charset="iso-8859-1", cte="8bit",
        text=(
            "Bonjour Monsieur Lindqvist-Otieno,\n\n"
            "Suite à nos échanges et à votre rencontre avec M. Delattre, nous avons le "
            "plaisir de vous proposer le poste de planificateur transport au sein de notre "
            "plateforme de Roncq.\n\n"
            "Vous trouverez en pièce jointe notre proposition d'embauche détaillée : CDI à "
            "temps plein, prise de poste le 2 novembre 2026, rémunération brute annuelle de "
            "34 500 euros, mutuelle d'entreprise et titres-restaurant.\n\n"
            "Nous vous remercions de nous faire part de votre réponse avant le 30 septembre, "
            "en nous retournant la proposition datée et signée.\n\n"
            "Bien cordialement,\n\n"
            "Nathalie Verhaeghe\n"
            "Responsable ressources humaines\n"
            "Logistique Nord Flandre\n"
            "ZA du Dronckaert, 59223 Roncq\n"
            "03 20 00 45 67\n"
        ),
        attach=[dict(filename="Proposition_embauche_LNF.pdf", lines=[
            "Logistique Nord Flandre - Proposition d'embauche",
            "M. Cormac Lindqvist-Otieno",
            "Poste : Planificateur transport - plateforme de Roncq",
            "CDI temps plein - prise de poste le 2 novembre 2026",
            "Remuneration brute annuelle : 34 500 EUR",
            "Bon pour accord, date et signature : ____________",
        ])],
    ),
    # 9 (fr) ----------------------------------------------------------------------------
    dict(
        kind="offer", slug="navettes_offre_orale_confirmee", lang="fr",
        company="Navettes Lille-Europe", contact="karim.benali@navettes-lille-europe.example.fr",
        frm=("Karim Benali", "karim.benali@navettes-lille-europe.example.fr"),
        subject="Suite à notre appel – confirmation de l'offre",
        subj_enc="utf-8:Q",
        date="2026-10-02 18:02 +0200",
        text=(
            "Bonsoir Cormac,\n\n"
            "Comme promis au téléphone tout à l'heure, je vous confirme par écrit notre "
            "offre pour le poste de régulateur planning des navettes aéroport :\n\n"
            "- CDI, temps plein, horaires en 2x8 du lundi au vendredi\n"
            "- 2 450 euros bruts mensuels + prime de régulation\n"
            "- démarrage souhaité : lundi 16 novembre\n\n"
            "Le contrat vous sera envoyé par notre service paie dès que vous m'aurez donné "
            "votre accord. Je reste joignable demain toute la journée au 06 00 00 00 00.\n\n"
            "Bien à vous,\n"
            "Karim Benali\n"
            "Responsable d'exploitation – Navettes Lille-Europe\n"
        ),
        html=simple_html(
            "Bonsoir Cormac,\n\n"
            "Comme promis au téléphone tout à l'heure, je vous confirme par écrit notre "
            "offre pour le poste de régulateur planning des navettes aéroport :\n\n"
            "- CDI, temps plein, horaires en 2x8 du lundi au vendredi\n"
            "- 2 450 euros bruts mensuels + prime de régulation\n"
            "- démarrage souhaité : lundi 16 novembre\n\n"
            "Le contrat vous sera envoyé par notre service paie dès que vous m'aurez donné "
            "votre accord. Je reste joignable demain toute la journée au 06 00 00 00 00.\n\n"
            "Bien à vous,\n"
            "Karim Benali\n"
            "Responsable d'exploitation – Navettes Lille-Europe",
            lang="fr",
        ),
        cte="quoted-printable",
    ),
    # 10 (es) ---------------------------------------------------------------------------
    dict(
        kind="offer", slug="tranvia_oferta_tras_jornada", lang="es",
        company="Tranvía Cesaraugusta", contact="javier.royo@tranviacesaraugusta.example.es",
        frm=("Javier Royo", "javier.royo@tranviacesaraugusta.example.es"),
        subject="Oferta de incorporación - Planificador/a de Turnos",
        subj_enc="iso-8859-1:B",
        date="2026-07-10 13:12 +0200",
        refs=["tranvia_jornada_prueba"],
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Hola Cormac:\n\n"
            "Después de la jornada de prueba del día 29 y de comentarla con el equipo, "
            "tenemos el placer de ofrecerte el puesto de Planificador/a de Turnos en "
            "Tranvía Cesaraugusta.\n\n"
            "Las condiciones que te proponemos son:\n"
            "- Contrato indefinido a jornada completa, con periodo de prueba de seis meses.\n"
            "- Salario bruto anual de 31.200 euros en 14 pagas.\n"
            "- Incorporación el 1 de septiembre.\n"
            "- Curso de español intensivo a cargo de la empresa.\n\n"
            "Te agradecería que me confirmaras si aceptas antes del 20 de julio para "
            "preparar el contrato.\n\n"
            "Un saludo muy cordial,\n"
            "Javier Royo\n"
            "Jefe de Planificación - Tranvía Cesaraugusta\n"
            "Tel. 976 00 33 44\n"
        ),
    ),
]

MESSAGES = ACKS + OFFERS

assert len(ACKS) == 21 and len(OFFERS) == 10
