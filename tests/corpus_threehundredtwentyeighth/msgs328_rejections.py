"""Stand-alone rejections of corpus 328 (every polite shade of "no")."""

from __future__ import annotations

from msgs328_common import Spec, m

SPECS: list[Spec] = []
add = SPECS.append
R = "rejection"

# ------------------------------------------------------------------ French
add(m("rej_breizhcloud", R, "fr", "2026-01-22 09:12 +0000",
      ("Breizh Cloud Services", "no-reply@teamtailor-mail.com"),
      "Votre candidature chez Breizh Cloud Services",
      """Bonjour Gaëtan,

Merci d'avoir postulé au poste de Technicien Helpdesk chez Breizh Cloud Services et pour le temps consacré à votre candidature.

Après étude attentive de votre profil, nous avons décidé de poursuivre avec des candidats dont l'expérience correspond plus étroitement aux besoins actuels du poste.

Nous vous souhaitons le meilleur pour la suite de vos recherches et espérons recroiser votre route.

L'équipe recrutement de Breizh Cloud Services""",
      company="Breizh Cloud Services", fmt="html", brand="Breizh Cloud Services"))

add(m("rej_ondes", R, "fr", "2026-02-16 18:40 +0100",
      ("Fanny Rouxel", "f.rouxel@ondes-erdre.example.fr"),
      "Technicien informatique & diffusion",
      """Bonjour Gaëtan,

Merci pour votre candidature, que nous avons lue avec intérêt (ce n'est pas tous les jours qu'on reçoit un CV qui parle à la fois de consoles numériques et de VLAN !).

Nous avons malheureusement retenu un autre profil, déjà familier de nos outils d'automation. Je ne manquerai pas de vous recontacter si un poste s'ouvre à la régie technique.

Bonne continuation,
Fanny Rouxel
Responsable technique – Ondes d'Erdre
Nantes""",
      company="Ondes d'Erdre", contact="f.rouxel@ondes-erdre.example.fr",
      name_enc=None, cte="8bit"))

add(m("rej_mervent_kervalis", R, "fr", "2026-03-05 10:27 +0100",
      ("Claire Mervent", "c.mervent@mervent-associes.example.fr"),
      "Votre candidature – Technicien réseau – Groupe Kervalis",
      """Bonjour Gaëtan,

Je reviens vers vous concernant le poste de technicien réseau au sein du Groupe Kervalis que je vous avais présenté.

Mon client a étudié votre dossier avec attention mais a choisi de ne pas le retenir : il recherche finalement un profil avec au moins deux ans d'expérience sur les environnements Fortinet.

Je reste attentive à vos prochaines démarches et n'hésiterai pas à vous recontacter.

Claire Mervent
Associée – Mervent & Associés, cabinet de recrutement
3 place du Ralliement, 49100 Angers
06 80 00 27 45""",
      company="Groupe Kervalis", contact="c.mervent@mervent-associes.example.fr",
      charset="windows-1252", cte="quoted-printable"))

add(m("rej_aln_suspendu", R, "fr", "2026-03-24 14:05 +0100",
      ("Romain Gasnier", "romain.gasnier@angers-loire-numerique.example.fr"),
      "Recrutement technicien support – suspension",
      """Bonjour Monsieur,

Vous avez candidaté au poste de technicien support de proximité publié en février. Je vous informe que ce recrutement est suspendu jusqu'à nouvel ordre, suite à la réorganisation de notre service informatique décidée par le conseil d'administration.

Nous ne donnerons donc pas suite aux candidatures reçues, dont la vôtre. Si le poste devait être republié, vous seriez libre de postuler à nouveau.

Avec nos remerciements,
Romain Gasnier
Responsable des ressources humaines
Angers Loire Numérique""",
      company="Angers Loire Numérique",
      contact="romain.gasnier@angers-loire-numerique.example.fr", charset="windows-1252"))

add(m("rej_hexaflux", R, "fr", "2026-04-21 16:33 +0000",
      ("Hexaflux Consulting", "no-reply@hire.lever.co"),
      "Hexaflux Consulting – votre candidature",
      """Bonjour Gaëtan,

Nous vous remercions pour l'intérêt que vous portez à Hexaflux Consulting et pour votre candidature au poste d'Ingénieur support infrastructure (Paris).

Malheureusement, nous ne sommes pas en mesure de donner une suite favorable à votre candidature. Le poste requiert une expérience confirmée en environnement de production que nous n'avons pas retrouvée dans votre parcours.

Nous conservons votre profil dans notre vivier et vous souhaitons bonne chance dans vos recherches.

Bien cordialement,
L'équipe Talent d'Hexaflux Consulting""",
      company="Hexaflux Consulting", fmt="alt", brand="Hexaflux"))

