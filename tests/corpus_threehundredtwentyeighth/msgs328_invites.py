"""Stand-alone invitations, reschedules/cancellations and missed-interview notices of corpus 328."""

from __future__ import annotations

from msgs328_common import Spec, m

SPECS: list[Spec] = []
add = SPECS.append
INV, RES, MISS = "interview_invitation", "interview_reschedule_or_cancel", \
    "missed_interview_notice"

LUTECE = ("Lutèce IT Services", "no-reply@teamtailor-mail.com")
CHARLOTTE = ("Charlotte Vasseur", "charlotte.vasseur@lutece-it.example.fr")
MIRAGE_PF = ("FreeMission", "notifications@freemission.example.fr")
IRIS = ("Samir Benali", "samir.benali@iris-telecom.example.be")
VT = ("Gwenaëlle Le Roux", "gwenaelle.leroux@vilaine-telecom.example.fr")
CAP = ("Thomas Brochard", "thomas.brochard@cap-reseaux.example.fr")
RELAIS = ("Laëtitia Chevalier", "laetitia.chevalier@relais-interim.example.fr")
LAKE = ("Emily Carter via Lever", "no-reply@hire.lever.co")
LAKE_HUMAN = ("Emily Carter", "emily.carter@lakeside-health.example.ch")
BRAB = ("Joris Peeters", "joris.peeters@brabanet.example.be")
ORANGE = ("Orangebay Games", "no-reply@ashbyhq.com")
SN_SF = ("Schwabennetz Telekom", "noreply@successfactors.eu")
SN_HUMAN = ("Dennis Krämer", "dennis.kraemer@schwabennetz.example.de")
LRF = ("Birgit Haug", "birgit.haug@rems-filder.example.de")
BITF = ("Oliver Maier", "o.maier@bitfabrik.example.de")
MEDCOM = ("Lucía Sanchis", "lucia.sanchis@medcom.example.es")
GEM = ("Nuria Castelló", "ncastello@grupoempleomed.example.es")

# ------------------------------------------------------------------ invitations
add(m("inv_lutece", INV, "fr", "2026-04-27 10:00 +0000",
      ("Charlotte Vasseur de Lutèce IT Services", "no-reply@teamtailor-mail.com"),
      "Lutèce IT Services : journée de tests techniques",
      """Bonjour Gaëtan,

Merci pour votre candidature au poste de Technicien support N2 (Paris 12e). Nous aimerions vous proposer de participer à notre prochaine journée de recrutement :

Jeudi 7 mai 2026, de 9h00 à 16h00
Lutèce IT Services, 41 rue de Charenton, 75012 Paris

Au programme : tests techniques (Active Directory, réseau, ticketing), étude de cas en groupe, puis entretien individuel avec un manager.

Merci de confirmer votre participation en répondant à ce message.

Charlotte Vasseur
Talent Acquisition – Lutèce IT Services""",
      company="Lutèce IT Services", contact=CHARLOTTE[1], reply_to=CHARLOTTE,
      fmt="html", brand="Lutèce IT Services", name_enc=("utf-8", "Q")))

add(m("inv_mirage_visio", INV, "fr", "2026-06-22 08:10 +0200", MIRAGE_PF,
      "Studio Mirage Production souhaite échanger avec vous en visio",
      """Bonjour Gaëtan,

Bonne nouvelle ! Studio Mirage Production a retenu votre proposition pour la mission « Administration réseau et postes – studio d'enregistrement (Nantes, 20 jours) » et vous invite à un appel de cadrage en visio.

Créneau proposé : mardi 30 juin 2026 à 10h00 (45 min)
Rejoindre l'appel : https://meet.freemission.example/mirage-2291

Vous pouvez accepter ou proposer un autre créneau depuis votre messagerie FreeMission.

L'équipe FreeMission""",
      company="Studio Mirage Production", fmt="alt", brand="FreeMission"))

