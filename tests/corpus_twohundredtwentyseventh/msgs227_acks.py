"""Corpus 227: acks, one hand-written spec per message."""

from __future__ import annotations

import msgs227_common as C

ME = C.CANDIDATE

MESSAGES: list[dict] = []

# ================================================================ application_received

# ---------------------------------------------------------------- French

MESSAGES.append({
    "slug": "vauclair_personio_ack", "kind": "application_received", "lang": "fr",
    "company": "Manufacture Vauclair", "contact": "",
    "frm": ("Manufacture Vauclair", "no-reply@personio.de"),
    "subject": "Confirmation de réception de votre candidature",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-02-09 21:14 +0100",
    "headers": [("Auto-Submitted", "auto-generated")],
    "html": C.ats_card("Manufacture Vauclair", "#7a1f2b", """Bonjour Clément Oduya-Hartmann,

Nous vous remercions pour votre candidature au poste « Contrôleur qualité T0 (habillage et mouvement) » au Locle et pour l'intérêt que vous portez à notre manufacture.

Votre dossier a bien été enregistré. Notre équipe RH l'examinera avec attention et reviendra vers vous dans les meilleurs délais, en principe d'ici trois semaines.

Avec nos meilleures salutations,
Ressources Humaines – Manufacture Vauclair""", "fr", None,
        "Ce message a été envoyé automatiquement via Personio. Merci de ne pas y répondre."),
})

MESSAGES.append({
    "slug": "delacombe_workday_ack", "kind": "application_received", "lang": "fr",
    "company": "Maison Delacombe", "contact": "",
    "frm": ("Maison Delacombe", "delacombe@myworkday.com"),
    "subject": "Maison Delacombe – nous avons bien reçu votre candidature (R-04417)",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-02-16 06:30 +0000",
    "headers": [("Auto-Submitted", "auto-generated"), ("X-Mailer", "Workday Notifications")],
    "body": """Cher Monsieur Oduya-Hartmann,

Nous accusons réception de votre candidature pour le poste Contrôleur qualité habillage (R-04417) à Plan-les-Ouates.

Vous pouvez suivre l'avancement de votre dossier à tout moment dans votre espace candidat :
https://delacombe.wd3.myworkday.com/delacombe_careers/userHome

Si votre profil correspond à nos besoins, un membre de notre équipe vous contactera pour la suite du processus.

Avec nos meilleures salutations,
Ressources Humaines – Maison Delacombe

Ce message a été généré automatiquement par Workday. Merci de ne pas y répondre.
""",
})
MESSAGES[-1]["html"] = C.ats_card("Maison Delacombe · Carrières", "#3b2f2a",
                                  MESSAGES[-1]["body"], "fr")
MESSAGES[-1]["cte"] = "base64"

MESSAGES.append({
    "slug": "jura_placement_registration", "kind": "application_received", "lang": "fr",
    "company": "Jura Placement", "contact": "m.bourquin@jura-placement.example.ch",
    "frm": ("Mathieu Bourquin | Jura Placement", "m.bourquin@jura-placement.example.ch"),
    "subject": "Bienvenue chez Jura Placement – votre inscription",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-01-12 14:25 +0100",
    "body": """Bonjour Clément,

Merci pour ton passage à l'agence ce matin. Ton inscription est complète : j'ai bien reçu ton CV, ta copie de contrat d'apprentissage et tes certificats, et ton dossier est maintenant actif dans notre base.

Comme convenu, je te propose en priorité des postes de contrôleur qualité (contrôle visuel, entrée marchandises, contrôle dimensionnel) dans les Montagnes neuchâteloises et le Jura bernois, en fixe ou en temporaire avec perspective d'engagement.

Je t'appelle dès qu'un client correspond à ton profil. N'hésite pas à me tenir au courant si tu postules directement quelque part, pour éviter les doublons.

À bientôt,
Mathieu

--
Mathieu Bourquin
Conseiller en personnel – Horlogerie & microtechnique
Jura Placement Sàrl
Avenue Léopold-Robert 76, 2300 La Chaux-de-Fonds
+41 32 910 44 80 | www.jura-placement.example.ch
""",
    "cte": "quoted-printable",
})
MESSAGES[-1]["html"] = C.plain_page(MESSAGES[-1]["body"])

