"""Corpus 209, hand-written: 21 application acknowledgements and 10 offers."""

from msgs209_common import ats_card, mso, outlook_html, p2h, page, q, wrote

RECEIVED = [
    # ================================ French ================================
    dict(
        kind="application_received", slug="vesdre_workday_ack", id="vesdre_ack",
        lang="fr", company="Université de la Vesdre", contact="",
        frm=("Université de la Vesdre", "univvesdre@myworkday.com"),
        subject="Nous avons bien reçu votre candidature – Gestionnaire de l'information",
        date="2026-02-03T19:02:44+00:00",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Ines,

Merci d'avoir postulé au poste de Gestionnaire de l'information (ADM-2026-014) à l'Université de la Vesdre.

Votre dossier a bien été transmis au service de recrutement. Les candidatures seront examinées après la date de clôture du 15 février ; les personnes retenues pour la suite de la procédure seront contactées dans les semaines suivantes.

Vous pouvez suivre l'état de votre candidature à tout moment dans votre espace candidat :
https://univvesdre.wd3.myworkday.com/univvesdre/d/home.htmld

Ceci est un message automatique. Merci de ne pas y répondre.
""",
        html=ats_card("Université de la Vesdre – Carrières", "#7a1f2b", """<p>Bonjour Ines,</p>
<p>Merci d'avoir postulé au poste de <b>Gestionnaire de l'information (ADM-2026-014)</b> à l'Université de la Vesdre.</p>
<p>Votre dossier a bien été transmis au service de recrutement. Les candidatures seront examinées après la date de clôture du 15 février ; les personnes retenues pour la suite de la procédure seront contactées dans les semaines suivantes.</p>
<p>Vous pouvez suivre l'état de votre candidature à tout moment dans votre <a href="https://univvesdre.wd3.myworkday.com/univvesdre/d/home.htmld">espace candidat</a>.</p>""",
            "Ceci est un message automatique. Merci de ne pas y répondre.", "fr"),
    ),
    dict(
        kind="application_received", slug="tempora_registration_confirmed", id="tempora_reg",
        lang="fr", company="Tempora", contact="julien.masset@tempora-interim.example.be",
        frm=("Tempora Liège", "liege@tempora-interim.example.be"),
        reply_to=("Julien Masset", "julien.masset@tempora-interim.example.be"),
        subject="Bienvenue chez Tempora – votre inscription est confirmée",
        date="2026-01-12T16:30:00+01:00",
        text="""Bonjour Ines,

Merci de vous être inscrite chez Tempora ! Votre dossier candidat est créé et votre CV est enregistré dans notre base.

Votre consultant de référence est Julien Masset (secteur Office & Admin). Il vous contactera très prochainement pour un entretien téléphonique de qualification afin de mieux cerner vos souhaits : type de contrat, régions, disponibilités.

En attendant, pensez à compléter votre profil dans l'appli MyTempora (permis, langues, attestations).

À très vite,
L'équipe de l'agence de Liège
Tempora – travail intérimaire & recrutement
Boulevard d'Avroy 12, 4000 Liège · 04 222 18 30
Agréments : W.INT.000 – W.RS.000 – W.SEL.000
""",
    ),
    dict(
        kind="application_received", slug="olan_successfactors_ack", id="olan_ack",
        lang="fr", company="Office luxembourgeois des archives numériques", contact="",
        frm=("OLAN – Recrutement", "olan-recrutement@successfactors.eu"),
        subject="Accusé de réception – Archiviste numérique (CDI) – réf. 4471",
        date="2026-09-01T08:14:20+00:00",
        headers=[("Auto-Submitted", "auto-generated")],
        html=page(p2h("""Madame Okoro-Vandenberghe,

Nous accusons réception de votre candidature pour le poste d'archiviste numérique (CDI, 40 h), référence 4471.

La commission de recrutement examinera l'ensemble des candidatures après la clôture de l'offre, le 10 septembre 2026. Nous vous tiendrons informée de la suite réservée à votre dossier.

Office luxembourgeois des archives numériques
Service des ressources humaines

Ce message a été généré automatiquement par SAP SuccessFactors. Merci de ne pas répondre."""), "fr", "Accusé de réception"),
    ),
    dict(
        kind="application_received", slug="vauban_lever_cannot_reply_individually", id="vauban_ack",
        lang="fr", company="Assurances Vauban", contact="",
        frm=("Assurances Vauban", "no-reply@hire.lever.co"),
        subject="Merci pour votre candidature – Chargé(e) de gouvernance documentaire",
        date="2026-04-20T21:47:10+00:00",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Ines,

Nous avons bien reçu votre candidature pour le poste de Chargé(e) de gouvernance documentaire – Direction juridique (Lille). Merci de l'intérêt que vous portez à Assurances Vauban !

Notre équipe examine chaque dossier avec attention. En raison du nombre important de candidatures, nous ne pouvons malheureusement pas répondre individuellement à chaque personne : si votre profil correspond à nos besoins, un membre de l'équipe recrutement vous contactera dans les trois semaines.

Bien cordialement,
L'équipe Talents & Recrutement
Assurances Vauban
""",
    ),
    dict(
        kind="application_received", slug="hexaly_teamtailor_ack", id="hexaly_ack",
        lang="fr", company="Hexaly Conseil", contact="",
        frm=("Hexaly Conseil", "no-reply@teamtailor-mail.com"),
        subject="C'est reçu ! Votre candidature chez Hexaly Conseil",
        date="2026-03-13T10:22:31+00:00",
        html=ats_card("Hexaly Conseil", "#5b21b6", """<p>Bonjour Ines,</p>
<p>Votre candidature pour <b>Consultante junior en archivage électronique</b> est bien arrivée chez nous. 🎉</p>
<p>Nous revenons vers vous dans un délai de deux semaines, quelle que soit notre décision.</p>
<p>En attendant, découvrez <a href="https://hexaly.teamtailor.com/fr/people">l'équipe</a> et <a href="https://hexaly.teamtailor.com/fr/posts">nos derniers projets</a>.</p>
<p>À bientôt,<br>L'équipe Talent d'Hexaly Conseil</p>""",
            """Hexaly Conseil · 42 rue de Châteaudun · 75009 Paris · <a href="https://hexaly.teamtailor.com/fr/connect/privacy">Gérer mes données</a>""", "fr"),
    ),
    dict(
        kind="application_received", slug="musee_houille_human_cv_received", id="houille_ack",
        lang="fr", company="Musée de la Houille", contact="marc.delvaux@musee-houille.example.be",
        frm=("Marc Delvaux", "marc.delvaux@musee-houille.example.be"),
        subject="Re: Candidature documentaliste mi-temps",
        date="2026-02-02T08:58:00+01:00",
        text="""Bonjour Madame,

Nous avons bien reçu votre CV et votre lettre, merci. Nous rassemblons les candidatures jusqu'à la fin du mois et reviendrons vers vous ensuite.

Cordialement,

Marc Delvaux
Conservateur
Musée de la Houille – Carreau du Charbonnage du Hasard
rue Joseph Dejardin 2, 4100 Seraing
""",
    ),
    dict(
        kind="application_received", slug="mutualite_latin1_ack", id="mutualite_ack",
        lang="fr", company="Mutualité Saint-Lambert", contact="",
        frm=("Mutualité Saint-Lambert - Ressources humaines", "ne-pas-repondre@mutualite-stlambert.example.be"),
        subject="Accusé de réception de votre candidature n° 2026-0318", subj_enc=("iso-8859-1", "Q"),
        date="2026-03-10T07:30:00+01:00",
        charset="iso-8859-1", cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Madame Okoro-Vandenberghe,

Votre candidature au poste de gestionnaire des archives médico-administratives a été enregistrée sous le numéro 2026-0318.

Elle sera examinée par le département des Ressources humaines en collaboration avec le service concerné. Vous serez informée par courriel de la suite de la procédure.

Le département des Ressources humaines
Mutualité Saint-Lambert
Place Saint-Lambert 7 - 4000 Liège

Ce courriel est généré automatiquement ; les réponses ne sont pas lues.
""",
    ),
    dict(
        kind="application_received", slug="awpe_base64_reference_number", id="awpe_ack",
        lang="fr", company="Agence wallonne du Patrimoine écrit", contact="",
        frm=("AWPE – e-Recrutement", "no-reply@awpe.example.be"),
        subject="AWPE/2026/07 – confirmation de dépôt de votre candidature",
        date="2026-03-05T23:41:02+01:00", cte="base64",
        headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
        text="""Madame Ines OKORO-VANDENBERGHE,

Nous confirmons le dépôt de votre candidature dans le cadre de l'appel AWPE/2026/07 (archiviste numérique – niveau A – Namur).

Numéro de dossier : AWPE-07-00193
Date et heure de dépôt : 05/03/2026 23:41
Pièces reçues : CV, lettre de motivation, copie du diplôme

La recevabilité des candidatures sera vérifiée après la clôture de l'appel. Conservez ce courriel comme preuve de dépôt.

Agence wallonne du Patrimoine écrit – Plateforme e-Recrutement
Message automatique : ne pas répondre.
""",
    ),
    dict(
        kind="application_received", slug="bepo_taleo_ack", id="bepo_ack",
        lang="fr", company="Bureau européen des Publications ouvertes", contact="",
        frm=("BEPO e-Recruitment", "bepo-noreply@taleo.net"),
        subject="BEPO/CA/2026/03 – Votre acte de candidature a été enregistré",
        date="2026-05-11T14:03:19+00:00",
        text="""Madame,

Votre acte de candidature pour la procédure BEPO/CA/2026/03 (documentaliste, groupe de fonctions IV) a été enregistré le 11/05/2026.

Numéro de candidat : 2026-03-0671

Les candidatures seront évaluées par un comité de sélection sur la base des critères d'éligibilité et de sélection publiés. En raison du volume de candidatures, seuls les candidats invités aux épreuves seront contactés individuellement à ce stade.

Cordialement,
Bureau européen des Publications ouvertes – Ressources humaines

Ce message est envoyé automatiquement par Taleo. Ne pas répondre.
""",
    ),
    dict(
        kind="application_received", slug="archives_mosanes_short_human_ack", id="cam_ack",
        lang="fr", company="Centre d'Archives Mosanes", contact="veronique.thiry@archives-mosanes.example.be",
        frm=("Véronique Thiry", "veronique.thiry@archives-mosanes.example.be"),
        subject="Re: Candidature – archiviste adjointe",
        date="2026-05-20T18:40:00+02:00",
        text="""Bonjour Madame,

Bien reçu, merci. Je lis votre dossier ce week-end et je vous appelle la semaine prochaine.

V. Thiry
Centre d'Archives Mosanes

Envoyé de mon iPhone
""",
    ),

    # ================================ English ================================
    dict(
        kind="application_received", slug="eudas_greenhouse_ack", id="eudas_ack",
        lang="en", company="EU Agency for Data Stewardship", contact="",
        frm=("EUDAS Careers", "no-reply@greenhouse-mail.io"),
        subject="Thank you for applying to EUDAS",
        date="2026-03-02T12:10:44+00:00",
        text="""Dear Ines,

Thank you for your application for the position of Records & Information Officer (EUDAS/CA/2026/04).

Your application has been received and will be reviewed by our HR team together with the Selection Board after the closing date. Candidates who meet the eligibility criteria and are shortlisted will be contacted.

Kind regards,
EUDAS HR - Selection & Recruitment
EU Agency for Data Stewardship

Please do not reply to this automated message.
""",
        html=page(p2h("""Dear Ines,

Thank you for your application for the position of Records & Information Officer (EUDAS/CA/2026/04).

Your application has been received and will be reviewed by our HR team together with the Selection Board after the closing date. Candidates who meet the eligibility criteria and are shortlisted will be contacted.

Kind regards,
EUDAS HR - Selection & Recruitment
EU Agency for Data Stewardship""") + '\n<p style="font-size:11px;color:#999">Please do not reply to this automated message. Powered by Greenhouse.</p>', "en"),
    ),
    dict(
        kind="application_received", slug="lyskamm_workday_ack", id="lyskamm_ack",
        lang="en", company="Lyskamm Re", contact="",
        frm=("Lyskamm Re Careers", "lyskamm@myworkday.com"),
        subject="Application received: Records & Information Governance Analyst (R-10294)",
        date="2026-03-03T18:55:02+00:00",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card("Lyskamm Re", "#003a5d", """<p>Dear Ines Okoro-Vandenberghe,</p>
<p>Thank you for your interest in Lyskamm Re. We confirm that we have received your application for <b>Records &amp; Information Governance Analyst (R-10294)</b>.</p>
<p>Our Talent Acquisition team will review your profile against the requirements of the role. If your experience matches, we will be in touch to discuss next steps.</p>
<p>Kind regards,<br>Talent Acquisition<br>Lyskamm Re</p>""", "This is a system-generated message. Replies to this address are not monitored.", "en"),
    ),
    dict(
        kind="application_received", slug="norrow_lever_ack", id="norrow_ack",
        lang="en", company="Norrow", contact="",
        frm=("Norrow", "no-reply@hire.lever.co"),
        subject="Thanks for applying to Norrow!",
        date="2026-03-16T07:12:33+00:00",
        text="""Hi Ines,

Thanks for applying for the Knowledge Base Curator role at Norrow - we got your application and we're excited to take a look.

Our team reads every application. We'll get back to you within about two weeks either way.

- The Norrow team

Norrow · Rue de la Loi 155, 1040 Brussels
""",
    ),
    dict(
        kind="application_received", slug="calder_agency_registration", id="calder_reg",
        lang="en", company="Calder Recruitment", contact="niamh.doyle@calder-recruitment.example.nl",
        frm=("Niamh Doyle", "niamh.doyle@calder-recruitment.example.nl"),
        subject="Welcome to Calder Recruitment - you're registered",
        date="2026-05-18T11:30:00+02:00",
        text="""Hi Ines,

Lovely to speak to you this morning. Just confirming you're now registered with Calder Recruitment and I've received your CV, right-to-work details and references.

Summary of what we agreed:
- roles: cataloguing, metadata, records and archive positions in libraries, universities and hospitals
- area: Maastricht, Heerlen, Sittard (hybrid OK)
- contract: temporary or permanent, 28-36 hours

I'll only put you forward for a role after checking with you first. Speak soon!

Niamh

Niamh Doyle
Senior Consultant, Public Sector & Education
Calder Recruitment | Stationsstraat 9 | 6221 BN Maastricht
+31 43 204 77 18
""",
    ),
    dict(
        kind="application_received", slug="ecas_workable_ack", id="ecas_ack",
        lang="en", company="European Centre for Archival Standards", contact="",
        frm=("ECAS Recruitment via Workable", "noreply@workablemail.com"),
        subject="ECAS/TA/2026/011 - application received",
        date="2026-05-20T09:00:07+00:00",
        text="""Dear Ines,

We confirm receipt of your application for vacancy ECAS/TA/2026/011 (Records Officer, Luxembourg).

Please note that we receive a large number of applications and are unfortunately unable to respond to every applicant individually. Shortlisted candidates will be contacted by the Selection Committee.

You do not need to resend your documents.

ECAS Human Resources
European Centre for Archival Standards

Sent via Workable. Please do not reply to this email.
""",
    ),

    # ================================ German ================================
    dict(
        kind="application_received", slug="kaiserpfalz_personio_ack", id="kp_ack",
        lang="de", company="Kaiserpfalz Versicherung", contact="",
        frm=("Kaiserpfalz Versicherung", "noreply@personio.de"),
        subject="Eingangsbestätigung Ihrer Bewerbung",
        date="2026-04-07T06:44:18+00:00",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Sehr geehrte Frau Okoro-Vandenberghe,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Schriftgutverwaltung (m/w/d) und das damit verbundene Interesse an der Kaiserpfalz Versicherung.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam der Kaiserpfalz Versicherung

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""",
        html=ats_card("Kaiserpfalz Versicherung", "#1e3a8a", p2h("""Sehr geehrte Frau Okoro-Vandenberghe,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Schriftgutverwaltung (m/w/d) und das damit verbundene Interesse an der Kaiserpfalz Versicherung.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam der Kaiserpfalz Versicherung"""), "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf. · Powered by Personio", "de"),
    ),
    dict(
        kind="application_received", slug="wurmtal_softgarden_ack", id="wurmtal_ack",
        lang="de", company="Wurmtal Klinikum", contact="",
        frm=("Wurmtal Klinikum", "noreply@softgarden.io"),
        subject="Ihre Bewerbung ist bei uns eingegangen",
        date="2026-06-08T15:31:40+00:00",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card("Wurmtal Klinikum · Karriere", "#00796b", """<p>Sehr geehrte Frau Okoro-Vandenberghe,</p>
<p>herzlichen Dank für Ihre Bewerbung als <b>Medizinische Dokumentarin / Archivkoordination (m/w/d)</b>. Ihre Unterlagen sind gut bei uns angekommen.</p>
<p>Wir sichten alle Bewerbungen in Ruhe und melden uns innerhalb von drei Wochen bei Ihnen. Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="https://wurmtal-klinikum.softgarden.io/de/account">Bewerberkonto</a> einsehen.</p>
<p>Freundliche Grüße<br>Ihr Recruiting-Team</p>""",
            "Wurmtal Klinikum gGmbH · Klinikweg 3 · 52134 Herzogenrath · versendet über softgarden", "de"),
    ),
    dict(
        kind="application_received", slug="sauertal_bamboohr_ack", id="sauertal_ack",
        lang="de", company="Sauertal Versicherung", contact="",
        frm=("Sauertal Versicherung", "sauertal@bamboohr.com"),
        subject="Bewerbungseingang: Dokumentenmanagerin (Luxemburg-Stadt)",
        date="2026-07-06T09:12:00+00:00",
        text="""Guten Tag Frau Okoro-Vandenberghe,

hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Position Dokumentenmanagerin in Luxemburg-Stadt.

Aufgrund der hohen Zahl an Zuschriften bitten wir um etwas Geduld. Wir melden uns, sobald die Vorauswahl abgeschlossen ist.

Ihre Personalabteilung
Sauertal Versicherung

Gesendet über BambooHR – bitte nicht auf diese Nachricht antworten.
""",
    ),

    # ================================ Spanish ================================
    dict(
        kind="application_received", slug="cibeles_smartrecruiters_ack", id="cib_ack",
        lang="es", company="Seguros Cibeles", contact="",
        frm=("Seguros Cibeles", "noreply@smartrecruiters.com"),
        subject="Hemos recibido tu candidatura – Técnico/a de Gestión Documental",
        date="2026-05-04T08:20:12+00:00",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card("Seguros Cibeles · Empleo", "#c2410c", """<p>Hola Ines,</p>
<p>¡Gracias por tu interés en Seguros Cibeles! Hemos recibido correctamente tu candidatura para <b>Técnico/a de Gestión Documental (Madrid)</b>.</p>
<p>Nuestro equipo de Talent Acquisition revisará tu perfil y, si encaja con lo que buscamos, se pondrá en contacto contigo para los siguientes pasos.</p>
<p>Un saludo,<br>Equipo de Talento · Seguros Cibeles</p>""",
            """Este correo ha sido enviado por SmartRecruiters en nombre de Seguros Cibeles. Por favor, no respondas a este mensaje.""", "es"),
    ),
    dict(
        kind="application_received", slug="carpetana_teamtailor_no_individual_reply", id="carpetana_ack",
        lang="es", company="Universidad Carpetana", contact="",
        frm=("Universidad Carpetana", "no-reply@teamtailor-mail.com"),
        subject="Confirmación de tu candidatura",
        date="2026-06-29T17:05:09+00:00",
        text="""Estimada Ines:

Confirmamos la recepción de tu solicitud para el puesto de Gestor/a de Datos de Investigación (Biblioteca Universitaria).

Debido al elevado número de solicitudes, lamentablemente no podemos responder de forma individual a cada candidatura en esta fase. Las personas que pasen a la fase de entrevista recibirán una convocatoria por correo electrónico.

Gracias por tu interés en trabajar con nosotros.

Servicio de Personal de Administración y Servicios
Universidad Carpetana
""",
    ),
    dict(
        kind="application_received", slug="talentomeseta_registration_latin1", id="meseta_reg",
        lang="es", company="Talento Meseta", contact="raquel.sanz@talentomeseta.example.es",
        frm=("Raquel Sanz", "raquel.sanz@talentomeseta.example.es"),
        subject="Alta en Talento Meseta", subj_enc=None,
        date="2026-05-25T13:15:00+02:00",
        charset="iso-8859-1", cte="8bit",
        text="""Hola, Ines:

Te confirmo que ya estás dada de alta en nuestra base de candidatos. He recibido tu CV en español y en francés y la carta de recomendación de la biblioteca de Lieja.

Como hablamos, te tendré en cuenta para procesos de archivo, documentación y gestión de datos en Madrid, tanto en empresas como en fundaciones. Si en algún momento cambian tus condiciones (fecha de incorporación, salario, teletrabajo), avísame.

Un saludo,

Raquel Sanz
Consultora de selección · Talento Meseta
C/ de Alcalá 93, 28009 Madrid · +34 910 38 44 12
""",
    ),
]

OFFERS = [
    # ================================ French ================================
    dict(
        kind="offer", slug="archives_mosanes_verbal_offer_followup", id="cam_offer", parent="cam_trial",
        lang="fr", company="Centre d'Archives Mosanes", contact="veronique.thiry@archives-mosanes.example.be",
        frm=("Véronique Thiry", "veronique.thiry@archives-mosanes.example.be"),
        subject="Suite à notre appel de ce matin",
        date="2026-06-15T12:30:00+02:00",
        text="""Chère Ines,

Comme je vous l'ai dit au téléphone ce matin, toute l'équipe a été conquise par votre journée d'essai et nous serions très heureux de vous accueillir comme archiviste adjointe.

Pour récapituler ce que nous proposons :
- contrat à durée indéterminée, temps plein (38 h), entrée en fonction le 1er septembre 2026 ;
- barème de la Commission paritaire 329.02, échelon 4.1, avec reprise de votre ancienneté en bibliothèque ;
- chèques-repas, abonnement TEC pris en charge, un jour de télétravail par semaine.

Je prépare le contrat et vous l'envoie d'ici la fin de la semaine prochaine. D'ici là, n'hésitez pas à m'appeler si vous avez des questions.

Avec toute ma joie,

Véronique Thiry
Directrice
Centre d'Archives Mosanes
04 343 90 12
""",
    ),
    dict(
        kind="offer", slug="archives_mosanes_contract_pdf", id="cam_contract", parent="cam_offer",
        lang="fr", company="Centre d'Archives Mosanes", contact="veronique.thiry@archives-mosanes.example.be",
        frm=("Véronique Thiry", "veronique.thiry@archives-mosanes.example.be"),
        subject="Votre contrat de travail à signer",
        date="2026-06-22T16:05:00+02:00",
        text="""Chère Ines,

Voici, comme promis, votre contrat de travail à durée indéterminée ainsi que le règlement de travail. Pourriez-vous les relire, parapher chaque page, signer et me renvoyer un exemplaire scanné d'ici le 3 juillet ? L'original peut être déposé au Centre quand cela vous arrange.

Si une clause vous pose question, appelez-moi avant de signer.

Bien à vous,

Véronique Thiry
Directrice
Centre d'Archives Mosanes
rue des Bonnes-Villes 15, 4020 Liège

""" + wrote("fr", "lun. 15 juin 2026 à 12:30", "Véronique Thiry", "veronique.thiry@archives-mosanes.example.be") + "\n" + q("""Je prépare le contrat et vous l'envoie d'ici la fin de la semaine prochaine."""),
        attachments=[dict(type="pdf", name="Contrat_CDI_Okoro-Vandenberghe.pdf", lines=[
            "CONTRAT DE TRAVAIL D'EMPLOYEE A DUREE INDETERMINEE",
            "Entre le Centre d'Archives Mosanes, rue des Bonnes-Villes 15, 4020 Liege,",
            "et Madame Ines Okoro-Vandenberghe.",
            "Art. 1 - Fonction : archiviste adjointe.",
            "Art. 2 - Entree en service : 1er septembre 2026.",
            "Art. 3 - Duree hebdomadaire de travail : 38 heures.",
            "Art. 4 - Remuneration : bareme CP 329.02, echelon 4.1.",
            "Fait a Liege en deux exemplaires.",
        ])],
    ),
    dict(
        kind="offer", slug="haldenrook_client_wants_offer", id="hr_offer", parent="hr_client",
        lang="fr", company="Banque Hesbaye", contact="thibault.lemaire@haldenrook.example.be",
        frm=("Thibault Lemaire", "thibault.lemaire@haldenrook.example.be"),
        subject="Banque Hesbaye – ils veulent vous faire une offre",
        date="2026-08-04T18:12:00+02:00",
        text="""Bonsoir Ines,

Je sors d'un appel avec Delphine Orban et le COO : la Banque Hesbaye souhaite vous faire une offre pour le poste de records manager !

Les grandes lignes, avant le document officiel qu'ils m'enverront jeudi :
- CDI, poste basé au Mont des Arts, deux jours de télétravail ;
- salaire brut annuel de 58 000 €, 13e mois, double pécule, voiture de société ou budget mobilité ;
- assurance groupe et hospitalisation ;
- démarrage souhaité le 1er octobre, à discuter selon votre préavis.

Prenez le temps d'y réfléchir ce soir ; je vous appelle demain à 9 h pour en parler, et pour voir s'il y a un point que vous aimeriez que je renégocie.

Félicitations, c'est mérité !

Thibault

Thibault Lemaire
Associate Director
Halden & Rook – Executive Search
Avenue Louise 231, 1050 Bruxelles
+32 2 808 14 60
""",
    ),
    dict(
        kind="offer", slug="tempora_mission_mosa_assurances", id="tempora_offer", parent="tempora_no",
        lang="fr", company="Mosa Assurances", contact="julien.masset@tempora-interim.example.be",
        frm=("Julien Masset | Tempora", "julien.masset@tempora-interim.example.be"),
        subject="Mosa Assurances vous veut ! Proposition de mission",
        date="2026-03-18T14:44:00+01:00",
        text="""Bonjour Ines,

Comme annoncé, une des demandes de Namur s'est concrétisée : Mosa Assurances a lu votre profil et, après notre appel de lundi avec leur responsable, le client souhaite vous proposer la mission sans entretien supplémentaire.

Les conditions :
- mission d'intérim de 4 mois (du 6 avril au 31 juillet), renouvelable, avec possibilité d'engagement ensuite ;
- fonction : gestionnaire documentaire – numérisation des dossiers sinistres ;
- lieu : avenue Prince de Liège 85, Jambes ;
- 37 h 30 par semaine, salaire horaire brut de 19,80 € + chèques-repas.

La proposition de mission est en pièce jointe. Si c'est OK pour vous, répondez-moi simplement « je confirme » et je prépare le contrat de travail intérimaire pour signature électronique.

Julien

Julien Masset
Consultant senior – Office & Admin
Tempora – travail intérimaire & recrutement
""",
        attachments=[dict(type="pdf", name="Proposition_mission_Mosa.pdf", lines=[
            "TEMPORA - PROPOSITION DE MISSION",
            "Utilisateur : Mosa Assurances, avenue Prince de Liege 85, 5100 Jambes",
            "Interimaire : Ines Okoro-Vandenberghe",
            "Fonction : gestionnaire documentaire",
            "Periode : 06/04/2026 - 31/07/2026",
            "Horaire : 37h30 / semaine",
            "Salaire horaire brut : 19,80 EUR",
        ])],
    ),
    dict(
        kind="offer", slug="sbia_formal_offer_letter_pdf", id="sbia_offer", parent="sbia_inv",
        lang="fr", company="Service bruxellois de l'Information administrative", contact="youssef.elamrani@sbia.example.be",
        frm=("Youssef El Amrani", "youssef.elamrani@sbia.example.be"),
        subject="Sélection SBIA-2026-22 – proposition d'engagement",
        date="2026-10-20T11:30:00+02:00",
        text="""Madame Okoro-Vandenberghe,

J'ai le plaisir de vous informer que vous êtes lauréate de la sélection SBIA-2026-22 et classée première. Le Service vous propose dès lors un engagement en qualité d'attachée (gestion de l'information et des archives, rang A1), sous contrat à durée indéterminée.

Vous trouverez en annexe la lettre de proposition détaillant la rémunération (échelle A11), la date d'entrée en service envisagée (1er décembre 2026) et les documents à nous fournir (extrait de casier judiciaire, copie du diplôme, certificat médical).

Nous vous saurions gré de nous faire part de votre acceptation par écrit pour le 30 octobre au plus tard.

Youssef El Amrani
Gestionnaire de sélection – Direction RH
Service bruxellois de l'Information administrative
boulevard du Jardin Botanique 20, 1000 Bruxelles
02 204 18 77
""",
        html=page(p2h("""Madame Okoro-Vandenberghe,

J'ai le plaisir de vous informer que vous êtes lauréate de la sélection SBIA-2026-22 et classée première. Le Service vous propose dès lors un engagement en qualité d'attachée (gestion de l'information et des archives, rang A1), sous contrat à durée indéterminée.

Vous trouverez en annexe la lettre de proposition détaillant la rémunération (échelle A11), la date d'entrée en service envisagée (1er décembre 2026) et les documents à nous fournir (extrait de casier judiciaire, copie du diplôme, certificat médical).

Nous vous saurions gré de nous faire part de votre acceptation par écrit pour le 30 octobre au plus tard.

Youssef El Amrani
Gestionnaire de sélection – Direction RH
Service bruxellois de l'Information administrative
boulevard du Jardin Botanique 20, 1000 Bruxelles
02 204 18 77"""), "fr"),
        attachments=[dict(type="pdf", name="SBIA-2026-22_proposition_engagement.pdf", lines=[
            "Service bruxellois de l'Information administrative - Direction RH",
            "Objet : proposition d'engagement - selection SBIA-2026-22",
            "Madame Ines Okoro-Vandenberghe,",
            "Fonction : attachee, gestion de l'information et des archives (A1)",
            "Bareme : A11 - Entree en service : 01/12/2026",
            "Reponse attendue au plus tard le 30/10/2026.",
        ])],
    ),

    # ================================ English ================================
    dict(
        kind="offer", slug="eudas_offer_pdf", id="eudas_offer", parent="eudas_panel",
        lang="en", company="EU Agency for Data Stewardship", contact="maren.lindqvist@eudas.example.eu",
        frm=("Maren Lindqvist", "maren.lindqvist@eudas.example.eu"),
        subject="Offer of employment - EUDAS/CA/2026/04 Records & Information Officer",
        date="2026-04-14T15:20:00+02:00",
        text="""Dear Ms Okoro-Vandenberghe,

I am delighted to inform you that, following the recommendation of the Selection Board, the Executive Director has decided to offer you a contract as Contract Agent, Function Group IV, grade 13, for the post of Records & Information Officer.

The attached offer letter sets out the main terms: a contract of three years, renewable; place of employment Brussels; a probationary period of nine months; and an indicative start date of 1 June 2026, subject to the pre-employment medical examination.

Please let us know whether you accept this offer by signing and returning the acceptance form (page 2) by 24 April 2026.

We very much look forward to welcoming you to the Agency.

Kind regards,

Maren Lindqvist
HR Officer - Selection & Recruitment
EU Agency for Data Stewardship
Rue Montoyer 34, 1000 Brussels | +32 2 290 63 11
""",
        attachments=[dict(type="pdf", name="EUDAS_CA_2026_04_offer_letter.pdf", lines=[
            "EU Agency for Data Stewardship - Human Resources",
            "OFFER OF EMPLOYMENT",
            "Candidate: Ines Okoro-Vandenberghe",
            "Post: Records & Information Officer (EUDAS/CA/2026/04)",
            "Type of contract: Contract Agent, FG IV, grade 13, three years",
            "Place of employment: Brussels",
            "Indicative start date: 1 June 2026",
            "Acceptance form to be returned by 24 April 2026.",
        ])],
    ),
    dict(
        kind="offer", slug="kfs_verbal_offer_outlook_1252",
        lang="en", company="Kirchberg Fund Services", contact="d.hoffmann@kfs.example.lu",
        frm=("Hoffmann, Diane", "d.hoffmann@kfs.example.lu"),
        subject="Following our call - your offer",
        date="2026-09-09T17:35:00+02:00", charset="windows-1252",
        text="""Dear Ines,

It was a pleasure to speak this afternoon, and I’m glad I could give you the good news in person: we’d like you to join Kirchberg Fund Services as Document Control Specialist in our Transfer Agency team.

As discussed:
• permanent contract, 40 hours, based in Munsbach with two remote days per week (within the cross-border limits);
• annual gross salary of €56,500, plus the 13th month and meal vouchers;
• start date 1 December 2026, or earlier if your notice allows.

Our HR team will send the formal contract early next week. In the meantime, do call me if anything is unclear.

Best regards,

Diane Hoffmann
Head of Transfer Agency Operations
Kirchberg Fund Services
6, rue Gabriel Lippmann | L-5365 Munsbach
T +352 27 40 15 60

This message is confidential and intended only for the addressee. If you have received it in error, please notify the sender and delete it.
""",
        html=outlook_html(mso("""Dear Ines,

It was a pleasure to speak this afternoon, and I’m glad I could give you the good news in person: we’d like you to join Kirchberg Fund Services as Document Control Specialist in our Transfer Agency team.

As discussed:
• permanent contract, 40 hours, based in Munsbach with two remote days per week (within the cross-border limits);
• annual gross salary of €56,500, plus the 13th month and meal vouchers;
• start date 1 December 2026, or earlier if your notice allows.

Our HR team will send the formal contract early next week. In the meantime, do call me if anything is unclear.

Best regards,

Diane Hoffmann
Head of Transfer Agency Operations
Kirchberg Fund Services
6, rue Gabriel Lippmann | L-5365 Munsbach
T +352 27 40 15 60

This message is confidential and intended only for the addressee. If you have received it in error, please notify the sender and delete it."""), "en"),
    ),

    # ================================ German ================================
    dict(
        kind="offer", slug="kkh_offer_pdf", parent="kkh_probetag",
        lang="de", company="Kaiser-Karl-Hochschule Aachen", contact="tobias.klein@kkh-aachen.example.de",
        frm=("Tobias Klein", "tobias.klein@kkh-aachen.example.de"),
        subject="Zusage: Stelle im Team Forschungsdaten & Publikationen",
        date="2026-09-25T13:00:00+02:00",
        text="""Sehr geehrte Frau Okoro-Vandenberghe,

ich freue mich sehr, Ihnen mitteilen zu können, dass die Auswahlkommission Sie für die Stelle als Data Stewardess in der Hochschulbibliothek ausgewählt hat. Wir möchten Ihnen die Stelle hiermit anbieten.

Eckdaten unseres Angebots:
- Beschäftigung nach TV-L, Entgeltgruppe 11, Stufe 2
- Vollzeit (39,83 Stunden), befristet auf zwei Jahre mit Option auf Entfristung
- Beginn: 1. Januar 2027

Das beigefügte Angebotsschreiben enthält alle Einzelheiten. Bitte teilen Sie uns bis zum 9. Oktober mit, ob Sie das Angebot annehmen; danach erhalten Sie den Arbeitsvertrag von der Personalabteilung.

Wir würden uns sehr freuen, Sie bald im Team begrüßen zu dürfen!

Mit freundlichen Grüßen
Tobias Klein
Leitung Team Forschungsdaten & Publikationen
Kaiser-Karl-Hochschule Aachen
""",
        attachments=[dict(type="pdf", name="Angebot_Okoro-Vandenberghe.pdf", lines=[
            "Kaiser-Karl-Hochschule Aachen - Dezernat Personal",
            "Stellenangebot",
            "Frau Ines Okoro-Vandenberghe",
            "Stelle: Data Stewardess, Hochschulbibliothek",
            "Verguetung: TV-L E 11, Stufe 2, Vollzeit",
            "Befristung: 24 Monate, Beginn 01.01.2027",
            "Rueckmeldung bis 09.10.2026 erbeten.",
        ])],
    ),

    # ================================ Spanish ================================
    dict(
        kind="offer", slug="jarama_base64_offer",
        lang="es", company="Hospital del Jarama", contact="rrhh.seleccion@hospitaljarama.example.es",
        frm=("RRHH Hospital del Jarama", "rrhh.seleccion@hospitaljarama.example.es"),
        subject="Oferta de incorporación – Técnica de Documentación Clínica", subj_enc=("utf-8", "B"),
        date="2026-07-30T09:45:00+02:00", cte="base64",
        text="""Estimada Sra. Okoro-Vandenberghe:

Tras finalizar el proceso de selección para el puesto de Técnica de Documentación Clínica, nos complace ofrecerle la incorporación a nuestro Servicio de Admisión y Documentación Clínica.

Condiciones de la oferta:
- contrato indefinido a jornada completa (37,5 horas semanales, turno de mañana);
- retribución bruta anual de 31.400 euros en catorce pagas;
- incorporación prevista el 1 de octubre de 2026.

Le rogamos que nos comunique su aceptación respondiendo a este correo antes del 7 de agosto. A continuación le enviaremos la documentación para la firma del contrato.

Reciba un cordial saludo,

Departamento de Recursos Humanos – Selección
Hospital del Jarama
Avenida de la Constitución 120, 28850 Torrejón de Ardoz (Madrid)
Tel. +34 916 77 30 00
""",
    ),
    dict(
        kind="offer", slug="talentomeseta_client_offer_henares", parent="meseta_reg",
        lang="es", company="Grupo Logístico Henares", contact="raquel.sanz@talentomeseta.example.es",
        frm=("Raquel Sanz · Talento Meseta", "raquel.sanz@talentomeseta.example.es"),
        subject="¡Oferta de Grupo Logístico Henares!",
        date="2026-09-30T19:02:00+02:00",
        text="""¡Ines!

Acaba de llamarme la directora de Personas de Grupo Logístico Henares: el cliente quiere hacerte una oferta para el puesto de responsable de archivo y gestión documental en su sede de Coslada.

Lo que me han adelantado:
- contrato indefinido, 40 h, con dos días de teletrabajo;
- 36.000 € brutos anuales + variable del 8 %;
- seguro médico privado;
- incorporación a partir del 2 de noviembre (les he explicado tu preaviso y lo entienden).

Mañana te envían la carta de oferta formal. Llámame cuando puedas y lo comentamos con calma. ¡Enhorabuena, te lo has ganado!

Raquel

Raquel Sanz
Consultora de selección · Talento Meseta
C/ de Alcalá 93, 28009 Madrid · +34 910 38 44 12
""",
    ),
]

MESSAGES = RECEIVED + OFFERS