add(m("inv_iris", INV, "fr", "2026-07-14 15:27 +0200", IRIS,
      "Iris Télécom – entretien pour le poste de technicien réseau",
      """Bonjour Monsieur Le Bihan-Moreau,

J'ai le plaisir de vous inviter à un entretien pour le poste de technicien réseau (H/F/X) à Bruxelles. Vous pouvez choisir directement le créneau qui vous convient parmi ceux proposés la semaine du 20 juillet :

https://calendly.example.com/samir-benali-iris/entretien-45min

L'entretien aura lieu dans nos bureaux de la rue Royale ou en visio, à votre convenance.

Bien à vous,
Samir Benali
Recruteur IT – Iris Télécom
Rue Royale 180, 1000 Bruxelles
+32 2 000 41 90""",
      company="Iris Télécom", contact=IRIS[1], charset="windows-1252", cte="8bit"))

add(m("inv_lakeside", INV, "en", "2026-03-11 14:20 +0000", LAKE,
      "Lakeside Health Foundation – let's schedule your interview",
      """Hi Gaëtan,

Thanks for applying for the IT Support Specialist role at Lakeside Health Foundation in Geneva! We'd like to invite you to a 30-minute phone screen with me.

Please use the link below to choose a time that works for you:
https://jobs.lever.example/lakeside/schedule/3be0

If none of the times suit you, just reply to this email.

Best,
Emily Carter
Talent Acquisition, Lakeside Health Foundation""",
      company="Lakeside Health Foundation", contact=LAKE_HUMAN[1], reply_to=LAKE_HUMAN,
      fmt="alt", brand="Lakeside Health Foundation"))

add(m("inv_brabanet", INV, "en", "2026-06-09 11:02 +0200", BRAB,
      "Interview invitation – IT Support Engineer (Brussels)",
      """Dear Gaëtan,

Thank you for your application for the IT Support Engineer position at Brabanet Systems.

We would be pleased to meet you for an interview at our Brussels office (Chaussée de Louvain 420, 1030 Schaerbeek) on Tuesday 16 June at 13:30. You will meet Inge Maes, Service Delivery Manager, and myself. A calendar invitation is attached.

Please let me know if this time works for you.

Kind regards,

Joris Peeters
HR Business Partner | Brabanet Systems
T +32 2 000 77 15""",
      company="Brabanet Systems", contact=BRAB[1],
      ics={"uid": "brab-itse-0616-gaetan@brabanet.example.be", "seq": 0,
           "tz": "Europe/Brussels", "start": "20260616T133000", "end": "20260616T143000",
           "summary": "Interview Gaëtan Le Bihan-Moreau – IT Support Engineer",
           "location": "Brabanet Systems, Chaussée de Louvain 420, Schaerbeek"}))

add(m("inv_orangebay", INV, "en", "2026-08-05 16:45 +0000", ORANGE,
      "Orangebay Games: book your video interview",
      """Hi Gaëtan,

Great news! The team would love to chat with you about the IT & AV Support Technician role at our Valencia studio.

Please book a 45-minute video interview with Sofía and Mark using the link below. Slots are available until 14 August.

Book your interview: https://jobs.ashbyhq.example/orangebay/interview/7d2f

See you soon,
Orangebay Games Recruiting""",
      company="Orangebay Games", fmt="html", brand="Orangebay Games"))

add(m("inv_schwabennetz", INV, "de", "2026-07-21 09:00 +0000", SN_SF,
      "Einladung zum Vorstellungsgespräch – Netzwerkadministrator (m/w/d)",
      """Sehr geehrter Herr Le Bihan-Moreau,

vielen Dank für Ihre Bewerbung als Netzwerkadministrator (m/w/d) am Standort Stuttgart-Vaihingen.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Datum: Mittwoch, 29. Juli 2026
Uhrzeit: 10:30 – 11:30 Uhr
Ort: Schwabennetz Telekom, Industriestraße 8, 70565 Stuttgart, Empfang Gebäude B

Bitte bestätigen Sie den Termin, indem Sie auf diese E-Mail antworten. Ihr Ansprechpartner ist Herr Dennis Krämer.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Schwabennetz Telekom""",
      company="Schwabennetz Telekom", contact=SN_HUMAN[1], reply_to=SN_HUMAN,
      fmt="alt", brand="Schwabennetz Telekom", name_enc=("utf-8", "B")))

