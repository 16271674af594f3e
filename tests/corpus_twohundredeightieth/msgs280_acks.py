# ruff: noqa: C408  (hand-written message specs are dict(...) calls on purpose)
"""Corpus 280: application acknowledgements (21) and offers (10), each written by hand."""

from __future__ import annotations

from msgs280_common import ats_card, button, mso, outlook_html, paras, reply, sig

ACK = "application_received"
OFF = "offer"

SPECS: list[dict] = [
    # ================================================================== received
    # ------------------------------------------------------------------ French (10)
    dict(
        kind=ACK, slug="funiloc_workday_ack", lang="fr", key="a_funiloc",
        company="Funiloc Alpes", contact="",
        frm=("Funiloc Alpes", "funiloc@myworkday.com"),
        subject="Funiloc Alpes : nous avons bien reçu votre candidature (R-0192)",
        date="2026-02-09 07:22 +0000",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Merci d'avoir postulé à l'offre R-0192 Planificateur maintenance (H/F) – "
            "Saint-Martin-d'Hères.\n\n"
            "Votre candidature a bien été enregistrée et sera examinée par notre équipe "
            "recrutement. Vous pouvez suivre son avancement à tout moment depuis votre "
            "espace candidat Workday.\n\n"
            "Bien cordialement,\nL'équipe Talent de Funiloc Alpes\n\n"
            "Ceci est un message automatique ; merci de ne pas y répondre.\n"
        ),
        html=ats_card(
            "Funiloc Alpes",
            "#005b96",
            paras(
                "Bonjour Gaëtan,\n\n"
                "Merci d'avoir postulé à l'offre R-0192 Planificateur maintenance (H/F) – "
                "Saint-Martin-d'Hères.\n\n"
                "Votre candidature a bien été enregistrée et sera examinée par notre équipe "
                "recrutement. Vous pouvez suivre son avancement à tout moment depuis votre "
                "espace candidat Workday."
            )
            + "\n" + button("Accéder à mon espace candidat",
                            "https://funiloc.wd3.myworkdayjobs.example/fr-FR/candidat")
            + "\n<p>Bien cordialement,<br>L'équipe Talent de Funiloc Alpes</p>",
            "Ceci est un message automatique ; merci de ne pas y répondre.",
        ),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind=ACK, slug="ias_agency_registration", lang="fr", key="a_ias",
        company="Intérim Alpes Services", contact="l.granger@ias-interim.example.fr",
        frm=("Laetitia Granger", "l.granger@ias-interim.example.fr"),
        subject="Votre inscription chez Intérim Alpes Services",
        date="2026-01-12 11:50 +0100",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Merci pour votre passage à l'agence ce matin. Votre inscription est "
            "enregistrée : votre dossier (CV, habilitations, permis C) est complet et "
            "visible par nos chargés d'affaires.\n\n"
            "Je vous ai positionné sur les recherches « technicien planification » et "
            "« technicien maintenance » dans les secteurs énergie et industrie, sur la "
            "Savoie et l'Isère.\n\n"
            "Pensez à me prévenir si vos disponibilités changent.\n\n"
            "Laetitia Granger\nChargée de recrutement\nIntérim Alpes Services – agence de "
            "Chambéry\n148 avenue de Lyon, 73000 Chambéry\n04 79 62 10 44\n"
        ),
        html="auto",
    ),
    dict(
        kind=ACK, slug="semnoz_teamtailor_no_individual_reply", lang="fr", key="a_semnoz",
        company="Téléphérique du Semnoz", contact="",
        frm=("Téléphérique du Semnoz", "no-reply@teamtailor-mail.com"),
        subject="Merci pour votre candidature !",
        date="2026-10-01 16:31 +0000",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Merci pour votre candidature au poste de technicien(ne) de maintenance "
            "remontées mécaniques – saison 2026-2027 !\n\n"
            "Nous l'avons bien reçue et allons l'étudier avec attention. Nous recevons un "
            "grand nombre de candidatures pour la saison d'hiver ; malheureusement, nous ne "
            "pouvons pas répondre individuellement à chaque candidat avant la fin de la "
            "période de recrutement, mi-octobre.\n\n"
            "À très vite sur les pistes,\nL'équipe du Téléphérique du Semnoz\n"
        ),
        html="auto",
        html_cte="base64",
    ),
    dict(
        kind=ACK, slug="convoyage_smartrecruiters_ack", lang="fr", key="a_convoyage",
        company="Lyonnaise de Convoyage", contact="",
        frm=("Lyonnaise de Convoyage", "noreply@smartrecruiters.com"),
        subject="Confirmation de candidature : Planificateur GMAO H/F – Lyon 7e",
        date="2026-02-02 13:05 +0000",
        html=ats_card(
            "Lyonnaise de Convoyage",
            "#e4572e",
            "<p>Bonjour Gaëtan,</p>\n"
            "<p>Nous confirmons la bonne réception de votre candidature pour le poste "
            "<strong>Planificateur GMAO H/F</strong> basé à Lyon 7e.</p>\n"
            "<p>Notre équipe examine chaque dossier. Si votre profil correspond à nos "
            "besoins, un membre de l'équipe RH prendra contact avec vous.</p>\n"
            "<p>Merci de l'intérêt que vous portez à Lyonnaise de Convoyage.</p>",
            "Propulsé par SmartRecruiters · <a href=\"https://jobs.smartrecruiters.example/"
            "convoyage/privacy\">Confidentialité</a>",
        ),
    ),
    dict(
        kind=ACK, slug="alutarentaise_recruitee_ack_latin1", lang="fr", key="a_alu",
        company="Aluminium Tarentaise", contact="",
        frm=("Aluminium Tarentaise", "aluminiumtarentaise@jobs.recruitee.com"),
        subject="Accusé de réception – offre MAINT-PLAN-07",
        subj_enc=("utf-8", "Q"),
        date="2026-05-11 10:47 +0000",
        charset="iso-8859-1", cte="8bit",
        text=(
            "Madame, Monsieur,\n\n"
            "Nous accusons réception de votre candidature à l'offre MAINT-PLAN-07 "
            "(planificateur de maintenance, usine de Venthon) et vous remercions de "
            "l'intérêt que vous portez à notre société.\n\n"
            "Votre dossier sera étudié dans les meilleurs délais.\n\n"
            "Direction des Ressources Humaines\nAluminium Tarentaise\n\n"
            "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n"
        ),
    ),
    dict(
        kind=ACK, slug="cvr_icims_ack", lang="fr", key="a_cvr",
        company="Chimie Vallée du Rhône", contact="",
        frm=("Chimie Vallée du Rhône – Talent", "cvr-chimie@talent.icims.com"),
        subject="Chimie Vallée du Rhône – candidature enregistrée",
        date="2026-06-01 18:20 -0400",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Votre candidature au poste « Technicien planification arrêts techniques » "
            "(Roussillon, réf. 2026-0417) a été transmise avec succès.\n\n"
            "Prochaines étapes : nos recruteurs étudient les candidatures au fil de l'eau. "
            "Vous recevrez un e-mail à chaque changement de statut.\n\n"
            "Cordialement,\nL'équipe Talent Acquisition\n"
        ),
        cte="quoted-printable",
        html="auto",
    ),
    dict(
        kind=ACK, slug="clinique_cv_received_human", lang="fr", key="a_clinique",
        company="Clinique des Bauges", contact="elodie.chabert@clinique-bauges.example.fr",
        frm=("Élodie Chabert", "elodie.chabert@clinique-bauges.example.fr"),
        name_enc=("iso-8859-1", "B"),
        subject="Re: Candidature – technicien planification services techniques",
        date="2026-08-24 14:08 +0200",
        text=reply(
            "Bonjour Monsieur Mbeki-Lefort,\n\n"
            "Nous avons bien reçu votre CV et votre lettre de motivation, merci.\n\n"
            "Je les transmets à M. Mercier-Favre, notre responsable technique, et reviens "
            "vers vous d'ici une dizaine de jours.\n\n"
            "Bien cordialement,\nÉlodie Chabert\nChargée RH, Clinique des Bauges",
            "fr", "dim. 23 août 2026 à 22:10", "Gaëtan Mbeki-Lefort", "gaetan.ml@example.fr",
            "Madame, Monsieur,\n\nSuite à votre annonce parue sur le site de la clinique, je "
            "vous adresse ma candidature au poste de technicien planification. Je reste "
            "disponible pour un entretien à votre convenance.\n\nGaëtan Mbeki-Lefort",
        ),
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind=ACK, slug="decolletage_bamboohr_ack", lang="fr", key="a_decol",
        company="Décolletage Aravis", contact="",
        frm=("Décolletage Aravis", "notifications@app.bamboohr.com"),
        subject="Merci d'avoir postulé chez Décolletage Aravis",
        subj_enc=("utf-8", "B"),
        date="2026-07-06 05:58 +0000",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Merci d'avoir postulé pour le poste Planificateur de production et de "
            "maintenance à Cluses. Nous avons bien reçu vos informations.\n\n"
            "Nous examinons chaque candidature et reviendrons vers vous si votre profil "
            "correspond.\n\n"
            "L'équipe Décolletage Aravis\n"
        ),
    ),
    dict(
        kind=ACK, slug="tremplin_agency_registration", lang="fr", key="a_tremplin",
        company="Tremplin Intérim Savoie", contact="nathalie.buisson@tremplin-interim.example.fr",
        frm=("Nathalie Buisson", "nathalie.buisson@tremplin-interim.example.fr"),
        reply_to=("Nathalie Buisson", "nathalie.buisson@tremplin-interim.example.fr"),
        subject="Bienvenue chez Tremplin Intérim – votre dossier est créé",
        date="2026-03-09 16:16 +0100",
        charset="windows-1252", cte="base64",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Suite à notre entretien d’inscription de cet après-midi, votre dossier "
            "intérimaire est créé dans notre agence d’Albertville (n° 26-0311).\n\n"
            "Il nous manque encore votre attestation de carte Vitale et un RIB ; vous pouvez "
            "les déposer sur votre espace en ligne.\n\n"
            "Je vous proposerai des missions de maintenance dès cette semaine.\n\n"
            "Nathalie Buisson\nConseillère en recrutement – Tremplin Intérim Savoie\n"
            "52 rue de la République, 73200 Albertville – 04 79 00 88 15\n"
        ),
    ),
    dict(
        kind=ACK, slug="arcisere_workable_html_only", lang="fr", key="a_arcisere",
        company="Énergie Arc-Isère", contact="",
        frm=("Énergie Arc-Isère", "noreply@workablemail.com"),
        subject="Candidature reçue – Planificateur maintenance hydraulique",
        date="2026-07-20 09:14 +0000",
        html=ats_card(
            "Énergie Arc-Isère",
            "#0f8b8d",
            "<p>Bonjour Gaëtan,</p>\n"
            "<p>Votre candidature au poste <strong>Planificateur maintenance hydraulique"
            "</strong> (Montmélian) nous est bien parvenue.</p>\n"
            "<p>Nous prendrons le temps de l'étudier et reviendrons vers vous dans les "
            "prochaines semaines.</p>\n<p>Merci,<br>Énergie Arc-Isère</p>",
            "Envoyé via Workable",
        ),
        html_charset="utf-8", html_cte="8bit",
    ),
    # ------------------------------------------------------------------ German (5)
    dict(
        kind=ACK, slug="innberg_personio_eingang", lang="de", key="a_innberg",
        company="Innbergbahnen", contact="",
        frm=("Innbergbahnen Recruiting", "no-reply@personio.de"),
        subject="Eingangsbestätigung Ihrer Bewerbung",
        date="2026-04-02 11:02 +0000",
        text=(
            "Sehr geehrter Herr Mbeki-Lefort,\n\n"
            "vielen Dank für Ihre Bewerbung als Instandhaltungsplaner (m/w/d) bei den "
            "Innbergbahnen. Ihre Unterlagen sind vollständig bei uns eingegangen.\n\n"
            "Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen "
            "bei Ihnen.\n\n"
            "Mit freundlichen Grüßen\nIhr HR-Team der Innbergbahnen\n"
        ),
        html="auto",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind=ACK, slug="sillwerk_sf_ack", lang="de", key="a_sillwerk",
        company="Sillwerk Energie", contact="",
        frm=("Sillwerk Energie Karriere", "karriere-sillwerk@successfactors.eu"),
        subject="Ihre Bewerbung ist bei uns eingegangen (Req-ID 10388)",
        date="2026-01-13 06:44 +0000",
        text=(
            "Sehr geehrter Herr Mbeki-Lefort,\n\n"
            "wir bestätigen den Eingang Ihrer Bewerbung für die Position "
            "Arbeitsvorbereiter Instandhaltung (Req-ID 10388).\n\n"
            "Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil "
            "einsehen.\n\n"
            "Ihr Recruiting-Team\nSillwerk Energie\n\n"
            "Diese E-Mail wurde automatisch erstellt.\n"
        ),
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind=ACK, slug="personaltirol_pool_registration", lang="de", key="a_ptp",
        company="Personal Tirol Plus", contact="m.strolz@personaltirol.example.at",
        frm=("Martina Strolz | Personal Tirol Plus", "m.strolz@personaltirol.example.at"),
        subject="Ihre Registrierung in unserem Bewerberpool",
        date="2026-07-27 15:03 +0200",
        text=(
            "Hallo Herr Mbeki-Lefort,\n\n"
            "schön, dass Sie sich bei Personal Tirol Plus registriert haben. Ihr Profil ist "
            "jetzt in unserem Bewerberpool aktiv, und ich bin Ihre Ansprechpartnerin.\n\n"
            "Ich habe Sie für Stellen in der Instandhaltungsplanung im Raum Innsbruck und "
            "Wipptal vorgemerkt, Schwerpunkt Seilbahn, Bahn und Energie.\n\n"
            "Viele Grüße\nMartina Strolz\nPersonalberaterin\nPersonal Tirol Plus\n"
            "Museumstraße 20, 6020 Innsbruck | +43 512 000 776\n"
        ),
        html="auto-outlook",
    ),
    dict(
        kind=ACK, slug="arlberg_softgarden_cannot_reply_each", lang="de", key="a_arlberg",
        company="Kältetechnik Arlberg", contact="",
        frm=("Kältetechnik Arlberg über softgarden", "noreply@softgarden.io"),
        subject="Danke für Ihre Bewerbung – Servicetechniker/Planer Kälteanlagen",
        subj_enc=("utf-8", "B"),
        date="2026-08-17 12:31 +0200",
        text=(
            "Sehr geehrter Herr Mbeki-Lefort,\n\n"
            "herzlichen Dank für Ihre Bewerbung. Ihre Unterlagen sind bei uns eingegangen "
            "und werden nun geprüft.\n\n"
            "Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an "
            "Bewerbungen leider nicht jedem Bewerber individuell antworten können, bevor "
            "die Vorauswahl abgeschlossen ist. Wir melden uns spätestens Ende September.\n\n"
            "Freundliche Grüße\nKältetechnik Arlberg – Personal\n"
        ),
        html="auto",
    ),
    dict(
        kind=ACK, slug="rhonewerk_hr_eingang", lang="de", key="a_rhone",
        company="Rhonewerk Energie", contact="beatrice.zuercher@rhonewerk.example.ch",
        frm=("Beatrice Zürcher", "beatrice.zuercher@rhonewerk.example.ch"),
        name_enc=("iso-8859-1", "Q"),
        subject="Bewerbung Instandhaltungsplaner Wasserkraft – Eingang",
        date="2026-02-16 09:12 +0100",
        text=(
            "Grüezi Herr Mbeki-Lefort\n\n"
            "Ihre Bewerbung für die Stelle als Instandhaltungsplaner Wasserkraft am Standort "
            "Genf ist gut bei uns angekommen. Besten Dank!\n\n"
            "Wir sichten die Dossiers bis Ende Februar und kontaktieren Sie anschliessend.\n\n"
            "Freundliche Grüsse\n\n"
            + sig("Beatrice Zürcher", "HR-Fachfrau", "Rhonewerk Energie",
                  "Chemin du Château-Bloch 11, 1219 Le Lignon", "+41 22 000 63 00")
        ),
        cte="base64",
    ),
    # ------------------------------------------------------------------ English (3)
    dict(
        kind=ACK, slug="torinolift_lever_ack", lang="en", key="a_torinolift",
        company="Torino Lift Systems", contact="",
        frm=("Torino Lift Systems", "no-reply@hire.lever.co"),
        subject="Thanks for applying to Torino Lift Systems",
        date="2026-04-13 14:33 +0000",
        text=(
            "Hi Gaëtan,\n\n"
            "Thanks for your interest in the Field Maintenance Planner role at Torino Lift "
            "Systems. We've received your application and our team will review it soon.\n\n"
            "If your experience is a match, we'll be in touch about next steps.\n\n"
            "Best,\nTorino Lift Systems\n"
        ),
        html="auto",
    ),
    dict(
        kind=ACK, slug="ferrovie_greenhouse_ack", lang="en", key="a_ferrovie",
        company="Ferrovie Subalpine", contact="",
        frm=("Ferrovie Subalpine", "no-reply@greenhouse-mail.io"),
        subject="Ferrovie Subalpine – application received",
        date="2026-05-04 08:10 -0400",
        text=(
            "Dear Gaëtan,\n\n"
            "Thank you for applying for the Maintenance Planner (Orbassano depot) position. "
            "Your application has been received.\n\n"
            "Our recruiting team reviews every application. Unfortunately we can't respond "
            "to every applicant personally, but if you're selected for an interview we will "
            "contact you within three weeks.\n\n"
            "Regards,\nFerrovie Subalpine Talent Acquisition\n"
        ),
        cte="quoted-printable",
    ),
    dict(
        kind=ACK, slug="piemonte_ashby_ack", lang="en", key="a_piemonte",
        company="Piemonte Energy Services", contact="giulia.ferraris@piemonte-energy.example.it",
        frm=("Piemonte Energy Services", "no-reply@ashbyhq.com"),
        reply_to=("Giulia Ferraris", "giulia.ferraris@piemonte-energy.example.it"),
        subject="We received your application – Maintenance Scheduler",
        date="2026-06-25 07:45 +0000",
        html=ats_card(
            "Piemonte Energy Services",
            "#6b4fbb",
            "<p>Hi Gaëtan,</p>\n"
            "<p>Thanks for applying to the <strong>Maintenance Scheduler</strong> role "
            "(Chivasso plant). Your application is now with Giulia Ferraris, who is running "
            "this search.</p>\n"
            "<p>Have a question? Just reply to this email and it will reach Giulia.</p>\n"
            "<p>Piemonte Energy Services</p>",
            "Powered by Ashby",
            lang="en",
        ),
    ),
    # ------------------------------------------------------------------ Spanish (3)
    dict(
        kind=ACK, slug="eolica_teamtailor_ack", lang="es", key="a_eolica",
        company="Eólica Cantábrica", contact="",
        frm=("Eólica Cantábrica", "no-reply@teamtailor-mail.com"),
        subject="¡Gracias por tu candidatura, Gaëtan!",
        subj_enc=("utf-8", "Q"),
        date="2026-09-07 10:19 +0200",
        text=(
            "Hola Gaëtan:\n\n"
            "Hemos recibido tu candidatura para Planificador/a de mantenimiento (Bilbao). "
            "Nuestro equipo la revisará en los próximos días.\n\n"
            "Debido al volumen de solicitudes, lamentablemente no podemos responder "
            "personalmente a cada persona, pero te escribiremos si avanzas en el proceso.\n\n"
            "Un saludo,\nEquipo de Personas – Eólica Cantábrica\n"
        ),
        html="auto",
    ),
    dict(
        kind=ACK, slug="zorrotza_taleo_ack", lang="es", key="a_zorrotza",
        company="Forjas Zorrotza", contact="",
        frm=("Forjas Zorrotza - Selección", "forjaszorrotza@taleo.net"),
        subject="Confirmación de recepción - Proceso 2600145",
        date="2026-01-19 07:00 +0000",
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Estimado/a Gaëtan Mbeki-Lefort:\n\n"
            "Le confirmamos que hemos recibido correctamente su solicitud para el puesto "
            "«Técnico/a de planificación de mantenimiento» (proceso 2600145).\n\n"
            "Puede consultar el estado de su candidatura en nuestro portal de empleo.\n\n"
            "Atentamente,\nDepartamento de Recursos Humanos – Forjas Zorrotza\n\n"
            "Este mensaje se ha generado automáticamente. Por favor, no responda.\n"
        ),
    ),
    dict(
        kind=ACK, slug="talento_agency_alta", lang="es", key="a_talento",
        company="Talento Bizkaia", contact="ane.urrutia@talentobizkaia.example.es",
        frm=("Ane Urrutia", "ane.urrutia@talentobizkaia.example.es"),
        subject="Alta en Talento Bizkaia",
        date="2026-02-20 12:55 +0100",
        text=(
            "Hola Gaëtan:\n\n"
            "Gracias por la reunión de ayer. Ya estás dado de alta en nuestra base de "
            "candidatos y he guardado tu CV en castellano y en francés.\n\n"
            "Te tendré en cuenta para procesos de planificación y mantenimiento en "
            "industria, ferrocarril y energía en Bizkaia y Álava.\n\n"
            "Un saludo,\nAne Urrutia\nConsultora – Talento Bizkaia\n"
            "Alameda de Urquijo 12, 48008 Bilbao · 944 00 21 37\n"
        ),
        html="auto",
    ),
    # ================================================================== offers
    # ------------------------------------------------------------------ French (5)
    dict(
        kind=OFF, slug="funiloc_formal_offer_pdf", lang="fr", key="o_funiloc",
        parent="s_funiloc",
        company="Funiloc Alpes", contact="sandrine.ollivier@funiloc.example.fr",
        frm=("Sandrine Ollivier", "sandrine.ollivier@funiloc.example.fr"),
        subject="Proposition d'embauche – Planificateur maintenance",
        date="2026-03-20 15:02 +0100",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Suite à votre entretien du 12 mars, j'ai le plaisir de vous adresser notre "
            "proposition d'embauche pour le poste de Planificateur maintenance, en CDI, à "
            "compter du 4 mai 2026.\n\n"
            "Vous trouverez en pièce jointe la lettre de proposition détaillant la "
            "rémunération (38 500 € bruts annuels sur 13 mois), le statut ETAM position "
            "niveau V et les modalités d'astreinte.\n\n"
            "Nous vous remercions de nous faire part de votre réponse avant le 27 mars.\n\n"
            "Toute l'équipe se réjouit de vous accueillir.\n\n"
            "Sandrine Ollivier\nChargée de recrutement – Funiloc Alpes\n04 76 00 27 51\n"
        ),
        html="auto",
        cte="quoted-printable",
        pdf=dict(
            filename="Proposition_embauche_Mbeki-Lefort.pdf",
            lines=[
                "Funiloc Alpes - Direction des ressources humaines",
                "Saint-Martin-d'Hères, le 20 mars 2026",
                "",
                "Monsieur Gaëtan Mbeki-Lefort",
                "",
                "Objet : proposition d'embauche",
                "",
                "Nous avons le plaisir de vous proposer le poste de Planificateur",
                "maintenance en contrat à durée indéterminée à compter du 4 mai 2026.",
                "Rémunération : 38 500 EUR bruts annuels sur 13 mois.",
                "Merci de nous retourner ce document signé avant le 27 mars 2026.",
            ],
        ),
    ),
    dict(
        kind=OFF, slug="clinique_verbal_offer_followup", lang="fr", key="o_clinique",
        parent="s_clinique",
        company="Clinique des Bauges", contact="o.mercier-favre@clinique-bauges.example.fr",
        frm=("Olivier Mercier-Favre", "o.mercier-favre@clinique-bauges.example.fr"),
        cc=[("Élodie Chabert", "elodie.chabert@clinique-bauges.example.fr")],
        subject="Suite à notre appel de ce midi",
        date="2026-09-22 14:40 +0200",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Comme je vous l'ai dit au téléphone tout à l'heure, nous souhaitons vous confier "
            "le poste de technicien planification des services techniques.\n\n"
            "Pour récapituler ce dont nous avons parlé : CDI à temps plein, prise de poste "
            "souhaitée le 2 novembre, salaire de 2 650 € bruts mensuels plus la prime "
            "d'astreinte. Élodie, en copie, vous enverra le contrat dans la semaine.\n\n"
            "Je suis ravi que vous rejoigniez l'équipe.\n\n"
            "Olivier Mercier-Favre\nResponsable des services techniques\n"
            "Clinique des Bauges – 220 avenue du Grand Ariétaz, 73000 Chambéry\n"
        ),
        charset="windows-1252", cte="quoted-printable",
    ),
    dict(
        kind=OFF, slug="vercors_client_wants_offer", lang="fr", key="o_vercors",
        parent="s_vercors",
        company="Hydro-Arve", contact="p.reynaud@vercors-talents.example.fr",
        frm=("Philippe Reynaud-Mollard", "p.reynaud@vercors-talents.example.fr"),
        subject="Hydro-Arve veut vous faire une offre",
        date="2026-05-12 19:05 +0200",
        text=(
            "Gaëtan,\n\n"
            "Excellente nouvelle : Hydro-Arve souhaite vous faire une offre pour le poste "
            "d'ordonnanceur maintenance. Ils parlent d'une rémunération autour de 41 k€ "
            "avec véhicule de service pour les astreintes.\n\n"
            "La DRH vous enverra la proposition écrite en fin de semaine. D'ici là, "
            "appelez-moi quand vous pouvez pour qu'on en parle, notamment de la date "
            "d'arrivée.\n\n"
            "Félicitations !\n\nPhilippe Reynaud-Mollard\nVercors Talents\n06 12 00 48 71\n"
        ),
        html="auto",
        html_cte="base64",
    ),
    dict(
        kind=OFF, slug="tal_contract_for_signature", lang="fr", key="o_tal", parent="s_tal",
        company="Transports Annecy Lac", contact="v.chappaz@tal-annecy.example.fr",
        frm=("CHAPPAZ Véronique", "v.chappaz@tal-annecy.example.fr"),
        subject="Votre contrat de travail à signer",
        date="2026-04-14 10:33 +0200",
        text=(
            "Bonjour Monsieur Mbeki-Lefort,\n\n"
            "Suite à votre accord téléphonique, veuillez trouver ci-joint votre contrat de "
            "travail pour le poste de planificateur maintenance matériel roulant, en deux "
            "exemplaires.\n\n"
            "Merci de nous en retourner un exemplaire paraphé et signé, avec la mention "
            "« lu et approuvé », avant le 24 avril. Votre prise de poste est fixée au "
            "1er juin.\n\n"
            "Cordialement,\n\n"
            "Véronique Chappaz\nResponsable recrutement\nTransports Annecy Lac\n"
            "Tél. : 04 50 00 37 22\n\n"
            "Pensez à l'environnement avant d'imprimer ce courriel.\n"
        ),
        html="auto-outlook",
        pdf=dict(
            filename="Contrat_CDI_Mbeki-Lefort.pdf",
            lines=[
                "CONTRAT DE TRAVAIL A DUREE INDETERMINEE",
                "Entre Transports Annecy Lac et M. Gaëtan Mbeki-Lefort",
                "",
                "Article 1 - Fonctions : planificateur maintenance matériel roulant",
                "Article 2 - Date d'effet : 1er juin 2026",
                "Article 3 - Période d'essai : deux mois",
                "",
                "Fait à Annecy, en deux exemplaires.",
            ],
        ),
    ),
    dict(
        kind=OFF, slug="arcisere_promesse_outlook_pdf", lang="fr", key="o_arcisere",
        parent="i_arcisere",
        company="Énergie Arc-Isère", contact="damien.lacroix-bozon@arcisere-energie.example.fr",
        frm=("LACROIX-BOZON Damien", "damien.lacroix-bozon@arcisere-energie.example.fr"),
        subject="Promesse d'embauche – Planificateur maintenance hydraulique",
        subj_enc=("utf-8", "B"),
        date="2026-08-28 17:12 +0200",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Je vous confirme par écrit notre souhait de vous recruter. Vous trouverez "
            "ci-joint votre promesse d'embauche pour le poste de Planificateur maintenance "
            "hydraulique à Montmélian.\n\n"
            "Les conditions : CDI, statut agent de maîtrise, 39 200 € bruts annuels, prise "
            "de fonction le 5 octobre 2026.\n\n"
            "Je reste à votre disposition pour toute question.\n\n"
            "Cordialement,\n\n"
            "Damien Lacroix-Bozon\nResponsable maintenance – Aménagements de l'Arc\n"
            "Énergie Arc-Isère\n350 route de la Centrale, 73800 Montmélian\n"
            "04 79 00 92 31 – 06 30 00 55 12\n\n"
            "Ce message et toutes les pièces jointes sont établis à l'intention exclusive de "
            "leurs destinataires et sont confidentiels.\n"
        ),
        html="auto-outlook",
        pdf=dict(
            filename="Promesse_d'embauche_Gaëtan_Mbeki-Lefort.pdf",
            lines=[
                "Énergie Arc-Isère",
                "Promesse d'embauche",
                "",
                "Poste : Planificateur maintenance hydraulique - Montmélian",
                "Contrat : CDI, agent de maîtrise",
                "Salaire : 39 200 EUR bruts annuels",
                "Prise de fonction : 5 octobre 2026",
            ],
        ),
    ),
    # ------------------------------------------------------------------ German (2)
    dict(
        kind=OFF, slug="lemania_contract_signature", lang="de", key="o_lemania",
        parent="s_lemania",
        company="Lemania Lift & Seil", contact="reto.gisler@lemania-seil.example.ch",
        frm=("Reto Gisler", "reto.gisler@lemania-seil.example.ch"),
        subject="Arbeitsvertrag zur Unterschrift",
        date="2026-07-21 11:20 +0200",
        text=(
            "Guten Tag Herr Mbeki-Lefort\n\n"
            "Nach dem gelungenen Probearbeitstag freut es mich sehr, Ihnen die Stelle als "
            "Instandhaltungsplaner Seilbahnen anbieten zu können.\n\n"
            "Im Anhang finden Sie den Arbeitsvertrag (unbefristet, 100 %, Eintritt "
            "1. September 2026, Jahreslohn CHF 86'000 brutto). Bitte senden Sie uns ein "
            "unterschriebenes Exemplar bis zum 31. Juli zurück. Für die "
            "Grenzgängerbewilligung kümmern wir uns um die Unterlagen.\n\n"
            "Freundliche Grüsse\n\n"
            + sig("Reto Gisler", "Leiter Service Westschweiz", "Lemania Lift & Seil",
                  "Rue de la Bergère 7, 1217 Meyrin", "+41 22 000 19 84")
        ),
        html="auto",
        pdf=dict(
            filename="Arbeitsvertrag_Mbeki-Lefort.pdf",
            lines=[
                "Arbeitsvertrag",
                "zwischen Lemania Lift & Seil, Meyrin, und Herrn Gaëtan Mbeki-Lefort",
                "",
                "1. Funktion: Instandhaltungsplaner Seilbahnen",
                "2. Eintritt: 1. September 2026, unbefristet, Pensum 100 %",
                "3. Jahreslohn: CHF 86'000 brutto",
                "",
                "Ort, Datum, Unterschrift",
            ],
        ),
    ),
    dict(
        kind=OFF, slug="fernwaerme_verbal_offer", lang="de", key="o_fernwaerme",
        parent="s_fernwaerme",
        company="Innsbrucker Fernwärme", contact="andreas.mair@fernwaerme-ibk.example.at",
        frm=("Andreas Mair", "andreas.mair@fernwaerme-ibk.example.at"),
        subject="Wie besprochen: unser Angebot",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-03-20 16:45 +0100",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Hallo Gaëtan,\n\n"
            "danke nochmal für das gute Gespräch am 5. März und das Telefonat vorhin. Wie "
            "angekündigt, hier schriftlich: Wir möchten dich als Instandhaltungsplaner "
            "einstellen.\n\n"
            "Eckdaten: Vollzeit, unbefristet, Einstufung nach KV Energie, rund EUR 3.450 "
            "brutto im Monat (14 Gehälter), Beginn 1. Mai. Den Dienstvertrag schickt dir "
            "unsere Personalabteilung nächste Woche.\n\n"
            "Gib mir bis Ende März Bescheid, ob du zusagst.\n\n"
            "Andreas\n"
        ),
    ),
    # ------------------------------------------------------------------ English (2)
    dict(
        kind=OFF, slug="canavese_offer_letter_pdf", lang="en", key="o_canavese",
        company="Canavese Cogeneration", contact="elena.vottero@canavese-cogen.example.it",
        frm=("Elena Vottero", "elena.vottero@canavese-cogen.example.it"),
        subject="Offer of employment – Maintenance Planner, Ivrea plant",
        date="2026-06-30 12:18 +0200",
        text=(
            "Dear Gaëtan,\n\n"
            "Further to your interviews with our plant team, I am delighted to offer you the "
            "position of Maintenance Planner at our Ivrea cogeneration plant.\n\n"
            "Your offer letter is attached. In summary: permanent contract, gross annual "
            "salary of EUR 40,000, start date 1 September 2026, relocation support of "
            "EUR 3,000.\n\n"
            "Please sign and return the letter by 10 July. Don't hesitate to call me with "
            "any questions.\n\n"
            "Kind regards,\n\n"
            "Elena Vottero\nHR Manager\nCanavese Cogeneration\nVia Jervis 22, 10015 Ivrea (TO)\n"
            "+39 0125 000 418\n"
        ),
        html="auto",
        pdf=dict(
            filename="Offer_Letter_G_Mbeki-Lefort.pdf",
            lines=[
                "Canavese Cogeneration - Offer of Employment",
                "Ivrea, 30 June 2026",
                "",
                "Dear Mr Mbeki-Lefort,",
                "We are pleased to offer you the position of Maintenance Planner.",
                "Gross annual salary: EUR 40,000. Start date: 1 September 2026.",
                "Please return a signed copy by 10 July 2026.",
            ],
        ),
    ),
    dict(
        kind=OFF, slug="ardent_client_wants_offer", lang="en", key="o_ardent",
        parent="s_ardent",
        company="Val di Susa Hydro", contact="oliver.pratt@ardentsearch.example.it",
        frm=("Oliver Pratt", "oliver.pratt@ardentsearch.example.it"),
        subject="Val di Susa Hydro – they want you!",
        date="2026-09-24 17:37 +0200",
        text=(
            "Gaëtan,\n\n"
            "Great news: Val di Susa Hydro want to make you an offer for the Maintenance "
            "Planning Engineer role. Roberto called me this afternoon. They're thinking "
            "EUR 42k base plus on-call allowance, start in November.\n\n"
            "Their HR will send the formal paperwork next week, but I wanted you to hear it "
            "from me first. Give me a ring tomorrow and we'll talk it through – including "
            "the relocation question.\n\n"
            "Congratulations!\nOliver\n"
        ),
    ),
    # ------------------------------------------------------------------ Spanish (1)
    dict(
        kind=OFF, slug="hospitalria_offer", lang="es", key="o_hospital",
        parent="s_hospital",
        company="Hospital Ría de Bilbao", contact="begona.arrieta@hospitalria.example.es",
        frm=("Begoña Arrieta", "begona.arrieta@hospitalria.example.es"),
        name_enc=("iso-8859-1", "Q"),
        subject="Oferta de incorporación: Técnico de planificación de mantenimiento",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-07-10 13:48 +0200",
        text=(
            "Estimado Gaëtan:\n\n"
            "Tras la entrevista del pasado 1 de julio, tenemos el placer de ofrecerle el "
            "puesto de Técnico de planificación de mantenimiento en el Hospital Ría de "
            "Bilbao.\n\n"
            "Condiciones: contrato indefinido a jornada completa, salario bruto anual de "
            "34.800 euros en 14 pagas, incorporación el 1 de septiembre.\n\n"
            "Adjuntamos la carta de oferta. Le agradeceríamos que nos confirmara su "
            "aceptación antes del 20 de julio.\n\n"
            "Reciba un cordial saludo,\n\n"
            "Begoña Arrieta\nJefa del Servicio de Ingeniería y Mantenimiento\n"
            "Hospital Ría de Bilbao\n"
        ),
        html="auto",
        pdf=dict(
            filename="Carta_oferta_Mbeki-Lefort.pdf",
            lines=[
                "Hospital Ría de Bilbao - Carta de oferta",
                "Bilbao, 10 de julio de 2026",
                "",
                "Puesto: Técnico de planificación de mantenimiento",
                "Contrato indefinido, jornada completa",
                "Salario bruto anual: 34.800 euros (14 pagas)",
                "Incorporación: 1 de septiembre de 2026",
            ],
        ),
    ),
]

_ = (outlook_html, mso)
