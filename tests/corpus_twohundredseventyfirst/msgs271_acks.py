"""Corpus 271: application_received (21) and offer (10), hand-written."""

# ruff: noqa: C408  (every message is a hand-written dict(...) spec)

from __future__ import annotations

from msgs271_common import (
    ats_card,
    button,
    gmail_html,
    outlook_word,
    paras,
    reply_quote,
    t,
)

_KESSLER_APPL = t("""
    Sehr geehrte Damen und Herren

    Mit grossem Interesse habe ich Ihre Ausschreibung für die Stelle als Einkaufsassistent
    (100 %) gelesen. Seit acht Jahren arbeite ich als Bäcker in Dijon und bin dort seit drei
    Jahren für die Bestellungen von Mehl, Butter und Verpackungen zuständig.

    Im Anhang finden Sie meinen Lebenslauf und meine Zeugnisse.

    Freundliche Grüsse
    Baptiste Nguyen-Ferrand
""")

_SAONE_ACK = t("""
    Bonjour Baptiste,

    Merci pour votre candidature au poste d'Assistant(e) achats (H/F) – Mâcon. Nous l'avons
    bien reçue et elle sera étudiée avec attention par notre équipe.

    En raison du nombre important de candidatures, nous ne sommes malheureusement pas en
    mesure de répondre individuellement à chaque candidat. Si votre profil correspond à nos
    besoins, un membre de l'équipe vous contactera dans les prochaines semaines.

    Vous pouvez suivre l'état de votre candidature à tout moment depuis votre espace.

    L'équipe Recrutement de Saône Distribution
""")

_RHONE_ACK = t("""
    Bonjour Baptiste,

    Votre candidature au poste « Assistant achats fruits et légumes – Corbas » (réf. RP-118)
    a bien été enregistrée le 13/04/2026.

    Notre équipe recrutement étudie chaque dossier. Si vous n'avez pas de nouvelles de notre
    part dans un délai de quatre semaines, vous pourrez considérer que nous ne sommes pas en
    mesure de donner une suite favorable à cette candidature.

    Merci de votre intérêt pour Rhône Primeurs.
    Le service Ressources humaines
""")

_SPALENTOR_ACK = t("""
    Hallo Baptiste

    Vielen Dank für deine Bewerbung als Einkaufsassistent:in! Sie ist gut bei uns angekommen.

    Aufgrund der Vielzahl an Bewerbungen können wir leider nicht jeder Person einzeln
    antworten. Wir sichten alle Unterlagen bis Mitte April und melden uns, wenn wir dich
    kennenlernen möchten.

    Röstfrische Grüsse
    Dein Spalentor-Team
""")

_GENEVEST_ACK = t("""
    Hi Baptiste,

    Thanks for applying to the Junior Procurement Analyst role at Genevest Trading. This is
    an automatic confirmation that we have received your application.

    Our team reviews every application, but due to the volume we receive we are unable to
    respond to each applicant individually. If your profile is a match, a member of the
    team will reach out.

    Genevest Talent Team
""")

_LEMAN_ACK = t("""
    Hi Baptiste,

    Thanks for your interest in Léman Distribution! We've received your application for the
    Purchasing Assistant (Geneva) role and our team will review it shortly.

    You'll hear from us either way once we've had a chance to look at your profile.

    The Léman Distribution Talent Team
""")

_CIT_ACK = t("""
    Hola Baptiste:

    ¡Gracias por tu interés en Cítricos del Turia! Hemos recibido tu candidatura para el
    puesto de Técnico/a de compras junior (Paterna).

    Nuestro equipo de RRHH la revisará en los próximos días. Si tu perfil encaja, nos
    pondremos en contacto contigo para los siguientes pasos.

    Equipo de RRHH · Cítricos del Turia
""")

_LAV_OFFER = t("""
    Bonjour Baptiste,

    Merci pour votre message et pour l'échange de vendredi dernier, que Hélène et moi avons
    beaucoup apprécié.

    J'ai le plaisir de vous proposer le poste d'assistant achats – matières sèches et
    fournitures de cave au sein de la Maison Lavergne, en CDI, à compter du 4 mai 2026. Vous
    trouverez en pièce jointe notre proposition détaillée : rémunération annuelle brute de
    27 600 €, treizième mois, mutuelle prise en charge à 60 %, horaires de journée.

    Nous vous serions reconnaissants de nous faire part de votre réponse avant le 24 mars.
    Je reste disponible pour en parler de vive voix.

    Bien cordialement,

    Marc Delorme
    Directeur des ressources humaines
    Maison Lavergne – 27 rue Paradis, 21200 Beaune
    03 80 24 90 00
""")

_LAV_THANKS = t("""
    Madame Roussel,

    Merci encore pour l'entretien de ce matin et pour la visite des caves. J'ai beaucoup
    apprécié de découvrir la gestion des matières sèches avant la mise en bouteille, et je
    suis très motivé à l'idée de rejoindre votre équipe.

    Bien cordialement,
    Baptiste Nguyen-Ferrand
""")

