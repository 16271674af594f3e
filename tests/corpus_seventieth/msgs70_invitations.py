"""Interview invitations received by Luc over Jan-Oct 2026; shapes come from msgs70_build."""

from __future__ import annotations

from msgs70_build import Ics, M, Quote

K = "interview_invitation"

MESSAGES = [
    M(K, "calendly_harlow_kestrel", "en", "Kestrel Depositary Services", "georgia@harlowfinch.example.com",
      "Georgia Hale <georgia@harlowfinch.example.com>",
      "Quick chat re Kestrel?", "2026-01-14 11:20",
      """Hi Luc!

Great news - Kestrel Depositary Services have had a look at your CV and they'd really like to speak to you for the Depositary Oversight Analyst role!!

First step is a 30 min phone screen with Hannah from their HR team. Would you be free for a quick chat one day next week? Easiest is to grab a slot here: https://calendly.com/harlowfinch-georgia/kestrel-screen

Any issues just give me a shout on the mobile.

Georgia

Georgia Hale | Principal Consultant
Harlow & Finch
+44 7700 900 418 | Luxembourg & Dublin
"""),

    M(K, "goodtime_pellucid", "en", "Pellucid Asset Management", "",
      "Pellucid Asset Management <scheduling@goodtime.io>",
      "Action required: choose your interview times - Pellucid Asset Management", "2026-02-02 15:02",
      """Hi Luc,

The Pellucid Asset Management team would like to invite you to the next step for the ESG Data & Reporting Analyst role: a 60-minute virtual interview with the Sustainability team (two interviewers).

Please select the times that work best for you using the link below. Slots are offered in your local time zone (CET).

Select your availability: https://app.goodtime.io/s/pellucid/3f9d2c7a

Once you submit your availability you will receive a calendar invitation with a Zoom link.

Thanks,
Pellucid Recruiting Coordination

Powered by GoodTime. Please do not reply directly to this email.
""", shape="html"),

    M(K, "teams_ics_carrington", "en", "Carrington Webb", "emma.schmit@carringtonwebb.example.lu",
      "Emma Schmit <emma.schmit@carringtonwebb.example.lu>",
      "Interview invitation - Senior Associate, Regulatory Reporting Advisory", "2026-02-09 09:41",
      """Dear Luc,

Thank you for your application for the Senior Associate position in our Regulatory Reporting Advisory team.

We would like to invite you to a first interview with Laurent Becker (Director) and myself on Tuesday 17 February at 14:00 via Microsoft Teams. You'll find the invitation attached; please accept it so it appears in your calendar.

The conversation will last around 45 minutes and will cover your experience with CSSF and ECB reporting, followed by your questions.

Kind regards,

Emma Schmit
Talent Acquisition Specialist
Carrington Webb Luxembourg
Kirchberg, 39 avenue J.F. Kennedy, L-1855 Luxembourg
+352 42 555 310

[Carrington Webb logo]
This message is intended only for the addressee and may contain confidential information.
""", shape="alt", ics=Ics("Interview - Luc Hoffmann-Nakamura / Carrington Webb", "2026-02-17 14:00", 45,
                         organizer="Emma Schmit <emma.schmit@carringtonwebb.example.lu>",
                         location="Microsoft Teams Meeting")),

    M(K, "shortlisted_vasudha", "en", "Vasudha Payments Europe", "talent.eu@vasudhapay.example.com",
      "Talent EU | Vasudha Payments <talent.eu@vasudhapay.example.com>",
      "Shortlisted for Technical Round - AML Transaction Monitoring Lead", "2026-02-26 06:48",
      """Dear Luc,

Greetings of the day!

We are pleased to inform you that you have been shortlisted for the Technical Round of interview for the position of AML Transaction Monitoring Lead at Vasudha Payments Europe, Luxembourg.

The interview will be conducted virtually by our Head of Compliance and a member of the Group FCU team from Bengaluru. Kindly confirm your availability for any of the below slots (CET):

1) 4th March, 10:00 AM
2) 4th March, 12:30 PM
3) 5th March, 09:30 AM

Request you to do revert at the earliest so that we can block the calendars of the panel.

Thanks and Regards,
Priya Raghunathan
Talent Acquisition - Europe
Vasudha Payments Europe S.A. | a Vasudha Group company
"""),

    M(K, "next_stage_shannon", "en", "Shannon Fund Services", "niamh.doyle@shannonfs.example.ie",
      "Niamh Doyle <niamh.doyle@shannonfs.example.ie>",
      "Re: Your application", "2026-03-12 12:15",
      """Hi Luc,

Good news! Conor really enjoyed your chat last week and we'd love to move you to the next stage.

That'll be a case study presentation (about 20 mins, then Q&A) to a panel of three, in person at our Luxembourg office in Strassen. I'll send the case pack 48h before. Could you let me know which of these suit: Wed 25th pm or Thu 26th am?

Cheers,
Niamh

Niamh Doyle
Talent Partner | Shannon Fund Services
""", quote=Quote("outlook", "Luc Hoffmann-Nakamura <luc.hn@example.lu>", "Friday, March 6, 2026 5:02 PM",
                 "Hi Niamh,\n\nThanks for setting up the call with Conor. Looking forward to hearing about next steps.\n\nBest regards,\nLuc",
                 "Your application")),

    M(K, "terse_cro_tejo", "en", "Tejo Capital", "rui.almeida@tejocapital.example.pt",
      "Rui Almeida <rui.almeida@tejocapital.example.pt>",
      "Quick question", "2026-03-19 19:03",
      """Luc - are you free Thursday 3pm for 30 min with our CRO? Teams link to follow.

Rui

--
Rui Almeida
Managing Director, Tejo Capital Luxembourg
Sent from Outlook for iOS
"""),

    M(K, "panel_esma_like", "en", "European Statistical Methods Agency", "esma-recruitment@esmagency.example.eu",
      "ESMA Recruitment <esma-recruitment@esmagency.example.eu>",
      "Invitation to interview and written test - ESMAG/2026/CA/014", "2026-04-07 10:00",
      """Dear Mr Hoffmann-Nakamura,

Selection procedure ESMAG/2026/CA/014 - Contract Agent FG IV - Data Analyst (Financial Statistics)

Following the evaluation of applications, the Selection Committee is pleased to invite you to the next phase of the selection procedure, consisting of a written test (60 minutes) and a structured interview with the Selection Committee (approximately 40 minutes).

Date: 21 April 2026
Time: 09:30 (Luxembourg time)
Place: Bâtiment Joseph Bech, 5 rue Alphonse Weicker, L-2721 Luxembourg-Kirchberg

Please confirm your participation by replying to this email by 14 April 2026 and bring a valid identity document. Travel expenses can be reimbursed in accordance with the rules annexed.

Yours sincerely,

HR Unit - Selection & Recruitment
European Statistical Methods Agency
""", ics=Ics("ESMAG/2026/CA/014 - Written test & interview", "2026-04-21 09:30", 120,
              organizer="ESMA Recruitment <esma-recruitment@esmagency.example.eu>",
              location="Bâtiment Joseph Bech, Luxembourg-Kirchberg")),

    M(K, "assessment_atlas", "en", "Atlas Maghreb Bank Europe", "y.bennani@atlasmaghreb.example.fr",
      "Youssef Bennani <y.bennani@atlasmaghreb.example.fr>",
      "Next step - Compliance Officer (Paris / Luxembourg)", "2026-05-04 14:37",
      """Dear Luc,

Thank you for your time on the phone on Thursday. I am happy to tell you that our Chief Compliance Officer, Mrs. Laila El Amrani, would like to meet you.

The next step would be a half-day at our Paris office (boulevard Haussmann): a short written exercise on a KYC file, followed by a panel interview with Mrs. El Amrani and the Head of Financial Security. Would Monday 18 May or Tuesday 19 May in the morning suit you? We will of course cover your train ticket from Luxembourg.

Please also let me know whether you would need a work permit for France, as this affects the contract type.

Best regards,

Youssef Bennani
HR Business Partner
Atlas Maghreb Bank Europe
+33 1 55 55 62 14
"""),

    M(K, "aussie_southern_cross", "en", "Southern Cross Wealth", "mia.t@southerncrosswealth.example.com.au",
      "Mia Thompson <mia.t@southerncrosswealth.example.com.au>",
      "Remote Risk Analyst - keen to chat", "2026-06-01 23:40",
      """G'day Luc,

Thanks heaps for applying for the remote Risk Analyst gig. Your background in Lux fund admin is exactly what we're after for our European feeder funds.

Reckon it'd be worth a proper chat with me and Josh (our Head of Risk). Time zones are a bit of a pain - would 8am your time on Wednesday or Thursday work? Happy to send a Zoom.

Cheers,
Mia

Mia Thompson | People & Culture Lead
Southern Cross Wealth | Level 12, 1 Collins St, Melbourne VIC 3000
"""),

    M(K, "entretien_video_hollerich", "fr", "Banque Hollerich", "recrutement@banque-hollerich.example.lu",
      "Banque Hollerich - Ressources Humaines <recrutement@banque-hollerich.example.lu>",
      "Invitation à un entretien vidéo", "2026-01-22 10:10",
      """Monsieur,

Nous avons le plaisir de vous informer que votre candidature au poste d'Analyste KYC / Onboarding clients privés a retenu notre attention.

Nous vous proposons un premier entretien vidéo via Microsoft Teams le jeudi 29 janvier 2026 à 10h30, avec Mme Catherine Reuter, Responsable Conformité, et M. Paul Schroeder, Ressources Humaines. Vous trouverez l'invitation en pièce jointe.

Merci de bien vouloir nous confirmer votre présence par retour de mail.

Nous vous prions d'agréer, Monsieur, nos salutations distinguées.

Service Recrutement
Banque Hollerich S.A.
Route d'Esch 70, L-1470 Luxembourg
""", shape="alt", charset="iso-8859-1", cte="quoted-printable",
      ics=Ics("Entretien - M. Hoffmann-Nakamura", "2026-01-29 10:30", 60,
              organizer="Service Recrutement <recrutement@banque-hollerich.example.lu>", location="Microsoft Teams")),

    M(K, "cabinet_arvel_appel", "fr", "Eurolux Fund Services", "b.lefort@arvel-conseil.example.fr",
      "Baptiste Lefort <b.lefort@arvel-conseil.example.fr>",
      "Poste AML chez Eurolux", "2026-02-11 08:52",
      """Hello Luc,

Suite à ta candidature, j'ai échangé avec Eurolux Fund Services sur ton profil : ils sont intéressés !! On se cale un appel de 20 min pour que je te présente le poste (Senior AML/KYC Officer, Munsbach, CDI) avant de te proposer pour un entretien avec eux ?

Je suis dispo demain entre 12h et 14h ou vendredi matin. Dis-moi ce qui t'arrange.

A très vite,
Baptiste

Baptiste Lefort
Consultant Senior Banque & Finance
Arvel Conseil - Metz | Luxembourg
+33 6 55 12 40 87
"""),

    M(K, "teamtailor_solvane", "fr", "Solvane", "",
      "Solvane <noreply@teamtailor.com>",
      "Solvane - réservez votre entretien", "2026-03-03 16:26",
      """Bonjour Luc,

Merci pour votre candidature au poste de Risk & Compliance Analyst chez Solvane !

Nous aimerions faire votre connaissance. Choisissez le créneau qui vous convient pour un premier échange de 30 minutes avec Léa, notre Head of Compliance :

https://solvane.teamtailor.com/meetings/f8a21c

À très bientôt,
L'équipe Solvane
""", shape="html", html_extra='<p><img src="https://cdn.example.com/solvane/logo.png" alt="Solvane - paiements B2B"></p>'),

    M(K, "mercator_rencontrer", "fr", "Groupe Mercator Assurances", "f.peeters@mercator-assur.example.be",
      "Frédéric Peeters <f.peeters@mercator-assur.example.be>",
      "Votre candidature - Actuaire / Risk Manager", "2026-03-23 11:05",
      """Bonjour Monsieur Hoffmann-Nakamura,

Votre candidature a retenu toute notre attention et nous souhaiterions vous rencontrer dans nos bureaux de Bruxelles (avenue Louise) afin de faire plus ample connaissance.

Seriez-vous disponible le mercredi 1er avril à 14h ou le jeudi 2 avril à 10h ? L'entretien durera environ une heure et se déroulera avec le responsable du département Risques et moi-même.

Au plaisir de vous lire,

Bien à vous,

Frédéric Peeters
Recruiter - Groupe Mercator Assurances
Avenue Louise 149, 1050 Bruxelles
+32 2 555 41 90
"""),

    M(K, "geneve_lavaux", "fr", "Lavaux Gestion", "m.rochat@lavaux-gestion.example.ch",
      "Mathilde Rochat <m.rochat@lavaux-gestion.example.ch>",
      "Entretien sur site - Lavaux Gestion", "2026-04-14 09:18",
      """Cher Monsieur,

Suite à notre entretien téléphonique de vendredi, j'ai le plaisir de vous convier à un second entretien dans nos locaux à Genève, avec M. Olivier Favre, Directeur des risques, et Mme Anne Jaquet, responsable ESG.

Nous vous proposons le mardi 28 avril à 9h15. Nous prendrons en charge vos frais de déplacement. Merci de me confirmer si cette date vous convient ; dans le cas contraire, je vous ferai volontiers d'autres propositions.

Avec mes meilleures salutations,

Mathilde Rochat
Responsable RH
Lavaux Gestion SA
Rue du Rhône 62, 1204 Genève - +41 22 555 70 11
""", cte="base64"),

    M(K, "convocation_ilrf", "fr", "Institut luxembourgeois de régulation financière", "recrutement@ilrf.example.lu",
      "ILRF - Recrutement <recrutement@ilrf.example.lu>",
      "Convocation - épreuve écrite et entretien - Réf. ILRF/26/AML/03", "2026-05-08 15:00",
      """Monsieur,

Nous avons l'honneur de vous informer que votre candidature pour le poste de Juriste-analyste en lutte contre le blanchiment (réf. ILRF/26/AML/03) a été présélectionnée.

Vous êtes dès lors convoqué à une épreuve écrite (durée : 2 heures), suivie le même jour d'un entretien devant le jury, le vendredi 22 mai 2026 à 9h00, dans nos locaux au 283, route d'Arlon à Luxembourg.

Nous vous prions de vous munir d'une pièce d'identité et de nous confirmer votre présence au plus tard le 15 mai.

Veuillez agréer, Monsieur, l'expression de nos sentiments distingués.

Le Service des Ressources humaines
Institut luxembourgeois de régulation financière
""", charset="iso-8859-1", cte="8bit"),

    M(K, "moien_fintrail", "fr", "Fintrail", "gilles@fintrail.example.lu",
      "Gilles Wagner <gilles@fintrail.example.lu>",
      "Moien Luc", "2026-06-05 13:44",
      """Moien Luc,

Gilles ici, co-fondateur de Fintrail. J'ai vu passer ta candidature pour le poste de KYC Ops Lead, et franchement ton profil nous plaît bien.

Est-ce que tu serais dispo pour un premier échange la semaine prochaine ? Un café au Lux Tech hub au Kirchberg, ou en visio si c'est plus simple pour toi. Mardi ou mercredi fin d'après-midi de mon côté.

Merci villmools,
Gilles
--
Gilles Wagner | Co-founder & COO | Fintrail
+352 661 555 093
"""),

    M(K, "conducting_officer_valdor", "fr", "Valdor Gestion", "a.thill@valdor-gestion.example.lu",
      "Anne Thill <a.thill@valdor-gestion.example.lu>",
      "RE: Candidature Risk Manager ManCo", "2026-07-07 10:25",
      """Bonjour Luc,

Merci pour votre retour rapide.

Comme évoqué, l'étape suivante est une rencontre avec notre conducting officer en charge de la gestion des risques, M. Henri Kremer. Il vous propose le lundi 13 juillet à 11h à nos bureaux de Leudelange (3, rue Jean Fischbach). Prévoir environ une heure.

Pouvez-vous me confirmer ?

Bien à vous,

Anne Thill
Office Manager & HR
Valdor Gestion S.A. - Société de gestion agréée CSSF
""", quote=Quote("outlook", "Luc Hoffmann-Nakamura <luc.hn@example.lu>", "lundi 6 juillet 2026 18:31",
                 "Bonjour Madame Thill,\n\nJe vous remercie pour votre appel et reste à votre disposition pour la suite.\n\nCordialement,\nLuc Hoffmann-Nakamura",
                 "Candidature Risk Manager ManCo"), shape="alt"),

    M(K, "test_technique_petrusse", "fr", "Pétrusse Conseil", "recrutement@petrusse-conseil.example.lu",
      "Recrutement Pétrusse Conseil <recrutement@petrusse-conseil.example.lu>",
      "Pétrusse Conseil - Suite de votre candidature Data Analyst Risque", "2026-08-25 09:02",
      """Bonjour Luc,

Merci pour votre candidature, qui a retenu notre attention !

La prochaine étape de notre processus comporte deux temps :
1. un test technique en ligne (Excel avancé, SQL, 45 min) à réaliser d'ici vendredi : https://tests.petrusse-conseil.example.lu/invite/7c1e
2. un entretien en visio avec Jérôme, manager de l'équipe Risk Analytics, le mardi 8 septembre à 16h (lien Teams envoyé séparément).

Merci de nous confirmer votre disponibilité pour l'entretien.

Bonne journée,
Camille pour l'équipe Pétrusse Conseil
""", shape="alt"),

    M(K, "einladung_kvg_trier", "de", "Kapitalverwaltung Trier", "n.schaefer@kvg-trier.example.de",
      "Nadine Schäfer <n.schaefer@kvg-trier.example.de>",
      "Einladung zum Vorstellungsgespräch", "2026-01-28 14:14",
      """Sehr geehrter Herr Hoffmann-Nakamura,

vielen Dank für Ihre Bewerbung als Spezialist Meldewesen (m/w/d). Ihre Unterlagen haben uns überzeugt und wir möchten Sie gerne persönlich kennenlernen.

Gerne laden wir Sie zu einem Vorstellungsgespräch per Microsoft Teams am Mittwoch, den 4. Februar 2026 um 10:00 Uhr ein. Am Gespräch nehmen Herr Dr. Braun (Leiter Meldewesen) und ich teil.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Nadine Schäfer
Personalreferentin
Kapitalverwaltung Trier GmbH
Simeonstraße 40, 54290 Trier
Telefon: 0651 555 2217
""", ics=Ics("Vorstellungsgespräch Hoffmann-Nakamura", "2026-02-04 10:00", 60,
              organizer="Nadine Schäfer <n.schaefer@kvg-trier.example.de>", location="Microsoft Teams-Besprechung")),

    M(K, "du_kennenlernen_paylo", "de", "Paylo", "jonas@paylo.example.de",
      "Jonas von Paylo <jonas@paylo.example.de>",
      "Kurzes Kennenlernen?", "2026-02-19 17:50",
      """Hey Luc,

danke für deine Bewerbung als AML Analyst bei Paylo! Wir würden dich gern kennenlernen :)

Hast du Lust auf ein kurzes Kennenlern-Gespräch (30 Min., Google Meet)? Such dir einfach einen Slot aus: https://calendly.com/paylo-jonas/kennenlernen

Bis bald!
Jonas
People Lead @ Paylo
"""),

    M(K, "zuerich_vermoegensbank", "de", "Zürcher Vermögensbank", "r.baumann@zvb.example.ch",
      "Regula Baumann <r.baumann@zvb.example.ch>",
      "Ihre Bewerbung als Compliance Officer", "2026-04-23 08:05",
      """Sehr geehrter Herr Hoffmann-Nakamura

Besten Dank für Ihre Bewerbung und Ihr Interesse an der Zürcher Vermögensbank.

Gerne laden wir Sie zu einem ersten Gespräch an unserem Hauptsitz an der Bahnhofstrasse ein. Als Termine können wir Ihnen Donnerstag, 7. Mai um 14.00 Uhr oder Freitag, 8. Mai um 9.30 Uhr anbieten. Das Gespräch dauert rund 60 Minuten; Sie lernen dabei Herrn Kälin, Leiter Legal & Compliance, kennen.

Wir freuen uns auf Ihre Rückmeldung.

Freundliche Grüsse

Regula Baumann
HR Business Partner
Zürcher Vermögensbank AG
Bahnhofstrasse 45, 8001 Zürich
""", shape="alt", charset="iso-8859-1"),

    M(K, "mandant_fondsbank", "de", "Frankfurter Fondsbank", "t.hartmann@hartmann-partners.example.de",
      "Tobias Hartmann <t.hartmann@hartmann-partners.example.de>",
      "Frankfurter Fondsbank möchte Sie kennenlernen", "2026-06-18 12:12",
      """Lieber Herr Hoffmann-Nakamura,

gute Nachrichten: Die Frankfurter Fondsbank hat Ihr Profil positiv aufgenommen und möchte Sie gern persönlich kennenlernen! Vorgeschlagen wird ein Gespräch mit dem Bereichsleiter Depotbankkontrolle am 30. Juni um 15 Uhr in Frankfurt (alternativ 1. Juli vormittags per Video).

Können Sie mir kurz sagen, welcher Termin passt? Ich stimme dann alles mit dem Mandanten ab und schicke Ihnen eine Vorbereitung.

Herzliche Grüße
Tobias Hartmann
Hartmann Executive Partners
Taunusanlage 11, 60329 Frankfurt am Main
Mobil +49 171 555 2290
"""),

    M(K, "assessment_mosel_rueck", "de", "Mosel Rück", "karriere@moselrueck.example.lu",
      "Mosel Rück Karriere <karriere@moselrueck.example.lu>",
      "Einladung zum Assessment Center am 15.09.2026", "2026-08-27 11:00",
      """Sehr geehrter Herr Hoffmann-Nakamura,

wir freuen uns, Sie nach dem Telefoninterview zur nächsten Runde unseres Auswahlverfahrens für die Position Risk Analyst (m/w/d) einzuladen.

Das Assessment Center findet am Dienstag, 15. September 2026, von 9:00 bis ca. 16:00 Uhr in unserem Büro in Munsbach statt. Es umfasst eine Fallstudie, eine Präsentation sowie Einzelgespräche mit Fachbereich und HR.

Bitte bestätigen Sie Ihre Teilnahme bis zum 4. September.

Mit freundlichen Grüßen

Ihr HR-Team
Mosel Rück S.A.
6B, route de Trèves, L-2633 Senningerberg
""", shape="html"),

    M(K, "llamada_nebula", "es", "Nébula Pagos", "marta.gil@nebulapagos.example.es",
      "Marta Gil <marta.gil@nebulapagos.example.es>",
      "Tu candidatura en Nébula", "2026-05-27 10:40",
      """¡Hola Luc!

Soy Marta, del equipo de Talento de Nébula Pagos. Hemos visto tu candidatura para Compliance Analyst (remoto, hub de Luxemburgo) y nos encantaría conocerte.

¿Tendrías disponibilidad para una llamada rápida de 20-30 minutos esta semana o la que viene? Dime un par de huecos que te vengan bien y te mando la invitación.

¡Un saludo!
Marta
""", charset="iso-8859-1", cte="quoted-printable"),

    M(K, "presencial_ribera", "es", "Banco Ribera", "seleccion@bancoribera.example.es",
      "Selección Banco Ribera <seleccion@bancoribera.example.es>",
      "Convocatoria a entrevista - Analista de Riesgos ESG", "2026-09-14 12:30",
      """Estimado Sr. Hoffmann-Nakamura:

Nos complace comunicarle que ha superado la fase de preselección para el puesto de Analista de Riesgos ESG.

Le convocamos a una entrevista presencial el próximo jueves 24 de septiembre a las 11:00 h en nuestra sede (calle de Serrano 41, Madrid), con la Directora de Sostenibilidad y un miembro del equipo de Selección. Adjuntamos la convocatoria.

Le rogamos confirme su asistencia respondiendo a este correo.

Atentamente,

Departamento de Selección
Banco Ribera
""", shape="alt", ics=Ics("Entrevista Banco Ribera - Analista de Riesgos ESG", "2026-09-24 11:00", 60,
                          organizer="Selección Banco Ribera <seleccion@bancoribera.example.es>",
                          location="Calle de Serrano 41, Madrid")),

    M(K, "fwd_client_slots_nordhafen", "en", "Nordhafen Bank", "ollie@castlegatepartners.example.com",
      "Ollie Pearce <ollie@castlegatepartners.example.com>",
      "Fwd: Interview slots - Luc H-N", "2026-09-03 08:47",
      """Luc - see below from Nordhafen!! They want to see you for a first round with the MLRO. Let me know which slot and I'll lock it in. Buzzing for you!

Ollie
""", quote=Quote("fwd", "Henrik Sjöberg <h.sjoberg@nordhafenbank.example.se>", "Wed, 2 Sep 2026 at 17:20",
                 "Hi Ollie,\n\nThanks for sending Luc's profile. We would like to invite him to a first interview (60 min, Teams) with our MLRO and myself for the Senior Financial Crime Analyst role.\n\nAvailable slots: Tue 8 Sep 10:00, Wed 9 Sep 14:00 or Fri 11 Sep 09:00 (CET).\n\nBest regards,\nHenrik Sjöberg\nHead of Compliance, Nordhafen Bank Luxembourg",
                 "Interview slots - Luc H-N", "Ollie Pearce <ollie@castlegatepartners.example.com>")),
]
