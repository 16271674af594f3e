"""Rejections outside the long threads: agencies relaying named and unnamed clients, ATS
notices, soft human refusals, filled or cancelled positions, a frozen process."""

from __future__ import annotations

from msgs320_common import DISCLAIMER_DE, DISCLAIMER_ES, latin1_typed, m, own, page, shell

MARION = ("Marion Giraud", "m.giraud@hestia-rh.example.fr")
KARIMA = ("Karima Benali", "k.benali@tempoazur.example.fr")
CAPUCINE = ("Capucine Roux-Fabre", "capucine@noces-de-provence.example.fr")
MANON = ("Manon Petit", "manon.petit@soleil-levant.example.fr")
PYL = ("Pierre-Yves Lambert", "py.lambert@belvedere-garavan.example.fr")
INES = ("Inès Carbonel", "ines.carbonel@chateau-valbonne.example.fr")
JULIEN = ("Julien Orsatti", "j.orsatti@congres-vieuxport.example.fr")
RUCHET = ("Daniel Ruchet", "d.ruchet@riviera-leman.example.ch")
BAIE = ("Olivier Santoni", "olivier@yachtsdelabaie.example.fr")
SACHA = ("Sacha Marin", "sacha.marin@mmi.example.mc")
WHITFIELD = ("Tom Whitfield", "tom.whitfield@lakeside-events.example.ch")
JONAS = ("Jonas Wimmer", "j.wimmer@bavaria-incentive.example.de")
STEFAN = ("Stefan Hochstätter", "s.hochstaetter@hochstaetter-pb.example.de")
LEONIE = ("Leonie Huber", "leonie.huber@alpengluehen-events.example.de")
LUCIA = ("Lucía Vega", "lvega@festivaljondo.example.es")
NURIA = ("Nuria Campos", "nuria.campos@eventemp.example.es")

HESTIA_SABLETTES_NO = """Bonjour Anaïs,

Je reviens vers vous après mon échange avec Mme Amiel suite à votre rendez-vous de jeudi à l'Hôtel Cap Sablettes.

Elle a beaucoup apprécié votre présentation et votre aisance avec la clientèle internationale. Toutefois, la direction a finalement fait le choix d'un candidat ayant déjà managé une équipe banquets, ce qui était pour elle un point déterminant. L'hôtel ne donnera donc pas suite à votre candidature.

Je sais que c'est décevant après deux étapes. Je garde évidemment votre dossier en tête pour mes prochaines missions, votre profil est très apprécié de nos clients.

Bien à vous,
Marion Giraud
Consultante senior Hôtellerie & Événementiel – Hestia Recrutement
06 48 22 71 09
"""

HESTIA_UNNAMED_NO = """Bonjour Anaïs,

Merci encore pour notre rencontre au cabinet et pour votre patience.

Mon client a rencontré trois candidates en finale et a retenu une personne déjà en poste dans un palace cannois. Votre candidature n'a donc pas été retenue pour cette mission, malgré de très bons retours sur votre entretien.

Je reviendrai vers vous dès qu'une autre opportunité correspondant à votre projet MICE se présentera.

Belle soirée,
Marion
Hestia Recrutement
"""

TEMPO_CLIENT_NO = """Bonjour Anaïs,

Je viens d'avoir Mme Bruni au téléphone. Forum Azur Santé a finalement retenu une coordinatrice qui avait déjà travaillé sur leur congrès l'an dernier, ils ont préféré jouer la continuité. Ils ne donneront donc pas suite pour cette mission.

Ne vous découragez pas : d'autres missions accueil arrivent pour le printemps (salons à Monaco et Cannes) et je pense à vous en priorité.

Cordialement,
Karima Benali
Tempo Azur Intérim – agence de Nice
"""

