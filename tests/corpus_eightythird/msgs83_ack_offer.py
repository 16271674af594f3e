"""Application acknowledgements and offers for the eighty-third corpus (data only)."""

from msgs83_build import Msg as M
from msgs83_build import quoted

A = "application_received"
OFFER = "offer"

MESSAGES = [
    M(A, "fr", "workday_accuse_banque", "Banque Nationale du Fleuve <bnf@myworkday-mail.test>",
      "Nous avons bien reçu votre candidature", "2026-01-08T20:14:00-05:00",
      """Bonjour Océane,

Merci d'avoir postulé au poste Directrice, Expérience client numérique (R0045120) à la Banque Nationale du Fleuve.

Votre candidature a bien été reçue. Notre équipe d'acquisition de talents l'étudiera attentivement. En raison du volume important de candidatures, nous ne pouvons malheureusement pas communiquer avec chaque personne individuellement; seules les personnes retenues seront contactées.

Vous pouvez suivre l'état de votre candidature en tout temps dans votre espace candidat.

Banque Nationale du Fleuve
Ce message a été généré automatiquement.""",
      company="Banque Nationale du Fleuve", contact="", fmt="html"),
    M(A, "fr", "welcome_jungle_candidature_envoyee", "Welcome to the Jungle <notifications@wttj-mail.test>",
      "Ta candidature chez Orbe a bien été envoyée !", "2026-01-21T12:02:00+01:00",
      """Bravo Océane !

Ta candidature pour le poste de Product Manager – Parcours usagers chez Orbe a bien été transmise à l'équipe de recrutement.

Et maintenant ? L'entreprise va étudier ton profil. Tu recevras une notification dès qu'il y aura du nouveau.

Suivre ma candidature : https://www.wttj.test/fr/me/applications

L'équipe Welcome to the Jungle""",
      company="Orbe", contact="", fmt="html",
      headers={"List-Unsubscribe": "<https://www.wttj.test/unsubscribe?u=83f1>"}),
    M(A, "fr", "rh_lettre_pas_retour_individuel", "Recrutement Groupe Rivage <recrutement@groupe-rivage.example.fr>",
      "Accusé de réception de votre candidature", "2026-02-02T09:00:00+01:00",
      """Madame,

Nous accusons bonne réception de votre candidature au poste de Responsable Design de Services (Lille) et vous remercions de l'intérêt que vous portez à notre Groupe.

Votre dossier sera examiné avec la plus grande attention par nos équipes. Malheureusement, nous ne sommes pas en mesure de fournir de retour individuel à ce stade ; si votre profil correspond à nos attentes, nous reviendrons vers vous dans les quatre semaines.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Groupe Rivage""",
      company="Groupe Rivage", contact="recrutement@groupe-rivage.example.fr", charset="iso-8859-1", cte="quoted-printable"),
    M(A, "fr", "ong_merci_candidature_simple", "Médecins du Nord <emplois@medecinsdunord.example.org>",
      "Merci pour votre candidature", "2026-02-14T16:40:00-05:00",
      """Bonjour,

Merci d'avoir postulé au poste de coordonnatrice, expérience donateurs. Nous avons bien reçu votre CV et votre lettre.

Le processus de sélection débutera après la date de clôture de l'affichage, le 28 février. Seules les candidates et les candidats retenus pour une entrevue seront contactés.

Cordialement,
L'équipe des ressources humaines
Médecins du Nord""",
      company="Médecins du Nord", contact="emplois@medecinsdunord.example.org"),
    M(A, "fr", "taleo_gouv_federal", "Fonction publique - Notification <no-reply@taleo-mail.test>",
      "Confirmation de réception : Conseillère principale en recherche UX (26-PCH-0412)", "2026-03-02T00:05:00-05:00",
      """Madame Mbappé-Lindgren,

La présente confirme que nous avons reçu votre candidature pour le processus 26-PCH-0412, Conseillère principale ou conseiller principal en recherche UX, Patrimoine numérique Canada, Ottawa (Ontario).

Numéro de référence : PCH26-0412-88193

NE PAS RÉPONDRE À CE COURRIEL. Pour toute question, veuillez communiquer avec : pch.dotation@pch-like.example.gc.ca

Patrimoine numérique Canada""",
      company="Patrimoine numérique Canada", contact="pch.dotation@pch-like.example.gc.ca", charset="iso-8859-1"),
    M(A, "fr", "recruitee_tutoiement_startup", "Joséphine de Kiosk <josephine@kiosk-app.example.fr>",
      "On a bien reçu ta candidature 👋", "2026-03-30T10:10:00+02:00",
      """Salut Océane,

Merci d'avoir postulé chez Kiosk ! Je voulais juste te dire qu'on a bien reçu ta candidature pour le job de Product Designer Senior.

On lit tout à la main (oui oui), donc ça peut prendre une ou deux semaines. Si ça matche, je reviens vers toi pour un premier call.

À bientôt,
Joséphine — Talent @ Kiosk""",
      company="Kiosk", contact="from", fmt="html"),
    M(A, "fr", "hopital_suisse_accuse", "Hôpitaux du Léman – RH <rh-candidatures@hopitaux-leman.example.ch>",
      "Accusé de réception – Réf. 2026-UX-19", "2026-04-20T13:15:00+02:00",
      """Madame,

Nous accusons réception de votre dossier de candidature pour le poste de Chargée de projet en expérience patient (Réf. 2026-UX-19) et vous en remercions.

Nous ne manquerons pas de revenir vers vous dès que nous aurons étudié l'ensemble des dossiers. Nous vous remercions de votre patience.

Avec nos meilleures salutations,
Service des Ressources Humaines
Hôpitaux du Léman""",
      company="Hôpitaux du Léman", contact="rh-candidatures@hopitaux-leman.example.ch"),
    M(A, "fr", "lever_agence_design_fr", "Atelier Mistral <no-reply@hire.lever-mail.test>",
      "Merci pour votre candidature chez Atelier Mistral", "2026-05-26T15:48:00+02:00",
      """Bonjour Océane,

Merci pour votre candidature au poste de Service Designer Senior - Bordeaux. Nous l'examinons actuellement et reviendrons vers vous si votre profil correspond à nos besoins.

En attendant, découvrez nos projets récents : https://ateliermistral.example.fr/projets

L'équipe Atelier Mistral""",
      company="Atelier Mistral", contact="", fmt="alt"),
    M(A, "fr", "indeed_postule_commune", "Indeed <candidatures@indeedemail.test>",
      "Candidature envoyée : Analyste en accessibilité numérique - Ville de Gatineau-Ouest", "2026-08-12T19:30:00-04:00",
      """Votre candidature a été envoyée à Ville de Gatineau-Ouest

Analyste en accessibilité numérique
Ville de Gatineau-Ouest – Gatineau, QC

Prochaines étapes
• L'employeur ou l'employeuse examinera votre candidature
• Vous recevrez un courriel si l'employeur ou l'employeuse vous contacte

Voir d'autres emplois similaires : https://ca.indeed.test/emplois?q=accessibilit%C3%A9

Indeed""",
      company="Ville de Gatineau-Ouest", contact="", fmt="html"),
    M(A, "fr", "smartrecruiters_telecom_candidature", "Vidéofil <noreply@smartrecruiters-mail.test>",
      "Vidéofil - Candidature reçue", "2026-09-22T08:22:00-04:00",
      """Bonjour Océane,

Merci de votre intérêt pour Vidéofil! Nous confirmons la réception de votre candidature au poste de Gestionnaire de produit – Expérience client mobile.

Notre équipe analyse présentement les candidatures. Malheureusement, nous ne pourrons pas offrir de rétroaction individuelle à chaque candidat à cette étape, mais nous communiquerons avec les personnes dont le profil répond à nos besoins.

L'équipe Talents
Vidéofil""",
      company="Vidéofil", contact="", fmt="html"),
    M(A, "en", "greenhouse_ack_ny", "Northwind Civic <no-reply@greenhouse-mail.test>",
      "Thank you for applying to Northwind Civic", "2026-01-16T14:44:00-05:00",
      """Hi Océane,

Thanks for applying to Northwind Civic! Your application for the Product Manager, Public Benefits role has been received and we will review it right away.

If your skills and experience are a good match for the role, a member of our team will be in touch. Due to the high volume of applications we receive, we're unable to respond to every applicant individually.

Regards,
Northwind Civic""",
      company="Northwind Civic", contact="", fmt="html"),
    M(A, "en", "uk_nhs_like_ack", "Trac Jobs <noreply@trac-jobs.test>",
      "Application received - Senior User Researcher - St Brigid's Health Board", "2026-03-07T07:10:00+00:00",
      """Dear Océane Mbappé-Lindgren,

Thank you for submitting your application for Senior User Researcher (ref 322-DIG-0912) with St Brigid's Health Board.

Your application will be considered by the shortlisting panel after the closing date. If you have not heard from us within 4 weeks of the closing date, please assume that you have not been successful on this occasion.

Please do not reply to this email.""",
      company="St Brigid's Health Board", contact=""),
    M(A, "en", "indian_ack_revert", "HR Desk - Kaveri Technologies <hr.desk@kaveritech.example.in>",
      "Acknowledgement: Application for Product Lead - Accessibility", "2026-04-03T10:05:00+05:30",
      """Dear Océane,

Thank you for your interest in Kaveri Technologies. This is to acknowledge the receipt of your application for the Product Lead - Accessibility position.

Our team will go through your profile and revert within 10 working days, if shortlisted.

Warm Regards,
HR Desk
Kaveri Technologies""",
      company="Kaveri Technologies", contact="hr.desk@kaveritech.example.in"),
    M(A, "en", "bamboohr_small_agency", "Fernhill Studio <notifications@bamboohr-mail.test>",
      "Thanks for applying!", "2026-06-15T17:00:00-04:00",
      """Hi Océane,

Thanks for applying for the Senior UX Researcher (Remote) position at Fernhill Studio. We've received your application and our hiring team will review it shortly.

Cheers,
Fernhill Studio Hiring Team""",
      company="Fernhill Studio", contact="", fmt="alt"),
    M(A, "en", "mexican_owned_en_ack", "Careers | Grupo Alondra <careers@grupoalondra.example.mx>",
      "We got your application", "2026-07-09T09:30:00-06:00",
      """Hi Océane,

Thank you for applying to the Digital Experience Manager (Toronto) role at Grupo Alondra. Our talent team has your application and is reviewing it.

Unfortunately we are unable to provide individual feedback at this stage of the process, but we will reach out if there is a match.

Best regards,
Talent Acquisition, Grupo Alondra""",
      company="Grupo Alondra", contact="careers@grupoalondra.example.mx"),
    M(A, "en", "icims_airline_ack", "Polar Air Careers <donotreply@icims-mail.test>",
      "Polar Air - Application Confirmation", "2026-08-27T23:50:00-04:00",
      """Dear Océane,

Thank you for your interest in Polar Air. We have received your application for Manager, Customer Journey Design (Req #26-1187).

What happens next? Our recruiters will carefully review your qualifications. Candidates selected to move forward will be contacted by a member of our team.

Sincerely,
Polar Air Talent Acquisition

This mailbox is not monitored.""",
      company="Polar Air", contact="", fmt="html"),
    M(A, "es", "infojobs_like_empresa_es", "Recursos Humanos Seguros Cantábrico <rrhh@seguroscantabrico.example.es>",
      "Hemos recibido tu candidatura", "2026-02-26T12:30:00+01:00",
      """Hola Océane,

Te confirmamos que hemos recibido tu candidatura para la posición de UX Researcher en Seguros Cantábrico.

Debido al elevado número de candidaturas, no podemos responder de forma individual a cada persona. Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo en las próximas semanas.

Gracias por tu interés,
Equipo de Personas · Seguros Cantábrico""",
      company="Seguros Cantábrico", contact="rrhh@seguroscantabrico.example.es", charset="windows-1252", cte="quoted-printable"),
    M(A, "es", "mexico_workable_recibida", "Nopal Digital <noreply@workable-mail.test>",
      "Recibimos tu solicitud – Product Manager", "2026-05-04T11:55:00-06:00",
      """¡Hola Océane!

Gracias por tu interés en Nopal Digital. Recibimos tu solicitud para Product Manager (Remoto LATAM) y la estaremos revisando.

Saludos,
Equipo de Nopal Digital""",
      company="Nopal Digital", contact="", fmt="html"),
    M(A, "de", "personio_eingang", "Spreeblick Media <noreply@personio-mail.test>",
      "Eingangsbestätigung Ihrer Bewerbung", "2026-03-16T09:30:00+01:00",
      """Sehr geehrte Frau Mbappé-Lindgren,

vielen Dank für Ihre Bewerbung als Product Owner Audience Experience und Ihr Interesse an Spreeblick Media.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen. Bitte haben Sie Verständnis, dass dies einige Zeit in Anspruch nehmen kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Spreeblick Media GmbH""",
      company="Spreeblick Media", contact="", fmt="html"),
    M(A, "de", "stepstone_uni_eingang", "Universität am Rhein – Bewerbungsportal <bewerbungsportal@uni-am-rhein.example.de>",
      "Ihre Bewerbung – Kennziffer 2026/117 – UX-Forscherin (E13)", "2026-06-08T15:05:00+02:00",
      """Sehr geehrte Frau Mbappé-Lindgren,

Ihre Bewerbung auf die Stelle mit der Kennziffer 2026/117 ist bei uns eingegangen. Nach Ablauf der Bewerbungsfrist werden alle Bewerbungen gesichtet. Wir bitten von Nachfragen zum Stand des Verfahrens abzusehen.

Diese E-Mail wurde automatisch erstellt.

Universität am Rhein
Dezernat Personal""",
      company="Universität am Rhein", contact="", charset="iso-8859-1"),
    M(A, "en", "successfactors_odd_format", "Helvetia Rail Group <HRG_Careers@successfactors-mail.test>",
      "Application Confirmation -- Req 10482 -- CUSTOMER INSIGHTS MANAGER", "2026-04-24T02:13:00+02:00",
      """Dear OCEANE,

Thank you for your application to the position  CUSTOMER INSIGHTS MANAGER  (Req ID: 10482) , Location: Geneva ,CH.

We confirm receipt of your application. Your profile will now be reviewed by our Recruiting team .  Should your qualifications match the requirements of the position, we will contact you to discuss the next steps.

Kind Regards
Helvetia Rail Group - Talent Acquisition

*** This is a system generated message. Replies to this mailbox are not read. ***""",
      company="Helvetia Rail Group", contact="", charset="windows-1252", fmt="html"),
    # -- offers --
    M(OFFER, "fr", "offre_verbale_suivi_coop", "Julien Pelletier <julien.pelletier@coopalliance.example.ca>",
      "Suite à notre appel", "2026-04-02T17:10:00-04:00",
      """Bonjour Océane,

Comme je te l'ai dit au téléphone tantôt, on est vraiment heureux de t'offrir le poste d'analyste principale en design de services! Tu trouveras ci-joint la lettre d'offre avec le salaire (92 000 $), les avantages et la date d'entrée proposée du 4 mai.

Prends le temps de la lire, et n'hésite pas si tu as des questions. On aimerait avoir ta réponse d'ici vendredi prochain.

Au plaisir de travailler ensemble!
Julien Pelletier
Directeur, Expérience membre
Coop Alliance""",
      company="Coop Alliance", contact="from", attach="Lettre_offre_OMbappe-Lindgren.pdf", fmt="alt", look="outlook"),
    M(OFFER, "fr", "promesse_embauche_paris", "Camille Dufresne <camille.dufresne@lumen-mobilite.example.fr>",
      "Ta promesse d'embauche 🎉", "2026-05-12T18:05:00+02:00",
      """Océane,

Suite à ton échange avec Arnaud ce matin, j'ai le plaisir de t'envoyer ta promesse d'embauche pour le poste de Product Manager Accessibilité, en CDI, à Paris (télétravail 2j/semaine).

Tu la trouveras en PJ. Elle est à nous retourner signée via Yousign d'ici le 19 mai. Si tu as la moindre question sur le package ou la mutuelle, je suis là !

Trop contente de t'accueillir,
Camille
Lumen Mobilité""",
      company="Lumen Mobilité", contact="from", attach="Promesse_embauche_Mbappe-Lindgren.pdf"),
    M(OFFER, "fr", "offre_conditionnelle_references", "Isabelle Caron <isabelle.caron@uvp.example.ca>",
      "Offre d'emploi conditionnelle – concours 26-112", "2026-08-20T10:40:00-04:00",
      """Madame,

À la suite du processus de sélection, il nous fait plaisir de vous offrir le poste de conseillère en expérience étudiante, conditionnellement à la vérification satisfaisante de vos références et de vos antécédents judiciaires, ainsi qu'à la présentation d'un permis de travail valide.

Vous trouverez ci-joint l'offre détaillée. Nous vous prions de nous faire part de votre décision d'ici le 27 août.

Veuillez agréer, Madame, nos salutations distinguées.

Isabelle Caron, CRHA
Conseillère en dotation
Université du Vieux-Port""",
      company="Université du Vieux-Port", contact="from", attach="Offre_conditionnelle_26-112.pdf", charset="iso-8859-1"),
    M(OFFER, "fr", "contrat_a_signer_bruxelles", "Nathalie Dumont <nathalie.dumont@stib-digitale.example.be>",
      "Votre contrat – à signer", "2026-09-03T11:30:00+02:00",
      """Bonjour Océane,

Comme convenu, vous trouverez en annexe votre contrat de travail à durée indéterminée pour la fonction de Service Designer, ainsi que le règlement de travail.

Pourriez-vous nous renvoyer le contrat signé pour le 10 septembre au plus tard ? Votre premier jour est fixé au 1er octobre.

Bienvenue dans l'équipe !

Bien à vous,
Nathalie Dumont
HR Business Partner
Mobilité Bruxelloise Digitale""",
      company="Mobilité Bruxelloise Digitale", contact="from", attach="Contrat_CDI_MbappeLindgren.pdf", charset="windows-1252"),
    M(OFFER, "fr", "chasseur_offre_client_telephone", "Yannick Bélanger <yannick@talentsnordik.example.ca>",
      "Bonne nouvelle!!", "2026-05-14T12:02:00-04:00",
      """Océane!

Je sors d'un appel avec le client : ils veulent t'offrir le poste de Directrice produit! Ils proposent 118 000 $ + 10 % de boni, 5 semaines de vacances. La lettre d'offre officielle va suivre demain de leur côté.

Appelle-moi quand tu peux, on en jase.

Yannick
Nordik & Cie | 514 555-0177""",
      company="Nordik & Cie", contact="from"),
    M(OFFER, "en", "pleased_to_offer_us", "Marcus Hill <marcus.hill@codasystems.example.com>",
      "Your offer from Coda Systems", "2026-03-04T16:30:00-05:00",
      """Hi Océane,

I'm thrilled to let you know that we're pleased to offer you the position of Senior Product Manager, Accessibility at Coda Systems! Your offer letter is attached and is also available to sign in DocuSign.

Highlights: base salary of USD 168,000, equity, and a start date of April 13, 2026. The offer is contingent on a background check.

Please let me know if you have any questions. We're so excited!

Marcus Hill
Senior Technical Recruiter, Coda Systems""",
      company="Coda Systems", contact="from", attach="Coda_Offer_Letter.pdf", fmt="alt"),
    M(OFFER, "en", "uk_conditional_offer", "Rosalind Pike <rosalind.pike@northgate-homes.example.org.uk>",
      "Conditional offer of employment", "2026-09-24T12:00:00+01:00",
      """Dear Océane,

Further to your recent interview, I am delighted to make you a conditional offer of employment for the post of Senior Service Designer at Northgate Homes.

This offer is subject to the receipt of two satisfactory references and confirmation of your right to work in the UK. Your contract will be issued once these checks are complete.

Please confirm your acceptance by return email.

Kind regards,
Rosalind Pike
Head of Digital Services
Northgate Homes""",
      company="Northgate Homes", contact="from", fmt="alt", look="outlook"),
    M(OFFER, "en", "finnish_offer_short", "Mikko Lehtinen <mikko.lehtinen@saunasoft.example.fi>",
      "Offer", "2026-08-26T14:45:00+03:00",
      """Hi Océane,

Great news - the team would like to offer you the Senior Product Manager role! Contract attached: remote from Montreal via our EOR partner, CAD 135k, start 1 October. Have a look and let's talk tomorrow.

Br,
Mikko""",
      company="SaunaSoft", contact="from", attach="SaunaSoft_employment_contract.pdf"),
    M(OFFER, "es", "oferta_barcelona", "Núria Soler <nuria.soler@trenscatalunya-digital.example.es>",
      "Propuesta de incorporación", "2026-09-25T13:00:00+02:00",
      """Hola Océane,

¡Enhorabuena! Tras la segunda entrevista, nos complace ofrecerte el puesto de Product Owner Experiencia Viajero. Te adjunto la carta oferta con las condiciones: contrato indefinido, 58.000 € brutos anuales y modelo híbrido.

¿Podrías confirmarnos tu respuesta antes del 2 de octubre?

Un abrazo,
Núria Soler
Trens Catalunya Digital""",
      company="Trens Catalunya Digital", contact="from", attach="Carta_oferta.pdf"),
    M(OFFER, "de", "angebot_vertrag_sie", "Jana Weiß <jana.weiss@fahrwerk-mobility.example.de>",
      "Dein Vertragsangebot", "2026-05-08T16:20:00+02:00",
      """Hi Océane,

wir freuen uns riesig: Wir möchten Dir die Stelle als Product Manager Accessibility anbieten! Im Anhang findest Du Deinen Arbeitsvertrag (unbefristet, 78.000 € p.a., Start 1. Juli).

Schick ihn uns gerne bis zum 15. Mai unterschrieben zurück, oder melde Dich, wenn Du Fragen hast.

Viele Grüße
Jana
Fahrwerk Mobility""",
      company="Fahrwerk Mobility", contact="from", attach="Arbeitsvertrag_Mbappe-Lindgren.pdf",
      quote=quoted("Am Do., 30. Apr. 2026 um 17:02 Uhr schrieb Océane Mbappé-Lindgren <oceane.ml@example.ca>:",
                   "Hallo Jana,\nvielen Dank für das tolle Gespräch mit dem Team heute!\nLiebe Grüße\nOcéane")),
]
