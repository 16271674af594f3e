"""Corpus 332, kinds `application_received` and `offer`."""

from __future__ import annotations

from msgs332_common import DISCLAIMER_FR, html_page, spec

ACKS = [
    # ------------------------------------------------------------------ French
    spec(
        key="didacto_ack", kind="application_received", lang="fr", company="Didacto",
        contact="", frm=("Didacto", "no-reply@teamtailor-mail.com"),
        date="2026-01-14 21:37 +0100",
        subject="Merci pour votre candidature chez Didacto !",
        html="auto", brand="didacto", cte="quoted-printable",
        text="""Bonjour Solène,

Merci d'avoir postulé au poste d'Ingénieure pédagogique junior chez Didacto ! Nous avons bien
reçu votre candidature et notre équipe va l'étudier avec attention.

Nous revenons vers vous dans les deux semaines, quelle que soit la réponse.

En attendant, découvrez nos coulisses sur notre page carrière.

L'équipe Didacto
""",
    ),
    spec(
        key="hydrelia_ack", kind="application_received", lang="fr", company="Hydrelia",
        contact="", frm=("Hydrelia Carrières", "noreply@successfactors.eu"),
        date="2026-06-03 07:15 +0200",
        subject="Accusé de réception - Ingénieur(e) pédagogique digital (HYD-2026-331)",
        html="auto", brand="HYDRELIA", cte="base64", subj_enc=("iso-8859-1", "q"),
        text="""Madame Marchetti-Baudry,

Nous accusons réception de votre candidature au poste d'Ingénieur(e) pédagogique digital
(référence HYD-2026-331) et vous remercions de l'intérêt que vous portez à Hydrelia.

Votre dossier va être examiné par nos équipes. Si votre profil correspond à nos attentes,
un chargé de recrutement prendra contact avec vous.

Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

La Direction des Ressources Humaines
Ce message est généré automatiquement, merci de ne pas y répondre.
""",
    ),
    spec(
        key="nevea_ack", kind="application_received", lang="fr", company="Névéa",
        contact="", frm=("Névéa", "nevea@myworkday.com"),
        date="2026-02-09 19:48 +0000",
        subject="Névéa : nous avons bien reçu votre candidature",
        html="auto", brand="NÉVÉA — Carrières", subj_enc=("utf-8", "b"),
        text="""Bonjour Solène,

Merci de votre intérêt pour Névéa ! Votre candidature pour le poste Ingénieur(e) pédagogique
(R-02187) a bien été transmise à notre équipe de recrutement.

Nous étudions chaque candidature avec attention. Vous pouvez consulter son statut à tout
moment dans votre compte candidat.

L'équipe Talent Acquisition Névéa
""",
    ),
    spec(
        key="formavia_ack", kind="application_received", lang="fr", company="Formavia",
        contact="sandrine.colomb@formavia.example.fr",
        frm=("Sandrine Colomb", "sandrine.colomb@formavia.example.fr"),
        date="2026-03-10 09:02 +0100",
        subject="Re: Candidature formatrice-conceptrice",
        parent="formavia_own_apply", quote="gt", charset="iso-8859-1", cte="quoted-printable",
        text="""Bonjour Madame Marchetti-Baudry,

Je vous confirme la bonne réception de votre candidature et de votre CV. Je les transmets à
notre directrice pédagogique et reviens vers vous la semaine prochaine.

Cordialement,
Sandrine Colomb
Chargée de recrutement - Formavia
""",
    ),
    spec(
        key="univ_ack", kind="application_received", lang="fr",
        company="Université Alpes-Dauphiné", contact="",
        frm=("DRH - Recrutements", "ne-pas-repondre@univ-alpes-dauphine.example.fr"),
        date="2026-04-02 12:00 +0200",
        subject="Votre candidature - SUP 2026-14",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Madame, Monsieur,

Nous accusons bonne réception de votre candidature au poste SUP 2026-14 (ingénieur·e
pédagogique contractuel·le).

Compte tenu du nombre important de candidatures, nous ne sommes pas en mesure de répondre
individuellement à chaque candidat. Seules les personnes retenues pour un entretien seront
contactées à l'issue de la présélection.

La Direction des ressources humaines
Université Alpes-Dauphiné
""",
    ),
    spec(
        key="lemanis_ack", kind="application_received", lang="fr",
        company="Lémanis Formation", contact="",
        frm=("Lémanis Formation", "lemanis-formation@recruitee.com"),
        date="2026-04-14 22:10 +0200",
        subject="Nous avons bien reçu votre candidature",
        text=None,
        html=html_page("""Bonjour Solène,

Merci pour votre candidature au poste Concepteur·rice e-learning (Genève, 80–100 %).

Elle a bien été reçue et sera examinée par notre équipe dans les prochains jours.

Cordialement,
Lémanis Formation""", "Lémanis Formation", "#1e6f8c",
            "Ce message a été envoyé automatiquement via Recruitee."),
    ),
    spec(
        key="lavaux_ack", kind="application_received", lang="fr", company="Campus Lavaux",
        contact="", frm=("Campus Lavaux", "notifications@bamboohr.com"),
        date="2026-04-07 03:18 -0600",
        subject="Merci d'avoir postulé chez Campus Lavaux",
        html="auto", brand="Campus Lavaux", cte="8bit",
        text="""Bonjour Solène,

Nous avons bien reçu votre candidature au poste de Responsable e-learning. Merci !

Notre équipe RH examine les dossiers au fil de l'eau. Vous serez informée par e-mail de la
suite donnée.

Ressources humaines – Campus Lavaux
""",
    ),
    spec(
        key="plume_ack", kind="application_received", lang="fr", company="Plume Academy",
        contact="", frm=("Plume Academy", "noreply@workablemail.com"),
        date="2026-02-17 10:21 +0000",
        subject="Candidature reçue – Learning Designer junior",
        html="auto", brand="plume academy",
        text="""Bonjour Solène,

Merci pour votre candidature au poste de Learning Designer junior chez Plume Academy (Lyon).

Ceci est une confirmation automatique : votre dossier est bien arrivé. Notre équipe revient
vers vous dès que possible.

À bientôt,
Plume Academy
""",
    ),
    spec(
        key="voltais_ack", kind="application_received", lang="fr", company="Voltaïs",
        contact="", frm=("Voltaïs Recrutement", "voltais-noreply@icims.com"),
        name_enc=("iso-8859-1", "q"),
        date="2026-04-20 05:44 -0400",
        subject="Voltaïs - Confirmation de candidature",
        html="auto", brand="Voltaïs", subj_enc=("windows-1252", "q"),
        text="""Bonjour Solène,

Merci d'avoir postulé chez Voltaïs pour le poste de Chargé(e) de formation digitale (Lyon).

Votre candidature a bien été enregistrée sous la référence 2026-LYO-0877. Un membre de notre
équipe Talent Acquisition l'examinera prochainement.

Direction des Ressources Humaines – Voltaïs
""",
    ),
    spec(
        key="cci_ack", kind="application_received", lang="fr", company="CCI Belledonne",
        contact="n.perrin@cci-belledonne.example.fr",
        frm=("Nathalie Perrin", "n.perrin@cci-belledonne.example.fr"),
        date="2026-04-24 11:36 +0200",
        subject="RE: Candidature spontanée – ingénierie pédagogique",
        parent="cci_own_apply", quote="outlook", html="outlook",
        text=f"""Madame,

Nous avons bien reçu votre candidature et vous en remercions. Elle a été transmise à M.
Jacquemoud, qui l'étudiera dans le cadre du recrutement en cours pour notre Campus.

Bien cordialement,
Nathalie Perrin
Assistante RH – CCI Belledonne

{DISCLAIMER_FR}
""",
    ),
    # ------------------------------------------------------------------ English
    spec(
        key="sabauda_ack", kind="application_received", lang="en",
        company="Sabauda Digital Academy", contact="",
        frm=("Sabauda Digital Academy", "no-reply@greenhouse-mail.io"),
        date="2026-03-04 13:29 -0500",
        subject="Thank you for applying to Sabauda Digital Academy",
        html="auto", brand="Sabauda Digital Academy",
        text="""Hi Solène,

Thanks for your interest in Sabauda Digital Academy! We've received your application for
Instructional Designer (Turin / hybrid) and our team will review it shortly.

If your profile matches what we're looking for, we'll reach out about next steps.

Best,
Sabauda Digital Academy Recruiting
""",
    ),
    spec(
        key="northlake_ack", kind="application_received", lang="en",
        company="Northlake Learning", contact="",
        frm=("Northlake Learning", "no-reply@ashbyhq.com"),
        date="2026-07-27 08:02 +0000",
        subject="Application received: Learning Designer",
        text="""Hi Solène,

Thanks for applying for the Learning Designer position at Northlake Learning. This email
confirms that we have received your application.

We read every application ourselves and aim to get back to you within ten working days.

The Northlake team
""",
        html="auto", brand="Northlake Learning",
    ),
    spec(
        key="graniteway_ack", kind="application_received", lang="en",
        company="Graniteway Energy", contact="",
        frm=("Graniteway Energy", "graniteway@myworkday.com"),
        date="2026-05-21 16:11 +0000",
        subject="We have received your application",
        html="auto", brand="GRANITEWAY ENERGY",
        text="""Dear Solène,

Thank you for applying for the Learning & Development Specialist role (Job ID JR-30417).

Due to the high volume of applications we receive, we are unable to respond to every
applicant individually. If your qualifications match the requirements, a member of our
Talent Acquisition team will contact you.

Kind regards,
Graniteway Energy Talent Acquisition
""",
    ),
    spec(
        key="torino_ack", kind="application_received", lang="en", company="Torino Skills Hub",
        contact="", frm=("Torino Skills Hub", "no-reply@hire.lever.co"),
        date="2026-03-02 09:14 +0000",
        subject="Thanks for applying to Torino Skills Hub",
        cte="7bit",
        text="""Hi Solene,

Thank you for your application for Learning Experience Designer. We've got it and will be in
touch once we have reviewed all applications.

Best,
Torino Skills Hub
""",
    ),
    # ------------------------------------------------------------------ German
    spec(
        key="lernfabrik_ack", kind="application_received", lang="de",
        company="Lernfabrik München", contact="",
        frm=("Lernfabrik München", "noreply@personio.de"),
        date="2026-04-08 14:50 +0200",
        subject="Eingangsbestätigung Ihrer Bewerbung",
        html="auto", brand="Lernfabrik München",
        text="""Liebe Frau Marchetti-Baudry,

vielen Dank für Ihre Bewerbung als Instructional Designerin (m/w/d). Hiermit bestätigen wir
den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in Kürze bei Ihnen.

Herzliche Grüße
Ihr Lernfabrik-Team
""",
    ),
    spec(
        key="isarwind_ack", kind="application_received", lang="de",
        company="Isarwind Energie", contact="",
        frm=("Isarwind Energie Karriere", "noreply@successfactors.eu"),
        date="2026-06-23 06:30 +0200",
        subject="Ihre Bewerbung: Trainerin Digitales Lernen (Req-5521)",
        html="auto", brand="Isarwind Energie", cte="base64",
        text="""Sehr geehrte Frau Marchetti-Baudry,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Isarwind Energie.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir werden sie nun sorgfältig prüfen
und uns schnellstmöglich bei Ihnen melden. Den Status Ihrer Bewerbung können Sie jederzeit
in unserem Bewerberportal einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Isarwind Energie
""",
    ),
    spec(
        key="bergsport_ack", kind="application_received", lang="de",
        company="Bergsport Kaltenbrunn", contact="",
        frm=("Bergsport Kaltenbrunn", "bewerbermanagement@softgarden.io"),
        date="2026-03-16 17:40 +0100",
        subject="Vielen Dank für Ihre Bewerbung",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrte Frau Marchetti-Baudry,

vielen Dank für Ihre Bewerbung als Trainerin für Produktschulungen (m/w/d). Wir haben Ihre
Unterlagen erhalten und werden sie zeitnah prüfen.

Bitte haben Sie Verständnis, dass die Bearbeitung einige Wochen in Anspruch nehmen kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team
""",
    ),
    spec(
        key="loisach_ack", kind="application_received", lang="de",
        company="Hochschule Loisach", contact="sabine.kettl@hs-loisach.example.de",
        frm=("Dr. Sabine Kettl", "sabine.kettl@hs-loisach.example.de"),
        date="2026-05-27 10:05 +0200",
        subject="Eingangsbestätigung Ihrer Bewerbung – Kennziffer 31/2026",
        charset="windows-1252", cte="8bit", subj_enc=("windows-1252", "q"),
        text="""Sehr geehrte Frau Marchetti-Baudry,

hiermit bestätige ich den Eingang Ihrer Bewerbung auf die Stelle einer wissenschaftlichen
Mitarbeiterin im Zentrum für Hochschuldidaktik (Kennziffer 31/2026).

Nach Ablauf der Bewerbungsfrist werden wir alle Unterlagen sichten. Bitte sehen Sie bis dahin
von Nachfragen ab.

Mit freundlichen Grüßen
Dr. Sabine Kettl
Zentrum für Hochschuldidaktik, Hochschule Loisach
""",
    ),
    # ------------------------------------------------------------------ Spanish
    spec(
        key="cierzo_ack", kind="application_received", lang="es", company="Aula Cierzo",
        contact="", frm=("Aula Cierzo", "no-reply@smartrecruiters.com"),
        date="2026-06-30 15:24 +0000",
        subject="Hemos recibido tu candidatura - Diseñadora instruccional",
        html="auto", brand="Aula Cierzo", subj_enc=("utf-8", "b"),
        text="""¡Hola Solène!

Gracias por presentar tu candidatura al puesto de Diseñadora instruccional en Aula Cierzo.

La hemos recibido correctamente. Nuestro equipo la revisará y te contactaremos si tu perfil
encaja con lo que buscamos.

El equipo de Aula Cierzo
""",
    ),
    spec(
        key="moncayo_ack", kind="application_received", lang="es", company="Energía Moncayo",
        contact="", frm=("Energía Moncayo - Empleo", "noreply@taleo.net"),
        date="2026-05-12 09:01 +0200",
        subject="Confirmación de recepción de candidatura",
        html="auto", brand="Energía Moncayo", charset="iso-8859-1", cte="quoted-printable",
        text="""Estimada Solène Marchetti-Baudry:

Le confirmamos que hemos recibido su candidatura para el puesto Técnica de Formación
(Req. 26-0412).

Debido al elevado número de solicitudes, no podemos responder individualmente a cada
candidatura. Si su perfil resulta preseleccionado, nos pondremos en contacto con usted.

Atentamente,
Departamento de Personas - Energía Moncayo
""",
    ),
    spec(
        key="pilar_ack", kind="application_received", lang="es",
        company="Pilar Business School", contact="marta.gimeno@pilarbs.example.es",
        frm=("Marta Gimeno", "marta.gimeno@pilarbs.example.es"),
        date="2026-04-27 16:48 +0200",
        subject="RE: Candidatura Coordinadora de e-learning",
        parent="pilar_own_apply", quote="outlook", html="outlook",
        text="""Estimada Solène:

Acusamos recibo de su candidatura y de su CV. Los revisaremos junto con el resto de
candidaturas y le informaremos de los siguientes pasos.

Un cordial saludo,
Marta Gimeno
Recursos Humanos – Pilar Business School
""",
    ),
]

