"""Interview mail of the sixty-sixth corpus: invitations, reschedules/cancellations, no-shows.

Data only, written by hand; see make_sixtysixth.py.
"""

from make_sixtysixth import Msg as M

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MISS = "missed_interview_notice"

MESSAGES = [
    # ---------------- invitations: French ----------------
    M(INV, "cabinet_tel_sms_like", "fr", "Stelia Structures",
      "Karim Haddad <karim.haddad@oxalis-conseil.example.fr>",
      "Poste qualité fournisseurs Saint-Nazaire",
      "2026-01-14 12:31 +0100",
      """Bonjour Théo, Karim du cabinet Oxalis. J'ai un poste d'ingé qualité fournisseurs chez Stelia Structures (Saint-Nazaire, télétravail 2j) qui colle bien à ton profil. Tu aurais 20 min demain ou jeudi pour un premier échange téléphonique ? Dis-moi le créneau qui t'arrange et je t'appelle.
Karim
06 58 11 24 03
"""),
    M(INV, "visio_teams_ics", "fr", "Occitane Avionique",
      "Marie Lafitte <marie.lafitte@occitane-avionique.example.fr>",
      "Invitation : Entretien visio - Ingénieur Qualité Projet - Théo Marchetti-Nguyen",
      "2026-02-09 09:47 +0100",
      """Bonjour Théo,

Suite à notre échange téléphonique, j'ai le plaisir de vous convier à un entretien en visio avec Pierre Salvat, Responsable Qualité Programmes, le jeudi 12 février de 14h00 à 15h00.

Le lien Microsoft Teams figure dans l'invitation ci-jointe. Merci de bien vouloir l'accepter pour confirmer votre présence.

Réunion Microsoft Teams
Rejoindre : https://teams.example.com/l/meetup-join/19%3ameeting_NzQ4
ID de la réunion : 372 118 904 55
Code secret : 9kQ2xT

Bien cordialement,
Marie Lafitte
Chargée de recrutement
Occitane Avionique — 5 avenue Didier Daurat, 31700 Blagnac
""", fmt="alt", skin=1,
      ics={"SUMMARY": "Entretien visio - Théo Marchetti-Nguyen / Occitane Avionique",
           "START": "20260212T130000Z", "END": "20260212T140000Z",
           "LOCATION": "Réunion Microsoft Teams"}),
    M(INV, "etape_suivante_directeur_site", "fr", "Pyrène Forge",
      "Christophe Abadie <c.abadie@pyrene-forge.example.fr>",
      "Re: Entretien Responsable Amélioration Continue",
      "2026-03-06 18:12 +0100",
      """Bonjour Théo,

Merci pour l'entretien de ce matin, très bon échange de notre côté.

On aimerait vous faire passer à l'étape suivante : une rencontre sur site à Tarbes avec notre directeur de site, M. Lacaze, suivie d'une visite de l'atelier forge. Seriez-vous disponible le mardi 17 ou le mercredi 18 mars, plutôt en matinée ? Comptez environ 2h30.

Les frais de déplacement sont bien sûr pris en charge.

Cordialement,
Christophe Abadie
DRH — Pyrène Forge
05 62 00 18 44

-----Message d'origine-----
De : Théo Marchetti-Nguyen <theo.mn@example.fr>
Envoyé : vendredi 6 mars 2026 07:58
À : Christophe Abadie <c.abadie@pyrene-forge.example.fr>
Objet : Entretien Responsable Amélioration Continue

Bonjour Monsieur Abadie, je vous confirme ma présence en visio à 9h. Bien cordialement, Théo
""", charset="windows-1252", cte="quoted-printable", thread="theo_pyrene_confirm"),
    M(INV, "calendly_startup_tu", "fr", "Hublot Énergie",
      "Léa de Hublot Énergie <lea@hublot-energie.example.fr>",
      "On se cale un call ?",
      "2026-04-02 15:20 +0200",
      """Hello Théo !

J'ai bien reçu ta candidature pour le poste de Head of Quality & Certification, et franchement ton parcours nous parle beaucoup (la partie Part 21G surtout 👀).

Est-ce que tu serais partant pour un premier call de 30 min avec moi la semaine prochaine ? Tu peux choisir directement un créneau ici : https://calendly.example.com/lea-hublot/30min

À très vite,
Léa
Talent & Ops @ Hublot Énergie
""", fmt="alt", skin=2),
    M(INV, "flatchr_etude_de_cas", "fr", "Nordis Engineering",
      "Nordis Engineering <recrutement@nordis-engineering.example.fr>",
      "Votre candidature - Étape suivante : étude de cas",
      "2026-04-20 10:05 +0200",
      """Bonjour Théo,

Bonne nouvelle ! Votre candidature au poste de Consultant(e) Qualité Fournisseurs a retenu notre attention et nous souhaitons vous proposer la suite du processus.

La prochaine étape est une étude de cas (1h30) suivie d'un échange avec deux consultants seniors, dans nos locaux de Labège ou en visio.

Merci de réserver votre créneau via le lien ci-dessous :
https://flatchr.example.io/schedule/nordis/8f2a1c

Votre interlocutrice : Agathe Pujol — agathe.pujol@nordis-engineering.example.fr — 05 61 00 92 77

À bientôt,
L'équipe Talents de Nordis
""", fmt="html", skin=0, contact="agathe.pujol@nordis-engineering.example.fr"),
    M(INV, "habilitation_defense_entretien", "fr", "Arcane Systèmes de Défense",
      "Vincent Roques <vincent.roques@arcane-defense.example.fr>",
      "Entretien technique - poste Ingénieur Sûreté",
      "2026-05-04 11:40 +0200",
      """Monsieur,

Votre candidature au poste d'Ingénieur Sûreté de Fonctionnement a été retenue pour un entretien technique, qui se tiendra le lundi 11 mai 2026 à 10h00 sur notre site d'Élancourt (bâtiment C, accueil visiteurs).

Merci de vous munir d'une pièce d'identité en cours de validité ; l'accès au site étant réglementé, votre identité doit nous parvenir au plus tard 72h avant. Nous vous informons également que le poste est soumis à une procédure d'habilitation (enquête administrative) qui sera engagée en cas de suite favorable.

Je vous remercie de me confirmer votre présence par retour de mail.

Vincent Roques
Responsable de domaine Sûreté
Arcane Systèmes de Défense
Ce courriel et ses pièces jointes peuvent contenir des informations confidentielles. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur.
""", fmt="alt", skin=1),
    M(INV, "onera_jury", "fr", "ONERA",
      "Service Recrutement ONERA <recrutement@onera.example.fr>",
      "Convocation à un entretien - Ingénieur(e) qualité essais",
      "2026-06-08 16:00 +0200",
      """Madame, Monsieur,

Suite à l'examen de votre dossier, nous avons le plaisir de vous convier à un entretien devant un jury composé du chef de département et de deux ingénieurs de l'unité, le mercredi 17 juin 2026 à 14h30, au centre ONERA de Toulouse (2 avenue Édouard Belin).

Vous disposerez de 10 minutes pour présenter votre parcours, suivies de 35 minutes d'échanges.

Merci de confirmer votre présence à Mme Estelle Comminges (estelle.comminges@onera.example.fr).

Le Service Recrutement
""", charset="iso-8859-1", contact="estelle.comminges@onera.example.fr",
      cc="Estelle Comminges <estelle.comminges@onera.example.fr>"),
    M(INV, "interim_whatsapp_style", "fr", "Ateliers Sud Usinage",
      "Jess <jessica.b@flexi-intervalle.example.fr>",
      "dispo demain ?",
      "2026-07-07 19:48 +0200",
      """coucou Théo
c'est Jess de Flexi. le client Ateliers Sud Usinage (Colomiers) veut te voir demain 9h pour le poste de contrôleur qualité / animateur 5S, c'est le chef d'atelier qui reçoit. t'es dispo ? réponds moi vite stp que je confirme
bisous
Jess
07 81 22 40 19
"""),
    M(INV, "quebec_entrevue", "fr", "Aéro Boréal",
      "Geneviève Tremblay <g.tremblay@aeroboreal.example.ca>",
      "Entrevue - Gestionnaire de projets industrialisation",
      "2026-09-02 13:15 -0400",
      """Bonjour Théo,

Votre candidature a retenu notre attention! J'aimerais vous rencontrer pour une première entrevue virtuelle d'environ 45 minutes, par Teams.

Seriez-vous disponible mardi prochain à 9 h (heure de Montréal), soit 15 h à Toulouse? Sinon, proposez-moi quelques plages horaires et on s'arrange.

Au plaisir,

Geneviève Tremblay, CRHA
Conseillère principale, acquisition de talents
Aéro Boréal inc. | Mirabel (Québec)
"""),
    M(INV, "metropole_oral", "fr", "Toulouse Métropole",
      "Toulouse Métropole - Direction Emploi et Compétences <dec-jury@toulouse-metropole.example.fr>",
      "Recrutement ingénieur territorial - Chef de projet qualité",
      "2026-09-25 09:10 +0200",
      """Bonjour Monsieur Marchetti-Nguyen,

Nous avons bien étudié votre candidature au poste de Chef de projet démarche qualité et amélioration continue (cadre d'emplois des ingénieurs territoriaux).

Vous êtes invité à un entretien de recrutement le jeudi 8 octobre 2026 à 11h15, Hôtel de Ville, salle des commissions n°3. Le jury sera composé de la Directrice Générale Adjointe, du Directeur de la modernisation et d'une représentante de la DRH.

Merci de bien vouloir confirmer votre présence en répondant à ce message.

Cordialement,
Sandrine Olmo
Chargée de recrutement — Direction Emploi et Compétences
""", fmt="html", skin=1),
    M(INV, "welcome_jungle_next_stage", "fr", "Cybelle Mobility",
      "Cybelle Mobility <cybelle-mobility@jobs.welcometothejungle.example.com>",
      "Cybelle Mobility souhaite échanger avec vous",
      "2026-06-23 08:30 +0200",
      """Bonjour Théo,

Bonne nouvelle : l'équipe de Cybelle Mobility a étudié votre candidature pour le poste Supplier Quality Manager – Bordeaux et souhaite aller plus loin avec vous.

Antoine Mercier, VP Industrial, vous propose un entretien de 45 minutes. Choisissez le créneau qui vous convient :
https://app.welcometothejungle.example.com/scheduling/cyb-7781

Vous pouvez aussi lui répondre directement : antoine.mercier@cybelle-mobility.example.com

Bonne journée,
Welcome to the Jungle, pour Cybelle Mobility
""", fmt="html", skin=3, contact="antoine.mercier@cybelle-mobility.example.com"),
    M(INV, "cnes_references_visite", "fr", "CNES",
      "Hugo Barthe <hugo.barthe@cnes.example.fr>",
      "Votre candidature - 2e entretien",
      "2026-10-01 17:55 +0200",
      """Bonjour Théo,

Merci pour notre premier échange. Je vous propose un second entretien avec Mme Arnal, cheffe du service Assurance Produit, le mardi 13 octobre à 9h30 au Centre Spatial de Toulouse. Nous ferons ensuite le point sur la prise de références.

Pouvez-vous me confirmer que cela vous convient ? Je vous enverrai l'invitation et les modalités d'accès ensuite.

Bonne soirée,
Hugo Barthe
Chargé de recrutement
Centre National d'Études Spatiales — DRH
"""),
    # ---------------- invitations: English ----------------
    M(INV, "goodtime_onsite_panel", "en", "Arclight Aerospace",
      "Arclight Aerospace Recruiting <scheduling@goodtime-mail.example.io>",
      "Action needed: select times for your onsite interview with Arclight Aerospace",
      "2026-02-24 20:11 +0000",
      """Hi Théo,

Congratulations on moving forward in the process for Senior Supplier Quality Engineer at Arclight Aerospace!

The next step is a panel interview (4 x 45 min) with the Quality, Supply Chain and Programme teams. Please select your availability using the link below within 48 hours:

https://goodtime.example.io/s/ARC-44091-THEO

Questions? Reply to your recruiter, Jordan Ellis (jordan.ellis@arclight-aero.example.com).

GoodTime on behalf of Arclight Aerospace
""", fmt="html", skin=0, reply_to="Jordan Ellis <jordan.ellis@arclight-aero.example.com>"),
    M(INV, "quick_chat_linkedin", "en", "Fjordline Composites",
      "Ole Brekke <ole.brekke@fjordline.example.no>",
      "Quick question",
      "2026-03-16 14:42 +0100",
      """Hi Théo,

Saw your application come through for the industrialisation role in Hamburg. Would you be free for a quick chat on Thursday or Friday afternoon? 20-30 mins on Teams is fine, just to get to know each other and talk about what we're building.

Cheers
Ole

Ole Brekke | Head of Operations | Fjordline Composites AS
"""),
    M(INV, "agency_uk_exclaim", "en", "Peregrine Defence Systems",
      "Sophie Bright <sophie.bright@brightpath-rec.example.co.uk>",
      "GREAT NEWS!!",
      "2026-04-15 10:03 +0100",
      """Hi Théo!!

Great news - Peregrine Defence Systems LOVED your CV and want to get you in for a first stage interview for the Certification Lead role!! 🎉

They've offered Tuesday 21st at 2pm UK time (3pm your time) via Teams with Mark Dunmore, the Head of Airworthiness. Can you do that? Let me know ASAP and I'll lock it in!

I'll give you a call on Monday to prep - they'll ask a lot about DO-178C and Part 21J so have a think about some examples.

Speak soon!
Sophie

Sophie Bright | Senior Consultant - Aerospace & Defence
BrightPath | 0117 496 0123 | www.brightpath-rec.example.co.uk
"""),
    M(INV, "south_african_owned", "en", "Karoo Turbine Services",
      "Thandiwe Nkosi <thandiwe.nkosi@karooturbine.example.co.za>",
      "Interview - Quality & Safety Manager (Toulouse MRO)",
      "2026-05-18 08:22 +0200",
      """Good morning Théo

Trust you are well.

Thank you for your application for the Quality & Safety Manager position at our new Toulouse MRO facility. We would like to invite you for a virtual interview with our Accountable Manager and myself.

Kindly advise your availability for Wednesday 27 May or Thursday 28 May between 10:00 and 15:00 (CEST).

Looking forward to hearing from you.

Kind regards
Thandiwe Nkosi
Human Capital Business Partner
Karoo Turbine Services (Pty) Ltd | Johannesburg | Toulouse
Disclaimer: This e-mail is subject to the disclaimer at www.karooturbine.example.co.za/disclaimer
"""),
    M(INV, "india_do_revert", "en", "Vedant Aero Structures",
      "Rohit Menon <rohit.menon@vedantaero.example.in>",
      "Interview Schedule - Supplier Development Manager",
      "2026-06-11 12:58 +0530",
      """Dear Théo,

Greetings of the day!

With reference to your application, we are pleased to inform you that you have been shortlisted for the first round of technical interview for the position of Supplier Development Manager (Toulouse).

Details as below:
Date: 16-Jun-2026
Time: 11:00 AM CEST
Mode: Virtual (MS Teams link will be shared)
Panel: Mr. Arvind Pillai, GM - Quality

Kindly do revert with your confirmation at the earliest.

Thanks & Regards,
Rohit Menon
HR - Talent Acquisition
Vedant Aero Structures Ltd.
Mob: +91 98450 00000
"""),
    M(INV, "ics_google_invite_en", "en", "Tessellate Space",
      "Megan Cho <megan.cho@tessellate.example.space>",
      "Invitation: Théo / Tessellate - Technical interview @ Thu Jul 16, 2026 4pm - 5pm (CEST)",
      "2026-07-10 17:31 +0200",
      """Megan Cho has invited you to Théo / Tessellate - Technical interview

When: Thursday Jul 16, 2026 4pm – 5pm Central European Time - Paris
Joining info: Join with Google Meet meet.example.com/xkd-prqa-vmt
Who:
* megan.cho@tessellate.example.space - organizer
* raj.patel@tessellate.example.space
* theo.mn@example.fr

Hi Théo - as discussed, this is the technical round with Raj (Head of Mission Assurance). Expect a deep dive on NCR handling and a short case on a supplier escape. See you then! Megan

Invitation from Google Calendar
""", fmt="alt", skin=2,
      ics={"SUMMARY": "Théo / Tessellate - Technical interview",
           "START": "20260716T140000Z", "END": "20260716T150000Z",
           "LOCATION": "Google Meet"}),
    M(INV, "mexican_owned_en", "en", "Sierra Madre Auto Parts",
      "Luis Ortega <luis.ortega@sierramadre-parts.example.mx>",
      "Next steps",
      "2026-08-06 16:40 -0600",
      """Hi Théo,

Thank you for your time on the phone this week. We would love to move you to the next stage: a video interview with our Plant Director in Saltillo and our European Quality Lead, who is based in Lyon.

Would Monday 10 Aug at 5pm (France) work for you? If not, please send me two or three options.

Best regards,
Luis Ortega
Talent Acquisition Manager
Sierra Madre Auto Parts S.A. de C.V.
"""),
    M(INV, "recruitee_self_schedule", "en", "Qubit Rail",
      "Qubit Rail <jobs@qubitrail.recruitee.example.com>",
      "Pick a time for your interview - Qubit Rail",
      "2026-09-09 09:00 +0200",
      """Hi Théo,

Thanks for applying to Lean & Continuous Improvement Engineer at Qubit Rail. We'd like to invite you for a first interview with Sara Lindqvist (Engineering Manager).

Please choose a slot that suits you: https://qubitrail.recruitee.example.com/o/lean-ci-engineer/interview/3b81

If none of the slots work, reply to this email and Sara will find another time.

Kind regards,
Qubit Rail
""", fmt="html", skin=0, reply_to="Sara Lindqvist <sara.lindqvist@qubitrail.example.com>"),
    # ---------------- invitations: Spanish / German ----------------
    M(INV, "es_getafe_entrevista", "es", "Meseta Aeroespacial",
      "Laura Gómez <laura.gomez@meseta-aero.example.es>",
      "Entrevista - Ingeniero/a de Calidad Proveedores (Getafe)",
      "2026-03-24 12:10 +0100",
      """Hola Théo:

Gracias por tu candidatura. Nos ha parecido muy interesante tu experiencia en auditorías de proveedores y nos gustaría conocerte en una entrevista por videollamada con el responsable del área.

¿Te vendría bien el miércoles 1 de abril a las 10:00? Si no, dime qué franjas te encajan mejor esa semana.

Un saludo,
Laura Gómez
Talento y Selección
Meseta Aeroespacial
Tel. 916 000 412
"""),
    M(INV, "es_sevilla_presencial", "es", "Bética Composites",
      "RR.HH. Bética Composites <rrhh@betica-composites.example.es>",
      "Convocatoria a entrevista presencial",
      "2026-06-30 09:25 +0200",
      """Estimado Sr. Marchetti-Nguyen:

Nos complace comunicarle que ha superado la primera fase del proceso de selección para el puesto de Responsable de Industrialización. Le convocamos a una entrevista presencial en nuestras instalaciones de Tablada (Sevilla) el día 9 de julio a las 11:30 h.

Le rogamos confirme su asistencia respondiendo a este correo.

Atentamente,
Departamento de Recursos Humanos
Bética Composites, S.A.
""", charset="iso-8859-1", cte="quoted-printable"),
    M(INV, "es_mexico_llamada", "es", "Grupo Altiplano Manufactura",
      "Fernanda Ruiz <fernanda.ruiz@altiplanomfg.example.mx>",
      "Vacante Gerente de Mejora Continua",
      "2026-07-08 10:14 -0600",
      """Hola Théo, buen día.

Vi tu perfil y me encantaría platicar contigo sobre la vacante de Gerente de Mejora Continua en nuestra planta de Querétaro (con viajes a Toulouse). ¿Tendrías chance de una llamada de 30 minutos el martes 14 a las 9:00 hora de México (17:00 en Francia)?

Quedo atenta, saludos!
Fernanda Ruiz
Atracción de Talento | Grupo Altiplano
"""),
    M(INV, "de_einladung_vorstellung", "de", "Nordstern Luftfahrttechnik",
      "Sabine Krüger <s.krueger@nordstern-lt.example.de>",
      "Einladung zum Vorstellungsgespräch",
      "2026-04-28 10:50 +0200",
      """Sehr geehrter Herr Marchetti-Nguyen,

vielen Dank für Ihre Bewerbung als Projektleiter Industrialisierung (m/w/d) an unserem Standort Bremen.

Wir würden Sie gern persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch am Mittwoch, 6. Mai 2026, um 13:30 Uhr ein. Alternativ ist auch ein Gespräch per Microsoft Teams möglich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Sabine Krüger
Recruiting
Nordstern Luftfahrttechnik GmbH · Flughafendamm 12 · 28199 Bremen
""", fmt="alt", skin=1, charset="iso-8859-1"),
    M(INV, "de_zweite_runde_du", "de", "Voltkraft",
      "Tobias <tobias@voltkraft.example.de>",
      "Zweite Runde?",
      "2026-08-12 13:02 +0200",
      """Hi Théo,

danke für das gute erste Gespräch! Wir würden gern mit dir in die zweite Runde gehen - ein Fachinterview mit unserer Leiterin Qualität und einem Kollegen aus dem Einkauf, ca. 60 Min remote.

Such dir einfach einen Slot aus: https://cal.example.com/voltkraft/fachinterview

Beste Grüße
Tobias
Voltkraft GmbH | Talent Acquisition | München
"""),
    # ---------------- reschedules / cancellations ----------------
    M(RES, "report_visio_directeur", "fr", "Occitane Avionique",
      "Marie Lafitte <marie.lafitte@occitane-avionique.example.fr>",
      "Report de votre entretien du 12/02",
      "2026-02-11 16:44 +0100",
      """Bonjour Théo,

Pierre Salvat a un impératif client demain après-midi et ne pourra malheureusement pas assurer l'entretien prévu à 14h. Toutes nos excuses pour ce changement de dernière minute.

Pourriez-vous me dire si lundi 16 février à 10h ou mardi 17 à 15h vous conviendrait ? Je vous renverrai une nouvelle invitation Teams.

Bien cordialement,
Marie Lafitte
Chargée de recrutement
Occitane Avionique
""", fmt="alt", skin=1, thread="visio_teams_ics"),
    M(RES, "annulation_ics_cancel", "fr", "Pyrène Forge",
      "Christophe Abadie <c.abadie@pyrene-forge.example.fr>",
      "Annulé : Rencontre directeur de site - Théo Marchetti-Nguyen",
      "2026-03-16 07:58 +0100",
      """Bonjour Théo,

Je suis contraint d'annuler la rencontre de demain avec M. Lacaze : un incident sur la presse 4 mobilise toute la direction du site. Je reviens vers vous d'ici la fin de semaine avec une nouvelle date.

Avec toutes mes excuses,
Christophe Abadie
""", ics={"METHOD": "CANCEL", "SUMMARY": "Rencontre directeur de site - Théo Marchetti-Nguyen",
           "START": "20260317T080000Z", "END": "20260317T103000Z", "LOCATION": "Pyrène Forge, Tarbes",
           "SEQUENCE": "1"}, thread="etape_suivante_directeur_site"),
    M(RES, "decalage_heure_tu", "fr", "Hublot Énergie",
      "Léa de Hublot Énergie <lea@hublot-energie.example.fr>",
      "petit changement pour demain",
      "2026-04-08 21:03 +0200",
      """Hello Théo,
désolée de te prévenir si tard : est-ce qu'on peut décaler notre call de demain de 11h à 14h ? J'ai une réunion board qui vient de tomber pile dessus 🙈
Si ça ne t'arrange pas, pas de souci, on trouve un autre moment.
Léa
"""),
    M(RES, "cabinet_client_reporte", "fr", "Vernadet Aérostructures",
      "Claire Aubanel <claire.aubanel@talentis-sud.example.com>",
      "Changement de date - entretien Vernadet",
      "2026-03-02 12:06 +0100",
      """Bonjour Théo,

Le client me demande de décaler votre entretien prévu jeudi 5 mars : M. Ferrand sera finalement en audit chez un fournisseur toute la semaine. Il propose le mardi 10 mars à 16h, au même endroit (site de Cornebarrieu, accueil bâtiment B).

Pouvez-vous me confirmer rapidement ? Merci et désolée pour ce contretemps.

Claire
06 71 42 88 19
"""),
    M(RES, "public_report_jury", "fr", "Toulouse Métropole",
      "Sandrine Olmo <sandrine.olmo@toulouse-metropole.example.fr>",
      "MODIFICATION - Entretien de recrutement du 8 octobre",
      "2026-10-02 14:20 +0200",
      """Monsieur,

En raison de l'indisponibilité d'un membre du jury, l'entretien prévu le jeudi 8 octobre à 11h15 est reporté au vendredi 16 octobre 2026 à 9h30, même lieu.

Je vous prie de bien vouloir nous excuser pour ce changement et de nous confirmer votre disponibilité.

Sandrine Olmo
Chargée de recrutement — Direction Emploi et Compétences
Toulouse Métropole
""", charset="iso-8859-1", cte="quoted-printable", thread="metropole_oral"),
    M(RES, "annule_crise_fournisseur", "fr", "Cybelle Mobility",
      "Antoine Mercier <antoine.mercier@cybelle-mobility.example.com>",
      "Notre entretien de jeudi",
      "2026-06-29 08:15 +0200",
      """Bonjour Théo,

Je dois malheureusement annuler notre entretien de jeudi : je suis bloqué à Shenzhen pour une crise fournisseur et je n'aurai pas de connexion fiable. Je rentre le 8 juillet, est-ce qu'on pourrait reprogrammer la semaine du 13 ? Je vous laisse reprendre un créneau sur le même lien.

Désolé pour ce contretemps,
Antoine
VP Industrial — Cybelle Mobility
Envoyé de mon mobile
"""),
    M(RES, "esn_deplace_entretien_client", "fr", "Altitude Conseil",
      "Yanis Ferhat <yanis.ferhat@altitude-conseil.example.fr>",
      "RE: Entretien client lundi",
      "2026-05-22 17:40 +0200",
      """Salut Théo,

Le client (programme moteur à Villaroche) décale l'entretien de lundi à mercredi même heure, 10h en visio. Leur manager qualité est en déplacement. Je t'envoie le nouveau lien dès que je l'ai.

Ça te va ?

Yanis Ferhat
Business Manager Aéro
Altitude Conseil — Toulouse | 07 66 20 13 85

De : Théo Marchetti-Nguyen <theo.mn@example.fr>
Envoyé : jeudi 21 mai 2026 09:12
À : Yanis Ferhat
Objet : RE: Entretien client lundi

Parfait Yanis, c'est noté pour lundi 10h. Merci !
""", fmt="alt", skin=1),
    M(RES, "cnes_visite_annulee", "fr", "CNES",
      "Hugo Barthe <hugo.barthe@cnes.example.fr>",
      "Re: Votre candidature - 2e entretien",
      "2026-10-09 11:28 +0200",
      """Bonjour Théo,

Je suis désolé, je dois annuler l'entretien du 13 octobre avec Mme Arnal : le centre est fermé aux visiteurs ce jour-là en raison d'un exercice de sécurité. Nous vous proposerons une nouvelle date très rapidement, probablement la semaine suivante.

Bien cordialement,
Hugo Barthe
""", thread="cnes_references_visite"),
    M(RES, "en_reschedule_panel", "en", "Arclight Aerospace",
      "Jordan Ellis <jordan.ellis@arclight-aero.example.com>",
      "Change to your onsite - need to move the Programme session",
      "2026-03-04 19:10 +0000",
      """Hi Théo,

Apologies for the shuffle - our Programme Director has been pulled into a customer review, so we need to move your final panel session (Programme, 3:15pm) from Tuesday to Wednesday at 10am. The other three sessions stay as they are.

I've sent an updated calendar invite. Could you accept it or let me know if Wednesday doesn't work?

Thanks for your flexibility,
Jordan
""", ics={"SUMMARY": "Arclight onsite - Programme session", "START": "20260311T090000Z",
           "END": "20260311T094500Z", "LOCATION": "Arclight Aerospace, Toulouse", "SEQUENCE": "2"}),
    M(RES, "uk_postpone", "en", "Peregrine Defence Systems",
      "Sophie Bright <sophie.bright@brightpath-rec.example.co.uk>",
      "Tuesday's interview - postponed",
      "2026-04-20 09:41 +0100",
      """Hi Théo,

Sorry to be the bearer of annoying news! Mark at Peregrine has come down with something nasty and has asked to postpone tomorrow's interview. He's suggested Thursday 23rd, same time - does that still work?

Fingers crossed for a speedy recovery!!

Sophie
"""),
    M(RES, "en_cancel_hiring_freeze_interview", "en", "Tessellate Space",
      "Megan Cho <megan.cho@tessellate.example.space>",
      "Canceled event: Théo / Tessellate - Technical interview",
      "2026-07-15 10:02 +0200",
      """This event has been canceled.

Théo / Tessellate - Technical interview
Thursday Jul 16, 2026 4pm – 5pm Central European Time - Paris

Note from Megan: Hi Théo, so sorry - Raj is out sick tomorrow. I'll send new times for next week later today.
""", fmt="alt", skin=2,
      ics={"METHOD": "CANCEL", "SUMMARY": "Théo / Tessellate - Technical interview",
           "START": "20260716T140000Z", "END": "20260716T150000Z", "SEQUENCE": "1"},
      thread="ics_google_invite_en"),
    M(RES, "india_rescheduled", "en", "Vedant Aero Structures",
      "Rohit Menon <rohit.menon@vedantaero.example.in>",
      "RE: Interview Schedule - Supplier Development Manager",
      "2026-06-15 18:20 +0530",
      """Dear Théo,

Due to some unavoidable circumstances, the interview scheduled on 16-Jun-2026 stands postponed. The revised schedule is 18-Jun-2026, 11:00 AM CEST, same panel.

Inconvenience caused is deeply regretted. Kindly confirm your availability.

Thanks & Regards,
Rohit Menon
HR - Talent Acquisition
Vedant Aero Structures Ltd.

From: Théo Marchetti-Nguyen <theo.mn@example.fr>
Sent: Thursday, June 11, 2026 4:02 PM
To: Rohit Menon <rohit.menon@vedantaero.example.in>
Subject: RE: Interview Schedule - Supplier Development Manager

Dear Rohit, thank you, I confirm my availability on 16-Jun at 11:00 CEST. Best regards, Théo

From: Rohit Menon <rohit.menon@vedantaero.example.in>
Sent: Thursday, June 11, 2026 12:58 PM
To: theo.mn@example.fr
Subject: Interview Schedule - Supplier Development Manager

Dear Théo, with reference to your application, we are pleased to inform you that you have been shortlisted for the first round of technical interview.
""", fmt="alt", skin=1, thread="india_do_revert"),
    M(RES, "es_cambio_fecha", "es", "Meseta Aeroespacial",
      "Laura Gómez <laura.gomez@meseta-aero.example.es>",
      "Cambio de hora entrevista",
      "2026-03-31 17:05 +0200",
      """Hola Théo,

Perdona el cambio, pero el responsable del área tiene una auditoría mañana por la mañana. ¿Podemos mover la entrevista al jueves 2 de abril a las 16:00? Mismo enlace de Teams.

Gracias y disculpa las molestias,
Laura
"""),
    M(RES, "de_verschiebung", "de", "Nordstern Luftfahrttechnik",
      "Sabine Krüger <s.krueger@nordstern-lt.example.de>",
      "Verschiebung Ihres Vorstellungsgesprächs am 6. Mai",
      "2026-05-04 08:33 +0200",
      """Sehr geehrter Herr Marchetti-Nguyen,

leider müssen wir das für Mittwoch, 6. Mai, 13:30 Uhr vereinbarte Gespräch kurzfristig verschieben, da unser Bereichsleiter krankheitsbedingt ausfällt. Wir bitten um Ihr Verständnis.

Wäre Ihnen stattdessen Dienstag, 12. Mai, um 10:00 Uhr recht?

Mit freundlichen Grüßen
Sabine Krüger
Recruiting | Nordstern Luftfahrttechnik GmbH
""", charset="iso-8859-1", thread="de_einladung_vorstellung"),
    M(RES, "de_absage_termin_teams", "de", "Voltkraft",
      "Tobias <tobias@voltkraft.example.de>",
      "Abgesagt: Fachinterview Voltkraft",
      "2026-08-18 07:50 +0200",
      """Hi Théo,

kurze Info: Das Fachinterview heute um 15 Uhr müssen wir leider absagen, Andrea ist kurzfristig beim Kunden. Ich melde mich morgen mit neuen Terminvorschlägen.

Sorry für den Aufwand!
Tobias
""", ics={"METHOD": "CANCEL", "SUMMARY": "Fachinterview Voltkraft / Théo",
           "START": "20260818T130000Z", "END": "20260818T140000Z", "SEQUENCE": "1"}),
    # ---------------- missed interview notices ----------------
    M(MISS, "appel_sans_reponse", "fr", "Stelia Structures",
      "Karim Haddad <karim.haddad@oxalis-conseil.example.fr>",
      "Notre appel de 14h",
      "2026-01-16 14:22 +0100",
      """Théo,

J'ai essayé de t'appeler à 14h comme convenu pour l'échange sur le poste Stelia, mais je suis tombé sur ta messagerie (deux fois). Tout va bien ?

Redis-moi quand tu es joignable, je peux te rappeler en fin de journée ou demain matin.

Karim
06 58 11 24 03
"""),
    M(MISS, "teams_absent_formel", "fr", "Arcane Systèmes de Défense",
      "Vincent Roques <vincent.roques@arcane-defense.example.fr>",
      "Entretien de ce jour",
      "2026-05-11 10:35 +0200",
      """Monsieur,

Nous vous attendions ce matin à 10h00 à l'accueil de notre site d'Élancourt pour votre entretien technique. Sauf erreur de notre part, vous ne vous êtes pas présenté et nous n'avons reçu aucun message.

Si un empêchement est survenu, merci de nous en informer afin que nous puissions, le cas échéant, envisager une autre date.

Vincent Roques
Responsable de domaine Sûreté
Arcane Systèmes de Défense
""", fmt="alt", skin=1),
    M(MISS, "visio_personne", "fr", "Nordis Engineering",
      "Agathe Pujol <agathe.pujol@nordis-engineering.example.fr>",
      "Visio 9h30 ?",
      "2026-04-28 09:48 +0200",
      """Bonjour Théo,

Nous étions connectés avec Mathieu sur le lien Teams à 9h30 pour l'étude de cas mais vous ne nous avez pas rejoints. Peut-être un souci de lien ou d'agenda ?

Nous pouvons encore vous attendre jusqu'à 10h, sinon je vous propose de reprogrammer.

Agathe Pujol
Nordis Engineering
"""),
    M(MISS, "interim_tu_pas_venu", "fr", "Ateliers Sud Usinage",
      "Jess <jessica.b@flexi-intervalle.example.fr>",
      "??",
      "2026-07-08 09:26 +0200",
      """Théo le chef d'atelier t'attendait à 9h chez Ateliers Sud Usinage, t'es où ?? il m'a appelée. rappelle moi vite stp
Jess
07 81 22 40 19
"""),
    M(MISS, "onera_absence_jury", "fr", "ONERA",
      "Estelle Comminges <estelle.comminges@onera.example.fr>",
      "Entretien du 17 juin - absence",
      "2026-06-17 15:20 +0200",
      """Bonjour Monsieur,

Le jury s'est réuni cet après-midi à 14h30 pour votre entretien mais vous n'étiez pas présent, et nous n'avions pas reçu votre confirmation.

Pourriez-vous nous indiquer si vous souhaitez maintenir votre candidature ? Le jury peut éventuellement vous entendre le 24 juin.

Cordialement,
Estelle Comminges
Assistante de direction — Département Essais
ONERA, centre de Toulouse
""", charset="iso-8859-1", cte="quoted-printable"),
    M(MISS, "en_tried_calling", "en", "Fjordline Composites",
      "Ole Brekke <ole.brekke@fjordline.example.no>",
      "Re: Quick question",
      "2026-03-20 15:12 +0100",
      """Hi Théo,

We tried calling you at the scheduled time (3pm) but couldn't get through, and nobody showed up in the Teams room either. Maybe something came up?

Happy to find another slot next week if you're still interested.

Ole

Sent from my iPhone
""", thread="quick_chat_linkedin"),
    M(MISS, "en_did_not_join_teams", "en", "Karoo Turbine Services",
      "Thandiwe Nkosi <thandiwe.nkosi@karooturbine.example.co.za>",
      "Missed interview - Quality & Safety Manager",
      "2026-05-27 11:05 +0200",
      """Dear Théo

You did not join the Teams meeting scheduled for 10:00 this morning with our Accountable Manager. We waited for 15 minutes before closing the session.

Kindly let me know whether you would still like to be considered, and if so please advise an alternative time.

Kind regards
Thandiwe Nkosi
Human Capital Business Partner
Karoo Turbine Services
"""),
    M(MISS, "en_no_show_ats", "en", "Qubit Rail",
      "Sara Lindqvist <sara.lindqvist@qubitrail.example.com>",
      "We missed you today",
      "2026-09-15 11:40 +0200",
      """Hi Théo,

I was on the call at 11:00 for our interview but didn't see you join. No worries - these things happen! If you'd still like to chat, just grab another slot with the same link or reply here.

Best,
Sara Lindqvist
Engineering Manager, Qubit Rail
"""),
    M(MISS, "es_no_se_conecto", "es", "Bética Composites",
      "Marta Delgado <marta.delgado@betica-composites.example.es>",
      "Entrevista de hoy",
      "2026-07-09 12:05 +0200",
      """Buenos días, Théo:

Le esperábamos hoy a las 11:30 en Tablada para la entrevista con la dirección de planta, pero no ha llegado y no hemos podido localizarle por teléfono.

Si ha tenido algún imprevisto, le agradecería que nos lo indicara para valorar una nueva fecha.

Un saludo,
Marta Delgado
Recursos Humanos — Bética Composites
""", charset="windows-1252", cte="quoted-printable"),
    M(MISS, "de_nicht_erschienen", "de", "Voltkraft",
      "Andrea Wimmer <andrea.wimmer@voltkraft.example.de>",
      "Unser Termin heute",
      "2026-08-25 15:31 +0200",
      """Hallo Théo,

wir waren heute um 15 Uhr zum Fachinterview im Teams-Call, du bist aber leider nicht dazugekommen. Ist etwas dazwischengekommen?

Gib Tobias oder mir gern Bescheid, dann finden wir einen neuen Termin.

Viele Grüße
Andrea Wimmer
Leiterin Qualität | Voltkraft GmbH
"""),
]
