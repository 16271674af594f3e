"""Corpus 191, acknowledgements and offers: 21 application_received and 10 offer specs."""

from __future__ import annotations

from msgs191_common import (
    ats_card,
    button,
    gmail_html,
    mso,
    outlook_html,
    paras,
)

M = dict

RECEIVED = [
    # 1 ---------------------------------------------------------------------------------
    M(
        key="gcc-ack",
        kind="application_received", slug="workday_ack_granitecoast", lang="en",
        company="Granite Coast Council", contact="",
        frm=("Granite Coast Council", "granitecoast@myworkday.com"),
        subject="Thank you for applying: GIS Technician (GCC/ENV/2291)",
        date="2026-01-19 21:40", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Dear Hamish,\n\n"
            "Thank you for applying for GIS Technician, Environment and Infrastructure "
            "(GCC/ENV/2291). We have received your application.\n\n"
            "The closing date is 30 January 2026. Shortlisting usually takes place within "
            "two weeks of the closing date and we will contact you by email with the "
            "outcome.\n\n"
            "You can check the status of your application at any time by signing in to "
            "your candidate home page:\n"
            "https://wd3.myworkday.com/granitecoast/d/home.htmld\n\n"
            "Granite Coast Council - Recruitment\n"
        ),
        html=ats_card(
            "Granite Coast Council", "#1d4ed8",
            paras(
                "Dear Hamish,\n\n"
                "Thank you for applying for GIS Technician, Environment and Infrastructure "
                "(GCC/ENV/2291). We have received your application.\n\n"
                "The closing date is 30 January 2026. Shortlisting usually takes place "
                "within two weeks of the closing date and we will contact you by email "
                "with the outcome."
            ) + "\n" + button("Candidate home",
                              "https://wd3.myworkday.com/granitecoast/d/home.htmld", "#1d4ed8")
            + "\n" + paras("Granite Coast Council - Recruitment"),
            "Please do not reply to this automated message.",
        ),
    ),
    # 2 ---------------------------------------------------------------------------------
    M(
        key="lvc-ack",
        kind="application_received", slug="icims_cannot_reply_individually", lang="en",
        company="Lothian Vale Council", contact="",
        frm=("Lothian Vale Council Recruitment", "lothianvale+autoreply@talent.icims.com"),
        subject="Application received - GIS Assistant (LVC/PL/0417)",
        date="2026-01-08 13:18", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        cte="base64",
        text=(
            "Dear Hamish\n\n"
            "Thank you for your application for the post of GIS Assistant, Planning and "
            "Building Standards (LVC/PL/0417). This email confirms that it has reached "
            "us safely.\n\n"
            "We receive a large number of applications and unfortunately we cannot reply "
            "to every applicant individually. If you are shortlisted, we will contact you "
            "within four weeks of the closing date. If you have not heard from us by then, "
            "please assume that your application has not been taken forward this time.\n\n"
            "Thank you for your interest in working for Lothian Vale Council.\n\n"
            "Recruitment Team\n"
            "Lothian Vale Council\n"
        ),
    ),
    # 3 ---------------------------------------------------------------------------------
    M(
        key="ckw-ack",
        kind="application_received", slug="successfactors_ack_clyde", lang="en",
        company="Clyde & Kelvin Water", contact="",
        frm=("Clyde & Kelvin Water Careers", "noreply@successfactors.eu"),
        subject="We have your application - GIS Technician (Network Records) REQ-26-0088",
        date="2026-01-12 07:55", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Clyde & Kelvin Water", "#0e7490",
            paras(
                "Hello Hamish,\n\n"
                "Thanks for applying for GIS Technician (Network Records), requisition "
                "REQ-26-0088. Your application is now with our Talent team.\n\n"
                "What happens next? A member of the team will review your details against "
                "the job description. This normally takes up to ten working days.\n\n"
                "Clyde & Kelvin Water Talent Team"
            ),
            "This mailbox is not monitored. Clyde & Kelvin Water, Dalmarnock Works, Glasgow.",
        ),
    ),
    # 4 ---------------------------------------------------------------------------------
    M(
        key="sdu-ack",
        kind="application_received", slug="taleo_base64_html_strathdee", lang="en",
        company="Strathdee University", contact="",
        frm=("Strathdee University", "strathdee@taleo.net"),
        subject="Strathdee University - application submitted (26/0611)",
        date="2026-06-15 22:07", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Strathdee University - People Services", "#004b87",
            paras(
                "Dear Hamish Delacroix-Oyelowo,\n\n"
                "Your application for Research Data Technician (GIS), requisition 26/0611, "
                "was submitted successfully on 15 June 2026.\n\n"
                "The closing date for this post is 26 June 2026. Interviews are expected "
                "to take place in the week beginning 29 June. Shortlisted candidates will "
                "be contacted by the School.\n\n"
                "People Services"
            ),
            "Strathdee University is a charity registered in Scotland, No SC099001.",
        ),
        html_cte="base64",
    ),
    # 5 ---------------------------------------------------------------------------------
    M(
        key="nor-ack",
        kind="application_received", slug="teamtailor_ack_bergen", lang="en",
        company="Nordhav Energi", contact="",
        frm=("Nordhav Energi", "nordhav@teamtailor-mail.com"),
        subject="Thanks for your application, Hamish!",
        date="2026-04-02 19:33", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Hi Hamish,\n\n"
            "Thanks for applying to be our new GIS Technician in Bergen. We've got your "
            "application and the recruitment team will be in touch.\n\n"
            "In the meantime, you can read more about life at Nordhav and our offshore "
            "wind projects on our career site: https://nordhav.teamtailor.com\n\n"
            "Best,\n"
            "Nordhav Energi\n"
        ),
        html=ats_card(
            "Nordhav Energi", "#0b3d91",
            paras(
                "Hi Hamish,\n\n"
                "Thanks for applying to be our new GIS Technician in Bergen. We've got your "
                "application and the recruitment team will be in touch.\n\n"
                "In the meantime, you can read more about life at Nordhav and our offshore "
                "wind projects on our career site.\n\n"
                "Best,\nNordhav Energi"
            ),
            "Powered by Teamtailor.",
        ),
    ),
    # 6 ---------------------------------------------------------------------------------
    M(
        key="fjo-ack",
        kind="application_received", slug="recruitee_ack_fjordlinje", lang="en",
        company="Fjordlinje Oppmåling", contact="",
        frm=("Fjordlinje Oppmåling", "fjordlinje@jobs.recruitee.com"),
        name_enc=("utf-8", "B"),
        subject="Application received: GIS Technician (Bergen)",
        date="2026-05-04 06:48", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Dear Hamish,\n\n"
            "We confirm receipt of your application for the position of GIS Technician "
            "at Fjordlinje Oppmåling in Bergen.\n\n"
            "Our hiring team reviews applications on a rolling basis. We aim to respond "
            "to everyone within three weeks.\n\n"
            "Kind regards,\n"
            "Fjordlinje Oppmåling AS\n"
            "Nygårdsgaten 114, 5008 Bergen\n"
        ),
    ),
    # 7 ---------------------------------------------------------------------------------
    M(
        key="tq-reg",
        kind="application_received", slug="agency_registration_thistle", lang="en",
        company="Thistle & Quay Recruitment", contact="shona.ritchie@thistlequay.example.co.uk",
        frm=("Shona Ritchie", "shona.ritchie@thistlequay.example.co.uk"),
        subject="Welcome to Thistle & Quay - your registration",
        date="2026-01-27 16:44", tz="uk",
        text=(
            "Hi Hamish,\n\n"
            "Lovely to speak to you this afternoon. This is just to confirm that you're "
            "now registered with Thistle & Quay Recruitment and that I'll be your main "
            "contact.\n\n"
            "What I have on file:\n"
            "- CV (January 2026 version)\n"
            "- Target roles: GIS technician, records technician, CAD/mapping support\n"
            "- Locations: Aberdeen and Aberdeenshire, happy to commute to Ellon or "
            "Stonehaven\n"
            "- Notice period: 4 weeks\n\n"
            "I'll never send your CV anywhere without checking with you first.\n\n"
            "Speak soon,\n"
            "Shona\n\n"
            "Shona Ritchie\nSenior Consultant, Engineering & Technical\n"
            "Thistle & Quay Recruitment\n"
            "41 Union Terrace, Aberdeen AB10 1XX | 01224 496 220\n"
        ),
        html=outlook_html(mso(
            "Hi Hamish,\n\n"
            "Lovely to speak to you this afternoon. This is just to confirm that you're "
            "now registered with Thistle & Quay Recruitment and that I'll be your main "
            "contact.\n\n"
            "What I have on file:\n"
            "- CV (January 2026 version)\n"
            "- Target roles: GIS technician, records technician, CAD/mapping support\n"
            "- Locations: Aberdeen and Aberdeenshire, happy to commute to Ellon or "
            "Stonehaven\n"
            "- Notice period: 4 weeks\n\n"
            "I'll never send your CV anywhere without checking with you first.\n\n"
            "Speak soon,\nShona\n\n"
            "Shona Ritchie\nSenior Consultant, Engineering & Technical\n"
            "Thistle & Quay Recruitment\n"
            "41 Union Terrace, Aberdeen AB10 1XX | 01224 496 220"
        )),
    ),
    # 8 ---------------------------------------------------------------------------------
    M(
        key="brae-ack",
        kind="application_received", slug="human_cv_received_brae", lang="en",
        company="Brae Survey Services", contact="alison.cowie@braesurvey.example.co.uk",
        frm=("Alison Cowie", "alison.cowie@braesurvey.example.co.uk"),
        subject="Re: CV - survey / CAD technician",
        date="2026-08-03 10:31", tz="uk",
        text=(
            "Hi Hamish,\n\n"
            "Thanks for dropping your CV in - we've received it and I've passed it to "
            "Stuart, who runs the survey side. He's on site most of this week, so it may "
            "be next week before you hear anything.\n\n"
            "Alison\n\n"
            "Alison Cowie | Office Manager\n"
            "Brae Survey Services\n"
            "Unit 7, Denmore Road, Bridge of Don, Aberdeen AB23 8XX\n"
        ),
    ),
    # 9 ---------------------------------------------------------------------------------
    M(
        key="mor-ack",
        kind="application_received", slug="workday_high_volume_morven", lang="en",
        company="Morven Offshore Power", contact="",
        frm=("Morven Offshore Power", "morven@myworkday.com"),
        subject="Morven Offshore Power: application received for GIS Technician (R-10482)",
        date="2026-05-11 12:02", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        cte="quoted-printable",
        text=(
            "Hello Hamish,\n\n"
            "Thank you for your interest in Morven Offshore Power. Your application for "
            "GIS Technician (R-10482), Aberdeen, has been received and will be reviewed "
            "by our Talent Acquisition team.\n\n"
            "Due to the high volume of applications, unfortunately we are unable to "
            "respond to every applicant individually. If your profile matches the "
            "requirements, a member of the team will contact you to discuss next "
            "steps.\n\n"
            "Track your application: https://wd103.myworkday.com/morven/d/home.htmld\n\n"
            "Morven Offshore Power Talent Acquisition\n"
        ),
    ),
    # 10 --------------------------------------------------------------------------------
    M(
        key="inch-ack",
        kind="application_received", slug="ashby_ack_inchkeith", lang="en",
        company="Inchkeith Harbour Trust", contact="",
        frm=("Inchkeith Harbour Trust", "no-reply@ashbyhq.com"),
        subject="Thanks for applying to Inchkeith Harbour Trust",
        date="2026-08-24 20:15", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Inchkeith Harbour Trust", "#1e3a8a",
            paras(
                "Hi Hamish,\n\n"
                "Thanks for applying for the GIS & Asset Data Technician role. We've "
                "received your application and our team is reviewing it.\n\n"
                "We'll be in touch about next steps.\n\n"
                "Inchkeith Harbour Trust"
            ),
            "Sent by Ashby on behalf of Inchkeith Harbour Trust.",
        ),
    ),
    # 11 --------------------------------------------------------------------------------
    M(
        key="dev-reg",
        kind="application_received", slug="agency_registration_deveron", lang="en",
        company="Deveron Talent", contact="zoe.abernethy@deverontalent.example.co.uk",
        frm=("Zoë Abernethy", "zoe.abernethy@deverontalent.example.co.uk"),
        name_enc=("utf-8", "B"),
        subject="You're registered with Deveron Talent",
        date="2026-04-06 15:26", tz="uk",
        text=(
            "Hi Hamish,\n\n"
            "Thanks for registering with Deveron Talent. Your CV and right-to-work check "
            "are on file, so you're all set up.\n\n"
            "I specialise in technical and utilities roles across the Highlands and "
            "Moray. I've already got one water-company client in mind for you and will "
            "call to talk it through before I send anything.\n\n"
            "Zoë\n\n"
            "Zoë Abernethy | Consultant | Deveron Talent\n"
            "Bank Street, Huntly AB54 8XX | 07700 900 664\n"
        ),
        html=gmail_html(
            "Hi Hamish,\n\n"
            "Thanks for registering with Deveron Talent. Your CV and right-to-work check "
            "are on file, so you're all set up.\n\n"
            "I specialise in technical and utilities roles across the Highlands and "
            "Moray. I've already got one water-company client in mind for you and will "
            "call to talk it through before I send anything.\n\n"
            "Zoë\n\n"
            "Zoë Abernethy | Consultant | Deveron Talent\n"
            "Bank Street, Huntly AB54 8XX | 07700 900 664"
        ),
    ),
    # 12 --------------------------------------------------------------------------------
    M(
        key="tay-ack",
        kind="application_received", slug="greenhouse_ack_taybridge", lang="en",
        company="Taybridge Geomatics", contact="",
        frm=("Taybridge Geomatics", "no-reply@us.greenhouse-mail.io"),
        subject="Thank you for applying to Taybridge Geomatics",
        date="2026-03-09 06:11", tz="-0700",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Hi Hamish,\n\n"
            "Thank you for your interest in Taybridge Geomatics! We've received your "
            "application for Junior GIS Technician and will review it shortly.\n\n"
            "If your experience is a fit, someone from our team will reach out.\n\n"
            "Regards,\n"
            "Taybridge Geomatics Recruiting\n\n"
            "**Please note: replies to this email address are not monitored.**\n"
        ),
    ),
    # 13 --------------------------------------------------------------------------------
    M(
        key="hgd-ack",
        kind="application_received", slug="personio_eingangsbestaetigung", lang="de",
        company="Hanseatische Geodatendienste", contact="",
        frm=("Hanseatische Geodatendienste GmbH", "no-reply@personio.de"),
        subject="Eingangsbestätigung Ihrer Bewerbung",
        subj_enc=("iso-8859-1", "B"),
        date="2026-03-02 07:20", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Sehr geehrter Herr Delacroix-Oyelowo,\n\n"
            "vielen Dank für Ihre Bewerbung als GIS-Techniker (m/w/d) am Standort "
            "Hamburg. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.\n\n"
            "Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei "
            "bis drei Wochen bei Ihnen.\n\n"
            "Mit freundlichen Grüßen\n"
            "Ihr Recruiting-Team der Hanseatische Geodatendienste GmbH\n\n"
            "Diese Nachricht wurde automatisch erzeugt.\n"
        ),
    ),
    # 14 --------------------------------------------------------------------------------
    M(
        key="elb-ack",
        kind="application_received", slug="softgarden_nicht_einzeln", lang="de",
        company="Elbufer Vermessung", contact="",
        frm=("Elbufer Vermessung GmbH & Co. KG", "noreply@softgarden.io"),
        subject="Ihre Bewerbung ist bei uns eingegangen",
        date="2026-04-07 21:58", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Guten Tag Herr Delacroix-Oyelowo,\n\n"
            "Ihre Bewerbung als Vermessungs- und GIS-Techniker (m/w/d) ist bei uns "
            "eingegangen. Vielen Dank!\n\n"
            "Bitte haben Sie Verständnis dafür, dass wir leider nicht jede Bewerbung "
            "einzeln und sofort beantworten können. Wir sichten alle Unterlagen und "
            "melden uns innerhalb von vier Wochen, wenn wir Sie kennenlernen möchten.\n\n"
            "Den Status Ihrer Bewerbung sehen Sie jederzeit unter:\n"
            "https://elbufer-vermessung.softgarden.io/de/candidate/status\n\n"
            "Freundliche Grüße\n"
            "Elbufer Vermessung\n"
        ),
        html=ats_card(
            "Elbufer Vermessung", "#0369a1",
            paras(
                "Guten Tag Herr Delacroix-Oyelowo,\n\n"
                "Ihre Bewerbung als Vermessungs- und GIS-Techniker (m/w/d) ist bei uns "
                "eingegangen. Vielen Dank!\n\n"
                "Bitte haben Sie Verständnis dafür, dass wir leider nicht jede Bewerbung "
                "einzeln und sofort beantworten können. Wir sichten alle Unterlagen und "
                "melden uns innerhalb von vier Wochen, wenn wir Sie kennenlernen "
                "möchten."
            ) + "\n" + button("Bewerbungsstatus ansehen",
                              "https://elbufer-vermessung.softgarden.io/de/candidate/status",
                              "#0369a1")
            + "\n" + paras("Freundliche Grüße\nElbufer Vermessung"),
            "Elbufer Vermessung GmbH & Co. KG · Veringstraße 45 · 21107 Hamburg · "
            "powered by softgarden",
        ),
    ),
    # 15 --------------------------------------------------------------------------------
    M(
        key="bv-reg",
        kind="application_received", slug="agentur_registrierung", lang="de",
        company="Brinkmann & Voss Personalberatung", contact="f.voss@brinkmann-voss.example.de",
        frm=("Frederike Voss", "f.voss@brinkmann-voss.example.de"),
        subject="Ihre Registrierung bei Brinkmann & Voss",
        date="2026-05-18 13:30", tz="cet",
        text=(
            "Lieber Herr Delacroix-Oyelowo,\n\n"
            "herzlichen Dank für das angenehme Videotelefonat heute Vormittag. Hiermit "
            "bestätige ich Ihre Registrierung in unserem Kandidatenpool.\n\n"
            "Wir haben folgende Unterlagen erhalten: Lebenslauf (englisch und deutsch), "
            "Zertifikat QGIS-Grundlagen, Arbeitszeugnis der Royal Mail (Übersetzung).\n\n"
            "Ich stelle Sie Kunden nur nach Ihrer ausdrücklichen Zustimmung vor. "
            "Unsere Datenschutzhinweise finden Sie im Anhang unserer Website.\n\n"
            "Herzliche Grüße\n"
            "Frederike Voss\n\n"
            "Brinkmann & Voss Personalberatung GmbH\n"
            "Ballindamm 17 · 20095 Hamburg · T +49 40 5550 2290\n"
        ),
        cte="base64",
    ),
    # 16 --------------------------------------------------------------------------------
    M(
        key="gl-ack",
        kind="application_received", slug="smartrecruiters_accuse_reception", lang="fr",
        company="Géomatique Léman", contact="",
        frm=("Géomatique Léman SA", "noreply@smartrecruiters.com"),
        subject="Nous avons bien reçu votre candidature",
        date="2026-02-09 18:02", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Bonjour Hamish,\n\n"
            "Nous vous remercions pour votre candidature au poste de technicien·ne SIG "
            "(80-100 %) à Lausanne. Votre dossier a bien été enregistré.\n\n"
            "Notre équipe RH l'étudiera avec attention et reviendra vers vous dans les "
            "meilleurs délais.\n\n"
            "Meilleures salutations,\n"
            "L'équipe Ressources humaines de Géomatique Léman\n"
        ),
        html=ats_card(
            "Géomatique Léman", "#c2410c",
            paras(
                "Bonjour Hamish,\n\n"
                "Nous vous remercions pour votre candidature au poste de technicien·ne SIG "
                "(80-100 %) à Lausanne. Votre dossier a bien été enregistré.\n\n"
                "Notre équipe RH l'étudiera avec attention et reviendra vers vous dans les "
                "meilleurs délais.\n\n"
                "Meilleures salutations,\n"
                "L'équipe Ressources humaines de Géomatique Léman"
            ),
            "Ce message a été envoyé automatiquement via SmartRecruiters.",
        ),
    ),
    # 17 --------------------------------------------------------------------------------
    M(
        key="tr-reg",
        kind="application_received", slug="agence_inscription_confirmee", lang="fr",
        company="Talents Romands Intérim", contact="l.bonvin@talents-romands.example.ch",
        frm=("Talents Romands Intérim", "no-reply@talents-romands.example.ch"),
        reply_to=("Laure Bonvin", "l.bonvin@talents-romands.example.ch"),
        name_enc=("utf-8", "B"),
        subject="Votre inscription chez Talents Romands Intérim est confirmée",
        subj_enc=("utf-8", "B"),
        date="2026-07-06 08:40", tz="cet",
        text=(
            "Bonjour Hamish,\n\n"
            "Votre inscription en ligne chez Talents Romands Intérim est confirmée. "
            "Votre consultante attitrée est Laure Bonvin; vous pouvez lui répondre "
            "directement à cette adresse.\n\n"
            "Pour compléter votre dossier, merci de nous faire parvenir une copie de "
            "votre permis de séjour ou de votre passeport ainsi que vos certificats de "
            "travail.\n\n"
            "À bientôt,\n"
            "Talents Romands Intérim SA\n"
            "Rue du Petit-Chêne 18, 1003 Lausanne\n"
        ),
    ),
    # 18 --------------------------------------------------------------------------------
    M(
        key="heis-ack",
        kind="application_received", slug="haute_ecole_accuse_latin1", lang="fr",
        company="Haute École d'ingénierie de Sauvabelin", contact="",
        frm=("HEIS Recrutement", "ne-pas-repondre@heis.example.ch"),
        subject="Accusé de réception - poste 26-118",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-08-17 14:22", tz="cet",
        headers=[("Auto-Submitted", "auto-generated")],
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Monsieur,\n\n"
            "Nous accusons réception de votre dossier de candidature pour le poste de "
            "technicien en géoinformation (réf. 26-118) et vous en remercions.\n\n"
            "La commission de recrutement examinera l'ensemble des dossiers après le délai "
            "de postulation du 31 août. Les personnes retenues pour un entretien seront "
            "contactées personnellement.\n\n"
            "Service des ressources humaines\n"
            "Haute École d'ingénierie de Sauvabelin\n\n"
            "Ce courriel est généré automatiquement; merci de ne pas y répondre.\n"
        ),
    ),
    # 19 --------------------------------------------------------------------------------
    M(
        key="adp-ack",
        kind="application_received", slug="acuse_recibo_aguas_del_pas", lang="es",
        company="Aguas del Pas", contact="",
        frm=("Aguas del Pas - Selección", "noreply@successfactors.eu"),
        subject="Hemos recibido su candidatura (ADP-2026-14)",
        date="2026-06-01 10:03", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Aguas del Pas", "#0284c7",
            paras(
                "Estimado/a Hamish Delacroix-Oyelowo:\n\n"
                "Le confirmamos que hemos recibido correctamente su candidatura para la "
                "plaza de Técnico/a GIS de redes (ref. ADP-2026-14).\n\n"
                "El equipo de Selección revisará su perfil. Puede consultar el estado del "
                "proceso en el portal del candidato.\n\n"
                "Atentamente,\nDepartamento de Personas\nAguas del Pas"
            ),
            "Mensaje automático, por favor no responda.",
        ),
        html_cte="quoted-printable",
    ),
    # 20 --------------------------------------------------------------------------------
    M(
        key="tb-ack",
        kind="application_received", slug="cv_recibido_topografia_bahia", lang="es",
        company="Topografía Bahía", contact="pablo.setien@topobahia.example.es",
        frm=("Pablo Setién", "pablo.setien@topobahia.example.es"),
        name_enc=("iso-8859-1", "Q"),
        subject="Re: Candidatura - técnico de topografía y SIG",
        date="2026-09-22 09:17", tz="cet",
        parent="tb-app", quote="gmail",
        text=(
            "Buenos días, Hamish:\n\n"
            "Hemos recibido tu CV, muchas gracias. Lo estamos revisando con el equipo de "
            "campo y te diremos algo en unos diez días.\n\n"
            "Un saludo,\n"
            "Pablo Setién\n"
            "Topografía Bahía S.L. · C/ Marqués de la Hermida 40, 39009 Santander\n"
        ),
    ),
    # 21 --------------------------------------------------------------------------------
    M(
        key="nt-reg",
        kind="application_received", slug="agencia_alta_candidato", lang="es",
        company="Norte Talento Selección", contact="marcos.gandarillas@nortetalento.example.es",
        frm=("Marcos Gandarillas", "marcos.gandarillas@nortetalento.example.es"),
        subject="Alta en Norte Talento Selección",
        date="2026-07-13 12:50", tz="cet",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Hola Hamish:\n\n"
            "Ya estás dado de alta en nuestra base de candidatos. He guardado tu CV en "
            "inglés y en castellano, y he anotado tus preferencias: técnico SIG o "
            "topografía en Cantabria, jornada completa, incorporación a partir de "
            "septiembre.\n\n"
            "Antes de presentarte a cualquier empresa te llamaré para contártelo.\n\n"
            "Un saludo,\n"
            "Marcos Gandarillas\n"
            "Consultor de selección · Norte Talento Selección\n"
            "Paseo de Pereda 32, 39004 Santander · 942 555 607\n"
        ),
    ),
]

