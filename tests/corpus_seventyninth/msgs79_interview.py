"""Interview invitations, reschedules/cancellations and missed-interview notices (79th corpus)."""

from msgs79_base import m

INV = "interview_invitation"
C = "interview_reschedule_or_cancel"
N = "missed_interview_notice"

MESSAGES = [
    # ---- invitations
    m(INV, "fr", "bruxelles_env_visio", "Pauline Dewez <pdewez@environnement.example.brussels>",
      "Invitation entretien - Chargée de mission affaires européennes", "2026-02-09 11:20 +0100",
      """Madame Kouassi-Berger,

Suite à l'analyse de votre candidature, nous avons le plaisir de vous inviter à un entretien en visioconférence (Teams) le jeudi 19 février à 14h00, d'une durée d'environ 45 minutes.

Le jury sera composé de la directrice du service Relations internationales, d'un expert métier et de moi-même. Une courte mise en situation (15 min de préparation) est prévue en début d'entretien.

Merci de me confirmer votre disponibilité par retour de mail.

Bien à vous,

Pauline Dewez
Conseillère RH - Bruxelles Environnement
Avenue du Port 86C/3000, 1000 Bruxelles""",
      co="Bruxelles Environnement", fmt="alt", ics={"summary": "Entretien - Chargée de mission affaires européennes", "start": "2026-02-19 13:00", "minutes": 45}),
    m(INV, "en", "calendly_agency", "Jess Okafor <jess@policypeople.example.co.uk>",
      "Quick chat? EU affairs role with a renewables client!!", "2026-01-13 10:05 +0000",
      """Hi Maëlle!!

Thanks so much for sending your CV over - my client (a renewables developer, can share the name once we've spoken!) is REALLY keen on your Brussels background!

Could we jump on a quick 20-min call this week so I can tell you more before I put you forward? Grab whatever slot suits here: https://calendly.example.com/jess-okafor/20min

Speak soon!!
Jess

Jess Okafor | Senior Consultant, Public Affairs
Policy People Recruitment
+44 20 7946 0321""",
      co="Policy People Recruitment"),
    m(INV, "fr", "mutualite_tel", "Céline Marchal <celine.marchal@mutualite-chretienne.example.be>",
      "Votre candidature - Chargée de projets prévention", "2026-02-23 08:47 +0100",
      """Bonjour Madame Kouassi-Berger,

Votre candidature a retenu notre attention. Je vous propose un premier entretien téléphonique d'une vingtaine de minutes. Seriez-vous disponible mercredi 25/02 entre 10h et 12h, ou jeudi 26/02 en matinée ?

Belle journée,

Céline Marchal
Recrutement & Sélection
Mutualité Chrétienne Hainaut-Namur
081 24 48 00""",
      co="Mutualité Chrétienne Hainaut-Namur"),
    m(INV, "en", "goodtime_panel", "Halvorsen Maritime <scheduling@goodtime.example.io>",
      "Please select times for your panel interview with Halvorsen Maritime", "2026-03-04 15:11 +0100",
      """Hi Maëlle,

Congratulations on moving to the next stage for Sustainability Programme Manager! You'll be meeting with a panel of three (Head of ESG, Regulatory Affairs Lead and HR Business Partner) for 90 minutes, including a 15-minute presentation.

Please select your availability using the link below:
https://app.goodtime.example.io/availability/9f2ab31c

Ingrid Solberg
Recruiting Coordinator, Halvorsen Maritime AS
Oslo | Brussels""",
      reply_to="Ingrid Solberg <ingrid.solberg@halvorsen-maritime.example.no>", co="Halvorsen Maritime", fmt="html", brand="Halvorsen Maritime"),
    m(INV, "fr", "terse_directeur", "Laurent Goffin <lgoffin@federation-energie.example.be>",
      "Re: candidature", "2026-03-11 21:34 +0100",
      """Bonsoir,
Votre CV m'intéresse. Pouvez-vous passer nous voir lundi 16 à 9h30 rue Belliard ? Sinon proposez autre chose.
LG

Envoyé de mon iPhone

> Le 10 mars 2026 à 09:12, Maëlle Kouassi-Berger <maelle.kb@example.be> a écrit :
>
> Monsieur Goffin,
> Je me permets de vous adresser ma candidature spontanée pour le poste de conseillère affaires européennes.""",
      co="Fédération belge de l'Énergie", thread=["example.be"]),
    m(INV, "de", "panel_einladung", "Miriam Kühn <miriam.kuehn@klimastiftung-nrw.example.de>",
      "Einladung zum Vorstellungsgespräch - Programmmanagerin Klimaschutz", "2026-04-14 13:02 +0200",
      """Sehr geehrte Frau Kouassi-Berger,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem persönlichen Gespräch in unsere Geschäftsstelle in Düsseldorf einzuladen:

Termin: Dienstag, 28. April 2026, 10:30 Uhr
Ort: Königsallee 60, 3. OG
Gesprächspartner: Dr. Frank Heller (Vorstand), Miriam Kühn (Personal)

Bitte bestätigen Sie den Termin kurz per E-Mail. Reisekosten werden erstattet.

Mit freundlichen Grüßen
Miriam Kühn
Klimastiftung NRW""",
      co="Klimastiftung NRW", cs="iso-8859-1", cte="qp"),
    m(INV, "fr", "epso_assessment", "EPSO <epso-noreply@epso-candidates.example.eu>",
      "EPSO/AD/412/26 - Convocation au centre d'évaluation", "2026-05-05 10:00 +0200",
      """Madame,

Nous avons le plaisir de vous informer que vous êtes invitée à participer à la phase du centre d'évaluation du concours EPSO/AD/412/26 - Administrateurs dans le domaine de la politique de cohésion.

L'épreuve se déroulera à distance le 2 juin 2026. Veuillez consulter votre compte EPSO et confirmer votre créneau dans les 5 jours ouvrables.

Office européen de sélection du personnel""",
      co="EPSO", fmt="alt", brand="EPSO"),
    m(INV, "en", "next_stage_casual", "Amara Nwosu <amara@greenledger.example.io>",
      "next steps :)", "2026-02-17 12:44 +0100",
      """hey Maëlle,

really enjoyed our chat on Friday! we'd love to move you to the next stage - a 1h session with our CEO and head of grants. does next tues or weds afternoon work? anytime after 2pm CET

amara

--
Amara Nwosu
Ops & People, GreenLedger""",
      co="GreenLedger"),
    m(INV, "fr", "ats_auto_planif_lyon", "Métropole de Lyon <recrutement-nepasrepondre@talentsoft.example.fr>",
      "Planifiez votre entretien - Chef(fe) de projet transition écologique", "2026-03-27 14:00 +0100",
      """Bonjour Madame KOUASSI-BERGER,

Votre candidature au poste de Chef(fe) de projet transition écologique (réf. 2026-DDT-088) a été présélectionnée.

Nous vous invitons à choisir un créneau d'entretien avec le jury dans l'espace candidat :
https://metropole-lyon.talentsoft.example.fr/entretien/choisir?id=55413

Les entretiens auront lieu du 13 au 17 avril à l'Hôtel de la Métropole, 20 rue du Lac, Lyon 3e.

Direction des Ressources humaines
Métropole de Lyon""",
      co="Métropole de Lyon", fmt="html", cs="windows-1252", brand="Métropole de Lyon"),
    m(INV, "es", "entrevista_ong", "Carmen Ruiz <carmen.ruiz@redcooperacion.example.org>",
      "Entrevista - Coordinadora de subvenciones", "2026-04-07 09:20 +0200",
      """Estimada Maëlle:

Gracias por tu candidatura. Nos gustaría conocerte en una entrevista por videollamada (Zoom) con la directora de programas. ¿Te vendría bien el jueves 9 de abril a las 11:00 (hora de Madrid)?

Si no te encaja, dime dos o tres opciones y lo cuadramos.

Un saludo cordial,
Carmen Ruiz
Recursos Humanos
Red de Cooperación Internacional""",
      co="Red de Cooperación Internacional", cs="iso-8859-1", cte="qp"),
    m(INV, "fr", "cabinet_chasseur_tu", "Olivier Stassart <olivier@stassart-partners.example.be>",
      "Poste Head of Public Affairs - prochaine étape", "2026-05-12 18:05 +0200",
      """Maëlle,

Super nouvelle : le CEO veut te rencontrer ! Il propose un déjeuner à Bruxelles (Sablon) le vendredi 22 mai à 12h30. Ce sera assez informel mais c'est bien un entretien final, prépare tes exemples sur la gestion de coalitions.

Tu me confirmes ?

Olivier
Stassart & Partners
0475 66 21 09""",
      co="Stassart & Partners"),
    m(INV, "en", "indian_do_revert", "Prakash Iyer <prakash.iyer@suryapower.example.in>",
      "Interview schedule - Manager Government Affairs (EU desk)", "2026-06-03 10:30 +0530",
      """Dear Maelle,

Greetings of the day!

Your profile has been shortlisted for the position of Manager - Government Affairs (EU desk). We would like to schedule a technical round of interview via MS Teams on 8th June 2026 at 11:00 AM CET with our Head - International Business.

Kindly do revert with your confirmation at the earliest, along with your current CTC and notice period.

Thanks & Regards
Prakash Iyer
HR - Talent Acquisition
Surya Power Solutions Ltd.""",
      co="Surya Power Solutions", fmt="alt"),
    m(INV, "fr", "haute_ecole_jury", "Secrétariat de direction <direction@he-condorcet-mons.example.be>",
      "Convocation - épreuve orale", "2026-06-18 16:16 +0200",
      """Madame,

Nous avons le plaisir de vous convoquer à l'épreuve orale (entretien devant jury) pour la fonction de chargée de relations internationales, le mardi 30 juin 2026 à 10h40, au bâtiment administratif, salle du Conseil.

Vous voudrez bien vous munir de votre carte d'identité et d'un extrait de casier judiciaire (modèle 1) daté de moins de trois mois.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour la Direction-Présidence,
Le secrétariat""",
      co="Haute École Condorcet Mons", ct="direction@he-condorcet-mons.example.be", cs="windows-1252", cte="qp"),
    m(INV, "en", "recruitee_video", "Clara Voss <clara.voss@fairfield-bank.example.lu>",
      "Video interview - Sustainable Finance Officer", "2026-07-02 11:11 +0200",
      """Dear Maëlle,

Thank you for your application. We are happy to invite you to a first video interview with Tom Reuter (Head of Sustainable Finance) and myself.

Date: Tuesday 7 July, 15:00-15:45 (Luxembourg time)
Link: https://teams.example.com/l/meetup-join/19%3ameeting_ZmFpcmZpZWxk

A calendar invitation is attached. Please also have a valid work permit / EU citizenship confirmation at hand, we'll ask briefly about it.

Kind regards,
Clara Voss
HR Business Partner
Fairfield Bank Luxembourg S.A.""",
      co="Fairfield Bank Luxembourg", ics={"summary": "Video interview Maëlle Kouassi-Berger / Fairfield Bank", "start": "2026-07-07 13:00"}),
    m(INV, "fr", "quebec_entrevue", "Stéphanie Tremblay <stephanie.tremblay@ville-montreal.example.ca>",
      "Entrevue - conseillère en planification (affaires internationales)", "2026-08-11 13:37 -0400",
      """Bonjour Madame Kouassi-Berger,

À la suite de l'examen écrit, nous avons le plaisir de vous convier à une entrevue devant comité de sélection le 25 août à 9 h 30, au 303, rue Notre-Dame Est, 5e étage. Un test de langue (anglais, niveau intermédiaire) suivra l'entrevue.

Veuillez apporter une preuve de votre statut au Canada (permis de travail ou résidence permanente).

Merci de confirmer votre présence d'ici vendredi.

Stéphanie Tremblay
Conseillère en acquisition de talents
Service des ressources humaines, Ville de Montréal""",
      co="Ville de Montréal"),
    m(INV, "fr", "startup_slack_style", "Hugo <hugo@kilowatt-commun.example.fr>",
      "café ?", "2026-02-02 09:03 +0100",
      """Hello Maëlle,

J'ai vu ta candidature passer pour le poste "Responsable partenariats publics", ton parcours m'intrigue ! Dispo pour un appel rapide demain ou jeudi ? 30 min max, juste pour faire connaissance et te présenter le poste.

Hugo
co-fondateur @ Kilowatt Commun""",
      co="Kilowatt Commun"),
    m(INV, "de", "agentur_telefon", "Sandra Beck <s.beck@hansa-personal.example.de>",
      "Ihre Bewerbung über uns - kurzes Telefonat?", "2026-05-19 08:58 +0200",
      """Hallo Frau Kouassi-Berger,

vielen Dank für Ihr Profil! Für eine Position als Public Affairs Managerin (Berlin/Brüssel) bei einem unserer Kunden aus der Bahnbranche würde ich gern kurz telefonieren. Hätten Sie morgen zwischen 14 und 16 Uhr 15 Minuten Zeit?

Beste Grüße
Sandra Beck
Hansa Personalberatung
+49 40 3861 2290""",
      co="Hansa Personalberatung"),
    m(INV, "en", "smartrecruiters_onsite", "Meridian Health Alliance <jobs-noreply@smartrecruiters.example.com>",
      "Interview invitation: Grants Manager", "2026-09-08 12:00 +0000",
      """Dear Maëlle,

We are pleased to invite you to an onsite interview for the Grants Manager position at our Geneva office.

When: Thursday, 17 September 2026, 13:30-15:30 CEST
Where: Meridian Health Alliance, Chemin des Mines 9, 1202 Geneva
With: Dr. Anjali Rao (Director, Resource Mobilisation), Pierre Zufferey (Finance)

The interview includes a 30-minute written exercise. Please confirm by replying to Gabriela Meier at gabriela.meier@meridianhealth.example.org.

Meridian Health Alliance - Talent Acquisition""",
      reply_to="Gabriela Meier <gabriela.meier@meridianhealth.example.org>", co="Meridian Health Alliance", fmt="alt", brand="Meridian Health Alliance"),
    m(INV, "fr", "assureur_tests", "Nathalie Piron <nathalie.piron@assurances-ardennes.example.be>",
      "Suite de votre candidature", "2026-04-20 10:02 +0200",
      """Bonjour Madame,

Suite à notre entretien téléphonique, j'ai le plaisir de vous proposer la suite du processus : un entretien avec la direction (M. Renard, Directeur Communication & RSE) ainsi qu'un test de langue néerlandais en ligne.

Créneaux possibles : mardi 28 avril à 14h ou mercredi 29 avril à 10h, dans nos bureaux de Namur.

Pourriez-vous me dire ce qui vous convient le mieux ?

Cordialement,
Nathalie Piron
Talent Acquisition Specialist
Assurances des Ardennes""",
      co="Assurances des Ardennes", cs="windows-1252", cte="qp"),
    m(INV, "es", "entrevista_agencia_tel", "Pablo Gil <pablo.gil@nexoconsultores.example.es>",
      "Llamada rápida", "2026-06-22 17:12 +0200",
      """Hola Maëlle! Soy Pablo de Nexo Consultores. Tengo una posición de Gerente de Sostenibilidad para una empresa de transporte en Madrid que te encaja muchísimo!! ¿Tienes 15 minutos mañana para una llamada? Dime hora y te llamo yo.

Gracias!!
Pablo Gil
Nexo Consultores · Headhunting
+34 600 123 456""",
      co="Nexo Consultores"),
    m(INV, "fr", "oi_paris_tour2", "Bureau du recrutement <recrutement@ocdd.example.org>",
      "Second tour - Analyste politiques publiques (Paris)", "2026-07-14 09:09 +0200",
      """Madame,

Nous avons le plaisir de vous informer que votre candidature a été retenue pour le second tour du processus de sélection pour le poste d'Analyste politiques publiques (Direction de la gouvernance publique).

Ce second tour consistera en un entretien par visioconférence avec un panel de quatre personnes, le 23 juillet à 15h00 (heure de Paris). Une invitation vous sera envoyée séparément.

Nous vous saurions gré de confirmer votre participation.

Organisation pour la Coopération et le Développement Durable""",
      co="Organisation pour la Coopération et le Développement Durable", fmt="html", brand="OCDD"),
    m(INV, "en", "aus_phone_screen", "Lachlan Reid <lachlan.reid@coastalwater.example.gov.au>",
      "Phone screen - International Partnerships Lead", "2026-03-02 18:03 +1100",
      """G'day Maëlle,

Thanks for applying for the International Partnerships Lead role. I'd like to set up a 30 min phone screen - given the time difference, would 7:30am Brussels time on Wed 4 or Thu 5 March work for you? I'll call your mobile.

Cheers,
Lachlan Reid
Senior Recruitment Advisor
Coastal Water Authority""",
      co="Coastal Water Authority"),
    m(INV, "fr", "cci_lille", "Isabelle Leroy <i.leroy@cci-hautsdefrance.example.fr>",
      "RE: Candidature Chargée d'affaires européennes", "2026-09-22 11:48 +0200",
      """Bonjour Maëlle,

Merci pour votre retour rapide. Comme évoqué, je vous confirme l'entretien avec Mme Delattre (Directrice Europe & International) :

- vendredi 2 octobre à 10h
- CCI Hauts-de-France, 299 boulevard de Leeds, Lille
- durée : 1h, avec une mise en situation (note de synthèse)

À très vite,
Isabelle Leroy
CCI Hauts-de-France

De : Maëlle Kouassi-Berger <maelle.kb@example.be>
Envoyé : lundi 21 septembre 2026 18:30
À : Isabelle Leroy <i.leroy@cci-hautsdefrance.example.fr>
Objet : RE: Candidature Chargée d'affaires européennes

Bonjour Madame Leroy,
Le vendredi 2 octobre au matin me conviendrait parfaitement.
Bien à vous,
Maëlle

De : Isabelle Leroy
Envoyé : lundi 21 septembre 2026 10:02
Objet : Candidature Chargée d'affaires européennes

Bonjour, seriez-vous disponible la semaine prochaine pour un entretien ?""",
      co="CCI Hauts-de-France", thread=["cci-hautsdefrance.example.fr", "example.be"], cs="windows-1252"),
    m(INV, "fr", "ambassade_ref", "Moussa Diallo <m.diallo@agence-senegal-invest.example.sn>",
      "Entretien - Responsable partenariats UE", "2026-08-26 10:15 +0000",
      """Bonjour Madame Kouassi-Berger,

Votre dossier a été retenu. Nous vous invitons à un entretien en visioconférence le lundi 7 septembre à 11h GMT (13h à Bruxelles) avec le Directeur général adjoint.

Merci de nous transmettre également les coordonnées de deux références professionnelles avant l'entretien.

Cordialement,
Moussa Diallo
Chef du service du personnel
Agence sénégalaise de promotion des investissements - Dakar""",
      co="Agence sénégalaise de promotion des investissements"),
    m(INV, "en", "greenhouse_ics_case", "Tallberg Consulting <no-reply@greenhouse-mail.example.io>",
      "Interview Confirmation: Maëlle Kouassi-Berger - Consultant, EU Funding", "2026-10-06 09:30 +0200",
      """Hi Maëlle,

Your case interview for Consultant, EU Funding with Tallberg Consulting is confirmed.

Wednesday, October 14, 2026
10:00 AM - 11:30 AM CEST
Location: Video call (link in the attached invitation)
Interviewers: Sofie Lindqvist, Partner; Mark de Groot, Manager

If you need to reschedule, please reply to your recruiter, Emma Hartmann (emma.hartmann@tallberg.example.se).

Tallberg Consulting""",
      co="Tallberg Consulting", ct="emma.hartmann@tallberg.example.se", fmt="alt",
      ics={"summary": "Case interview - Tallberg Consulting", "start": "2026-10-14 08:00", "minutes": 90}),
    # ---- reschedules and cancellations
    m(C, "fr", "report_jury", "Pauline Dewez <pdewez@environnement.example.brussels>",
      "Report de votre entretien du 19/02", "2026-02-16 17:50 +0100",
      """Madame Kouassi-Berger,

En raison de l'indisponibilité d'un membre du jury, nous devons malheureusement reporter votre entretien prévu ce jeudi 19 février. Nous vous proposons le mardi 24 février à 10h00 ou le mercredi 25 à 15h30, toujours via Teams.

Toutes nos excuses pour ce changement.

Bien à vous,
Pauline Dewez
Bruxelles Environnement""",
      reply_of="bruxelles_env_visio", co="Bruxelles Environnement"),
    m(C, "en", "cancel_ics", "Oliver Grant <oliver.grant@lowlands-ports.example.nl>",
      "Cancelled: Interview - Stakeholder Engagement Manager", "2026-03-09 08:01 +0100",
      """Hi Maëlle,

I'm sorry to do this at short notice but I need to cancel our interview this afternoon - our CEO has called an all-hands I can't miss. I'll come back to you today with new times.

Apologies again,
Oliver

Oliver Grant | Head of Corporate Affairs | Lowlands Ports Authority, The Hague""",
      co="Lowlands Ports Authority", ics={"summary": "Interview - Stakeholder Engagement Manager", "start": "2026-03-09 14:00", "method": "CANCEL", "sequence": 1}),
    m(C, "fr", "deplacement_horaire", "Céline Marchal <celine.marchal@mutualite-chretienne.example.be>",
      "Petit changement d'horaire", "2026-02-25 08:12 +0100",
      """Bonjour Madame,

Serait-il possible de décaler notre appel de ce matin à 11h30 au lieu de 10h ? J'ai une réunion qui vient d'être ajoutée. Si ce n'est pas possible, on peut garder 10h bien sûr.

Merci et désolée !
Céline Marchal
Mutualité Chrétienne Hainaut-Namur""",
      co="Mutualité Chrétienne Hainaut-Namur"),
    m(C, "de", "termin_verschoben", "Miriam Kühn <miriam.kuehn@klimastiftung-nrw.example.de>",
      "Terminänderung Vorstellungsgespräch 28.04.", "2026-04-22 12:30 +0200",
      """Sehr geehrte Frau Kouassi-Berger,

leider muss Herr Dr. Heller kurzfristig zu einer Vorstandssitzung nach Berlin. Wir müssen unser Gespräch am 28. April daher verschieben. Wäre Ihnen stattdessen Montag, der 4. Mai, um 11:00 Uhr möglich?

Ich bitte die Unannehmlichkeiten zu entschuldigen.

Mit freundlichen Grüßen
Miriam Kühn
Klimastiftung NRW""",
      reply_of="panel_einladung", co="Klimastiftung NRW", cs="iso-8859-1", cte="b64"),
    m(C, "fr", "annulation_sms_style", "Olivier Stassart <olivier@stassart-partners.example.be>",
      "Re: Poste Head of Public Affairs - prochaine étape", "2026-05-21 19:58 +0200",
      """Maëlle, désolé, le déj de demain avec le CEO est annulé, il est coincé à Strasbourg (plénière prolongée). Je te propose une nouvelle date dès que j'ai son agenda. Vraiment désolé !!
O.

Envoyé depuis mon mobile""",
      reply_of="cabinet_chasseur_tu", co="Stassart & Partners"),
    m(C, "en", "workday_reschedule", "Aurora Insurance Group <aurora@myworkday.example.com>",
      "Action required: your interview has been rescheduled", "2026-06-15 07:00 +0000",
      """Hello Maëlle,

The interview for the role Corporate Responsibility Lead (JR-22871) has been rescheduled by the hiring team.

Previous time: 17 June 2026, 10:00 BST
New time: 19 June 2026, 14:00 BST
Format: Microsoft Teams

If the new time does not work for you, please reply to your recruiter, Fiona Walsh.

Aurora Insurance Group""",
      co="Aurora Insurance Group", reply_to="Fiona Walsh <fiona.walsh@aurora-insurance.example.co.uk>", fmt="html", brand="Aurora Insurance Group"),
    m(C, "es", "aplazamiento", "Carmen Ruiz <carmen.ruiz@redcooperacion.example.org>",
      "RE: Entrevista - Coordinadora de subvenciones", "2026-04-08 16:40 +0200",
      """Hola de nuevo, Maëlle:

Perdona el cambio de última hora: la directora de programas está enferma y tenemos que aplazar la entrevista de mañana. ¿Podríamos pasarla al martes 14 a la misma hora?

Mil disculpas,
Carmen

El mar, 7 abr 2026 a las 9:20, Carmen Ruiz (<carmen.ruiz@redcooperacion.example.org>) escribió:
> Estimada Maëlle:
> Gracias por tu candidatura. Nos gustaría conocerte en una entrevista por videollamada...""",
      reply_of="entrevista_ong", co="Red de Cooperación Internacional"),
    m(C, "fr", "epso_modif_creneau", "Organisation pour la Coopération et le Développement Durable <recrutement@ocdd.example.org>",
      "Modification - second tour du 23 juillet", "2026-07-20 13:13 +0200",
      """Madame,

Pour des raisons d'organisation, l'entretien du second tour initialement prévu le 23 juillet à 15h00 est déplacé au 23 juillet à 17h30 (heure de Paris). Le lien de connexion reste inchangé.

Nous vous prions de bien vouloir nous excuser pour ce changement et de confirmer votre disponibilité.

Bureau du recrutement""",
      co="Organisation pour la Coopération et le Développement Durable", fmt="alt", brand="OCDD"),
    m(C, "fr", "annule_poste_entretien", "Hugo <hugo@kilowatt-commun.example.fr>",
      "on annule jeudi", "2026-02-04 22:10 +0100",
      """Salut Maëlle,

Désolé je dois annuler notre échange de jeudi, grosse semaine de levée de fonds. Je te renvoie un créneau la semaine pro si ça te va.

Hugo""",
      co="Kilowatt Commun"),
    m(C, "en", "outlook_chain_moved", "Priya Menon <priya.menon@indus-infra.example.in>",
      "RE: Interview - Head of EU Partnerships", "2026-09-02 06:40 +0000",
      """Hi Maelle,

Hope you are doing well. Our Director is travelling on 4th Sept, hence we need to prepone the interview to 3rd Sept, 3:00 PM CET. Kindly confirm if this works for you, else do suggest an alternate slot.

Regards,
Priya Menon
Indus Infrastructure Group

From: Maëlle Kouassi-Berger <maelle.kb@example.be>
Sent: Monday, August 31, 2026 4:15 PM
To: Priya Menon
Subject: RE: Interview - Head of EU Partnerships

Dear Priya, 4 September at 11:00 CET is confirmed. Best, Maëlle""",
      co="Indus Infrastructure Group", thread=["indus-infra.example.in", "example.be"], cs="windows-1252", cte="qp"),
    m(C, "fr", "quebec_reporte", "Stéphanie Tremblay <stephanie.tremblay@ville-montreal.example.ca>",
      "Report - entrevue du 25 août", "2026-08-20 15:05 -0400",
      """Bonjour Madame Kouassi-Berger,

Nous devons malheureusement reporter l'entrevue du 25 août en raison d'un changement dans la composition du comité. La nouvelle date proposée est le 1er septembre à 13 h 30, même endroit. Le test de langue est maintenu.

Merci de nous confirmer le tout.

Stéphanie Tremblay
Ville de Montréal""",
      reply_of="quebec_entrevue", co="Ville de Montréal"),
    m(C, "fr", "annulation_recrutement_clos", "Nathalie Piron <nathalie.piron@assurances-ardennes.example.be>",
      "Annulation de l'entretien du 29/04", "2026-04-27 09:30 +0200",
      """Bonjour Madame,

Je suis au regret de devoir annuler l'entretien de mercredi avec M. Renard : celui-ci a dû s'absenter pour raisons familiales. Je reviens vers vous d'ici la fin de semaine avec une nouvelle proposition de date.

Veuillez accepter nos excuses.
Nathalie Piron
Assurances des Ardennes""",
      co="Assurances des Ardennes"),
    m(C, "de", "teams_neuer_link", "Annika Brandt <annika.brandt@ostsee-wind.example.de>",
      "Verschiebung unseres Gesprächs", "2026-07-28 10:20 +0200",
      """Hallo Frau Kouassi-Berger,

kurze Info: wir müssen unser Gespräch von Donnerstag 14 Uhr auf Freitag 9:30 Uhr verschieben, da unser Geschäftsführer am Donnerstag auf einer Anhörung im Bundestag ist. Eine aktualisierte Einladung folgt. Passt das für Sie?

Danke und viele Grüße
Annika Brandt
Ostsee Wind Energie""",
      co="Ostsee Wind Energie", ics={"summary": "Gespräch Kouassi-Berger / Ostsee Wind", "start": "2026-07-31 07:30", "sequence": 2}),
    m(C, "en", "norwegian_pushed", "Ingrid Solberg <ingrid.solberg@halvorsen-maritime.example.no>",
      "Panel interview - new date needed", "2026-03-13 14:02 +0100",
      """Dear Maëlle,

Unfortunately our Head of ESG has been called to Oslo next week, so we will have to postpone your panel interview on 18 March. Could you let me know your availability for the week of 23 March?

Apologies for the inconvenience.

Best regards,
Ingrid Solberg
Halvorsen Maritime""",
      co="Halvorsen Maritime"),
    # ---- missed interview notices
    m(N, "fr", "appel_manque", "Céline Marchal <celine.marchal@mutualite-chretienne.example.be>",
      "Notre entretien téléphonique", "2026-02-25 11:52 +0100",
      """Bonjour Madame,

J'ai essayé de vous joindre à 11h30 comme convenu pour notre entretien téléphonique, sans succès (messagerie). Peut-être y a-t-il eu un souci de numéro ?

N'hésitez pas à me recontacter pour fixer un autre moment.

Cordialement,
Céline Marchal
Mutualité Chrétienne Hainaut-Namur
081 24 48 00""",
      co="Mutualité Chrétienne Hainaut-Namur"),
    m(N, "en", "teams_no_join", "Clara Voss <clara.voss@fairfield-bank.example.lu>",
      "Today's interview", "2026-07-07 15:20 +0200",
      """Dear Maëlle,

Tom and I were in the Teams meeting at 15:00 today but you did not join. We waited about 15 minutes.

I hope everything is alright. Please let me know whether you are still interested in the position and we can see if another slot is possible.

Kind regards,
Clara Voss
Fairfield Bank Luxembourg S.A.""",
      co="Fairfield Bank Luxembourg"),
    m(N, "fr", "jury_absente", "Secrétariat de direction <direction@he-condorcet-mons.example.be>",
      "Épreuve orale du 30 juin - absence", "2026-06-30 12:05 +0200",
      """Madame,

Nous constatons votre absence à l'épreuve orale prévue ce jour à 10h40. Sans nouvelles de votre part d'ici le 3 juillet, nous considérerons que vous vous retirez de la procédure.

Pour la Direction-Présidence,
Le secrétariat
Haute École Condorcet Mons""",
      co="Haute École Condorcet Mons", ct="direction@he-condorcet-mons.example.be"),
    m(N, "en", "aus_tried_calling", "Lachlan Reid <lachlan.reid@coastalwater.example.gov.au>",
      "Missed you this morning", "2026-03-04 17:45 +1100",
      """Hi Maëlle,

I tried calling you at the scheduled time (7:30am your time) but it rang out. No dramas - these things happen with time zones! Let me know if you'd like to rebook.

Cheers,
Lachlan""",
      co="Coastal Water Authority"),
    m(N, "es", "no_se_conecto", "Pablo Gil <pablo.gil@nexoconsultores.example.es>",
      "Hoy a las 10", "2026-06-24 10:25 +0200",
      """Hola Maëlle, te he llamado a las 10 como quedamos pero no me lo has cogido. ¿Todo bien? Si quieres lo intentamos esta tarde o mañana, dime!

Pablo
Nexo Consultores""",
      reply_of="entrevista_agencia_tel", co="Nexo Consultores"),
    m(N, "fr", "visio_personne", "Isabelle Leroy <i.leroy@cci-hautsdefrance.example.fr>",
      "Entretien de ce matin", "2026-10-02 10:40 +0200",
      """Bonjour Maëlle,

Mme Delattre et moi vous avons attendue ce matin à 10h à la CCI, sans nouvelles de votre part. J'espère qu'il ne vous est rien arrivé.

Pouvez-vous me rappeler au 03 20 63 77 00 pour que nous fassions le point ?

Cordialement,
Isabelle Leroy
CCI Hauts-de-France""",
      co="CCI Hauts-de-France"),
    m(N, "de", "nicht_erschienen", "Sandra Beck <s.beck@hansa-personal.example.de>",
      "Unser Telefonat heute", "2026-05-20 16:20 +0200",
      """Hallo Frau Kouassi-Berger,

ich hatte Sie heute wie vereinbart um 14 Uhr angerufen, Sie aber leider nicht erreicht. Möchten Sie einen neuen Termin ausmachen? Der Kunde möchte diese Woche noch Profile sehen.

Beste Grüße
Sandra Beck
Hansa Personalberatung""",
      co="Hansa Personalberatung", cs="iso-8859-1"),
    m(N, "en", "greenhouse_no_show", "Tallberg Consulting <no-reply@greenhouse-mail.example.io>",
      "We missed you today", "2026-10-14 12:05 +0200",
      """Hi Maëlle,

Sofie and Mark were ready for your case interview at 10:00 this morning but unfortunately you weren't able to join. If something came up, please reply to Emma Hartmann (emma.hartmann@tallberg.example.se) to discuss whether we can find another time.

Tallberg Consulting""",
      reply_of="greenhouse_ics_case", co="Tallberg Consulting", ct="emma.hartmann@tallberg.example.se", fmt="html", brand="Tallberg Consulting"),
    m(N, "fr", "quebec_absence_test", "Josée Bouchard <josee.bouchard@ville-quebec.example.ca>",
      "Absence - entrevue et test de langue", "2026-09-01 15:10 -0400",
      """Bonjour Madame Kouassi-Berger,

Vous étiez convoquée aujourd'hui à 13 h 30 pour l'entrevue et le test de langue (poste d'agente de liaison internationale). Nous avons constaté votre absence.

Si un imprévu vous en a empêchée, communiquez avec moi d'ici le 4 septembre; après cette date, votre candidature sera fermée.

Josée Bouchard
Ville de Québec - Service des ressources humaines""",
      co="Ville de Québec"),
    m(N, "fr", "startup_on_ta_attendue", "Amara Nwosu <amara@greenledger.example.io>",
      "tout va bien ?", "2026-02-24 14:32 +0100",
      """Hello Maëlle,

on t'attendait sur Meet à 14h avec Lucas (CEO) et Inès, on n'a pas réussi à te joindre. Tout va bien ? Dis-moi si on reprogramme.

Amara
GreenLedger""",
      co="GreenLedger"),
]