NOCES_NO = """Coucou Anaïs,

Encore merci pour dimanche ! Tu as été d'un grand secours avec la famille du marié, et les prestataires t'ont trouvée très pro.

J'ai beaucoup réfléchi ces derniers jours. Pour cette saison, j'ai besoin de quelqu'un qui puisse être disponible tous les week-ends de mai à octobre, y compris en semaine pour les repérages, et je sais que ce n'est pas compatible avec ton nouveau poste au Palais des Congrès. Je préfère donc ne pas te proposer le poste, même si ça me coûte.

Si ta situation change l'an prochain, fais-moi signe sans hésiter.

Je t'embrasse,
Capucine
"""

OTBA_NO_HTML = shell(
    "<p>Madame Delacroix-N'Diaye,</p>\n"
    "<p>Nous vous remercions d'avoir participé aux épreuves de sélection du 12 mai 2026 pour "
    "le poste de Chargé(e) de projets événementiels &amp; accueil congrès "
    "(réf. OT-2026-014).</p>\n"
    "<p>Après délibération, le jury a retenu une autre candidature. Nous sommes au regret de "
    "vous informer que votre candidature n'a pas été retenue.</p>\n"
    "<p>Nous vous souhaitons une pleine réussite dans vos projets professionnels.</p>\n"
    "<p>Le service des Ressources Humaines<br>Office de Tourisme Baie des Anges</p>",
    brand="Office de Tourisme Baie des Anges", color="#0077b6",
    footer="Message envoyé via iCIMS – merci de ne pas répondre à cet e-mail.")

VIEUXPORT_RELANCE = """Bonjour Monsieur Orsatti,

J'ai postulé le 19 mai dernier au poste de Chargée de clientèle séminaires & congrès et je me permets de revenir vers vous pour savoir où en est le processus de recrutement.

Je suis toujours très motivée par ce poste ; depuis avril, je coordonne des congrès au Palais des Congrès Riviera-Azur à Nice, ce qui me permettrait d'être rapidement opérationnelle.

Je vous remercie par avance de votre retour.

Bien cordialement,
Anaïs Delacroix-N'Diaye
06 12 48 90 33
"""

VIEUXPORT_NO = """Bonjour Madame,

Merci pour votre message et pour votre intérêt.

Le poste de Chargée de clientèle séminaires & congrès a été pourvu la semaine dernière. Nous ne pourrons donc pas donner suite à votre candidature, mais nous gardons vos coordonnées pour nos prochains recrutements, notamment pour la saison 2027.

Cordialement,

Julien Orsatti
Responsable commercial
Congrès Vieux-Port – Marseille
04 91 90 12 60
"""

SOLEIL_NO = """Bonjour Madame Delacroix-N'Diaye,

Nous vous remercions pour l'intérêt que vous portez à Soleil Levant Événements et pour votre candidature au poste d'Assistante chef de projet incentive.

Après examen attentif de votre dossier, notre directrice de production a retenu des profils issus d'agences événementielles, mieux à même de répondre immédiatement aux exigences de nos programmes incentive à l'étranger.

Nous ne manquerons pas de vous recontacter si une opportunité plus adaptée à votre parcours se présentait.

Cordialement,

Manon Petit
Assistante RH & Office Manager
Soleil Levant Événements
"""

GARAVAN_NO = """Madame,

Je fais suite à votre message de mardi et vous remercie pour vos explications.

Je dois toutefois vous informer que le poste d'assistante commerciale groupes & séminaires a été pourvu entre-temps. Je ne suis donc plus en mesure de donner une suite favorable à votre candidature.

Je vous souhaite une bonne continuation.

Pierre-Yves Lambert
Directeur de l'hébergement – Hôtel Belvédère Garavan
"""

VALBONNE_NO = """Bonjour Anaïs,

Sans nouvelles de votre part depuis notre rendez-vous manqué du 27 mai, nous avons poursuivi le processus avec les autres candidates et ne donnerons pas suite à votre candidature pour le poste de Chargée d'événements privés et séminaires.

Nous vous souhaitons bonne continuation.

Inès Carbonel
Responsable RH – Château de Valbonne Réceptions
"""