MESSAGES.append({
    "slug": "spiraux_softgarden_ack", "kind": "application_received", "lang": "fr",
    "company": "Spiraux Lémanique", "contact": "",
    "frm": ("Spiraux Lémanique SA", "noreply@softgarden.io"),
    "name_enc": ("iso-8859-1", "Q"),
    "subject": "Merci pour votre candidature",
    "date": "2026-01-14 22:03 +0100",
    "headers": [("Auto-Submitted", "auto-generated")],
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Bonjour Clément Oduya-Hartmann,

Nous avons bien reçu votre candidature au poste « Inspecteur qualité spiraux (80-100 %) » et vous en remercions.

Nous recevons un très grand nombre de dossiers et ne pouvons malheureusement pas répondre individuellement à chaque personne à ce stade. Notre équipe étudie toutes les candidatures et prendra contact avec les profils retenus pour un entretien d'ici quatre semaines.

Vous pouvez consulter le statut de votre candidature à tout moment dans votre compte candidat.

Meilleures salutations
L'équipe recrutement de Spiraux Lémanique
""",
})

MESSAGES.append({
    "slug": "brenaz_taleo_ack", "kind": "application_received", "lang": "fr",
    "company": "Horlogerie Brenaz", "contact": "",
    "frm": ("Horlogerie Brenaz", "brenaz@taleo.net"),
    "subject": "Accusé de réception - Réf. 26-0311 Contrôleur qualité montage",
    "subj_enc": ("iso-8859-1", "Q"), "subj_partial": True,
    "date": "2026-04-20 05:12 +0000",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Monsieur Clément Oduya-Hartmann,

Nous accusons bonne réception de votre candidature au poste de Contrôleur qualité montage (réf. 26-0311) et vous remercions de l'intérêt que vous portez à Horlogerie Brenaz.

Votre candidature va être étudiée par nos équipes. Si votre profil est retenu, vous serez contacté(e) par le service recrutement.

Numéro de dossier : 26-0311-00147

Cordialement,
La Direction des Ressources Humaines
Horlogerie Brenaz SAS

Merci de ne pas répondre à ce courriel généré automatiquement.
""",
})

MESSAGES.append({
    "slug": "arc_interim_inscription", "kind": "application_received", "lang": "fr",
    "company": "Arc Intérim", "contact": "s.jaquier@arc-interim.example.ch",
    "frm": ("Arc Intérim", "no-reply@arc-interim.example.ch"),
    "name_enc": ("iso-8859-1", "B"),
    "reply_to": ("Sébastien Jaquier", "s.jaquier@arc-interim.example.ch"),
    "subject": "Votre inscription en ligne est enregistrée",
    "subj_enc": ("iso-8859-1", "B"),
    "date": "2026-05-11 07:58 +0200",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Bonjour Clément,

Votre inscription sur arc-interim.example.ch est enregistrée. Votre CV a été transmis à votre consultant, Sébastien Jaquier (secteur horlogerie – Saint-Imier).

Il vous contactera prochainement pour un premier entretien d'inscription. Pour toute question, répondez simplement à ce message : votre réponse lui parviendra directement.

Pensez à compléter votre profil (permis de travail, disponibilités, certificats) pour que nous puissions vous proposer des missions rapidement.

Arc Intérim SA – Rue du Marché 10, 2610 Saint-Imier
""",
})
MESSAGES[-1]["html"] = C.ats_card("Arc Intérim", "#d35400", MESSAGES[-1]["body"], "fr")

MESSAGES.append({
    "slug": "cadranerie_recruitee_ack", "kind": "application_received", "lang": "fr",
    "company": "Cadranerie du Doubs", "contact": "",
    "frm": ("Cadranerie du Doubs", "no-reply@jobs.recruitee.com"),
    "subject": "Nous avons bien reçu votre CV",
    "date": "2026-07-01 23:41 +0200",
    "headers": [("Auto-Submitted", "auto-generated")],
    "html": C.ats_card("Cadranerie du Doubs", "#5b3a8e", """Bonjour Clément,

Merci ! Nous avons bien reçu votre CV et votre lettre pour le poste d'agent de contrôle cadrans à Morteau.

Nous étudions chaque candidature avec attention et revenons vers vous sous deux à trois semaines, quelle que soit notre décision.

À bientôt,
L'équipe Cadranerie du Doubs""", "fr", None, "Propulsé par Recruitee"),
})

MESSAGES.append({
    "slug": "orthalys_cv_received", "kind": "application_received", "lang": "fr",
    "company": "Orthalys", "contact": "c.vuille@orthalys.example.ch",
    "frm": ("Céline Vuille", "c.vuille@orthalys.example.ch"),
    "subject": "Re: Candidature – contrôleur qualité implants",
    "subj_enc": ("utf-8", "Q"), "subj_partial": True,
    "date": "2026-06-08 07:50 +0200",
    "body": """Bonjour Clément,

Bien reçu ton CV, merci ! Je le regarde dans la semaine et je te redis.

Céline

Céline Vuille
Responsable Qualité Production
Orthalys SA – Rue des Draizes 3, 2000 Neuchâtel
""",
})

MESSAGES.append({
    "slug": "genevia_icims_ack", "kind": "application_received", "lang": "fr",
    "company": "Genevia Medical", "contact": "",
    "frm": ("Genevia Medical Careers", "genevia@icims.com"),
    "subject": "Genevia Medical – candidature reçue : Contrôleur qualité salle blanche",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-01-26 16:22 +0000",
    "headers": [("Auto-Submitted", "auto-generated")],
    "cte": "quoted-printable",
    "body": """Bonjour Clément,

Merci d'avoir postulé chez Genevia Medical. Nous confirmons la réception de votre candidature pour le poste suivant :

Contrôleur qualité salle blanche (H/F) – Meyrin
Référence : 2026-1187

Notre équipe d'acquisition de talents examine actuellement les candidatures. Vous recevrez un message si nous souhaitons aller plus loin avec vous.

Cordialement,
Talent Acquisition
Genevia Medical SA

Ceci est un message automatique ; les réponses à cette adresse ne sont pas lues.
""",
})
MESSAGES[-1]["html"] = C.ats_card("Genevia Medical", "#00798c", MESSAGES[-1]["body"], "fr",
                                  ("Voir ma candidature", "https://careers-genevia.icims.com/jobs/2026-1187/candidate"))

