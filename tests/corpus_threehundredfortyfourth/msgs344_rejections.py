"""Rejections of every shape (rejection), written by hand for corpus 344."""

from __future__ import annotations

from msgs344_common import m

K = "rejection"

MESSAGES = [
    m(K, "fr", "Nuvogène", "camille.roux@nuvogene.example.fr",
      ("Camille Roux", "camille.roux@nuvogene.example.fr"),
      "Re: Toutes mes excuses pour ce matin",
      """Bonjour Margaux,

Merci pour votre message et vos explications, je comprends tout à fait. Entre-temps, l'équipe a
toutefois avancé avec deux autres personnes et nous avons décidé de ne pas rouvrir de créneau
pour ce poste.

Je garde votre profil en tête pour nos futurs recrutements en clinique.

Belle continuation,
Camille""",
      "2026-02-09 14:20 +0100", id="n5", re="n4", quote="std", slug="nuvogene_no"),
    m(K, "fr", "Fondation Lumen Oncologie", "ines.perrot@lumen-onco.example.ch",
      ("Inès Perrot", "ines.perrot@lumen-onco.example.ch"),
      "Votre candidature – Coordinateur·rice de recherche clinique",
      """Bonjour Margaux,

Nous vous remercions vivement pour le temps consacré à nos entretiens du 5 mai. Après
délibération, le comité a choisi une personne disposant déjà d'une expérience de coordination
d'essais académiques en Suisse.

Cette décision ne remet pas en cause la qualité de votre parcours, et nous vous souhaitons
plein succès dans vos démarches.

Meilleures salutations,
Inès Perrot
Responsable RH – Fondation Lumen Oncologie""",
      "2026-05-13 10:05 +0200", id="l4", re="l3", fmt="alt", charset="iso-8859-1",
      name_enc=("iso-8859-1", "q"), slug="lumen_no"),
    m(K, "fr", "Oncovia", "thibault.morvan@santetalents.example.fr",
      ("Thibault Morvan", "thibault.morvan@santetalents.example.fr"),
      "Retour d'Oncovia",
      """Bonjour Margaux,

J'ai eu Claire Vasseur ce matin. Elle a beaucoup apprécié votre rigueur et votre connaissance
du circuit du médicament expérimental, mais Oncovia a finalement retenu une candidate déjà ARC
depuis deux ans, plus autonome en monitoring dès le départ.

C'est une déception, je sais. Je reste à vos côtés : j'ai deux autres besoins en coordination
qui devraient s'ouvrir en juin, je vous en parle très vite.

Thibault Morvan
Consultant senior – Santé Talents Conseil""",
      "2026-04-15 09:48 +0200", id="s4", re="s3", quote="std", slug="oncovia_no"),
    m(K, "fr", "Pharmintérim Ouest", "laetitia.bernier@pharminterim.example.fr",
      ("Laëtitia Bernier", "laetitia.bernier@pharminterim.example.fr"),
      "Mission Carquefou",
      """Bonjour Margaux,

Je n'ai pas eu de nouvelles de votre part avant midi comme convenu ; le client a donc confirmé
un autre intérimaire pour la mission de Carquefou. Votre candidature sur cette mission est
close.

Votre dossier reste actif dans notre agence pour d'autres missions.

Laëtitia Bernier
Pharmintérim Ouest""",
      "2026-02-04 15:10 +0100", charset="iso-8859-1", cte="8bit",
      name_enc=("iso-8859-1", "b"), slug="pharminterim_no"),
    m(K, "fr", "Vaxarmor", "", ("Vaxarmor Recrutement", "vaxarmor@taleo.net"),
      "Vaxarmor : suite donnée à votre candidature (réf. 2600318)",
      """Madame Delacourt-Nsimba,

Nous vous remercions de l'intérêt que vous portez à Vaxarmor. Après une étude attentive de
votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue
pour le poste d'Assistant(e) Qualité Essais Cliniques.

Nous conservons vos coordonnées dans notre base de données et ne manquerons pas de revenir vers
vous si une opportunité correspondant à votre profil se présentait.

Direction des Ressources Humaines – Vaxarmor""",
      "2026-03-20 06:30 +0000", fmt="html", slug="vaxarmor_no"),
    m(K, "fr", "Cellvia Thérapeutiques", "hugo.lamarre@cellvia.example.fr",
      ("Hugo Lamarre", "hugo.lamarre@cellvia.example.fr"),
      "Clinical Trial Assistant – notre décision",
      """Salut Margaux,

Merci encore pour ta journée avec nous, l'équipe a adoré ton énergie. Je préfère te le dire
directement : le poste a finalement été pourvu en interne – Léa, notre alternante, a terminé son
master et prend le rôle.

Je suis sincèrement désolé. Si on ouvre un second poste à la rentrée, je t'écris en premier.

Hugo""",
      "2026-05-12 18:55 +0200", id="cv4", slug="cellvia_internal"),
    m(K, "fr", "Institut de Recherche Loire-Océan", "gaelle.rio@iro.example.fr",
      ("Gaëlle Rio", "gaelle.rio@iro.example.fr"),
      "Votre candidature à l'IRO",
      """Bonjour Margaux,

Le Dr Quéré vous remercie pour l'entretien de jeudi. Nous avons toutefois décidé de poursuivre
avec des candidats dont l'expérience en essais de phase précoce correspond plus étroitement aux
besoins immédiats de l'unité.

Nous vous souhaitons bonne chance pour la suite.

Gaëlle Rio
Assistante RH – Institut de Recherche Loire-Océan""",
      "2026-06-03 10:30 +0200", name_enc=("utf-8", "q"), cte="base64", slug="iro_no"),
    m(K, "fr", "Centre d'Investigation Clinique de Nantes", "pierre.brehier@cic-nantes.example.fr",
      ("Pr Pierre Bréhier", "pierre.brehier@cic-nantes.example.fr"),
      "Poste de coordination – gel du recrutement",
      """Madame,

Merci pour notre échange de jeudi. Je viens d'apprendre que la direction de la recherche gèle
le financement du poste de coordination pour 2026 ; nous ne donnerons donc pas suite au
recrutement, et votre candidature ne pourra pas aboutir.

Je le regrette, votre profil m'intéressait.

P. Bréhier""",
      "2026-05-19 08:44 +0200", charset="windows-1252", cte="quoted-printable",
      name_enc=("windows-1252", "q"), slug="cic_frozen"),
    m(K, "fr", "Boréal Diagnostics", "manon.dewitte@boreal-dx.example.be",
      ("Manon Dewitte", "manon.dewitte@boreal-dx.example.be"),
      "Boréal Diagnostics – retour sur votre entretien",
      """Bonjour Margaux,

Merci d'avoir pris le temps d'échanger avec notre Clinical Affairs Lead la semaine dernière.
Nous avons apprécié la discussion, mais nous avons décidé de poursuivre avec un autre profil,
plus expérimenté sur les études de performance des dispositifs de diagnostic in vitro.

Nous vous souhaitons le meilleur pour la suite.

Manon Dewitte
Talent Partner – Boréal Diagnostics""",
      "2026-06-12 11:07 +0200", fmt="html", slug="boreal_no"),
    m(K, "fr", "Laboratoires Ferrand", "o.chauvin@labo-ferrand.example.fr",
      ("Odile Chauvin", "o.chauvin@labo-ferrand.example.fr"),
      "RE: Candidature spontanée – recherche clinique",
      """Madame,

Nous avons bien reçu votre candidature spontanée et nous vous en remercions. Nous ne disposons
malheureusement d'aucun poste correspondant à votre profil au sein de notre service des études
cliniques, et ne pouvons donc y donner une suite favorable.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Odile Chauvin
Service du personnel – Laboratoires Ferrand
12 rue de la Lorie, 49000 Angers""",
      "2026-01-23 15:16 +0100", re="f1", quote="outlook", charset="iso-8859-1",
      cte="quoted-printable", subj_enc=("iso-8859-1", "q"), slug="ferrand_no"),
    m(K, "fr", "Atlantique Biothérapies", "",
      ("Atlantique Biothérapies", "atlantiquebio@myworkday.com"),
      "Mise à jour de votre candidature – Clinical Trial Assistant",
      """Bonjour Margaux,

Merci d'avoir postulé au poste de Clinical Trial Assistant (JR-3391). Après examen de votre
candidature, nous avons décidé de ne pas poursuivre le processus avec vous pour ce poste.

Nous vous encourageons à consulter régulièrement notre site carrières.

L'équipe Talent Acquisition d'Atlantique Biothérapies""",
      "2026-02-25 22:04 +0000", fmt="alt", slug="atlantique_no"),
    m(K, "fr", "Quantilab Santé", "", ("Quantilab Santé", "no-reply@greenhouse-mail.io"),
      "Votre candidature chez Quantilab Santé",
      """Bonjour Margaux,

Merci pour votre intérêt pour le poste de Data & Study Coordinator. Nous avons reçu de très
nombreuses candidatures et, après étude attentive, nous ne retiendrons pas la vôtre pour la
suite du processus.

Nous vous souhaitons beaucoup de réussite.

L'équipe Quantilab Santé""",
      "2026-03-03 13:30 +0000", fmt="html", slug="quantilab_no"),
    m(K, "fr", "Groupe Hospitalier Saint-Aubin", "f.dumoulin@gh-saintaubin.example.fr",
      ("Florence Dumoulin", "f.dumoulin@gh-saintaubin.example.fr"),
      "Recrutement technicien(ne) de recherche clinique – suspension",
      """Madame,

Je vous informe que le recrutement du poste de technicien(ne) de recherche clinique auquel vous
avez candidaté est suspendu jusqu'à nouvel ordre, à la suite de la réorganisation de la
délégation à la recherche clinique. Nous ne poursuivrons donc pas le processus engagé.

Nous vous remercions de votre compréhension.

Florence Dumoulin
Attachée d'administration – Direction des ressources humaines
Groupe Hospitalier Saint-Aubin, 44600 Saint-Nazaire

Ce courriel et ses pièces jointes sont confidentiels. Toute diffusion non autorisée est
interdite.""",
      "2026-04-03 16:20 +0200", cte="8bit", slug="saintaubin_suspended"),
    m(K, "fr", "Dermavia", "", ("Dermavia", "dermavia@recruitee.com"),
      "Dermavia – votre candidature Clinical Project Assistant",
      """Bonjour Margaux,

Merci d'avoir pris le temps de postuler chez Dermavia. Nous avons lu votre candidature avec
attention, mais votre profil ne correspond pas exactement à ce que nous recherchons pour ce
poste, qui demande une expérience en études cosmétiques.

Bonne continuation !
L'équipe Dermavia""",
      "2026-06-18 09:02 +0000", fmt="alt", slug="dermavia_no"),
    m(K, "fr", "Medicapt Recrutement", "baptiste.noel@medicapt.example.fr",
      ("Baptiste Noël", "baptiste.noel@medicapt.example.fr"),
      "Poste de coordinatrice d'essais – retour du client",
      """Bonjour Margaux,

Je reviens vers vous concernant le poste de coordinatrice d'essais à Rennes que je vous avais
présenté. Mon client a étudié votre dossier mais souhaite rencontrer uniquement des profils
ayant déjà travaillé en CRO ; il ne donnera donc pas suite à votre candidature.

Je vous tiens informée si d'autres opportunités se présentent.

Baptiste Noël
Medicapt Recrutement – cabinet spécialisé santé
06 71 22 84 09""",
      "2026-03-25 12:12 +0100", name_enc=("utf-8", "q"), slug="medicapt_no"),
    m(K, "en", "Helvimmun", "lukas.brunner@helvimmun.example.ch",
      ("Lukas Brunner", "lukas.brunner@helvimmun.example.ch"),
      "Clinical Trial Coordinator (Req. 48812) – update",
      """Dear Margaux,

I promised to come back to you with new interview slots. Unfortunately, following an internal
portfolio review, the Clinical Trial Coordinator position in Basel has been put on hold until
further notice, so we will not proceed with your application at this time.

I am sorry to bring this news after the cancelled interview, and I thank you for your patience
and interest in Helvimmun.

Best regards,
Lukas Brunner
Talent Acquisition Partner, Helvimmun AG

This e-mail may contain confidential information. If you are not the intended recipient,
please notify the sender and delete it.""",
      "2026-03-25 10:22 +0100", id="v4", re="v3", quote="std", slug="helvimmun_on_hold"),
    m(K, "en", "Rhinebridge Biologics", "hannah.meier@rhinebridge.example.ch",
      ("Hannah Meier", "hannah.meier@rhinebridge.example.ch"),
      "Re: We tried to reach you",
      """Dear Margaux,

Thank you for getting back to me and for the explanation about the network outage. After
reviewing your video interview together with the hiring manager, we have decided to move
forward with candidates whose experience more closely matches the requirements of the role.

We appreciate your interest in Rhinebridge Biologics and wish you every success.

Kind regards,
Hannah Meier""",
      "2026-05-27 16:01 +0200", re="r3", quote="std", slug="rhinebridge_no"),
    m(K, "en", "Orthalis Medical", "", ("Orthalis Medical", "no-reply@hire.lever.co"),
      "Update on your application to Orthalis Medical",
      """Hi Margaux,

Thank you for taking the time to speak with our team about the Clinical Study Coordinator role.
After careful consideration, we've decided to move forward with other candidates for this
position.

We'll keep your details on file and may reach out about future openings.

All the best,
Orthalis Medical Talent Team""",
      "2026-06-19 12:44 +0000", fmt="alt", slug="orthalis_no"),
    m(K, "en", "Baselink Clinical", "", ("Baselink Clinical", "baselink@myworkday.com"),
      "Your application for Clinical Trial Assistant at Baselink Clinical",
      """Dear Margaux,

Thank you for your interest in Baselink Clinical and for applying for the Clinical Trial
Assistant position (R-7712).

We regret to inform you that you have not been selected to move forward in the recruitment
process. We encourage you to apply for future roles that match your skills.

Sincerely,
Baselink Clinical Talent Acquisition""",
      "2026-02-13 04:15 +0000", fmt="html", cte="quoted-printable", slug="baselink_no"),
    m(K, "en", "Genovia Therapeutics", "", ("Genovia Therapeutics", "no-reply@ashbyhq.com"),
      "Genovia Therapeutics – Clinical Operations Associate",
      """Hi Margaux,

Thanks so much for your interest in Genovia. We've reviewed your application for the Clinical
Operations Associate role in Geneva and unfortunately we won't be moving forward at this time.
The position requires fluent experience with eTMF systems in a sponsor environment.

Best wishes in your search,
Genovia Recruiting""",
      "2026-07-08 15:37 +0000", slug="genovia_no"),
    m(K, "en", "Lakeside Oncology Trials", "james.whitlock@harrowfinch.example.co.uk",
      ("James Whitlock", "james.whitlock@harrowfinch.example.co.uk"),
      "Lakeside Oncology Trials – feedback",
      """Hi Margaux,

I've now heard back from Lakeside Oncology Trials regarding the Site Coordinator role in Basel.
They were impressed by your hospital pharmacy background but have decided not to take your
application further – they need someone fluent in German for site contacts.

Sorry it's not better news. I'll keep you in mind for French-speaking roles in Geneva.

Best regards,
James Whitlock
Principal Consultant | Harrow & Finch Life Sciences
+44 20 7946 0321""",
      "2026-08-05 11:18 +0100", slug="lakeside_no"),
    m(K, "de", "Kardiotek Medizintechnik", "katrin.weiss@kardiotek.example.de",
      ("Katrin Weiß", "katrin.weiss@kardiotek.example.de"),
      "Ihre Bewerbung als Clinical Study Coordinator (m/w/d)",
      """Sehr geehrte Frau Delacourt-Nsimba,

vielen Dank für das angenehme Gespräch am 5. März und Ihr Interesse an Kardiotek. Nach
sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, die bereits Erfahrung mit
Studien nach der MDR mitbringt.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihre
berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Katrin Weiß
HR Business Partner""",
      "2026-03-16 11:40 +0100", id="k4", re="k3", fmt="alt", charset="iso-8859-1",
      name_enc=("iso-8859-1", "q"), slug="kardiotek_no"),
    m(K, "de", "MediTrial Rhein-Main", "", ("MediTrial Rhein-Main", "noreply@softgarden.io"),
      "Ihre Bewerbung bei MediTrial Rhein-Main",
      """Hallo Frau Delacourt-Nsimba,

nochmals vielen Dank für Ihr Interesse und das Telefonat mit Herrn Hartmann. Leider müssen wir
Ihnen mitteilen, dass wir uns für andere Bewerber*innen entschieden haben, deren Profil unseren
Anforderungen noch besser entspricht.

Wir wünschen Ihnen viel Erfolg für Ihre weitere Suche.

Ihr MediTrial-Personalteam""",
      "2026-05-04 08:31 +0000", slug="meditrial_no"),
    m(K, "de", "Vakzinwerk Hessen", "sabine.kroll@vakzinwerk.example.de",
      ("Sabine Kroll", "sabine.kroll@vakzinwerk.example.de"),
      "AW: Assessment-Center am 10. Juni",
      """Guten Tag Frau Delacourt-Nsimba,

danke für Ihre Nachricht. Da das Assessment-Center der einzige Auswahltermin für diese Stelle
war, können wir Ihre Bewerbung leider nicht weiter berücksichtigen.

Freundliche Grüße
Sabine Kroll""",
      "2026-06-12 09:14 +0200", re="vw3", quote="std", charset="iso-8859-1", cte="8bit",
      slug="vakzinwerk_no"),
    m(K, "de", "Paracelsia Diagnostik", "c.kessler@kessler-search.example.de",
      ("Christoph Kessler", "c.kessler@kessler-search.example.de"),
      "Rückmeldung Paracelsia Diagnostik",
      """Liebe Frau Delacourt-Nsimba,

wie befürchtet: Paracelsia möchte nach dem verpassten Termin keinen neuen ansetzen und hat sich
für eine andere Kandidatin entschieden. Schade – ich hätte Sie gerne dort gesehen.

Herzliche Grüße
Christoph Kessler
Kessler Life Science Search""",
      "2026-07-29 17:40 +0200", slug="paracelsia_no"),
    m(K, "de", "Klinikum Taunusblick", "", ("Klinikum Taunusblick", "jobs@taunusblick.softgarden.io"),
      "Absage: Study Nurse / Studienassistenz (m/w/d)",
      """Sehr geehrte Frau Delacourt-Nsimba,

wir bedanken uns für Ihre Bewerbung als Study Nurse / Studienassistenz im Studienzentrum des
Klinikums Taunusblick. Die Stelle konnte inzwischen besetzt werden.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten
gelöscht.

Mit freundlichen Grüßen
Personalabteilung Klinikum Taunusblick""",
      "2026-09-08 07:22 +0000", fmt="html", slug="taunusblick_filled"),
    m(K, "es", "Ensayos Clínicos Mediterráneo", "jordi.ferrer@ecmed.example.es",
      ("Jordi Ferrer", "jordi.ferrer@ecmed.example.es"),
      "Tu candidatura en ECM",
      """Hola Margaux:

Gracias por escribirnos. Lamentablemente, tras la entrevista fallida, el equipo ha decidido
continuar con otras personas que ya estaban en la fase final, así que no seguiremos adelante
con tu candidatura.

Te deseamos mucha suerte.
Jordi""",
      "2026-04-28 10:02 +0200", re="e4", quote="std", slug="ecm_no"),
    m(K, "es", "Biomédica Diagonal", "", ("Biomédica Diagonal", "no-reply@hire.lever.co"),
      "Actualización sobre tu candidatura",
      """Hola Margaux:

Gracias por tu interés en Biomédica Diagonal. Hemos revisado tu candidatura con atención y, en
esta ocasión, hemos decidido avanzar con otros perfiles que se ajustan más a las necesidades
del puesto.

Te animamos a seguir atenta a nuestras próximas vacantes.

Equipo de People – Biomédica Diagonal""",
      "2026-06-01 09:40 +0000", fmt="alt", slug="biomedica_no"),
    m(K, "es", "Laboratorios Garraf", "nerea.soto@talentiasalud.example.es",
      ("Nerea Soto – Talentia Salud ETT", "nerea.soto@talentiasalud.example.es"),
      "Respuesta de Laboratorios Garraf",
      """Hola Margaux:

Te cuento: Laboratorios Garraf ha decidido quedarse con otra candidata que ya había trabajado
con ellos en otra cobertura. Les gustó tu entrevista, pero esta vez no ha podido ser.

Sigo buscando misiones para ti en la zona de Barcelona.

Un saludo,
Nerea""",
      "2026-06-24 16:16 +0200", subj_enc=("utf-8", "b"), slug="garraf_no"),
    m(K, "es", "Fundación Oncológica Tibidabo", "r.marti@fotibidabo.example.es",
      ("Rosa Martí", "r.marti@fotibidabo.example.es"),
      "Proceso de selección cancelado – Técnico/a de ensayos",
      """Estimada candidata:

Le comunicamos que la Fundación ha decidido cancelar el proceso de selección para la plaza de
técnico/a de ensayos clínicos, al no haberse renovado la financiación del proyecto. Por tanto,
el proceso queda cerrado y no continuaremos con su candidatura.

Agradecemos sinceramente su interés.

Rosa Martí
Recursos Humanos – Fundación Oncológica Tibidabo

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su
destinatario.""",
      "2026-07-02 13:55 +0200", charset="iso-8859-1", cte="quoted-printable",
      subj_enc=("iso-8859-1", "b"), slug="tibidabo_cancelled"),
    m(K, "es", "Dispositivos Médicos Maresme", "",
      ("Dispositivos Médicos Maresme", "noreply@smartrecruiters.com"),
      "Tu candidatura para Clinical Affairs Specialist",
      """Hola Margaux,

Queremos agradecerte el interés mostrado en Dispositivos Médicos Maresme. Tras analizar tu
candidatura, lamentamos comunicarte que no ha sido seleccionada para continuar en el proceso.

Guardaremos tus datos para futuras oportunidades.

Equipo de Selección""",
      "2026-09-22 08:10 +0000", fmt="html", cte="base64", slug="maresme_no"),
]
