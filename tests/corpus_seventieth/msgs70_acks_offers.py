"""Application acknowledgements and offers received by Luc; shapes come from msgs70_build."""

from __future__ import annotations

from msgs70_build import M, Quote

A = "application_received"
OFFER = "offer"

ACKS = [
    M(A, "workday_thanks_meridian", "en", "Meridian Fund Administration", "",
      "Meridian Fund Administration <meridianfa@myworkday.com>",
      "Thank you for applying to Meridian Fund Administration", "2026-01-06 22:14",
      """Dear Luc,

Thank you for applying to the Senior AML Analyst (R-004127) position.

Your application has been received and will be reviewed by our Talent Acquisition team. If your qualifications match the requirements of the role, a member of our team will be in touch.

You can check the status of your application at any time by signing in to your candidate home account.

Regards,
Meridian Fund Administration

This is a system generated email. Please do not reply.
""", shape="html", headers={"Auto-Submitted": "auto-generated"}),

    M(A, "greenhouse_volume_ledgerly", "en", "Ledgerly", "",
      "Ledgerly Hiring Team <no-reply@us.greenhouse-mail.io>",
      "Thanks for applying to Ledgerly!", "2026-04-03 10:51",
      """Hi Luc,

Thanks for your interest in Ledgerly! We've received your application for the Risk Data Analyst role and our team is reviewing it.

Due to the volume of applications we receive, we cannot respond to every applicant individually. If your experience is a match, someone from our recruiting team will reach out within the next two weeks.

In the meantime, feel free to read about how we work: https://ledgerly.example.com/blog/how-we-hire

Best,
The Ledgerly Recruiting Team
""", shape="alt"),

    M(A, "icims_orbis", "en", "Orbis Satellite Services", "",
      "Orbis Satellite Services <notifications@smartrecruiters.com>",
      "Orbis Satellite Services: application received", "2026-05-29 14:02",
      """Dear Luc,

We have received your application for the position of Treasury & Risk Data Analyst in Betzdorf, Luxembourg.

Our team will now review your profile. Should your qualifications correspond to our requirements, we will contact you to discuss the next steps.

Thank you for your interest in Orbis Satellite Services.

Orbis Satellite Services - People Team
""", shape="alt"),

    M(A, "acknowledge_sundaram", "en", "Sundaram Fund Services Europe", "hr.lux@sundaramfs.example.com",
      "HR Luxembourg - Sundaram FS <hr.lux@sundaramfs.example.com>",
      "Acknowledgement - Application for KYC Officer", "2026-03-02 06:31",
      """Dear Candidate,

We acknowledge the receipt of your application for the post of KYC Officer at our Luxembourg branch.

Your profile is under review with the concerned department. Only shortlisted candidates will be contacted for further process. Kindly do not send multiple applications for the same position.

Thanks & Regards,
HR Team
Sundaram Fund Services Europe S.A.
"""),

    M(A, "lever_atlantico_received", "en", "Atlântico Seguros Europe", "",
      "Atlântico Seguros Europe <no-reply@hire.lever.co>",
      "Thank you for your application to Atlântico Seguros Europe", "2026-05-11 08:20",
      """Hi Luc,

Thank you for your interest in Atlântico Seguros Europe! We wanted to let you know we received your application for Risk Analyst (Solvency II), and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role.

Best,
Atlântico Seguros Europe
""", shape="html"),

    M(A, "epso_style_registered", "en", "Agency for Cross-Border Finance", "",
      "ACBF e-Recruitment <no-reply@erecruitment.acbf.example.eu>",
      "ACBF/TA/2026/07 - Application successfully submitted", "2026-04-30 23:58",
      """Dear Applicant,

Your application for selection procedure ACBF/TA/2026/07 (Temporary Agent AD6 - Policy Officer, AML Supervision) has been successfully submitted.

Application number: ACBF-2026-07-00891
Submission date: 30/04/2026 23:57 (Luxembourg time)

Please keep this number for any correspondence. Candidates admitted to the written test will be informed via their e-Recruitment account. Due to the high number of applications, no individual acknowledgement beyond this message will be sent.

ACBF e-Recruitment
This is an automatic message. Replies to this address are not read.
""", headers={"Auto-Submitted": "auto-generated"}),

    M(A, "harcourt_no_feedback", "en", "Harcourt Lyle", "",
      "Harcourt Lyle Careers <careers-noreply@harcourtlyle.example.co.uk>",
      "Thank you for your application - Assistant Manager, Financial Services Risk", "2026-02-10 12:00",
      """Dear Luc,

Thank you for applying to Harcourt Lyle. We confirm that we have received your application for Assistant Manager, Financial Services Risk (Luxembourg / London).

Our resourcing team will review your application against the role requirements and aim to update you within 10 working days. Unfortunately we are unable to provide individual feedback at this stage of the process.

If you are invited to the next stage, you will receive a link to our online video interview.

Kind regards,
Resourcing Team
Harcourt Lyle LLP

Harcourt Lyle LLP is registered in England and Wales (OC312874).
""", shape="alt", charset="windows-1252"),

    M(A, "taleo_accuse_moselle", "fr", "Banque Privée Moselle", "",
      "Banque Privée Moselle <noreply@taleo.net>",
      "Accusé de réception de votre candidature", "2026-01-09 07:45",
      """Madame, Monsieur,

Nous accusons bonne réception de votre candidature au poste de Chargé(e) de conformité KYC (réf. 26-0113) et vous remercions de l'intérêt que vous portez à Banque Privée Moselle.

Votre dossier va être étudié avec la plus grande attention. Nous reviendrons vers vous dans les meilleurs délais.

La Direction des Ressources Humaines
Banque Privée Moselle S.A.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", charset="iso-8859-1", cte="quoted-printable"),

    M(A, "moovijob_transmise", "fr", "Fiduciaire Kayl & Associés", "",
      "Moovijob <noreply@moovijob.example.com>",
      "Votre candidature a bien été envoyée", "2026-01-17 15:33",
      """Bonjour Luc,

Votre candidature pour l'offre « Comptable fonds / Soparfi (H/F) » a bien été transmise à Fiduciaire Kayl & Associés.

Le recruteur reviendra directement vers vous si votre profil l'intéresse. Vous pouvez suivre vos candidatures depuis votre espace candidat.

Bonne chance !
L'équipe Moovijob
""", shape="html", headers={"List-Unsubscribe": "<https://moovijob.example.com/unsubscribe?u=77812>"}),

    M(A, "wttj_recue_octant", "fr", "Octant Data", "",
      "Octant Data <no-reply@welcometothejungle.com>",
      "Candidature reçue - Data Analyst Risque & Conformité", "2026-04-09 20:11",
      """Bonjour Luc,

Votre candidature chez Octant Data a bien été reçue !

L'équipe va l'étudier dans les prochains jours. Si votre profil correspond, quelqu'un de l'équipe vous contactera directement.

En attendant, découvrez les coulisses d'Octant Data sur notre page entreprise.

Welcome to the Jungle
""", shape="html"),

    M(A, "volume_cra", "fr", "Centre de Recherche Alzette", "",
      "Centre de Recherche Alzette <jobs-noreply@cra.example.lu>",
      "Accusé de réception - offre 2026-RDI-044", "2026-06-02 09:00",
      """Cher candidat, chère candidate,

Nous vous confirmons la bonne réception de votre candidature pour le poste de Research Data Analyst (Sustainable Finance), référence 2026-RDI-044.

En raison du nombre important de candidatures, nous ne serons malheureusement pas en mesure de répondre individuellement à chaque candidat. Les personnes présélectionnées seront contactées dans un délai de quatre semaines après la clôture de l'offre.

Avec nos remerciements,
Service des Ressources Humaines
Centre de Recherche Alzette
"""),

    M(A, "bien_recu_awl", "fr", "Assurances Wallonie-Lux", "recrutement@awl-assurances.example.be",
      "Assurances Wallonie-Lux – RH <recrutement@awl-assurances.example.be>",
      "Nous avons bien reçu votre candidature", "2026-02-05 13:27",
      """Cher Monsieur,

Nous avons bien reçu votre candidature pour la fonction d'Analyste risques et nous vous en remercions.

Notre équipe Talent Acquisition l'examinera avec attention. Vous recevrez une réponse de notre part dans un délai de trois semaines environ.

Bien à vous,

Talent Acquisition
Assurances Wallonie-Lux
""", shape="alt"),

    M(A, "transmets_valdor", "fr", "Valdor Gestion", "a.thill@valdor-gestion.example.lu",
      "Anne Thill <a.thill@valdor-gestion.example.lu>",
      "RE: Candidature Risk Manager ManCo", "2026-06-24 08:40",
      """Bonjour Monsieur Hoffmann-Nakamura,

Bien reçu votre CV et votre lettre, merci. Je les transmets à la direction et je reviens vers vous d'ici deux semaines.

Bien à vous,
Anne Thill
Valdor Gestion S.A.
""", quote=Quote("outlook", "Luc Hoffmann-Nakamura <luc.hn@example.lu>", "mardi 23 juin 2026 22:10",
                 "Madame,\n\nSuite à votre annonce parue sur jobs.lu, je vous adresse ma candidature au poste de Risk Manager.\n\nCordialement,\nLuc Hoffmann-Nakamura",
                 "Candidature Risk Manager ManCo")),

    M(A, "lemanique_confirmation", "fr", "Banque Lémanique de Gestion", "",
      "Banque Lémanique de Gestion <donotreply@successfactors.eu>",
      "Confirmation de votre candidature", "2026-05-22 18:40",
      """Monsieur Hoffmann-Nakamura,

Nous vous confirmons la réception de votre candidature pour le poste de Spécialiste Reporting Réglementaire (Genève).

Nous vous remercions de votre intérêt. Votre dossier sera examiné attentivement et nous prendrons contact avec vous si votre profil correspond à nos attentes.

Meilleures salutations,
Ressources Humaines
Banque Lémanique de Gestion SA
""", cte="base64"),

    M(A, "eingang_depotbank", "de", "Rheinische Depotbank", "",
      "Rheinische Depotbank <noreply@softgarden.io>",
      "Eingangsbestätigung Ihrer Bewerbung", "2026-01-12 09:02",
      """Sehr geehrter Herr Hoffmann-Nakamura,

vielen Dank für Ihre Bewerbung als Referent Geldwäscheprävention (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns schnellstmöglich bei Ihnen. Bitte sehen Sie bis dahin von Nachfragen ab.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Rheinischen Depotbank
""", shape="alt", charset="iso-8859-1", cte="quoted-printable"),

    M(A, "personio_klarwerk_danke", "de", "Klarwerk", "",
      "Klarwerk <noreply@mail.personio.de>",
      "Danke für deine Bewerbung!", "2026-04-13 13:13",
      """Hi Luc,

cool, dass du dich bei Klarwerk als Compliance Analyst (Payments) beworben hast! Deine Bewerbung ist bei uns angekommen.

Wir schauen sie uns in Ruhe an und melden uns in den nächsten zwei Wochen bei dir.

Viele Grüße
Dein Klarwerk People Team
""", shape="html"),

    M(A, "sfsf_saar_lor", "de", "Saar-Lor Stahl", "",
      "Saar-Lor Stahl Karriere <sfsf-noreply@successfactors.eu>",
      "Bewerbung erhalten: Stellen-ID 14402", "2026-07-15 21:05",
      """Sehr geehrte/r Herr Luc Hoffmann-Nakamura ,

wir bestätigen den Eingang Ihrer Bewerbung auf die Position  Analyst Konzernrisikomanagement (Stellen-ID 14402) .

Den aktuellen Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.

Mit freundlichen Grüßen
Ihr HR Service Center
Saar-Lor Stahl AG

***Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese E-Mail.***
"""),

    M(A, "alpenland_kein_feedback", "de", "Alpenland Versicherung", "b.gruber@alpenland-vers.example.at",
      "Mag. Barbara Gruber <b.gruber@alpenland-vers.example.at>",
      "Ihre Bewerbung ist eingelangt", "2026-02-11 10:40",
      """Sehr geehrter Herr Hoffmann-Nakamura,

Ihre Bewerbung als Risikomanager/in Solvency II ist bei uns eingelangt, vielen Dank dafür.

Bitte haben Sie Verständnis, dass wir aufgrund der Vielzahl an Bewerbungen in dieser Phase leider kein individuelles Feedback geben können. Wir melden uns spätestens Ende Februar bei Ihnen.

Mit freundlichen Grüßen
Mag. Barbara Gruber
Human Resources
Alpenland Versicherung AG
"""),

    M(A, "meseta_recibida", "es", "Banco Meseta", "",
      "Banco Meseta - Talento <no-responder@bancomeseta.example.es>",
      "Hemos recibido tu candidatura", "2026-01-26 11:15",
      """¡Hola, Luc!

Gracias por tu interés en Banco Meseta. Hemos recibido correctamente tu candidatura a la oferta Analista de Prevención de Blanqueo (Madrid).

Nuestro equipo la revisará y, si tu perfil encaja, nos pondremos en contacto contigo para los siguientes pasos.

Equipo de Talento
Banco Meseta
""", shape="html", charset="iso-8859-1"),

    M(A, "icims_confirmacion", "es", "Grupo Asegurador Ibérico", "",
      "Grupo Asegurador Ibérico <careers-noreply@icims.com>",
      "Confirmación de candidatura - Ref. 2026-1187", "2026-08-19 16:50",
      """Estimado/a Luc Hoffmann-Nakamura:

Le confirmamos que hemos recibido su candidatura a la vacante Técnico/a de Reporting Solvencia II (Ref. 2026-1187).

Debido al elevado número de candidaturas, solo nos pondremos en contacto con las personas cuyo perfil se ajuste a los requisitos del puesto.

Atentamente,
Equipo de Selección
Grupo Asegurador Ibérico
""", shape="html"),
]

OFFERS = [
    M(OFFER, "pleased_to_offer_shannon", "en", "Shannon Fund Services", "niamh.doyle@shannonfs.example.ie",
      "Niamh Doyle <niamh.doyle@shannonfs.example.ie>",
      "Offer - Regulatory Reporting Lead", "2026-04-08 16:30",
      """Hi Luc,

Following on from my call earlier - on behalf of Shannon Fund Services I'm delighted to formally offer you the position of Regulatory Reporting Lead, based in Strassen.

Your offer letter and contract are attached, including the salary, bonus and benefits we discussed, and a start date of 1 June 2026 (negotiable given your notice period). The offer is subject to satisfactory references and a background check via our provider.

Could you let me know by Wednesday 15th whether you're happy to accept? Any questions at all, ring me.

Congratulations!
Niamh

Niamh Doyle
Talent Partner | Shannon Fund Services
"""),

    M(OFFER, "verbal_offer_carrington", "en", "Carrington Webb", "emma.schmit@carringtonwebb.example.lu",
      "Emma Schmit <emma.schmit@carringtonwebb.example.lu>",
      "Following our call", "2026-03-06 17:55",
      """Dear Luc,

Following our call this afternoon, I'm delighted to confirm in writing the verbal offer for the Senior Associate role in our Regulatory Reporting Advisory team, at the grade and salary we discussed.

Your written offer will follow early next week via DocuSign, once our standard background and reference checks have been initiated. In the meantime, please send me the details of two referees.

Congratulations, and welcome (almost!) to Carrington Webb.

Kind regards,
Emma Schmit
Talent Acquisition Specialist
Carrington Webb Luxembourg
""", shape="alt"),

    M(OFFER, "conditional_atlas", "en", "Atlas Maghreb Bank Europe", "y.bennani@atlasmaghreb.example.fr",
      "Youssef Bennani <y.bennani@atlasmaghreb.example.fr>",
      "Conditional offer of employment", "2026-05-28 10:10",
      """Dear Luc,

We are pleased to make you a conditional offer of employment for the position of Compliance Officer, based in our Luxembourg branch with regular travel to Paris.

This offer is conditional upon:
- a satisfactory extract of your criminal record (extrait de casier judiciaire, bulletin n°3) dated less than three months;
- satisfactory references from your two most recent employers;
- confirmation that you do not require a work permit for France.

The detailed offer letter is attached. Kindly return a signed copy by 5 June 2026.

We look forward to welcoming you.

Best regards,
Youssef Bennani
HR Business Partner
Atlas Maghreb Bank Europe
""", charset="windows-1252", cte="quoted-printable"),

    M(OFFER, "terse_offer_tejo", "en", "Tejo Capital", "rui.almeida@tejocapital.example.pt",
      "Rui Almeida <rui.almeida@tejocapital.example.pt>",
      "Re: Quick question", "2026-04-01 20:12",
      """Luc - we'd like to make you an offer. 82k base + 15% bonus, start Sept. Contract coming via DocuSign tomorrow, have a look and call me.

Rui

Sent from Outlook for iOS
""", quote=Quote("gmail", "Luc Hoffmann-Nakamura <luc.hn@example.lu>", "Fri, 27 Mar 2026 at 18:00",
                 "Hi Rui,\n\nThank you and your CRO for the time yesterday. Very interested in the role.\n\nLuc")),

    M(OFFER, "proposition_valdor", "fr", "Valdor Gestion", "a.thill@valdor-gestion.example.lu",
      "Anne Thill <a.thill@valdor-gestion.example.lu>",
      "Proposition d'embauche - Risk Manager", "2026-08-04 11:30",
      """Bonjour Luc,

Suite à vos échanges avec M. Kremer et avec notre directeur général, nous avons le plaisir de vous proposer le poste de Risk Manager au sein de Valdor Gestion, en contrat à durée indéterminée, à compter du 1er octobre 2026.

Vous trouverez en pièce jointe notre proposition détaillée (rémunération, 13e mois, chèques-repas, voiture de fonction). Le contrat de travail vous sera adressé dès réception de votre accord.

Nous espérons vivement que cette proposition retiendra votre attention.

Bien à vous,
Anne Thill
Valdor Gestion S.A.
""", shape="alt"),

    M(OFFER, "promesse_fintrail", "fr", "Fintrail", "gilles@fintrail.example.lu",
      "Gilles Wagner <gilles@fintrail.example.lu>",
      "On aimerait t'avoir dans l'équipe !", "2026-07-01 18:45",
      """Moien Luc,

Après nos deux rencontres et ton passage avec l'équipe, c'est un grand oui de notre côté : on aimerait t'avoir comme KYC Ops Lead chez Fintrail !

Je t'envoie ci-joint la promesse d'embauche (CDI, 72k + BSPCE comme on en a parlé). Prends le temps de la lire, et appelle-moi si tu veux en discuter.

Merci villmools et à très vite j'espère,
Gilles
Fintrail | +352 661 555 093
"""),

    M(OFFER, "contrat_lavaux", "fr", "Lavaux Gestion", "m.rochat@lavaux-gestion.example.ch",
      "Mathilde Rochat <m.rochat@lavaux-gestion.example.ch>",
      "Votre engagement chez Lavaux Gestion", "2026-05-15 14:20",
      """Cher Monsieur,

C'est avec grand plaisir que nous vous confirmons notre souhait de vous engager en qualité d'Analyste Risques & ESG, à 100 %, dès le 1er août 2026.

Vous trouverez ci-joint votre contrat de travail en deux exemplaires. Nous vous remercions de nous en retourner un exemplaire signé d'ici au 29 mai. Nous nous chargerons de la demande de permis de travail (permis G) auprès de l'Office cantonal.

Avec mes meilleures salutations,
Mathilde Rochat
Responsable RH
Lavaux Gestion SA
""", cte="base64"),

    M(OFFER, "vertrag_kvg", "de", "Kapitalverwaltung Trier", "n.schaefer@kvg-trier.example.de",
      "Nadine Schäfer <n.schaefer@kvg-trier.example.de>",
      "Vertragsangebot Spezialist Meldewesen", "2026-02-20 13:05",
      """Sehr geehrter Herr Hoffmann-Nakamura,

nach den sehr angenehmen Gesprächen freuen wir uns, Ihnen die Position als Spezialist Meldewesen (m/w/d) anbieten zu können.

Anbei erhalten Sie unseren Arbeitsvertrag in zweifacher Ausfertigung. Wir würden uns freuen, wenn Sie uns ein unterschriebenes Exemplar bis zum 6. März zurücksenden. Für Rückfragen zu Gehalt und Homeoffice-Regelung (Grenzgänger) stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Nadine Schäfer
Personalreferentin
Kapitalverwaltung Trier GmbH
""", shape="alt", charset="iso-8859-1", cte="quoted-printable"),

    M(OFFER, "zusage_zvb", "de", "Zürcher Vermögensbank", "r.baumann@zvb.example.ch",
      "Regula Baumann <r.baumann@zvb.example.ch>",
      "Gute Nachrichten", "2026-05-26 17:02",
      """Sehr geehrter Herr Hoffmann-Nakamura

Wir freuen uns sehr, Ihnen mitteilen zu dürfen, dass wir Ihnen die Stelle als Compliance Officer anbieten möchten. Herr Kälin war von Ihnen überzeugt.

Den Arbeitsvertrag sowie die Unterlagen für die Arbeitsbewilligung (Grenzgängerbewilligung G) senden wir Ihnen diese Woche per Post zu. Gerne erwarten wir Ihre Unterschrift bis Mitte Juni.

Freundliche Grüsse
Regula Baumann
HR Business Partner
Zürcher Vermögensbank AG
"""),

    M(OFFER, "carta_oferta_nebula", "es", "Nébula Pagos", "marta.gil@nebulapagos.example.es",
      "Marta Gil <marta.gil@nebulapagos.example.es>",
      "Carta oferta - Compliance Analyst", "2026-06-26 12:20",
      """¡Hola Luc!

¡Enhorabuena! Nos alegra mucho comunicarte que queremos contar contigo como Compliance Analyst en Nébula Pagos.

Te adjunto la carta oferta con las condiciones que comentamos (salario, teletrabajo desde Luxemburgo, fecha de incorporación 1 de septiembre). Si todo te encaja, fírmala en DocuSign antes del 3 de julio.

¡Cualquier duda me dices!
Marta
Talento | Nébula Pagos
""", shape="alt"),
]

MESSAGES = [*ACKS, *OFFERS]