MESSAGES.append({
    "slug": "sandoz_ack_reply", "kind": "application_received", "lang": "fr",
    "company": "Aiguilles Sandoz-Perret", "contact": "secretariat@sandoz-perret.example.ch",
    "frm": ("Aiguilles Sandoz-Perret - Secrétariat", "secretariat@sandoz-perret.example.ch"),
    "subject": "Re: Candidature spontanée - contrôle qualité",
    "date": "2026-03-04 11:02 +0100",
    "irt": "own_application_sandoz",
    "charset": "iso-8859-1", "cte": "8bit",
    "body": """Bonjour Monsieur,

Nous accusons réception de votre candidature spontanée et vous en remercions. Votre dossier a été transmis à M. Jean-Pierre Sandoz, qui décidera s'il y a lieu de donner suite.

Meilleures salutations

Martine Perret
Secrétariat
Aiguilles Sandoz-Perret SA
Rue du Progrès 48, 2300 La Chaux-de-Fonds
032 968 31 12

""" + C.reply("fr", "2026-03-02 20:15", "Clément Oduya-Hartmann", C.CANDIDATE_ADDR,
              """Madame, Monsieur,

Apprenti horloger en dernière année, je souhaite évoluer vers le contrôle
qualité. Je me permets de vous adresser ma candidature spontanée pour un
poste de contrôleur dans votre fabrique d'aiguilles.

Vous trouverez mon CV en pièce jointe.

Meilleures salutations
Clément Oduya-Hartmann"""),
})

# ---------------------------------------------------------------- English

MESSAGES.append({
    "slug": "lumora_greenhouse_ack", "kind": "application_received", "lang": "en",
    "company": "Lumora Medical", "contact": "",
    "frm": ("Lumora Medical", "no-reply@us.greenhouse-mail.io"),
    "subject": "Thank you for applying to Lumora Medical",
    "date": "2026-04-14 18:09 +0000",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Hi Clément,

Thanks for applying for the QC Inspector, Sterile Packaging position at Lumora Medical. Your application has been received and our team will review it shortly.

If your experience looks like a match, someone from our Talent team will get in touch to discuss next steps.

Best,
The Lumora Medical Talent Team

Please do not reply to this automated message.
""",
})
MESSAGES[-1]["html"] = C.ats_card("Lumora Medical", "#4b2e83", MESSAGES[-1]["body"], "en",
                                  None, "Sent via Greenhouse")

MESSAGES.append({
    "slug": "orvane_lever_ack", "kind": "application_received", "lang": "en",
    "company": "Orvane Watches", "contact": "",
    "frm": ("Orvane Watches", "no-reply@hire.lever.co"),
    "subject": "Thanks for applying to Orvane Watches",
    "date": "2026-08-03 13:00 -0700",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Hi Clément,

Thank you for your application for Quality Control Inspector - Cases & Bracelets in Geneva. We've received it and the hiring team will take a look.

We review every application we receive and will be in touch if there is a fit.

Thanks,
Orvane Watches
""",
})

MESSAGES.append({
    "slug": "kinetik_ashby_ack", "kind": "application_received", "lang": "en",
    "company": "Kinetik Surgical", "contact": "",
    "frm": ("Kinetik Surgical Recruiting", "no-reply@ashbyhq.com"),
    "subject": "We received your application - Incoming Inspection Technician",
    "date": "2026-09-02 07:45 +0000",
    "headers": [("Auto-Submitted", "auto-generated")],
    "html": C.ats_card("Kinetik Surgical", "#e4572e", """Hi Clément,

Thanks for your interest in Kinetik Surgical! We've received your application for the Incoming Inspection Technician role in Zurich-Oerlikon.

Our team reviews applications on a rolling basis. You'll hear from us about next steps.

Kinetik Surgical Recruiting""", "en", None, "Powered by Ashby"),
})

MESSAGES.append({
    "slug": "alpenlicht_workable_ack", "kind": "application_received", "lang": "en",
    "company": "Alpenlicht Instruments", "contact": "",
    "frm": ("Alpenlicht Instruments", "noreply@workablemail.com"),
    "subject": "Your application for Quality Inspector",
    "date": "2026-03-18 19:37 +0100",
    "headers": [("Auto-Submitted", "auto-generated")],
    "charset": "windows-1252", "cte": "quoted-printable",
    "body": """Dear Clément,

Thank you for applying for the Quality Inspector role at Alpenlicht Instruments in Dübendorf. We confirm that your application has reached us.

Due to the high number of applications, we unfortunately cannot respond to every applicant individually. If we would like to take your application further, we’ll contact you within three weeks.

Kind regards,
The Alpenlicht People Team
""",
})
MESSAGES[-1]["html"] = C.ats_card("Alpenlicht Instruments", "#264653", MESSAGES[-1]["body"], "en",
                                  None, "Sent via Workable")