add(m("rej_saint_boniface", R, "fr", "2026-05-11 11:50 +0200",
      ("Service du personnel – Clinique Saint-Boniface", "isabelle.dewinter@stboniface.example.be"),
      "Votre candidature : technicien informatique (H/F/X)",
      """Monsieur,

Nous avons bien reçu votre candidature pour la fonction de technicien informatique (H/F/X) et nous vous en remercions.

Nous avons reçu de nombreuses candidatures de qualité et, après une première sélection sur dossier, nous sommes au regret de vous informer que votre profil n'a pas été retenu pour la suite de la procédure. La connaissance du néerlandais (niveau B2) était en effet un critère déterminant.

Nous vous souhaitons plein succès dans vos recherches.

Isabelle Dewinter
Service du personnel
Clinique Saint-Boniface – Avenue de la Couronne 208 – 1050 Ixelles""",
      company="Clinique Saint-Boniface", contact="isabelle.dewinter@stboniface.example.be",
      charset="windows-1252", cte="8bit", name_enc=("windows-1252", "Q")))

add(m("rej_leman_dc", R, "fr", "2026-05-27 08:20 +0000",
      ("Léman Datacenter", "no-reply@smartrecruiters.com"),
      "Léman Datacenter : mise à jour de votre candidature",
      """Bonjour Gaëtan,

Merci pour votre candidature au poste de Technicien datacenter (Genève).

Nous avons le regret de vous annoncer que le poste a été pourvu. Nous ne manquerons pas de vous informer de nouvelles opportunités correspondant à votre profil.

Pour toute question, vous pouvez répondre à ce message : il sera transmis à Léa Brunner, notre recruteuse.

Cordialement,
Léman Datacenter – Ressources humaines""",
      company="Léman Datacenter", contact="lea.brunner@leman-datacenter.example.ch",
      reply_to=("Léa Brunner", "lea.brunner@leman-datacenter.example.ch"),
      subj_enc=("utf-8", "Q"), name_enc=("utf-8", "B")))

add(m("rej_freemission_quai", R, "fr", "2026-06-08 07:45 +0200",
      ("FreeMission", "notifications@freemission.example.fr"),
      "Mission « Support réseau – salle de spectacle » : le client a fait son choix",
      """Bonjour Gaëtan,

Le Théâtre du Quai a clôturé sa mission « Support réseau et billetterie – salle de spectacle (Angers) » et a retenu un autre freelance.

Votre proposition n'a donc pas été acceptée cette fois-ci. Ne vous découragez pas : 14 nouvelles missions correspondant à vos compétences ont été publiées cette semaine.

L'équipe FreeMission

Vous recevez cet e-mail car vous avez répondu à une mission sur FreeMission.""",
      company="Théâtre du Quai", fmt="html", brand="FreeMission",
      subj_enc=("windows-1252", "Q")))

add(m("rej_relais_interim", R, "fr", "2026-07-02 15:12 +0200",
      ("Laëtitia Chevalier", "laetitia.chevalier@relais-interim.example.fr"),
      "Mission technicien déploiement",
      """Bonjour Gaëtan,

Je vous informe que la mission de technicien de déploiement (renouvellement de parc, Angers) pour laquelle je vous avais positionné a été pourvue par un intérimaire déjà connu de notre client.

Je suis désolée pour ce retour négatif. Votre dossier reste actif chez nous et je vous proposerai d'autres missions dès que possible.

Laëtitia Chevalier
Relais Intérim – Agence d'Angers""",
      company="Relais Intérim", contact="laetitia.chevalier@relais-interim.example.fr",
      name_enc=("windows-1252", "Q"), cte="base64"))

add(m("rej_armor_fibre", R, "fr", "2026-07-20 05:03 -0700",
      ("Armor Fibre", "armorfibre@myworkday.com"),
      "Armor Fibre – suite de votre candidature (R-3305)",
      """Bonjour Gaëtan,

Nous vous remercions pour l'échange téléphonique que vous avez eu avec notre équipe au sujet du poste de Technicien NOC (R-3305).

Après réflexion, nous avons décidé de ne pas poursuivre le processus avec vous. Nous avons été sensibles à votre motivation, mais d'autres candidats présentent une expérience plus directement transposable à la supervision de réseaux FTTH.

Nous vous souhaitons une bonne continuation.

Armor Fibre – Acquisition de talents

Merci de ne pas répondre à ce message.""",
      company="Armor Fibre", fmt="alt", brand="Armor Fibre"))

