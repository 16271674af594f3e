"""Rejections in the ninety-second corpus: many employers, four languages, many registers."""

from msgs92_common import m

R = "rejection"
ME_TH = "example.ch"

MESSAGES = [
    m(R, "palace_montreux_lettre", "fr", "Grand Hôtel du Lac Montreux",
      ("Sandrine Python", "s.python@grandhotel-montreux.example.com"),
      "Votre candidature - Responsable Expérience Client", "2026-01-19T10:42:00+01:00", """
Madame Baptiste-Nakamura,

Nous vous remercions de l'intérêt que vous portez au Grand Hôtel du Lac et du temps que vous avez consacré à votre candidature pour le poste de Responsable Expérience Client.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable. Notre choix s'est porté sur un profil dont le parcours correspond plus étroitement aux exigences du poste.

Nous conservons volontiers votre dossier et nous permettrons de vous recontacter si une opportunité correspondant à votre profil venait à se présenter.

Nous vous prions d'agréer, Madame, nos meilleures salutations.

Sandrine Python
Ressources Humaines
Grand Hôtel du Lac Montreux
Grand-Rue 100 · 1820 Montreux
T +41 21 966 00 00
""", charset="iso-8859-1", cte="qp"),

    m(R, "workday_airline_en", "en", "Helvetic Skyways",
      ("Helvetic Skyways", "helveticskyways@myworkday.com"),
      "Update on your application - Customer Experience Lead (R-0042187)", "2026-02-03T16:05:00+00:00", """
Dear Elodie,

Thank you for your interest in the Customer Experience Lead (R-0042187) position at Helvetic Skyways.

After careful review we have decided not to move forward with your application at this time. This decision was not easy given the number of strong applications we received.

We encourage you to keep an eye on our careers site and apply for future roles that match your skills.

Kind regards,
Talent Acquisition Team
Helvetic Skyways

This email was sent from an unmonitored mailbox. Please do not reply.
""", fmt="html", cte="b64", system=True, logo="Helvetic Skyways"),

    m(R, "terse_manager_mobile_fr", "fr", "Chalet Blanc",
      ("Marco Rinaldi", "marco@chaletblanc-chamonix.example.fr"),
      "Re: candidature resp. salle", "2026-01-27T21:14:00+01:00", """
Bonsoir Elodie, merci d'etre venue samedi. On part finalement sur quelqu'un de l'équipe en interne. Bonne continuation a toi
Marco

Envoyé de mon iPhone

> Le 24 janv. 2026 à 18:02, Élodie Baptiste-Nakamura <elodie.bn@example.ch> a écrit :
>
> Bonjour Marco,
> Merci encore pour l'échange de samedi, je reste à ta disposition pour la suite.
> Élodie
""", cte="8bit", thread=[("cand-0124-a", ME_TH)]),

    m(R, "greenhouse_soft_en", "en", "Lumière Events",
      ("Lumière Events Recruiting", "no-reply@us.greenhouse-mail.io"),
      "Your application to Lumière Events", "2026-02-11T14:31:00+00:00", """
Hi Élodie,

Thanks so much for applying to the Event Project Manager role at Lumière Events, and for the time you put into your application.

We've reviewed your background carefully and have decided to pursue other candidates whose experience more closely aligns with what the team needs right now.

We'll keep your details on file and hope our paths cross again.

All the best,
The Lumière Events team
""", fmt="alt", reply_to=("Priya Raman", "priya.raman@lumiere-events.example.com")),

    m(R, "agence_interim_sms_style", "fr", "Hôtel Mont-Blanc Savoie",
      ("Julie Favre", "julie.favre@alpes-interim.example.fr"),
      "retour client", "2026-02-16T09:03:00+01:00", """
Bonjour Elodie,

Je reviens vers vous suite à votre entretien de jeudi avec l'Hôtel Mont-Blanc Savoie. Malheureusement le client n'a pas retenu votre candidature, ils cherchent quelqu'un avec plus d'expérience en yield / revenue management sur Opera.

Je ne lâche pas l'affaire, j'ai d'autres postes en cours sur Annecy et Megève, je vous rappelle cette semaine !

Julie Favre
Chargée de recrutement hôtellerie
Alpes Intérim - Agence d'Annecy
04 50 00 00 00
""", cte="qp"),

    m(R, "successfactors_de", "de", "Bergbahnen Engelberg",
      ("Bergbahnen Engelberg AG", "noreply@successfactors.eu"),
      "Ihre Bewerbung als Leiterin Gästeservice", "2026-03-02T08:15:00+01:00", """
Sehr geehrte Frau Baptiste-Nakamura

Vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Bergbahnen Engelberg AG.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Wir haben uns für eine Kandidatin entschieden, deren Profil unseren Anforderungen noch besser entspricht.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.

Freundliche Grüsse

Bergbahnen Engelberg AG
Human Resources
""", charset="iso-8859-1", cte="qp", system=True),

    m(R, "cabinet_geneve_poste_pourvu", "fr", "Banque Privée Lémanique",
      ("Caroline de Senarclens", "cds@senarclens-partners.example.ch"),
      "Poste Office Manager", "2026-03-05T17:48:00+01:00", """
Chère Madame,

Je me permets de revenir vers vous concernant le poste d'Office Manager au sein de la Banque Privée Lémanique.

Notre mandant vient de nous informer que le poste a été pourvu. Je suis sincèrement désolée de ne pas avoir de meilleure nouvelle à vous transmettre, d'autant que votre profil avait été très apprécié.

Je me permettrai de vous solliciter pour d'autres mandats.

Avec mes meilleures salutations,

Caroline de Senarclens
Associée
Senarclens & Partners
Rue du Rhône 00, 1204 Genève
+41 22 000 00 00

Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire.
""", cte="b64"),

    m(R, "role_on_hold_uk", "en", "Thames & Rowe Hotels",
      ("Oliver Hartley", "oliver.hartley@thamesrowe.example.co.uk"),
      "Update", "2026-03-09T11:20:00+00:00", """
Hi Elodie,

Hope you're well. I'm afraid I've some disappointing news: following the budget review the Guest Experience Manager role has been put on hold indefinitely, so we shan't be progressing any applications for it, yours included.

I'm genuinely sorry, as the team enjoyed meeting you. Should the position be reopened I'll be in touch directly.

Best wishes,
Oliver

Oliver Hartley
Head of Operations | Thames & Rowe Hotels
M: +44 7700 900123
""", fmt="alt", cte="qp", charset="windows-1252"),

    m(R, "teamtailor_startup_fr", "fr", "Kōsen",
      ("Kōsen", "jobs@kosen.teamtailor-mail.com"),
      "Ta candidature chez Kōsen", "2026-03-12T10:00:00+01:00", """
Hello Élodie,

Merci d'avoir postulé chez Kōsen pour le poste d'Ops & Customer Happiness Lead 🙏

On a pris le temps de lire ta candidature et on a décidé de ne pas aller plus loin pour cette fois. On a reçu énormément de candidatures et on a dû faire des choix difficiles.

On te souhaite plein de réussite pour la suite !

L'équipe Kōsen
""", fmt="html", system=True, cte="qp"),

    m(R, "after_takehome_en", "en", "Northlight Analytics",
      ("Hannah Cole", "hannah.cole@northlight.example.com"),
      "Re: Revenue Ops case study", "2026-03-18T15:37:00-04:00", """
Hi Élodie,

Thanks again for the time you put into the case study, it was clear you thought about it carefully.

After reviewing all submissions, the panel decided not to move forward with your candidacy. The main gap was around SQL and forecasting depth for this particular role.

I know that's not what you hoped to hear. Wishing you the best in your search.

Hannah

On Fri, Mar 13, 2026 at 9:02 AM Élodie Baptiste-Nakamura <elodie.bn@example.ch> wrote:
> Hi Hannah,
> Please find attached my case study. Happy to walk you through it at any time.
> Best,
> Élodie
""", thread=[("cand-0313-b", ME_TH)]),

    m(R, "commune_lettre_formelle", "fr", "Ville de Lausanne",
      ("Service du personnel - Ville de Lausanne", "personnel@lausanne.example.ch"),
      "Mise au concours 2026-114 - Coordinatrice événements", "2026-03-24T09:30:00+01:00", """
Madame,

Nous accusons réception de votre dossier de candidature pour le poste de coordinatrice événements (mise au concours 2026-114) et vous en remercions.

Après examen attentif des nonante-trois dossiers reçus, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite de la procédure.

Nous vous remercions de l'intérêt manifesté pour l'administration communale et vous adressons, Madame, nos salutations distinguées.

Service du personnel
Ville de Lausanne
""", attach=["Decision_2026-114.pdf"], contact="personnel@lausanne.example.ch"),

    m(R, "indian_owned_en", "en", "Suryavanshi Hospitality Group",
      ("HR Desk", "hr.desk@suryavanshi.example.in"),
      "Application status: Operations Manager - Geneva", "2026-04-01T12:10:00+05:30", """
Dear Candidate,

Greetings from Suryavanshi Hospitality Group!

We thank you for applying for the post of Operations Manager at our Geneva property. We regret to inform you that your profile has not been shortlisted for the next round as we have gone ahead with candidates having more relevant experience in the Indian cuisine fine dining segment.

We shall keep your CV in our database and do revert in case any suitable opening arises in future.

Wishing you all the very best.

Thanks & Regards,
Ankita Sharma
HR Executive
Suryavanshi Hospitality Group
""", cte="8bit"),

    m(R, "lever_very_short", "en", "Fjordline Cruises",
      ("Fjordline Cruises", "no-reply@hire.lever.co"),
      "Fjordline Cruises - Onboard Guest Services Manager", "2026-04-07T07:44:00+00:00", """
Hi Élodie,

Thanks for your time, but we won't be moving forward with your application.

Fjordline Cruises
""", system=True),

    m(R, "apres_entretien_dg_fr", "fr", "Maison Verdier Traiteur",
      ("Agnès Verdier", "agnes@maisonverdier.example.fr"),
      "Suite à notre rencontre", "2026-04-09T18:25:00+02:00", """
Bonjour Élodie,

Je tenais à vous appeler mais je n'ai pas réussi à vous joindre, je vous écris donc.

Merci pour la mise en situation de mardi et pour la qualité de votre présentation. Nous avons longuement hésité mais nous avons finalement choisi une autre candidate, qui connaît déjà bien notre clientèle lyonnaise.

Je sais que ce n'est pas la réponse que vous attendiez. Je vous souhaite sincèrement de trouver rapidement le poste qui vous correspond.

Bien à vous,
Agnès Verdier
Gérante - Maison Verdier Traiteur
06 00 00 00 00
""", charset="windows-1252", cte="qp", fmt="alt"),

    m(R, "stepstone_de_absage", "de", "Messe München",
      ("Julia Brandl", "julia.brandl@messe-muenchen.example.de"),
      "Ihre Bewerbung – Projektleitung Kongresse (m/w/d)", "2026-04-14T13:02:00+02:00", """
Sehr geehrte Frau Baptiste-Nakamura,

herzlichen Dank für Ihre Bewerbung und die Zeit, die Sie sich für das Gespräch genommen haben.

Leider müssen wir Ihnen mitteilen, dass wir uns nach reiflicher Überlegung für eine andere Bewerberin entschieden haben. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen

Julia Brandl
Personalreferentin
Messe München
""", fmt="alt", cte="b64"),

    m(R, "smartrecruiters_es", "es", "Grupo Hotelero Mediterráneo",
      ("Grupo Hotelero Mediterráneo", "noreply@smartrecruiters.com"),
      "Actualización sobre tu candidatura", "2026-04-20T10:15:00+02:00", """
Hola Élodie:

Gracias por tu interés en el puesto de Revenue Manager en Barcelona y por el tiempo dedicado al proceso.

Tras valorar detenidamente todas las candidaturas, lamentamos comunicarte que en esta ocasión hemos decidido continuar con otros perfiles que se ajustan más a lo que buscamos.

Te animamos a seguir atenta a nuestras ofertas.

Un saludo cordial,
Equipo de Talento
Grupo Hotelero Mediterráneo
""", fmt="html", system=True, charset="iso-8859-1", cte="qp"),

    m(R, "quebec_tutoiement", "fr", "Festival Boréal",
      ("Mathieu Gagnon", "mathieu@festivalboreal.example.ca"),
      "Re: Poste de coordonnatrice logistique", "2026-04-23T16:40:00-04:00", """
Salut Élodie,

Un gros merci d'avoir pris le temps de jaser avec nous la semaine passée. Malheureusement, on a décidé d'aller de l'avant avec une autre candidature pour le poste de coordonnatrice logistique. Ta candidature était vraiment solide, mais on cherchait quelqu'un qui connaît déjà le milieu des festivals à Montréal.

Lâche pas, pis n'hésite pas à repostuler l'an prochain!

Mathieu Gagnon
Directeur de production | Festival Boréal
514 555-0142

Le ven. 17 avr. 2026 à 10:11, Élodie Baptiste-Nakamura <elodie.bn@example.ch> a écrit :
> Bonjour Mathieu,
> Merci pour l'entretien d'hier, j'ai beaucoup apprécié la discussion.
""", thread=[("cand-0417-c", ME_TH)]),

    m(R, "taleo_odd_format", "en", "Alpine Rail Holidays",
      ("Alpine Rail Holidays Careers", "do-not-reply@taleo.net"),
      "Alpine Rail Holidays : Requisition 26-0388", "2026-04-28T03:12:00+00:00", """
Dear Elodie Baptiste-Nakamura ,

Reference : Requisition 26-0388 - Sales & Operations Coordinator

Thank you for your interest in employment opportunities with Alpine Rail Holidays . We have carefully reviewed your qualifications against the requirements of the position and regret to inform you that we will not be considering your application further .

Your profile will remain in our system and you may continue to apply for other positions .

Sincerely ,
Alpine Rail Holidays
Human Resources

*** This is an automatically generated message . Please do not reply . ***
""", system=True, charset="windows-1252", cte="8bit"),

    m(R, "ecole_hoteliere_fr", "fr", "École hôtelière de Genève",
      ("Nadia Hamdi", "nadia.hamdi@ehg.example.ch"),
      "Votre candidature", "2026-05-04T14:05:00+02:00", """
Bonjour Madame Baptiste-Nakamura,

Nous vous remercions pour votre candidature au poste de chargée de cours en management de l'hébergement.

Malgré l'intérêt de votre parcours, nous avons retenu une candidature qui répond davantage aux besoins actuels de notre programme, notamment en matière d'expérience d'enseignement.

Nous vous souhaitons plein succès dans vos démarches.

Belle journée,

Nadia Hamdi
Responsable RH
École hôtelière de Genève
""", cte="qp"),

    m(R, "recruiter_agency_uk_relay", "en", "Kensington Grand",
      ("Lucy Pemberton", "lucy@pembertonsearch.example.co.uk"),
      "Kensington Grand - feedback", "2026-05-06T17:55:00+01:00", """
Hi Elodie,

Just had feedback from Kensington Grand. Unfortunately they've decided not to progress you to the final stage – they felt another candidate had more London luxury experience.

Really gutted for you as I thought the interview went well!! Let's catch up next week, I've got a couple of new briefs that might be a great fit.

Lucy x

Lucy Pemberton
Senior Consultant – Hospitality
Pemberton Search
+44 20 7946 0000
Sent from my iPhone
""", cte="8bit"),

    m(R, "canton_vaud_annulation", "fr", "État de Vaud",
      ("Office du personnel", "recrutement.sper@vd.example.ch"),
      "Annulation de la mise au concours", "2026-05-12T11:00:00+02:00", """
Madame,

Vous avez postulé au poste de cheffe de projet accueil et tourisme (ref. 2026-0451). Pour des raisons budgétaires, le département a décidé d'annuler la mise au concours et ne procédera à aucun engagement pour ce poste.

Nous vous remercions de votre intérêt pour l'administration cantonale vaudoise et vous prions d'agréer, Madame, nos salutations distinguées.

Office du personnel
État de Vaud
""", contact="recrutement.sper@vd.example.ch"),

    m(R, "es_mexico_owner", "es", "Casa Tolteca",
      ("Fernanda Ortiz", "fernanda.ortiz@casatolteca.example.mx"),
      "Re: Gerente de experiencia", "2026-05-19T19:30:00-06:00", """
Hola Élodie, qué tal.

Te agradezco mucho tu tiempo en la entrevista del martes. Lamentablemente, el puesto ya fue cubierto por una persona del equipo de Ciudad de México que se traslada a Ginebra.

Ojalá podamos coincidir en otra ocasión, te deseo mucho éxito.

Saludos,
Fernanda Ortiz
Directora de Operaciones Europa
Casa Tolteca

El mar, 12 may 2026 a las 15:22, Élodie Baptiste-Nakamura (<elodie.bn@example.ch>) escribió:
> Hola Fernanda,
> Muchas gracias por la entrevista de hoy.
""", thread=[("cand-0512-d", ME_TH)], charset="iso-8859-1", cte="qp"),

    m(R, "jobup_template_fr", "fr", "Vinothèque du Lavaux",
      ("Vinothèque du Lavaux via jobup.ch", "noreply@jobup.example.ch"),
      "Réponse à votre candidature", "2026-05-26T08:00:00+02:00", """
Bonjour Madame Baptiste-Nakamura,

Merci pour votre candidature au poste de Responsable dégustations & événements.

Nous sommes désolés de vous informer que nous ne pouvons pas retenir votre candidature. Nous vous remercions de l'intérêt porté à notre entreprise.

Meilleures salutations
Vinothèque du Lavaux
""", fmt="html", system=True),

    m(R, "after_panel_de_schweiz", "de", "Zürich Tourismus",
      ("Reto Meier", "reto.meier@zuerich-tourismus.example.ch"),
      "Rückmeldung zu Ihrer Bewerbung", "2026-06-03T15:10:00+02:00", """
Grüezi Frau Baptiste-Nakamura

Nochmals vielen Dank für das angenehme Gespräch mit unserem Panel letzte Woche.

Wir haben uns die Entscheidung nicht leicht gemacht, uns aber für eine Person entschieden, die bereits Erfahrung im Destinationsmarketing in der Deutschschweiz mitbringt. Daher können wir Ihnen leider keine Zusage geben.

Gerne gebe ich Ihnen telefonisch ein ausführlicheres Feedback, falls gewünscht.

Freundliche Grüsse
Reto Meier
Leiter Business Events
Zürich Tourismus
""", charset="iso-8859-1", cte="qp"),

    m(R, "recruitee_short_fr", "fr", "Les Toques d'Annecy",
      ("Les Toques d'Annecy", "notifications@recruitee-mail.example.com"),
      "Candidature Responsable de salle", "2026-06-08T09:12:00+02:00", """
Bonjour Élodie,

Merci pour ta candidature. Après étude, nous ne donnerons pas suite. Nous te souhaitons bonne chance dans ta recherche.

Les Toques d'Annecy
""", system=True, reply_to=("Camille Roux", "camille@lestoques.example.fr")),

    m(R, "ong_geneve_en", "en", "Global Water Alliance",
      ("Recruitment Unit", "recruitment@gwa.example.org"),
      "Your application for Events and Conferences Officer (P-2)", "2026-06-15T10:00:00+02:00", """
Dear Ms Baptiste-Nakamura,

We refer to your application for the above-mentioned position.

We regret to inform you that, following a thorough review, you have not been selected for this position. Owing to the high number of applications received, we are unable to provide individual feedback.

We thank you for your interest in the Global Water Alliance and encourage you to apply for future vacancies.

Yours sincerely,
Recruitment Unit
Global Water Alliance
""", fmt="alt", cte="qp", contact="recruitment@gwa.example.org"),

    m(R, "paris_agence_evenementielle", "fr", "Atelier Sept",
      ("Thomas Lenoir", "thomas.lenoir@atelier-sept.example.fr"),
      "RE: Chef de projet événementiel", "2026-06-22T12:47:00+02:00", """
Bonjour Élodie,

Merci pour l'entretien visio et le cas pratique.

Je ne vais pas tourner autour du pot : on ne va pas donner suite. Ton profil est très orienté hôtellerie et on a besoin de quelqu'un d'opérationnel tout de suite sur l'événementiel corporate B2B.

Bonne continuation,
Thomas

De : Élodie Baptiste-Nakamura <elodie.bn@example.ch>
Envoyé : lundi 15 juin 2026 08:30
À : Thomas Lenoir <thomas.lenoir@atelier-sept.example.fr>
Objet : Chef de projet événementiel

Bonjour Thomas,
Vous trouverez ci-joint le cas pratique demandé.
""", thread=[("cand-0615-e", ME_TH)], charset="windows-1252", cte="8bit"),

    m(R, "es_formal_madrid_chain", "es", "Turismo Ibérico Congresos",
      ("Lucía Navarro", "lnavarro@ticongresos.example.es"),
      "RE: Proceso de selección - Project Manager", "2026-07-02T09:40:00+02:00", """
Estimada Élodie:

Le agradecemos sinceramente su participación en el proceso de selección para el puesto de Project Manager de Congresos.

Lamentamos comunicarle que, tras la última fase, su candidatura no ha sido seleccionada. Ha sido un proceso muy reñido y valoramos mucho su experiencia en Suiza.

Quedamos a su disposición para cualquier consulta.

Atentamente,
Lucía Navarro
Responsable de Personas
Turismo Ibérico Congresos

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial.
""", fmt="alt", cte="b64"),

    m(R, "bamboohr_danish_en", "en", "Nørrebro Hospitality",
      ("Nørrebro Hospitality", "notifications@app.bamboohr.com"),
      "Thank you from Nørrebro Hospitality", "2026-07-14T08:20:00+02:00", """
Hi Élodie,

Thank you for your interest in the Sustainability & Operations Coordinator position. We really appreciate you taking the time.

We have now filled the role and will not be moving forward with other applicants. We'd be glad to see your name again in the future.

Best regards,
Mette Sørensen
People & Culture
Nørrebro Hospitality
""", system=True, fmt="alt", cte="qp"),

    m(R, "sans_accents_fr", "fr", "Hotel des Alpes Verbier",
      ("Direction Hotel des Alpes", "direction@hoteldesalpes-verbier.example.ch"),
      "Re: candidature", "2026-08-04T22:10:00+02:00", """
Bonsoir Madame,

Merci pour votre candidature spontanee. Nous n avons malheureusement pas de poste correspondant a votre profil pour la saison d hiver, l equipe est complete.

Cordialement
P. Fellay
Hotel des Alpes Verbier
""", cte="8bit"),
    m(R, "talentsoft_hopital", "fr", "Hôpital Riviera-Chablais",
      ("Hôpital Riviera-Chablais", "ne-pas-repondre@talentsoft-mail.example.com"),
      "Votre candidature - Responsable hôtellerie hospitalière (Réf. 2026-HRC-077)", "2026-09-21T07:30:00+02:00", """
Madame Baptiste-Nakamura,

Nous avons bien pris note de votre intérêt pour le poste de Responsable hôtellerie hospitalière et vous en remercions.

Nous sommes cependant au regret de vous informer que nous avons donné la préférence à une candidature correspondant davantage au profil recherché, notamment en ce qui concerne l'expérience en milieu hospitalier.

Nous vous souhaitons plein succès pour la suite de vos démarches.

Service des ressources humaines
Hôpital Riviera-Chablais
""", fmt="html", system=True, cte="b64", charset="iso-8859-1"),

]