MESSAGES[-1]["html_charset"] = "windows-1252"

MESSAGES.append({
    "slug": "corvina_bamboohr_ack", "kind": "application_received", "lang": "en",
    "company": "Corvina Dental Lab", "contact": "",
    "frm": ("Corvina Dental Lab", "no-reply@bamboohr.com"),
    "subject": "Application received: QC Technician (Milan)",
    "date": "2026-02-02 09:18 -0700",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Hello Clément,

We got your application for QC Technician (Milan). Thanks for thinking of Corvina Dental Lab!

Someone from our team will look over your résumé and get back to you if it looks like a good match.

Corvina Dental Lab Hiring Team

This message was sent by BambooHR on behalf of Corvina Dental Lab.
""",
})

# ---------------------------------------------------------------- German

MESSAGES.append({
    "slug": "rheinwerk_successfactors_ack", "kind": "application_received", "lang": "de",
    "company": "Rheinwerk Diagnostics", "contact": "",
    "frm": ("Rheinwerk Diagnostics Recruiting", "noreply@successfactors.eu"),
    "subject": "Eingangsbestätigung Ihrer Bewerbung – Qualitätsprüfer Montage (m/w/d)",
    "subj_enc": ("utf-8", "Q"), "subj_partial": True,
    "date": "2026-03-16 12:04 +0100",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Sehr geehrter Herr Oduya-Hartmann

Vielen Dank für Ihre Bewerbung als Qualitätsprüfer Montage (m/w/d) bei der Rheinwerk Diagnostics AG in Basel. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.

Freundliche Grüsse
Ihr Recruiting-Team
Rheinwerk Diagnostics AG

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht darauf.
""",
})
MESSAGES[-1]["html"] = C.ats_card("Rheinwerk Diagnostics", "#1d3557", MESSAGES[-1]["body"], "de")

MESSAGES.append({
    "slug": "stellwerk_softgarden_ack", "kind": "application_received", "lang": "de",
    "company": "Stellwerk Uhren", "contact": "",
    "frm": ("Stellwerk Uhren AG", "noreply@softgarden.io"),
    "subject": "Ihre Bewerbung ist bei uns eingegangen",
    "date": "2026-07-06 20:16 +0200",
    "headers": [("Auto-Submitted", "auto-generated")],
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Guten Tag Herr Oduya-Hartmann

Herzlichen Dank für Ihre Bewerbung als Qualitätsprüfer Endkontrolle (100 %) in Biel/Bienne.

Wir haben Ihre Unterlagen erhalten und werden sie nun prüfen. Bitte haben Sie etwas Geduld: Wir melden uns in den nächsten zwei bis drei Wochen bei Ihnen.

Den Stand Ihrer Bewerbung sehen Sie jederzeit in Ihrem Bewerberkonto.

Freundliche Grüsse
HR Stellwerk Uhren AG
""",
})

MESSAGES.append({
    "slug": "lorenzen_personio_ack", "kind": "application_received", "lang": "de",
    "company": "Medizintechnik Lorenzen", "contact": "",
    "frm": ("Medizintechnik Lorenzen", "noreply@personio.de"),
    "subject": "Danke für Ihre Bewerbung!",
    "date": "2026-04-27 08:33 +0200",
    "headers": [("Auto-Submitted", "auto-generated")],
    "html": C.ats_card("Medizintechnik Lorenzen", "#006d77", """Hallo Clément

Danke für Ihre Bewerbung als Qualitätsprüfer/in Sterilgüter. Wir haben sie erhalten und schauen sie uns in Ruhe an.

Sie hören innerhalb von 14 Tagen von uns.

Ihr Team von Medizintechnik Lorenzen""", "de", None,
        "Diese E-Mail wurde über Personio versendet. Bitte antworten Sie nicht darauf."),
    "html_cte": "base64",
})

# ---------------------------------------------------------------- Spanish

MESSAGES.append({
    "slug": "mecanitzats_teamtailor_ack", "kind": "application_received", "lang": "es",
    "company": "Mecanitzats Vallès", "contact": "",
    "frm": ("Mecanitzats Vallès", "no-reply@teamtailor-mail.com"),
    "name_enc": ("iso-8859-1", "Q"),
    "subject": "Hemos recibido tu candidatura",
    "date": "2026-06-02 22:47 +0200",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Hola Clément:

¡Gracias por tu candidatura al puesto de Inspector/a de control de calidad en Sabadell!

La hemos recibido correctamente. Nuestro equipo la revisará en los próximos días y, si tu perfil encaja, nos pondremos en contacto contigo.

Un saludo,
Mecanitzats Vallès
""",
})
MESSAGES[-1]["html"] = C.ats_card("Mecanitzats Vallès", "#b5651d", MESSAGES[-1]["body"], "es",
                                  None, "Enviado con Teamtailor")