add(m("rej_scenes_vilaine", R, "fr", "2026-08-03 12:00 +0200",
      ("Jérôme Lucas", "jerome.lucas@scenes-vilaine.example.fr"),
      "Re: Candidature spontanée – technicien informatique et réseau",
      """Bonjour Gaëtan,

Merci pour votre candidature spontanée et pour votre fidélité comme régisseur son chez nous ces dernières années !

Je dois malheureusement vous répondre que nous n'ouvrons pas de poste informatique cette année : la maintenance reste confiée à notre prestataire. Je ne peux donc pas y donner suite, mais je transmets volontiers votre CV à nos partenaires si vous le souhaitez.

Amitiés,
Jérôme
--
Jérôme Lucas
Directeur technique – Scènes de Vilaine
1 rue Saint-Hélier, Rennes""",
      company="Scènes de Vilaine", contact="jerome.lucas@scenes-vilaine.example.fr",
      fmt="html", brand=""))

# ------------------------------------------------------------------ English
add(m("rej_kanaal", R, "en", "2026-02-23 13:44 +0000",
      ("Kanaal Data", "noreply@workablemail.com"),
      "Your application for IT Service Desk Analyst at Kanaal Data",
      """Hi Gaëtan,

Thank you for your interest in the IT Service Desk Analyst role at Kanaal Data.

We have reviewed your application carefully. Unfortunately, we have decided not to proceed with it at this stage, as we are looking for candidates who are fluent in Dutch.

We wish you the best of luck in your job search.

Kind regards,
Kanaal Data Hiring Team""",
      company="Kanaal Data", fmt="alt", brand="Kanaal Data"))

add(m("rej_hrn_hold", R, "en", "2026-05-06 09:30 +0000",
      ("Helvetic Relief Network", "no-reply@ashbyhq.com"),
      "Update on the IT Field Support Officer role",
      """Dear Gaëtan,

We are writing to let you know that the IT Field Support Officer position in Geneva has been put on hold following a review of our 2026 budget. As a result, we will not proceed with the recruitment, and your application is now closed.

We are sorry for the inconvenience and grateful for the time you invested. Should the position reopen, it will be advertised on our careers page.

With best wishes,
People & Culture – Helvetic Relief Network""",
      company="Helvetic Relief Network", fmt="html", brand="Helvetic Relief Network"))

add(m("rej_filder_mobility", R, "en", "2026-06-17 10:05 -0400",
      ("Filderstadt Mobility Labs", "no-reply@greenhouse-mail.io"),
      "Filderstadt Mobility Labs – Application Update",
      """Hi Gaëtan,

Thank you for your interest in joining Filderstadt Mobility Labs as a Workplace IT Technician in Stuttgart.

After careful consideration, we've decided to move forward with other candidates for this position. We know this isn't the news you were hoping for and we truly appreciate the time you spent applying.

Best,
Recruiting @ Filderstadt Mobility Labs""",
      company="Filderstadt Mobility Labs", cte="quoted-printable"))

add(m("rej_turia_cloud", R, "en", "2026-07-30 18:21 +0200",
      ("Álvaro Sempere", "alvaro.sempere@turiacloudworks.example.es"),
      "Technical test results – Junior SysAdmin",
      """Hi Gaëtan,

Thanks a lot for completing the take-home exercise and for the follow-up chat with our infra lead last Tuesday.

I'm afraid we won't be making you an offer this time. Your troubleshooting approach was solid, but the team needs someone who can already run our Kubernetes clusters on their own from day one.

Please don't hesitate to apply again next year; we grow fast.

Cheers,
Álvaro Sempere
Head of People, Turia Cloudworks
Carrer de Sueca 41, 46006 Valencia""",
      company="Turia Cloudworks", contact="alvaro.sempere@turiacloudworks.example.es",
      name_enc=("iso-8859-1", "B")))

# ------------------------------------------------------------------ German
add(m("rej_klinikum", R, "de", "2026-04-28 14:10 +0200",
      ("Klinikum Neckartal", "noreply@softgarden.io"),
      "Ihre Bewerbung als Systemadministrator (m/w/d) – Klinikum Neckartal",
      """Sehr geehrter Herr Le Bihan-Moreau,

vielen Dank für Ihr Interesse an einer Tätigkeit im Klinikum Neckartal und die Zusendung Ihrer Bewerbungsunterlagen.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Person.

Ihre Unterlagen werden nach Abschluss des Verfahrens gemäß den datenschutzrechtlichen Bestimmungen gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Personalmanagement
Klinikum Neckartal""",
      company="Klinikum Neckartal", fmt="alt", brand="Klinikum Neckartal",
      subj_enc=("utf-8", "Q")))