LEMAN_NO = """Madame,

Vous nous avez adressé votre candidature pour le poste de Coordinateur/trice banquets & séminaires, et nous vous en remercions.

Nous avons le regret de vous informer que nous avons retenu un autre profil, correspondant plus précisément aux exigences du poste. Votre dossier ne pourra donc pas être pris en considération.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Daniel Ruchet
Chef du Personnel
Hôtel Riviera Léman – Genève
"""

BAIE_NO = """Bonjour Anaïs,

Merci pour ta candidature pour le poste d'hôtesse événements à bord (saison 2026).

Je te réponds franchement : nous avons vendu notre deuxième bateau en janvier et l'activité événementielle est réduite cette année. Le poste est donc supprimé et nous n'allons pas recruter pour cette saison. Je ne peux malheureusement pas donner suite.

Bonne chance pour la suite, ton profil trouvera preneur !

Olivier Santoni
Gérant – Yachts de la Baie, Villefranche-sur-Mer
"""

SUNDECK_NO = """Hello Anaïs,

Thank you for your interest in the Guest Relations & Events Coordinator position with Sundeck Yachts.

We wanted to let you know that, following a change in our charter programme for the 2026 season, this role has been put on hold and we will not be proceeding with any applications at this time.

We appreciate the time you invested in applying and wish you the very best.

Sundeck Yachts Hiring Team
"""

BRERA_NO = """Dear Anaïs,

Thank you for your interest in the MICE Sales Executive – Milan position at Brera Luxury Hotels.

We have carefully reviewed your application. Unfortunately, on this occasion we will not be moving forward with your candidacy, as we have identified candidates whose profiles better match our current needs, particularly in terms of Italian language skills and local market knowledge.

We encourage you to keep an eye on our careers page for future opportunities.

Kind regards,
Human Resources – Brera Luxury Hotels
"""

MMI_NO = """Hi Anaïs,

Thanks for getting back to me, and no hard feelings about last week.

In the meantime we've met several candidates and decided to move forward with someone who can start straight away in May, which is crucial with the Grand Prix season coming up. So we won't be taking your application further this time.

Wishing you the best of luck with your search!

Sacha Marin
Head of People, Monaco Meetings & Incentives
"""

LAKESIDE_NO = """Dear Ms Delacroix-N'Diaye,

Thank you for applying for the Junior Event Manager role at Lakeside Events in Geneva, and for your patience while we completed our process.

I'm writing to let you know that the position has now been filled. We were impressed by the number of strong applications, and yours was among those we considered carefully.

We'll keep your CV on file for six months, with your permission, in case a similar opening arises.

With best wishes,
Tom Whitfield
Operations Director, Lakeside Events
Quai Gustave-Ador 42, 1207 Geneva
"""

BAVARIA_NO = """Hallo Frau Delacroix-N'Diaye,

vielen Dank für das nette Telefonat und Ihr Interesse an Bavaria Incentive Reisen.

Nach reiflicher Überlegung haben wir uns für eine Kandidatin entschieden, die bereits Erfahrung mit Gruppenreisen nach Asien mitbringt. Wir müssen Ihnen daher leider eine Absage erteilen.

Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.

Beste Grüße
Jonas Wimmer
Teamleitung Incentive-Reisen
"""

HOCH_NO = f"""Sehr geehrte Frau Delacroix-N'Diaye,

ich darf Ihnen heute den Namen meines Mandanten nennen: Es handelt sich um das Seehotel Ammerblick in Herrsching. Ich hatte Ihr Profil dort nach unserem Gespräch vorgestellt.

Leider hat sich das Seehotel Ammerblick nach interner Abstimmung gegen eine Einladung entschieden. Ausschlaggebend waren vor allem die fehlende Führungserfahrung und die noch ausbaufähigen Deutschkenntnisse, die für die Zusammenarbeit mit den Bankettabteilungen wichtig sind.

Ich bedaure, Ihnen keine bessere Nachricht übermitteln zu können, und würde mich freuen, bei passender Gelegenheit wieder auf Sie zukommen zu dürfen.

Mit freundlichen Grüßen

Stefan Hochstätter
Geschäftsführender Partner
Hochstätter Personalberatung

{DISCLAIMER_DE}
"""