MESSAGES.append({
    "slug": "talentia_registro", "kind": "application_received", "lang": "es",
    "company": "Talentia", "contact": "marta.soler@talentia.example.es",
    "frm": ("Marta Soler · Talentia", "marta.soler@talentia.example.es"),
    "name_enc": ("utf-8", "B"),
    "subject": "Tu registro en Talentia Recruiting",
    "date": "2026-08-25 11:35 +0200",
    "charset": "windows-1252", "cte": "8bit",
    "body": """Hola Clément:

Gracias por la llamada de esta mañana. Te confirmo que he recibido tu CV y que ya estás dado de alta en nuestra base de candidatos para puestos de control de calidad en el sector de tecnología médica e ingeniería de precisión en Barcelona.

En cuanto tenga un proceso que encaje contigo te llamo. Si mientras tanto cambias de disponibilidad o de datos de contacto, avísame.

Un saludo,

Marta Soler
Consultora sénior · Talentia Recruiting
Passeig de Gràcia 112, 08008 Barcelona
Tel. +34 932 17 45 90
""",
})

MESSAGES.append({
    "slug": "castellvi_smartrecruiters_ack", "kind": "application_received", "lang": "es",
    "company": "Relojería Castellví", "contact": "",
    "frm": ("Relojería Castellví", "noreply@smartrecruiters.com"),
    "name_enc": ("utf-8", "Q"),
    "subject": "Gracias por tu candidatura – Inspector/a de calidad",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-05-25 17:26 +0200",
    "headers": [("Auto-Submitted", "auto-generated")],
    "html": C.ats_card("Relojería Castellví", "#6b4226", """Hola Clément:

Gracias por enviar tu candidatura para el puesto de Inspector/a de calidad en Sant Cugat. Confirmamos que la hemos recibido.

Nuestro equipo de selección la revisará y te informaremos de los siguientes pasos.

Atentamente,
Equipo de Selección – Relojería Castellví""", "es", None,
        "Enviado a través de SmartRecruiters"),
})

# ================================================================ offer

MESSAGES.append({
    "slug": "vauclair_offer_pdf", "kind": "offer", "lang": "fr",
    "company": "Manufacture Vauclair", "contact": "i.jeanrenaud@vauclair.example.ch",
    "frm": ("Isabelle Jeanrenaud", "i.jeanrenaud@vauclair.example.ch"),
    "subject": "Proposition d'engagement – Contrôleur qualité T0",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-03-24 16:05 +0100",
    "irt": "own_thanks_vauclair",
    "refs": ["vauclair_panel_invite", "vauclair_moved_seq1", "own_thanks_vauclair"],
    "body": """Bonjour Monsieur Oduya-Hartmann,

Suite à nos entretiens, j'ai le grand plaisir de vous faire parvenir notre proposition d'engagement pour le poste de Contrôleur qualité T0 au sein de notre département Qualité, au Locle.

Vous trouverez en annexe la lettre d'offre détaillant les conditions : entrée en fonction le 1er septembre 2026 (après l'obtention de votre CFC), taux d'activité de 100 %, salaire annuel brut de CHF 62'400.– versé en 13 mensualités, ainsi que les prestations de la convention collective de l'industrie horlogère.

Nous vous serions reconnaissants de nous faire part de votre décision d'ici au 7 avril. Je reste volontiers à votre disposition pour toute question, et M. Matthey se réjouit de vous accueillir dans son équipe.

Meilleures salutations

Isabelle Jeanrenaud
Partenaire RH
Manufacture Vauclair SA
Rue du Crêt-Vaillant 31, 2400 Le Locle
+41 32 933 52 00

Ce message et ses annexes sont strictement confidentiels et destinés au seul destinataire mentionné.
""",
    "attach": [{"type": "pdf", "filename": "Offre_engagement_Oduya-Hartmann.pdf",
                "title": "Manufacture Vauclair - Proposition d'engagement",
                "lines": ["Destinataire : M. Clément Oduya-Hartmann, La Chaux-de-Fonds",
                          "Fonction : Contrôleur qualité T0 (habillage et mouvement)",
                          "Entrée en fonction : 1er septembre 2026",
                          "Taux d'activité : 100 %",
                          "Salaire annuel brut : CHF 62'400.- (13 x CHF 4'800.-)",
                          "Vacances : 25 jours ouvrables",
                          "Délai de réponse : 7 avril 2026"]}],
})
MESSAGES[-1]["html"] = C.outlook_html(MESSAGES[-1]["body"], "fr")

MESSAGES.append({
    "slug": "rochat_verbal_offer", "kind": "offer", "lang": "fr",
    "company": "Boîtiers Rochat", "contact": "f.rochat@boitiers-rochat.example.ch",
    "frm": ("François Rochat", "f.rochat@boitiers-rochat.example.ch"),
    "subject": "Suite à notre téléphone - votre engagement",
    "date": "2026-05-15 12:10 +0200",
    "irt": "rochat_trial_day",
    "charset": "iso-8859-1", "cte": "8bit",
    "body": """Bonjour Clément,

Comme je vous l'ai dit ce matin au téléphone, la journée d'essai a convaincu toute l'équipe et Mme Piquerez en premier lieu : nous souhaitons vous engager au contrôle final des boîtes.

Pour récapituler ce que nous avons discuté :
- début au 17 août 2026, à 100 %
- salaire mensuel brut de CHF 4'950.-, 13e salaire
- période d'essai de trois mois
- horaire libre avec présence obligatoire de 8h30 à 11h30 et de 14h à 16h

Le contrat écrit suivra la semaine prochaine par la poste. D'ici là, si vous avez la moindre question, appelez-moi.

Je me réjouis de cette collaboration.

François Rochat
Directeur technique
Boîtiers Rochat SA
Les Bois, Route de France 18
+41 32 961 14 70
""",
})