add(m("rej_radio_fildern", R, "de", "2026-06-24 17:18 +0200",
      ("Katrin Weißhaupt", "k.weisshaupt@radio-fildern.example.de"),
      "Ihre Bewerbung – Techniker Sendebetrieb / IT",
      """Hallo Herr Le Bihan-Moreau,

vielen Dank noch einmal für das nette Gespräch letzte Woche und die Führung durch unseren Sendekomplex.

Wir haben uns nach reiflicher Überlegung für einen Bewerber entschieden, der bereits Erfahrung mit unserem Playout-System mitbringt. Ich weiß, dass das nach einem so guten Gespräch enttäuschend ist, und bedauere es ehrlich.

Ich wünsche Ihnen für Ihren Neustart in der IT viel Erfolg!

Herzliche Grüße
Katrin Weißhaupt
Leitung Technik | Radio Fildern Medien GmbH
Plieninger Straße 100 | 70567 Stuttgart""",
      company="Radio Fildern Medien", contact="k.weisshaupt@radio-fildern.example.de",
      charset="iso-8859-1", cte="8bit", name_enc=("iso-8859-1", "Q")))

add(m("rej_kessler_remstal", R, "de", "2026-07-07 09:55 +0200",
      ("Markus Kessler", "m.kessler@kessler-personal.example.de"),
      "Rückmeldung Stadtwerke Remstal",
      """Guten Morgen Herr Le Bihan-Moreau,

ich habe gestern Abend die Rückmeldung der Stadtwerke Remstal zu Ihrer Bewerbung als Netzwerktechniker erhalten. Leider hat sich der Kunde gegen eine Einladung entschieden, da er auf eine abgeschlossene deutsche Berufsausbildung als Fachinformatiker Wert legt.

Ich bedauere das sehr. Gerne behalte ich Sie für weitere Projekte im Blick, gerade bei internationalen Kunden.

Beste Grüße
Markus Kessler
Kessler Personalberatung | IT & Engineering
Königstraße 12 | 70173 Stuttgart | +49 711 0000 482""",
      company="Stadtwerke Remstal", contact="m.kessler@kessler-personal.example.de",
      charset="windows-1252", cte="quoted-printable"))

add(m("rej_hs_vaihingen", R, "de", "2026-08-11 11:40 +0200",
      ("Personalabteilung Hochschule Vaihingen", "bewerbung.petra.albrecht@hs-vaihingen.example.de"),
      "Ihre Bewerbung: Kennziffer 2026/114 – IT-Administrator/in",
      """Sehr geehrter Herr Le Bihan-Moreau,

wir bedanken uns für Ihre Bewerbung auf die ausgeschriebene Stelle einer IT-Administratorin / eines IT-Administrators (Kennziffer 2026/114).

Wir möchten Ihnen mitteilen, dass die Stelle zwischenzeitlich intern besetzt werden konnte. Das Auswahlverfahren ist damit abgeschlossen.

Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten vernichtet.

Mit freundlichen Grüßen
Im Auftrag
Petra Albrecht
Personalabteilung – Hochschule Vaihingen""",
      company="Hochschule Vaihingen", contact="bewerbung.petra.albrecht@hs-vaihingen.example.de",
      charset="windows-1252"))

add(m("rej_datenwerk", R, "de", "2026-09-03 07:10 +0000",
      ("Datenwerk Ludwigsburg", "noreply@successfactors.eu"),
      "Absage: IT Service Technician (m/w/d) – Job-ID 51730",
      """Sehr geehrter Herr Le Bihan-Moreau,

vielen Dank für Ihre Bewerbung bei Datenwerk Ludwigsburg.

Leider müssen wir Ihnen mitteilen, dass die ausgeschriebene Position aufgrund interner Umstrukturierungen nicht mehr besetzt wird. Wir werden Ihre Bewerbung daher nicht weiter berücksichtigen.

Wir danken Ihnen für Ihr Interesse und wünschen Ihnen alles Gute.

Ihr Talent-Acquisition-Team
Datenwerk Ludwigsburg

Dies ist eine automatisch generierte Nachricht.""",
      company="Datenwerk Ludwigsburg", fmt="html", brand="Datenwerk"))