add(m("inv_remsfilder", INV, "de", "2026-03-03 10:48 +0100", LRF,
      "Einladung zum Vorstellungsgespräch – Stellenausschreibung 12/2026",
      """Sehr geehrter Herr Le Bihan-Moreau,

wir freuen uns, Ihnen mitteilen zu können, dass Sie in die engere Auswahl für die Stelle einer/eines IT-Systembetreuerin/IT-Systembetreuers beim Landratsamt Rems-Filder gekommen sind.

Wir laden Sie daher zu einem Vorstellungsgespräch am Montag, den 16. März 2026, um 9:00 Uhr in das Landratsamt, Zimmer 3.07, Am Kreishaus 1, 71332 Waiblingen ein.

Reisekosten können leider nicht erstattet werden. Bitte teilen Sie uns bis zum 10. März mit, ob Sie den Termin wahrnehmen können.

Mit freundlichen Grüßen
Birgit Haug
Personal- und Organisationsamt
Landratsamt Rems-Filder""",
      company="Landratsamt Rems-Filder", contact=LRF[1], charset="iso-8859-1", cte="8bit"))

add(m("inv_bitfabrik", INV, "de", "2026-04-09 15:31 +0200", BITF,
      "Probearbeitstag bei der Bitfabrik?",
      """Hallo Gaëtan,

danke für das gute Telefonat gestern! Wie besprochen würden wir Dich gern zu einem Probearbeitstag einladen, damit Du das Team und unsere Kunden-Hotline kennenlernst.

Vorschlag: Donnerstag, 16. April, ab 8:30 Uhr bei uns in der Bahnhofstraße 22 in Esslingen. Mittagessen geht auf uns :)

Gib mir kurz Bescheid, ob das passt.

Viele Grüße
Oliver
--
Oliver Maier
Geschäftsführer | Bitfabrik Esslingen GmbH
IT-Systemhaus für Handwerk und Mittelstand
Tel. 0711 000 38 20""",
      company="Bitfabrik Esslingen", contact=BITF[1], cte="quoted-printable"))

add(m("inv_medcom", INV, "es", "2026-05-25 13:12 +0200", MEDCOM,
      "Entrevista presencial – Técnico/a de soporte y redes",
      """Hola Gaëtan:

Te escribo de Mediterránea de Comunicaciones. Hemos revisado tu currículum y nos gustaría conocerte en persona.

Te proponemos una entrevista el martes 2 de junio a las 11:30 en nuestras oficinas de Valencia (Calle de Colón 60, 4.ª planta). Estarán el responsable de soporte y yo. Calcula una hora aproximadamente.

¿Nos confirmas si puedes venir?

Un saludo,
Lucía Sanchis
Responsable de Selección
Mediterránea de Comunicaciones
Tel. 963 00 52 71""",
      company="Mediterránea de Comunicaciones", contact=MEDCOM[1], charset="iso-8859-1",
      cte="quoted-printable", name_enc=("iso-8859-1", "Q")))