MESSAGES.append({
    "slug": "jeanneret_contract", "kind": "offer", "lang": "fr",
    "company": "Polissage Jeanneret", "contact": "thomas@polissage-jeanneret.example.ch",
    "frm": ("Thomas Jeanneret", "thomas@polissage-jeanneret.example.ch"),
    "subject": "Ton contrat à signer",
    "date": "2026-09-04 18:33 +0200",
    "irt": "jeanneret_updated_seq2",
    "body": """Salut Clément,

Comme promis, voici ton contrat de travail pour le poste de contrôleur visuel chez nous, à partir du 1er octobre.

Tu peux le lire tranquillement, le signer et me le renvoyer scanné, ou passer le déposer à l'atelier. Les deux exemplaires originaux, on les signera ensemble ton premier jour.

Bienvenue dans l'équipe !

Thomas

--
Thomas Jeanneret
Polissage Jeanneret Sàrl
Rue du Collège 41, 2300 La Chaux-de-Fonds
079 632 17 45
""",
    "attach": [{"type": "pdf", "filename": "Contrat_de_travail_C_Oduya-Hartmann.pdf",
                "title": "Contrat de travail de durée indéterminée",
                "lines": ["Employeur : Polissage Jeanneret Sàrl, La Chaux-de-Fonds",
                          "Employé : Clément Oduya-Hartmann",
                          "Fonction : contrôleur visuel après polissage",
                          "Début : 1er octobre 2026 - taux 100 %",
                          "Salaire mensuel brut : CHF 4'700.-, 13e salaire",
                          "Signature de l'employé : ______________________"]}],
})
MESSAGES[-1]["html"] = C.plain_page(MESSAGES[-1]["body"])
MESSAGES[-1]["cte"] = "quoted-printable"

MESSAGES.append({
    "slug": "jura_placement_chappuis_offer", "kind": "offer", "lang": "fr",
    "company": "Chappuis-Rosselet", "contact": "m.bourquin@jura-placement.example.ch",
    "frm": ("Mathieu Bourquin | Jura Placement", "m.bourquin@jura-placement.example.ch"),
    "subject": "Chappuis-Rosselet veut te faire une offre !",
    "date": "2026-04-08 11:47 +0200",
    "body": """Salut Clément,

Je sors du téléphone avec les RH de la Manufacture Chappuis-Rosselet : ton entretien de vendredi les a convaincus et le client veut te faire une offre pour le poste de contrôleur qualité à l'entrée marchandises, à Saint-Imier.

Leur proposition : engagement fixe dès le 1er septembre, CHF 4'850.- brut par mois x 13, horaire d'équipe du matin. Ils enverront la lettre d'offre officielle d'ici vendredi, mais ils aimeraient déjà savoir si tu es partant sur le principe.

Appelle-moi dès que tu peux, on en parle et je négocie si tu veux quelque chose de plus (vacances, reprise des frais de transport...).

Bravo !
Mathieu

--
Mathieu Bourquin
Conseiller en personnel – Horlogerie & microtechnique
Jura Placement Sàrl
+41 32 910 44 80 | www.jura-placement.example.ch
""",
})

MESSAGES.append({
    "slug": "genevia_offer", "kind": "offer", "lang": "fr",
    "company": "Genevia Medical", "contact": "sophie.lachat@genevia.example.ch",
    "frm": ("Genevia Medical – Ressources Humaines", "rh@genevia.example.ch"),
    "reply_to": ("Sophie Lachat", "sophie.lachat@genevia.example.ch"),
    "name_enc": ("utf-8", "Q"),
    "subject": "Offre d'emploi – Contrôleur qualité salle blanche (réf. 2026-1187)",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-02-27 10:30 +0100",
    "irt": "genevia_icims_ack",
    "charset": "windows-1252", "cte": "quoted-printable",
    "body": """Monsieur,

Nous avons le plaisir de vous confirmer notre offre d’emploi pour le poste de Contrôleur qualité salle blanche (réf. 2026-1187) sur notre site de Meyrin, suite à vos entretiens avec Mme Lachat et M. Da Silva.

La lettre d’offre jointe précise le salaire, la date d’entrée et les conditions générales d’engagement. Si vous l’acceptez, merci de nous la retourner datée et signée d’ici au 13 mars 2026 ; votre contrat de travail vous sera alors transmis.

Pour toute question, Mme Sophie Lachat, votre interlocutrice RH, est à votre disposition (réponse directe à ce courriel).

Nous nous réjouissons de vous accueillir.

Ressources Humaines
Genevia Medical SA – Rue de Veyrot 14 – 1217 Meyrin
""",
    "attach": [{"type": "pdf", "filename": "Lettre_offre_2026-1187.pdf",
                "title": "Genevia Medical - Lettre d'offre",
                "lines": ["Poste : Contrôleur qualité salle blanche, Meyrin",
                          "Entrée : 1er juin 2026",
                          "Salaire annuel brut : CHF 66'300.-",
                          "Horaire : 41 h / semaine, travail en équipe 2x8",
                          "Réponse attendue : 13 mars 2026"]}],
})

