"""Rejections for the eighty-eighth corpus (data only; see make_eightyeighth.py)."""

from msgs88_base import m, quoted

R = "rejection"

MESSAGES = [
    m(R, "workday_bank_dpo", "fr",
      "Groupe Banque Rhodanienne <rhodanienne@myworkday.com>",
      "Votre candidature - Data Protection Officer Adjoint (R-00418)",
      """Bonjour Mathis,

Nous vous remercions de l'intérêt que vous portez au Groupe Banque Rhodanienne et pour votre candidature au poste de Data Protection Officer Adjoint (R-00418) basé à Lyon.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre profil n'a pas été retenu pour la suite du processus.

Nous conservons vos coordonnées dans notre base et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil venait à se présenter.

Nous vous souhaitons pleine réussite dans vos recherches.

La Direction des Ressources Humaines
Groupe Banque Rhodanienne

*** Ceci est un message automatique, merci de ne pas y répondre. ***""",
      company="Groupe Banque Rhodanienne", fmt="alt", cte="qp"),

    m(R, "cabinet_associe_terse", "fr",
      "Hélène Marchetti <h.marchetti@marchetti-avocats.example.fr>",
      "Re: candidature collaborateur conformité",
      """Bonjour Monsieur,

Merci pour votre venue jeudi. Apres reflexion avec mon associé nous ne donnerons pas suite, nous cherchons finalement un profil plus contentieux.

Bien à vous,
HM

Hélène Marchetti
Avocate associée - Marchetti & Roux Avocats
12 rue de la Bourse, 69002 Lyon
Tél. 04 72 00 11 22""",
      company="Marchetti & Roux Avocats", contact="h.marchetti@marchetti-avocats.example.fr",
      thread="candidature collaborateur conformité",
      quote=quoted("fr", "Mathis Ouedraogo-Laurent <mathis.ol@example.fr>",
                   "ven. 6 févr. 2026 à 18:02",
                   "Maître,\nJe vous remercie encore pour l'échange de jeudi et reste à votre disposition.\nBien cordialement,\nMathis"),
      date="2026-02-09 19:40 +0100"),

    m(R, "greenhouse_fintech_soft", "en",
      "Lumenpay Hiring Team <no-reply@us.greenhouse-mail.io>",
      "Your application to Lumenpay",
      """Hi Mathis,

Thank you so much for your interest in the Privacy Counsel, EMEA role at Lumenpay and for the time you invested in the process.

We've received a high number of strong applications and after careful consideration we've decided to pursue other candidates whose background more closely aligns with what we need right now.

We'll keep your details on file and encourage you to apply again for future roles that match your experience.

Best of luck in your search,
The Lumenpay Talent Team""",
      company="Lumenpay", fmt="alt"),

    m(R, "agency_relay_chasseur", "fr",
      "Clémence Vauquelin <clemence@altitude-search.example.fr>",
      "ASSET MANAGER - retour",
      """Hello Mathis,

Je reviens vers toi concernant le poste de Responsable Conformité chez Ostrea Gestion. J'ai eu le retour du client ce matin : ils ont choisi de poursuivre avec un autre candidat, qui a une expérience plus longue en RCCI et la certification AMF déjà en poche.

Honnêtement ton entretien s'est bien passé, ils ont apprécié ton approche sur les sujets LCB-FT, mais c'était vraiment serré.

Je garde ton profil sous le coude, j'ai d'autres missions qui arrivent en septembre. On s'appelle la semaine pro ?

Belle journée,
Clémence

Clémence Vauquelin | Associate Director
Altitude Search - Executive Search Banque & Finance
+33 6 12 34 56 78""",
      company="Ostrea Gestion", contact="clemence@altitude-search.example.fr",
      date="2026-02-24 10:48 +0100"),

    m(R, "successfactors_insurer_de", "de",
      "Rheinland Versicherungsgruppe <careers@successfactors.eu>",
      "Ihre Bewerbung als Datenschutzkoordinator (m/w/d) - Job-ID 77213",
      """Sehr geehrter Herr Ouedraogo-Laurent,

vielen Dank für Ihr Interesse an der Rheinland Versicherungsgruppe und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Rheinland Versicherungsgruppe AG

Diese E-Mail wurde automatisch generiert.""",
      company="Rheinland Versicherungsgruppe", charset="iso-8859-1", cte="qp",
      subject_charset="iso-8859-1"),

    m(R, "mobile_one_liner_en", "en",
      "Tom Haddleton <tom.h@brightwell-energy.example.co.uk>",
      "Re: ESG reporting lead",
      """Hi Mathis - thanks for your time but we won't be moving forward. Good luck.

Sent from my iPhone""",
      company="Brightwell Energy", contact="tom.h@brightwell-energy.example.co.uk",
      thread="ESG reporting lead",
      quote=quoted("gmail", "Mathis Ouedraogo-Laurent <mathis.ol@example.fr>",
                   "Mon, 9 Mar 2026 at 10:14",
                   "Hi Tom,\nJust checking in on the ESG Reporting Lead role after our call last week.\nBest,\nMathis"),
      date="2026-03-10 07:58 +0000"),

    m(R, "role_on_hold_fr", "fr",
      "Sandrine Perrault <sandrine.perrault@groupe-valcor.example.fr>",
      "Poste Juriste Conformité - point d'étape",
      """Bonjour Mathis,

Je me permets de revenir vers vous suite à nos échanges concernant le poste de Juriste Conformité.

Suite à une réorganisation interne de la Direction Juridique, le recrutement est gelé jusqu'à nouvel ordre et nous ne poursuivrons pas le processus pour ce poste. Je suis sincèrement désolée de ce contretemps, d'autant que vos entretiens avaient été très positifs.

Si le poste venait à être réouvert, je vous recontacterai en priorité.

Cordialement,

Sandrine Perrault
Chargée de recrutement
VALCOR Industries
Direction des Ressources Humaines - Site de Villeurbanne""",
      company="VALCOR Industries", contact="sandrine.perrault@groupe-valcor.example.fr",
      fmt="alt",
      date="2026-03-20 11:05 +0100"),

    m(R, "taleo_pharma_en", "en",
      "Careers <careers.noreply@taleo.net>",
      "Novacyte Pharmaceuticals - Regulatory Compliance Manager - Application Status",
      """Dear Mathis Ouedraogo-Laurent,

Thank you for your interest in career opportunities with Novacyte Pharmaceuticals.

We regret to inform you that your application for the position of Regulatory Compliance Manager (Req. 2600412) has not been selected for further consideration. The position has been filled by a candidate whose qualifications more closely match the requirements of the role.

We encourage you to continue to visit our Career Section at http://novacyte.taleo.net/careersection for other opportunities.

Sincerely,

Novacyte Pharmaceuticals Talent Acquisition

PLEASE DO NOT REPLY TO THIS MESSAGE. THIS MAILBOX IS NOT MONITORED.""",
      company="Novacyte Pharmaceuticals", fmt="html"),

    m(R, "after_case_study_fr", "fr",
      "Julien Ferrand <jferrand@parthenay-conseil.example.fr>",
      "Suite étude de cas",
      """Bonjour Mathis,

Merci d'avoir pris le temps de préparer l'étude de cas sur la cartographie des risques, et pour la présentation orale de mardi.

Nous avons apprécié la qualité de votre travail, mais nous avons décidé de retenir une candidature dont l'expérience en audit interne correspond davantage au besoin de l'équipe. Je sais que ce n'est pas la réponse que vous espériez.

Si vous le souhaitez, je peux vous faire un retour plus détaillé par téléphone.

Bien cordialement,
Julien Ferrand
Directeur Audit & Risques
Parthenay Conseil
06 45 22 18 90""",
      company="Parthenay Conseil", contact="jferrand@parthenay-conseil.example.fr"),

    m(R, "lever_scaleup_blunt", "en",
      "Kestrel Labs <no-reply@hire.lever.co>",
      "Kestrel Labs | Legal Ops Manager",
      """Hi Mathis,

Thanks for applying to Kestrel Labs. Unfortunately we are not able to move forward with your application at this time.

We appreciate your interest and wish you the best.

Kestrel Labs""",
      company="Kestrel Labs", reply_to="no-reply@hire.lever.co",
      date="2026-02-13 10:00 +0000"),

    m(R, "indian_english_regret", "en",
      "Priya Raghunathan <priya.r@vantara-gbs.example.in>",
      "Application - Internal Audit Lead (Brussels)",
      """Dear Mathis,

Greetings from Vantara Global Business Services!

This is with reference to your application and subsequent discussion with our panel on 16th April. We regret to inform you that we shan't be progressing your candidature further as the panel felt the requirement is more towards SOX testing experience.

We thank you for the time and interest shown and wish you all success in your future endeavours.

Kindly revert in case of any queries.

Warm Regards,
Priya Raghunathan
Talent Acquisition - EMEA
Vantara Global Business Services Pvt. Ltd.
M: +91 98450 11223

DISCLAIMER: This e-mail and any attachment are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete it. Any unauthorised use is prohibited.""",
      company="Vantara Global Business Services", contact="priya.r@vantara-gbs.example.in",
      date="2026-04-22 12:41 +0530"),

    m(R, "public_body_lettre", "fr",
      "Bureau du recrutement <recrutement.rh@region-grandest.example.fr>",
      "Votre candidature - Référent RGPD (cat. A) - réf. 2026-114",
      """Monsieur,

Vous avez bien voulu présenter votre candidature au poste de Référent RGPD (catégorie A) au sein de la Direction des Systèmes d'Information de la Région.

J'ai le regret de vous faire savoir que le jury, réuni le 12 mai 2026, n'a pas retenu votre candidature.

Je vous remercie de l'intérêt que vous avez manifesté pour notre collectivité et vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Pour le Président et par délégation,
La Directrice des Ressources Humaines
Région Grand Est""",
      company="Région Grand Est", charset="iso-8859-1", cte="8bit", attach="courrier_reponse.pdf",
      date="2026-05-15 10:00 +0200"),

    m(R, "teamtailor_startup_fr", "fr",
      "Greenloop <notifications@teamtailor-mail.com>",
      "Ta candidature chez Greenloop",
      """Salut Mathis,

Merci pour ta candidature au poste de Responsable ESG & Reporting extra-financier chez Greenloop 🌱

On a pris le temps de lire ton profil avec attention. Malheureusement, on ne va pas aller plus loin cette fois-ci : on cherche quelqu'un avec plus d'expérience directe sur la CSRD côté production de rapport.

On te souhaite le meilleur pour la suite !

L'équipe Greenloop""",
      company="Greenloop", fmt="alt"),

    m(R, "german_agency_absage", "de",
      "Katrin Albers <k.albers@nordlicht-personal.example.de>",
      "AW: Compliance Officer Frankfurt",
      """Hallo Herr Ouedraogo-Laurent,

leider habe ich keine guten Nachrichten: Mein Kunde, die Taunus Privatbank, hat sich für einen anderen Kandidaten entschieden, der bereits über BaFin-Erfahrung verfügt.

Ich melde mich gerne, sobald ich eine passende Position habe.

Viele Grüße
Katrin Albers
Senior Consultant | Nordlicht Personalberatung GmbH
Tel. +49 69 1234 5670""",
      company="Taunus Privatbank", contact="k.albers@nordlicht-personal.example.de",
      thread="Compliance Officer Frankfurt",
      quote=quoted("de", "Mathis Ouedraogo-Laurent <mathis.ol@example.fr>",
                   "Di., 17. März 2026 um 09:41",
                   "Guten Tag Frau Albers,\ngibt es schon Neuigkeiten von Ihrem Kunden?\nBeste Grüße\nMathis Ouedraogo-Laurent"),
      date="2026-03-18 16:22 +0100"),

    m(R, "spanish_formal_rechazo", "es",
      "Selección Talento <seleccion@grupo-ibercaja-seguros.example.es>",
      "Proceso de selección - Responsable de Cumplimiento Normativo",
      """Estimado Mathis:

Queremos agradecerle su participación en el proceso de selección para el puesto de Responsable de Cumplimiento Normativo en nuestra sede de Madrid.

Tras valorar detenidamente todas las candidaturas, lamentamos comunicarle que en esta ocasión no ha sido seleccionado para continuar en el proceso.

Guardaremos su currículum en nuestra base de datos para futuras vacantes.

Reciba un cordial saludo,

Departamento de Personas
Iberia Mutua Seguros""",
      company="Iberia Mutua Seguros",
      charset="windows-1252", cte="qp"),

    m(R, "smartrecruiters_luxury", "fr",
      "Maison Averline <no-reply@smartrecruiters.com>",
      "Maison Averline - Votre candidature Juriste Propriété Intellectuelle & Conformité",
      """Bonjour Mathis,

Nous vous remercions pour l'intérêt que vous portez à la Maison Averline.

Nous avons étudié votre candidature avec la plus grande attention. Cependant, nous sommes au regret de vous annoncer que nous avons choisi de privilégier d'autres profils, plus en adéquation avec les exigences du poste.

Nous vous souhaitons beaucoup de succès dans vos projets professionnels.

Bien à vous,
Les équipes Talent Acquisition
Maison Averline - Paris""",
      company="Maison Averline", fmt="html"),

    m(R, "uk_after_final_round", "en",
      "Fiona McAllister <fiona.mcallister@harcourt-wealth.example.co.uk>",
      "Following up",
      """Dear Mathis,

Thank you for coming in to meet Richard and myself for the final stage last Wednesday. I'm afraid I have to let you know that we have decided to offer the role to another candidate who had slightly more direct experience of the FCA Consumer Duty work.

It was a genuinely close decision and we were impressed with your preparation. I'd be happy to give you some feedback over the phone if that would be useful - just let me know a time.

Kind regards,

Fiona McAllister
Head of Compliance
Harcourt Wealth Management
T: +44 20 7946 0321

Harcourt Wealth Management Limited is authorised and regulated by the Financial Conduct Authority. This email is confidential and intended solely for the addressee.""",
      company="Harcourt Wealth Management", contact="fiona.mcallister@harcourt-wealth.example.co.uk",
      fmt="alt",
      date="2026-04-27 17:30 +0100"),

    m(R, "quebec_poste_comble", "fr",
      "Geneviève Tremblay <gtremblay@caisse-laurentides.example.ca>",
      "Affichage 26-0317 - Conseiller(ère) principal(e), conformité",
      """Bonjour Mathis,

Merci d'avoir postulé pour l'affichage 26-0317. Je voulais t'informer que le poste a été comblé à l'interne la semaine dernière, donc on ne pourra pas donner suite à ta candidature.

Je te souhaite bonne chance dans tes démarches, et n'hésite pas à surveiller notre site carrières.

Bonne fin de journée!
Geneviève Tremblay
Conseillère en acquisition de talents
Caisse Laurentides""",
      company="Caisse Laurentides", contact="gtremblay@caisse-laurentides.example.ca"),

    m(R, "belgian_bav_short", "fr",
      "Olivier Deprez <olivier.deprez@mutualia-be.example.be>",
      "candidature",
      """Bonjour,

Merci pour votre candidature pour le poste de DPO. Nous avons retenu un autre profil, plus proche du secteur mutualiste.

Bàv,
Olivier Deprez
Mutualia - Chef de service Juridique
Rue de la Loi 20, 1000 Bruxelles""",
      company="Mutualia", contact="olivier.deprez@mutualia-be.example.be"),

    m(R, "icims_hospital_en", "en",
      "St. Brendan's University Hospital <stbrendans@talent.icims.com>",
      "Update regarding your application",
      """Dear Mathis,

Thank you for your interest in the Information Governance & Data Protection Lead position with St. Brendan's University Hospital.

After reviewing your application, we have determined that other applicants' qualifications better meet the needs of this position at this time. Your candidate profile will remain active, and we invite you to continue exploring opportunities with us.

Regards,
Talent Acquisition
St. Brendan's University Hospital""",
      company="St. Brendan's University Hospital", fmt="alt", cte="qp"),

    m(R, "cabinet_recrutement_anglicismes", "fr",
      "Romain Delcour <romain.delcour@hunteo-partners.example.fr>",
      "Feedback client - Head of Legal Ops",
      """Hello Mathis,

Petit feedback suite à ton call avec la CFO de Nexalis : elle a trouvé ton profil top mais ils partent finalement sur un profil plus "business partner", avec un background tech/SaaS plus marqué. Donc c'est un no-go pour cette fois malheureusement.

Je reste dispo si tu veux débriefer, et je te tiens au courant dès que j'ai un autre mandat qui matche.

Cheers,
Romain
Hunteo Partners - Legal & Compliance practice
07 81 22 43 10""",
      company="Nexalis", contact="romain.delcour@hunteo-partners.example.fr"),

    m(R, "swiss_ville_geneve", "fr",
      "Service des ressources humaines <rh-postulation@ville-ge.example.ch>",
      "Votre postulation - Juriste spécialisé-e en protection des données (80-100%)",
      """Monsieur,

Nous accusons réception de votre dossier et vous remercions de l'intérêt porté à notre administration.

Après examen attentif, nous regrettons de vous informer que votre postulation n'a pas été retenue, d'autres candidatures correspondant plus étroitement au profil recherché.

Nous vous prions de croire, Monsieur, à l'assurance de notre considération distinguée.

Ville de Genève
Département des finances, de l'environnement et du logement
Service des ressources humaines""",
      company="Ville de Genève", charset="iso-8859-1", cte="qp", subject_charset="iso-8859-1"),

    m(R, "workable_cancelled_role", "en",
      "Hollis & Wren <noreply@candidates.workablemail.com>",
      "Risk & Controls Analyst at Hollis & Wren",
      """Hello Mathis,

We wanted to let you know that the Risk & Controls Analyst position has been cancelled due to a change in business priorities, and we will therefore not be proceeding with any applications for it.

We're sorry for any disappointment and appreciate the time you took to apply.

Kind regards,
Hollis & Wren Recruitment""",
      company="Hollis & Wren", fmt="alt"),

    m(R, "ey_style_bigfour_fr", "fr",
      "Talent Acquisition <ne-pas-repondre@carrieres.mazard-audit.example.fr>",
      "Mazard Audit & Conseil - Suite de votre candidature",
      """Bonjour Mathis,

Merci pour votre candidature au poste de Manager Risk Advisory - Conformité réglementaire et pour le temps que vous avez consacré à nos échanges.

Malheureusement, nous ne sommes pas en mesure de donner une suite favorable à votre candidature. Nous avons en effet reçu de très nombreux profils de qualité et avons dû faire des choix difficiles.

Votre candidature restera dans notre vivier pendant 24 mois.

Bien cordialement,
L'équipe Talent Acquisition Mazard

Mazard Audit & Conseil - Société d'expertise comptable inscrite au Tableau de l'Ordre. Ce message et toutes ses pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.""",
      company="Mazard Audit & Conseil", fmt="html", cte="b64"),

    m(R, "spanish_casual_recruiter", "es",
      "Lucía Ortega <lucia@talentia-rrhh.example.es>",
      "Re: Oferta Analista de Riesgos",
      """Hola Mathis!

Te escribo para contarte que finalmente el cliente (Banco Meridiano) ha decidido seguir con otros perfiles que tienen más experiencia en riesgo de crédito. Una pena porque me encajabas mucho!!

Te guardo en mi radar para próximas posiciones, ¿vale?

Un abrazo,
Lucía Ortega
Talentia RRHH · Consultora Senior
+34 611 22 33 44""",
      company="Banco Meridiano", contact="lucia@talentia-rrhh.example.es",
      thread="Oferta Analista de Riesgos",
      quote=quoted("es", "Mathis Ouedraogo-Laurent (<mathis.ol@example.fr>)",
                   "mar, 21 abr 2026 a las 16:20",
                   "Hola Lucía,\n¿Sabes algo del cliente?\nGracias,\nMathis"),
      date="2026-04-22 13:15 +0200"),

    m(R, "chu_lettre_formelle", "fr",
      "DRH - Cellule recrutement <drh.recrutement@chu-nantes.example.fr>",
      "Réponse à votre candidature - Délégué(e) à la protection des données",
      """Monsieur Ouedraogo-Laurent,

Nous faisons suite à votre entretien du 3 juin dernier pour le poste de Délégué(e) à la protection des données au sein de notre établissement.

Nous sommes au regret de vous informer que la commission de recrutement a porté son choix sur une autre candidature.

Nous vous remercions de l'intérêt porté au CHU et vous prions d'agréer nos salutations distinguées.

Pour le Directeur Général,
La Directrice des Ressources Humaines
Centre Hospitalier Universitaire de Nantes""",
      company="Centre Hospitalier Universitaire de Nantes",
      charset="windows-1252", cte="8bit",
      date="2026-06-12 09:30 +0200"),

    m(R, "german_mittelstand_after_interview", "de",
      "Andrea Köhler <andrea.koehler@hessen-logistik.example.de>",
      "Ihre Bewerbung / unser Gespräch vom 8. Juli",
      """Sehr geehrter Herr Ouedraogo-Laurent,

nochmals vielen Dank für das angenehme Gespräch. Wir haben uns die Entscheidung nicht leicht gemacht, uns letztlich aber für eine Kandidatin entschieden, deren Profil noch besser zu unseren Anforderungen im Bereich Internal Audit passt.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen viel Erfolg.

Freundliche Grüße

Andrea Köhler
Leiterin Personal
Hessen Logistik Gruppe
Tel.: 069 4455 210

Hessen Logistik GmbH & Co. KG | Sitz: Frankfurt am Main | Amtsgericht Frankfurt HRA 12345""",
      company="Hessen Logistik Gruppe", contact="andrea.koehler@hessen-logistik.example.de",
      fmt="alt", cte="qp",
      date="2026-07-14 15:02 +0200"),

    m(R, "australian_owned_casual", "en",
      "Jess Whitaker <jess.whitaker@coralbay-resources.example.com.au>",
      "Re: your application",
      """Hi Mathis,

Cheers for getting back to me. Unfortunately we've gone with someone based in Sydney for the ESG reporting role - the team decided they really need someone in the AEST timezone after all. Sorry mate, I know you were keen.

All the best with it,
Jess

Jess Whitaker | People & Culture
Coral Bay Resources
+61 2 9000 1234""",
      company="Coral Bay Resources", contact="jess.whitaker@coralbay-resources.example.com.au",
      thread="your application",
      quote=quoted("outlook", "Mathis Ouedraogo-Laurent", "Tuesday, 2 June 2026 8:03 AM",
                   "Hi Jess,\nHappy to work Sydney hours for part of the week if that helps.\nKind regards,\nMathis",
                   subject="RE: your application"),
      date="2026-06-03 09:12 +1000"),

    m(R, "flatchr_retail_fr", "fr",
      "Orfée Distribution <noreply@flatchr.io>",
      "Orfée Distribution - Auditeur interne H/F",
      """Bonjour Mathis Ouedraogo-Laurent,

Vous avez postulé à notre offre Auditeur interne H/F et nous vous en remercions.

Nous avons le regret de vous informer que nous ne pourrons pas donner suite à votre candidature, votre profil ne correspondant pas tout à fait à nos attentes actuelles.

Cordialement,
L'équipe Orfée Distribution""",
      company="Orfée Distribution", fmt="html"),
]
