# ruff: noqa
"""Corpus 254 - application acknowledgements (21) and offers (10), hand-written."""

from __future__ import annotations

RECEIVED = [
    # ------------------------------------------------------------------ French (10)
    dict(
        kind="application_received", name="bps_workday_pas_de_reponse_individuelle", lang="fr",
        company="Brest Portuaire Services", contact="",
        frm="Brest Portuaire Services <brestportuaire@myworkday.com>",
        subject="Nous avons bien reçu votre candidature - Planificateur des escales (R-00417)",
        date="2026-01-08 22:14 +0000",
        alt=("ats", "Brest Portuaire Services - Carrières", "#0b3d6b",
             "Message généré automatiquement par Workday. Merci de ne pas y répondre."),
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Gwendal,

Merci d'avoir postulé au poste de Planificateur des escales (R-00417) chez Brest Portuaire Services. Votre candidature a bien été enregistrée et sera examinée par notre équipe recrutement.

En raison du nombre important de candidatures, nous ne pourrons malheureusement pas répondre individuellement à chaque candidat. Si votre profil correspond à nos besoins, nous vous contacterons dans un délai de quatre semaines.

Vous pouvez suivre l'état de votre candidature dans votre espace candidat :
https://brestportuaire.wd3.myworkday.com/fr-FR/carrieres/userHome

L'équipe Recrutement
""",
    ),
    dict(
        kind="application_received", name="iroise_taleo_accuse", lang="fr",
        company="Chantiers Navals de l'Iroise", contact="",
        frm="Chantiers Navals de l'Iroise <chantiersiroise@taleo.net>", key="iroise_ack",
        subject="Accusé de réception - Planificateur carénage (H/F) - Brest",
        date="2026-01-14 10:02 +0100", charset="iso-8859-1", subj_enc="iso-8859-1/Q",
        alt=("ats", "Chantiers Navals de l'Iroise", "#14365c",
             "Ce courriel a été envoyé automatiquement par Taleo."),
        text="""Madame, Monsieur,

Nous accusons réception de votre candidature pour le poste de Planificateur carénage (H/F) - numéro de demande 2600112 - et vous remercions de l'intérêt que vous portez aux Chantiers Navals de l'Iroise.

Votre dossier va être étudié avec attention par la Direction des ressources humaines et par le service concerné. Nous reviendrons vers vous dans les meilleurs délais.

Pour consulter ou compléter votre dossier, connectez-vous à votre compte candidat.

La Direction des ressources humaines
Chantiers Navals de l'Iroise
""",
    ),
    dict(
        kind="application_received", name="groix_teamtailor_merci", lang="fr",
        company="Éolien Marin de Groix", contact="",
        frm="Éolien Marin de Groix <no-reply@teamtailor-mail.com>", key="groix_ack",
        subject="Merci pour votre candidature, Gwendal !",
        date="2026-01-20 08:47 +0100", alt="plain", subj_enc="utf-8/B",
        text="""Bonjour Gwendal,

Merci d'avoir postulé au poste de Planificateur maintenance offshore - Lorient ! Nous avons bien reçu votre candidature et notre équipe la lira dans les prochains jours.

En attendant, découvrez la vie sur notre base de maintenance et nos navires de transfert sur notre page carrière.

À bientôt,
L'équipe Éolien Marin de Groix
""",
    ),
    dict(
        kind="application_received", name="marinterim_inscription_confirmee", lang="fr",
        company="Marinterim Bretagne", contact="soizic.guillou@marinterim.example.fr",
        frm="Soizic Guillou <soizic.guillou@marinterim.example.fr>",
        subject="Votre inscription chez Marinterim Bretagne est confirmée",
        date="2026-02-18 16:20 +0100", alt="outlook",
        text="""Bonjour Gwendal,

Merci pour le temps passé à l'agence ce matin. Votre inscription est désormais complète : CV, brevets, certificat médical d'aptitude et pièce d'identité sont enregistrés dans notre base.

Je vous ai positionné sur les profils "coordination portuaire" et "planification d'exploitation maritime" pour les secteurs de Lorient, Brest et Saint-Nazaire. Vous recevrez nos propositions de missions et de postes par téléphone ou par mail.

N'hésitez pas à me prévenir si vos disponibilités changent.

Soizic Guillou
Consultante recrutement - secteur maritime
Marinterim Bretagne - Agence de Lorient
12 rue du Port, 56100 Lorient
02 97 35 61 18 / 06 42 17 90 33

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.
""",
    ),
    dict(
        kind="application_received", name="penhoet_softgarden_reception", lang="fr",
        company="Ateliers de Penhoët Marine", contact="",
        frm="Ateliers de Penhoët Marine <noreply@softgarden.io>",
        subject="Confirmation de réception de votre candidature",
        date="2026-03-02 07:05 +0100", cte="base64",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Monsieur Morvan-Asante,

Nous vous remercions pour votre candidature au poste de Chargé de planification arrêts techniques à Saint-Nazaire, que nous avons bien reçue.

Notre équipe RH l'examinera dans les meilleurs délais. Vous recevrez un retour par e-mail à chaque étape du processus.

Cordialement,
Le service des ressources humaines
Ateliers de Penhoët Marine

Cet e-mail a été envoyé via softgarden. Merci de ne pas répondre directement à ce message.
""",
    ),
    dict(
        kind="application_received", name="kerhorre_smartrecruiters_recu", lang="fr",
        company="Kerhorre Défense Navale", contact="",
        frm="Kerhorre Défense Navale <noreply@smartrecruiters.com>", key="kerhorre_ack",
        subject="Merci d'avoir postulé chez Kerhorre Défense Navale",
        date="2026-03-09 13:33 +0100",
        alt=("ats", "Kerhorre Défense Navale", "#1d2b3a",
             "SmartRecruiters - Notification automatique."),
        text="""Bonjour Gwendal,

Nous avons bien reçu votre candidature au poste de Coordinateur logistique de soutien naval.

Nos équipes examinent chaque dossier avec attention. Compte tenu de la nature de nos activités, certaines étapes du processus peuvent prendre plus de temps que d'habitude ; nous vous remercions de votre patience.

L'équipe Talents
Kerhorre Défense Navale
""",
    ),
    dict(
        kind="application_received", name="estuaire_interim_cv_bien_recu", lang="fr",
        company="Estuaire Intérim", contact="marc.duval@estuaire-interim.example.fr",
        frm="Marc Duval - Estuaire Intérim <marc.duval@estuaire-interim.example.fr>",
        subject="Nous avons reçu votre CV",
        date="2026-03-13 09:50 +0100", charset="windows-1252", cte="quoted-printable",
        text="""Bonjour M. Morvan-Asante,

Nous avons bien reçu votre CV envoyé via notre site, merci de votre confiance.

Pour finaliser votre dossier, il me manque une copie de votre brevet de capitaine 200 et de votre visite médicale des gens de mer. Vous pouvez me les envoyer en réponse à ce mail.

Je vous appellerai ensuite pour un point de 15 minutes sur vos attentes (type de contrat, mobilité vers Le Havre, salaire).

Cordialement,
Marc Duval
Chargé de recrutement - Estuaire Intérim
45 boulevard de Strasbourg, 76600 Le Havre
02 35 42 18 07
""",
    ),
    dict(
        kind="application_received", name="ntc_workable_reception", lang="fr",
        company="Normandie Terminaux Conteneurs", contact="",
        frm="Recrutement NTC <noreply@workablemail.com>", key="ntc_ack",
        subject="Normandie Terminaux Conteneurs - candidature reçue (NTC-26-031)",
        date="2026-06-08 21:15 +0200", alt="plain",
        text="""Bonjour Gwendal,

Votre candidature pour le poste de Planificateur navires (NTC-26-031) a été transmise à l'équipe recrutement de Normandie Terminaux Conteneurs.

Vous serez contacté par e-mail si votre profil est retenu pour la suite.

Ce message vous est envoyé automatiquement, merci de ne pas y répondre.

Normandie Terminaux Conteneurs
Propulsé par Workable
""",
    ),
    dict(
        kind="application_received", name="lorient_remorquage_transmis_armement", lang="fr",
        company="Lorient Remorquage", contact="yvon.gourlay@lorient-remorquage.example.fr",
        frm="Yvon Gourlay <yvon.gourlay@lorient-remorquage.example.fr>", key="lr_ack",
        parent="lr_app", quote="gmail",
        subject="Re: Candidature planificateur remorquage",
        date="2026-06-24 07:40 +0200",
        text="""Bonjour,

Bien reçu votre candidature, merci. Je la transmets à l'armateur qui doit valider la création du poste ; je reviendrai vers vous d'ici trois semaines environ.

Yvon Gourlay
Capitaine d'armement - Lorient Remorquage
Quai de Rohan, 56100 Lorient - 06 08 55 31 47
""",
    ),
    dict(
        kind="application_received", name="escaut_accuse_iso8859", lang="fr",
        company="Escaut Dragage", contact="aurelie.dewulf@escaut-dragage.example.be",
        frm="Aurélie Dewulf <aurelie.dewulf@escaut-dragage.example.be>", key="escaut_ack",
        parent="escaut_app", quote="gmail", charset="iso-8859-1", cte="quoted-printable",
        subj_enc="iso-8859-1/Q",
        subject="RE: Candidature - planificateur des opérations de dragage",
        date="2026-09-02 16:05 +0200",
        text="""Bonjour Monsieur Morvan-Asante,

Nous accusons bonne réception de votre candidature et de votre CV. Votre dossier a été transmis à M. Vandamme, directeur des opérations, qui l'étudiera cette semaine.

Je vous contacterai par téléphone pour un premier échange si votre profil correspond.

Bien à vous,
Aurélie Dewulf
Ressources humaines - Escaut Dragage
Noorderlaan 147, 2030 Anvers
""",
    ),
    # ------------------------------------------------------------------ English (5)
    dict(
        kind="application_received", name="granite_greenhouse_thanks", lang="en",
        company="Granite Offshore Marine", contact="",
        frm="Granite Offshore Marine <no-reply@greenhouse-mail.io>", key="granite_ack",
        subject="Thank you for applying to Granite Offshore Marine",
        date="2026-02-03 08:12 +0000", alt="plain",
        text="""Hi Gwendal,

Thank you for your interest in Granite Offshore Marine! We have received your application for the Marine Operations Planner position in Aberdeen.

Our team is reviewing applications now. If your experience is a match for the role, a member of our recruiting team will be in touch to arrange next steps.

Regards,
Granite Offshore Marine Recruiting

**Please note: this inbox is not monitored.**
""",
    ),
    dict(
        kind="application_received", name="kincorth_icims_no_individual_reply", lang="en",
        company="Kincorth Wind Operations", contact="",
        frm="Kincorth Wind Operations Careers <kincorthwind@icims.com>",
        subject="Application received: Marine Coordinator (Job ID 2026-1184)",
        date="2026-03-18 11:47 -0400", html_only=True,
        alt=("ats", "Kincorth Wind Operations", "#2e7d32",
             "Powered by iCIMS. This mailbox is not monitored."),
        text="""Dear Gwendal,

Thank you for applying for the Marine Coordinator position (Job ID 2026-1184). Your application has been successfully submitted.

We receive a large number of applications and unfortunately we cannot reply to every applicant individually. If you have not heard from us within 21 days of the closing date, please assume that you have not been shortlisted on this occasion.

You can view the status of your application at any time in the candidate portal.

Talent Acquisition Team
Kincorth Wind Operations
""",
    ),
    dict(
        kind="application_received", name="fathom_registration_complete", lang="en",
        company="Fathom Talent Partners", contact="euan.forsyth@fathomtalent.example.co.uk",
        frm="Euan Forsyth <euan.forsyth@fathomtalent.example.co.uk>", key="fathom_reg",
        subject="Welcome to Fathom Talent Partners - registration complete",
        date="2026-05-04 10:12 +0100", alt="plain",
        text="""Hi Gwendal,

Good to speak this morning. This is to confirm that you're now registered with Fathom Talent Partners and that I've received your CV, STCW certificates and references.

As discussed, I'll be putting you forward for shore-based marine planning and coordination roles in the Aberdeen area, and I'll always check with you before sending your details to a client.

Expect a call from me within the next week or two.

Cheers,
Euan

Euan Forsyth
Principal Consultant, Marine & Offshore
Fathom Talent Partners
14 Albyn Place, Aberdeen AB10 1YH
+44 1224 650 812 | +44 7700 900 415
""",
    ),
    dict(
        kind="application_received", name="scheldt_successfactors_received", lang="en",
        company="Scheldt Port Operations", contact="",
        frm="Scheldt Port Operations <scheldtport@successfactors.eu>", key="scheldt_ack",
        subject="Application received - Marine Operations Planner (Req. 4471)",
        date="2026-06-02 18:33 +0200",
        alt=("ats", "Scheldt Port Operations", "#003a70",
             "This is an automated message from SAP SuccessFactors. Do not reply."),
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Dear Gwendal Morvan-Asante,

Thank you for submitting your application for the position of Marine Operations Planner (Requisition 4471).

We confirm that your application has been received. Our recruitment team will review it carefully and contact you if your profile matches the requirements.

Kind regards,
Scheldt Port Operations - Recruitment
""",
    ),
    dict(
        kind="application_received", name="north_isles_bamboohr", lang="en",
        company="North Isles Ferries", contact="",
        frm="North Isles Ferries <notifications@bamboohr.com>", key="ni_ack",
        subject="We've received your application for Fleet Planner",
        date="2026-07-06 12:58 +0100", alt="plain",
        text="""Hi Gwendal,

Thanks for applying for the Fleet Planner position at North Isles Ferries. This email confirms that we've received your application.

We'll review it and get back to you as soon as we can.

North Isles Ferries
""",
    ),
    # ------------------------------------------------------------------ German (3)
    dict(
        kind="application_received", name="nordsee_personio_eingang", lang="de",
        company="Nordsee Windservice Bremerhaven", contact="",
        frm="Nordsee Windservice Bremerhaven <noreply@personio.de>", key="nordsee_ack",
        subject="Eingangsbestätigung Ihrer Bewerbung",
        date="2026-03-05 09:41 +0100", alt="plain", cte="quoted-printable",
        text="""Sehr geehrter Herr Morvan-Asante,

vielen Dank für Ihre Bewerbung als Disponent Offshore-Logistik (m/w/d) und Ihr Interesse an der Nordsee Windservice Bremerhaven GmbH.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam
""",
    ),
    dict(
        kind="application_received", name="weserkaje_successfactors_keine_einzelantwort", lang="de",
        company="Weserkaje Logistik", contact="",
        frm="Weserkaje Logistik Karriere <weserkaje@successfactors.eu>", key="weser_ack",
        subject="Ihre Bewerbung ist bei uns eingegangen",
        date="2026-04-09 14:22 +0200",
        alt=("ats", "Weserkaje Logistik", "#004b87",
             "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf."),
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Sehr geehrter Herr Morvan-Asante,

vielen Dank für Ihre Bewerbung als Hafenplaner (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Aufgrund der hohen Anzahl an Bewerbungen können wir leider nicht jedem Bewerber individuell antworten. Sollten Sie innerhalb von vier Wochen nichts von uns hören, ist die Stelle anderweitig besetzt worden.

Den Status Ihrer Bewerbung können Sie jederzeit in unserem Bewerberportal einsehen.

Ihr Recruiting-Team der Weserkaje Logistik
""",
    ),
    dict(
        kind="application_received", name="hafenpersonal_registrierung", lang="de",
        company="Hafenpersonal Nord", contact="jens.wuebbena@hafenpersonal.example.de",
        frm="Jens Wübbena <jens.wuebbena@hafenpersonal.example.de>", key="hafen_reg",
        subject="Ihre Registrierung bei Hafenpersonal Nord",
        date="2026-06-22 11:05 +0200", name_enc="utf-8/B",
        text="""Hallo Herr Morvan-Asante,

danke für das nette Telefonat heute Vormittag. Hiermit bestätige ich Ihre Registrierung in unserer Bewerberdatenbank. Ihren Lebenslauf und Ihre Patente habe ich erhalten.

Ich stelle Sie unseren Kunden in Bremerhaven und Cuxhaven nur nach Rücksprache mit Ihnen vor. Bei den meisten Reedereien reicht Englisch im Büroalltag, für die Hafenbetriebe wird oft Deutsch erwartet; das berücksichtige ich bei der Auswahl.

Beste Grüße
Jens Wübbena
Personalberater Hafen & Logistik
Hafenpersonal Nord
Columbusstraße 2, 27570 Bremerhaven
Tel. 0471 48 20 77 / Mobil 0160 551 27 83
""",
    ),
    # ------------------------------------------------------------------ Spanish (3)
    dict(
        kind="application_received", name="astilleros_workable_acuse", lang="es",
        company="Astilleros Ría de Vigo", contact="",
        frm="Astilleros Ría de Vigo <noreply@workablemail.com>", key="ast_ack",
        subject="Hemos recibido tu candidatura",
        date="2026-04-02 19:26 +0200", alt="plain", cte="base64",
        text="""Hola Gwendal,

Gracias por presentar tu candidatura al puesto de Planificador/a de operaciones de varada en Astilleros Ría de Vigo. La hemos recibido correctamente.

Nuestro equipo revisará tu perfil y se pondrá en contacto contigo si encaja con lo que buscamos.

Un saludo,
Equipo de Selección
Astilleros Ría de Vigo
""",
    ),
    dict(
        kind="application_received", name="portempleo_registro_agencia", lang="es",
        company="Portempleo Galicia", contact="uxia.pereira@portempleo.example.es",
        frm="Uxía Pereira <uxia.pereira@portempleo.example.es>", key="porte_reg",
        subject="Alta en Portempleo Galicia",
        date="2026-05-11 17:35 +0200", charset="iso-8859-1", cte="quoted-printable",
        text="""Hola Gwendal:

Te confirmo que ya estás dado de alta en Portempleo Galicia. Hemos registrado tu currículum, tu titulación de patrón y tus datos de contacto.

A partir de ahora te propondremos puestos de planificación y coordinación en el puerto de Vigo y en Marín. Antes de enviar tu candidatura a cualquier empresa te llamaré para confirmarlo contigo.

Un saludo,
Uxía Pereira
Consultora de selección - Portempleo Galicia
Rúa do Areal 88, 36201 Vigo
986 44 21 07
""",
    ),
    dict(
        kind="application_received", name="bouzas_acuse_sin_respuesta_individual", lang="es",
        company="Terminales Bouzas Logística", contact="",
        frm="Terminales Bouzas Logística <noreply@workablemail.com>",
        subject="Confirmación: candidatura recibida",
        date="2026-08-03 08:44 +0200", html_only=True,
        alt=("ats", "Terminales Bouzas Logística", "#c0392b",
             "Enviado a través de Workable. No respondas a este correo."),
        text="""Estimado/a Gwendal:

Gracias por tu interés en el puesto de Planificador/a de patio y atraques. Tu candidatura se ha registrado correctamente.

Lamentablemente, debido al elevado número de solicitudes, no podemos responder individualmente a cada persona. Si tu perfil es seleccionado para la siguiente fase, nos pondremos en contacto contigo en un plazo de tres semanas.

Atentamente,
Departamento de Personas
Terminales Bouzas Logística
""",
    ),
]