OFFERS = [
    # 1 ---------------------------------------------------------------------------------
    M(
        key="gcc-offer",
        kind="offer", slug="formal_offer_pdf_granitecoast", lang="en",
        company="Granite Coast Council", contact="lorna.bremner@granitecoast.example.co.uk",
        frm=("Lorna Bremner", "lorna.bremner@granitecoast.example.co.uk"),
        subject="Offer of employment - GIS Technician (GCC/ENV/2291)",
        date="2026-02-27 11:30", tz="uk",
        parent="gcc-thanks",
        text=(
            "Dear Hamish\n\n"
            "Following your interview on 19 February, I am delighted to offer you the post "
            "of GIS Technician in the Environment and Infrastructure service. The offer is "
            "for a fixed-term contract of twelve months, at Grade 6, point 2 (GBP 28,914 "
            "per annum), subject to satisfactory references and a Disclosure Scotland "
            "basic check.\n\n"
            "Your formal offer letter is attached. Please sign and return the acceptance "
            "slip by Friday 13 March, or reply to this email with any questions.\n\n"
            "Congratulations, and I look forward to welcoming you to the team.\n\n"
            "Kind regards\n\n"
            "Lorna Bremner\n"
            "HR Officer (Recruitment), Granite Coast Council\n"
            "01224 496 702\n"
        ),
        html=outlook_html(mso(
            "Dear Hamish\n\n"
            "Following your interview on 19 February, I am delighted to offer you the post "
            "of GIS Technician in the Environment and Infrastructure service. The offer is "
            "for a fixed-term contract of twelve months, at Grade 6, point 2 (GBP 28,914 "
            "per annum), subject to satisfactory references and a Disclosure Scotland "
            "basic check.\n\n"
            "Your formal offer letter is attached. Please sign and return the acceptance "
            "slip by Friday 13 March, or reply to this email with any questions.\n\n"
            "Congratulations, and I look forward to welcoming you to the team.\n\n"
            "Kind regards\n\n"
            "Lorna Bremner\n"
            "HR Officer (Recruitment), Granite Coast Council\n"
            "01224 496 702"
        )),
        pdfs=[M(filename="GCC_ENV_2291_offer_letter.pdf", title="Offer of employment",
                   lines=["Granite Coast Council - Human Resources",
                          "Granite Coast House, Broad Street, Aberdeen AB10 1XX", "",
                          "27 February 2026", "", "Dear Mr Delacroix-Oyelowo", "",
                          "OFFER OF EMPLOYMENT - GIS TECHNICIAN (GCC/ENV/2291)",
                          "Contract: fixed term, 12 months", "Grade 6, point 2: GBP 28,914",
                          "Hours: 37 per week, flexible working scheme",
                          "Conditions: two satisfactory references, Disclosure Scotland",
                          "", "Please return the signed acceptance slip by 13 March 2026."])],
    ),
    # 2 ---------------------------------------------------------------------------------
    M(
        key="hss-verbal",
        kind="offer", slug="verbal_offer_followup_highland", lang="en",
        company="Highland Spatial Surveys", contact="euan@highlandspatial.example.co.uk",
        frm=("Euan Macrae", "euan@highlandspatial.example.co.uk"),
        subject="Following up our call",
        date="2026-03-11 12:40", tz="uk",
        parent="hss-move",
        text=(
            "Hamish,\n\n"
            "Great to speak this morning. Just so it's in writing: we'd love you to join "
            "Highland Spatial as our GIS & Survey Technician. As I said on the phone, "
            "that's GBP 27,500 to start, reviewed after six months, 35 hours a week, "
            "mostly office-based in Inverness with a couple of field days a month.\n\n"
            "Mairi will send the contract over once you've had a think and told me "
            "you're in. No rush - take the weekend, talk it over at home.\n\n"
            "Cheers,\n"
            "Euan\n\n"
            "Euan Macrae\n"
            "Director, Highland Spatial Surveys\n"
            "Longman Drive, Inverness IV1 1XX | 01463 496 300\n"
        ),
    ),
    # 3 ---------------------------------------------------------------------------------
    M(
        key="hss-contract",
        kind="offer", slug="contract_for_signature_highland", lang="en",
        company="Highland Spatial Surveys", contact="mairi@highlandspatial.example.co.uk",
        frm=("Mairi Fraser", "mairi@highlandspatial.example.co.uk"),
        cc=[("Euan Macrae", "euan@highlandspatial.example.co.uk")],
        subject="Re: Following up our call - contract for signature",
        date="2026-03-16 14:55", tz="uk",
        parent="hss-verbal", quote="gmail",
        text=(
            "Hi Hamish,\n\n"
            "Euan tells me you've said yes - brilliant!\n\n"
            "Attached is your statement of terms and conditions. Please check the details "
            "(start date Monday 13 April), sign page 4 and send it back to me, either "
            "scanned or as a photo. I'll also need your bank details and P45 on your "
            "first day.\n\n"
            "Mairi\n\n"
            "Mairi Fraser\n"
            "Office & Finance Manager, Highland Spatial Surveys\n"
        ),
        pdfs=[M(filename="HSS_contract_HDelacroixOyelowo.pdf",
                   title="Statement of terms and conditions",
                   lines=["Highland Spatial Surveys", "Statement of terms and conditions",
                          "", "Employee: Hamish Delacroix-Oyelowo",
                          "Job title: GIS & Survey Technician",
                          "Start date: 13 April 2026", "Salary: GBP 27,500 per annum",
                          "Hours: 35 per week", "", "Signed for the employer: E. Macrae",
                          "Signed by the employee: ______________________"])],
    ),
    # 4 ---------------------------------------------------------------------------------
    M(
        kind="offer", slug="agency_client_wants_to_offer", lang="en",
        company="Donside Utilities", contact="shona.ritchie@thistlequay.example.co.uk",
        frm=("Shona Ritchie", "shona.ritchie@thistlequay.example.co.uk"),
        subject="Donside Utilities - good news!",
        date="2026-07-15 17:12", tz="uk",
        text=(
            "Hamish!\n\n"
            "I've just come off the phone with Donside Utilities and the client wants to "
            "make you an offer for the Records & GIS Technician role in Inverurie.\n\n"
            "Headline terms: GBP 29,000, permanent, 37.5 hours, company van for site "
            "days, start in September. They'll put it in writing once you give me a "
            "verbal yes, and I think there's a little room on salary if you want me to "
            "push.\n\n"
            "Call me when you finish your round - I'm on my mobile until 8.\n\n"
            "Shona\n\n"
            "Shona Ritchie\nSenior Consultant, Engineering & Technical\n"
            "Thistle & Quay Recruitment | 01224 496 220 | 07700 900 318\n"
        ),
    ),
    # 5 ---------------------------------------------------------------------------------
    M(
        kind="offer", slug="recruitee_offer_pdf_bergen", lang="en",
        company="Fjordlinje Oppmåling", contact="kari.vatne@fjordlinje.example.no",
        frm=("Kari Vatne", "fjordlinje@jobs.recruitee.com"),
        reply_to=("Kari Vatne", "kari.vatne@fjordlinje.example.no"),
        subject="Job offer - GIS Technician, Fjordlinje Oppmåling",
        subj_enc=("utf-8", "Q"),
        date="2026-06-01 13:45", tz="utc",
        text=(
            "Dear Hamish,\n\n"
            "Thank you for the interviews over the last weeks. We are very pleased to "
            "offer you the position of GIS Technician at Fjordlinje Oppmåling in Bergen.\n\n"
            "The attached offer sets out the terms: a permanent position, NOK 540,000 per "
            "year, 37.5 hours per week, five weeks of holiday, and help with relocation "
            "(up to NOK 40,000) and Norwegian lessons.\n\n"
            "Please let us know your answer by 12 June. I am happy to set up a call if you "
            "have questions about the move.\n\n"
            "Best regards,\n"
            "Kari Vatne\n"
            "Daglig leder, Fjordlinje Oppmåling AS\n"
            "Nygårdsgaten 114, 5008 Bergen\n"
        ),
        pdfs=[M(filename="Fjordlinje_offer_letter.pdf", title="Offer of employment",
                   lines=["Fjordlinje Oppmaling AS", "Nygardsgaten 114, 5008 Bergen", "",
                          "Offer of employment: GIS Technician",
                          "Candidate: Hamish Delacroix-Oyelowo",
                          "Salary: NOK 540,000 per year", "Hours: 37.5 per week",
                          "Relocation support: up to NOK 40,000",
                          "Answer requested by 12 June 2026"])],
    ),
    # 6 ---------------------------------------------------------------------------------
    M(
        kind="offer", slug="conditional_offer_national_park", lang="en",
        company="Angus Glens National Park Authority",
        contact="mhairi.lamont@angusglens-npa.example.org.uk",
        frm=("Mhairi Lamont", "mhairi.lamont@angusglens-npa.example.org.uk"),
        subject="Conditional offer - GIS & Data Officer",
        date="2026-10-06 10:09", tz="uk",
        text=(
            "Dear Hamish\n\n"
            "Thank you for attending interview in Kirriemuir last week. I am very pleased "
            "to make you a conditional offer of appointment as GIS & Data Officer "
            "(permanent, full time, GBP 31,240).\n\n"
            "The offer is conditional on two satisfactory references and a PVG Scheme "
            "membership check, because the role includes work with school groups on the "
            "ranger programme. I will send the PVG form separately.\n\n"
            "Please reply to confirm whether you accept, and let me know your preferred "
            "start date.\n\n"
            "Yours sincerely\n\n"
            "Mhairi Lamont\n"
            "HR & Organisational Development Manager\n"
            "Angus Glens National Park Authority\n"
            "Glen Clova Road, Kirriemuir DD8 4XX\n"
            "01575 496 010\n\n"
            "The information in this email is confidential and may be legally privileged. "
            "If you are not the intended recipient, please delete it and notify the "
            "sender. Angus Glens National Park Authority may monitor email traffic.\n"
        ),
        cte="quoted-printable",
    ),
    # 7 ---------------------------------------------------------------------------------
    M(
        kind="offer", slug="vertragsangebot_pdf_alsterwerke", lang="de",
        company="Alsterwerke Hamburg", contact="merle.johannsen@alsterwerke.example.de",
        frm=("Merle Johannsen", "merle.johannsen@alsterwerke.example.de"),
        subject="Vertragsangebot – GIS-Sachbearbeiter Netzdokumentation",
        subj_enc=("utf-8", "B"),
        date="2026-07-01 10:30", tz="cet",
        parent="alw-cancel",
        text=(
            "Guten Tag Herr Delacroix-Oyelowo,\n\n"
            "nach den Gesprächen mit Herrn Lüders und mir freuen wir uns sehr, Ihnen die "
            "Stelle als GIS-Sachbearbeiter in der Netzdokumentation anbieten zu können.\n\n"
            "Im Anhang finden Sie unser Vertragsangebot: unbefristet, Entgeltgruppe 8 "
            "TV-V, 39 Wochenstunden, Beginn zum 1. Oktober 2026. Wir unterstützen Sie "
            "außerdem beim Umzug nach Hamburg mit bis zu 3.000 Euro.\n\n"
            "Bitte senden Sie uns den unterschriebenen Vertrag bis zum 15. Juli zurück "
            "oder melden Sie sich, falls Sie Fragen haben.\n\n"
            "Freundliche Grüße\n"
            "Merle Johannsen\n"
            "Personalreferentin\n"
            "Alsterwerke Hamburg GmbH\n"
            "Überseering 9 · 22297 Hamburg · Tel. 040 5550 3317\n"
            "Sitz der Gesellschaft: Hamburg · Amtsgericht Hamburg HRB 55512\n"
        ),
        html=outlook_html(mso(
            "Guten Tag Herr Delacroix-Oyelowo,\n\n"
            "nach den Gesprächen mit Herrn Lüders und mir freuen wir uns sehr, Ihnen die "
            "Stelle als GIS-Sachbearbeiter in der Netzdokumentation anbieten zu können.\n\n"
            "Im Anhang finden Sie unser Vertragsangebot: unbefristet, Entgeltgruppe 8 "
            "TV-V, 39 Wochenstunden, Beginn zum 1. Oktober 2026. Wir unterstützen Sie "
            "außerdem beim Umzug nach Hamburg mit bis zu 3.000 Euro.\n\n"
            "Bitte senden Sie uns den unterschriebenen Vertrag bis zum 15. Juli zurück "
            "oder melden Sie sich, falls Sie Fragen haben.\n\n"
            "Freundliche Grüße\n"
            "Merle Johannsen\nPersonalreferentin\n"
            "Alsterwerke Hamburg GmbH\n"
            "Überseering 9 · 22297 Hamburg · Tel. 040 5550 3317\n"
            "Sitz der Gesellschaft: Hamburg · Amtsgericht Hamburg HRB 55512"
        ), lang_tag="DE"),
        pdfs=[M(filename="Arbeitsvertrag_Delacroix-Oyelowo.pdf", title="Arbeitsvertrag",
                   lines=["Alsterwerke Hamburg GmbH", "Arbeitsvertrag", "",
                          "Herr Hamish Delacroix-Oyelowo",
                          "Tätigkeit: GIS-Sachbearbeiter Netzdokumentation",
                          "Beginn: 1. Oktober 2026, unbefristet",
                          "Vergütung: Entgeltgruppe 8 TV-V",
                          "Arbeitszeit: 39 Stunden pro Woche",
                          "Umzugskostenzuschuss: bis zu 3.000 EUR"])],
    ),
    # 8 ---------------------------------------------------------------------------------
    M(
        kind="offer", slug="muendliche_zusage_bestaetigt", lang="de",
        company="Geoinformatik Bergedorf", contact="k.ohlsen@geoinformatik-bergedorf.example.de",
        frm=("Dr. Katrin Ohlsen", "k.ohlsen@geoinformatik-bergedorf.example.de"),
        subject="Unser Telefonat von heute - Ihre Zusage für die Stelle",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-09-04 17:20", tz="cet",
        charset="iso-8859-1", cte="8bit",
        text=(
            "Lieber Herr Delacroix-Oyelowo,\n\n"
            "wie eben am Telefon besprochen, bestätige ich Ihnen gern schriftlich: Wir "
            "möchten Sie als GIS-Techniker in unserem Team in Bergedorf einstellen.\n\n"
            "Eckdaten: 42.000 Euro brutto im Jahr, 40 Stunden, 30 Urlaubstage, "
            "Probezeit sechs Monate, Start nach Absprache, frühestens am 1. November.\n\n"
            "Den Arbeitsvertrag schicke ich Ihnen Anfang nächster Woche zu. Bis dahin "
            "freue ich mich über eine kurze Rückmeldung, ob Sie annehmen.\n\n"
            "Herzliche Grüße aus Bergedorf\n"
            "Katrin Ohlsen\n\n"
            "Dr. Katrin Ohlsen\n"
            "Geschäftsführerin\n"
            "Geoinformatik Bergedorf GmbH\n"
            "Alte Holstenstraße 22, 21031 Hamburg\n"
        ),
    ),
    # 9 ---------------------------------------------------------------------------------
    M(
        kind="offer", slug="offre_contrat_joint", lang="fr",
        company="Rochat & Perrin Géomètres", contact="s.rochat@rochat-perrin.example.ch",
        frm=("Sébastien Rochat", "s.rochat@rochat-perrin.example.ch"),
        name_enc=("iso-8859-1", "Q"),
        subject="Proposition d'engagement - technicien SIG",
        date="2026-06-30 15:40", tz="cet",
        parent="rp-inv",
        text=(
            "Bonjour Hamish,\n\n"
            "Merci encore pour votre journée d'essai : toute l'équipe a apprécié votre "
            "sérieux sur le terrain comme au bureau.\n\n"
            "Nous avons le plaisir de vous proposer un poste de technicien SIG à 100 % "
            "au sein de notre bureau, en contrat de durée indéterminée, pour un salaire "
            "annuel brut de CHF 74'000 versé en 13 mensualités. L'entrée en fonction "
            "serait le 1er septembre 2026.\n\n"
            "Vous trouverez en pièce jointe le contrat de travail en deux exemplaires. "
            "Si ces conditions vous conviennent, merci de nous en retourner un exemplaire "
            "signé d'ici au 14 juillet.\n\n"
            "Cordialement,\n"
            "Sébastien Rochat\n"
            "Ingénieur géomètre breveté\n"
            "Rochat & Perrin Géomètres Sàrl\n"
            "Chemin de Montelly 33, 1007 Lausanne · 021 555 61 90\n"
        ),
        pdfs=[M(filename="Contrat_de_travail_HDO.pdf", title="Contrat de travail",
                   lines=["Rochat & Perrin Géomètres Sàrl", "Contrat de travail", "",
                          "Employé : Hamish Delacroix-Oyelowo",
                          "Fonction : technicien SIG, taux 100 %",
                          "Début : 1er septembre 2026, durée indéterminée",
                          "Salaire annuel brut : CHF 74'000 (13 x)",
                          "Vacances : 5 semaines"])],
    ),
    # 10 --------------------------------------------------------------------------------
    M(
        kind="offer", slug="oferta_topografia_bahia", lang="es",
        company="Topografía Bahía", contact="pablo.setien@topobahia.example.es",
        frm=("Pablo Setién", "pablo.setien@topobahia.example.es"),
        name_enc=("iso-8859-1", "Q"),
        subject="Oferta de trabajo - técnico de topografía y SIG",
        subj_enc=("utf-8", "Q"),
        date="2026-10-09 12:25", tz="cet",
        parent="tb-ack",
        text=(
            "Hola, Hamish:\n\n"
            "Después de la entrevista del martes y de hablarlo con mi socio, queremos "
            "ofrecerte el puesto de técnico de topografía y SIG.\n\n"
            "Las condiciones serían: contrato indefinido, jornada completa, 26.000 euros "
            "brutos anuales en catorce pagas, incorporación el 2 de noviembre y un mes de "
            "formación con el equipo de campo. Te ayudamos también con los trámites del "
            "NIE.\n\n"
            "Dinos algo antes del viernes 16 y te preparamos el contrato.\n\n"
            "Un abrazo,\n"
            "Pablo Setién\n"
            "Socio director · Topografía Bahía\n"
            "C/ Marqués de la Hermida 40, 39009 Santander · 942 555 774\n"
        ),
        html=gmail_html(
            "Hola, Hamish:\n\n"
            "Después de la entrevista del martes y de hablarlo con mi socio, queremos "
            "ofrecerte el puesto de técnico de topografía y SIG.\n\n"
            "Las condiciones serían: contrato indefinido, jornada completa, 26.000 euros "
            "brutos anuales en catorce pagas, incorporación el 2 de noviembre y un mes de "
            "formación con el equipo de campo. Te ayudamos también con los trámites del "
            "NIE.\n\n"
            "Dinos algo antes del viernes 16 y te preparamos el contrato.\n\n"
            "Un abrazo,\n"
            "Pablo Setién\n"
            "Socio director · Topografía Bahía\n"
            "C/ Marqués de la Hermida 40, 39009 Santander · 942 555 774"
        ),
    ),
]

MESSAGES = RECEIVED + OFFERS