_ALPINE_OFFER = t("""
    Dear Baptiste,

    Thank you for taking my call this morning. As promised, here is the written follow-up.

    I am delighted to confirm that we would like to offer you the position of Procurement
    Assistant at Alpine Foodservice Group in Geneva, starting 1 October 2026. The main terms
    we discussed:

    - Annual gross salary: CHF 68,000, paid in 13 instalments
    - 40 hours per week, 25 days of paid holiday
    - Six-month probation period
    - Support with your G permit application as a cross-border worker

    The attached offer letter sets out the details. If you are happy to accept, please sign
    and return it by 4 September. Do call me with any questions.

    Kind regards,

    Sarah Lindqvist
    Head of Procurement
    Alpine Foodservice Group SA
    Route de Meyrin 210, 1217 Meyrin, Switzerland
    +41 22 719 48 00
""")

_HARTMANN_OFFER = t("""
    Guten Tag Herr Nguyen-Ferrand

    Ich habe wunderbare Neuigkeiten: Basler Teigwaren möchte Ihnen nach dem zweiten
    Gespräch ein Angebot für die Stelle als Assistent Einkauf & Disposition machen.

    Eckdaten: Festanstellung 100 %, Start 2. November, Jahreslohn CHF 71'500 (13 x),
    5 Wochen Ferien, GA-Beitrag. Herr Lüthi schickt den Vertragsentwurf morgen direkt an
    Sie; ich würde vorher gerne 10 Minuten mit Ihnen telefonieren, um die Punkte
    durchzugehen. Wann passt es Ihnen heute?

    Herzliche Gratulation schon mal!

    Marco Stäheli
    Personalberater, Hartmann Personal AG
    +41 61 272 18 50
""")