# ------------------------------------------------------------------ Spanish
add(m("rej_hg_horta", R, "es", "2026-03-30 08:00 +0000",
      ("Hospital General de l'Horta", "noreply@taleo.net"),
      "Hospital General de l'Horta – Resultado de su candidatura",
      """Estimado/a Gaëtan Le Bihan-Moreau:

Le agradecemos el interés mostrado en la oferta «Técnico/a de Soporte Informático (ref. 26-034)».

Tras revisar detenidamente su candidatura, lamentamos comunicarle que no ha sido seleccionada para continuar en el proceso. Hemos recibido un número elevado de solicitudes y hemos priorizado perfiles con experiencia en entornos sanitarios.

Le deseamos mucha suerte en su búsqueda profesional.

Atentamente,
Departamento de Recursos Humanos
Hospital General de l'Horta

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.""",
      company="Hospital General de l'Horta", fmt="alt", brand="Hospital General de l'Horta"))

add(m("rej_radio_turia", R, "es", "2026-05-18 19:02 +0200",
      ("Pau Ribes", "pau.ribes@radioturia.example.es"),
      "Tu candidatura para técnico de sistemas",
      """Hola Gaëtan:

Gracias por presentarte al puesto de técnico de sistemas y emisión, y por la charla del jueves. Nos gustó mucho tu experiencia en directo.

Al final nos hemos decidido por otra persona que ya conoce nuestro sistema de continuidad y puede incorporarse de inmediato. Siento no traerte mejores noticias.

Te deseo muchísima suerte, y si algún día vuelves por Valencia para un concierto, avísame.

Un abrazo,
Pau Ribes
Jefe técnico – Radio Túria
Carrer de la Pau 14, València""",
      company="Radio Túria", contact="pau.ribes@radioturia.example.es", charset="windows-1252",
      cte="quoted-printable"))

add(m("rej_gem_ett", R, "es", "2026-06-29 12:30 +0200",
      ("Nuria Castelló", "ncastello@grupoempleomed.example.es"),
      "Proceso técnico helpdesk – actualización",
      """Buenos días Gaëtan:

Te escribo para informarte de que nuestro cliente (empresa de logística del puerto de Valencia) ha decidido no continuar con tu candidatura para el puesto de técnico de helpdesk. Buscaba un perfil con más experiencia en SAP.

Lamento no poder darte mejores noticias. Seguimos contando contigo para próximas ofertas.

Saludos cordiales,
Nuria Castelló
Consultora de selección – Grupo Empleo Mediterráneo
Tel. 960 00 14 22""",
      company="Grupo Empleo Mediterráneo", contact="ncastello@grupoempleomed.example.es",
      charset="windows-1252", name_enc=("windows-1252", "Q")))

add(m("rej_udt_suspendido", R, "es", "2026-08-19 10:45 +0200",
      ("Servicio de Selección – Universidad del Turia", "seleccion.carmen.llorens@udt.example.es"),
      "Convocatoria técnico/a de redes – suspensión del proceso",
      """Estimado Sr. Le Bihan-Moreau:

Le comunicamos que, por resolución del Rectorado de 14 de agosto de 2026, queda suspendido el proceso de selección para la contratación temporal de un/a técnico/a de redes en el Servicio de Informática.

En consecuencia, no se realizarán las entrevistas previstas y su solicitud no seguirá adelante. En caso de una nueva convocatoria, esta se publicará en el tablón electrónico de la Universidad.

Atentamente,
Carmen Llorens
Servicio de Selección de Personal
Universidad del Turia""",
      company="Universidad del Turia", contact="seleccion.carmen.llorens@udt.example.es",
      subj_enc=("windows-1252", "B"), name_enc=("windows-1252", "B")))

add(m("rej_sons_russafa", R, "es", "2026-09-09 09:15 +0200",
      ("Iván Gómez", "ivan@sonsderussafa.example.es"),
      "Proyecto soporte IT del festival – cancelado",
      """Hola Gaëtan:

Te escribo para contarte que el proyecto de soporte IT y red wifi para el Festival Sons de Russafa queda cancelado: el Ayuntamiento no ha renovado la subvención y este año no habrá edición de otoño.

Así que no vamos a seguir adelante con la contratación. Una pena, porque tu perfil de técnico de sonido reconvertido era justo lo que buscábamos.

Gracias por todo y ojalá coincidamos en 2027.

Iván Gómez
Producción – Festival Sons de Russafa""",
      company="Festival Sons de Russafa", contact="ivan@sonsderussafa.example.es"))
