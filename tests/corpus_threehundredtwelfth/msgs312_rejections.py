"""Corpus 312: every `rejection` message, hand-written and hand-labelled."""

from __future__ import annotations

from msgs312_common import M

R = "rejection"

SPECS = [
    # ------------------------------------------------------------------ French
    M("ost_rej", R, "fr", "2026-02-20 16:42 +0100",
      ("Sandrine Vidal", "sandrine.vidal@osteoline.example.fr"),
      "Votre candidature - Délégué(e) commercial(e) orthopédie Occitanie",
      """Bonjour Madame Belkacem,

Je vous remercie encore pour le temps que vous nous avez consacré lors de notre échange
téléphonique du 3 février, puis pour votre venue à Toulouse.

Après une réflexion approfondie, nous avons choisi de poursuivre le processus avec une
candidate qui dispose déjà d'une expérience de la vente en bloc opératoire. Ce choix ne remet
pas en cause la qualité de votre parcours, et votre connaissance du cabinet dentaire a été
très appréciée par Thomas.

Nous conservons votre dossier et nous permettrons de revenir vers vous si un poste plus
sédentaire s'ouvrait dans la région.

Bien cordialement,

Sandrine Vidal
Chargée de recrutement
OsteoLine Orthopédie - 14 rue des Tanneurs, 31000 Toulouse
05 61 00 42 17""",
      company="OsteoLine", contact="sandrine.vidal@osteoline.example.fr",
      parent="ost_inv2", hcs=("q", "iso-8859-1"), cs="iso-8859-1", cte="8bit"),

    M("aud_rej", R, "fr", "2026-04-20 09:05 +0200",
      ("Audissimo", "no-reply@smartrecruiters.com"),
      "Audissimo - suite donnée à votre candidature",
      """Bonjour Yasmine,

Nous revenons vers vous concernant le poste de Technico-commercial(e) Audition - Marseille
Prado.

Suite à une réorganisation de notre réseau de centres dans les Bouches-du-Rhône, ce
recrutement est mis en attente pour une durée indéterminée. Nous ne sommes donc pas en
mesure de donner suite à votre candidature et nous clôturons le processus de recrutement.

Nous regrettons de vous annoncer cette nouvelle après la journée d'immersion que nous avions
programmée et vous remercions sincèrement pour votre disponibilité.

L'équipe Talents Audissimo

Ce message a été envoyé automatiquement, merci de ne pas y répondre.""",
      company="Audissimo", fmt="html", brand="Audissimo - Votre audition, notre métier",
      cte="base64"),

    M("lab_rej", R, "fr", "2026-02-25 11:20 +0100",
      ("Gérard Pons", "g.pons@labdistri.example.fr"),
      "RE: Candidature spontanée - commerciale terrain",
      """Madame,

Nous avons étudié avec attention votre candidature spontanée. Malheureusement, nous n'avons
pas de poste de commercial(e) terrain ouvert sur la région lyonnaise pour le moment, et les
profils que nous recherchons doivent justifier d'une expérience en laboratoire d'analyses.

Nous ne pouvons donc pas y donner une suite favorable.

Avec mes meilleures salutations,

Gérard Pons
Directeur des ventes Rhône-Alpes
LabDistri - Fournitures de laboratoire
ZI de la Mouche, 69007 Lyon""",
      company="LabDistri", contact="g.pons@labdistri.example.fr", parent="lab_ack",
      quote="ol_fr", cs="windows-1252", cte="quoted-printable", ncs=("q", "windows-1252"),
      hcs=None),

    M("dsoft_rej", R, "fr", "2026-05-12 18:03 +0200",
      ("Laura Chaix de DentaSoft", "no-reply@hire.lever.co"),
      "Votre candidature chez DentaSoft",
      """Bonjour Yasmine,

Merci pour vos échanges avec Laura et Mehdi au cours des dernières semaines.

Nous avons beaucoup apprécié votre regard de praticienne sur notre logiciel de gestion de
cabinet. Cependant, après avoir rencontré l'ensemble des candidats, nous avons décidé de
retenir un profil ayant déjà vendu des solutions SaaS aux cabinets dentaires.

Nous vous souhaitons pleine réussite dans votre reconversion.

L'équipe recrutement DentaSoft""",
      company="DentaSoft", contact="laura.chaix@dentasoft.example.fr",
      reply_to=("Laura Chaix", "laura.chaix@dentasoft.example.fr"), fmt="alt",
      brand="DentaSoft", ncs=("b", "utf-8")),

    M("mt_rej_client", R, "fr", "2026-03-27 17:48 +0100",
      ("Julien Marchetti", "j.marchetti@meditalents.example.fr"),
      "Retour de Nordental sur votre candidature",
      """Bonjour Yasmine,

Je reviens vers vous comme promis. J'ai eu ce matin Nathalie Ferrand, la DRH de Nordental, au
téléphone : ils ne retiennent pas votre candidature pour le poste de déléguée commerciale
implantologie. Je vous transfère leur message ci-joint, qui est assez clair sur les raisons.

En résumé, ils ont préféré un profil ayant déjà un portefeuille de chirurgiens-dentistes dans
l'Hérault. Je sais que c'est une déception après deux entretiens ; votre entretien a été
très bien perçu sur le plan humain, ce qui est un bon signe pour la suite.

Je vous rappelle la semaine prochaine pour faire le point sur les autres missions.

Julien Marchetti
Consultant Santé & Medtech
Médi-Talents - Cabinet de recrutement
1 place de la Comédie, 34000 Montpellier - 04 67 00 18 52""",
      company="Nordental", contact="j.marchetti@meditalents.example.fr", fwd="mt_nordental_inner"),

    M("mt_rej_unnamed", R, "fr", "2026-03-10 10:14 +0100",
      ("Julien Marchetti", "j.marchetti@meditalents.example.fr"),
      "Mission technico-commercial(e) implants - retour client",
      """Bonjour Yasmine,

Suite à notre échange du 12 février, j'ai présenté votre dossier à mon client, fabricant
d'implants dentaires basé dans le Gard.

Il a finalement décidé de ne pas poursuivre avec vous : il souhaite un profil issu de la vente
de dispositifs médicaux, et ne souhaite pas former une personne en reconversion sur ce poste.

Je garde bien évidemment votre candidature active chez nous pour d'autres missions.

Bien à vous,
Julien""",
      company="Médi-Talents", contact="j.marchetti@meditalents.example.fr",
      parent="mt_missed", quote="fr"),

    M("og_rej", R, "fr", "2026-04-28 14:30 +0200",
      ("Orthopédie Garonne - Ressources humaines", "rh@orthogaronne.example.fr"),
      "Poste de délégué(e) commercial(e) - Toulouse",
      """Madame Belkacem,

Nous vous remercions de l'intérêt que vous portez à Orthopédie Garonne.

Nous tenons à vous informer que le poste de délégué(e) commercial(e) pour lequel vous avez
postulé a été pourvu en interne par une collaboratrice de notre service après-vente.

Par conséquent, nous ne pouvons pas donner suite à votre candidature.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Service des Ressources humaines
Orthopédie Garonne SAS
Capital social 250 000 EUR - RCS Toulouse 000 000 000""",
      company="Orthopédie Garonne", reply_to=("Camille Ortiz", "camille.ortiz@orthogaronne.example.fr"),
      contact="camille.ortiz@orthogaronne.example.fr", ncs=("q", "iso-8859-1"),
      hcs=None),

    M("msd_rej", R, "fr", "2026-03-18 07:58 +0100",
      ("Medisud Distribution", "medisud@myworkday.com"),
      "Mise à jour de votre candidature : Attaché(e) commercial(e) H/F",
      """Bonjour Yasmine Belkacem,

Merci d'avoir postulé au poste d'Attaché(e) commercial(e) H/F (réf. R-0417) chez Medisud
Distribution.

Nous avons examiné votre candidature avec attention. Nous sommes au regret de vous informer que
votre profil n'a pas été retenu pour la suite du processus de recrutement. Nous avons décidé
d'avancer avec des candidats dont l'expérience correspond plus étroitement aux exigences du
poste.

Nous vous encourageons à consulter régulièrement nos offres sur notre site carrières.

Cordialement,
L'équipe Acquisition de Talents
Medisud Distribution""",
      company="Medisud Distribution", fmt="alt", brand="Medisud Distribution",
      hcs=("b", "utf-8")),

    M("son_rej", R, "fr", "2026-04-02 12:11 +0200",
      ("Sonalis Audition", "recrutement@sonalis.example.fr"),
      "Suspension du recrutement - Conseiller(ère) commercial(e) Lyon Part-Dieu",
      """Bonjour,

Nous vous informons que le recrutement pour le poste de Conseiller(ère) commercial(e) de
notre centre Lyon Part-Dieu est suspendu jusqu'à nouvel ordre, l'ouverture du centre étant
reportée à 2027.

Le processus est donc interrompu et nous ne donnerons pas suite à votre candidature. Votre
évaluation en ligne ne sera pas conservée.

Merci pour le temps que vous nous avez accordé.

Sonalis Audition - Service recrutement""",
      company="Sonalis Audition", fmt="html"),

    M("lyo_rej", R, "fr", "2026-06-23 15:26 +0200",
      ("Hélène Marquet", "helene.marquet@lyoss.example.fr"),
      "RE: Entretien Lyoss Implants - merci",
      """Bonjour Yasmine,

Merci pour votre message et pour l'entretien de lundi, finalement tenu après nos petits
déboires de connexion.

Je reviens vers vous avec une réponse qui ne sera pas celle que vous espériez : nous avons
décidé de confier le secteur Rhône-Isère à un candidat interne. Votre candidature n'est donc
pas retenue.

Je vous souhaite sincèrement de trouver rapidement le bon poste.

Hélène Marquet
Responsable commerciale France Sud-Est
Lyoss Implants
Tél. 04 72 00 63 19

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs
destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de
le supprimer.""",
      company="Lyoss Implants", contact="helene.marquet@lyoss.example.fr", parent="lyo_missed",
      quote="ol_fr", ncs=("q", "iso-8859-1")),

    M("aud2_rej", R, "fr", "2026-06-04 22:40 +0200",
      ("Auditis France", "auditis@taleo.net"),
      "Auditis France : votre candidature n° 2600871",
      """Madame Belkacem,

Nous avons bien étudié votre candidature au poste de Délégué(e) Prescripteurs ORL - Lyon
(réf. 2600871).

Nous sommes au regret de vous informer que nous n'avons pas retenu votre candidature pour ce
poste. Nous conservons néanmoins vos informations dans notre base afin de vous proposer
d'autres opportunités.

Cordialement,
La Direction des Ressources Humaines Auditis France

Merci de ne pas répondre à ce courriel, cette adresse n'est pas consultée.""",
      company="Auditis France", cs="iso-8859-1", cte="quoted-printable"),

    M("srh_rej", R, "fr", "2026-07-08 09:33 +0200",
      ("Santé RH Conseil", "contact@santerh.example.fr"),
      "Votre candidature - Responsable de secteur dispositifs médicaux (réf. SRH-226)",
      """Bonjour Madame Belkacem,

Nous vous remercions pour votre candidature au poste de Responsable de secteur dispositifs
médicaux (réf. SRH-226) que nous recrutons pour le compte de l'un de nos clients.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer qu'il n'a
pas été retenu par notre client pour la suite du processus.

Nous vous souhaitons bonne chance dans vos recherches.

Pauline Garnier
Consultante en recrutement - Santé RH Conseil""",
      company="Santé RH Conseil", contact="pauline.garnier@santerh.example.fr",
      reply_to=("Pauline Garnier", "pauline.garnier@santerh.example.fr"), hcs=("q", "utf-8")),

    M("swo_rej", R, "fr", "2026-05-26 08:47 +0200",
      ("Marc-André Favre", "ma.favre@swissmed-ortho.example.ch"),
      "Candidature - Spécialiste produits orthopédie (Genève)",
      """Chère Madame,

Nous accusons réception de votre dossier et vous en remercions.

Après examen, nous avons le regret de vous informer que nous ne pourrons pas retenir votre
candidature : le poste exige une expérience confirmée en salle d'opération ainsi que la
maîtrise de l'allemand, deux critères que votre parcours ne remplit pas encore.

Nous vous souhaitons plein succès dans vos démarches.

Meilleures salutations,

Marc-André Favre
Head of Sales Suisse romande
Swissmed Ortho SA - Route de Meyrin 45 - 1217 Meyrin
+41 22 000 41 80""",
      company="Swissmed Ortho", contact="ma.favre@swissmed-ortho.example.ch",
      cs="windows-1252", cte="quoted-printable", ncs=("q", "windows-1252"),
      hcs=("q", "windows-1252")),

    M("dtm_rej", R, "fr", "2026-07-29 16:05 +0200",
      ("Dentimed", "noreply@recruitee.com"),
      "Dentimed | Votre candidature au poste de Délégué(e) commercial(e) Provence",
      """Bonjour Yasmine,

Merci pour votre intérêt pour Dentimed et pour le poste de Délégué(e) commercial(e) Provence.

Nous avons reçu de nombreuses candidatures et, après mûre réflexion, nous avons décidé de
poursuivre avec des candidats dont l'expérience correspond davantage aux besoins actuels
de l'équipe.

Nous vous remercions pour le temps consacré à votre candidature et vous souhaitons le
meilleur pour la suite.

Bien à vous,
Sophie Lenoir, Dentimed""",
      company="Dentimed", fmt="alt", brand="Dentimed"),

    M("isp_rej", R, "fr", "2026-06-10 13:12 +0200",
      ("Agence Intérim Santé Plus Montpellier", "montpellier@interimsanteplus.example.fr"),
      "Mission assistante dentaire - Clinique dentaire des Arceaux",
      """Bonjour Yasmine,

La mission d'assistante dentaire (remplacement de 4 mois) à la Clinique dentaire des Arceaux
pour laquelle vous aviez postulé a été pourvue. La clinique a choisi une intérimaire qui avait
déjà travaillé chez eux l'été dernier.

Nous vous proposerons d'autres missions dès que possible.

Bonne journée,
Karima Benali
Chargée de recrutement - Intérim Santé Plus
12 avenue de Toulouse, 34070 Montpellier""",
      company="Clinique dentaire des Arceaux",
      contact="karima.benali@interimsanteplus.example.fr",
      reply_to=("Karima Benali", "karima.benali@interimsanteplus.example.fr"),
      cte="8bit"),

    # ------------------------------------------------------------------ English
    M("vir_rej", R, "en", "2026-05-05 17:21 +0100",
      ("Oliver Grant", "oliver.grant@vireosearch.example.co.uk"),
      "RE: Thames Orthopaedics - Territory Manager (South London)",
      """Hi Yasmine,

Thanks for your patience. I've now had full feedback from Thames Orthopaedics after your
interview with Priya and the regional director.

I'm afraid they've decided not to take your application further. They liked your energy and
your clinical background, but for this territory they want someone who has already covered
theatre cases on their own. They've offered the role to another candidate.

I know that's disappointing. I'd still very much like to keep working with you - a couple of
dental clients of mine are hiring over the summer.

Best,
Oliver

Oliver Grant | Principal Consultant, MedTech
Vireo Search | 40 Leman Street, London E1 8EU | +44 20 7946 0183""",
      company="Thames Orthopaedics", contact="oliver.grant@vireosearch.example.co.uk",
      parent="vir_move", quote="en"),

    M("cs_rej", R, "en", "2026-05-08 10:02 +0100",
      ("ClearSound Hearing", "noreply@workablemail.com"),
      "Your application for Hearing Care Sales Advisor at ClearSound Hearing",
      """Dear Yasmine,

Thank you for applying for the Hearing Care Sales Advisor role at ClearSound Hearing.

We've now reviewed all applications and unfortunately we won't be progressing your
application to the next stage on this occasion. We received a very high number of applications
and had to make some difficult decisions.

We wish you the best of luck with your job search.

Kind regards,
The ClearSound Hearing Talent Team""",
      company="ClearSound Hearing", fmt="alt", brand="ClearSound Hearing"),

    M("ls_rej", R, "en", "2026-06-29 14:44 +0100",
      ("LabSource UK Careers", "labsource@icims.com"),
      "Update regarding Req #4471 - Field Sales Executive, Laboratory Consumables",
      """Dear Yasmine,

Thank you for your interest in the Field Sales Executive, Laboratory Consumables position
(Req #4471).

We would like to let you know that this position has now been filled. As a result we are
unable to consider your application further.

Your profile remains in our talent community and you are welcome to apply for future openings.

Sincerely,
LabSource UK Talent Acquisition

This is an automated message. Please do not reply.""",
      company="LabSource UK", fmt="html", cte="quoted-printable"),

    M("mol_rej", R, "en", "2026-09-08 19:12 +0100",
      ("Molarix Software", "no-reply@ashbyhq.com"),
      "Update on your application to Molarix",
      """Hi Yasmine,

Thanks so much for taking the time to speak with Ben and the customer success team last week.

After a lot of discussion we've decided to move forward with candidates whose experience more
closely matches what we need right now, in particular SaaS sales to UK dental groups. This
wasn't an easy call.

We'd love to stay in touch, and we'll reach out if a French-speaking role opens in our EU
team.

All the best,
Ben Asante
Head of Sales, Molarix""",
      company="Molarix", contact="ben.asante@molarix.example.co.uk",
      reply_to=("Ben Asante", "ben.asante@molarix.example.co.uk"), fmt="alt", brand="Molarix"),

    M("oss_rej", R, "en", "2026-03-12 09:15 +0000",
      ("Rachel Moore", "rachel.moore@ossera.example.co.uk"),
      "Ossera Medical - Associate Sales Representative",
      """Dear Yasmine,

I'm writing to let you know that, following a review of our commercial structure for 2026,
the Associate Sales Representative position has been cancelled. We will therefore not be
proceeding with your application, or with any of the candidates in the process.

I'm sorry for the inconvenience, particularly given the mix-up with our interview slot last
month. Thank you for your interest in Ossera.

Kind regards,

Rachel Moore
HR Business Partner
Ossera Medical Ltd, Unit 7, Riverside Park, Reading RG1 8DF

Ossera Medical Ltd is registered in England and Wales. This email and any attachments are
confidential and intended solely for the addressee.""",
      company="Ossera Medical", contact="rachel.moore@ossera.example.co.uk",
      parent="oss_missed", quote="ol_en"),

    M("lem_rej", R, "en", "2026-02-27 11:36 +0100",
      ("Lemanic Implant Systems", "no-reply@greenhouse-mail.io"),
      "Your application to Lemanic Implant Systems",
      """Hi Yasmine,

Thank you for your interest in the Clinical Sales Specialist role in Geneva and for the
time you spent with our team.

We have carefully considered your application and regret to inform you that we will not be
moving forward with it. We had a strong pool of candidates and have selected someone whose
profile better fits the current needs of the team.

We wish you every success.

Lemanic Implant Systems Recruiting""",
      company="Lemanic Implant Systems", fmt="alt", brand="Lemanic Implant Systems"),

    # ------------------------------------------------------------------ German
    M("zw_rej", R, "de", "2026-04-15 10:48 +0200",
      ("Zahnwerk Implantate GmbH", "noreply@personio.de"),
      "Ihre Bewerbung als Medizinprodukteberater (m/w/d) Dental",
      """Sehr geehrte Frau Belkacem,

vielen Dank für das angenehme Gespräch mit Herrn Brandl und Frau Lehner sowie für Ihr
Interesse an Zahnwerk Implantate.

Nach sorgfältiger Abwägung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere
Kandidatin entschieden haben, die bereits Erfahrung im Außendienst in Bayern mitbringt.

Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Sabine Lehner
Personalreferentin
Zahnwerk Implantate GmbH, Landsberger Str. 310, 80687 München""",
      company="Zahnwerk Implantate", contact="sabine.lehner@zahnwerk.example.de",
      reply_to=("Sabine Lehner", "sabine.lehner@zahnwerk.example.de"), fmt="alt",
      brand="Zahnwerk Implantate", ncs=("q", "iso-8859-1")),

    M("kp_rej", R, "de", "2026-07-10 08:30 +0200",
      ("Dr. Frank Kessler", "f.kessler@kessler-partner.example.de"),
      "Ihre Kandidatur - Gebietsverkaufsleitung Dentalchirurgie Süd",
      """Sehr geehrte Frau Belkacem,

ich hatte Ihnen zugesagt, mich nach dem Feedback unseres Mandanten zu melden.

Unser Mandant hat sich nach der zweiten Runde gegen eine Fortsetzung des Prozesses mit Ihnen
entschieden. Ausschlaggebend waren vor allem die fehlenden Vertriebserfahrungen im
deutschen Markt, nicht Ihre fachliche Eignung.

Gerne bleibe ich mit Ihnen im Austausch und melde mich, wenn ich ein passenderes Mandat habe.

Beste Grüße
Frank Kessler

Dr. Frank Kessler
Geschäftsführender Partner
Kessler & Partner Personalberatung
Maximilianstraße 12, 80539 München
Tel. +49 89 0000 7720""",
      company="Kessler & Partner", contact="f.kessler@kessler-partner.example.de",
      cs="iso-8859-1", cte="quoted-printable"),

    M("ob_rej", R, "de", "2026-04-30 06:55 +0200",
      ("OrthoBayern Karriere", "orthobayern@successfactors.eu"),
      "Absage: Ihre Bewerbung als Außendienstmitarbeiter (m/w/d) Orthopädie",
      """Sehr geehrte Frau Belkacem,

wir danken Ihnen für Ihre Bewerbung und das damit verbundene Interesse an OrthoBayern.

Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht
berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Person.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team der OrthoBayern AG

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf.""",
      company="OrthoBayern", fmt="html", brand="OrthoBayern", hcs=("b", "iso-8859-1")),

    M("li_rej", R, "de", "2026-08-04 13:17 +0200",
      ("Labortechnik Isar", "notifications@bamboohr.com"),
      "Ihre Bewerbung bei Labortechnik Isar",
      """Hallo Frau Belkacem,

vielen Dank für Ihre Bewerbung als Vertriebsmitarbeiterin Laborbedarf.

Wir möchten Sie darüber informieren, dass die Position inzwischen besetzt wurde. Wir können
Ihre Bewerbung daher leider nicht weiter berücksichtigen.

Viele Grüße
Ihr Team von Labortechnik Isar""",
      company="Labortechnik Isar", contact="katrin.moser@labortechnik-isar.example.de",
      reply_to=("Katrin Moser", "katrin.moser@labortechnik-isar.example.de"),
      cs="utf-8", cte="8bit"),

    M("dc_rej", R, "de", "2026-09-22 17:40 +0200",
      ("Tobias Reiter", "tobias.reiter@dentacloud.example.de"),
      "AW: Gespräch DentaCloud - neuer Termin?",
      """Hallo Frau Belkacem,

danke für Ihre Nachricht und die Erklärung wegen des verpassten Termins.

Leider habe ich keine guten Nachrichten: Die Geschäftsführung hat die Stelle
"Sales Consultant Praxissoftware" vorerst auf Eis gelegt. Wir werden den Prozess daher
nicht weiterführen und können Ihre Bewerbung nicht weiter berücksichtigen.

Sollte die Stelle im nächsten Jahr wieder ausgeschrieben werden, melde ich mich gern.

Viele Grüße
Tobias Reiter
Head of Sales DACH | DentaCloud GmbH | Balanstraße 73, 81541 München""",
      company="DentaCloud", contact="tobias.reiter@dentacloud.example.de", parent="dc_missed",
      quote="de"),

    # ------------------------------------------------------------------ Spanish
    M("ob2_rej", R, "es", "2026-03-24 12:09 +0100",
      ("Ortoclínica Barna", "no-reply@teamtailor-mail.com"),
      "Ortoclínica Barna - Actualización de tu candidatura",
      """Hola Yasmine:

Gracias por tu interés en el puesto de Delegada comercial de ortopedia en Ortoclínica Barna.

Hemos revisado tu candidatura con atención y, lamentablemente, en esta ocasión hemos decidido
seguir adelante con otros perfiles que se ajustan más a los requisitos del puesto.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Equipo de Personas - Ortoclínica Barna""",
      company="Ortoclínica Barna", fmt="alt", brand="Ortoclínica Barna",
      hcs=("q", "iso-8859-1"), ncs=("q", "iso-8859-1")),

    M("ts_rej", R, "es", "2026-06-30 18:25 +0200",
      ("Lucía Ferrer", "lucia.ferrer@talentosanitario.example.es"),
      "RE: Proceso AudioVida - Asesora comercial audiología",
      """Hola Yasmine:

Te escribo con la respuesta de AudioVida tras la entrevista del jueves con su directora de
zona.

Finalmente no van a seguir adelante con tu candidatura. Valoran mucho tu experiencia clínica,
pero buscan a alguien con un nivel de catalán más alto para atender las tiendas de Girona.

Siento no traerte mejores noticias. Seguimos en contacto para otros procesos.

Un abrazo,
Lucía Ferrer
Consultora Senior - Talento Sanitario
Passeig de Gràcia 88, 08008 Barcelona - +34 930 00 21 47""",
      company="AudioVida", contact="lucia.ferrer@talentosanitario.example.es",
      parent="ts_missed", quote="es", cte="quoted-printable"),

    M("ts_rej2", R, "es", "2026-08-12 11:50 +0200",
      ("Lucía Ferrer", "lucia.ferrer@talentosanitario.example.es"),
      "Tu candidatura - Key Account Manager dental (cliente confidencial)",
      """Hola Yasmine:

Gracias por enviarnos tu CV para el puesto de Key Account Manager dental que gestionamos para
un cliente del sector.

Nuestro cliente ha revisado los perfiles preseleccionados y ha decidido no avanzar con tu
candidatura, ya que requiere un mínimo de cinco años de experiencia comercial.

Te mantendremos en nuestra base de datos para futuras oportunidades.

Saludos cordiales,
Lucía""",
      company="Talento Sanitario", contact="lucia.ferrer@talentosanitario.example.es",
      fmt="html", cs="utf-8", cte="base64"),

    M("sli_rej", R, "es", "2026-08-20 09:38 +0200",
      ("Suministros Lab Iberia", "noreply@smartrecruiters.com"),
      "Información sobre tu candidatura - Comercial de zona Cataluña",
      """Hola Yasmine,

Queremos agradecerte el interés mostrado en Suministros Lab Iberia y el tiempo que has
dedicado al proceso de selección para el puesto de Comercial de zona Cataluña.

Tras valorar todas las candidaturas, hemos decidido continuar con otros candidatos cuyo perfil
se ajusta mejor a lo que buscamos en este momento.

Conservaremos tus datos para futuras vacantes, salvo que nos indiques lo contrario.

Atentamente,
Departamento de Recursos Humanos
Suministros Lab Iberia""",
      company="Suministros Lab Iberia", fmt="alt", brand="Suministros Lab Iberia"),

    M("odx_rej", R, "es", "2026-09-29 16:14 +0200",
      ("Marta Soler", "marta.soler@odontix.example.es"),
      "Re: Gracias por la entrevista",
      """Hola Yasmine:

Muchas gracias por tu mensaje y por el interés que has mostrado en Odontix durante todo el
proceso.

Después de valorar las dos entrevistas, el equipo ha decidido seguir con otra candidata para
el puesto de Consultora comercial de software dental. No ha sido una decisión fácil: tu
conocimiento de la clínica por dentro nos encantó.

Te deseo lo mejor en esta nueva etapa.

Un saludo,
Marta Soler
Responsable de Talento | Odontix Software S.L.
C/ de Pujades 77, 08005 Barcelona""",
      company="Odontix Software", contact="marta.soler@odontix.example.es", parent="odx_thanks",
      quote="es"),
]