OFFERS = [
    spec(
        key="didacto_offer_verbal", kind="offer", lang="fr", company="Didacto",
        contact="margaux.lefevre@didacto.example.fr",
        frm=("Margaux Lefèvre", "margaux.lefevre@didacto.example.fr"),
        date="2026-02-18 18:05 +0100",
        subject="Suite à notre appel – proposition Didacto",
        cte="8bit",
        text="""Bonjour Solène,

Comme Thomas vous l'a annoncé au téléphone tout à l'heure, nous sommes ravis de vous proposer
le poste d'Ingénieure pédagogique junior chez Didacto !

Pour récapituler ce que nous avons évoqué : CDI, temps plein, basé à Grenoble avec deux jours
de télétravail, rémunération brute annuelle de 34 000 €, prise de poste souhaitée le 4 mai.

Vous recevrez la proposition écrite d'ici vendredi. N'hésitez pas à m'appeler si vous avez
des questions d'ici là.

Toute l'équipe a hâte de travailler avec vous,
Margaux
""",
    ),
    spec(
        key="didacto_offer_letter", kind="offer", lang="fr", company="Didacto",
        contact="margaux.lefevre@didacto.example.fr",
        frm=("Thomas Rivoire", "thomas.rivoire@didacto.example.fr"),
        reply_to=("Margaux Lefèvre", "margaux.lefevre@didacto.example.fr"),
        date="2026-02-20 11:30 +0100",
        subject="Proposition d'embauche – Ingénieure pédagogique junior",
        html="auto", brand="didacto",
        text="""Chère Solène,

Vous trouverez ci-joint notre proposition d'embauche pour le poste d'Ingénieure pédagogique
junior, qui reprend les conditions dont nous avons discuté.

Nous vous serions reconnaissants de nous faire part de votre décision avant le 2 mars.
Margaux reste votre contact pour toute question pratique.

Au plaisir de vous accueillir,
Thomas Rivoire
CEO – Didacto
""",
        pdfs=[("Proposition_embauche_Didacto_SMB.pdf", "Didacto - Proposition d'embauche",
               ["Poste : Ingenieure pedagogique junior", "Contrat : CDI, temps plein",
                "Lieu : Grenoble (2 jours de teletravail)", "Salaire brut annuel : 34 000 EUR",
                "Date de debut : 4 mai 2026"])],
    ),
    spec(
        key="didacto_offer_revised", kind="offer", lang="fr", company="Didacto",
        contact="thomas.rivoire@didacto.example.fr",
        frm=("Thomas Rivoire", "thomas.rivoire@didacto.example.fr"),
        date="2026-03-02 09:14 +0100",
        subject="Re: Proposition d'embauche – Ingénieure pédagogique junior",
        parent="didacto_own_counter", quote="gt",
        text="""Bonjour Solène,

Merci pour votre retour franc. Nous avons rediscuté en interne : nous pouvons porter la
rémunération à 36 000 € brut annuel et décaler la prise de poste au 1er juin, pour vous
laisser terminer l'année avec vos élèves dans de bonnes conditions.

Vous trouverez la proposition mise à jour en pièce jointe. Elle reste valable jusqu'au
9 mars.

Bien à vous,
Thomas
""",
        pdfs=[("Proposition_embauche_Didacto_SMB_v2.pdf",
               "Didacto - Proposition d'embauche (version 2)",
               ["Poste : Ingenieure pedagogique junior", "Salaire brut annuel : 36 000 EUR",
                "Date de debut : 1er juin 2026", "Validite : 9 mars 2026"])],
    ),
    spec(
        key="hydrelia_offer", kind="offer", lang="fr", company="Hydrelia",
        contact="julien.besson@hydrelia.example.fr",
        frm=("Claire Dumas-Ferrand", "claire.dumas-ferrand@hydrelia.example.fr"),
        reply_to=("Julien Besson", "julien.besson@hydrelia.example.fr"),
        cc=[("Julien Besson", "julien.besson@hydrelia.example.fr")],
        date="2026-09-04 16:20 +0200",
        subject="Hydrelia – Lettre de proposition d'emploi",
        html="outlook",
        text=f"""Madame,

À l'issue de notre processus de recrutement, j'ai le plaisir de vous proposer de rejoindre
l'Université d'entreprise d'Hydrelia en qualité d'Ingénieure pédagogique digital, en contrat
à durée indéterminée, statut cadre, à compter du 2 novembre 2026.

Les conditions détaillées (rémunération annuelle brute de 41 500 €, variable, avantages)
figurent dans la lettre de proposition jointe. Julien Besson se tient à votre disposition
pour en discuter et recueillir votre réponse.

Je me réjouis de votre prochaine arrivée dans l'équipe.

Claire Dumas-Ferrand
Directrice de la formation – Hydrelia

{DISCLAIMER_FR}
""",
        pdfs=[("Hydrelia_Lettre_proposition_Marchetti-Baudry.pdf",
               "Hydrelia - Lettre de proposition d'emploi",
               ["Poste : Ingenieure pedagogique digital (cadre)", "Contrat : CDI",
                "Remuneration annuelle brute : 41 500 EUR + variable",
                "Date d'entree : 2 novembre 2026", "Lieu : Grenoble"])],
    ),
    spec(
        key="hydrelia_contract", kind="offer", lang="fr", company="Hydrelia",
        contact="julien.besson@hydrelia.example.fr",
        frm=("Hydrelia via Signéo", "noreply@signeo.example.com"),
        reply_to=("Julien Besson", "julien.besson@hydrelia.example.fr"),
        name_enc=("utf-8", "q"),
        date="2026-09-15 08:45 +0200",
        subject="Hydrelia vous invite à signer : Contrat de travail CDI",
        html="auto", brand="Signéo", cte="base64",
        text="""Bonjour Solène Marchetti-Baudry,

Julien Besson (Hydrelia) vous a envoyé un document à signer électroniquement :

Contrat de travail à durée indéterminée – Ingénieure pédagogique digital

Une copie du contrat est jointe à ce message pour relecture. Pour signer, ouvrez le lien
ci-dessous (valable 14 jours) :
https://app.signeo.example.com/sign/HYD-7c1e5

Pour toute question sur le contenu du contrat, répondez à ce message : votre réponse sera
transmise à Julien Besson.
""",
        pdfs=[("Contrat_CDI_Hydrelia_SMB.pdf", "Contrat de travail a duree indeterminee",
               ["Entre Hydrelia et Solene Marchetti-Baudry",
                "Fonction : Ingenieure pedagogique digital", "Prise de fonction : 2/11/2026",
                "Periode d'essai : 4 mois"])],
    ),
    spec(
        key="northlake_offer", kind="offer", lang="en", company="Northlake Learning",
        contact="priya.raman@northlake.example.ch",
        frm=("Priya Raman", "priya.raman@northlake.example.ch"),
        date="2026-08-20 17:55 +0200",
        subject="Great news from Northlake!",
        text="""Hi Solène,

Thanks again for rebooking and for the great conversation with Ines last week. I'm
delighted to let you know that we'd like to offer you the Learning Designer position!

The headline terms: permanent contract, 80% (four days a week), based in Geneva with one
remote day, CHF 78,000 gross per year at 100% (pro rata), starting 1 October.

Ines will call you tomorrow to talk it through, and you'll receive the formal offer letter
early next week.

Congratulations!
Priya
""",
    ),
    spec(
        key="northlake_offer_letter", kind="offer", lang="en", company="Northlake Learning",
        contact="priya.raman@northlake.example.ch",
        frm=("Northlake Learning", "no-reply@ashbyhq.com"),
        reply_to=("Priya Raman", "priya.raman@northlake.example.ch"),
        date="2026-08-24 10:10 +0200",
        subject="Your offer letter from Northlake Learning",
        html="auto", brand="Northlake Learning",
        text="""Hi Solène,

Please find attached your offer letter for the Learning Designer role at Northlake Learning.

To accept, sign the letter and send it back by 31 August. If you have any questions about
the terms, reply to this email and Priya will get back to you.

We're excited to have you on board!
The Northlake team
""",
        pdfs=[("Northlake_Offer_Letter_Marchetti-Baudry.pdf", "Northlake Learning - Offer",
               ["Position: Learning Designer (80%)", "Location: Geneva",
                "Annual salary: CHF 78,000 (100% basis, pro rata)",
                "Start date: 1 October 2026"])],
    ),
    spec(
        key="isarwind_offer", kind="offer", lang="de", company="Isarwind Energie",
        contact="florian.brandl@isarwind.example.de",
        frm=("Florian Brandl", "florian.brandl@isarwind.example.de"),
        date="2026-07-24 14:02 +0200",
        subject="Ihr Vertragsangebot – Trainerin Digitales Lernen",
        html="outlook",
        text="""Sehr geehrte Frau Marchetti-Baudry,

wir freuen uns sehr, Ihnen nach den Gesprächen mitteilen zu können, dass wir Ihnen die
Position als Trainerin Digitales Lernen (m/w/d) in München anbieten möchten.

Unser Angebot: unbefristete Anstellung in Vollzeit, Jahresbruttogehalt 58.000 EUR,
Eintritt zum 1. Oktober 2026, Unterstützung beim Umzug nach München.

Bitte teilen Sie uns bis zum 5. August mit, ob Sie das Angebot annehmen. Den Arbeitsvertrag
senden wir Ihnen anschließend zu.

Mit freundlichen Grüßen
Florian Brandl
Recruiting | Isarwind Energie
""",
    ),
    spec(
        key="isarwind_contract", kind="offer", lang="de", company="Isarwind Energie",
        contact="florian.brandl@isarwind.example.de",
        frm=("Florian Brandl", "florian.brandl@isarwind.example.de"),
        date="2026-08-03 09:20 +0200",
        subject="Arbeitsvertrag zur Unterschrift",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrte Frau Marchetti-Baudry,

vielen Dank für Ihre Rückmeldung. Wie besprochen erhalten Sie anbei Ihren Arbeitsvertrag in
zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum
14. August zurück; gerne auch eingescannt per E-Mail.

Bei Fragen zum Vertrag rufen Sie mich jederzeit an.

Mit freundlichen Grüßen
Florian Brandl
Isarwind Energie, Arnulfstraße 60, 80335 München
""",
        pdfs=[("Arbeitsvertrag_Isarwind_Marchetti-Baudry.pdf", "Arbeitsvertrag",
               ["Isarwind Energie - Solene Marchetti-Baudry",
                "Taetigkeit: Trainerin Digitales Lernen", "Beginn: 1. Oktober 2026",
                "Jahresbruttogehalt: 58.000 EUR"])],
    ),
    spec(
        key="cierzo_offer", kind="offer", lang="es", company="Aula Cierzo",
        contact="jorge.lasheras@aulacierzo.example.es",
        frm=("Jorge Lasheras", "jorge.lasheras@aulacierzo.example.es"),
        date="2026-08-10 12:40 +0200",
        subject="Oferta de trabajo - Diseñadora instruccional",
        html="auto", brand="Aula Cierzo", subj_enc=("iso-8859-1", "q"),
        text="""Hola Solène,

¡Enhorabuena! Después de la jornada de prueba, todo el equipo lo tiene claro: queremos que te
unas a Aula Cierzo como Diseñadora instruccional.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, jornada completa,
28.000 € brutos anuales, teletrabajo parcial e incorporación el 15 de septiembre.

Cuéntame qué te parece; puedes responderme antes del 21 de agosto.

Un abrazo,
Jorge Lasheras
Responsable de contenidos | Aula Cierzo
""",
        pdfs=[("Oferta_Aula_Cierzo_Marchetti-Baudry.pdf", "Aula Cierzo - Carta de oferta",
               ["Puesto: Disenadora instruccional", "Contrato indefinido, jornada completa",
                "Salario: 28.000 EUR brutos anuales", "Incorporacion: 15/09/2026"])],
    ),
]

MESSAGES = ACKS + OFFERS