ALPEN_NO = """Hallo Anaïs,

danke für deine Nachricht und deine Erklärung – das kann passieren.

Wir haben uns inzwischen aber für eine andere Bewerberin entschieden, die schon in München wohnt und sofort anfangen kann. Deshalb müssen wir dir leider absagen.

Wir wünschen dir ganz viel Erfolg für deinen Start in München (wir haben gehört, es klappt mit dem Kongresszentrum?) und vielleicht läuft man sich ja mal auf einem Event über den Weg!

Liebe Grüße
Leonie
Alpenglühen Events
"""

MAXHOF_NO = """Sehr geehrte Frau Delacroix-N'Diaye,

vielen Dank für Ihr Interesse an der Position Veranstaltungskoordinator (m/w/d) im Hotel Maximilianhof München.

Nach sorgfältiger Prüfung aller Bewerbungen müssen wir Ihnen leider mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben, deren Qualifikationen besser zu den Anforderungen der Stelle passen.

Wir danken Ihnen für Ihr Vertrauen und wünschen Ihnen für Ihre Zukunft alles Gute.

Freundliche Grüße
Human Resources
Hotel Maximilianhof München
"""

RIEM_NO = """Sehr geehrte Frau Delacroix-N'Diaye,

vielen Dank für Ihre Bewerbung als Teamassistenz Messe- und Kongressservice bei Riem Event Services.

Wir möchten Ihnen mitteilen, dass die Stelle intern besetzt werden konnte. Das Auswahlverfahren ist damit abgeschlossen, und wir können Ihre Bewerbung leider nicht weiter berücksichtigen.

Ihre Unterlagen werden gemäß unseren Datenschutzbestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Personalabteilung
Riem Event Services
"""

AZAHAR_NO = f"""Estimada Anaïs:

Le agradecemos el tiempo dedicado a su candidatura para la vacante «Coordinador/a de Eventos y Grupos – Hotel Azahar Sevilla».

Tras analizar detenidamente su perfil, lamentamos comunicarle que en esta ocasión no ha sido seleccionada para continuar en el proceso. Conservaremos sus datos para futuras oportunidades que puedan ajustarse a su experiencia.

Atentamente,
Departamento de Recursos Humanos
Grupo Hotelero Azahar

{DISCLAIMER_ES}
"""

JONDO_NO = """Hola, Anaïs:

Muchas gracias por la entrevista del viernes, Álvaro y yo salimos con muy buena impresión.

Al final nos hemos decidido por una persona que ya ha trabajado en dos ediciones del festival y conoce a los artistas y a las peñas, algo que para esta edición nos daba mucha tranquilidad. Así que esta vez no vamos a contar contigo para el puesto, y sentimos mucho no poder darte otra respuesta.

Te deseamos lo mejor y ojalá coincidamos en otra ocasión.

Un abrazo,
Lucía
"""

EVENTEMP_NO = """Hola, Anaïs:

Gracias por explicarme lo del corte de internet, te creo. He hablado con el hotel, pero la directora de eventos ya había cerrado el puesto con otra candidata esta misma mañana. El Hotel Patio de los Naranjos no seguirá adelante con tu candidatura.

Lo siento mucho. Te tendré en cuenta para las próximas ofertas con clientes franceses.

Nuria Campos
Eventemp ETT
"""