MESSAGES.append({
    "slug": "quellwerk_offer_pdf", "kind": "offer", "lang": "en",
    "company": "Quellwerk Medical", "contact": "hannah.oberli@quellwerk.example.ch",
    "frm": ("Hannah Oberli", "hannah.oberli@quellwerk.example.ch"),
    "subject": "Your offer from Quellwerk Medical",
    "date": "2026-07-30 14:12 +0200",
    "irt": "quellwerk_updated_seq1",
    "refs": ["own_application_quellwerk", "quellwerk_panel_ics", "quellwerk_updated_seq1"],
    "body": """Dear Clément,

Following your panel interview and the reference checks, I'm delighted to offer you the position of Quality Control Inspector at Quellwerk Medical AG in Basel.

Please find the offer letter attached. In short: start date 1 October 2026, 100 %, annual gross salary of CHF 67,600 paid in 13 instalments, 25 days of holiday, and a relocation allowance of CHF 2,000 for your move from La Chaux-de-Fonds.

We'd appreciate your answer by 10 August. If you'd like to discuss anything in the offer, Dr. Amrein and I are happy to have a call.

We very much hope you'll join us.

Best regards,

Hannah Oberli
Talent Acquisition Specialist
Quellwerk Medical AG | Hochstrasse 40 | 4053 Basel
+41 61 555 43 10
""",
    "attach": [{"type": "pdf", "filename": "Quellwerk_Offer_Letter_Oduya-Hartmann.pdf",
                "title": "Quellwerk Medical AG - Offer of Employment",
                "lines": ["Position: Quality Control Inspector, Basel",
                          "Start date: 1 October 2026 (100 %)",
                          "Annual gross salary: CHF 67,600 (13 instalments)",
                          "Holiday: 25 days; relocation allowance CHF 2,000",
                          "Please sign and return by 10 August 2026"]}],
})
MESSAGES[-1]["html"] = C.outlook_html(MESSAGES[-1]["body"], "en")
MESSAGES[-1]["html_cte"] = "base64"

MESSAGES.append({
    "slug": "corvina_verbal_offer", "kind": "offer", "lang": "en",
    "company": "Corvina Dental Lab", "contact": "f.moretti@corvinadental.example.it",
    "frm": ("Francesca Moretti", "f.moretti@corvinadental.example.it"),
    "subject": "Following up on our call - QC Technician",
    "date": "2026-03-06 17:40 +0100",
    "irt": "corvina_bamboohr_ack",
    "body": """Hi Clément,

Great to speak this afternoon - as promised, here's what I offered you on the phone, in writing:

* Role: QC Technician, zirconia and titanium restorations, Milan (Via Tortona)
* Start: 4 May 2026, full time
* Gross annual salary: EUR 31,500 (14 monthly payments), plus meal vouchers
* Contract: permanent, with the usual six-month probation

I know moving to Milan is a big step, so take a few days. If you can let me know by Friday 13 March, I'll have the formal contract drawn up straight away.

We'd love to have you on the team.

Francesca

Francesca Moretti | Lab Director
Corvina Dental Lab S.r.l. | Via Tortona 31, 20144 Milano
+39 02 8941 5520
""",
    "cte": "quoted-printable",
})
MESSAGES[-1]["html"] = C.plain_page(MESSAGES[-1]["body"], "en")

MESSAGES.append({
    "slug": "rheinwerk_vertrag", "kind": "offer", "lang": "de",
    "company": "Rheinwerk Diagnostics", "contact": "corinne.baumann@rheinwerk.example.ch",
    "frm": ("Corinne Baumann", "corinne.baumann@rheinwerk.example.ch"),
    "subject": "Arbeitsvertrag zur Unterschrift – Qualitätsprüfer Montage",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-04-22 15:18 +0200",
    "irt": "rheinwerk_probetag",
    "body": """Guten Tag Herr Oduya-Hartmann

Wir freuen uns sehr, dass Sie nach dem Schnuppertag zu uns stossen möchten.

Im Anhang erhalten Sie Ihren Arbeitsvertrag als Qualitätsprüfer Montage. Die wichtigsten Punkte haben wir bereits telefonisch besprochen: Eintritt am 1. September 2026, Pensum 100 %, Jahreslohn brutto CHF 65'000.– (13 Monatslöhne), Probezeit drei Monate.

Bitte senden Sie uns den unterschriebenen Vertrag bis am 6. Mai 2026 zurück, gerne eingescannt per E-Mail. Das Original können Sie an Ihrem ersten Arbeitstag mitbringen.

Herzlich willkommen bei Rheinwerk Diagnostics!

Freundliche Grüsse

Corinne Baumann
HR Recruiting
Rheinwerk Diagnostics AG
Mattenstrasse 22, 4058 Basel
T +41 61 690 22 00

Diese E-Mail und allfällige Anhänge sind vertraulich. Sollten Sie diese Nachricht irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und löschen Sie sie.
""",
    "attach": [{"type": "pdf", "filename": "Arbeitsvertrag_Oduya-Hartmann.pdf",
                "title": "Arbeitsvertrag - Rheinwerk Diagnostics AG",
                "lines": ["Arbeitnehmer: Clément Oduya-Hartmann",
                          "Funktion: Qualitätsprüfer Montage",
                          "Eintritt: 1. September 2026, Pensum 100 %",
                          "Jahreslohn brutto: CHF 65'000.- (13 Monatslöhne)",
                          "Probezeit: 3 Monate",
                          "Unterschrift Arbeitnehmer: ____________________"]}],
})
MESSAGES[-1]["html"] = C.outlook_html(MESSAGES[-1]["body"], "de")