add(m("inv_gem_benimar", INV, "es", "2026-07-15 16:20 +0200", GEM,
      "Entrevista con Clínica Benimar – técnico de sistemas",
      """Hola Gaëtan:

¡Buenas noticias! Clínica Benimar quiere conocerte para el puesto de técnico de sistemas que te presenté la semana pasada.

La entrevista será el jueves 23 de julio a las 9:30 en la clínica (Av. del Puerto 212, Valencia). Pregunta en recepción por Vicente Mora, responsable de informática. Te adjunto la invitación.

Cualquier cosa, me llamas.

Nuria Castelló
Consultora de selección – Grupo Empleo Mediterráneo
Tel. 960 00 14 22""",
      company="Clínica Benimar", contact=GEM[1], charset="windows-1252",
      ics={"uid": "gem-benimar-0723@grupoempleomed.example.es", "seq": 0,
           "tz": "Europe/Madrid", "start": "20260723T093000", "end": "20260723T103000",
           "summary": "Entrevista Clínica Benimar – técnico de sistemas",
           "location": "Av. del Puerto 212, Valencia"}))

# ------------------------------------------------------------------ reschedules / cancellations
add(m("res_lutece", RES, "fr", "2026-04-30 17:05 +0200", CHARLOTTE,
      "Report de la journée de recrutement du 7 mai",
      """Bonjour Gaëtan,

Suite à un souci de disponibilité de nos salles, la journée de recrutement initialement prévue le jeudi 7 mai est décalée au mardi 12 mai, mêmes horaires (9h00-16h00) et même adresse.

Votre inscription est automatiquement reportée. Si cette nouvelle date ne vous convient pas, dites-le-moi et je vous proposerai une autre session en juin.

Désolée pour ce changement,
Charlotte Vasseur
Talent Acquisition – Lutèce IT Services
01 40 00 72 35""",
      company="Lutèce IT Services", contact=CHARLOTTE[1], parent="inv_lutece",
      name_enc=("iso-8859-1", "Q"), charset="windows-1252"))

add(m("res_mirage", RES, "fr", "2026-06-29 19:30 +0200", MIRAGE_PF,
      "Appel de cadrage annulé – Studio Mirage Production",
      """Bonjour Gaëtan,

Studio Mirage Production a annulé l'appel de cadrage prévu le mardi 30 juin à 10h00.

Message du client : « Désolés, notre ingénieur du son est en tournage demain. On revient vers vous pour fixer un autre créneau. »

Votre proposition reste active sur la mission.

L'équipe FreeMission""",
      company="Studio Mirage Production", fmt="html", brand="FreeMission"))

add(m("res_iris", RES, "fr", "2026-07-20 08:14 +0200", IRIS,
      "RE: Iris Télécom – entretien pour le poste de technicien réseau",
      """Bonjour Monsieur Le Bihan-Moreau,

Le responsable d'équipe a dû partir en intervention sur un incident majeur ce matin. Nous devons donc reporter l'entretien de mercredi 14h à jeudi 23 juillet, même heure, en visio. Je vous renvoie l'invitation.

Avec mes excuses,
Samir Benali
Iris Télécom""",
      company="Iris Télécom", contact=IRIS[1], parent="inv_iris", quote="outlook_fr",
      ics={"uid": "iris-tech-reseau-gaetan@iris-telecom.example.be", "seq": 1,
           "tz": "Europe/Brussels", "start": "20260723T140000", "end": "20260723T144500",
           "summary": "Entretien technicien réseau – Iris Télécom", "location": "Teams"}))

add(m("res_brabanet", RES, "en", "2026-06-12 09:35 +0200", BRAB,
      "RE: Interview invitation – IT Support Engineer (Brussels)",
      """Dear Gaëtan,

Unfortunately Inge has a client workshop on Tuesday afternoon. Would you be able to come on Thursday 18 June at 10:00 instead? Same address; I've updated the invitation.

Apologies for the change and thank you for your flexibility.

Kind regards,
Joris""",
      company="Brabanet Systems", contact=BRAB[1], parent="inv_brabanet", quote="outlook_en",
      ics={"uid": "brab-itse-0616-gaetan@brabanet.example.be", "seq": 1,
           "tz": "Europe/Brussels", "start": "20260618T100000", "end": "20260618T110000",
           "summary": "Interview Gaëtan Le Bihan-Moreau – IT Support Engineer",
           "location": "Brabanet Systems, Chaussée de Louvain 420, Schaerbeek"}))