SPECS: list[dict] = [
    m("baie_no", "rejection", "fr", "2026-02-05 19:48 +0100", BAIE,
      "Re: Candidature hôtesse événements à bord", BAIE_NO, company="Yachts de la Baie",
      contact=BAIE[1], headers={"X-Mailer": "Mail for Android"}),
    m("soleil_no", "rejection", "fr", "2026-02-27 11:02 +0100", MANON,
      "Votre candidature – Assistante chef de projet incentive", SOLEIL_NO,
      parent="soleil_ack", company="Soleil Levant Événements", contact=MANON[1],
      charset="windows-1252", cte="quoted-printable"),
    m("tempo_client_no", "rejection", "fr", "2026-03-03 17:25 +0100", KARIMA,
      "Mission Forum Azur Santé – retour du client", TEMPO_CLIENT_NO,
      company="Forum Azur Santé", contact=KARIMA[1], cte="8bit"),
    m("sundeck_no", "rejection", "en", "2026-03-12 14:00 +0000",
      ("Sundeck Yachts", "notifications@bamboohr.com"),
      "Update on your application – Guest Relations & Events Coordinator", SUNDECK_NO,
      html=page(SUNDECK_NO, lang="en", brand="Sundeck Yachts", color="#2a9d8f",
                footer="Powered by BambooHR"),
      company="Sundeck Yachts"),
    m("leman_no", "rejection", "fr", "2026-03-20 08:15 +0100", RUCHET,
      "Votre candidature – Coordinateur/trice banquets & séminaires", LEMAN_NO,
      company="Hôtel Riviera Léman", contact=RUCHET[1], charset="iso-8859-1",
      cte="quoted-printable"),
    m("azahar_no", "rejection", "es", "2026-04-07 09:30 +0000",
      ("Grupo Hotelero Azahar", "grupoazahar@taleo.net"),
      "Su candidatura – Coordinador/a de Eventos y Grupos (ref. 26000871)", AZAHAR_NO,
      company="Grupo Hotelero Azahar", charset="windows-1252", cte="quoted-printable"),
    m("noces_no", "rejection", "fr", "2026-04-09 22:03 +0200", CAPUCINE,
      "Merci pour dimanche", NOCES_NO, company="Les Noces de Provence",
      contact=CAPUCINE[1], headers={"X-Mailer": "Apple Mail (2.3774.500.171.1.1)"}),
    m("hestia_sablettes_no", "rejection", "fr", "2026-04-27 18:45 +0200", MARION,
      "Retour de l'Hôtel Cap Sablettes", HESTIA_SABLETTES_NO, company="Hôtel Cap Sablettes",
      contact=MARION[1], cte="quoted-printable"),
    m("lakeside_no", "rejection", "en", "2026-05-05 16:30 +0200",
      ("Lakeside Events Recruitment", "recruitment@lakeside-events.example.ch"),
      "Junior Event Manager – your application", LAKESIDE_NO, reply_to=WHITFIELD,
      company="Lakeside Events", contact=WHITFIELD[1], charset="iso-8859-1"),
    m("mmi_no", "rejection", "en", "2026-05-15 11:20 +0200", SACHA,
      "Re: Missed you today", MMI_NO, parent="mmi_missed", quote="en",
      company="Monaco Meetings & Incentives", contact=SACHA[1]),
    m("garavan_no", "rejection", "fr", "2026-05-21 10:10 +0200", PYL,
      "Poste d'assistante commerciale groupes & séminaires", GARAVAN_NO,
      company="Hôtel Belvédère Garavan", contact=PYL[1], charset="iso-8859-1", cte="8bit"),
    m("otba_no", "rejection", "fr", "2026-05-29 13:00 +0000",
      ("Office de Tourisme Baie des Anges", "otbaiedesanges-noreply@icims.com"),
      "Réponse à votre candidature – réf. OT-2026-014", None, html=OTBA_NO_HTML,
      company="Office de Tourisme Baie des Anges", cte="base64"),
    m("bavaria_no", "rejection", "de", "2026-06-09 09:15 +0200",
      ("Bavaria Incentive Reisen", "noreply@softgarden.io"),
      "Ihre Bewerbung als Projektassistenz Incentive-Reisen (m/w/d)", BAVARIA_NO,
      reply_to=JONAS, company="Bavaria Incentive Reisen", contact=JONAS[1],
      html=page(BAVARIA_NO, lang="de", brand="Bavaria Incentive Reisen", color="#1b4965")),
    own("vieuxport_relance", "fr", "2026-06-08 12:40 +0200", JULIEN,
        "Candidature – Chargée de clientèle séminaires & congrès", VIEUXPORT_RELANCE),
    m("vieuxport_no", "rejection", "fr", "2026-06-10 17:05 +0200", JULIEN,
      "RE: Candidature – Chargée de clientèle séminaires & congrès", VIEUXPORT_NO,
      parent="vieuxport_relance", quote="outlook_fr", company="Congrès Vieux-Port",
      contact=JULIEN[1], charset="windows-1252", cte="quoted-printable"),
    m("jondo_no", "rejection", "es", "2026-06-16 20:10 +0200", LUCIA,
      "Coordinación de acreditaciones – respuesta", JONDO_NO,
      company="Festival Jondo de Sevilla", contact=LUCIA[1]),
    m("maxhof_no", "rejection", "de", "2026-06-22 05:30 +0000",
      ("Hotel Maximilianhof München", "maximilianhof@myworkday.com"),
      "Ihre Bewerbung bei Hotel Maximilianhof München", MAXHOF_NO,
      company="Hotel Maximilianhof", cte="quoted-printable"),
    m("brera_no", "rejection", "en", "2026-06-25 07:45 +0000",
      ("Brera Luxury Hotels", "noreply@smartrecruiters.com"),
      "Your application – MICE Sales Executive – Milan", BRERA_NO,
      html=page(BRERA_NO, lang="en", brand="Brera Luxury Hotels", color="#3d405b"),
      company="Brera Luxury Hotels"),
    m("hestia_unnamed_no", "rejection", "fr", "2026-07-03 18:02 +0200", MARION,
      "Mission confidentielle Croisette – retour", HESTIA_UNNAMED_NO,
      company="Hestia Recrutement", contact=MARION[1], charset="windows-1252",
      cte="8bit"),
    m("hoch_no", "rejection", "de", "2026-07-06 11:40 +0200", STEFAN,
      "Rückmeldung meines Mandanten – Leitung Veranstaltungsbüro", HOCH_NO,
      company="Seehotel Ammerblick", contact=STEFAN[1], cte="quoted-printable"),
    m("eventemp_no", "rejection", "es", "2026-07-17 12:30 +0200", NURIA,
      "Re: No te has conectado a la entrevista", EVENTEMP_NO, parent="eventemp_missed",
      quote="es", company="Hotel Patio de los Naranjos", contact=NURIA[1]),
    m("alpen_no", "rejection", "de", "2026-08-06 15:15 +0200", LEONIE,
      "Re: Heute 17:30 Uhr", ALPEN_NO, parent="alpen_missed", quote="de",
      company="Alpenglühen Events", contact=LEONIE[1], cte="base64"),
    m("riem_no", "rejection", "de", "2026-08-19 07:00 +0000",
      ("Riem Event Services – Karriere", "noreply@successfactors.eu"),
      "Ihre Bewerbung: Teamassistenz Messe- und Kongressservice", RIEM_NO,
      html=page(RIEM_NO, lang="de", brand="Riem Event Services", color="#264653"),
      company="Riem Event Services", charset="iso-8859-1", cte="quoted-printable"),
    m("valbonne_no", "rejection", "fr", "2026-06-08 09:20 +0200", INES,
      "Votre candidature – Chargée d'événements privés et séminaires", VALBONNE_NO,
      company="Château de Valbonne Réceptions", contact=INES[1]),
]

SPECS = latin1_typed(SPECS)
