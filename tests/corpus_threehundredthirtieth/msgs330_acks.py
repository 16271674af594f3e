"""application_received: acknowledgements that Declan's application arrived (21 messages)."""

from __future__ import annotations

from msgs330_common import DECLAN_ASCII, msg, shell, t

K = "application_received"

MESSAGES = [
    msg(
        id="meridale_dublin_ack", kind=K, lang="en", company="Meridale Hotels & Resorts",
        frm=("Meridale Hotels & Resorts", "meridale@myworkday.com"),
        subj="Thank you for applying: Food & Beverage Operations Manager (R-20431)",
        date="2026-02-02 08:41 +0000", cte="qp",
        text=t("""
            Dear Declan,

            Thank you for your interest in Meridale Hotels & Resorts. We have received your
            application for Food & Beverage Operations Manager (R-20431) at Meridale Dublin
            Docklands.

            Our Talent Acquisition team reviews every application carefully. If your profile
            matches what the hotel is looking for, a member of the team will contact you to
            discuss next steps. You can follow the status of your application at any time in
            your candidate home.

            Kind regards,
            Talent Acquisition
            Meridale Hotels & Resorts

            This is an automated message. Please do not reply to this e-mail.
        """),
        html=shell("Meridale Hotels & Resorts", [
            "Dear Declan,",
            "Thank you for your interest in Meridale Hotels &amp; Resorts. We have received"
            " your application for <b>Food &amp; Beverage Operations Manager (R-20431)</b> at"
            " Meridale Dublin Docklands.",
            "Our Talent Acquisition team reviews every application carefully. If your profile"
            " matches what the hotel is looking for, a member of the team will contact you to"
            " discuss next steps. You can follow the status of your application at any time in"
            " your <a href=\"https://meridale.wd3.myworkday.com/careers\">candidate home</a>.",
            "Kind regards,<br>Talent Acquisition<br>Meridale Hotels &amp; Resorts",
        ], footer="This is an automated message. Please do not reply to this e-mail."),
    ),
    msg(
        id="castellan_ack", kind=K, lang="en", company="Castellan Catering",
        frm=("Castellan Catering", "no-reply@greenhouse-mail.io"),
        subj="We've received your application to Castellan Catering",
        date="2026-01-19 14:05 +0000", cte="b64",
        html=shell("Castellan Catering", [
            "Hi Declan,",
            "Thanks for applying for the <b>Catering Operations Lead (Fixed Term) - Cork</b>"
            " role at Castellan Catering. Our team feeds people in hospitals, offices, campuses"
            " and factories across Ireland and the UK, and we are glad you'd like to join us.",
            "We've got your application and our recruitment team will look at it over the next"
            " couple of weeks. If we'd like to take things further, we'll be in touch by e-mail"
            " to set up a first conversation.",
            "All the best,<br>The Castellan Talent Team",
        ], footer="Castellan Catering &middot; Unit 4, Eastgate Business Park, Little Island,"
                  " Cork &middot; Powered by Greenhouse", colour="#7a1f2b"),
    ),
    msg(
        id="amc_ack", kind=K, lang="en", company="Atlantic Meridian Cruises",
        frm=("Atlantic Meridian Cruises", "mail@smartrecruiters.com"),
        reply_to=("Atlantic Meridian Cruises", "no-reply@smartrecruiters.com"),
        subj="Your application: Assistant Food & Beverage Manager - Fleet",
        date="2026-01-27 11:32 +0000", cte="qp",
        text=t("""
            Hello Declan,

            Thank you for applying for the position of Assistant Food & Beverage Manager -
            Fleet with Atlantic Meridian Cruises. This e-mail confirms that your application
            has been received.

            We receive a very high number of applications for shipboard positions and,
            unfortunately, we are not able to reply to every applicant individually. If your
            experience matches the requirements of the role, our Crew Recruitment team will
            contact you within four weeks. If you do not hear from us within this time, please
            consider that we have not been able to take your application further on this
            occasion.

            Fair winds,
            Crew Recruitment | Atlantic Meridian Cruises
            Palma de Mallorca - Southampton - Miami
        """),
        html=shell("Atlantic Meridian Cruises", [
            "Hello Declan,",
            "Thank you for applying for the position of <b>Assistant Food &amp; Beverage"
            " Manager - Fleet</b> with Atlantic Meridian Cruises. This e-mail confirms that"
            " your application has been received.",
            "We receive a very high number of applications for shipboard positions and,"
            " unfortunately, we are not able to reply to every applicant individually. If your"
            " experience matches the requirements of the role, our Crew Recruitment team will"
            " contact you within four weeks. If you do not hear from us within this time,"
            " please consider that we have not been able to take your application further on"
            " this occasion.",
            "Fair winds,<br>Crew Recruitment | Atlantic Meridian Cruises<br>"
            "Palma de Mallorca - Southampton - Miami",
        ], colour="#0b3954"),
    ),
    msg(
        id="leevalley_ack", kind=K, lang="en", company="Lee Valley University",
        frm=("Lee Valley University Recruitment", "noreply@successfactors.eu"),
        subj="Application received - Catering Services Operations Manager (Ref LVU-CAT-0226)",
        date="2026-02-09 09:15 +0000", cs="windows-1252", cte="qp",
        text=t("""
            Dear Mr Ó Briain-Whitfield,

            Thank you for submitting your application for the post of Catering Services
            Operations Manager (Ref LVU-CAT-0226) within Campus Services at Lee Valley
            University.

            The closing date for this competition is 20 February 2026. Shortlisting will take
            place after the closing date and candidates who are shortlisted will be notified
            by e-mail. Please note that the salary scale for this post is €52,410 - €68,122.

            Lee Valley University is an equal opportunities employer. If you require any
            reasonable accommodation during the recruitment process, please let us know.

            Human Resources Department
            Lee Valley University, Western Road, Cork

            This mailbox is not monitored.
        """),
    ),
    msg(
        id="tessellate_ack", kind=K, lang="en", company="Tessellate Restaurant Group",
        frm=("Tessellate Restaurant Group", "no-reply@hire.lever.co"),
        subj="Tessellate Restaurant Group - application received",
        date="2026-02-14 17:48 +0000", cte="7bit",
        text=t("""
            Hi Declan,

            Thanks so much for your interest in Tessellate Restaurant Group! We've received
            your application for General Manager - Borough site, London, and we're excited to
            learn more about you.

            We're a small team, so it can take us up to two weeks to review everything. We'll
            reach out if there's a fit.

            Cheers,
            Tessellate People Team

            --
            Sent via Lever. Please don't reply to this email.
        """),
    ),
    msg(
        id="shandon_ack", kind=K, lang="en", company="Shandon Park Stadium",
        frm=("Shandon Park Stadium", "noreply@workablemail.com"),
        subj="Shandon Park Stadium: we got your application",
        date="2026-03-02 10:03 +0000", cte="qp",
        html=shell("Shandon Park Stadium", [
            "Hi Declan,",
            "Thanks for applying for <b>Hospitality &amp; Catering Operations Supervisor"
            " (Match &amp; Event Days)</b> at Shandon Park Stadium.",
            "Your application has been received and will be reviewed by the hiring team. We'll"
            " get back to you as soon as possible.",
            "Best regards,<br>Shandon Park Stadium Hiring Team",
        ], footer="You received this message because you applied for a job at Shandon Park"
                  " Stadium through Workable.", colour="#0f5132"),
    ),
    msg(
        id="calton_ack", kind=K, lang="en", company="Calton Rock Hotels",
        frm=("Calton Rock Hotels", "no-reply@ashbyhq.com"),
        subj="Thanks for applying to Calton Rock Hotels",
        date="2026-06-03 07:58 +0100", cte="qp",
        text=t("""
            Hi Declan,

            Thank you for applying to the Food & Beverage Manager role at The Calton Rock,
            Edinburgh. We've successfully received your application.

            Our team reviews applications on a rolling basis. If your background is a good
            match for the role, we'll reach out to schedule a first conversation.

            In the meantime, you can learn more about life at Calton Rock Hotels on our
            careers page.

            Best,
            Calton Rock Hotels Recruiting
        """),
        html=shell("Calton Rock Hotels", [
            "Hi Declan,",
            "Thank you for applying to the <b>Food &amp; Beverage Manager</b> role at The"
            " Calton Rock, Edinburgh. We've successfully received your application.",
            "Our team reviews applications on a rolling basis. If your background is a good"
            " match for the role, we'll reach out to schedule a first conversation.",
            "In the meantime, you can learn more about life at Calton Rock Hotels on our"
            " careers page.",
            "Best,<br>Calton Rock Hotels Recruiting",
        ], colour="#3d2b56"),
    ),
    msg(
        id="brigade_ack", kind=K, lang="en", company="Brigade Hospitality Recruitment",
        frm=("Niamh Costigan", "niamh.costigan@brigade-hospitality.example.ie"),
        subj="RE: CV - Declan Whitfield - F&B / Operations roles",
        date="2026-01-15 09:27 +0000", cte="8bit", parent="own_brigade_application",
        quote="outlook", qlang="en",
        text=t("""
            Hi Declan,

            Thanks for sending this on - CV received and it's a strong one, the move from
            head chef into operations makes a lot of sense with your background.

            I'm registering you on our system now. I have a couple of live briefs in Cork and
            Limerick that could suit, but I need to speak to the clients before I send anything
            over. Expect a call from me early next week.

            Best,
            Niamh

            Niamh Costigan | Senior Consultant - Hotels & Catering
            Brigade Hospitality Recruitment
            2nd Floor, 14 South Mall, Cork T12 X2E4
            M: +353 87 412 6630
        """),
    ),
    msg(
        id="regent_ack", kind=K, lang="en", company="Regent Lantern Hotels",
        frm=("Regent Lantern Hotels Careers", "regentlantern@taleo.net"),
        subj="Regent Lantern Hotels - Confirmation of your application",
        date="2026-05-12 16:20 +0100", cte="b64",
        text=t("""
            Dear Declan Ó Briain-Whitfield,

            Thank you for applying for the following position:

                Requisition: RLH-LON-04417
                Title: Director of Food & Beverage Operations (Deputy)
                Location: Regent Lantern Covent Garden, London

            Your application has been successfully submitted. You may review your profile and
            withdraw your application at any time through the Careers section.

            Sincerely,
            Regent Lantern Hotels Talent Acquisition

            PLEASE DO NOT REPLY TO THIS MESSAGE. THIS MAILBOX IS NOT MONITORED.
        """),
    ),
    msg(
        id="liffey_ack", kind=K, lang="en", company="Liffey Quarter Hotels",
        frm=("Liffey Quarter Hotels", "notifications@bamboohr.com"),
        reply_to=("Orla Brennan", "orla.brennan@liffeyquarter.example.ie"),
        subj="Thanks for your application - Banqueting & Events Manager",
        date="2026-07-07 12:11 +0100", cte="qp",
        text=t("""
            Hi Declan,

            Thank you for applying for the Banqueting & Events Manager position at Liffey
            Quarter Hotels. We have your application and I'll be reviewing it together with
            the hotel's General Manager over the coming days.

            If you have any questions in the meantime, just reply to this email.

            Warm regards,
            Orla Brennan
            HR Business Partner, Liffey Quarter Hotels
        """),
    ),
    msg(
        id="donaukanal_ack", kind=K, lang="de", company="Donaukanal Hotels",
        frm=("Donaukanal Hotels", "noreply@personio.de"),
        subj="Ihre Bewerbung als Food & Beverage Manager (m/w/d)",
        date="2026-02-20 13:44 +0100", cte="qp", hdr=("utf-8", "q"),
        text=t("""
            Sehr geehrter Herr Ó Briain-Whitfield,

            vielen Dank für Ihre Bewerbung als Food & Beverage Manager (m/w/d) im Hotel
            Donaukanal Leopoldstadt und Ihr Interesse an den Donaukanal Hotels.

            Ihre Unterlagen sind vollständig bei uns eingegangen. Wir sichten alle Bewerbungen
            sorgfältig und melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

            Mit freundlichen Grüßen
            Ihr Recruiting-Team der Donaukanal Hotels

            Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
        """),
    ),
    msg(
        id="gastwerk_ack", kind=K, lang="de", company="Gastwerk Catering",
        frm=("Gastwerk Catering Wien", "noreply@softgarden.io"),
        subj="Eingangsbestätigung Ihrer Bewerbung - Betriebsleitung Catering",
        date="2026-07-15 08:02 +0200", cs="iso-8859-1", cte="qp", hdr=("iso-8859-1", "q"),
        html=shell("Gastwerk Catering", [
            "Sehr geehrter Herr Whitfield,",
            "herzlichen Dank für Ihre Bewerbung als <b>Betriebsleitung Catering (w/m/d)</b>"
            " für unseren Standort in Wien-Simmering.",
            "Wir haben Ihre Unterlagen erhalten und werden diese nun prüfen. Bitte haben Sie"
            " Verständnis dafür, dass dies aufgrund der großen Anzahl an Bewerbungen einige Zeit"
            " in Anspruch nehmen kann.",
            "Freundliche Grüße<br>Ihr Gastwerk Catering Team",
        ], footer="Gastwerk Catering GmbH, Simmeringer Hauptstraße 212, 1110 Wien",
            colour="#b35c00", lang="de"),
    ),
    msg(
        id="kesslerpohl_ack", kind=K, lang="de", company="Kessler & Pohl Personalberatung",
        frm=("Mag. Verena Pohl", "v.pohl@kesslerpohl.example.at"),
        subj="AW: Bewerbung Declan Ó Briain-Whitfield - F&B / Hotelbetrieb",
        date="2026-03-21 10:12 +0100", cte="8bit", hdr=("iso-8859-1", "b"),
        parent="own_kesslerpohl_application", quote="outlook", qlang="de",
        text=t("""
            Sehr geehrter Herr Ó Briain-Whitfield,

            danke für Ihre Unterlagen, die wir gerne in unsere Kandidatendatenbank aufnehmen.
            Ihr Profil - Küchenchef mit Budget- und Personalverantwortung, Wechsel in Richtung
            Hotelbetrieb - ist für einige unserer Mandanten im Raum Wien durchaus interessant.

            Ich werde Ihre Unterlagen in den nächsten Tagen durchsehen und melde mich, sobald
            sich ein konkretes Mandat ergibt.

            Beste Grüße aus Wien
            Verena Pohl

            Mag. Verena Pohl
            Partnerin | Kessler & Pohl Personalberatung
            Wipplingerstraße 23, 1010 Wien
            T +43 1 532 77 40-12
        """),
    ),
    msg(
        id="meridale_wien_ack", kind=K, lang="de", company="Meridale Hotels & Resorts",
        frm=("Meridale Hotels & Resorts", "meridale@myworkday.com"),
        subj="Vielen Dank für Ihre Bewerbung: Director of Food & Beverage (R-21877)",
        date="2026-07-28 09:30 +0200", cte="b64",
        text=t("""
            Guten Tag Declan,

            vielen Dank für Ihr Interesse an Meridale Hotels & Resorts. Wir haben Ihre
            Bewerbung für die Position Director of Food & Beverage (R-21877) im Meridale Wien
            Ringstraße erhalten.

            Unser Talent-Acquisition-Team prüft Ihre Unterlagen. Wenn Ihr Profil zu den
            Anforderungen passt, nimmt jemand aus dem Team Kontakt mit Ihnen auf. Den Status
            Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto einsehen.

            Freundliche Grüße
            Talent Acquisition
            Meridale Hotels & Resorts

            Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht darauf.
        """),
    ),
    msg(
        id="garonne_ack", kind=K, lang="fr", company="Groupe Garonne Hospitalité",
        frm=("Groupe Garonne Hospitalité", "no-reply@recruitee.com"),
        subj="Confirmation de votre candidature - Responsable Restauration",
        date="2026-02-25 15:36 +0100", cte="qp", hdr=("utf-8", "q"),
        html=shell("Groupe Garonne Hospitalité", [
            "Bonjour Declan,",
            "Nous vous remercions pour votre candidature au poste de <b>Responsable"
            " Restauration</b> pour notre hôtel Garonne Rive Droite à Bordeaux.",
            "Votre dossier a bien été reçu. Notre équipe recrutement l'étudiera avec attention"
            " et reviendra vers vous dans les meilleurs délais.",
            "Bien cordialement,<br>L'équipe Recrutement<br>Groupe Garonne Hospitalité",
        ], footer="Merci de ne pas répondre à ce message automatique.", colour="#6b2737",
            lang="fr"),
    ),
    msg(
        id="castellan_fr_ack", kind=K, lang="fr", company="Castellan Restauration",
        frm=("Castellan Restauration", "no-reply@teamtailor-mail.com"),
        subj="Merci pour votre candidature, Declan !",
        date="2026-02-12 18:20 +0100", cte="qp",
        text=t("""
            Bonjour Declan,

            Merci d'avoir postulé au poste de Gérant de site - restauration collective
            (Bordeaux Mérignac) chez Castellan Restauration.

            Nous avons bien reçu votre candidature. Compte tenu du nombre important de
            dossiers, nous ne sommes pas en mesure de répondre individuellement à chaque
            candidat dans l'immédiat ; un membre de l'équipe vous recontactera si votre
            profil correspond à nos besoins.

            À très bientôt,
            L'équipe Talents de Castellan Restauration
        """),
        html=shell("Castellan Restauration", [
            "Bonjour Declan,",
            "Merci d'avoir postulé au poste de <b>Gérant de site - restauration collective"
            " (Bordeaux Mérignac)</b> chez Castellan Restauration.",
            "Nous avons bien reçu votre candidature. Compte tenu du nombre important de"
            " dossiers, nous ne sommes pas en mesure de répondre individuellement à chaque"
            " candidat dans l'immédiat ; un membre de l'équipe vous recontactera si votre"
            " profil correspond à nos besoins.",
            "À très bientôt,<br>L'équipe Talents de Castellan Restauration",
        ], colour="#7a1f2b", lang="fr"),
    ),
    msg(
        id="maisontalent_ack", kind=K, lang="fr", company="Hôtel des Quais",
        frm=("Camille Dufresne", "camille.dufresne@maisontalent.example.fr"),
        subj="Votre candidature - Directeur de la restauration, Hôtel des Quais",
        date="2026-04-06 11:48 +0200", cs="iso-8859-1", cte="8bit", hdr=("iso-8859-1", "q"),
        text=t("""
            Bonjour Monsieur Whitfield,

            Je vous remercie pour l'envoi de votre CV concernant le poste de Directeur de la
            restauration que nous menons pour le compte de l'Hôtel des Quais, à Bordeaux.

            J'ai bien reçu votre dossier et je le présenterai à notre client avec la première
            sélection de candidats en fin de semaine prochaine. Je reviendrai vers vous dès
            que j'aurai son retour.

            Bien à vous,

            Camille Dufresne
            Consultante senior - Hôtellerie & Restauration
            Maison Talent Hôtellerie
            18, cours de l'Intendance - 33000 Bordeaux
            Tél. : +33 5 56 44 19 02
        """),
    ),
    msg(
        id="campusgourmet_ack", kind=K, lang="fr", company="Campus Gourmet Aquitaine",
        frm=("Campus Gourmet Aquitaine", "no-reply@recruitee.com"),
        reply_to=("Campus Gourmet Aquitaine", "no-reply@recruitee.com"),
        subj="Accusé de réception : nous avons bien reçu votre candidature",
        date="2026-04-21 08:55 +0200", cte="b64", hdr=("utf-8", "b"),
        text=t("""
            Bonjour,

            Votre candidature au poste de Responsable d'exploitation - restaurants
            universitaires (campus de Talence) a bien été enregistrée.

            Campus Gourmet Aquitaine assure la restauration de plus de 18 000 étudiants et
            personnels chaque jour. Nous étudions chaque candidature avec attention ; si votre
            profil est retenu pour la suite du processus, vous serez contacté par téléphone ou
            par e-mail.

            Ceci est un message automatique, merci de ne pas y répondre.

            Campus Gourmet Aquitaine - Service des ressources humaines
        """),
    ),
    msg(
        id="tramuntana_ack", kind=K, lang="es", company="Grupo Hotelero Tramuntana",
        frm=("Grupo Hotelero Tramuntana", "no-reply@teamtailor-mail.com"),
        subj="¡Gracias por tu candidatura, Declan!",
        date="2026-03-04 12:14 +0100", cte="qp", hdr=("utf-8", "q"),
        html=shell("Grupo Hotelero Tramuntana", [
            "Hola Declan:",
            "Muchas gracias por tu interés en el puesto de <b>Jefe/a de Alimentos y Bebidas</b>"
            " en el Hotel Tramuntana Portixol, Palma.",
            "Hemos recibido correctamente tu candidatura. Nuestro equipo de Selección la"
            " revisará en los próximos días y, si tu perfil encaja, nos pondremos en contacto"
            " contigo.",
            "Un saludo,<br>Equipo de Talento<br>Grupo Hotelero Tramuntana",
        ], colour="#00606f", lang="es"),
    ),
    msg(
        id="llevant_ack", kind=K, lang="es", company="Servicios Temporales Llevant",
        frm=("Marta Serra Vidal", "marta.serra@llevant-temporal.example.es"),
        subj="Recibido tu CV - coordinador/a de restauración",
        date="2026-06-09 10:40 +0200", cs="windows-1252", cte="qp", hdr=("windows-1252", "q"),
        text=t("""
            Hola Declan:

            Te confirmo que hemos recibido tu currículum para la oferta de coordinador/a de
            restauración para temporada (junio a octubre) en Palma.

            Ahora mismo estoy cerrando la lista de candidatos que presentaremos a la empresa
            cliente. En cuanto tenga novedades te llamo o te escribo por aquí.

            Un saludo,

            Marta Serra Vidal
            Consultora de selección
            Servicios Temporales Llevant - Av. Alexandre Rosselló, 15 - 07002 Palma
            Tel. 971 72 40 18
        """),
    ),
    msg(
        id="meridale_palma_ack", kind=K, lang="es", company="Meridale Hotels & Resorts",
        frm=("Meridale Hotels & Resorts", "meridale@myworkday.com"),
        to=DECLAN_ASCII,
        subj="Gracias por tu candidatura: Food & Beverage Manager (R-21902)",
        date="2026-07-20 19:02 +0200", cte="qp",
        text=t("""
            Hola Declan:

            Gracias por tu interés en Meridale Hotels & Resorts. Hemos recibido tu candidatura
            para el puesto de Food & Beverage Manager (R-21902) en Meridale Palma Bay.

            Nuestro equipo de Talent Acquisition revisará tu perfil. Si encaja con lo que busca
            el hotel, alguien del equipo se pondrá en contacto contigo para hablar de los
            siguientes pasos. Puedes consultar el estado de tu candidatura en tu perfil de
            candidato.

            Saludos cordiales,
            Talent Acquisition
            Meridale Hotels & Resorts

            Este es un mensaje automático. Por favor, no respondas a este correo.
        """),
    ),
]