add(m("res_schwabennetz", RES, "de", "2026-07-27 14:02 +0200", SN_HUMAN,
      "Terminverschiebung Vorstellungsgespräch 29.07.",
      """Sehr geehrter Herr Le Bihan-Moreau,

aufgrund einer kurzfristigen Netzstörung muss ich unser Gespräch am Mittwoch leider verschieben. Wäre Ihnen Freitag, der 31. Juli, um 13:00 Uhr recht? Alternativ könnten wir das Gespräch auch per Teams führen.

Vielen Dank für Ihr Verständnis.

Mit freundlichen Grüßen
Dennis Krämer
Teamleiter Netzbetrieb
Schwabennetz Telekom GmbH
Industriestraße 8, 70565 Stuttgart""",
      company="Schwabennetz Telekom", contact=SN_HUMAN[1], parent="inv_schwabennetz",
      charset="windows-1252", cte="8bit", name_enc=("windows-1252", "Q")))

add(m("res_remsfilder", RES, "de", "2026-03-12 16:40 +0100", LRF,
      "Absage des Vorstellungstermins am 16.03.2026",
      """Sehr geehrter Herr Le Bihan-Moreau,

leider müssen wir den Vorstellungstermin am Montag, 16. März 2026, krankheitsbedingt absagen. Einen neuen Termin teilen wir Ihnen so bald wie möglich mit.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Birgit Haug
Personal- und Organisationsamt
Landratsamt Rems-Filder""",
      company="Landratsamt Rems-Filder", contact=LRF[1], parent="inv_remsfilder",
      charset="iso-8859-1", cte="quoted-printable"))

add(m("res_medcom", RES, "es", "2026-05-29 12:55 +0200", MEDCOM,
      "Cambio de fecha – entrevista del martes",
      """Hola Gaëtan:

Te escribo porque el responsable de soporte tiene que viajar a Alicante el martes. ¿Podríamos pasar la entrevista al miércoles 3 de junio a la misma hora, 11:30? Si no te va bien, dime qué día te viene mejor esa semana.

Perdona las molestias.

Un saludo,
Lucía""",
      company="Mediterránea de Comunicaciones", contact=MEDCOM[1], parent="inv_medcom",
      quote="es"))

add(m("res_gem_benimar", RES, "es", "2026-07-21 11:08 +0200", GEM,
      "Re: Entrevista con Clínica Benimar – técnico de sistemas",
      """Hola Gaëtan:

Me acaba de llamar Vicente: tiene una auditoría el jueves por la mañana y la entrevista pasa a las 13:00 del mismo día (jueves 23). Te actualizo la invitación.

¡Mucha suerte!
Nuria""",
      company="Clínica Benimar", contact=GEM[1], parent="inv_gem_benimar", quote="es",
      ics={"uid": "gem-benimar-0723@grupoempleomed.example.es", "seq": 1,
           "tz": "Europe/Madrid", "start": "20260723T130000", "end": "20260723T140000",
           "summary": "Entrevista Clínica Benimar – técnico de sistemas",
           "location": "Av. del Puerto 212, Valencia"}))

# ------------------------------------------------------------------ missed interviews
add(m("miss_vilaine", MISS, "fr", "2026-01-29 10:22 +0100", VT,
      "Notre appel de 10h",
      """Bonjour Gaëtan,

Je vous ai appelé à 10h comme convenu pour notre entretien téléphonique (poste de technicien d'exploitation), mais je suis tombée sur votre messagerie. Je vous ai laissé un message.

Pouvez-vous me rappeler au 02 99 00 18 66 ou me proposer un autre créneau cette semaine ?

Cordialement,
Gwenaëlle Le Roux
Chargée de recrutement – Vilaine Télécom""",
      company="Vilaine Télécom", contact=VT[1], name_enc=("iso-8859-1", "B")))

