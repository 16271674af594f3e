"""Application acknowledgements and offers of the sixty-sixth corpus (data only, by hand)."""

from make_sixtysixth import Msg as M

ACK = "application_received"
OFFER = "offer"

MESSAGES = [
    # ---------------- acknowledgements: French ----------------
    M(ACK, "workday_accuse_fr", "fr", "Aérolis Engines",
      "Aérolis Engines <aerolis@myworkday.example.com>",
      "Aérolis Engines - Confirmation de candidature R-0045821",
      "2026-01-22 21:03 +0100",
      """Bonjour Théo Marchetti-Nguyen,

Merci d'avoir postulé au poste Ingénieur Qualité Fournisseurs H/F (R-0045821).

Votre candidature a bien été transmise à l'équipe de recrutement, qui l'étudiera avec attention. Vous pouvez suivre son avancement à tout moment depuis votre espace candidat :
https://aerolis.myworkday.example.com/fr-FR/careers/userHome

Cordialement,
Acquisition de Talents – Aérolis Engines

Ceci est un message automatique, merci de ne pas y répondre.
""", fmt="html", skin=0, contact=""),
    M(ACK, "volume_pas_de_reponse_individuelle", "fr", "Groupe Mécavia",
      "Mécavia Talents <talents@mecavia.example.com>",
      "Nous avons bien reçu votre candidature",
      "2026-04-24 13:37 +0200",
      """Bonjour Théo,

Nous vous remercions pour votre candidature au poste de Supplier Quality Engineer (Figeac) et pour l'intérêt que vous portez au Groupe Mécavia.

Votre dossier va être étudié avec attention par nos équipes. En raison du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles : si vous n'avez pas de nouvelles de notre part d'ici quatre semaines, vous pourrez considérer que nous ne sommes pas en mesure de donner une suite favorable.

Bien cordialement,
L'équipe Recrutement
Groupe Mécavia
""", fmt="alt", skin=3),
    M(ACK, "apec_transmise", "fr", "Sillon Énergies",
      "APEC <candidatures-noreply@apec.example.fr>",
      "Votre candidature a bien été envoyée à Sillon Énergies",
      "2026-02-02 08:14 +0100",
      """Bonjour Théo,

Votre candidature à l'offre « Chef de projet amélioration continue H/F » (Sillon Énergies — Nantes) a bien été transmise au recruteur le 02/02/2026.

Retrouvez toutes vos candidatures dans votre espace « Mes candidatures ».

Bonne recherche !
L'équipe Apec
""", fmt="html", skin=3, contact=""),
    M(ACK, "cegid_accuse_feedback", "fr", "Ferrovia Ingénierie",
      "Ferrovia Ingénierie <ne-pas-repondre@cegid-talentsoft.example.com>",
      "Accusé de réception de votre candidature",
      "2026-05-18 10:30 +0200",
      """Madame, Monsieur,

Nous accusons bonne réception de votre candidature au poste de Ingénieur Qualité Projets - Tarbes (F/H) et vous en remercions.

Celle-ci retient toute notre attention et sera examinée par nos équipes dans les meilleurs délais. Si votre profil correspond à nos besoins, nous reviendrons vers vous pour convenir d'un premier échange.

Nous vous informons que nous ne sommes malheureusement pas en mesure de fournir un retour personnalisé à ce stade.

Ferrovia Ingénierie - Direction des Ressources Humaines
""", charset="windows-1252", cte="quoted-printable", contact=""),
    M(ACK, "hellowork_postule", "fr", "Batival Industries",
      "HelloWork <candidature@hellowork.example.com>",
      "Candidature envoyée : Responsable Qualité Production H/F",
      "2026-03-09 19:51 +0100",
      """Félicitations Théo, votre candidature est partie !

Responsable Qualité Production H/F
Batival Industries — Montauban (82)
CDI · 45 - 52 K€ / an

Le recruteur a été notifié. Vous serez prévenu(e) dès qu'il aura consulté votre CV.

Conseil HelloWork : relancez le recruteur une semaine après votre candidature.
""", fmt="html", skin=3, contact=""),
    M(ACK, "mail_rh_humain_bien_recu", "fr", "Sud Fonderie Précision",
      "Isabelle Marty <isabelle.marty@sudfonderie.example.fr>",
      "RE: Candidature spontanée - qualité / amélioration continue",
      "2026-02-20 11:09 +0100",
      """Bonjour Monsieur Marchetti-Nguyen,

J'ai bien reçu votre candidature spontanée et je vous en remercie. Je la transmets à notre responsable qualité, M. Casteran, qui reviendra vers vous s'il identifie un besoin correspondant à votre profil dans les prochaines semaines.

Cordialement,
Isabelle Marty
Assistante RH
SUD FONDERIE PRÉCISION
ZI de Bordeneuve — 65100 Lourdes
Tél : 05 62 00 33 10

-----Message d'origine-----
De : Théo Marchetti-Nguyen
Envoyé : mercredi 18 février 2026 22:40
Objet : Candidature spontanée - qualité / amélioration continue
""", thread="theo_sudfonderie_spont"),
    M(ACK, "place_emploi_public", "fr", "CNRS",
      "Place de l'emploi public <notification@place-emploi-public.example.gouv.fr>",
      "Confirmation de dépôt de candidature - Ingénieur qualité (CNRS - Délégation Occitanie Ouest)",
      "2026-06-04 16:12 +0200",
      """Bonjour,

Votre candidature pour l'offre « Ingénieur·e en management de la qualité » (CNRS — Délégation Occitanie Ouest, Toulouse) a bien été enregistrée.

Numéro de suivi : PEP-2026-118842

L'employeur est seul responsable de la suite donnée à votre candidature.

Place de l'emploi public
""", charset="iso-8859-1", cte="quoted-printable", contact=""),
    M(ACK, "esn_bien_recu_tu", "fr", "Altitude Conseil",
      "Yanis Ferhat <yanis.ferhat@altitude-conseil.example.fr>",
      "Bien reçu ton CV",
      "2026-05-12 09:02 +0200",
      """Hello Théo,

Bien reçu ton CV via le site, merci ! Je regarde ça avec les managers aéro cette semaine et je reviens vers toi.

Bonne journée
Yanis
Business Manager Aéro — Altitude Conseil
"""),
    M(ACK, "smartrecruiters_fr_delai", "fr", "Vialis Ferroviaire",
      "Vialis Ferroviaire <noreply@smartrecruiters.example.com>",
      "Merci pour votre candidature chez Vialis Ferroviaire",
      "2026-07-13 06:44 +0200",
      """Bonjour Théo,

Merci pour votre intérêt pour le poste Ingénieur Sécurité Ferroviaire & Certification (Valenciennes).

Nous avons bien reçu votre candidature. Nos équipes étudient chaque dossier avec soin ; le délai de traitement est généralement de 2 à 3 semaines. Nous reviendrons vers vous quelle que soit l'issue.

Cordialement,
L'équipe Talent Acquisition de Vialis Ferroviaire
""", fmt="alt", skin=0, contact=""),
    M(ACK, "belge_accuse", "fr", "Meuse Aero Parts",
      "Meuse Aero Parts - Jobs <jobs@meuseaero.example.be>",
      "Accusé de réception",
      "2026-08-31 10:00 +0200",
      """Cher candidat,

Nous avons bien reçu votre candidature pour la fonction de Quality Manager et nous vous en remercions.

Nous examinons actuellement les différentes candidatures et nous ne manquerons pas de reprendre contact avec vous dans les meilleurs délais.

Bien à vous,
Le service du personnel
Meuse Aero Parts
Liège Airport Business Park
"""),
    # ---------------- acknowledgements: English ----------------
    M(ACK, "greenhouse_thanks_en", "en", "Arclight Aerospace",
      "Arclight Aerospace <no-reply@greenhouse-mail.example.io>",
      "Thank you for applying to Arclight Aerospace",
      "2026-02-05 23:18 +0000",
      """Hi Théo,

Thanks for applying to Arclight Aerospace! Your application for Senior Supplier Quality Engineer has been received and our team will review it shortly.

If your experience is a match, someone from our recruiting team will be in touch to discuss next steps.

Due to the volume of applications we receive, we are unable to respond to every applicant individually.

Best,
Arclight Aerospace Talent Team
""", fmt="alt", skin=0, contact=""),
    M(ACK, "uk_taleo_ack", "en", "Brackley Aero Systems",
      "Brackley Aero Systems <do-not-reply@taleo.example.net>",
      "Brackley Aero Systems - Application Acknowledgement - Req 26-0199",
      "2026-03-02 14:00 +0000",
      """Dear Théo Marchetti-Nguyen,

Thank you for your application for the position of Continuous Improvement Lead (Req 26-0199).

We confirm that your application has been received and will be reviewed by the recruiting team.  Should your profile be shortlisted, a member of the team will contact you.

Please note that unfortunately we are unable to provide individual feedback at this stage.

Yours sincerely,

Resourcing Team
Brackley Aero Systems

*** This is an automatically generated e-mail, please do not reply ***
""", fmt="html", skin=1, contact=""),
    M(ACK, "lever_ack_en", "en", "Helix Mobility",
      "Helix Mobility <no-reply@hire.lever.example.co>",
      "Thanks for your application to Helix Mobility",
      "2026-05-29 12:01 +0200",
      """Théo,

Thank you for your interest in Helix Mobility! We wanted to let you know we received your application for Supplier Industrialisation Lead, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role.

Regards,
Helix Mobility
""", fmt="html", skin=2, contact=""),
    M(ACK, "india_received_ref", "en", "Shrivanta Engineering Services",
      "HR Team Shrivanta <careers@shrivanta.example.in>",
      "Acknowledgement of your application - Ref SES/2026/441",
      "2026-03-27 10:10 +0530",
      """Dear Théo,

Thank you for applying to Shrivanta Engineering Services. This is to acknowledge receipt of your CV for the position Lead - Supplier Quality (Aerospace).

Our Talent Acquisition team will go through your profile and get back to you if it matches the requirement.

Warm Regards,
Talent Acquisition Team
Shrivanta Engineering Services
"""),
    M(ACK, "workable_ack_japanese", "en", "Kanazawa Precision Europe",
      "Kanazawa Precision Europe <noreply@workablemail.example.com>",
      "Application received: Quality Engineer",
      "2026-04-30 08:16 +0200",
      """Dear Théo,

We would like to thank you for your application for the Quality Engineer position at Kanazawa Precision Europe.

Your application was successfully received. We will review your application carefully and contact you if your profile fits our needs.

Best regards,
Kanazawa Precision Europe Recruitment
""", fmt="alt", skin=0, contact="", cte="base64"),
    M(ACK, "linkedin_easy_apply_sent", "en", "Tessellate Space",
      "LinkedIn <jobs-noreply@linkedin.example.com>",
      "Théo, your application was sent to Tessellate Space",
      "2026-06-26 18:30 +0200",
      """Your application was sent to Tessellate Space

Mission Assurance Engineer
Tessellate Space · Toulouse, Occitanie, France (Hybrid)

Applied on June 26, 2026

Now, take these next steps for more success with your job search:
View similar jobs: https://www.linkedin.example.com/jobs/similar/88144

You are receiving Jobs emails. Unsubscribe: https://www.linkedin.example.com/e/unsub/jobs
""", fmt="html", skin=3, contact="",
      headers={"List-Unsubscribe": "<https://www.linkedin.example.com/e/unsub/jobs>"}),
    # ---------------- acknowledgements: Spanish / German ----------------
    M(ACK, "es_inscripcion_recibida", "es", "Aerotécnica del Guadalquivir",
      "Aerotécnica del Guadalquivir <empleo-noreply@aerotecnica-gq.example.es>",
      "Hemos recibido tu candidatura",
      "2026-04-09 11:20 +0200",
      """Hola Théo,

¡Gracias por tu interés en Aerotécnica del Guadalquivir! Hemos recibido correctamente tu candidatura para la posición de Ingeniero/a de Calidad Proveedores (Sevilla).

Nuestro equipo de Selección revisará tu perfil. Debido al gran volumen de solicitudes, solo contactaremos con las personas cuyo perfil se ajuste a los requisitos.

Un saludo,
Equipo de Selección
""", fmt="html", skin=0, contact="", cte="base64"),
    M(ACK, "es_humano_recibido", "es", "Bética Composites",
      "Marta Delgado <marta.delgado@betica-composites.example.es>",
      "RE: Candidatura Responsable de Industrialización",
      "2026-06-19 13:45 +0200",
      """Buenas tardes Théo,

Confirmamos la recepción de su candidatura. La revisaremos junto con la dirección de planta y le contactaremos en cuanto tengamos novedades.

Un cordial saludo,
Marta Delgado
Recursos Humanos — Bética Composites
""", charset="windows-1252"),
    M(ACK, "de_eingangsbestaetigung", "de", "Isarwerk Antriebstechnik",
      "Isarwerk Antriebstechnik Karriere <karriere@isarwerk.example.de>",
      "Eingangsbestätigung Ihrer Bewerbung",
      "2026-07-27 09:12 +0200",
      """Sehr geehrter Herr Marchetti-Nguyen,

vielen Dank für Ihre Bewerbung als Qualitätsingenieur Zulassung (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Isarwerk Antriebstechnik GmbH
""", charset="iso-8859-1", cte="quoted-printable"),
    M(ACK, "de_stepstone_gesendet", "de", "Hanse Kabinentechnik",
      "StepStone <noreply@stepstone.example.de>",
      "Deine Bewerbung bei Hanse Kabinentechnik wurde versendet",
      "2026-09-03 20:47 +0200",
      """Hallo Théo,

deine Bewerbung als Lean Manager (m/w/d) bei Hanse Kabinentechnik GmbH in Hamburg wurde erfolgreich versendet.

Den Status deiner Bewerbungen findest du jederzeit unter „Meine Bewerbungen".

Viel Erfolg!
Dein StepStone Team
""", fmt="html", skin=3, contact=""),
    # ---------------- offers ----------------
    M(OFFER, "proposition_embauche_pdf", "fr", "Occitane Avionique",
      "Marie Lafitte <marie.lafitte@occitane-avionique.example.fr>",
      "Proposition d'embauche - Ingénieur Qualité Projet",
      "2026-03-05 17:20 +0100",
      """Bonjour Théo,

Suite à vos entretiens et à notre échange téléphonique de ce matin, j'ai le plaisir de vous confirmer par écrit notre proposition d'embauche pour le poste d'Ingénieur Qualité Projet, en CDI, statut cadre, basé à Blagnac.

Vous trouverez ci-joint la lettre de proposition détaillant la rémunération (52 000 € bruts annuels sur 13 mois + prime d'objectifs), la date de prise de poste envisagée (4 mai 2026) et les avantages.

Nous vous remercions de nous faire part de votre réponse d'ici le 12 mars.

Toute l'équipe se réjouit à l'idée de vous accueillir !

Marie Lafitte
Chargée de recrutement
Occitane Avionique
""", fmt="alt", skin=1, pdf="Proposition_embauche_TMarchetti-Nguyen.pdf"),
    M(OFFER, "offre_orale_suivi_tu", "fr", "Kairn Space",
      "Bastien Rey <bastien@kairnspace.example.com>",
      "Suite à notre appel 🙂",
      "2026-09-18 19:02 +0200",
      """Salut Théo,

Comme promis au téléphone tout à l'heure : on aimerait vraiment que tu nous rejoignes comme Responsable Qualité Industrialisation ! Je te confirme les éléments dont on a parlé : 58 k€ fixe + BSPCE, télétravail 2 jours, démarrage idéalement mi-novembre.

Le contrat part demain dans ta boîte via Yousign. Si tu as la moindre question d'ici là, appelle-moi.

Bastien
CEO — Kairn Space
06 20 44 71 09
"""),
    M(OFFER, "promesse_embauche_conditionnelle", "fr", "Arcane Systèmes de Défense",
      "Direction des Ressources Humaines <drh.recrutement@arcane-defense.example.fr>",
      "Promesse d'embauche sous condition - Ingénieur Sûreté de Fonctionnement",
      "2026-06-09 15:35 +0200",
      """Monsieur,

Nous avons le plaisir de vous adresser ci-joint une promesse d'embauche pour le poste d'Ingénieur Sûreté de Fonctionnement au sein de notre établissement d'Élancourt.

Conformément à la réglementation applicable aux postes sensibles, cette proposition est conditionnée à l'obtention de l'habilitation requise à l'issue de l'enquête administrative, ainsi qu'à la visite médicale d'embauche.

Nous vous remercions de nous retourner la promesse datée et signée avant le 19 juin 2026.

Votre contact : Vincent Roques — vincent.roques@arcane-defense.example.fr

Veuillez agréer, Monsieur, nos salutations distinguées.

La Direction des Ressources Humaines
Arcane Systèmes de Défense
""", fmt="alt", skin=1, pdf="Promesse_embauche_ASD_2026.pdf",
      reply_to="Vincent Roques <vincent.roques@arcane-defense.example.fr>"),
    M(OFFER, "contrat_interim_signer", "fr", "Ateliers Sud Usinage",
      "Jess <jessica.b@flexi-intervalle.example.fr>",
      "ton contrat à signer",
      "2026-07-15 11:17 +0200",
      """Re Théo,
super nouvelle le client te prend !! mission de 6 mois chez Ateliers Sud Usinage, contrôleur qualité / animateur 5S, démarrage lundi 20/07 7h30, taux horaire 19,80€ + IFM + ICP. je t'ai envoyé le contrat sur l'appli, faut le signer avant vendredi stp.
Jess
"""),
    M(OFFER, "suisse_offre_lettre", "fr", "Hydrelis",
      "Laurence Python <laurence.python@hydrelis.example.ch>",
      "Offre d'engagement",
      "2026-02-13 09:30 +0100",
      """Monsieur,

Faisant suite à nos entretiens, nous avons le plaisir de vous proposer un engagement en qualité de Responsable Qualité Fournisseurs, à 100 %, à notre siège de Carouge, dès le 1er avril 2026 ou à convenir.

Le salaire annuel brut proposé s'élève à CHF 118'000.-, versé en 13 mensualités. Le détail des conditions figure dans le contrat de travail joint, que nous vous remercions de nous retourner signé d'ici au 27 février.

Dans l'attente de votre réponse, nous vous prions d'agréer, Monsieur, nos salutations distinguées.

Laurence Python
Ressources Humaines
Hydrelis SA
""", charset="iso-8859-1", pdf="Contrat_de_travail_Hydrelis.pdf"),
    M(OFFER, "en_pleased_to_offer", "en", "Northwind Energy",
      "Grace Okafor <grace.okafor@northwind-energy.example.com>",
      "Offer of employment",
      "2026-10-12 16:48 +0100",
      """Dear Théo,

Further to your interviews, I am pleased to offer you the position of Nuclear Safety & Certification Engineer at Northwind Energy, based in our Lyon office, starting on 4 January 2027.

Your offer letter is attached, setting out your salary of EUR 61,000 per annum, benefits and the conditions of the offer, which is subject to satisfactory references and security vetting.

Please sign and return the letter by 23 October. I'll give you a call tomorrow to talk it through.

Warm regards,
Grace Okafor
Talent Acquisition Partner
Northwind Energy Ltd
""", fmt="alt", skin=1, pdf="Northwind_Offer_Letter_TMN.pdf"),
    M(OFFER, "verbal_offer_followup_en", "en", "Fjordline Composites",
      "Ole Brekke <ole.brekke@fjordline.example.no>",
      "Re: Welcome aboard?",
      "2026-04-30 21:15 +0200",
      """Hi Théo,

Great talking earlier - as said on the phone, we'd love to have you as our Industrialisation Lead in Hamburg. Just to put in writing what we discussed: EUR 78k base, 10% bonus, relocation package, start 1 July.

HR will send the formal contract on Monday. Take the weekend to think it over and let me know!

Ole
"""),
    M(OFFER, "south_african_offer", "en", "Karoo Turbine Services",
      "Thandiwe Nkosi <thandiwe.nkosi@karooturbine.example.co.za>",
      "Letter of appointment - Quality & Safety Manager",
      "2026-06-19 14:25 +0200",
      """Dear Théo

Further to your successful interviews, we are delighted to extend an offer of employment for the role of Quality & Safety Manager at our Toulouse MRO facility.

Please find attached your letter of appointment for your perusal and signature. Kindly return the signed copy by 30 June 2026.

Should you have any queries, please do not hesitate to contact me.

Kind regards
Thandiwe Nkosi
Human Capital Business Partner
Karoo Turbine Services
""", pdf="Letter_of_Appointment_KTS.pdf"),
    M(OFFER, "es_oferta_formal", "es", "Meseta Aeroespacial",
      "Laura Gómez <laura.gomez@meseta-aero.example.es>",
      "Oferta - Ingeniero/a de Calidad Proveedores",
      "2026-04-21 12:40 +0200",
      """Hola Théo:

¡Enhorabuena! Nos alegra mucho comunicarte que queremos ofrecerte el puesto de Ingeniero de Calidad Proveedores en Getafe.

Te adjuntamos la carta oferta con las condiciones: contrato indefinido, 48.000 € brutos anuales más variable, incorporación el 1 de junio. Necesitaríamos tu respuesta antes del 28 de abril.

Cualquier duda, llámame.

Un abrazo,
Laura Gómez
Talento y Selección — Meseta Aeroespacial
""", fmt="alt", skin=2, pdf="Carta_oferta_Meseta.pdf"),
    M(OFFER, "de_vertragsangebot", "de", "Nordstern Luftfahrttechnik",
      "Sabine Krüger <s.krueger@nordstern-lt.example.de>",
      "Ihr Vertragsangebot",
      "2026-05-26 15:10 +0200",
      """Sehr geehrter Herr Marchetti-Nguyen,

wir freuen uns, Ihnen nach den Gesprächen mit Herrn Dr. Hansen die Position als Projektleiter Industrialisierung anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Wir würden uns freuen, wenn Sie uns ein unterschriebenes Exemplar bis zum 5. Juni zurücksenden.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Sabine Krüger
Recruiting | Nordstern Luftfahrttechnik GmbH
""", charset="iso-8859-1", cte="quoted-printable", pdf="Arbeitsvertrag_Marchetti-Nguyen.pdf"),
]
