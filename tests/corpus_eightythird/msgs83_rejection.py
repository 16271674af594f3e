"""Rejections for the eighty-third corpus, written out by hand (data only)."""

from msgs83_build import Msg as M
from msgs83_build import outlook, quoted

K = "rejection"
ME = "Océane Mbappé-Lindgren <oceane.ml@example.ca>"

MESSAGES = [
    M(K, "fr", "desjardins_style_ats_soft", "Caisse Boréale <ne-pas-repondre@myworkday-mail.test>",
      "Votre candidature – Conseillère principale, expérience membre (R-20417)", "2026-01-19T16:02:00-05:00",
      """Bonjour Océane,

Nous vous remercions de l'intérêt que vous portez à Caisse Boréale et du temps consacré à votre candidature pour le poste de Conseillère principale, expérience membre (R-20417).

Après une analyse attentive de l'ensemble des candidatures reçues, nous avons choisi de poursuivre le processus avec des personnes dont le profil correspond davantage aux exigences actuelles du poste.

Nous conserverons votre dossier dans notre banque de candidatures et vous invitons à consulter régulièrement notre site carrière.

Nous vous souhaitons beaucoup de succès dans vos démarches.

L'équipe Acquisition de talents
Caisse Boréale, coopérative de services financiers

Ce courriel a été envoyé automatiquement. Merci de ne pas y répondre.""",
      company="Caisse Boréale", contact="", fmt="html"),
    M(K, "fr", "studio_jeu_terse_mobile", "Mathieu Gagnon <mgagnon@pixelnordique.example.com>",
      "Re: Designer UX senior", "2026-02-03T21:47:00-05:00",
      """Salut Océane, merci pour ton temps cette semaine. On a décidé d'aller avec un autre candidat pour le poste, un profil plus orienté gameplay. Desolé, bonne chance pour la suite!

Mat

Envoyé de mon iPhone""",
      company="Pixel Nordique", contact="from",
      quote=quoted("Le 30 janv. 2026 à 10:12, Océane Mbappé-Lindgren <oceane.ml@example.ca> a écrit :",
                   "Bonjour Mathieu,\nMerci encore pour l'entrevue de mardi, j'ai beaucoup aimé discuter de vos outils de recherche joueurs.\nAu plaisir,\nOcéane")),
    M(K, "fr", "ciusss_poste_annule", "Direction des ressources humaines <dotation@ciusss-riviere.example.org>",
      "Affichage 2026-0318 – Agente de planification, programmation et recherche", "2026-03-11T09:15:00-04:00",
      """Madame,

Nous accusons réception de votre candidature à l'affichage 2026-0318 et vous en remercions.

Nous tenons toutefois à vous informer que cet affichage a été annulé à la suite d'une réorganisation administrative de la direction concernée. Aucune suite ne sera donc donnée aux candidatures reçues pour ce poste.

Nous vous invitons à postuler de nouveau lorsque de nouvelles offres correspondant à votre profil seront publiées.

Veuillez agréer, Madame, nos salutations distinguées.

Service de la dotation
CIUSSS de la Rivière-des-Prairies
Tél. : 514 555-0142, poste 3310

AVIS DE CONFIDENTIALITÉ : Ce message est destiné uniquement au destinataire visé et peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.""",
      company="CIUSSS de la Rivière-des-Prairies", contact="from", charset="iso-8859-1", cte="quoted-printable"),
    M(K, "fr", "cabinet_paris_chasseur_apres_client", "Hélène Corbière <h.corbiere@vauban-associes.example.fr>",
      "Votre candidature – Head of Product Research", "2026-04-08T18:20:00+02:00",
      """Bonjour Océane,

Je reviens vers vous comme promis suite à votre entretien avec notre client.

Malheureusement, ils ont fait le choix de poursuivre avec une autre candidate, dont l'expérience en management d'équipe était plus étoffée. Ils ont pourtant apprécié la qualité de vos échanges et votre présentation de portfolio.

Je ne manquerai pas de revenir vers vous si une mission plus adaptée se présente. N'hésitez pas à me tenir informée de vos avancées.

Bien cordialement,

Hélène Corbière
Associée
Vauban & Associés
18 rue de Clichy, 75009 Paris
+33 1 55 00 42 18""",
      company="Vauban & Associés", contact="from", fmt="alt", look="outlook"),
    M(K, "fr", "ministere_lettre_formelle", "Secrétariat du concours <concours@mtess.example.gouv.qc.ca>",
      "Résultat – Processus de qualification 78-4021", "2026-04-22T10:00:00-04:00",
      """Madame Mbappé-Lindgren,

Nous vous remercions d'avoir participé au processus de qualification 78-4021 visant à pourvoir des emplois de conseillère ou conseiller en transformation numérique.

Nous avons le regret de vous informer que vous n'avez pas obtenu la note de passage à l'examen écrit. Votre candidature ne peut donc être retenue pour la suite du processus.

Conformément à la Loi sur la fonction publique, vous pouvez demander une révision de cette décision dans les 15 jours suivant la réception du présent avis.

Veuillez agréer, Madame, l'expression de nos sentiments distingués.

Le Secrétariat du concours
Ministère du Travail et des Solidarités numériques""",
      company="Ministère du Travail et des Solidarités numériques", contact="from", fmt="alt"),
    M(K, "fr", "startup_lyon_tutoiement", "Julie de Welcome Kit <julie@welcomekit-lyon.example.com>",
      "Suite à ton étude de cas", "2026-05-06T14:33:00+02:00",
      """Hello Océane !

Merci beaucoup pour ton étude de cas, on a vraiment senti que tu avais pris le temps de creuser le sujet 🙏

Après pas mal de débats en interne on a décidé de ne pas poursuivre avec toi pour ce poste de PM Discovery : on cherche quelqu'un de plus technique sur la partie data, et c'est un point qui est ressorti sur ton rendu.

Si tu veux un feedback plus détaillé, je peux t'appeler 15 minutes la semaine prochaine, dis-moi !

Belle journée,
Julie
People & Talent — Welcome Kit""",
      company="Welcome Kit", contact="from"),
    M(K, "fr", "mutuelle_belge_regrette", "Mutualité Saint-Lambert <recrutement@msl.example.be>",
      "Votre candidature chez nous", "2026-05-19T11:42:00+02:00",
      """Chère Madame,

Nous avons bien pris connaissance de votre candidature pour la fonction de Service Designer (H/F/X) et nous vous en remercions.

Nous sommes au regret de vous faire savoir que nous ne pouvons y réserver une suite favorable. Ce choix ne remet nullement en cause la qualité de votre parcours.

Nous vous souhaitons plein succès dans la poursuite de vos recherches.

Bien à vous,

Sandrine Delvaux
Gestionnaire Talents
Mutualité Saint-Lambert — Liège""",
      company="Mutualité Saint-Lambert", contact="from", charset="windows-1252", cte="quoted-printable"),
    M(K, "fr", "teamtailor_poste_pourvu", "Atelier Grenadine <no-reply@teamtailor-mail.test>",
      "Mise à jour concernant ta candidature", "2026-06-02T08:05:00+02:00",
      """Bonjour Océane,

Merci d'avoir postulé pour le poste de UX Researcher freelance chez Atelier Grenadine.

Le poste a été pourvu et nous clôturons donc le recrutement. On garde ton profil sous le coude pour de futurs projets !

La team Atelier Grenadine

Tu ne souhaites plus recevoir nos emails ? Gère tes préférences ici : https://ateliergrenadine.teamtailor.test/connect/preferences""",
      company="Atelier Grenadine", contact="", fmt="html"),
    M(K, "fr", "banque_apres_panel_telephone_suivi", "Karim Benali <karim.benali@banquelaurentienne-nord.example.com>",
      "RE: Entrevue panel - Chef de produit numérique", "2026-06-16T17:58:00-04:00",
      """Bonjour Océane,

Tel que discuté au téléphone tantôt, je te confirme par écrit que le comité a retenu une autre candidature pour le poste de chef de produit numérique. La décision a été serrée.

Merci encore pour ta présentation, l'équipe a vraiment aimé ton approche en accessibilité. Je te souhaite bon succès dans ta recherche.

Karim Benali | Partenaire d'affaires RH
Banque Laurentienne du Nord
514-555-0198""",
      company="Banque Laurentienne du Nord", contact="from", fmt="alt", look="outlook",
      quote=outlook("De : Karim Benali <karim.benali@banquelaurentienne-nord.example.com>\nEnvoyé : 2 juin 2026 09:14\nÀ : Océane Mbappé-Lindgren <oceane.ml@example.ca>\nObjet : Entrevue panel - Chef de produit numérique",
                    "Bonjour Océane,\nJe te confirme ton entrevue panel le 9 juin à 13h30 à nos bureaux de la rue Sherbrooke.\nKarim")),
    M(K, "fr", "gros_groupe_retail_smartrecruiters", "Maison Verlaine <noreply@smartrecruiters-mail.test>",
      "Maison Verlaine – Votre candidature Product Owner Expérience Client", "2026-06-24T07:31:00+02:00",
      """Madame,

Nous vous remercions pour l'intérêt que vous portez à Maison Verlaine.

Après examen de votre candidature au poste de Product Owner Expérience Client (Lille), nous sommes au regret de vous informer que celle-ci n'a pas été retenue.

Nous vous remercions de la confiance que vous nous avez accordée et vous souhaitons pleine réussite dans vos projets professionnels.

Direction des Ressources Humaines
Maison Verlaine""",
      company="Maison Verlaine", contact="", fmt="html"),
    M(K, "fr", "musee_gel_embauche", "Anne-Sophie Lemire <aslemire@musee-beauxarts-qc.example.org>",
      "Poste de chargée de projets numériques", "2026-07-07T13:12:00-04:00",
      """Bonjour Madame Mbappé-Lindgren,

Je me permets de vous écrire au sujet du poste de chargée de projets numériques pour lequel vous avez été rencontrée le mois dernier.

Suite aux annonces budgétaires récentes, le Musée a dû suspendre ce recrutement pour une durée indéterminée. Nous ne donnerons donc pas suite au processus en cours, et je tenais à vous en informer personnellement.

Je suis sincèrement désolée de cette issue. Si le poste devait être réouvert, nous communiquerons avec vous.

Cordialement,

Anne-Sophie Lemire
Directrice, expérience des publics
Musée des beaux-arts de Québec-Centre""",
      company="Musée des beaux-arts de Québec-Centre", contact="from"),
    M(K, "fr", "agence_placement_rapide", "Kevin Tremblay <kevin@placementhorizon.example.ca>",
      "Mandat chez le client - suivi", "2026-07-21T16:44:00-04:00",
      """Bonjour Océane

Petit suivi rapide, le client (assureur à Québec) a finalement décidé de ne pas aller de l'avant avec ta candidature, ils veulent quelqu'un avec plus d'expérience en assurance de dommages. Je sais c'est plate.

J'ai d'autres mandats qui s'en viennent en septembre, je te tiens au courant.

Kevin Tremblay
Conseiller principal
Placement Horizon
418 555-0163""",
      company="Placement Horizon", contact="from"),
    M(K, "fr", "universite_apres_entrevue", "Bureau du recrutement <recrutement@uqam-like.example.ca>",
      "Concours 26-112 : Conseillère en expérience étudiante", "2026-08-04T15:05:00-04:00",
      """Bonjour,

Nous désirons vous remercier de votre participation au processus de sélection pour le poste de conseillère ou conseiller en expérience étudiante (concours 26-112).

Le comité de sélection a arrêté son choix sur une autre personne. Nous conservons votre candidature pour une période de six mois.

Recevez nos meilleures salutations,

Isabelle Caron, CRHA
Conseillère en dotation
Université du Vieux-Port
Tél. : 514 555-0110""",
      company="Université du Vieux-Port", contact="from", charset="iso-8859-1"),
    M(K, "fr", "conseil_bordeaux_lapidaire", "Pierre-Yves M. <pym@cabinet-garonne.example.fr>",
      "candidature", "2026-08-25T19:02:00+02:00",
      """Bonsoir,
Merci pour votre candidature mais nous ne donnerons pas suite.
Cdlt
PYM
Garonne Conseil""",
      company="Garonne Conseil", contact="from"),
    M(K, "fr", "ville_apres_tests_workday", "Ville de Montréal-Est <vmtl-est@myworkday-mail.test>",
      "Mise à jour de votre candidature", "2026-09-15T10:30:00-04:00",
      """Bonjour Océane Mbappé-Lindgren,

Merci d'avoir pris le temps de compléter les tests de sélection pour le poste Analyste en design de services (JR-104552).

Nous tenons à vous informer que nous ne retiendrons pas votre candidature pour les prochaines étapes de ce processus.

Nous vous encourageons à consulter nos offres d'emploi afin de postuler à d'autres postes.

Cordialement,
Service des ressources humaines
Ville de Montréal-Est

***Ceci est un message automatique, veuillez ne pas répondre***""",
      company="Ville de Montréal-Est", contact="", fmt="html"),
    M(K, "en", "fintech_toronto_greenhouse_soft", "Loonie Labs <no-reply@greenhouse-mail.test>",
      "Your application to Loonie Labs", "2026-01-27T13:15:00-05:00",
      """Hi Océane,

Thank you for your interest in the Senior Product Manager, Payments Experience role at Loonie Labs and for the time you invested in our process.

We've reviewed your background carefully and have decided to move forward with candidates whose experience more closely aligns with our needs at this time.

We appreciate your interest and wish you the best in your search.

Best,
The Loonie Labs Talent Team""",
      company="Loonie Labs", contact="", fmt="html"),
    M(K, "en", "uk_housing_association_shant", "Rosalind Pike <rosalind.pike@northgate-homes.example.org.uk>",
      "Service Designer application - outcome", "2026-02-12T11:20:00+00:00",
      """Dear Océane,

Thank you for attending the interview on Tuesday and for the presentation you prepared.

I'm afraid that on this occasion we shan't be progressing your application any further. The panel felt that other candidates demonstrated a stronger grounding in UK social housing regulation.

We were genuinely impressed with your research portfolio and would encourage you to apply for future vacancies.

Kind regards,

Rosalind Pike
Head of Digital Services
Northgate Homes
T: 0161 496 0732

Northgate Homes is a charitable registered society. This email and any attachments are confidential and intended solely for the addressee.""",
      company="Northgate Homes", contact="from", fmt="alt", look="outlook"),
    M(K, "en", "indian_it_regret_inform", "Talent Acquisition | Vistara Digital <careers@vistaradigital.example.in>",
      "Application Status - Job ID 44871", "2026-03-05T06:40:00+05:30",
      """Dear Candidate,

Greetings from Vistara Digital!

We regret to inform you that your profile has not been shortlisted for the position of Product Manager - CX Platforms (Job ID 44871) at this point of time.

We will keep your CV in our database and do revert in case of any suitable opening in future.

Thanks & Regards,
Talent Acquisition Team
Vistara Digital Services Pvt. Ltd.""",
      company="Vistara Digital Services", contact="careers@vistaradigital.example.in"),
    M(K, "en", "hiring_manager_one_liner", "Dan Whitfield <dan@harbourline.example.com>",
      "Re: quick question", "2026-03-18T22:03:00-04:00",
      """Thanks for your time Océane, but we won't be moving forward. Best of luck.

Sent from my iPhone""",
      company="Harbourline", contact="from",
      quote=quoted("On Mar 16, 2026, at 9:10 AM, Océane Mbappé-Lindgren <oceane.ml@example.ca> wrote:",
                   "Hi Dan, just checking whether there's any update after our call last week on the PM role at Harbourline?\nThanks!\nOcéane")),
    M(K, "en", "finnish_saas_after_takehome", "Aino Virtanen <aino.virtanen@kettukloud.example.fi>",
      "Update", "2026-04-14T09:55:00+03:00",
      """Hi Océane,

Thank you for completing the take-home assignment for the Product Designer (Accessibility) position. We know it takes time and we appreciate it.

After reviewing the submissions, we have decided not to continue with your application. The reviewers felt the prototype didn't go deep enough into the screen-reader flows we asked about.

We wish you all the best.

Aino Virtanen
Recruitment Partner, KettuKloud
Helsinki""",
      company="KettuKloud", contact="from"),
    M(K, "en", "agency_london_exclam", "Jess Carter <jess.carter@brightpathrecruit.example.co.uk>",
      "Feedback from the client!", "2026-05-12T16:12:00+01:00",
      """Hi Océane!!

Hope you're well! So I've had feedback back from the client and unfortunately they've decided not to take things further :( They loved your energy but felt the role needs someone who has led a product team in retail banking before.

Honestly it was between you and one other so don't be too disheartened!! I'll be in touch as soon as something else suitable comes in!

Jess x

Jess Carter | Senior Consultant | Brightpath
M: 07700 900 418""",
      company="Brightpath", contact="from", fmt="alt", look="gmail"),
    M(K, "en", "role_on_hold_ny_lever", "Meridian Health Analytics <no-reply@hire.lever-mail.test>",
      "Meridian Health Analytics - Product Manager, Patient Experience", "2026-06-09T12:00:00-04:00",
      """Hi Océane,

We wanted to let you know that the Product Manager, Patient Experience position has been put on hold due to a change in our hiring plans, and we will not be proceeding with any candidates at this time.

We're grateful for the time you spent with our team and hope our paths cross again.

Regards,
Meridian Health Analytics Recruiting""",
      company="Meridian Health Analytics", contact="reply", reply_to="Priya Raman <priya.raman@meridianhealth.example.com>",
      fmt="alt"),
    M(K, "en", "chinese_owned_hardware_en", "Sophie Lin <sophie.lin@tianyao-devices.example.com>",
      "Re: your application", "2026-07-14T03:21:00+08:00",
      """Dear Oceane,

Thanks for your patience. After internal discussion with the Montreal design team we decided to choose another candidate for the UX Research Lead position. It was not easy decision.

Hope we have chance to cooperate in the future.

Best regards
Sophie Lin
HRBP | Tianyao Devices North America""",
      company="Tianyao Devices", contact="from"),
    M(K, "en", "irish_airline_references_no", "Ciara Doyle <ciara.doyle@shamrockair.example.ie>",
      "Digital CX Lead - where things stand", "2026-08-18T10:10:00+01:00",
      """Hi Océane,

Thanks a million for your patience over the last few weeks, I know it's been a long process with the panel and the reference checks.

I'm sorry to say we won't be offering you the role this time. It was very close in the end, and the hiring manager asked me to pass on that she'd be delighted to stay in touch.

All the best with the move to Dublin plans or wherever you land!

Ciara

Ciara Doyle
Talent Partner
Shamrock Air""",
      company="Shamrock Air", contact="from"),
    M(K, "en", "aussie_gov_digital", "Recruitment - Digital Transformation Office <jobs@dto-nsw.example.gov.au>",
      "Outcome of your application: APS6 User Researcher", "2026-09-02T14:00:00+10:00",
      """Dear Océane,

Thank you for your application for the APS6 User Researcher role (ref DTO/2026/118).

Unfortunately you have not been successful in progressing to the next stage of the selection process on this occasion. We received a high number of quality applications.

If you would like feedback, please contact the hiring manager, Tom Nguyen, at tom.nguyen@dto-nsw.example.gov.au.

Cheers,
DTO Recruitment""",
      company="Digital Transformation Office", contact="jobs@dto-nsw.example.gov.au"),
    M(K, "es", "barcelona_estudio_descartada", "Laia Puig <laia@estudiofarigola.example.es>",
      "Proceso de selección – Product Designer", "2026-03-24T12:48:00+01:00",
      """Hola Océane,

Muchas gracias por tu interés en Estudio Farigola y por el tiempo que has dedicado al proceso.

Tras valorar todas las candidaturas, hemos decidido seguir adelante con otros perfiles que se ajustan más a lo que buscamos en este momento.

Te deseamos mucha suerte en tu búsqueda.

Un abrazo,
Laia Puig
Estudio Farigola · Barcelona""",
      company="Estudio Farigola", contact="from", charset="iso-8859-1", cte="quoted-printable"),
    M(K, "es", "mexico_telecom_formal", "Reclutamiento Telcomex <no-reply@successfactors-mail.test>",
      "Estatus de su postulación", "2026-05-28T18:00:00-06:00",
      """Estimada Océane Mbappé-Lindgren:

Le agradecemos su interés en formar parte de Telcomex y su participación en el proceso para la vacante Gerente de Experiencia Digital.

Lamentamos informarle que en esta ocasión su perfil no fue seleccionado para continuar. Su información permanecerá en nuestra base de datos para futuras oportunidades.

Atentamente,
Atracción de Talento
Telcomex S.A. de C.V.""",
      company="Telcomex", contact="", fmt="html"),
    M(K, "es", "madrid_reply_chain_corto", "Álvaro Ruiz <aruiz@bancosolana.example.es>",
      "RE: Entrevista Product Manager", "2026-09-29T20:15:00+02:00",
      """Hola Océane, gracias por la paciencia. Al final nos hemos decantado por otra persona con más experiencia en banca. Lo siento de verdad.

Saludos
Álvaro""",
      company="Banco Solana", contact="from",
      quote=quoted("El mar, 22 sept 2026 a las 9:02, Océane Mbappé-Lindgren (<oceane.ml@example.ca>) escribió:",
                   "Hola Álvaro,\n¿Hay alguna novedad sobre el proceso? Quedo atenta.\nUn saludo,\nOcéane")),
    M(K, "de", "berlin_personio_absage", "Kiezwerk GmbH <jobs@kiezwerk.example.de>",
      "Deine Bewerbung als Senior UX Researcher (m/w/d)", "2026-02-20T10:22:00+01:00",
      """Hallo Océane,

vielen Dank für Deine Bewerbung und Dein Interesse an Kiezwerk.

Leider müssen wir Dir mitteilen, dass wir uns für andere Kandidat*innen entschieden haben, deren Profil noch besser zu unseren aktuellen Anforderungen passt.

Wir wünschen Dir für Deinen weiteren Weg alles Gute!

Viele Grüße
Lena Hoffmann
People & Culture
Kiezwerk GmbH · Oranienstraße 12 · 10999 Berlin
Geschäftsführer: Jonas Brandt · HRB 123456 B""",
      company="Kiezwerk", contact="jobs@kiezwerk.example.de", fmt="alt"),
    M(K, "de", "bahn_nach_interview_sie", "Frau Dr. Katrin Albers <katrin.albers@nordbahn-digital.example.de>",
      "AW: Vorstellungsgespräch Product Owner Fahrgastinformation", "2026-07-30T17:05:00+02:00",
      """Sehr geehrte Frau Mbappé-Lindgren,

herzlichen Dank für das angenehme Gespräch am vergangenen Donnerstag.

Nach sorgfältiger Abwägung haben wir uns entschieden, die Position anderweitig zu besetzen. Diese Entscheidung ist uns nicht leichtgefallen.

Für Ihre berufliche Zukunft wünsche ich Ihnen alles Gute.

Mit freundlichen Grüßen
Dr. Katrin Albers
Leiterin Digitale Kundenerlebnisse
Nordbahn Digital GmbH""",
      company="Nordbahn Digital", contact="from", charset="iso-8859-1",
      quote=quoted("Am Mo., 20. Juli 2026 um 08:30 Uhr schrieb Océane Mbappé-Lindgren <oceane.ml@example.ca>:",
                   "Sehr geehrte Frau Dr. Albers,\nvielen Dank für die Einladung, der Termin am Donnerstag passt mir.\nBeste Grüße\nOcéane Mbappé-Lindgren")),
    M(K, "de", "zurich_versicherung_kurz", "Recruiting Team <recruiting@alpenschutz.example.ch>",
      "Ihre Bewerbung", "2026-10-06T08:50:00+02:00",
      """Guten Tag Frau Mbappé-Lindgren

Wir danken Ihnen für Ihre Bewerbung als Service Designerin. Nach eingehender Prüfung müssen wir Ihnen leider eine Absage erteilen.

Freundliche Grüsse
Alpenschutz Versicherungen
Marco Bernasconi, HR Business Partner""",
      company="Alpenschutz Versicherungen", contact="from"),
    M(K, "en", "jobvite_after_interviews_irish_owned", "Lir Analytics <notification@jobvite-mail.test>",
      "Lir Analytics | Product Manager, Insights", "2026-10-08T15:30:00+01:00",
      """Dear Océane,

Thank you for taking the time to meet with our team regarding the Product Manager, Insights position. We really enjoyed learning more about your work in service design.

Having carefully considered all of the candidates we interviewed, we regret to inform you that we will not be progressing your application further on this occasion.

If you have any questions, you can contact Siobhán Walsh at siobhan.walsh@liranalytics.example.ie.

Kind regards,
Lir Analytics People Team""",
      company="Lir Analytics", contact="siobhan.walsh@liranalytics.example.ie", fmt="html"),
]