add(m("miss_cap", MISS, "fr", "2026-03-26 14:35 +0100", CAP,
      "Visio de 14h – vous n'étiez pas connecté",
      """Bonjour,

Nous avions rendez-vous à 14h en visio pour le poste de technicien réseau chez Cap Réseaux. Je vous ai attendu un quart d'heure sur le lien Teams, sans vous voir arriver.

Je suppose qu'il y a eu un souci. Si vous êtes toujours intéressé, faites-moi signe et nous trouverons un nouveau créneau.

Thomas Brochard
Responsable technique – Cap Réseaux
Angers""",
      company="Cap Réseaux", contact=CAP[1], cte="quoted-printable"))

add(m("miss_relais", MISS, "fr", "2026-06-23 11:48 +0200", RELAIS,
      "Rendez-vous à l'agence ce matin",
      """Bonjour Gaëtan,

Sauf erreur de ma part, nous avions rendez-vous ce matin à 10h30 à l'agence pour faire le point sur la mission de technicien de déploiement, et je ne vous ai pas vu.

Merci de me rappeler rapidement au 02 41 00 66 90 : le client attend une réponse d'ici vendredi.

Laëtitia Chevalier
Relais Intérim – Angers""",
      company="Relais Intérim", contact=RELAIS[1], charset="windows-1252", cte="8bit"))

add(m("miss_lakeside", MISS, "en", "2026-03-17 15:20 +0100", LAKE_HUMAN,
      "We missed you today",
      """Hi Gaëtan,

I called you at 15:00 today (Geneva time) for our scheduled phone screen but couldn't reach you, and my voicemail message may not have come through.

If you're still interested in the IT Support Specialist role, feel free to pick another slot using the same scheduling link, or simply reply with a few times that suit you.

Best,
Emily Carter
Talent Acquisition, Lakeside Health Foundation""",
      company="Lakeside Health Foundation", contact=LAKE_HUMAN[1], parent="inv_lakeside",
      fmt="alt", brand=""))

add(m("miss_orangebay", MISS, "en", "2026-08-12 13:10 +0000", ORANGE,
      "Sorry we missed you – Orangebay Games",
      """Hi Gaëtan,

It looks like you weren't able to join your video interview today at 14:30 (Valencia time). Sofía and Mark waited in the meeting room for 15 minutes.

No worries, things happen! If you'd still like to interview for the IT & AV Support Technician role, you can book a new slot here:
https://jobs.ashbyhq.example/orangebay/interview/7d2f

Orangebay Games Recruiting""",
      company="Orangebay Games", fmt="html", brand="Orangebay Games"))

add(m("miss_bitfabrik", MISS, "de", "2026-04-16 09:40 +0200", BITF,
      "Probetag heute?",
      """Hallo Gaëtan,

wir haben Dich heute um 8:30 Uhr zum Probearbeitstag erwartet, aber bisher bist Du nicht aufgetaucht und telefonisch erreiche ich Dich auch nicht.

Ist alles in Ordnung? Melde Dich bitte kurz, dann schauen wir nach einem neuen Termin.

Oliver""",
      company="Bitfabrik Esslingen", contact=BITF[1], parent="inv_bitfabrik", quote="de"))

add(m("miss_medcom", MISS, "es", "2026-06-03 12:05 +0200", MEDCOM,
      "No te hemos visto en la entrevista",
      """Hola Gaëtan:

Te esperábamos hoy a las 11:30 para la entrevista y te hemos llamado a la hora acordada, pero no hemos podido localizarte.

Si sigues interesado en el puesto, respóndeme hoy o mañana y vemos si es posible recolocar la entrevista antes del viernes.

Un saludo,
Lucía Sanchis
Mediterránea de Comunicaciones""",
      company="Mediterránea de Comunicaciones", contact=MEDCOM[1], parent="res_medcom",
      cte="base64"))