MESSAGES = [
    # ===================================== application_received =============================
    dict(
        id="lav-ack", kind="application_received", slug="teamtailor_ack", lang="fr",
        company="Maison Lavergne", contact="",
        frm=("Maison Lavergne", "no-reply@teamtailor-mail.com"),
        subject="Nous avons bien reçu votre candidature", date="2026-02-16 21:04",
        text=t("""
            Bonjour Baptiste,

            Merci d'avoir postulé au poste d'assistant achats chez Maison Lavergne. Votre
            candidature est bien arrivée et Hélène Roussel, notre responsable achats, la
            lira personnellement.

            Nous revenons vers vous sous deux semaines environ.

            À bientôt,
            L'équipe Maison Lavergne
        """),
        html=ats_card("Maison Lavergne", "#7f1d1d", paras(t("""
            Bonjour Baptiste,

            Merci d'avoir postulé au poste d'assistant achats chez Maison Lavergne. Votre
            candidature est bien arrivée et Hélène Roussel, notre responsable achats, la
            lira personnellement.

            Nous revenons vers vous sous deux semaines environ.

            À bientôt,
            L'équipe Maison Lavergne
        """)), "Propulsé par Teamtailor · "
            '<a href="https://maisonlavergne.teamtailor.com/connect">Connect</a>'),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="saone-ack", kind="application_received", slug="smartrecruiters_no_individual",
        lang="fr", company="Saône Distribution", contact="",
        frm=("Saône Distribution", "noreply@smartrecruiters.com"), name_enc=("utf-8", "Q"),
        subject="Merci pour votre candidature – Assistant(e) achats (H/F)",
        date="2026-03-09 06:12", tz="+0000",
        text=_SAONE_ACK,
        html=ats_card("Saône Distribution", "#0b5394", paras(_SAONE_ACK),
                      "Message automatique – merci de ne pas répondre."),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="sb-ack", kind="application_received", slug="hospital_dossier_enregistre",
        lang="fr", company="Centre hospitalier Saint-Bénigne",
        contact="recrutement@ch-saint-benigne.example.fr",
        frm=("Direction des ressources humaines", "recrutement@ch-saint-benigne.example.fr"),
        subject="Accusé de réception – candidature DAL-2026-03", date="2026-01-19 15:22",
        cs="iso-8859-1", cte="quoted-printable",
        text=t("""
            Monsieur,

            Nous accusons réception de votre candidature au poste d'assistant achats
            (référence DAL-2026-03) et vous remercions de l'intérêt porté au Centre
            hospitalier Saint-Bénigne.

            Votre dossier est complet et a été transmis à la direction des achats et de la
            logistique. La date limite de dépôt étant fixée au 25 janvier, les candidats
            retenus pour un entretien seront contactés début février.

            La Direction des ressources humaines
            Centre hospitalier Saint-Bénigne - 1 boulevard Jeanne d'Arc, 21000 Dijon
        """),
    ),
    dict(
        id="tempo-ack", kind="application_received", slug="agency_registration", lang="fr",
        company="Tempo Intérim Côte-d'Or", contact="audrey.lefevre@tempo-interim21.example.fr",
        frm=("Audrey Lefèvre | Tempo Intérim", "audrey.lefevre@tempo-interim21.example.fr"),
        subject="Votre inscription chez Tempo Intérim Côte-d'Or", date="2026-01-08 17:40",
        text=t("""
            Bonjour Baptiste,

            Suite à votre passage en agence ce matin, je vous confirme que votre inscription
            est finalisée : votre dossier (CV, pièce d'identité, RIB, attestation Vitale) est
            complet et vous êtes visible par nos clients pour des postes d'assistant achats,
            d'approvisionneur et de gestionnaire de stock sur Dijon et sa périphérie.

            Vous pouvez mettre à jour vos disponibilités dans l'application Tempo&Moi.

            À très vite,
            Audrey Lefèvre
            Chargée de recrutement – Tempo Intérim Côte-d'Or
            8 avenue Foch, 21000 Dijon – 03 80 44 17 90
        """),
        html=gmail_html(paras(t("""
            Bonjour Baptiste,

            Suite à votre passage en agence ce matin, je vous confirme que votre inscription
            est finalisée : votre dossier (CV, pièce d'identité, RIB, attestation Vitale) est
            complet et vous êtes visible par nos clients pour des postes d'assistant achats,
            d'approvisionneur et de gestionnaire de stock sur Dijon et sa périphérie.

            Vous pouvez mettre à jour vos disponibilités dans l'application Tempo&Moi.

            À très vite,
            Audrey Lefèvre
        """))),
    ),
    dict(
        id="jura-ack", kind="application_received", slug="agency_cv_bien_recu", lang="fr",
        company="Jura Emploi Intérim", contact="celine.vuillet@jura-emploi.example.fr",
        frm=("Céline Vuillet", "celine.vuillet@jura-emploi.example.fr"),
        subject="Re: Candidature assistant approvisionnement", date="2026-08-03 09:18",
        refs_raw=["<cv-jura.0731@example.fr>"], cte="8bit",
        text=t("""
            Bonjour Baptiste,

            Nous avons bien reçu votre CV, merci. Votre profil est enregistré à l'agence de
            Besançon. Je regarde cette semaine les missions en approvisionnement qui
            pourraient vous correspondre et je vous appelle dès que j'ai une piste.

            Céline Vuillet
            Jura Emploi Intérim
        """),
    ),
    dict(
        id="valdor-ack", kind="application_received", slug="workday_confirmation", lang="fr",
        company="Valdor Industries", contact="",
        frm=("Valdor Industries", "valdor@myworkday.com"),
        subject="Confirmation de candidature – Assistant achats (R-10482)",
        date="2026-02-02 04:55", tz="-0800",
        html=ats_card("Valdor Industries", "#111827", paras(t("""
            Bonjour Baptiste,

            Nous vous confirmons la réception de votre candidature au poste Assistant achats –
            pièces mécaniques (R-10482), Lyon Gerland.

            Votre dossier va être examiné par notre équipe Talent Acquisition. Vous serez
            informé par e-mail de chaque étape du processus.
        """)) + button("Accéder à mon espace candidat",
                       "https://valdor.wd3.myworkday.com/fr-FR/valdor_careers/userHome",
                       "#111827"),
            "Message automatique envoyé par Workday pour Valdor Industries."),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="brott-ack", kind="application_received", slug="taleo_cp1252", lang="fr",
        company="Laboratoires Brotteaux", contact="",
        frm=("Laboratoires Brotteaux", "noreply@taleo.net"),
        subject="Accusé de réception – Assistant achats matières premières",
        subj_enc=("windows-1252", "Q"),
        date="2026-06-08 22:17", cs="windows-1252", cte="quoted-printable",
        text=t("""
            Monsieur Nguyen-Ferrand,

            Nous vous remercions pour votre candidature au poste « Assistant achats matières
            premières – Vénissieux » (réf. 2026-0412), reçue le 08/06/2026.

            Votre dossier sera étudié dans les meilleurs délais. Vous serez contacté si votre
            profil est retenu pour un entretien.

            Direction des Ressources Humaines – Laboratoires Brotteaux
            Ce courriel est généré automatiquement – merci de ne pas y répondre.
        """),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="saleve-clin-ack", kind="application_received", slug="successfactors_ack",
        lang="fr", company="Clinique du Salève", contact="",
        frm=("Clinique du Salève", "noreply@successfactors.eu"),
        subject="Votre candidature a bien été transmise", subj_enc=("iso-8859-1", "B"),
        date="2026-05-18 12:41",
        html=ats_card("Clinique du Salève", "#0e7490", paras(t("""
            Madame, Monsieur,

            Votre candidature pour le poste d'Assistant(e) achats – dispositifs médicaux
            (80 %) a bien été transmise au Service des Ressources humaines de la Clinique du
            Salève.

            Nous l'examinerons avec soin et reviendrons vers vous dans les meilleurs délais.

            Service des Ressources humaines
        """)), "SAP SuccessFactors · Ne pas répondre à ce message."),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="rhone-ack", kind="application_received", slug="icims_silence_means_no",
        lang="fr", company="Rhône Primeurs", contact="",
        frm=("Rhône Primeurs", "rhoneprimeurs-noreply@icims.com"),
        subject="Rhône Primeurs – candidature enregistrée (RP-118)", date="2026-04-13 19:33",
        tz="-0400", text=_RHONE_ACK,
        html=ats_card("Rhône Primeurs", "#15803d", paras(_RHONE_ACK),
                      "Rhône Primeurs · MIN de Lyon-Corbas · Propulsé par iCIMS"),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="morvan-ack", kind="application_received", slug="human_short_ack", lang="fr",
        company="Tonnellerie Morvan", contact="gerard.morvan@tonnellerie-morvan.example.fr",
        frm=("Gérard Morvan", "gerard.morvan@tonnellerie-morvan.example.fr"),
        subject="Re: Candidature spontanée – achats", date="2026-07-15 07:02",
        refs_raw=["<spont-morvan.0714@example.fr>"], cte="8bit",
        text=t("""
            Bonjour,

            Bien reçu votre CV, merci. Je le regarde ce week-end et Lucie, mon assistante,
            vous répondra.

            G. Morvan

            Envoyé de mon iPhone
        """),
    ),
    dict(
        id="rhein-ack", kind="application_received", slug="personio_eingang", lang="de",
        company="Rheinmühle Basel", contact="",
        frm=("Rheinmühle Basel", "no-reply@personio.de"),
        subject="Eingangsbestätigung Ihrer Bewerbung", date="2026-04-07 13:11",
        text=t("""
            Sehr geehrter Herr Nguyen-Ferrand

            Vielen Dank für Ihre Bewerbung als Sachbearbeiter Einkauf (m/w/d) bei der
            Rheinmühle Basel. Ihre Unterlagen sind vollständig bei uns eingegangen.

            Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei
            Ihnen.

            Freundliche Grüsse
            Ihr Rheinmühle-Team

            Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
        """),
        headers=[("Auto-Submitted", "auto-generated"), ("X-Personio-Event", "application.created")],
    ),
    dict(
        id="kessler-ack", kind="application_received", slug="human_reply_to_bewerbung",
        lang="de", company="Kessler Lebensmittel",
        contact="jana.frey@kessler-lebensmittel.example.ch",
        frm=("Jana Frey", "jana.frey@kessler-lebensmittel.example.ch"),
        subject="AW: Bewerbung als Einkaufsassistent – Baptiste Nguyen-Ferrand",
        date="2026-06-03 08:35", reply="kessler-appl",
        text=t("""
            Sehr geehrter Herr Nguyen-Ferrand

            Besten Dank für Ihre Bewerbung, die wir gerne erhalten haben. Ihre Unterlagen
            liegen nun bei unserem Einkaufsleiter, Herrn Vogel. Wir melden uns bis Mitte Juni
            mit einer Rückmeldung.

            Freundliche Grüsse
            Jana Frey
            HR-Fachfrau, Kessler Lebensmittel AG
        """) + reply_quote("de", "2026-05-29 21:17", "Baptiste Nguyen-Ferrand",
                           "baptiste.nf@example.fr", _KESSLER_APPL),
        html=outlook_word(paras(t("""
            Sehr geehrter Herr Nguyen-Ferrand

            Besten Dank für Ihre Bewerbung, die wir gerne erhalten haben. Ihre Unterlagen
            liegen nun bei unserem Einkaufsleiter, Herrn Vogel. Wir melden uns bis Mitte Juni
            mit einer Rückmeldung.

            Freundliche Grüsse
            Jana Frey
        """), "MsoNormal"), "DE-CH"),
    ),
    dict(
        id="hartmann-ack", kind="application_received", slug="agency_registrierung", lang="de",
        company="Hartmann Personal", contact="marco.staeheli@hartmann-personal.example.ch",
        frm=("Hartmann Personal AG", "bewerbung@hartmann-personal.example.ch"),
        reply_to=("Marco Stäheli", "marco.staeheli@hartmann-personal.example.ch"),
        subject="Ihre Registrierung bei Hartmann Personal", date="2026-01-14 18:22",
        cs="iso-8859-1", cte="quoted-printable",
        text=t("""
            Guten Tag Herr Nguyen-Ferrand

            Herzlich willkommen bei Hartmann Personal! Ihre Registrierung ist abgeschlossen
            und Ihr Dossier wurde Ihrem persönlichen Berater, Herrn Marco Stäheli,
            zugewiesen.

            Herr Stäheli meldet sich in den nächsten Tagen für ein Kennenlerngespräch. Bei
            Fragen können Sie direkt auf diese E-Mail antworten.

            Freundliche Grüsse
            Hartmann Personal AG
            Aeschenvorstadt 48, 4051 Basel
        """),
    ),
    dict(
        id="klybeck-ack", kind="application_received", slug="softgarden_eingang", lang="de",
        company="Klybeck Chemie", contact="",
        frm=("Klybeck Chemie", "noreply@softgarden.io"),
        subject="Bestätigung: Ihre Bewerbung ist eingegangen", date="2026-08-10 08:47",
        html=ats_card("Klybeck Chemie", "#7c3aed", paras(t("""
            Guten Tag Herr Nguyen-Ferrand

            Herzlichen Dank für Ihre Bewerbung auf die Stelle «Assistent/in Einkauf
            technische Güter (80–100 %)».

            Wir haben Ihre Unterlagen erhalten und werden sie in den kommenden Tagen prüfen.
            Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto
            einsehen.

            Freundliche Grüsse
            Talent Acquisition, Klybeck Chemie
        """)), "Diese E-Mail wurde automatisch über softgarden versendet."),
        html_cte="base64",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="birsig-ack", kind="application_received", slug="successfactors_eingang_spital",
        lang="de", company="Spital am Birsig", contact="",
        frm=("Spital am Birsig – Personaldienst", "noreply@successfactors.eu"),
        subject="Ihre Bewerbung: Mitarbeiter/in Einkauf & Beschaffung (80 %)",
        date="2026-09-14 11:29",
        text=t("""
            Guten Tag Herr Nguyen-Ferrand

            Ihre Bewerbung für die Stelle Mitarbeiter/in Einkauf & Beschaffung (80 %) ist bei
            uns eingegangen. Vielen Dank!

            Die Beschaffung sichtet die Dossiers laufend. Sie erhalten innert drei Wochen
            einen Zwischenbescheid.

            Personaldienst, Spital am Birsig
        """),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="spalentor-ack", kind="application_received", slug="recruitee_no_individual",
        lang="de", company="Rösterei Spalentor", contact="",
        frm=("Rösterei Spalentor", "no-reply@jobs.recruitee.com"),
        subject="Danke für deine Bewerbung!", date="2026-03-30 10:54",
        text=_SPALENTOR_ACK,
        html=ats_card("Rösterei Spalentor", "#4b2e1e", paras(_SPALENTOR_ACK),
                      "Gesendet mit Recruitee"),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="leman-ack", kind="application_received", slug="greenhouse_received", lang="en",
        company="Léman Distribution", contact="",
        frm=("Léman Distribution", "no-reply@greenhouse-mail.io"),
        subject="Thank you for applying to Léman Distribution", subj_enc=("utf-8", "B"),
        date="2026-05-04 07:58", text=_LEMAN_ACK,
        html=ats_card("Léman Distribution", "#2563eb", paras(_LEMAN_ACK),
                      "Sent via Greenhouse. Please do not reply to this email."),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="genevest-ack", kind="application_received", slug="lever_cannot_reply_each",
        lang="en", company="Genevest Trading", contact="",
        frm=("Genevest Trading", "no-reply@hire.lever.co"),
        subject="Thanks for applying to Genevest Trading", date="2026-03-23 16:44", tz="+0000",
        text=_GENEVEST_ACK, cte="7bit",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="helvetic-ack", kind="application_received", slug="ashby_received", lang="en",
        company="Helvetic Nutrition", contact="",
        frm=("Helvetic Nutrition Hiring Team", "no-reply@ashbyhq.com"),
        subject="We received your application: Purchasing Assistant (Pratteln)",
        date="2026-07-06 09:15",
        html=gmail_html(paras(t("""
            Hi Baptiste,

            Thank you for applying for the Purchasing Assistant position at Helvetic
            Nutrition. Your application has been received and is now with our Talent team.

            We aim to review every application within ten working days.

            Helvetic Nutrition Hiring Team
        """))), html_cte="7bit",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="citricos-ack", kind="application_received", slug="bamboohr_recibida", lang="es",
        company="Cítricos del Turia", contact="",
        frm=("Cítricos del Turia", "no-reply@bamboohr.com"), name_enc=("iso-8859-1", "Q"),
        subject="Hemos recibido tu candidatura", date="2026-06-01 08:02",
        text=_CIT_ACK, html=ats_card("Cítricos del Turia", "#ea580c", paras(_CIT_ACK),
                                     "Enviado con BambooHR."),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        id="requena-ack", kind="application_received", slug="workable_recibida", lang="es",
        company="Bodegas Requena Alta", contact="",
        frm=("Bodegas Requena Alta", "noreply@workablemail.com"),
        subject="Confirmación: candidatura a Ayudante de compras", date="2026-05-11 18:30",
        cs="iso-8859-1", cte="quoted-printable",
        text=t("""
            Hola Baptiste,

            Gracias por presentar tu candidatura al puesto de Ayudante de compras en Bodegas
            Requena Alta. La hemos recibido correctamente.

            El equipo revisará tu perfil y, si encaja con lo que buscamos, te escribiremos
            para concertar una entrevista.

            Saludos,
            Bodegas Requena Alta

            Este mensaje se ha enviado automáticamente a través de Workable.
        """),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    # ============================================ offer =====================================
    dict(
        id="lav-offer", kind="offer", slug="formal_offer_pdf", lang="fr",
        company="Maison Lavergne", contact="marc.delorme@lavergne-vins.example.fr",
        frm=("Marc Delorme", "marc.delorme@lavergne-vins.example.fr"),
        cc=[("Hélène Roussel", "helene.roussel@lavergne-vins.example.fr")],
        subject="Re: Merci pour l'entretien – proposition d'embauche",
        date="2026-03-13 11:40", reply="lav-thanks",
        text=_LAV_OFFER + reply_quote("fr", "2026-03-06 18:40", "Baptiste Nguyen-Ferrand",
                                      "baptiste.nf@example.fr", _LAV_THANKS),
        html=outlook_word(paras(_LAV_OFFER, "MsoNormal")),
        pdfs=[dict(name="Proposition_embauche_Nguyen-Ferrand.pdf",
                   title="Maison Lavergne - Proposition d'embauche",
                   lines=["Poste : Assistant achats - matières sèches et fournitures de cave",
                          "Contrat : CDI, statut employé, à compter du 4 mai 2026",
                          "Rémunération : 27 600 EUR bruts annuels + 13e mois",
                          "Lieu de travail : 27 rue Paradis, 21200 Beaune",
                          "Réponse souhaitée avant le 24 mars 2026"])],
    ),
    dict(
        id="arcelin-offer", kind="offer", slug="cabinet_client_wants_offer", lang="fr",
        company="Saveurs de Bresse", contact="mathilde.sauvage@arcelin-conseil.example.fr",
        frm=("Mathilde Sauvage", "mathilde.sauvage@arcelin-conseil.example.fr"),
        subject="Saveurs de Bresse souhaite vous faire une offre !", date="2026-10-12 12:06",
        text=t("""
            Bonjour Baptiste,

            Je sors d'un appel avec la directrice industrielle de Saveurs de Bresse : ils ont
            été convaincus par vos deux entretiens et souhaitent vous faire une offre pour le
            poste d'assistant achats à Mâcon.

            Les grandes lignes : CDI, 28 500 € bruts annuels sur 12 mois, prime de fin
            d'année, démarrage souhaité le 2 novembre. L'offre écrite vous sera adressée
            directement par leur service RH d'ici jeudi.

            Pouvez-vous m'appeler cet après-midi pour qu'on en parle avant ? Félicitations !

            Mathilde Sauvage
            Consultante senior – Supply Chain & Achats
            Arcelin Conseil – 42 quai Saint-Vincent, 69001 Lyon – +33 4 78 29 61 40
        """),
        html=outlook_word(paras(t("""
            Bonjour Baptiste,

            Je sors d'un appel avec la directrice industrielle de Saveurs de Bresse : ils ont
            été convaincus par vos deux entretiens et souhaitent vous faire une offre pour le
            poste d'assistant achats à Mâcon.

            Les grandes lignes : CDI, 28 500 € bruts annuels sur 12 mois, prime de fin
            d'année, démarrage souhaité le 2 novembre. L'offre écrite vous sera adressée
            directement par leur service RH d'ici jeudi.

            Pouvez-vous m'appeler cet après-midi pour qu'on en parle avant ? Félicitations !

            Mathilde Sauvage
        """), "MsoNormal")),
    ),
    dict(
        id="saleve-clin-offer", kind="offer", slug="verbal_offer_follow_up", lang="fr",
        company="Clinique du Salève", contact="valerie.rochat@clinique-saleve.example.ch",
        frm=("Valérie Rochat", "valerie.rochat@clinique-saleve.example.ch"),
        subject="Suite à notre appel – votre engagement à la Clinique du Salève",
        date="2026-06-12 16:55", cs="iso-8859-1", cte="quoted-printable",
        text=t("""
            Bonjour Monsieur Nguyen-Ferrand,

            Comme je vous l'ai annoncé ce matin au téléphone, la Clinique du Salève a le
            plaisir de vous proposer le poste d'assistant achats - dispositifs médicaux, à
            80 %, dès le 1er septembre 2026.

            Pour rappel, les conditions évoquées : salaire annuel brut de CHF 58'400 pour un
            80 %, versé en 13 mensualités, 5 semaines de vacances, période d'essai de trois
            mois. Le contrat de travail vous parviendra par courrier la semaine prochaine.

            Je vous remercie de me confirmer votre accord de principe par retour de courriel.

            Avec mes meilleures salutations,

            Valérie Rochat
            Responsable Ressources humaines
            Clinique du Salève - Chemin de la Montagne 12, 1224 Chêne-Bougeries
            +41 22 869 30 30
        """),
    ),
    dict(
        id="rhone-offer", kind="offer", slug="contract_for_signature", lang="fr",
        company="Rhône Primeurs", contact="julien.masson@rhone-primeurs.example.fr",
        frm=("Julien Masson", "julien.masson@rhone-primeurs.example.fr"),
        subject="Votre contrat de travail à signer – Rhône Primeurs", date="2026-05-20 10:27",
        reply="rhone-cancel",
        text=t("""
            Bonjour Baptiste,

            Suite à votre entretien du 12 mai avec Mme Perrin et à votre accord téléphonique
            d'hier, vous trouverez ci-joint votre contrat de travail (CDD de 12 mois,
            assistant achats fruits et légumes, prise de poste le 8 juin).

            Merci de le relire, de parapher chaque page et de nous le retourner signé avant le
            27 mai, par courrier ou scanné en réponse à ce message. N'hésitez pas si une
            clause vous semble peu claire.

            Bienvenue chez Rhône Primeurs !

            Julien Masson
            Chargé de recrutement – Rhône Primeurs
            MIN de Lyon-Corbas, 69960 Corbas – 04 72 51 88 40
        """),
        pdfs=[dict(name="Contrat_CDD_Nguyen-Ferrand_RP.pdf",
                   title="Contrat de travail a duree determinee",
                   lines=["Entre Rhône Primeurs, MIN de Lyon-Corbas, et M. Baptiste Nguyen-Ferrand",
                          "Emploi : assistant achats fruits et légumes, niveau IV",
                          "Durée : 12 mois à compter du 8 juin 2026",
                          "Salaire brut mensuel : 2 150 EUR",
                          "Signature du salarié : ____________________"])],
    ),
    dict(
        id="cereales-offer", kind="offer", slug="promesse_embauche_pdf", lang="fr",
        company="Bourgogne Céréales", contact="isabelle.fournier@bourgogne-cereales.example.fr",
        frm=("Isabelle Fournier", "isabelle.fournier@bourgogne-cereales.example.fr"),
        name_enc=("utf-8", "Q"),
        subject="Promesse d'embauche – assistant achats", date="2026-10-05 15:12",
        cs="windows-1252", cte="base64",
        text=t("""
            Monsieur,

            Nous avons le plaisir de vous confirmer notre décision de vous engager en qualité
            d'assistant achats au sein de la coopérative Bourgogne Céréales, site de
            Longvic, en contrat à durée indéterminée à compter du 3 novembre 2026.

            Vous trouverez en pièce jointe la promesse d'embauche précisant votre
            rémunération (26 900 € bruts annuels), votre temps de travail et la période
            d'essai de deux mois. Nous vous remercions de nous la retourner datée et signée,
            précédée de la mention « bon pour accord », au plus tard le 12 octobre.

            Toute l'équipe se réjouit de vous accueillir.

            Isabelle Fournier
            Responsable du personnel
            Coopérative Bourgogne Céréales – 3 rue de l'Écluse, 21600 Longvic
            03 80 68 12 40
        """),
        pdfs=[dict(name="Promesse_embauche_BNF.pdf",
                   title="Promesse d'embauche - Bourgogne Cereales",
                   lines=["Salarié : M. Baptiste Nguyen-Ferrand, 14 rue Berbisey, 21000 Dijon",
                          "Poste : assistant achats, CDI, 35 heures hebdomadaires",
                          "Date d'entrée : 3 novembre 2026 - période d'essai : 2 mois",
                          "Rémunération : 26 900 EUR bruts annuels",
                          "Bon pour accord, date et signature :"])],
    ),
    dict(
        id="kessler-offer", kind="offer", slug="vertrag_zur_unterschrift", lang="de",
        company="Kessler Lebensmittel", contact="jana.frey@kessler-lebensmittel.example.ch",
        frm=("Jana Frey", "jana.frey@kessler-lebensmittel.example.ch"),
        subject="Arbeitsvertrag Einkaufsassistent – bitte unterschreiben",
        date="2026-07-06 14:03", reply="kessler-move",
        text=t("""
            Sehr geehrter Herr Nguyen-Ferrand

            Wir freuen uns sehr, dass Sie unser Angebot vom vergangenen Freitag mündlich
            angenommen haben. Anbei erhalten Sie den Arbeitsvertrag als Einkaufsassistent
            (100 %) mit Stellenantritt am 1. September 2026 in zweifacher Ausführung.

            Bitte senden Sie uns ein unterschriebenes Exemplar bis am 17. Juli zurück. Für die
            Grenzgängerbewilligung benötigen wir zudem eine Kopie Ihres Passes.

            Herzlich willkommen bei Kessler!

            Freundliche Grüsse
            Jana Frey
            HR-Fachfrau, Kessler Lebensmittel AG
            Hochbergerstrasse 40, 4057 Basel
        """),
        html=outlook_word(paras(t("""
            Sehr geehrter Herr Nguyen-Ferrand

            Wir freuen uns sehr, dass Sie unser Angebot vom vergangenen Freitag mündlich
            angenommen haben. Anbei erhalten Sie den Arbeitsvertrag als Einkaufsassistent
            (100 %) mit Stellenantritt am 1. September 2026 in zweifacher Ausführung.

            Bitte senden Sie uns ein unterschriebenes Exemplar bis am 17. Juli zurück. Für die
            Grenzgängerbewilligung benötigen wir zudem eine Kopie Ihres Passes.

            Herzlich willkommen bei Kessler!

            Jana Frey
        """), "MsoNormal"), "DE-CH"),
        pdfs=[dict(name="Arbeitsvertrag_Nguyen-Ferrand.pdf",
                   title="Arbeitsvertrag - Kessler Lebensmittel AG",
                   lines=["Arbeitnehmer: Baptiste Nguyen-Ferrand, F-21000 Dijon",
                          "Funktion: Einkaufsassistent, Pensum 100 %",
                          "Stellenantritt: 1. September 2026",
                          "Jahreslohn: CHF 69'000, 13 Monatslöhne",
                          "Unterschrift Arbeitnehmer: ____________________"])],
    ),
    dict(
        id="hartmann-offer", kind="offer", slug="agency_client_angebot", lang="de",
        company="Basler Teigwaren", contact="marco.staeheli@hartmann-personal.example.ch",
        frm=("Marco Stäheli", "marco.staeheli@hartmann-personal.example.ch"),
        subject="Angebot von Basler Teigwaren!", date="2026-09-22 11:14",
        text=_HARTMANN_OFFER, html=gmail_html(paras(_HARTMANN_OFFER)),
        cs="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        id="alpine-offer", kind="offer", slug="verbal_offer_letter_pdf", lang="en",
        company="Alpine Foodservice Group", contact="sarah.lindqvist@alpine-foodservice.example.ch",
        frm=("Sarah Lindqvist", "sarah.lindqvist@alpine-foodservice.example.ch"),
        subject="Offer of employment - Procurement Assistant", date="2026-08-28 13:26",
        text=_ALPINE_OFFER, html=outlook_word(paras(_ALPINE_OFFER, "MsoNormal"), "EN-GB"),
        pdfs=[dict(name="Offer_Letter_B_Nguyen-Ferrand.pdf",
                   title="Alpine Foodservice Group - Offer Letter",
                   lines=["Position: Procurement Assistant, Geneva (Meyrin)",
                          "Start date: 1 October 2026",
                          "Salary: CHF 68,000 gross per year, 13 instalments",
                          "Probation: six months",
                          "Accepted and agreed: ____________________"])],
    ),
    dict(
        id="citricos-offer", kind="offer", slug="carta_oferta_pdf", lang="es",
        company="Cítricos del Turia", contact="marta.ferrer@citricos-turia.example.es",
        frm=("Marta Ferrer", "marta.ferrer@citricos-turia.example.es"),
        subject="Oferta de empleo – Técnico de compras junior", subj_enc=("utf-8", "B"),
        date="2026-07-03 12:48", reply="citricos-move",
        text=t("""
            Hola Baptiste:

            Después de la entrevista con Jordi y conmigo, tenemos el placer de ofrecerte el
            puesto de Técnico de compras junior en Cítricos del Turia.

            Adjunto la carta de oferta con las condiciones: contrato indefinido, salario bruto
            anual de 24.500 € en 14 pagas, jornada completa con horario intensivo en verano e
            incorporación el 1 de septiembre.

            Te agradeceríamos una respuesta antes del 10 de julio. Cualquier duda, llámame.

            Un saludo,
            Marta Ferrer
            Responsable de RRHH · Cítricos del Turia
            C/ Ciudad de Sevilla 14, 46988 Paterna · 961 32 07 45
        """),
        pdfs=[dict(name="Carta_oferta_Nguyen-Ferrand.pdf",
                   title="Citricos del Turia - Carta de oferta",
                   lines=["Puesto: Técnico de compras junior",
                          "Contrato: indefinido, jornada completa",
                          "Salario: 24.500 EUR brutos anuales en 14 pagas",
                          "Incorporación: 1 de septiembre de 2026",
                          "Firma del candidato: ____________________"])],
    ),
    dict(
        id="talento-offer", kind="offer", slug="ett_client_quiere_oferta", lang="es",
        company="Conservas La Huerta", contact="laura.gimenez@talentolevante.example.es",
        frm=("Laura Giménez", "laura.gimenez@talentolevante.example.es"),
        subject="¡Conservas La Huerta quiere hacerte una oferta!", date="2026-10-07 09:52",
        cte="8bit",
        text=t("""
            ¡Hola Baptiste!

            Acaba de llamarme la directora de Conservas La Huerta: quieren hacerte una oferta
            para el puesto de auxiliar de compras en Alzira. Les encantó tu experiencia con
            materias primas y cómo explicaste la gestión de mermas en el obrador.

            Condiciones que me han adelantado: contrato de seis meses con paso a indefinido,
            22.000 € brutos anuales y entrada el 2 de noviembre. Te mandan el contrato esta
            semana.

            ¿Hablamos hoy por teléfono y me dices qué te parece?

            Laura Giménez
            Talento Levante ETT · 963 41 22 78
        """),
    ),
]
