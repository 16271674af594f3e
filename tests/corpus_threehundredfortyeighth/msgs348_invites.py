"""Invitations, moved or cancelled interviews, and missed-interview notices outside the long
threads (several short threads of their own)."""

from __future__ import annotations

from msgs348_common import m, paras, shell

MESSAGES = [
    # ================================================================ invitations, fr
    m("interview_invitation", "fr", "musee_textile_invitation", "2026-01-21 15:12 +0100",
      ("Florence Dubrulle", "f.dubrulle@musee-textile-tourcoing.example.fr"),
      "Candidature chargée des événements – proposition d'entretien",
      """Madame,

Nous avons bien reçu votre candidature au poste de chargée des événements et de la location
d'espaces du Musée du Textile de Tourcoing, et nous souhaiterions vous rencontrer.

Seriez-vous disponible le mercredi 4 février à 14h au musée (2 place de la Manufacture,
Tourcoing) ? L'entretien se déroulera avec la conservatrice en chef et moi-même.

Dans l'attente de votre réponse, je vous prie d'agréer, Madame, mes sincères salutations.

Florence Dubrulle
Administratrice – Musée du Textile de Tourcoing""",
      co="Musée du Textile de Tourcoing", ct="f.dubrulle@musee-textile-tourcoing.example.fr",
      thread="textile", cs="windows-1252", cte="quoted-printable", fe="windows-1252:Q"),
    m("interview_invitation", "fr", "paris_rive_lien_creneau", "2026-02-05 10:08 +0100",
      ("Paris Rive Congrès", "noreply@smartrecruiters.com"),
      "Choisissez votre créneau d'entretien – Assistante chef de projet congrès",
      """Bonjour Awa,

Bonne nouvelle ! L'équipe de Paris Rive Congrès souhaite échanger avec vous au sujet du poste
d'Assistante chef de projet congrès.

Merci de choisir un créneau d'entretien visio (30 minutes) parmi les disponibilités proposées
en cliquant sur le lien ci-dessous :
https://jobs.smartrecruiters.example/paris-rive-congres/interview/schedule?token=a81c-55f2

Vous échangerez avec Mathieu Roussel, chef de projet senior.

À très vite,
L'équipe Recrutement – Paris Rive Congrès""",
      co="Paris Rive Congrès", thread="parisrive",
      html=shell(paras(
          "Bonjour Awa,",
          "Bonne nouvelle ! L'équipe de Paris Rive Congrès souhaite échanger avec vous au sujet "
          "du poste d'<b>Assistante chef de projet congrès</b>.",
          "Merci de choisir un créneau d'entretien visio (30 minutes) parmi les disponibilités "
          "proposées en cliquant sur le lien ci-dessous :<br>"
          '<a href="https://jobs.smartrecruiters.example/paris-rive-congres/interview/schedule'
          '?token=a81c-55f2">Choisir mon créneau</a>',
          "Vous échangerez avec Mathieu Roussel, chef de projet senior.",
          "À très vite,<br>L'équipe Recrutement – Paris Rive Congrès"), brand="#e63946")),
    m("interview_invitation", "fr", "proxima_job_dating", "2026-06-01 09:40 +0200",
      ("Karima Haddad", "k.haddad@proxima-interim.example.fr"),
      "Job dating Grand Hôtel de la Madeleine – vendredi 5 juin",
      """Bonjour Awa,

Suite à votre candidature pour le poste d'assistante banquets, notre client le Grand Hôtel de
la Madeleine organise un job dating dans ses salons le vendredi 5 juin entre 9h et 12h. Je
vous ai inscrite sur le créneau de 10h15.

Merci de venir avec plusieurs CV et une tenue professionnelle, et de me confirmer votre
présence.

Karima Haddad
Proxima Intérim Métropole – Agence de Roubaix
03 20 70 18 44""",
      co="Grand Hôtel de la Madeleine", ct="k.haddad@proxima-interim.example.fr",
      thread="proxima", cte="8bit"),
    m("interview_invitation", "fr", "racing_lillois_entretien", "2026-07-16 11:30 +0200",
      ("Anaïs Lefebvre", "anais.lefebvre@racingclublillois.example.fr"),
      "Entretien – Chargé(e) d'événements match day",
      """Bonjour Awa,

Je vous remercie pour votre candidature. Je vous propose un premier entretien au stade le
mardi 21 juillet à 15h, avec notre responsable billetterie & hospitalités.

L'accès se fait par la porte 3, parking visiteurs. Une pièce d'identité vous sera demandée à
l'accueil.

Merci de me confirmer ce rendez-vous.

Anaïs Lefebvre
Chargée RH – Racing Club Lillois Métropole""",
      co="Racing Club Lillois Métropole", ct="anais.lefebvre@racingclublillois.example.fr",
      thread="racing", fe="utf-8:B", se="windows-1252:B"),
    m("interview_invitation", "fr", "opale_events_visio", "2026-06-15 08:57 +0200",
      ("Élodie Marchand", "elodie.marchand@opale-events.example.fr"),
      "Échange visio – chef(fe) de projet junior",
      """Bonjour Awa,

Votre profil atypique nous plaît beaucoup ! Je vous propose un échange en visio de 45 minutes
le jeudi 18 juin à 11h pour le poste de chef(fe) de projet junior. Vous trouverez
l'invitation Teams jointe.

Bonne journée,
Élodie Marchand
Directrice de clientèle – Opale Events""",
      co="Opale Events", ct="elodie.marchand@opale-events.example.fr", thread="opale",
      fe="windows-1252:Q", se="utf-8:B",
      cal={"uid": "040000008200E00074C5B7101A82E008-opale-0618", "seq": 0,
           "start": "2026-06-18 11:00", "minutes": 45,
           "summary": "Visio Awa Diallo-Fournier / Opale Events",
           "location": "Réunion Microsoft Teams"}),
    m("interview_invitation", "fr", "pres_fleuris_journee_essai", "2026-05-11 18:22 +0200",
      ("Domaine des Prés Fleuris", "evenements@presfleuris.example.be"),
      "Journée d'essai au domaine",
      """Bonjour Awa,

Suite à notre appel, nous vous proposons de venir passer une journée d'essai au domaine le
samedi 23 mai, jour d'un mariage de 140 invités : accueil des invités, coordination avec le
traiteur et le DJ, gestion du planning de la soirée. Rendez-vous à 13h, fin prévue vers 23h.
La journée sera rémunérée.

Merci de nous confirmer par retour.

Véronique Lambotte
Responsable événements – Domaine des Prés Fleuris
Chaussée de Namur 212, 1300 Wavre""",
      rt=("Véronique Lambotte", "v.lambotte@presfleuris.example.be"),
      co="Domaine des Prés Fleuris", ct="v.lambotte@presfleuris.example.be", thread="presfleuris",
      rte="iso-8859-1:B"),
    m("interview_invitation", "fr", "jobs_evenementiel_caudron", "2026-09-03 12:00 +0200",
      ("Jobs Événementiel", "no-reply@jobs-evenementiel.example.fr"),
      "Mariages Caudron souhaite vous rencontrer",
      """Bonjour Awa,

Bonne nouvelle : l'entreprise Mariages Caudron a consulté votre candidature à l'offre
« Wedding planner junior – Lille » et vous invite à un entretien en visioconférence.

Message du recruteur :
« Bonjour Awa, pourriez-vous être disponible mardi 8 septembre à 18h pour un appel Zoom d'une
demi-heure ? Répondez-moi directement, à bientôt. Juliette Caudron »

Pour répondre, utilisez simplement la fonction Répondre de votre messagerie.

Jobs Événementiel – le site emploi des métiers de l'événement""",
      rt=("Juliette Caudron", "juliette@mariages-caudron.example.fr"),
      co="Mariages Caudron", ct="juliette@mariages-caudron.example.fr", thread="caudron",
      se="iso-8859-1:Q"),
    m("interview_invitation", "fr", "flandres_opale_appel", "2026-04-03 09:15 +0200",
      ("Mathilde Carpentier", "mathilde.carpentier@flandres-opale-hotels.example.fr"),
      "Candidature Responsable MICE – Dunkerque",
      """Bonjour Awa,

J'ai bien reçu votre candidature pour le poste de Responsable MICE de notre hôtel de
Dunkerque. Je vous propose un entretien téléphonique le mardi 7 avril à 14h ; je vous
appellerai sur votre portable.

Cordialement,
Mathilde Carpentier
Directrice commerciale – Groupe Flandres & Opale Hôtels""",
      co="Groupe Flandres & Opale Hôtels",
      ct="mathilde.carpentier@flandres-opale-hotels.example.fr", thread="flandres"),

    # ================================================================ invitations, en
    m("interview_invitation", "en", "northbank_invite", "2026-03-12 10:30 +0100",
      ("Daan Visser via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Interview invitation: Event Coordinator at Northbank Events",
      """Hi Awa,

Thanks for applying to Northbank Events! We'd love to set up a first conversation for the
Event Coordinator role.

Please pick a 30-minute slot that works for you using the link below:
https://app.greenhouse.example/schedule/northbank-events/8837a2

Looking forward to speaking with you.

Daan Visser
Talent Partner, Northbank Events
Amsterdam""",
      rt=("Daan Visser", "daan.visser@northbank-events.example.nl"),
      co="Northbank Events", ct="daan.visser@northbank-events.example.nl", thread="northbank"),
    m("interview_invitation", "en", "eventwise_ashby_schedule", "2026-05-05 14:01 +0200",
      ("Tessa Huisman from Eventwise", "no-reply@ashbyhq.com"),
      "Let's schedule your interview with Eventwise",
      """Hi Awa,

Thanks for your interest in the Customer Events Associate role at Eventwise! The hiring team
would like to move you to the next step: a 45-minute video interview with Tessa Huisman
(Customer Events Lead).

Use this link to book a time in the next five working days:
https://jobs.ashbyhq.example/eventwise/schedule/3f9e1b

Cheers,
Eventwise Talent""",
      rt=("Tessa Huisman", "tessa.huisman@eventwise.example.nl"),
      co="Eventwise", ct="tessa.huisman@eventwise.example.nl", thread="eventwise"),
    m("interview_invitation", "en", "mont_des_arts_invite", "2026-03-24 16:45 +0100",
      ("Hannah O'Connell", "hannah.oconnell@montdesarts-congress.example.be"),
      "Mont des Arts Congress Centre – interview for Delegate Services Officer",
      """Dear Awa,

Thank you for your application for the Delegate Services Officer position. We are pleased to
invite you to an interview at the Mont des Arts Congress Centre, Brussels, on Wednesday
1 April at 10:00.

The panel will consist of myself and Luc Janssens, Head of Delegate Services. The interview
will be held in English with a short part in French. It will last about one hour and will
include a 10-minute role play of a delegate registration desk.

Please confirm your attendance by reply.

Kind regards,

Hannah O'Connell
HR Business Partner
Mont des Arts Congress Centre
Rue Ravenstein 2, 1000 Brussels
T +32 2 515 88 30""",
      co="Mont des Arts Congress Centre", ct="hannah.oconnell@montdesarts-congress.example.be",
      html=shell(paras(
          "Dear Awa,",
          "Thank you for your application for the Delegate Services Officer position. We are "
          "pleased to invite you to an interview at the Mont des Arts Congress Centre, "
          "Brussels, on <b>Wednesday 1 April at 10:00</b>.",
          "The panel will consist of myself and Luc Janssens, Head of Delegate Services. The "
          "interview will be held in English with a short part in French. It will last about "
          "one hour and will include a 10-minute role play of a delegate registration desk.",
          "Please confirm your attendance by reply.",
          "Kind regards,<br><br>Hannah O'Connell<br>HR Business Partner<br>Mont des Arts "
          "Congress Centre<br>Rue Ravenstein 2, 1000 Brussels<br>T +32 2 515 88 30"),
          brand="#264653")),
    m("interview_invitation", "en", "amstel_riverside_assessment", "2026-08-10 11:11 +0200",
      ("Amstel Riverside Hotels", "careers-noreply@icims.com"),
      "Invitation: Assessment Centre – Events Sales Coordinator",
      """Dear Awa,

Congratulations! You have been selected to attend our Assessment Centre for the Events Sales
Coordinator position at Amstel Riverside Hotels.

Date: Thursday 20 August 2026
Time: 09:00 – 15:00
Location: Amstel Riverside Hotel, Weesperzijde 101, Amsterdam

The day includes a group exercise, a presentation (10 minutes, topic sent in advance) and a
panel interview. Lunch will be provided.

Please confirm your place via your candidate portal.

Best regards,
Talent Acquisition, Amstel Riverside Hotels""",
      co="Amstel Riverside Hotels", thread="amstel"),

    # ================================================================ invitations, de
    m("interview_invitation", "de", "sv_deutz_einladung", "2026-06-08 12:20 +0200",
      ("Markus Engels", "m.engels@svdeutz05.example.de"),
      "Einladung zum Gespräch – Eventmanagerin Hospitality",
      """Hallo Frau Diallo-Fournier,

vielen Dank für Ihre Bewerbung! Wir würden Sie gern persönlich kennenlernen und laden Sie zu
einem Gespräch ins Stadion ein: Dienstag, 16. Juni, 13:00 Uhr, Geschäftsstelle, Eingang West.

Planen Sie etwa eine Stunde ein, inklusive einer kurzen Führung durch unseren
Business-Bereich.

Sportliche Grüße
Markus Engels
Leiter Hospitality & Events
SV Deutz 05""",
      co="SV Deutz 05", ct="m.engels@svdeutz05.example.de", thread="deutz",
      fe="iso-8859-1:Q"),
    m("interview_invitation", "de", "lindner_voss_probearbeit", "2026-09-07 10:05 +0200",
      ("Lindner & Voss Eventagentur", "jobs@lindner-voss.example.de"),
      "Einladung zum Probearbeiten",
      """Liebe Awa,

danke für deine Bewerbung als Junior Event Managerin! Wir duzen uns hier alle, ich hoffe, das
ist okay. Wir würden dich gern zu einem Probearbeitstag in unsere Agentur einladen, am
Donnerstag, 17. September, ab 9:30 Uhr (Ehrenstraße 44, Köln).

Du lernst das Team kennen und arbeitest mit uns an einem echten Pitch für einen
Firmenkunden. Gib mir bitte kurz Bescheid, ob der Termin passt.

Viele Grüße
Felix Lindner
Geschäftsführer""",
      rt=("Felix Lindner", "felix@lindner-voss.example.de"),
      co="Lindner & Voss Eventagentur", ct="felix@lindner-voss.example.de", thread="lindner",
      cs="iso-8859-1", cte="8bit"),

    # ================================================================ invitations, es
    m("interview_invitation", "es", "triana_entrevista", "2026-03-18 12:30 +0100",
      ("Palacio de Congresos Triana", "noreply@smartrecruiters.com"),
      "Invitación a entrevista – Técnico/a de Eventos",
      """Hola Awa:

Nos alegra comunicarte que has pasado a la fase de entrevistas para el puesto de Técnico/a de
Eventos en el Palacio de Congresos Triana (Sevilla).

Te proponemos una entrevista por videollamada el martes 24 de marzo a las 10:00 (hora
peninsular). Recibirás una invitación de calendario con el enlace de Teams.

Si no puedes asistir, responde a este correo y Marta Salcedo, nuestra técnica de selección,
te propondrá otra fecha.

Un saludo,
Recursos Humanos – Palacio de Congresos Triana""",
      rt=("Marta Salcedo", "marta.salcedo@congresostriana.example.es"),
      co="Palacio de Congresos Triana", ct="marta.salcedo@congresostriana.example.es",
      thread="triana", se="utf-8:B",
      cal={"uid": "triana-eventos-diallo-20260324", "seq": 0, "tz": "Europe/Madrid",
           "start": "2026-03-24 10:00", "minutes": 45,
           "summary": "Entrevista Técnico/a de Eventos – A. Diallo-Fournier",
           "location": "Microsoft Teams"}),
    m("interview_invitation", "es", "feria_malaga_costa", "2026-09-09 09:50 +0200",
      ("Álvaro Benítez", "abenitez@feriamalagacosta.example.es"),
      "Entrevista – Coordinador/a de expositores",
      """Buenos días, Awa:

Gracias por tu candidatura para el puesto de Coordinador/a de expositores en Feria
Internacional de Málaga Costa. Nos gustaría conocerte en una entrevista presencial el lunes
14 de septiembre a las 12:30 en nuestras oficinas (Avenida de José Ortega y Gasset 201,
Málaga). Si vienes desde Francia, podemos hacerla por videollamada sin problema.

¿Me confirmas qué prefieres?

Saludos cordiales,
Álvaro Benítez
Responsable de Operaciones Feriales
Feria Internacional de Málaga Costa""",
      co="Feria Internacional de Málaga Costa", ct="abenitez@feriamalagacosta.example.es",
      thread="feria", fe="utf-8:Q", cs="windows-1252", cte="quoted-printable"),
    m("interview_invitation", "es", "temporis_hotel_puerta_triana", "2026-04-16 13:05 +0200",
      ("Noelia Campos", "noelia.campos@grupotemporis.example.es"),
      "Entrevista con Hotel Puerta de Triana (a través de Grupo Temporis)",
      """Hola Awa:

Te escribo desde Grupo Temporis ETT. Nuestro cliente, el Hotel Puerta de Triana, quiere
entrevistarte para el puesto de recepcionista-coordinadora de eventos (contrato de
temporada, de mayo a octubre).

La entrevista será por teléfono el miércoles 22 de abril a las 11:00. Te llamará directamente
la jefa de recepción, Inmaculada Reyes.

Quedo a tu disposición,
Noelia Campos
Consultora de selección · Grupo Temporis ETT · Sevilla""",
      co="Hotel Puerta de Triana", ct="noelia.campos@grupotemporis.example.es"),

    # ================================================================ reschedules
    m("interview_reschedule_or_cancel", "fr", "paris_rive_deplace", "2026-02-10 17:33 +0100",
      ("Mathieu Roussel", "mathieu.roussel@paris-rive-congres.example.fr"),
      "Entretien de jeudi – changement d'horaire",
      """Bonjour Awa,

Vous avez réservé le créneau de jeudi 12 février à 9h30 pour notre échange visio. J'ai
malheureusement une réunion de chantier qui vient d'être fixée à la même heure : pouvons-nous
décaler à 16h30 le même jour ? Le lien Teams reste identique.

Merci de votre compréhension,
Mathieu Roussel
Chef de projet senior – Paris Rive Congrès""",
      co="Paris Rive Congrès", ct="mathieu.roussel@paris-rive-congres.example.fr",
      thread="parisrive", cte="base64"),
    m("interview_reschedule_or_cancel", "fr", "opale_visio_annulee", "2026-06-17 20:14 +0200",
      ("Élodie Marchand", "elodie.marchand@opale-events.example.fr"),
      "Annulé : Visio Awa Diallo-Fournier / Opale Events",
      """Bonjour Awa,

Je suis malade et dois annuler notre visio de demain 11h, désolée de vous prévenir si tard. Je
reviens vers vous dès mon retour pour fixer une nouvelle date.

Élodie""",
      co="Opale Events", ct="elodie.marchand@opale-events.example.fr", thread="opale",
      quote="fr", fe="windows-1252:Q", se="utf-8:Q",
      cal={"uid": "040000008200E00074C5B7101A82E008-opale-0618", "seq": 1, "method": "CANCEL",
           "start": "2026-06-18 11:00", "minutes": 45,
           "summary": "Annulé : Visio Awa Diallo-Fournier / Opale Events",
           "location": "Réunion Microsoft Teams"}),
    m("interview_reschedule_or_cancel", "fr", "pres_fleuris_reporte", "2026-05-20 08:30 +0200",
      ("Véronique Lambotte", "v.lambotte@presfleuris.example.be"),
      "RE: Journée d'essai au domaine",
      """Bonjour Awa,

Le mariage de samedi a été réduit à une cérémonie intime (deuil dans la famille des mariés),
votre journée d'essai n'aurait donc pas beaucoup de sens ce jour-là. Je vous propose de la
reporter au samedi 6 juin, même horaire. Cela vous convient-il ?

Véronique""",
      co="Domaine des Prés Fleuris", ct="v.lambotte@presfleuris.example.be",
      thread="presfleuris", quote="outlook-fr", cs="windows-1252", cte="8bit"),
    m("interview_reschedule_or_cancel", "fr", "musee_textile_annule", "2026-02-02 09:02 +0100",
      ("Florence Dubrulle", "f.dubrulle@musee-textile-tourcoing.example.fr"),
      "Entretien du 4 février – annulation",
      """Madame,

En raison d'une fuite d'eau survenue ce week-end dans les réserves, la conservatrice en chef
et moi-même sommes entièrement mobilisées cette semaine. Nous sommes contraintes d'annuler
l'entretien prévu mercredi 4 février.

Nous reviendrons vers vous pour convenir d'une nouvelle date dès que la situation sera
stabilisée. Veuillez nous excuser pour ce contretemps.

Florence Dubrulle""",
      co="Musée du Textile de Tourcoing", ct="f.dubrulle@musee-textile-tourcoing.example.fr",
      thread="textile", quote="fr", cs="windows-1252", cte="quoted-printable"),
    m("interview_reschedule_or_cancel", "fr", "racing_second_entretien_decale",
      "2026-07-30 14:48 +0200",
      ("Anaïs Lefebvre", "anais.lefebvre@racingclublillois.example.fr"),
      "Second entretien – nouvelle date",
      """Bonjour Awa,

Notre directeur général ne sera finalement pas disponible le 4 août pour votre second
entretien. Nous le décalons au jeudi 6 août à 10h, au stade. Je compte sur vous !

Anaïs Lefebvre
Chargée RH – Racing Club Lillois Métropole""",
      co="Racing Club Lillois Métropole", ct="anais.lefebvre@racingclublillois.example.fr",
      thread="racing", fe="utf-8:B"),
    m("interview_reschedule_or_cancel", "en", "northbank_moved", "2026-03-20 09:12 +0100",
      ("Daan Visser", "daan.visser@northbank-events.example.nl"),
      "Updated invitation: Northbank Events interview – now Tuesday 24 March",
      """Hi Awa,

Apologies, I need to move our call from Monday 23 March to Tuesday 24 March, same time
(15:00 CET). I've updated the calendar invite.

Thanks for being flexible!
Daan""",
      co="Northbank Events", ct="daan.visser@northbank-events.example.nl", thread="northbank",
      quote="en",
      cal={"uid": "gh-northbank-8837a2-diallo", "seq": 2, "tz": "Europe/Amsterdam",
           "start": "2026-03-24 15:00", "minutes": 30,
           "summary": "Northbank Events x Awa Diallo-Fournier", "location": "Google Meet",
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}),
    m("interview_reschedule_or_cancel", "en", "amstel_cancelled", "2026-08-17 16:02 +0200",
      ("Amstel Riverside Hotels", "careers-noreply@icims.com"),
      "Cancelled: Assessment Centre 20 August – Events Sales Coordinator",
      """Dear Awa,

Due to an unexpected conflict with a large conference at the hotel, we have had to cancel the
Assessment Centre planned for Thursday 20 August. A new date will be communicated to you in
the coming days and your application remains active.

Our apologies for the inconvenience.

Talent Acquisition, Amstel Riverside Hotels""",
      co="Amstel Riverside Hotels", thread="amstel", cte="7bit",
      cal={"uid": "icims-amstel-ac-20260820", "seq": 1, "method": "CANCEL",
           "tz": "Europe/Amsterdam", "start": "2026-08-20 09:00", "minutes": 360,
           "summary": "Assessment Centre - Events Sales Coordinator",
           "location": "Amstel Riverside Hotel, Weesperzijde 101, Amsterdam"}),
    m("interview_reschedule_or_cancel", "de", "sv_deutz_verlegt", "2026-06-12 08:44 +0200",
      ("Markus Engels", "m.engels@svdeutz05.example.de"),
      "AW: Einladung zum Gespräch – Eventmanagerin Hospitality",
      """Hallo Frau Diallo-Fournier,

kleine Planänderung: am 16. Juni haben wir kurzfristig eine Stadionbegehung mit der
Feuerwehr. Können wir unser Gespräch auf Donnerstag, 18. Juni, 10:00 Uhr verlegen? Ort bleibt
gleich.

Sportliche Grüße
Markus Engels""",
      co="SV Deutz 05", ct="m.engels@svdeutz05.example.de", thread="deutz", quote="de",
      cs="iso-8859-1", cte="quoted-printable"),
    m("interview_reschedule_or_cancel", "de", "lindner_probetag_verschoben",
      "2026-09-14 19:20 +0200",
      ("Felix Lindner", "felix@lindner-voss.example.de"),
      "Probetag Donnerstag – wir müssen schieben",
      """Hi Awa,

sorry, wir haben den Pitch vorgezogen bekommen und sind Donnerstag alle beim Kunden in
Frankfurt. Können wir deinen Probetag auf Dienstag, 22. September, legen? Gleiche Uhrzeit.

Danke dir & viele Grüße
Felix""",
      co="Lindner & Voss Eventagentur", ct="felix@lindner-voss.example.de", thread="lindner",
      quote="de", cte="8bit"),
    m("interview_reschedule_or_cancel", "es", "triana_aplazada", "2026-03-23 18:10 +0100",
      ("Marta Salcedo", "marta.salcedo@congresostriana.example.es"),
      "Aplazamiento de la entrevista del martes",
      """Hola Awa:

Por motivos de agenda de la dirección, nos vemos obligados a aplazar la entrevista prevista
para mañana martes 24 a las 10:00. En cuanto tengamos nueva fecha te la comunicaremos.

Disculpa las molestias.

Marta Salcedo
Técnica de Selección – Palacio de Congresos Triana""",
      co="Palacio de Congresos Triana", ct="marta.salcedo@congresostriana.example.es",
      thread="triana", quote="es",
      cal={"uid": "triana-eventos-diallo-20260324", "seq": 1, "method": "CANCEL",
           "tz": "Europe/Madrid", "start": "2026-03-24 10:00", "minutes": 45,
           "summary": "Entrevista Técnico/a de Eventos – A. Diallo-Fournier",
           "location": "Microsoft Teams"}),
    m("interview_reschedule_or_cancel", "es", "feria_cambio_hora", "2026-09-11 11:42 +0200",
      ("Álvaro Benítez", "abenitez@feriamalagacosta.example.es"),
      "RE: Entrevista – Coordinador/a de expositores",
      """Hola de nuevo, Awa:

Perfecto, la hacemos por videollamada. Eso sí, tengo que cambiar la hora: en lugar de las
12:30 sería a las 9:30 del mismo lunes 14, porque a mediodía tenemos visita de un expositor.
Te envío el enlace de Meet el domingo.

Saludos,
Álvaro""",
      co="Feria Internacional de Málaga Costa", ct="abenitez@feriamalagacosta.example.es",
      thread="feria", quote="outlook-es", fe="utf-8:Q"),

    # ================================================================ missed interviews
    m("missed_interview_notice", "fr", "proxima_absente_job_dating", "2026-06-05 12:18 +0200",
      ("Karima Haddad", "k.haddad@proxima-interim.example.fr"),
      "Job dating de ce matin",
      """Bonjour Awa,

Le Grand Hôtel de la Madeleine m'informe que vous ne vous êtes pas présentée au job dating ce
matin (créneau de 10h15). Avez-vous eu un empêchement ? Merci de me tenir informée, le client
peut éventuellement vous recevoir lundi.

Karima Haddad
Proxima Intérim Métropole""",
      co="Grand Hôtel de la Madeleine", ct="k.haddad@proxima-interim.example.fr",
      thread="proxima", quote="fr"),
    m("missed_interview_notice", "fr", "flandres_opale_pas_joignable", "2026-04-07 14:25 +0200",
      ("Mathilde Carpentier", "mathilde.carpentier@flandres-opale-hotels.example.fr"),
      "RE: Candidature Responsable MICE – Dunkerque",
      """Bonjour Awa,

J'ai tenté de vous appeler à 14h comme convenu, mais je tombe directement sur votre
répondeur. Je vous ai laissé un message. Rappelez-moi quand vous le pouvez au 03 28 59 14 70.

Cordialement,
Mathilde Carpentier""",
      co="Groupe Flandres & Opale Hôtels",
      ct="mathilde.carpentier@flandres-opale-hotels.example.fr", thread="flandres",
      quote="outlook-fr", cs="windows-1252", cte="quoted-printable"),
    m("missed_interview_notice", "fr", "caudron_zoom_vide", "2026-09-08 18:24 +0200",
      ("Juliette Caudron", "juliette@mariages-caudron.example.fr"),
      "Notre rendez-vous Zoom",
      """Bonjour Awa,

Je vous attends sur Zoom depuis 18h mais personne ne s'est connecté. Je reste disponible
encore un quart d'heure ; sinon, dites-moi si un autre soir de la semaine vous arrange.

Juliette Caudron
Mariages Caudron – Wedding planner, Lille & Côte d'Opale""",
      co="Mariages Caudron", ct="juliette@mariages-caudron.example.fr", thread="caudron",
      cte="8bit", fe="iso-8859-1:Q"),
    m("missed_interview_notice", "fr", "tempo_beffroi_attendue", "2026-04-29 11:05 +0200",
      ("Nadia Benali", "nadia.benali@tempo-interim.example.fr"),
      "Rendez-vous Hôtel du Beffroi ce matin",
      """Bonjour Awa,

La directrice de l'Hôtel du Beffroi vous a attendue à 10h pour l'entretien de présentation
de la mission séminaires et m'a appelée à 10h30, ne vous voyant pas arriver. Que s'est-il
passé ? Je vais essayer de lui redemander un créneau, mais dites-moi vite.

Nadia Benali
Tempo Intérim Nord""",
      co="Hôtel du Beffroi", ct="nadia.benali@tempo-interim.example.fr", se="utf-8:B"),
    m("missed_interview_notice", "en", "eventwise_no_show", "2026-05-12 15:50 +0200",
      ("Tessa Huisman", "tessa.huisman@eventwise.example.nl"),
      "We missed you today",
      """Hi Awa,

I was on our video call at 15:00 today for your interview but it looks like you weren't able
to join. No worries, these things happen! If you are still interested, just reply and I'll
send you a fresh booking link.

Best,
Tessa Huisman
Customer Events Lead, Eventwise""",
      co="Eventwise", ct="tessa.huisman@eventwise.example.nl", thread="eventwise"),
    m("missed_interview_notice", "en", "amstel_absent_ac", "2026-09-03 15:30 +0200",
      ("Joris Bakker", "joris.bakker@amstelriverside.example.nl"),
      "Assessment Centre today",
      """Dear Awa,

We were expecting you at this morning's rescheduled Assessment Centre at 09:00 and held your
place until the group exercise started, but unfortunately you did not arrive and we could not
reach you by phone.

Could you let me know what happened?

Regards,
Joris Bakker
Talent Acquisition Specialist
Amstel Riverside Hotels""",
      co="Amstel Riverside Hotels", ct="joris.bakker@amstelriverside.example.nl",
      thread="amstel", quote="en"),
    m("missed_interview_notice", "de", "lindner_vergeblich_gewartet", "2026-09-22 11:00 +0200",
      ("Felix Lindner", "felix@lindner-voss.example.de"),
      "Probetag heute?",
      """Hi Awa,

wir haben heute ab 9:30 auf dich gewartet, aber du bist nicht gekommen, und telefonisch war
niemand erreichbar. Ist alles in Ordnung? Melde dich bitte kurz.

Viele Grüße
Felix""",
      co="Lindner & Voss Eventagentur", ct="felix@lindner-voss.example.de", thread="lindner",
      quote="de", cs="iso-8859-1", cte="base64"),
    m("missed_interview_notice", "de", "hochzeitsmanufaktur_anruf", "2026-10-06 16:20 +0200",
      ("Katrin Vogelsang", "katrin@koelner-hochzeitsmanufaktur.example.de"),
      "Unser Telefontermin um 16 Uhr",
      """Liebe Frau Diallo-Fournier,

ich habe Sie um 16:00 Uhr wie vereinbart angerufen, leider zweimal ohne Erfolg. Falls Sie
noch Interesse an der Stelle als Hochzeitsplanerin haben, schlagen Sie mir bitte einen neuen
Termin vor.

Herzliche Grüße
Katrin Vogelsang
Kölner Hochzeitsmanufaktur""",
      co="Kölner Hochzeitsmanufaktur", ct="katrin@koelner-hochzeitsmanufaktur.example.de",
      fe="utf-8:Q", se="iso-8859-1:Q"),
]
