"""Corpus 312: every `interview_invitation` message, hand-written and hand-labelled."""

from __future__ import annotations

from msgs312_common import M

INV = "interview_invitation"

SPECS = [
    # ------------------------------------------------------------------ French
    M("imp_inv1", INV, "fr", "2026-08-19 11:02 +0200",
      ("Claire Roussel", "claire.roussel@implantis.example.fr"),
      "Implantis - entretien pour le poste de Délégué(e) commercial(e) implantologie",
      """Bonjour Yasmine,

J'ai bien reçu votre candidature pour le poste de Délégué(e) commercial(e) implantologie sur
le secteur Hérault-Gard, et votre parcours d'assistante dentaire a retenu notre attention.

Je vous propose un premier entretien en visio (Teams) d'environ 45 minutes le lundi
24 août à 10h00. Nous parlerons de votre projet de reconversion, du poste et de la
tournée type d'un(e) délégué(e) chez Implantis.

Pouvez-vous me confirmer que ce créneau vous convient ? Le lien Teams vous sera envoyé dans la
foulée.

Belle journée,

Claire Roussel
Talent Acquisition Manager
Implantis - 220 rue de la Jeune Parque, 34000 Montpellier
04 67 00 55 31""",
      company="Implantis", contact="claire.roussel@implantis.example.fr"),

    M("imp_inv2", INV, "fr", "2026-09-03 09:40 +0200",
      ("Claire Roussel", "claire.roussel@implantis.example.fr"),
      "RE: Merci pour notre échange - Implantis",
      """Bonjour Yasmine,

Merci pour votre message, très apprécié par l'équipe.

Bonne nouvelle : Frédéric Aubry, notre Directeur commercial Sud, souhaite vous rencontrer pour
un second entretien, dans nos locaux de Montpellier, le jeudi 10 septembre à 14h30. Vous
passerez ensuite une heure avec Inès, déléguée sur l'Hérault, pour une mise en situation
(présentation d'un kit chirurgical à un praticien).

Vous trouverez l'invitation ci-jointe. Merci de l'accepter pour confirmer votre présence.

Claire""",
      company="Implantis", contact="claire.roussel@implantis.example.fr", parent="imp_thanks",
      quote="ol_fr", fmt="alt", brand="Implantis",
      ics={"uid": "imp-2nd-20260910@implantis.example.fr", "start": "2026-09-10 14:30",
           "minutes": 120, "summary": "Second entretien Implantis - Yasmine Belkacem",
           "location": "Implantis, 220 rue de la Jeune Parque, Montpellier"}),

    M("ost_inv", INV, "fr", "2026-01-21 15:16 +0100",
      ("Sandrine Vidal", "sandrine.vidal@osteoline.example.fr"),
      "OsteoLine - échange téléphonique",
      """Bonjour Madame Belkacem,

Suite à votre candidature au poste de Délégué(e) commercial(e) orthopédie Occitanie, je
souhaiterais faire un premier point téléphonique avec vous (20 à 30 minutes).

Seriez-vous disponible le mardi 27 janvier à 11h00 ? Je vous appellerai au numéro indiqué
sur votre CV.

Cordialement,

Sandrine Vidal
Chargée de recrutement
OsteoLine Orthopédie - 14 rue des Tanneurs, 31000 Toulouse""",
      company="OsteoLine", contact="sandrine.vidal@osteoline.example.fr",
      cs="iso-8859-1", cte="8bit", hcs=("q", "iso-8859-1")),

    M("ost_inv2", INV, "fr", "2026-01-29 10:05 +0100",
      ("Sandrine Vidal", "sandrine.vidal@osteoline.example.fr"),
      "RE: Appel manqué - OsteoLine",
      """Bonjour Madame Belkacem,

Aucun souci, ce sont des choses qui arrivent avec les plannings de cabinet.

Je vous propose de reprogrammer notre échange téléphonique au mardi 3 février à 12h30,
pendant votre pause. Si l'échange est concluant, nous pourrons organiser dans la foulée un
entretien à Toulouse avec Thomas Girard, notre responsable régional.

Merci de me confirmer.

Sandrine Vidal""",
      company="OsteoLine", contact="sandrine.vidal@osteoline.example.fr", parent="ost_sorry",
      quote="fr", cs="iso-8859-1", cte="quoted-printable"),

    M("aud_inv", INV, "fr", "2026-03-16 10:30 +0100",
      ("Mathilde Caron de Audissimo", "no-reply@smartrecruiters.com"),
      "Invitation : journée d'immersion dans notre centre Audissimo Marseille Prado",
      """Bonjour Yasmine,

Votre candidature au poste de Technico-commercial(e) Audition a retenu notre attention.

Nous avons le plaisir de vous inviter à une journée d'immersion dans notre centre de
Marseille Prado, le mercredi 25 mars de 9h00 à 17h00. Vous accompagnerez notre audioprothésiste
et notre conseillère lors des rendez-vous patients, puis nous ferons un entretien de bilan en
fin de journée.

Merci de confirmer votre présence en répondant à ce message ; il sera transmis directement à
Mathilde Caron, responsable du centre.

À très bientôt,
L'équipe Talents Audissimo""",
      company="Audissimo", contact="mathilde.caron@audissimo.example.fr",
      reply_to=("Mathilde Caron", "mathilde.caron@audissimo.example.fr"), fmt="alt",
      brand="Audissimo", hcs=("b", "utf-8")),

    M("dsoft_inv", INV, "fr", "2026-04-14 14:22 +0200",
      ("Laura Chaix de DentaSoft", "no-reply@hire.lever.co"),
      "DentaSoft : choisissez un créneau pour un appel vidéo",
      """Bonjour Yasmine,

Merci pour votre candidature au poste de Chargé(e) d'affaires - logiciel dentaire (Lyon).

J'aimerais organiser un appel vidéo de 30 minutes avec vous pour faire connaissance. Vous
pouvez choisir le créneau qui vous arrange directement ici :
https://hire.lever.co/interview/dentasoft/schedule/7f3c21

Les créneaux sont proposés entre le 21 et le 24 avril.

À bientôt,
Laura Chaix
Talent Partner, DentaSoft""",
      company="DentaSoft", contact="laura.chaix@dentasoft.example.fr",
      reply_to=("Laura Chaix", "laura.chaix@dentasoft.example.fr"), fmt="html",
      brand="DentaSoft", ncs=("b", "utf-8")),

    M("mt_inv_client", INV, "fr", "2026-03-03 18:10 +0100",
      ("Julien Marchetti", "j.marchetti@meditalents.example.fr"),
      "Nordental souhaite vous rencontrer !",
      """Bonjour Yasmine,

Très bonne nouvelle : Nordental a retenu votre dossier pour le poste de déléguée commerciale
implantologie (Hérault / Aveyron) et souhaite vous rencontrer.

L'entretien aura lieu le vendredi 13 mars à 9h30 au siège de Nordental, 5 allée des
Sciences à Lattes, avec Nathalie Ferrand (DRH) et Bruno Teyssier (directeur des ventes).
Prévoyez une heure.

Je vous appelle demain pour vous préparer à cet entretien.

Julien Marchetti
Consultant Santé & Medtech - Médi-Talents
04 67 00 18 52""",
      company="Nordental", contact="j.marchetti@meditalents.example.fr", parent="mt_ack",
      quote="fr"),

    M("mt_inv_self", INV, "fr", "2026-02-09 08:55 +0100",
      ("Julien Marchetti", "j.marchetti@meditalents.example.fr"),
      "Échange au sujet d'une mission technico-commerciale",
      """Bonjour Yasmine,

En parallèle du poste Nordental, je travaille sur une mission de technico-commercial(e) pour un
fabricant d'implants dentaires du Gard (client confidentiel à ce stade).

Je vous propose un entretien en visio sur Teams jeudi 12 février à 17h30 pour vous présenter
la mission et faire le point sur votre parcours. Le lien :
https://teams.example.com/l/meetup-join/meditalents-ym-1202

Bonne journée,
Julien""",
      company="Médi-Talents", contact="j.marchetti@meditalents.example.fr",
      hcs=("q", "iso-8859-1")),

    M("isp_inv", INV, "fr", "2026-01-08 09:12 +0100",
      ("Intérim Santé Plus", "montpellier@interimsanteplus.example.fr"),
      "Votre rendez-vous d'inscription chez Intérim Santé Plus",
      """Bonjour Yasmine,

Suite à votre candidature en ligne, nous vous proposons un entretien d'inscription à notre
agence de Montpellier le mercredi 14 janvier à 16h00.

Merci d'apporter : pièce d'identité, carte Vitale, diplôme d'assistante dentaire, RIB et
justificatif de domicile. L'entretien dure environ 45 minutes.

Pour toute question, contactez directement Karima Benali en répondant à ce mail.

L'équipe Intérim Santé Plus Montpellier
12 avenue de Toulouse, 34070 Montpellier""",
      company="Intérim Santé Plus", contact="karima.benali@interimsanteplus.example.fr",
      reply_to=("Karima Benali", "karima.benali@interimsanteplus.example.fr"),
      ncs=("q", "iso-8859-1"), fmt="alt", cs="iso-8859-1"),

    M("helv_inv1", INV, "fr", "2026-05-13 16:48 +0200",
      ("Helvimplant Recrutement", "helvimplant@successfactors.eu"),
      "Invitation à un entretien vidéo - Spécialiste produits implantologie (Genève)",
      """Madame Belkacem,

Nous avons le plaisir de vous inviter à un entretien vidéo pour le poste de Spécialiste
produits implantologie basé à Genève.

Date : mercredi 20 mai 2026, 11h00 (heure de Genève)
Durée : 45 minutes
Interlocutrice : Mme Corinne Jaquet, Responsable Ventes Suisse romande
Lien : https://helvimplant.example.ch/video/ent-4421

Une invitation de calendrier est jointe à ce message.

Meilleures salutations,
Helvimplant - Ressources humaines""",
      company="Helvimplant", fmt="alt", brand="Helvimplant",
      ics={"uid": "ent-4421@helvimplant.example.ch", "start": "2026-05-20 11:00",
           "minutes": 45, "tz": "Europe/Zurich",
           "summary": "Entretien vidéo Helvimplant - Y. Belkacem",
           "location": "https://helvimplant.example.ch/video/ent-4421",
           "organizer": ("Corinne Jaquet", "corinne.jaquet@helvimplant.example.ch")}),

    M("helv_inv2", INV, "fr", "2026-05-27 10:20 +0200",
      ("Corinne Jaquet", "corinne.jaquet@helvimplant.example.ch"),
      "Journée d'évaluation à Genève - 4 juin",
      """Chère Madame Belkacem,

Comme annoncé, nous revenons vers vous avec une nouvelle date, et je suis heureuse de vous
convier directement à notre journée d'évaluation à Genève, le jeudi 4 juin 2026.

Programme :
- 9h00 : accueil, présentation d'Helvimplant
- 9h30 : étude de cas (présentation d'une gamme d'implants à un cabinet)
- 11h00 : entretien avec moi-même et M. Pittet, Directeur commercial
- 12h30 : déjeuner avec l'équipe

Lieu : Helvimplant, Chemin du Pavillon 2, 1218 Le Grand-Saconnex. Nous prenons en charge
votre billet de train depuis Montpellier.

Meilleures salutations,

Corinne Jaquet
Responsable Ventes Suisse romande
Helvimplant SA | +41 22 000 77 10""",
      company="Helvimplant", contact="corinne.jaquet@helvimplant.example.ch",
      parent="helv_cancel", quote="fr", cs="windows-1252", cte="quoted-printable"),

    M("lyo_inv", INV, "fr", "2026-06-02 12:34 +0200",
      ("Hélène Marquet", "helene.marquet@lyoss.example.fr"),
      "Lyoss Implants - entretien visio",
      """Bonjour Yasmine,

Je vous remercie pour votre candidature au poste de Délégué(e) commercial(e) Rhône-Isère.

Seriez-vous disponible pour un entretien en visioconférence le lundi 8 juin à 9h00 ? Nous
utiliserons Google Meet : https://meet.example.com/lyo-ssim-plt

Bien cordialement,

Hélène Marquet
Responsable commerciale France Sud-Est
Lyoss Implants""",
      company="Lyoss Implants", contact="helene.marquet@lyoss.example.fr",
      ncs=("q", "iso-8859-1"), fmt="html", cte="quoted-printable"),

    M("son_inv", INV, "fr", "2026-03-04 07:30 +0100",
      ("Sonalis Audition", "recrutement@sonalis.example.fr"),
      "Étape suivante : évaluation en ligne et entretien",
      """Bonjour Yasmine,

Votre candidature au poste de Conseiller(ère) commercial(e) - Lyon Part-Dieu a été
présélectionnée.

Prochaine étape : une évaluation en ligne (questionnaire de personnalité commerciale et mise
en situation, 40 minutes), suivie d'un entretien vidéo avec la responsable régionale.
L'évaluation est programmée le 12 mars ; vous recevrez vos identifiants la veille.

Pour toute question : Anaïs Morel, chargée de recrutement, anais.morel@sonalis.example.fr.

Sonalis Audition - Service recrutement""",
      company="Sonalis Audition", fmt="html", brand="Sonalis Audition",
      hcs=("q", "utf-8"), no_contact_ok=True),

    # ------------------------------------------------------------------ English
    M("bb_inv1", INV, "en", "2026-07-14 13:05 +0100",
      ("Hannah Price via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Brightbite Dental Systems - let's schedule a video call",
      """Hi Yasmine,

Thanks for applying for the Territory Sales Representative (Implants, South East) role at
Brightbite. I'd love to set up a 30-minute video call to learn more about you.

Please pick a time that suits you using the link below:
https://app.greenhouse.example.io/scheduling/brightbite/yb-2207

If none of the slots work, just reply to this email.

Best wishes,
Hannah Price
Talent Partner | Brightbite Dental Systems""",
      company="Brightbite Dental Systems", contact="hannah.price@brightbite.example.co.uk",
      reply_to=("Hannah Price", "hannah.price@brightbite.example.co.uk"), fmt="alt",
      brand="Brightbite"),

    M("bb_inv2", INV, "en", "2026-07-28 16:40 +0100",
      ("Hannah Price", "hannah.price@brightbite.example.co.uk"),
      "Re: Thank you - Brightbite video call",
      """Hi Yasmine,

Great to hear from you, and thank you for the kind note. The team enjoyed the call too.

We'd like to invite you to a final panel interview at our London office (3rd floor,
11 Bermondsey Street, SE1) on Tuesday 11 August at 10:00 BST. You'll meet Daniel Okafor
(Regional Sales Manager) and Sophie Lambert (Clinical Education Lead), and you'll be asked
to give a 10-minute presentation on how you would approach a new implant account.

A calendar invite is attached. We'll reimburse reasonable travel costs.

Best,
Hannah""",
      company="Brightbite Dental Systems", contact="hannah.price@brightbite.example.co.uk",
      parent="bb_thanks", quote="en", ics_mode="att",
      ics={"uid": "panel-yb-0811@brightbite.example.co.uk", "start": "2026-08-11 10:00",
           "minutes": 90, "tz": "Europe/London",
           "summary": "Brightbite final panel - Yasmine Belkacem",
           "location": "Brightbite, 11 Bermondsey Street, London SE1"}),

    M("vir_inv", INV, "en", "2026-04-09 12:15 +0100",
      ("Oliver Grant", "oliver.grant@vireosearch.example.co.uk"),
      "RE: Application - medical device sales roles",
      """Hi Yasmine,

Thanks for sending your CV over. I've spoken to Thames Orthopaedics about you and they'd like
to meet you for their Territory Manager (South London) role.

They're proposing a video interview with Priya Shah, their Sales Manager, on Thursday 16 April
at 14:00 UK time (15:00 for you). It'll be on Microsoft Teams and last around 45 minutes.

Can you confirm you're available? Happy to have a prep call on Tuesday.

Best,
Oliver

Oliver Grant | Principal Consultant, MedTech | Vireo Search""",
      company="Thames Orthopaedics", contact="oliver.grant@vireosearch.example.co.uk",
      parent="vir_app", quote="ol_en"),

    M("mol_inv", INV, "en", "2026-08-11 09:00 +0100",
      ("Ben Asante from Molarix", "no-reply@ashbyhq.com"),
      "Molarix: Book your interview",
      """Hi Yasmine,

Thanks for applying to Molarix! We'd like to invite you to a first interview for the
Account Executive - Dental Practices (EU) position with Ben Asante, Head of Sales.

Use this link to book a 40-minute slot that works for you:
https://jobs.ashbyhq.example.com/molarix/interview/2a91

Looking forward to speaking soon,
The Molarix team""",
      company="Molarix", contact="ben.asante@molarix.example.co.uk",
      reply_to=("Ben Asante", "ben.asante@molarix.example.co.uk"), fmt="html", brand="Molarix"),

    M("lem_inv", INV, "en", "2026-02-05 14:50 +0100",
      ("Noah Schmid", "noah.schmid@lemanic-implants.example.ch"),
      "Phone screen - Clinical Sales Specialist",
      """Dear Yasmine,

Thank you for your application for the Clinical Sales Specialist position in Geneva.

I'd like to schedule a short phone screen with you on Tuesday 10 February at 15:00 CET. I'll
call you on +33 6 41 27 83 90 - please let me know if another number is better.

Kind regards,

Noah Schmid
Talent Acquisition
Lemanic Implant Systems SA
Rue de Lausanne 64, 1202 Geneva""",
      company="Lemanic Implant Systems", contact="noah.schmid@lemanic-implants.example.ch"),

    # ------------------------------------------------------------------ German
    M("zw_inv", INV, "de", "2026-03-19 11:25 +0100",
      ("Sabine Lehner", "sabine.lehner@zahnwerk.example.de"),
      "Einladung zum Videointerview - Medizinprodukteberater (m/w/d) Dental",
      """Sehr geehrte Frau Belkacem,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne näher kennenlernen und laden Sie zu
einem Videointerview mit Herrn Martin Brandl (Vertriebsleiter Süd) und mir ein.

Termin: Donnerstag, 26. März 2026, 10:00 Uhr
Dauer: ca. 60 Minuten
Plattform: Microsoft Teams (der Link befindet sich in der Kalendereinladung)

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Sabine Lehner
Personalreferentin

Zahnwerk Implantate GmbH
Landsberger Str. 310, 80687 München
Geschäftsführer: Dr. Alois Huber | Amtsgericht München HRB 000000""",
      company="Zahnwerk Implantate", contact="sabine.lehner@zahnwerk.example.de",
      fmt="alt", cs="iso-8859-1", hcs=("q", "iso-8859-1"),
      ics={"uid": "zw-int-0326@zahnwerk.example.de", "start": "2026-03-26 10:00",
           "minutes": 60, "tz": "Europe/Berlin",
           "summary": "Videointerview Zahnwerk - Frau Belkacem",
           "location": "Microsoft Teams"}),

    M("hp_inv", INV, "de", "2026-05-21 14:05 +0200",
      ("Julia Wagner", "julia.wagner@hoerplus.example.de"),
      "Einladung zum Vorstellungsgespräch und Probearbeitstag",
      """Liebe Frau Belkacem,

wir freuen uns über Ihre Bewerbung als Vertriebsberaterin Hörsysteme für unsere Filialen in
München.

Gerne möchten wir Sie zu einem persönlichen Vorstellungsgespräch mit anschließendem
Probearbeitstag einladen, und zwar am Mittwoch, den 3. Juni 2026, ab 9:00 Uhr in unserer
Filiale Sendlinger Tor (Sonnenstraße 19, 80331 München).

Die Reisekosten übernehmen wir selbstverständlich. Bitte geben Sie uns bis Freitag Bescheid,
ob der Termin für Sie passt.

Herzliche Grüße
Julia Wagner
HR Business Partner
HörPlus Hörakustik GmbH & Co. KG""",
      company="HörPlus", contact="julia.wagner@hoerplus.example.de", parent="hp_ack",
      quote="de", hcs=("b", "utf-8"), cte="base64"),

    M("kp_inv", INV, "de", "2026-06-08 09:45 +0200",
      ("Dr. Frank Kessler", "f.kessler@kessler-partner.example.de"),
      "Vorstellung bei Vitaldent Systems - Terminvorschlag",
      """Sehr geehrte Frau Belkacem,

wie telefonisch besprochen, habe ich Ihr Profil unserem Mandanten Vitaldent Systems
vorgestellt. Herr Dr. Seidl, Vertriebsdirektor, möchte Sie gerne kennenlernen.

Vorgeschlagener Termin: Dienstag, 16. Juni 2026, 15:00 Uhr, per Videokonferenz (Zoom).
Alternativ wäre Mittwoch, 17. Juni, 11:00 Uhr möglich.

Bitte teilen Sie mir mit, welcher Termin Ihnen besser passt.

Beste Grüße
Frank Kessler
Kessler & Partner Personalberatung""",
      company="Vitaldent Systems", contact="f.kessler@kessler-partner.example.de",
      cs="iso-8859-1", cte="8bit"),

    M("dc_inv", INV, "de", "2026-09-01 10:10 +0200",
      ("Tobias Reiter", "tobias.reiter@dentacloud.example.de"),
      "Kennenlernen DentaCloud - Telefoninterview",
      """Hallo Frau Belkacem,

danke für Ihre Bewerbung als Sales Consultant Praxissoftware (Schwerpunkt Frankreich und
Schweiz). Ihr Hintergrund als Zahnmedizinische Fachangestellte ist für uns sehr spannend.

Ich würde gern am Montag, 7. September, um 16:00 Uhr ein erstes Telefoninterview mit Ihnen
führen (ca. 30 Minuten). Ich rufe Sie unter Ihrer französischen Nummer an.

Viele Grüße
Tobias Reiter
Head of Sales DACH | DentaCloud GmbH""",
      company="DentaCloud", contact="tobias.reiter@dentacloud.example.de"),

    # ------------------------------------------------------------------ Spanish
    M("im_inv", INV, "es", "2026-04-22 10:31 +0200",
      ("Núria Puig", "nuria.puig@implantesmed.example.es"),
      "RE: Candidatura Delegada comercial implantología - Barcelona",
      """Hola Yasmine:

Hemos revisado tu CV y nos gustaría conocerte. Te proponemos una entrevista por
videollamada el martes 28 de abril a las 12:00 con Jordi Vila, director comercial, y
conmigo.

Te enviaré el enlace de Google Meet en cuanto me confirmes.

Un saludo,
Núria Puig
Recursos Humanos - Implantes Mediterráneo
Carrer de la Marina 210, 08013 Barcelona""",
      company="Implantes Mediterráneo", contact="nuria.puig@implantesmed.example.es",
      parent="im_ack", quote="es", ncs=("q", "iso-8859-1")),

    M("im_inv2", INV, "es", "2026-05-06 17:02 +0200",
      ("Núria Puig", "nuria.puig@implantesmed.example.es"),
      "Segunda entrevista y prueba práctica - Implantes Mediterráneo",
      """Hola Yasmine:

¡Enhorabuena! Jordi quiere que pases a la segunda fase. Te invitamos a una segunda entrevista
presencial con prueba práctica en nuestras oficinas de Barcelona el jueves 14 de mayo a las
10:00. Tendrás que presentar nuestro sistema de implantes cónicos a un odontólogo (un
compañero hará de cliente).

Te adjunto la convocatoria del calendario. Cubrimos el viaje desde Montpellier.

Un saludo,
Núria""",
      company="Implantes Mediterráneo", contact="nuria.puig@implantesmed.example.es",
      ncs=("q", "iso-8859-1"), fmt="alt", hcs=("q", "utf-8"),
      ics={"uid": "im-2a-0514@implantesmed.example.es", "start": "2026-05-14 10:00",
           "minutes": 150, "tz": "Europe/Madrid",
           "summary": "Segunda entrevista - Yasmine Belkacem",
           "location": "Implantes Mediterráneo, Carrer de la Marina 210, Barcelona"}),

    M("ts_inv", INV, "es", "2026-06-03 13:45 +0200",
      ("Lucía Ferrer", "lucia.ferrer@talentosanitario.example.es"),
      "Entrevista con AudioVida - Asesora comercial audiología",
      """Hola Yasmine:

Tal como hablamos por teléfono, AudioVida quiere entrevistarte para el puesto de Asesora
comercial en audiología (tiendas de Barcelona y Girona).

La entrevista será por videollamada el lunes 8 de junio a las 11:30 con Carme Roig, directora
de zona. Te mando el enlace de Teams mañana.

Confírmame, por favor.

Un abrazo,
Lucía Ferrer
Consultora Senior - Talento Sanitario""",
      company="AudioVida", contact="lucia.ferrer@talentosanitario.example.es",
      fmt="alt", brand="Talento Sanitario", cs="iso-8859-1"),

    M("odx_inv", INV, "es", "2026-09-02 09:20 +0200",
      ("Odontix Software", "noreply@workablemail.com"),
      "Odontix Software te invita a una videollamada",
      """Hola Yasmine,

Gracias por tu candidatura al puesto de Consultora comercial de software dental (mercado
francés). Marta Soler, Responsable de Talento, quiere hablar contigo.

Videollamada de 30 minutos: viernes 11 de septiembre, 10:00 (hora de Madrid).
Enlace: https://odontix.example.es/meet/ys-1109

Si necesitas cambiar la hora, responde a este correo y llegará directamente a Marta.

Equipo de Odontix Software""",
      company="Odontix Software", contact="marta.soler@odontix.example.es",
      reply_to=("Marta Soler", "marta.soler@odontix.example.es"), fmt="html",
      brand="Odontix"),
]