OFFERS = [
    # ------------------------------------------------------------------ French (5)
    dict(
        kind="offer", name="marinterim_quai_malbert_souhaite_offre", lang="fr",
        company="Quai Malbert Services", contact="soizic.guillou@marinterim.example.fr",
        frm="Soizic Guillou <soizic.guillou@marinterim.example.fr>",
        subject="Quai Malbert Services veut vous faire une proposition !",
        date="2026-05-20 12:05 +0200", alt="outlook",
        text="""Bonjour Gwendal,

Je sors du téléphone avec le directeur de Quai Malbert Services : le client souhaite vous faire une offre pour le poste de coordinateur des escales de navires de croisière et de servitude à Brest.

Ce qu'ils proposent :
- CDD de six mois, du 15 juin au 15 décembre, avec un CDI annoncé si la saison 2027 se confirme ;
- 2 650 EUR bruts mensuels, astreintes payées en plus ;
- formation au logiciel de gestion des escales pendant les deux premières semaines.

Ils attendent votre réponse pour vendredi. Appelez-moi pour qu'on en parle, je peux encore négocier un peu sur le salaire.

Soizic Guillou
Consultante recrutement - secteur maritime
Marinterim Bretagne - Agence de Lorient
02 97 35 61 18 / 06 42 17 90 33

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.
""",
    ),
    dict(
        kind="offer", name="enez_suite_appel_proposition", lang="fr",
        company="Enez Liaisons Maritimes", contact="yannber.quere@enez-liaisons.example.fr",
        frm="Yann-Ber Quéré <yannber.quere@enez-liaisons.example.fr>", key="enez_offer",
        parent="enez_move",
        subject="Suite à notre appel - proposition de poste",
        date="2026-06-12 13:20 +0200", cc="Nolwenn Kerjean <nolwenn.kerjean@enez-liaisons.example.fr>",
        name_enc="iso-8859-1/Q",
        text="""Gwendal,

Comme je vous l'ai annoncé au téléphone ce midi, l'équipage et moi avons été convaincus par votre journée d'essai du 10 juin. Nous vous proposons le poste de planificateur des rotations et des équipages.

Pour mémoire, ce dont nous avons parlé :
- CDI, statut agent de maîtrise, basé au bureau d'armement de Brest ;
- 2 900 EUR bruts mensuels sur 13 mois ;
- prise de poste le 1er septembre, après votre dernière marée de l'été ;
- deux embarquements par mois pour garder le contact avec les bords.

Nolwenn vous enverra le contrat dans la semaine. D'ici là, n'hésitez pas si vous avez des questions.

Yann-Ber Quéré
Responsable d'armement - Enez Liaisons Maritimes
06 70 45 92 18
""",
    ),
    dict(
        kind="offer", name="enez_contrat_a_signer_pdf", lang="fr",
        company="Enez Liaisons Maritimes", contact="nolwenn.kerjean@enez-liaisons.example.fr",
        frm="Nolwenn Kerjean <nolwenn.kerjean@enez-liaisons.example.fr>", parent="enez_offer",
        subject="Votre contrat de travail à signer",
        date="2026-06-19 10:45 +0200", alt="plain", cte="quoted-printable",
        attach=[dict(filename="Contrat_CDI_Morvan-Asante.pdf", pdf=[
            "ENEZ LIAISONS MARITIMES - CONTRAT DE TRAVAIL A DUREE INDETERMINEE",
            "",
            "Entre Enez Liaisons Maritimes, Gare maritime, 29217 Le Conquet,",
            "et M. Gwendal Morvan-Asante, demeurant à Brest.",
            "",
            "Article 1 - Fonction : planificateur des rotations et des équipages.",
            "Article 2 - Date d'effet : 1er septembre 2026.",
            "Article 3 - Rémunération : 2 900 EUR bruts mensuels, versés sur 13 mois.",
            "Article 4 - Période d'essai : trois mois, renouvelable une fois.",
            "",
            "Fait à Brest, le 19 juin 2026, en deux exemplaires.",
        ])],
        text="""Bonjour Gwendal,

Vous trouverez ci-joint votre contrat de travail (CDI, planificateur des rotations et des équipages) en deux exemplaires, reprenant les conditions évoquées avec Yann-Ber.

Merci de parapher chaque page, de signer la dernière avec la mention "Lu et approuvé" et de nous retourner un exemplaire avant le 3 juillet, par courrier ou scanné par retour de mail.

Je vous enverrai ensuite la liste des documents pour votre dossier administratif (RIB, carte vitale, attestation ENIM).

Bienvenue à bord !

Nolwenn Kerjean
Responsable administrative et RH
Enez Liaisons Maritimes
8 quai de la Douane, 29200 Brest
02 98 80 44 31
""",
    ),
    dict(
        kind="offer", name="ntc_lettre_offre_pdf", lang="fr",
        company="Normandie Terminaux Conteneurs", contact="helene.vasseur@ntc-lehavre.example.fr",
        frm="Hélène Vasseur <helene.vasseur@ntc-lehavre.example.fr>", key="ntc_offer",
        parent="ntc_follow", quote="outlook", alt="outlook",
        subject="RE: Suite de ma candidature - planificateur navires",
        date="2026-07-15 16:30 +0200",
        attach=[dict(filename="NTC_Proposition_embauche_GMA.pdf", pdf=[
            "Normandie Terminaux Conteneurs - Proposition d'embauche",
            "",
            "Poste : Planificateur navires (réf. NTC-26-031)",
            "Contrat : CDI - statut technicien, niveau 5",
            "Salaire annuel brut : 36 500 EUR + prime de quart",
            "Lieu : Terminal de l'Europe, Le Havre",
            "Date de démarrage souhaitée : 1er octobre 2026",
            "",
            "Proposition valable jusqu'au 31 juillet 2026.",
        ])],
        text="""Bonjour Monsieur Morvan-Asante,

Merci pour votre message et votre patience. J'ai le plaisir de vous confirmer que, suite à votre entretien du 7 juillet avec Jérôme Lecoq, nous souhaitons vous proposer le poste de planificateur navires en CDI.

Vous trouverez en pièce jointe notre proposition d'embauche détaillant la rémunération, le statut et la date de démarrage envisagée. Nous pouvons également vous aider à trouver un logement au Havre pendant les premiers mois.

Je reste disponible pour en discuter et attends votre retour avant le 31 juillet.

Cordialement,

Hélène Vasseur
Responsable ressources humaines
Normandie Terminaux Conteneurs
Route de l'Estuaire, 76600 Le Havre
Tél. 02 35 19 44 80
""",
    ),
    dict(
        kind="offer", name="escaut_offre_base64_pdf", lang="fr",
        company="Escaut Dragage", contact="aurelie.dewulf@escaut-dragage.example.be",
        frm="Aurélie Dewulf <aurelie.dewulf@escaut-dragage.example.be>", parent="escaut_cancel",
        subject="Proposition d'engagement - planificateur des opérations de dragage",
        date="2026-10-06 11:10 +0200", cte="base64", alt="outlook", html_cte="base64",
        attach=[dict(filename="Escaut_Dragage_offre_Morvan-Asante.pdf", pdf=[
            "ESCAUT DRAGAGE - Offre d'engagement",
            "",
            "Fonction : Planificateur des opérations de dragage",
            "Type de contrat : durée indéterminée, temps plein",
            "Rémunération : 4 150 EUR bruts par mois, 13e mois et pécule de vacances",
            "Avantages : chèques-repas, assurance hospitalisation",
            "Lieu de travail : Noorderlaan 147, 2030 Anvers",
            "Entrée en fonction : 2 novembre 2026",
        ])],
        text="""Bonjour Monsieur Morvan-Asante,

Merci encore d'être venu à Anvers le 1er octobre, malgré le report de notre premier rendez-vous. M. Vandamme et le capitaine d'armement ont été unanimes.

J'ai le plaisir de vous adresser en pièce jointe notre offre d'engagement pour le poste de planificateur des opérations de dragage, en contrat à durée indéterminée.

Si cette proposition vous convient, il vous suffit de nous renvoyer l'offre signée d'ici au 16 octobre. Nous préparerons ensuite le contrat et les démarches pour votre inscription en Belgique.

Bien à vous,

Aurélie Dewulf
Ressources humaines
Escaut Dragage
Noorderlaan 147, 2030 Anvers, Belgique
+32 3 218 40 66
""",
    ),
    # ------------------------------------------------------------------ English (2)
    dict(
        kind="offer", name="granite_offer_letter_pdf", lang="en",
        company="Granite Offshore Marine", contact="morag.duncan@graniteoffshore.example.co.uk",
        frm="Morag Duncan <morag.duncan@graniteoffshore.example.co.uk>", key="granite_offer",
        parent="granite_reinv",
        subject="Offer of employment - Marine Operations Planner",
        date="2026-03-02 17:45 +0000", alt="plain",
        attach=[dict(filename="Granite_Offer_Letter_GMorvanAsante.pdf", pdf=[
            "Granite Offshore Marine - Offer of Employment",
            "",
            "Position: Marine Operations Planner, Aberdeen",
            "Start date: 4 May 2026 (or as agreed)",
            "Salary: GBP 42,000 per annum, reviewed annually",
            "Hours: 37.5 per week, Monday to Friday, on-call rota 1 week in 6",
            "Relocation support: up to GBP 4,000",
            "",
            "This offer is subject to satisfactory references and right-to-work checks.",
        ])],
        text="""Dear Gwendal,

Following your interviews with our Fleet Manager and Marine Superintendent, I am delighted to offer you the position of Marine Operations Planner with Granite Offshore Marine.

Your offer letter is attached, setting out salary, hours, relocation support and start date. The offer is conditional on references and right-to-work checks, which our HR team will guide you through.

Please review it and let me know by 13 March whether you would like to accept. I'm happy to arrange a call with the Fleet Manager if you have questions about the role.

Warm regards,

Morag Duncan
Talent Acquisition Partner
Granite Offshore Marine
Regent Quay, Aberdeen AB11 5BE
+44 1224 347 200
""",
    ),
    dict(
        kind="offer", name="fathom_buchan_wants_to_offer", lang="en",
        company="Buchan Subsea", contact="euan.forsyth@fathomtalent.example.co.uk",
        frm="Euan Forsyth <euan.forsyth@fathomtalent.example.co.uk>", parent="fathom_move",
        subject="Buchan Subsea - they want you!",
        date="2026-06-03 09:02 +0100",
        text="""Morning Gwendal,

I've just come off the phone with Shona at Buchan Subsea and the client wants to make you an offer for the Vessel Operations Planner role.

Headline terms as they gave them to me:
- permanent, based at Altens, start date flexible (they'd like early August)
- GBP 45,500 basic plus 10% offshore-readiness allowance
- relocation package and a month of temporary accommodation

Their written offer will follow once you've told me you're happy in principle. Ring me when you've had a think - and congratulations.

Euan
+44 7700 900 415
""",
    ),
    # ------------------------------------------------------------------ German (2)
    dict(
        kind="offer", name="geestemuende_vertragsangebot_pdf", lang="de",
        company="Reederei Geestemünde", contact="hauke.mehrtens@geestemuende-reederei.example.de",
        frm="Hauke Mehrtens <hauke.mehrtens@geestemuende-reederei.example.de>",
        subject="Vertragsangebot Einsatzplaner Versorgungsschiffe",
        date="2026-07-20 15:10 +0200", alt="plain", subj_enc="iso-8859-1/Q",
        attach=[dict(filename="Vertragsangebot_Morvan-Asante.pdf", pdf=[
            "Reederei Geestemünde - Vertragsangebot",
            "",
            "Position: Einsatzplaner Versorgungsschiffe (m/w/d)",
            "Beginn: 1. Oktober 2026",
            "Vergütung: 4.300 EUR brutto monatlich, 13 Gehälter",
            "Arbeitszeit: 40 Stunden/Woche, Rufbereitschaft nach Plan",
            "Probezeit: 6 Monate",
        ])],
        text="""Sehr geehrter Herr Morvan-Asante,

vielen Dank für das angenehme Gespräch am 9. Juli. Wir freuen uns, Ihnen die Stelle als Einsatzplaner für unsere Versorgungsschiffe anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot mit den wesentlichen Konditionen. Wenn Sie einverstanden sind, senden wir Ihnen den Arbeitsvertrag zur Unterschrift zu. Bitte geben Sie uns bis zum 31. Juli Bescheid.

Für Rückfragen stehe ich Ihnen gern zur Verfügung, auch telefonisch und auf Englisch.

Mit freundlichen Grüßen

Hauke Mehrtens
Inspektion / Flottenmanagement
Reederei Geestemünde
Am Handelshafen 12, 27570 Bremerhaven
Tel. +49 471 50 93 12
""",
    ),
    dict(
        kind="offer", name="containerplanung_muendliche_zusage", lang="de",
        company="Bremerhavener Containerplanung", contact="imke.sievers@bhv-containerplanung.example.de",
        frm="Imke Sievers <imke.sievers@bhv-containerplanung.example.de>",
        subject="Wie besprochen: unser Angebot",
        date="2026-09-15 17:55 +0200", charset="iso-8859-1", cte="quoted-printable",
        text="""Hallo Herr Morvan-Asante,

wie eben am Telefon besprochen, bestätige ich Ihnen gern schriftlich: Wir möchten Sie als Stauplaner in unser Team holen.

Eckdaten:
- unbefristete Festanstellung ab 1. Dezember
- 3.950 Euro brutto im Monat, dazu Schichtzulagen
- Einarbeitung von sechs Wochen mit einem erfahrenen Kollegen
- Deutschkurs auf unsere Kosten

Den Vertrag schicken wir Ihnen zu, sobald Sie mündlich zugesagt haben. Überlegen Sie in Ruhe; eine Antwort bis Ende nächster Woche wäre schön.

Viele Grüße
Imke Sievers
Leitung Stauplanung
Bremerhavener Containerplanung, Containerterminal Nord, 27568 Bremerhaven
0471 95 22 41 06
""",
    ),
    # ------------------------------------------------------------------ Spanish (1)
    dict(
        kind="offer", name="astilleros_oferta_pdf", lang="es",
        company="Astilleros Ría de Vigo", contact="iria.lago@astilleros-riavigo.example.es",
        frm="Iria Lago Comesaña <iria.lago@astilleros-riavigo.example.es>", parent="ast_move",
        subject="Oferta de empleo - Planificador de operaciones de varada",
        date="2026-05-06 13:15 +0200", alt="plain", cte="base64", html_cte="base64",
        attach=[dict(filename="Oferta_Astilleros_Ria_de_Vigo.pdf", pdf=[
            "Astilleros Ría de Vigo - Oferta de empleo",
            "",
            "Puesto: Planificador de operaciones de varada",
            "Contrato: indefinido, jornada completa",
            "Salario bruto anual: 33.600 EUR en 14 pagas",
            "Incorporación: 1 de junio de 2026",
            "Centro de trabajo: Avda. de Beiramar 120, Vigo",
        ])],
        text="""Estimado Gwendal:

Tras la entrevista del pasado 23 de abril con Antón Souto, tenemos el placer de ofrecerle el puesto de Planificador de operaciones de varada en nuestro astillero de Vigo.

Adjuntamos la oferta con las condiciones de contrato, salario y fecha de incorporación. Le rogamos que nos comunique su decisión antes del 15 de mayo.

Quedo a su disposición para cualquier aclaración.

Un saludo cordial,
Iria Lago Comesaña
Técnica de Recursos Humanos
Astilleros Ría de Vigo
Tel. 986 23 77 41
""",
    ),
]

MESSAGES = RECEIVED + OFFERS
