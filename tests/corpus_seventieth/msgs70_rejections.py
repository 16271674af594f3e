"""Rejections received by Luc over Jan-Oct 2026, hand-written; shapes come from msgs70_build."""

from __future__ import annotations

from msgs70_build import M, Quote

K = "rejection"

MESSAGES = [
    M(K, "workday_meridian", "en", "Meridian Fund Administration", "",
      "Meridian Fund Administration <meridianfa@myworkday.com>",
      "Your application for Senior AML Analyst (R-004127)", "2026-01-21 18:02",
      """Dear Luc,

Thank you for your interest in the Senior AML Analyst (R-004127) position at Meridian Fund Administration.

We have carefully reviewed your application and regret to inform you that we will not be progressing your candidacy further for this role.

We encourage you to continue to review our Careers site and apply for positions that match your skills and interests.

Kind regards,

Talent Acquisition Team
Meridian Fund Administration

This is a system generated email. Please do not reply to this message as this mailbox is not monitored.
""", shape="html", headers={"Auto-Submitted": "auto-generated"}),

    M(K, "after_panel_lir", "en", "Lir Capital Partners", "aoife.brennan@lircapital.example.ie",
      "Aoife Brennan <aoife.brennan@lircapital.example.ie>",
      "Re: Regulatory Reporting Analyst - Dublin", "2026-02-13 16:40",
      """Hi Luc,

Thanks a million for coming in to meet Ciarán and Deirdre on Tuesday, and apologies for the delay getting back to you - it's been a mad week here.

I'll be honest, it was a close call. The panel really liked your CSSF reporting experience, but in the end they went with someone who has hands-on AnaCredit and Central Bank of Ireland returns experience, which is a big part of the first year in the role.

I know that's not the news you were hoping for. If you'd like a bit more detail I'm happy to hop on a call next week.

All the best,
Aoife

Aoife Brennan | People Partner
Lir Capital Partners
2 Grand Canal Square, Dublin 2
T: +353 1 555 0192
""", quote=Quote("gmail", "Luc Hoffmann-Nakamura <luc.hn@example.lu>", "Thu, 12 Feb 2026 at 09:15",
                 "Hi Aoife,\n\nJust checking in on the regulatory reporting role - any news from the panel?\n\nBest,\nLuc",
                 "Regulatory Reporting Analyst - Dublin")),

    M(K, "shant_progress_harcourt", "en", "Harcourt Lyle", "p.ashworth@harcourtlyle.example.co.uk",
      "Philippa Ashworth <p.ashworth@harcourtlyle.example.co.uk>",
      "RE: Assistant Manager, Financial Services Risk", "2026-03-04 11:27",
      """Dear Luc,

Many thanks for taking the time to complete the video interview and the situational judgement exercise last week.

Having considered all applicants against the requirements of the role, I'm afraid we shan't be progressing your application to the partner interview stage on this occasion. The hiring team felt other candidates had more direct UK FCA exposure.

We will hold your details on file for six months, as set out in our candidate privacy notice, should a more suitable vacancy arise.

With best wishes,

Philippa Ashworth
Senior Resourcing Advisor | Harcourt Lyle LLP
20 Finsbury Circus, London EC2M 7EA
+44 20 7946 0581

Harcourt Lyle LLP is a limited liability partnership registered in England and Wales (OC312874). This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.
""", quote=Quote("outlook", "Philippa Ashworth <p.ashworth@harcourtlyle.example.co.uk>", "24 February 2026 14:03",
                 "Dear Luc,\n\nPlease find below the link to your recorded video interview. The deadline is Friday 27th.\n\nKind regards,\nPhilippa",
                 "Assistant Manager, Financial Services Risk"), charset="windows-1252", cte="quoted-printable"),

    M(K, "regret_sundaram", "en", "Sundaram Fund Services Europe", "hr.lux@sundaramfs.example.com",
      "HR Luxembourg - Sundaram FS <hr.lux@sundaramfs.example.com>",
      "Application Status - KYC Officer", "2026-03-18 07:55",
      """Dear Mr. Luc,

Greetings from Sundaram Fund Services Europe.

With reference to your application for the post of KYC Officer at our Luxembourg branch, we regret to inform you that your profile has not been shortlisted for the further process.

We thank you for the interest shown in our organisation and wish you all the best in your future endeavours. Your resume will be kept in our data bank and we shall revert in case any suitable opening arises.

Kindly do revert to this mail in case of any queries.

Thanks & Regards,
Meenakshi Iyer
Human Resources
Sundaram Fund Services Europe S.A.
12, rue Eugène Ruppert, L-2453 Luxembourg
Tel: +352 26 55 41 00
"""),

    M(K, "mobile_short_brightwell", "en", "Brightwell Payments", "m.keller@brightwell-pay.example.com",
      "Marco Keller <m.keller@brightwell-pay.example.com>",
      "Re: Compliance Officer role", "2026-04-02 21:48",
      """Thanks for your time Luc, but we won't be moving forward. Good luck with the search

Sent from my iPhone
""", quote=Quote("gmail", "Luc Hoffmann-Nakamura <luc.hn@example.lu>", "Mon, 30 Mar 2026 at 08:02",
                 "Hello Marco,\n\nThank you again for the conversation on Friday about the Compliance Officer role at Brightwell Payments. I enjoyed hearing about the EMI licence project.\n\nKind regards,\nLuc")),

    M(K, "on_hold_nordvik", "en", "Nordvik Asset Management", "karin.lindgren@nordvik.example.se",
      "Karin Lindgren <karin.lindgren@nordvik.example.se>",
      "Update", "2026-04-15 13:10",
      """Hi Luc,

I wanted to let you know personally that the ESG Reporting Specialist position in our Luxembourg ManCo has been put on hold. Following the group's reorganisation announced last week, the headcount has been frozen and we will not be proceeding with the recruitment this year.

I'm sorry to bring this news after you have invested time in two interviews with us. This is in no way a reflection on you - both Johan and I were impressed.

Take care and best of luck,

Karin Lindgren
Head of HR Business Partnering
Nordvik Asset Management AB
Regeringsgatan 38, Stockholm | +46 8 555 120 44
"""),

    M(K, "case_study_ledgerly", "en", "Ledgerly", "sam.okafor@ledgerly.example.com",
      "Ledgerly Hiring Team <no-reply@us.greenhouse-mail.io>",
      "Update on your application to Ledgerly", "2026-05-06 17:31",
      """Hi Luc,

Thank you for submitting the case study for the Risk Data Analyst role and for the time you put into it.

The team reviewed your submission closely. While there was a lot to like in your approach to the transaction monitoring dataset, we've decided not to move forward with your application at this time. We had a number of very strong submissions and this was a difficult decision.

We really appreciate your interest in Ledgerly and hope our paths cross again.

Best,
Sam Okafor
Recruiting, Ledgerly
""", reply_to="Sam Okafor <sam.okafor@ledgerly.example.com>", shape="alt"),

    M(K, "agency_internal_castlegate", "en", "Banque Ardennaise Privée", "ollie@castlegatepartners.example.com",
      "Ollie Pearce <ollie@castlegatepartners.example.com>",
      "Feedback from BAP", "2026-05-19 10:05",
      """Hi Luc!!

Hope you're well! Just had feedback from the client (Banque Ardennaise Privée) re: the Head of KYC role - unfortunately they've decided to go with an internal candidate, so they won't be taking things further with you :( Really gutted as I thought you were a great fit!!

Please don't be disheartened - I've got a couple of other AML mandates coming through in the next few weeks and I'll definitely be in touch!

Cheers,
Ollie

Ollie Pearce
Senior Consultant - Financial Services
Castlegate Partners | Luxembourg - London
M: +352 621 555 870
"""),

    M(K, "lever_atlantico", "en", "Atlântico Seguros Europe", "",
      "Atlântico Seguros Europe <no-reply@hire.lever.co>",
      "Atlântico Seguros Europe - Risk Analyst (Solvency II)", "2026-06-03 09:00",
      """Hi Luc,

Thank you for taking the time to apply for the Risk Analyst (Solvency II) position at Atlântico Seguros Europe.

After careful consideration, we've decided to pursue other candidates whose background more closely aligns with the requirements of this role at this time.

We will keep your CV on record and may reach out if a suitable opportunity comes up in our Luxembourg or Lisbon offices.

Obrigado and best regards,
People & Culture
Atlântico Seguros Europe
""", shape="html", html_extra='<p><img src="https://cdn.example.com/atlantico/logo.png" alt="Atlântico Seguros - Together, further"></p>'),

    M(K, "filled_orbis", "en", "Orbis Satellite Services", "",
      "Orbis Satellite Services <notifications@smartrecruiters.com>",
      "Regarding your application", "2026-06-22 15:45",
      """Dear Luc Hoffmann-Nakamura,

We are writing to inform you that the position of Treasury & Risk Data Analyst, for which you applied, has now been filled.

We appreciate the time you took to apply and wish you success in your job search.

Orbis Satellite Services
Château de Betzdorf Business Park, Luxembourg

You are receiving this email because you applied for a job through SmartRecruiters. Privacy Policy | Unsubscribe from job notifications
""", shape="alt"),

    M(K, "reserve_list_acbf", "en", "Agency for Cross-Border Finance", "selection@acbf.example.eu",
      "ACBF Selection <selection@acbf.example.eu>",
      "ACBF/TA/2026/07 - Outcome of the written test", "2026-07-09 12:00",
      """Dear Candidate,

Ref.: ACBF/TA/2026/07 - Temporary Agent (AD6) - Policy Officer, AML Supervision

The Selection Committee has completed the assessment of the written tests for the above selection procedure.

We regret to inform you that your score in the written test (21.5/40) was below the threshold required to be invited to the interview phase. Consequently, your name will not be placed on the reserve list resulting from this procedure.

You may request a review of the Selection Committee's decision within 10 calendar days of the date of this email by writing to selection@acbf.example.eu, quoting the reference above.

We thank you for your interest in working for the Agency.

The Selection Committee
Agency for Cross-Border Finance
""", headers={"Precedence": "bulk"}),

    M(K, "taleo_banque_moselle", "fr", "Banque Privée Moselle", "",
      "Banque Privée Moselle <noreply@taleo.net>",
      "Votre candidature - Chargé(e) de conformité KYC (réf. 26-0113)", "2026-01-27 08:30",
      """Madame, Monsieur,

Nous vous remercions de l'intérêt que vous portez à Banque Privée Moselle et de votre candidature au poste de Chargé(e) de conformité KYC.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que celui-ci n'a pas été retenu.

Nous conservons néanmoins vos coordonnées dans notre base de données afin de pouvoir vous contacter si un poste correspondant à votre profil venait à se libérer.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Banque Privée Moselle S.A.

Merci de ne pas répondre à ce message généré automatiquement.
""", charset="iso-8859-1", cte="quoted-printable"),

    M(K, "after_interview_kayl", "fr", "Fiduciaire Kayl & Associés", "s.muller@fiduciaire-kayl.example.lu",
      "Sophie Muller <s.muller@fiduciaire-kayl.example.lu>",
      "Suite à notre entretien", "2026-02-06 17:12",
      """Bonjour Monsieur Hoffmann-Nakamura,

Je vous remercie encore pour le temps que vous nous avez accordé lors de notre entretien de mardi à Esch-sur-Alzette.

Après réflexion, nous avons décidé de poursuivre le processus avec un candidat dont le profil correspond davantage à nos besoins immédiats, notamment en matière de comptabilité de sociétés de participations (Soparfi).

Votre parcours reste très intéressant et je me permettrai de revenir vers vous si une opportunité plus adaptée se présentait.

Bien cordialement,

Sophie Muller
Associée
Fiduciaire Kayl & Associés
4, rue de l'Alzette - L-4011 Esch-sur-Alzette
Tél. +352 54 55 12 30
"""),

    M(K, "belgian_assurances", "fr", "Assurances Wallonie-Lux", "recrutement@awl-assurances.example.be",
      "Assurances Wallonie-Lux – RH <recrutement@awl-assurances.example.be>",
      "Votre candidature - Analyste risques (H/F/X)", "2026-02-24 10:48",
      """Cher Monsieur,

Nous avons bien reçu votre candidature pour la fonction d'Analyste risques au sein de notre siège de Bruxelles et nous vous en remercions.

Après examen de votre dossier, nous ne pourrons malheureusement pas y donner une suite favorable. Le nombre de candidatures reçues était très important et d'autres profils correspondaient mieux à la fonction, qui requiert notamment une connaissance approfondie du néerlandais.

Nous vous souhaitons beaucoup de succès dans vos recherches.

Bien à vous,

Nathalie Dewulf
Talent Acquisition
Assurances Wallonie-Lux
Boulevard du Roi Albert II 21, 1000 Bruxelles
"""),

    M(K, "startup_tu_kiwano", "fr", "Kiwano", "thomas@kiwano.example.fr",
      "Thomas de Kiwano <thomas@kiwano.example.fr>",
      "Re: Ops conformité", "2026-03-10 19:22",
      """Salut Luc,

Merci encore pour l'échange de jeudi, c'était chouette.

On a pas mal réfléchi avec Inès et on ne va pas aller plus loin pour le poste : on cherche finalement quelqu'un de plus orienté produit / tech, et je pense que tu t'ennuierais vite chez nous vu ton profil très réglementaire.

Désolé pour la mauvaise nouvelle, et n'hésite pas si tu passes à Paris pour un café !

Thomas
CEO @ Kiwano
""", quote=Quote("fr", "Luc Hoffmann-Nakamura <luc.hn@example.lu>", "jeu. 5 mars 2026 à 18:40",
                 "Merci Thomas pour ce moment, j'ai hâte d'avoir votre retour.\nLuc")),

    M(K, "gel_embauches_minett", "fr", "Groupe Minett Acier", "carriere@minett-acier.example.lu",
      "Groupe Minett Acier - Carrières <carriere@minett-acier.example.lu>",
      "Poste Contrôleur de gestion / Risk - information", "2026-03-26 14:05",
      """Monsieur,

Nous revenons vers vous concernant votre candidature au poste de Contrôleur de gestion / Risk basé à Esch-Belval.

Suite à la révision de notre budget 2026 et au gel des embauches décidé par la direction du Groupe, ce recrutement est annulé. Nous ne sommes donc pas en mesure de donner suite à votre candidature.

Nous vous remercions sincèrement pour l'intérêt que vous avez témoigné à notre Groupe et pour votre disponibilité lors du premier entretien téléphonique.

Cordialement,

Service Ressources Humaines
Groupe Minett Acier
Avenue du Swing, L-4367 Belvaux
""", charset="windows-1252", cte="8bit"),

    M(K, "cabinet_client_non", "fr", "Delorme & Vasseur", "c.vasseur@delorme-vasseur.example.fr",
      "Claire Vasseur <c.vasseur@delorme-vasseur.example.fr>",
      "Retour client", "2026-04-08 12:31",
      """Bonjour Luc,

Je reviens vers toi suite à ta rencontre avec mon client, la société de gestion à Metz.

Malheureusement, ils ne souhaitent pas donner suite : ils ont eu un coup de cœur pour un autre candidat qui a déjà travaillé sur des fonds de dette privée. Le retour sur ton entretien était pourtant très positif sur le plan humain.

Je reste bien sûr à l'écoute du marché pour toi et je te recontacte dès que j'ai un poste LCB-FT qui colle.

Belle journée,

Claire Vasseur
Associée
Delorme & Vasseur - Conseil en recrutement
06 12 34 56 78
"""),

    M(K, "wttj_octant", "fr", "Octant Data", "",
      "Octant Data <no-reply@welcometothejungle.com>",
      "Votre candidature chez Octant Data", "2026-04-21 09:14",
      """Bonjour Luc,

Merci pour l'intérêt que vous portez à Octant Data et pour votre candidature au poste de Data Analyst Risque & Conformité.

Malheureusement, nous ne donnerons pas suite à votre candidature pour ce poste.

Nous vous souhaitons le meilleur pour la suite.

L'équipe Octant Data

Envoyé via Welcome to the Jungle
""", shape="html", html_extra='<p style="font-size:11px;color:#888">Welcome to the Jungle - 7 rue de la Croix Faubin, 75011 Paris</p>'),

    M(K, "etude_de_cas_wiltz", "fr", "Wiltz Audit", "julie.hansen@wiltz-audit.example.lu",
      "Julie Hansen <julie.hansen@wiltz-audit.example.lu>",
      "RE: Etude de cas - Senior Auditor FS", "2026-05-12 18:20",
      """Bonjour Luc,

Merci pour votre étude de cas, reçue dans les délais.

Nous l'avons relue avec Marc (partner). La partie sur le contrôle des NAV était solide, en revanche l'analyse des risques de blanchiment restait assez générale par rapport à ce que nous attendons pour ce niveau. Nous avons donc décidé de ne pas poursuivre le processus avec vous pour le poste de Senior Auditor.

Je sais que l'exercice demandait du temps et je vous en remercie.

Cordialement,
Julie

Julie Hansen | HR Manager | Wiltz Audit S.à r.l.
Réviseur d'entreprises agréé
""", quote=Quote("fr", "Luc Hoffmann-Nakamura <luc.hn@example.lu>", "dim. 10 mai 2026 à 21:55",
                 "Bonjour Julie,\n\nVeuillez trouver ci-joint mon étude de cas.\n\nBien à vous,\nLuc Hoffmann-Nakamura\n+352 691 555 204")),

    M(K, "swiss_lemanique", "fr", "Banque Lémanique de Gestion", "",
      "Banque Lémanique de Gestion <donotreply@successfactors.eu>",
      "Candidature - Spécialiste Reporting Réglementaire", "2026-06-16 16:00",
      """Monsieur Hoffmann-Nakamura,

Nous accusons réception de votre dossier et vous remercions de l'intérêt porté à notre établissement.

Après une analyse approfondie, nous avons le regret de vous annoncer que nous ne sommes pas en mesure de retenir votre candidature. Le poste nécessite en effet une expérience confirmée des exigences FINMA que votre parcours ne reflète pas encore.

Nous vous souhaitons plein succès dans vos démarches et vous adressons, Monsieur, nos meilleures salutations.

Ressources Humaines
Banque Lémanique de Gestion SA
Quai des Bergues 9, 1201 Genève
""", cte="base64"),

    M(K, "centre_recherche", "fr", "Centre de Recherche Alzette", "rh@cra.example.lu",
      "RH - Centre de Recherche Alzette <rh@cra.example.lu>",
      "Votre candidature à l'offre 2026-RDI-044", "2026-07-03 11:35",
      """Cher candidat,

Nous vous remercions pour votre candidature au poste de Research Data Analyst (Sustainable Finance) au sein de notre unité Environmental Research & Innovation.

Nous avons reçu de nombreuses candidatures de grande qualité. Après examen par le comité de sélection, votre profil n'a pas été retenu pour la suite de la procédure.

Nous vous remercions de l'intérêt porté au CRA et vous souhaitons une bonne continuation.

Service des Ressources Humaines
Centre de Recherche Alzette
5, avenue des Hauts-Fourneaux, L-4362 Esch-sur-Alzette
"""),

    M(K, "softgarden_depotbank", "de", "Rheinische Depotbank", "",
      "Rheinische Depotbank <noreply@softgarden.io>",
      "Ihre Bewerbung als Referent Geldwäscheprävention (m/w/d)", "2026-01-30 10:12",
      """Sehr geehrter Herr Hoffmann-Nakamura,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Rheinischen Depotbank.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für Bewerberinnen und Bewerber entschieden haben, deren Profil den Anforderungen der Position noch besser entspricht.

Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Wir wünschen Ihnen für Ihre berufliche und persönliche Zukunft alles Gute.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Rheinische Depotbank AG
Mainzer Landstraße 50, 60325 Frankfurt am Main
""", shape="alt", charset="iso-8859-1", cte="quoted-printable"),

    M(K, "austria_alpenland", "de", "Alpenland Versicherung", "b.gruber@alpenland-vers.example.at",
      "Mag. Barbara Gruber <b.gruber@alpenland-vers.example.at>",
      "Ihre Bewerbung - Risikomanager/in Solvency II", "2026-03-02 15:20",
      """Sehr geehrter Herr Hoffmann-Nakamura,

herzlichen Dank für Ihre Bewerbung, über die wir uns sehr gefreut haben.

Nach eingehender Prüfung aller Unterlagen konnten wir Sie leider nicht in die engere Auswahl nehmen. Wir haben uns für Kandidat:innen entschieden, die bereits Erfahrung mit dem österreichischen Versicherungsaufsichtsgesetz mitbringen.

Wir bedauern, Ihnen keinen positiven Bescheid geben zu können, und wünschen Ihnen für Ihren weiteren Weg viel Erfolg.

Mit freundlichen Grüßen

Mag. Barbara Gruber
Human Resources
Alpenland Versicherung AG
Praterstraße 12, 1020 Wien
Tel.: +43 1 555 34 12
"""),

    M(K, "personio_klarwerk", "de", "Klarwerk", "",
      "Klarwerk <noreply@mail.personio.de>",
      "Deine Bewerbung bei Klarwerk", "2026-04-27 08:45",
      """Hi Luc,

danke dir, dass du dir die Zeit genommen hast, dich bei uns als Compliance Analyst (Payments) zu bewerben!

Wir haben uns dein Profil genau angeschaut und uns am Ende leider gegen dich entschieden. Für die Rolle suchen wir jemanden mit mehr Erfahrung im Transaction Monitoring bei einem Zahlungsinstitut.

Wir wünschen dir ganz viel Erfolg bei der weiteren Suche!

Liebe Grüße
Dein Klarwerk People Team
""", shape="html"),

    M(K, "nach_gespraech_saar", "de", "Saar Treuhand", "j.weber@saar-treuhand.example.de",
      "Jens Weber <j.weber@saar-treuhand.example.de>",
      "AW: Vorstellungsgespräch am 12.05.", "2026-05-20 16:58",
      """Guten Tag Herr Hoffmann-Nakamura,

nochmals vielen Dank für das angenehme Gespräch in Saarbrücken.

Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende jedoch für einen anderen Kandidaten entschieden, der bereits als Prüfer bei einer WP-Gesellschaft tätig war. Ich muss Ihnen daher leider eine Absage erteilen.

Für Ihre weitere Suche wünsche ich Ihnen alles Gute.

Mit freundlichen Grüßen
Jens Weber
Partner

Saar Treuhand GmbH Wirtschaftsprüfungsgesellschaft
Kaiserstraße 8, 66111 Saarbrücken
Tel. 0681 555 73 20
Geschäftsführer: Jens Weber, Dr. Anna Klein | HRB 10432, Amtsgericht Saarbrücken
""", quote=Quote("de", "Luc Hoffmann-Nakamura <luc.hn@example.lu>", "Di., 12. Mai 2026 um 19:10",
                 "Sehr geehrter Herr Weber,\n\nvielen Dank für das Gespräch heute. Ich freue mich auf Ihre Rückmeldung.\n\nMit freundlichen Grüßen\nLuc Hoffmann-Nakamura")),

    M(K, "beratung_mandant_moselbank", "de", "Moselbank Trier", "s.lindqvist@berger-lindqvist.example.de",
      "Sven Lindqvist <s.lindqvist@berger-lindqvist.example.de>",
      "Rückmeldung Moselbank", "2026-06-10 09:33",
      """Lieber Herr Hoffmann-Nakamura,

wie telefonisch angekündigt, hier die schriftliche Rückmeldung: Die Moselbank Trier hat sich nach den Gesprächen mit dem Vorstand entschieden, Ihre Kandidatur für die Position des Geldwäschebeauftragten nicht weiterzuverfolgen. Ausschlaggebend war die fehlende Erfahrung mit dem deutschen Kreditwesengesetz.

Ich bedauere das sehr und melde mich, sobald ich ein Mandat in Luxemburg habe, das besser passt.

Beste Grüße
Sven Lindqvist

Berger & Lindqvist Executive Search
Neue Mainzer Straße 20 | 60311 Frankfurt
+49 69 555 819 40
"""),

    M(K, "besetzt_stahlwerk", "de", "Saar-Lor Stahl", "",
      "Saar-Lor Stahl Karriere <sfsf-noreply@successfactors.eu>",
      "Statusänderung Ihrer Bewerbung: Stellen-ID 14402", "2026-08-05 06:30",
      """Sehr geehrte/r Herr Luc Hoffmann-Nakamura ,

vielen Dank für Ihr Interesse an der Position  Analyst Konzernrisikomanagement (Stellen-ID 14402).

Leider müssen wir Ihnen mitteilen, dass die Stelle zwischenzeitlich besetzt wurde.

Gerne können Sie sich über unser Karriereportal auf weitere passende Stellen bewerben.

Mit freundlichen Grüßen
Ihr HR Service Center
Saar-Lor Stahl AG

***Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese E-Mail.***
"""),

    M(K, "banco_meseta", "es", "Banco Meseta", "",
      "Banco Meseta - Talento <no-responder@bancomeseta.example.es>",
      "Proceso de selección - Analista de Prevención de Blanqueo", "2026-02-18 13:00",
      """Estimado Luc:

Le agradecemos sinceramente el interés mostrado en formar parte de Banco Meseta y el tiempo dedicado a nuestro proceso de selección.

Lamentamos comunicarle que, tras valorar detenidamente todas las candidaturas, hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a las necesidades actuales del puesto.

Conservaremos sus datos para futuros procesos, salvo que nos indique lo contrario.

Un cordial saludo,

Dirección de Personas
Banco Meseta
Paseo de la Castellana 95, 28046 Madrid
""", shape="alt", charset="iso-8859-1"),

    M(K, "vertice_otra_persona", "es", "Vértice Analytics", "lucia@verticeanalytics.example.es",
      "Lucía Ferrer <lucia@verticeanalytics.example.es>",
      "Re: Entrevista Data Analyst ESG", "2026-07-17 18:05",
      """Hola Luc,

Gracias de nuevo por la entrevista del martes, nos gustó mucho conocerte.

Al final nos hemos decantado por otra persona que ya está en Madrid y puede incorporarse en septiembre, así que no vamos a seguir adelante con tu candidatura. Sé que no es lo que esperabas, lo siento.

Si en algún momento abrimos posiciones en remoto te escribo.

Un abrazo,
Lucía
--
Lucía Ferrer
Head of Data | Vértice Analytics
+34 91 555 27 80
""", quote=Quote("es", "Luc Hoffmann-Nakamura <luc.hn@example.lu>", "mar, 14 jul 2026 a las 17:30",
                 "Hola Lucía,\n\nMuchas gracias por la entrevista de hoy.\n\nUn saludo,\nLuc")),

    M(K, "icims_asegurador", "es", "Grupo Asegurador Ibérico", "",
      "Grupo Asegurador Ibérico <careers-noreply@icims.com>",
      "Actualización sobre su candidatura", "2026-09-08 10:20",
      """Estimado/a Luc Hoffmann-Nakamura:

Gracias por postularse a la vacante Técnico/a de Reporting Solvencia II (Ref. 2026-1187).

Tras revisar su candidatura, le informamos de que en esta ocasión su perfil no avanzará a la siguiente fase del proceso.

Le animamos a seguir consultando nuestra web de empleo.

Atentamente,
Equipo de Selección
Grupo Asegurador Ibérico

Este mensaje ha sido enviado automáticamente. Por favor, no responda a este correo.
""", shape="html"),
]