MESSAGES.append({
    "slug": "kessler_ruegg_offer", "kind": "offer", "lang": "de",
    "company": "Feinmechanik Rüegg", "contact": "daniel.vogt@kessler-vogt.example.ch",
    "frm": ("Daniel Vogt", "daniel.vogt@kessler-vogt.example.ch"),
    "subject": "Gute Nachrichten von Feinmechanik Rüegg",
    "subj_enc": ("iso-8859-1", "Q"), "subj_partial": True,
    "date": "2026-09-15 09:26 +0200",
    "irt": "kessler_ruegg_verschoben",
    "charset": "iso-8859-1", "cte": "8bit",
    "body": """Lieber Herr Oduya-Hartmann

Ich habe soeben mit Herrn Rüegg telefoniert: Der Mandant möchte Ihnen ein Angebot als Mitarbeiter Messraum / Qualitätsprüfung machen.

Die Eckdaten, die er mir genannt hat:
- Eintritt nach Vereinbarung, spätestens 1. November 2026
- 100 %, Jahreslohn brutto CHF 68'500.- (13 Monatslöhne)
- Weiterbildung zum Qualitätsfachmann wird unterstützt

Das schriftliche Angebot geht Ihnen in den nächsten Tagen direkt von Feinmechanik Rüegg zu. Wenn Sie vorher mit mir über Lohn oder Eintrittsdatum sprechen möchten, rufen Sie mich gerne an.

Herzliche Gratulation!

Daniel Vogt
Partner
Kessler & Vogt Executive Search AG
Löwenstrasse 29, 8001 Zürich
+41 44 211 36 80

""" + C.reply("de", "2026-09-01 19:05", "Clément Oduya-Hartmann", C.CANDIDATE_ADDR,
              """Lieber Herr Vogt

Das Gespräch bei Feinmechanik Rüegg ist heute gut verlaufen. Herr Rüegg und
Frau Kälin haben mir den Messraum gezeigt, und ich durfte ein Prüfprotokoll
erklären. Falls der Mandant einen zweiten Termin wünscht, bin ich flexibel.

Freundliche Grüsse
Clément Oduya-Hartmann"""),
})

MESSAGES.append({
    "slug": "mecanitzats_oferta", "kind": "offer", "lang": "es",
    "company": "Mecanitzats Vallès", "contact": "anna.roca@mecanitzatsvalles.example.es",
    "frm": ("Anna Roca", "anna.roca@mecanitzatsvalles.example.es"),
    "subject": "Oferta de empleo – Inspector de control de calidad",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-07-03 13:50 +0200",
    "irt": "mecanitzats_cambio_hora",
    "refs": ["mecanitzats_teamtailor_ack", "mecanitzats_entrevista", "mecanitzats_cambio_hora"],
    "body": """Hola Clément:

¡Enhorabuena! Después de las entrevistas, nos complace ofrecerte el puesto de inspector de control de calidad en nuestra planta de Sabadell.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, incorporación el 7 de septiembre de 2026, jornada completa y un salario bruto anual de 29.000 € en 14 pagas.

Te agradeceríamos que nos dieras una respuesta antes del 17 de julio. Si tienes dudas sobre la oferta o sobre el traslado a Barcelona, llámame sin problema.

Un saludo,

Anna Roca
Técnica de Selección
Mecanitzats Vallès S.L.
Carrer de la Indústria 45, 08202 Sabadell
+34 937 26 81 40
""",
    "attach": [{"type": "pdf", "filename": "Carta_oferta_Oduya-Hartmann.pdf",
                "title": "Mecanitzats Vallès - Carta de oferta",
                "lines": ["Puesto: Inspector de control de calidad (Sabadell)",
                          "Contrato: indefinido, jornada completa",
                          "Incorporación: 7 de septiembre de 2026",
                          "Salario bruto anual: 29.000 EUR en 14 pagas",
                          "Respuesta antes del 17 de julio de 2026"]}],
})
MESSAGES[-1]["html"] = C.plain_page(MESSAGES[-1]["body"], "es")
