"""Corpus 241: interview invitations (26), reschedules and cancellations (15) and missed-interview
notices (10), written by hand.

A few texts the candidate wrote are kept here too, because the employer's replies quote them.
"""

from __future__ import annotations

from msgs241_common import (
    ats_card,
    button,
    outlook_block,
    outlook_html,
    paras,
    reply,
)

# ------------------------------------------------------------------ texts quoted elsewhere

MOLESON_APPL = """Bonjour Monsieur Overney,

Je vous adresse ma candidature pour le poste de technicien support publié sur votre site.

Facteur depuis onze ans à Fribourg, je suis en reconversion vers l'informatique : CFC d'informaticien en voie de modularisation (cours du soir), certification CompTIA A+ obtenue en novembre, et beaucoup de dépannage bénévole au Repair Café de Pérolles. Le contact avec les gens, la ponctualité et la débrouillardise font partie de mon quotidien depuis longtemps.

Mon CV est en pièce jointe. Je serais heureux de vous en dire plus de vive voix.

Meilleures salutations,
Séverin Mbala-Hofstetter
Route de la Glâne 41
1700 Fribourg
+41 79 512 38 07"""

RHS_RESCHED_REQ = """Bonjour Madame Perroud,

Merci beaucoup pour l'invitation, je m'en réjouis.

Le mardi 24 mars, je suis malheureusement de tournée et mon remplaçant est en vacances. Serait-il possible de déplacer l'entretien à un autre jour de la même semaine, idéalement le matin ? Le jeudi 26 ou le vendredi 27 me conviendraient parfaitement.

Avec mes excuses pour ce contretemps et mes meilleures salutations,
Séverin Mbala-Hofstetter"""

AARE_SORRY = """Sehr geehrte Frau Zürcher

Es tut mir sehr leid: Mein Handy hat heute Morgen während meiner Zustelltour den Geist aufgegeben, und ich habe Ihre Anrufe erst am Mittag gesehen. Das war nicht meine Absicht, und ich bin weiterhin sehr an der Stelle interessiert.

Wäre ein neuer Termin möglich? Ich bin diese Woche ab 15 Uhr jederzeit erreichbar.

Freundliche Grüsse
Séverin Mbala-Hofstetter"""

SAUGES_INV = """Bonjour Séverin,

Bonne nouvelle : la Clinique des Sauges souhaite vous rencontrer pour le poste de technicien support (mission temporaire de six mois, avec possibilité d'engagement fixe).

Rendez-vous : jeudi 5 février à 10h00
Adresse : Clinique des Sauges, Chemin des Sauges 21, 1018 Lausanne
À l'accueil, demandez M. Marc-André Rochat, responsable informatique.
Durée : environ 45 minutes

Prenez une pièce d'identité ; on vous remettra un badge visiteur. Pouvez-vous me confirmer votre présence par retour de courriel ?

Belle fin de journée,
Joëlle Bersier
Consultante en placement
Alpes Emploi Conseil | Avenue de la Gare 4 | 1003 Lausanne | 021 555 60 41"""

LITTORAL_MISSED = """Bonjour Monsieur,

J'ai essayé de vous appeler à deux reprises ce matin, à 10h00 puis à 10h10, pour notre entretien téléphonique, sans succès (je suis tombée sur votre messagerie).

Je suppose qu'un empêchement est survenu. Pouvez-vous me faire savoir si vous êtes toujours intéressé par le poste de support utilisateurs ?

Cordialement,
Laetitia Vuilleumier
Spécialiste RH, Mutuelle du Littoral"""

CCSN_MOVE = """Monsieur,

La salle prévue n'étant plus disponible le 18 août (session extraordinaire du Grand Conseil), la journée d'évaluation pour le poste de technicien·ne support N1 est déplacée au jeudi 20 août 2026, même horaire (8h30 – 16h00).

Nouveau lieu : Rue de la Maladière 7, 2000 Neuchâtel, salle 1.03 (2e étage).

Le programme reste inchangé. Merci de nous confirmer que cette nouvelle date vous convient.

Valérie Jeanneret
Cheffe de projet RH
Centre cantonal des services numériques"""

RLEV_INV = """Hola Séverin,

Te confirmo la entrevista con Seguros Albufera para el puesto de técnico de microinformática (contrato de seis meses con posibilidad de indefinido):

📅 martes 21 de abril, 12:30
📍 Av. de Aragón 30, planta 7, 46021 Valencia
👤 Rosa Martí, responsable de sistemas

Lleva el pasaporte y una copia del currículum. Si tienes cualquier problema para llegar, llámame.

Pablo Navarro
Consultor de selección | Recursos Levante ETT
C/ Colón 32, 46004 Valencia | 960 555 318"""

TURIA_MOVE = """Hola Séverin:

¡Buenas noticias! Jordi ya está recuperado, así que te propongo la jornada de prueba para el miércoles 27 de mayo, de 9:00 a 14:00, en el mismo sitio (C/ de Sueca 58, 46006 Valencia).

Te he actualizado la convocatoria del calendario. Si te viene mal, dime qué otro día de esa semana te encaja.

Lucía Ferrer
Responsable de Personas
Turia Soporte Informático"""

# ---------------------------------------------------------------------------- invitations

_RHS_INV = """Bonjour Monsieur Mbala-Hofstetter,

Nous avons le plaisir de vous inviter à un entretien pour le poste de Technicien·ne support informatique (80–100 %).

Le panel sera composé de M. Fabien Clément, chef du support de proximité, de Mme Ana Lopes, technicienne senior, et de moi-même.

Date : mardi 24 mars 2026, 14h00 – 15h15
Lieu : Réseau hospitalier de la Sarine, bâtiment C, salle 2.14, Route de Villars-Vert 12, 1700 Fribourg

L'entretien comprendra un court exercice pratique (diagnostic d'un poste de travail). Merci de confirmer votre présence en acceptant l'invitation ci-jointe ou par retour de courriel.

Meilleures salutations

Nadia Perroud
Chargée de recrutement
Réseau hospitalier de la Sarine
Route de Villars-Vert 12 | 1700 Fribourg
T +41 26 555 12 30"""

_RHONE_INV = """Bonjour Monsieur Mbala-Hofstetter,

Merci pour votre candidature au poste de technicien helpdesk N1/N2. Nous aimerions faire votre connaissance lors d'un entretien vidéo de 45 minutes.

Quand : jeudi 11 juin 2026, 14h00 – 14h45
Où : Microsoft Teams
Rejoindre la réunion : https://teams.rhone-it.example.ch/l/meetup-join/rhone-0611-1400
ID de réunion : 381 552 907 114 – Code secret : Hx7pQ2

Vous échangerez avec moi-même et avec Mme Sophie Lachat, technicienne N2.

À jeudi,

Karim Benali
Responsable Service Desk
Rhône IT Services
Rue de Lausanne 56, 1202 Genève
+41 22 555 31 77"""

_CCSN_INV = """Monsieur,

Suite à l'examen de votre dossier, nous avons le plaisir de vous convoquer à la journée d'évaluation organisée pour le poste de technicien·ne support N1 au Centre cantonal des services numériques.

Date : mardi 18 août 2026, de 8h30 à 16h00
Lieu : Rue du Château 19, 2001 Neuchâtel, salle des commissions (rez-de-chaussée)

Programme :
– test écrit de connaissances (45 minutes) ;
– mise en situation téléphonique avec un utilisateur fictif ;
– exercice de groupe ;
– entretien individuel avec le jury.

Le programme détaillé figure dans le document joint. Nous vous remercions de confirmer votre participation d'ici au 31 juillet.

Veuillez agréer, Monsieur, nos salutations distinguées.

Valérie Jeanneret
Cheffe de projet RH
Centre cantonal des services numériques
Rue du Château 19, 2001 Neuchâtel
+41 32 555 88 03"""

_MOLESON_INV = reply(
    """Salut Séverin (on se tutoie chez nous, j'espère que ça te va),

Merci pour ton dossier, il nous plaît bien. T'es libre jeudi en fin d'après-midi pour passer boire un café et parler du poste ? Genre 17h à nos bureaux, Route des Arsenaux 9. Sinon vendredi matin ça joue aussi.

Dis-moi ce qui t'arrange.

Pascal
--
Pascal Overney
Informatique Moléson SA
Route des Arsenaux 9, 1700 Fribourg
026 555 48 10""",
    "fr",
    "jeu. 8 janv. 2026 à 20:12",
    "Séverin Mbala-Hofstetter",
    "severin.mh@example.ch",
    MOLESON_APPL,
)

_LITTORAL_INV = """Bonjour Monsieur,

Votre candidature au poste de collaborateur support utilisateurs a retenu notre attention.

Je vous propose un premier échange téléphonique d'une vingtaine de minutes le jeudi 19 mars à 10h00. Je vous appellerai au +41 79 512 38 07, le numéro figurant dans votre CV.

Si cet horaire ne vous convient pas, proposez-moi volontiers deux alternatives.

Cordialement,

Laetitia Vuilleumier
Spécialiste RH
Mutuelle du Littoral
Faubourg du Lac 12 | 2000 Neuchâtel
T +41 32 555 41 20"""

_LEMAN_INV = """Bonjour Séverin,

Merci pour votre candidature au poste de Technicien·ne Service Desk à Lausanne !

Nous aimerions vous rencontrer en visioconférence (30 minutes) avec Aurélie Chappuis, Talent Partner. Choisissez le créneau qui vous convient via le lien ci-dessous ; vous recevrez ensuite une confirmation avec le lien de la réunion.

Choisir un créneau : https://leman-support.teamtailor.com/interviews/book/8f3k2q

Les créneaux proposés vont du 20 au 24 avril.

À bientôt,
L'équipe Léman Support Services"""

_HEVN_INV = """Monsieur,

Suite à notre entretien du 4 mai, nous avons le plaisir de vous proposer une journée d'essai au sein du support aux étudiant·e·s.

Date : mardi 19 mai 2026, de 8h00 à 17h00
Lieu : HEVN, bâtiment Provence, guichet informatique (rez-de-chaussée), Avenue de Provence 30, 1007 Lausanne

Vous serez accompagné par Mme Nathalie Jaquier, technicienne, et participerez au traitement des demandes au guichet ainsi qu'à la préparation de postes de salle de cours. Le repas de midi vous sera offert et la journée est indemnisée.

Merci de nous confirmer votre venue.

Christophe Mermoud
Responsable du support informatique
Haute École Vaudoise du Numérique (HEVN)
+41 21 555 70 12"""

_GRUYERE_APPL = """Bonjour,
J'ai vu votre annonce pour un technicien atelier / support. Je répare déjà pas mal de PC et de téléphones au Repair Café et je suis en formation. Est-ce que le poste est toujours libre ?
Meilleures salutations
Séverin Mbala-Hofstetter"""

_GRUYERE_INV = reply(
    """Bonjour,

Merci pour votre mail. Vous pouvez passer au magasin mardi 24 février vers 14h ? On discute une demi-heure et je vous montre l'atelier.

Y. Pasquier
Gruyère Micro Services, Grand-Rue 18, 1630 Bulle""",
    "fr",
    "18.02.2026 21:03",
    "Séverin Mbala-Hofstetter",
    "severin.mh@example.ch",
    _GRUYERE_APPL,
)

_OLIVIERS_INV = """Monsieur Mbala-Hofstetter,

Nous avons le plaisir de vous convier à un entretien pour le poste de technicien(ne) informatique polyvalent(e) au sein de nos établissements médico-sociaux.

Date : mercredi 10 juin 2026 à 9h30
Lieu : Fondation Les Oliviers, siège administratif, Chemin des Oliviers 3, 1004 Lausanne (métro M1, arrêt Provence, puis 5 minutes à pied)

Vous rencontrerez M. Thierry Rapin, responsable logistique et informatique, ainsi que moi-même. Prévoyez environ une heure.

Dans l'attente de votre confirmation, nous vous adressons nos salutations les meilleures.

Isabelle Genoud
Ressources humaines
Fondation Les Oliviers
Tél. 021 555 83 00"""

_CORRATERIE_INV = """Cher Monsieur,

Suite à notre échange téléphonique de ce matin, j'ai le plaisir de vous confirmer que mon client, la Banque Privée Corraterie, souhaite vous rencontrer pour le poste de technicien support aux utilisateurs (contrat fixe, 100 %).

Entretien : lundi 22 juin 2026 à 16h00
Lieu : Rue de la Corraterie 14, 1204 Genève – se présenter à la réception du 1er étage
Interlocuteurs : M. Laurent Maillard, Head of IT Operations, et Mme Claire Dumont, ressources humaines

Une tenue de ville est de rigueur. Je vous appellerai dimanche soir pour préparer ensemble cette rencontre.

Bien cordialement,

Olivier Ducrest
Associé
Ducrest & Partenaires Sàrl – Executive Search
Rue du Rhône 88, 1204 Genève
+41 22 555 02 90

Ce courriel est strictement confidentiel. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur."""

_IUP_INV = """Bonjour Séverin,

Votre candidature pour le poste R-04417 Technicien·ne support informatique a été présélectionnée.

Nous vous invitons à une séance d'information collective suivie d'un entretien individuel de 30 minutes. Merci de réserver votre créneau d'entretien dans le portail candidat en cliquant sur le lien ci-dessous, d'ici au 8 mars.

Réserver mon créneau : https://wd3.myworkday.com/iup/d/task/interview-schedule/R-04417

Service des ressources humaines
Institut universitaire Pérolles"""

_TPM_STATUS = """Madame, Monsieur,

J'ai reçu l'accusé de réception de votre portail le 5 juin pour le poste de technicien/ne support poste de travail, mais je n'ai pas eu d'autres nouvelles depuis. Pourriez-vous me dire où en est le processus ?

Meilleures salutations,
Séverin Mbala-Hofstetter"""

_TPM_INV = reply(
    """Bonjour Monsieur Mbala-Hofstetter,

Merci pour votre message et pardon pour ce silence : la période des horaires d'été nous occupe beaucoup.

J'ai le plaisir de vous inviter à un entretien le jeudi 2 juillet 2026 à 10h00 dans nos locaux, Avenue de la Gare 2, 1630 Bulle (bâtiment administratif, 3e étage). Vous rencontrerez M. Patrick Bussard, chef de l'informatique, et moi-même. Une invitation de calendrier suit ce message.

Meilleures salutations,
Martine Castella
Ressources humaines
Transports Publics du Moléson
026 555 91 44""",
    "fr",
    "lun. 22 juin 2026 à 07:58",
    "Séverin Mbala-Hofstetter",
    "severin.mh@example.ch",
    _TPM_STATUS,
)

_LIFFEY_INV = """Hi Séverin,

Thanks so much for applying for the Service Desk Analyst role. We enjoyed reading your application and would love to invite you to a video interview with me and Conor Walsh, our Service Desk Manager.

When: Tuesday 17 February, 15:00–15:45 Irish time (16:00 in Switzerland)
Where: Microsoft Teams – the link is in the calendar invite

Please accept the invite so it lands in your calendar. If the time doesn't suit, just reply to this email and we'll find another one.

Looking forward to it,
Maeve

Maeve Brennan | Talent Acquisition Partner
Liffey Managed Services | 14 Ormond Quay Upper, Dublin 7"""

_GRANDCANAL_INV = """Hi Séverin,

Great news: Grand Canal Insurance would like to meet you for the Desktop Support Analyst role (Dublin 2, hybrid, relocation package available).

I've pencilled in Thursday 20 August at 11:00 Irish time (12:00 in Switzerland) for a video interview with Aoife Kinsella, IT Support Lead, and Tom Hegarty from HR. Expect about an hour, including a short scenario on a locked-out executive.

They'll send the Zoom link directly. I'll ring you on Wednesday evening to prep.

Karen

Karen Oyelaran | Principal Consultant
Oyelaran Search | 22 Fitzwilliam Square, Dublin 2 | +353 1 555 9031"""

_DOCKSIDE_INV = """Hi Séverin,

Sinéad here from the talent team at Dockside Digital. I had a look through your application for the IT Support Technician role and I'd love to have a quick chat.

Are you free Thursday to chat, say 10:00 Irish time? It'd be a 20-minute phone call, nothing formal — just to hear a bit more about your move from the postal service into IT and tell you about the team.

If Thursday's no good, send me a couple of times that work.

Cheers,
Sinéad Murray
Talent Partner, Dockside Digital"""

_KILMAINHAM_INV = """Hi Séverin,

Good news — the team at Kilmainham Software would like to move forward with a 45-minute technical interview for the Desktop Support Engineer role.

Please use the link below to pick a time that works for you. Available slots are shown in your local time zone.

Pick a time: https://jobs.ashbyhq.com/kilmainham-software/interview/schedule/5c1e9a

If none of the times work, reply to this email and we'll sort something out.

Kilmainham Software Recruiting"""

_PALAIS_INV = """Hi Séverin,

As promised, here are the details for your interview with Palais Data Centre for the Data Centre Support Technician assignment (6 months, temp-to-perm):

Date: Monday 16 March 2026
Time: 09:30
Place: Palais Data Centre, Chemin du Pont-du-Centenaire 110, 1228 Plan-les-Ouates
Contact on site: Stéphane Roux, Operations Manager

Bring your ID (security will check it at the gate) and wear closed shoes, as you'll visit the server halls. The conversation will be in English, with maybe a bit of French.

Let me know once you've read this.

Best,
Priya Raman
Senior Consultant | Helvetic Staffing
Rue du Mont-Blanc 7, 1201 Geneva | +41 22 555 77 30"""

_CLONTARF_INV = """Dear Séverin,

Further to your application for the post of IT Support Officer (competition ref. CC-ICT-26-03), I am pleased to invite you to attend for interview.

Date: Tuesday 14 April 2026
Time: 11:30
Venue: Boardroom, 2nd floor, Clontarf Clinic, Seafront Road, Dublin 3
(As you are currently based in Switzerland, you may attend remotely via Microsoft Teams. Please let me know which option you prefer.)

Panel: Dr Fiona Keane (Chair, Clinical Director), Mr Brian Nolan (ICT Manager) and myself.

The interview will last approximately 40 minutes and will include a 10-minute presentation on how you would support clinical staff during a system outage.

Please confirm your attendance by return.

Kind regards,

Niamh Gallagher
HR Business Partner
Clontarf Clinic
Seafront Road, Clontarf, Dublin 3
Tel: +353 1 555 4410

This email and any attachments are confidential and may contain patient-identifiable or legally privileged information. If you are not the intended recipient, please notify the sender and delete it. Clontarf Clinic DAC, registered in Ireland."""

_AARE_INV = """Sehr geehrter Herr Mbala-Hofstetter

Besten Dank für Ihre Bewerbung als ICT-Supporter/in 1st Level. Gerne möchten wir Sie in einem ersten telefonischen Gespräch näher kennenlernen.

Termin: Dienstag, 21. April 2026, 10:00–10:30 Uhr
Wir rufen Sie auf Ihre Mobilnummer 079 512 38 07 an.

Bitte bestätigen Sie uns den Termin kurz per E-Mail oder nehmen Sie die Kalendereinladung an.

Freundliche Grüsse

Simone Zürcher
HR-Fachfrau
Aare Spital
Spitalweg 40, 3011 Bern
Telefon 031 555 62 18"""

_AARE_INV2 = reply(
    """Guten Morgen Herr Mbala-Hofstetter

Danke für Ihre Erklärung, so etwas kann passieren. Wir möchten Sie trotzdem gerne kennenlernen und laden Sie direkt zu einem persönlichen Gespräch ein:

Mittwoch, 29. April 2026, 14:00 Uhr
Aare Spital, Haus B, 3. Stock, Büro B3.12
Gesprächspartner: Herr Urs Brügger (Leiter ICT-Servicedesk) und ich

Melden Sie sich bitte am Empfang Haus B. Wir freuen uns auf Sie.

Freundliche Grüsse
Simone Zürcher
Aare Spital""",
    "de",
    "21.04.2026 um 12:03",
    "Séverin Mbala-Hofstetter",
    "severin.mh@example.ch",
    AARE_SORRY,
)

_RHEINKNIE_INV = """Grüezi Herr Mbala-Hofstetter

Vielen Dank für Ihre Bewerbung als Supporttechniker/in. Ihr Werdegang hat uns neugierig gemacht, und wir laden Sie gerne zu einem Vorstellungsgespräch ein.

Datum: Mittwoch, 16. September 2026
Zeit: 15:00 – 16:00 Uhr
Ort: Rheinknie Informatik AG, Klybeckstrasse 141, 4057 Basel (Tram 8, Haltestelle Kleinhüningeranlage)

Sie treffen mich sowie Frau Petra Schaub, Leiterin Kundendienst. Im zweiten Teil zeigen wir Ihnen unseren Servicedesk.

Die Kalendereinladung ist beigefügt.

Freundliche Grüsse
Thomas Gysin
Teamleiter Support
Rheinknie Informatik AG
Klybeckstrasse 141, 4057 Basel
+41 61 555 47 20"""

_BAERENGRABEN_INV = """Grüezi Herr Mbala-Hofstetter

Nach unserem ersten Gespräch möchten wir Sie gerne zu einem Schnuppertag in unserem Supportteam einladen.

Datum: Donnerstag, 4. Juni 2026
Zeit: 8:00 bis ca. 16:30 Uhr
Ort: Bärengraben Informatik AG, Aarbergergasse 33, 3011 Bern, 2. OG

Sie begleiten unser 1st-Level-Team beim Telefondienst und bei Einsätzen vor Ort. Das Mittagessen offerieren wir Ihnen. Bitte bestätigen Sie uns Ihre Teilnahme bis Freitag.

Freundliche Grüsse
Martina Bühlmann
HR Business Partner
Bärengraben Informatik AG
031 555 70 66"""

_TURIA_INV = """Hola Séverin:

Tras revisar tu candidatura y la videollamada con nuestro equipo, nos gustaría invitarte a una jornada de prueba en nuestras oficinas.

Fecha: miércoles 20 de mayo de 2026, de 9:00 a 14:00
Lugar: Turia Soporte Informático, C/ de Sueca 58, bajo, 46006 Valencia

Trabajarás junto a Jordi Puig, responsable del equipo N1, atendiendo incidencias reales de nuestros clientes. Te llegará también la convocatoria en el calendario.

¿Nos confirmas tu asistencia?

Un saludo,
Lucía Ferrer
Responsable de Personas
Turia Soporte Informático
Tel. 961 555 402"""

_MALVARROSA_INV = """Estimado Sr. Mbala-Hofstetter:

Hemos recibido su candidatura para la plaza de técnico/a de soporte informático y nos gustaría conocerle un poco mejor.

¿Le vendría bien una llamada telefónica de unos 15 minutos el jueves 9 de julio a las 11:00 (hora de Valencia)? En caso contrario, indíquenos dos franjas horarias que le resulten cómodas.

Atentamente,

Carmen Soler
Unidad de Selección
Hospital Malvarrosa
Av. de la Malvarrosa 120, 46011 Valencia
Tel. 963 555 210"""

# ---------------------------------------------------------------------------- reschedules

_RHS_MOVE = reply(
    """Bonjour Monsieur Mbala-Hofstetter,

Aucun souci pour votre tournée du 24 mars. Le panel est disponible le jeudi 26 mars à 9h30, au même endroit (bâtiment C, salle 2.14).

Vous trouverez ci-jointe l'invitation mise à jour ; le créneau initial est supprimé de notre côté.

Meilleures salutations

Nadia Perroud
Chargée de recrutement
Réseau hospitalier de la Sarine""",
    "fr",
    "jeu. 12 mars 2026 à 07:55",
    "Séverin Mbala-Hofstetter",
    "severin.mh@example.ch",
    RHS_RESCHED_REQ,
)

_RHONE_MOVE = """Bonjour Séverin,

Suite à notre appel d'hier, je vous confirme le nouveau créneau : mardi 16 juin à 10h00, toujours sur Teams.

Nouveau lien : https://teams.rhone-it.example.ch/l/meetup-join/rhone-0616-1000
(l'ancien lien a été désactivé, c'est peut-être lui qui vous a joué un tour)

L'invitation de calendrier est mise à jour en conséquence.

Karim Benali
Responsable Service Desk
Rhône IT Services"""

_OLIVIERS_CANCEL = """Monsieur Mbala-Hofstetter,

M. Rapin étant absent pour raison de santé, nous sommes contraints d'annuler l'entretien prévu ce mercredi 10 juin à 9h30.

Votre candidature reste bien entendu d'actualité : nous vous proposerons une nouvelle date dès son retour, probablement dans le courant de la semaine du 22 juin.

Nous vous prions d'excuser ce contretemps.

Isabelle Genoud
Ressources humaines
Fondation Les Oliviers"""

_TPM_MOVE = """Bonjour Monsieur Mbala-Hofstetter,

Petit changement concernant notre rencontre : M. Bussard étant en déplacement au dépôt de Châtel-Saint-Denis le 2 juillet, l'entretien est décalé au jeudi 9 juillet à 10h00 et se tiendra par visioconférence (Teams).

L'invitation de calendrier ci-dessous remplace la précédente ; le lien de connexion y figure.

Meilleures salutations,
Martine Castella
Ressources humaines, Transports Publics du Moléson"""

_IUP_CANCEL = """Bonjour,

Pour des raisons d'organisation interne, la séance d'information collective prévue le jeudi 12 mars 2026, ainsi que les entretiens individuels qui devaient la suivre, sont annulés.

Votre candidature au poste R-04417 reste en cours d'examen. Nous reviendrons vers vous par courriel d'ici à la fin du mois de mars.

Merci de votre compréhension.

Céline Bapst
Service des ressources humaines
Institut universitaire Pérolles
Bd de Pérolles 90, 1700 Fribourg"""

_CORRATERIE_MOVE = """Cher Monsieur,

Mon client me demande de décaler votre entretien de lundi : M. Maillard est retenu par un audit. La rencontre aura lieu le mercredi 24 juin 2026 à 17h00, même adresse et mêmes interlocuteurs.

Je vous remercie de votre souplesse et vous appellerai mardi soir comme convenu.

Bien cordialement,
Olivier Ducrest
Ducrest & Partenaires

""" + outlook_block(
    "fr",
    "Olivier Ducrest <o.ducrest@ducrest-partenaires.example.ch>",
    "mercredi, 10 juin 2026 09:20",
    "Séverin Mbala-Hofstetter <severin.mh@example.ch>",
    "Présentation chez Banque Privée Corraterie – entretien",
    _CORRATERIE_INV,
)

_LIFFEY_MOVE = """Hi Séverin,

Conor has been pulled into a major incident review on Tuesday, so we need to move our interview, sorry about that!

New time: Thursday 19 February, 14:00–14:45 Irish time (15:00 for you), same Teams link.

I've updated the calendar invite; accepting it will replace the original slot. Shout if Thursday doesn't work.

Maeve"""

_KILMAINHAM_CANCEL = """Hi Séverin,

Unfortunately your interviewer is no longer available for the Technical Interview scheduled on Friday 17 April at 14:00 (IST). This interview has been cancelled.

Our recruiting team will reach out shortly with new times. No action is needed from you right now.

Kilmainham Software Recruiting"""

_CLONTARF_MOVE = """Dear Séverin,

Unfortunately Dr Fiona Keane, who chairs the interview panel, is unwell, and we have had to postpone Tuesday's interviews.

Could you attend on Tuesday 21 April at 11:30 instead? All other arrangements stay the same (Boardroom or Microsoft Teams, as you prefer). An updated calendar entry is attached.

Apologies for the inconvenience.

Kind regards,
Niamh Gallagher
HR Business Partner, Clontarf Clinic

""" + outlook_block(
    "en",
    "Gallagher, Niamh",
    "Thursday, April 2, 2026 3:10 PM",
    "severin.mh@example.ch",
    "Invitation to interview – IT Support Officer (Competition ref. CC-ICT-26-03)",
    _CLONTARF_INV.split("\n\nKind regards,")[0],
)

_GRANDCANAL_MOVE = reply(
    """Hi Séverin,

Small change: Aoife has a clash on Thursday, so Grand Canal have asked to push your interview to Monday 24 August, same time (11:00 Irish / 12:00 CH). The new Zoom link will come straight from their HR team.

Same plan for prep, I'll call you on Sunday evening instead.

Karen""",
    "en",
    "Wed, 12 Aug 2026 at 14:10",
    "Karen Oyelaran",
    "karen@oyelaransearch.example.ie",
    _GRANDCANAL_INV,
)

_RHEINKNIE_MOVE = """Grüezi Herr Mbala-Hofstetter

Leider muss ich unser Gespräch vom Mittwoch verschieben, da Frau Schaub an diesem Nachmittag an einer Kundenschulung ist.

Neuer Termin: Freitag, 18. September 2026, 08:30 – 09:30 Uhr, gleicher Ort.

Die Kalendereinladung habe ich entsprechend angepasst. Passt Ihnen das?

Freundliche Grüsse
Thomas Gysin
Teamleiter Support, Rheinknie Informatik AG

""" + outlook_block(
    "de",
    "Gysin Thomas <thomas.gysin@rheinknie.example.ch>",
    "Mittwoch, 9. September 2026 10:00",
    "Séverin Mbala-Hofstetter <severin.mh@example.ch>",
    "Einladung Vorstellungsgespräch – Supporttechniker/in Basel",
    _RHEINKNIE_INV,
)

_BAERENGRABEN_CANCEL = """Grüezi Herr Mbala-Hofstetter

Leider muss ich den Schnuppertag von übermorgen absagen: Unser Teamleiter Support, Herr Stucki, ist krankgeschrieben, und ohne ihn möchten wir den Tag nicht durchführen.

Ihre Bewerbung bleibt selbstverständlich im Rennen. Ich melde mich bis Ende Woche mit einem neuen Datum.

Entschuldigen Sie die kurzfristige Änderung.

Freundliche Grüsse
Martina Bühlmann
HR Business Partner, Bärengraben Informatik AG"""

_TURIA_CANCEL = """Hola Séverin:

Jordi está de baja por enfermedad esta semana, así que tenemos que cancelar la jornada de prueba del miércoles 20.

No te preocupes: tu candidatura sigue adelante y te propondré otra fecha en cuanto sepamos cuándo vuelve. Te llegará la cancelación en el calendario.

Perdona las molestias,
Lucía"""

# ---------------------------------------------------------------------------- missed

_RHONE_MISSED = """Bonjour Monsieur Mbala-Hofstetter,

Nous vous avons attendu sur Teams de 14h00 à 14h15 avec ma collègue, sans vous voir apparaître dans la réunion.

Peut-être un souci technique avec le lien ? Rappelez-moi au 022 555 31 77 ou répondez à ce message si vous souhaitez fixer un autre moment.

Karim Benali
Responsable Service Desk
Rhône IT Services"""

_SARINIS_MISSED = """Bonjour Monsieur Mbala-Hofstetter,

Nous vous attendions ce matin à 8h30 à la réception de notre centre logistique de Givisiez pour l'entretien concernant le poste de technicien support IT. Personne ne s'est présenté et nous n'avons reçu aucun message de votre part.

Si un imprévu vous en a empêché, merci de me contacter d'ici vendredi. Sans nouvelles de votre part, nous considérerons que vous retirez votre candidature.

Meilleures salutations

Daniel Aebischer
Responsable IT
Groupe Sarinis Logistique
Route du Crochet 12, 1762 Givisiez
026 555 73 15"""

_LEMAN_MISSED = """Bonjour Séverin,

Votre entretien vidéo avec Aurélie Chappuis était prévu aujourd'hui à 10h30. Nous vous avons attendu dans la salle virtuelle pendant un quart d'heure, mais vous ne vous êtes pas connecté·e.

Si vous avez eu un imprévu, répondez simplement à ce message.

L'équipe Léman Support Services"""

_CHAMPEL_MISSED = """Monsieur Mbala-Hofstetter,

Nous avions rendez-vous ce matin à 9h00 à l'accueil principal de la clinique pour votre entretien. M. Berthoud et moi-même vous avons attendu une vingtaine de minutes, puis avons dû libérer la salle.

Nous n'avons pas trouvé de message de votre part. Pourriez-vous nous indiquer ce qu'il s'est passé ?

Sandrine Favre
Ressources humaines
Clinique Champel-Vert"""

_DOCKSIDE_MISSED = """Hi Séverin,

I tried calling you twice at 10:00 for our quick chat, but it went straight to voicemail both times.

No worries if something came up. Just let me know if you're still interested and we can find another slot.

Cheers,
Sinéad"""

_RINGSEND_MISSED = """Dear Séverin,

We had you down for a video interview at 2pm today for the IT & Systems Administrator post. I stayed on the Zoom call until 2:20, but unfortunately you didn't join and I wasn't able to reach you by phone.

If there was a problem on your side, please reply to this email by Friday.

Kind regards,
Gráinne Byrne
Practice Manager
Ringsend Family Practice Group
Bridge Street, Ringsend, Dublin 4"""

_AARE_MISSED = """Sehr geehrter Herr Mbala-Hofstetter

Wir haben heute um 10:00 Uhr und nochmals um 10:10 Uhr versucht, Sie für das vereinbarte Telefoninterview auf Ihrer Mobilnummer zu erreichen, leider ohne Erfolg.

Bitte teilen Sie uns mit, ob Sie weiterhin an der Stelle interessiert sind.

Freundliche Grüsse
Simone Zürcher
HR-Fachfrau, Aare Spital"""

_ALPINA_MISSED = """Hallo Séverin

Frau Amsler von Alpina Versicherungen hat mich eben angerufen: Sie hat heute um 14:00 Uhr an der Laupenstrasse auf dich gewartet, aber du bist nicht erschienen.

Was ist passiert? Ruf mich bitte so rasch wie möglich an, damit ich ihr etwas sagen kann.

Gruss
Reto Kälin
Personalberater ICT, TalentBrücke
031 555 40 90"""

_LEVANTE_MISSED = """Hola Séverin:

Te esperamos hoy a las 16:00 en Google Meet para la entrevista técnica, pero no llegaste a conectarte.

¿Ha pasado algo? Si sigues interesado en el puesto, escríbeme y vemos si es posible buscar otro hueco.

Un saludo,
Marta Gil
Responsable de Soporte
Levante Sistemas"""


def _greenhouse_html(text: str) -> str:
    return ats_card("Liffey Managed Services", "#24a47f", paras(text),
                    "Sent via Greenhouse on behalf of Liffey Managed Services", "en")


MESSAGES = [
    # ============================================================ interview_invitation
    {
        "key": "rhs_inv",
        "kind": "interview_invitation", "scenario": "panel_invite_calendar", "lang": "fr",
        "company": "Réseau hospitalier de la Sarine",
        "contact": "nadia.perroud@rhsarine.example.ch",
        "from": ("Perroud Nadia", "nadia.perroud@rhsarine.example.ch"),
        "subject": "Invitation à un entretien – Technicien·ne support informatique (80–100 %)",
        "date": "2026-03-11 16:40 +0100",
        "in_reply_to": "rhs_ack",
        "text": _RHS_INV,
        "html": outlook_html(_RHS_INV, "fr"),
        "cte": "quoted-printable",
        "ics": {"method": "REQUEST", "uid": "rhs-entretien-4471@rhsarine.example.ch", "seq": 0,
                "start": "2026-03-24 14:00 +0100", "minutes": 75,
                "summary": "Entretien – Technicien·ne support informatique",
                "location": "Bâtiment C, salle 2.14, Route de Villars-Vert 12, 1700 Fribourg",
                "organizer": ("Nadia Perroud", "nadia.perroud@rhsarine.example.ch"),
                "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                "file": "invite.ics"},
    },
    {
        "key": "sauges_inv",
        "kind": "interview_invitation", "scenario": "agency_sets_client_interview", "lang": "fr",
        "company": "Clinique des Sauges", "contact": "joelle.bersier@alpes-emploi.example.ch",
        "from": ("Joëlle Bersier", "joelle.bersier@alpes-emploi.example.ch"),
        "subject": "Entretien chez notre client Clinique des Sauges – jeudi 5 février",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-02-02 15:30 +0100",
        "in_reply_to": "alpes_ack",
        "text": SAUGES_INV,
        "cte": "8bit",
    },
    {
        "key": "rhone_inv",
        "kind": "interview_invitation", "scenario": "teams_invite_calendar", "lang": "fr",
        "company": "Rhône IT Services", "contact": "karim.benali@rhone-it.example.ch",
        "from": ("Karim Benali", "karim.benali@rhone-it.example.ch"),
        "subject": "Entretien Teams – Technicien helpdesk N1/N2",
        "date": "2026-06-08 10:20 +0200",
        "text": _RHONE_INV,
        "html": outlook_html(_RHONE_INV, "fr"),
        "cte": "quoted-printable",
        "ics": {"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008-rhone-0611",
                "seq": 0, "start": "2026-06-11 14:00 +0200", "minutes": 45,
                "summary": "Entretien – Technicien helpdesk N1/N2 (S. Mbala-Hofstetter)",
                "location": "Réunion Microsoft Teams",
                "description": "Rejoindre : https://teams.rhone-it.example.ch/l/meetup-join/"
                               "rhone-0611-1400",
                "organizer": ("Karim Benali", "karim.benali@rhone-it.example.ch"),
                "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    {
        "key": "ccsn_inv",
        "kind": "interview_invitation", "scenario": "assessment_centre_pdf", "lang": "fr",
        "company": "Centre cantonal des services numériques",
        "contact": "valerie.jeanneret@ccsn-ne.example.ch",
        "from": ("Jeanneret Valérie (CCSN)", "valerie.jeanneret@ccsn-ne.example.ch"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Convocation à la journée d'évaluation – Technicien·ne support N1",
        "date": "2026-07-20 14:00 +0200",
        "in_reply_to": "ccsn_ack",
        "text": _CCSN_INV,
        "cte": "quoted-printable",
        "pdfs": [{"name": "Programme_journee_evaluation.pdf",
                  "title": "Journée d'évaluation – Technicien·ne support N1",
                  "lines": ["Centre cantonal des services numériques",
                            "Mardi 18 août 2026, Rue du Château 19, 2001 Neuchâtel",
                            "08:30 Accueil des candidat.e.s",
                            "09:00 Test écrit de connaissances (45 min)",
                            "10:00 Mise en situation téléphonique",
                            "11:30 Exercice de groupe",
                            "13:30 Entretiens individuels avec le jury",
                            "16:00 Fin de la journée"]}],
    },
    {
        "key": "moleson_inv",
        "kind": "interview_invitation", "scenario": "casual_free_thursday", "lang": "fr",
        "company": "Informatique Moléson", "contact": "pascal.overney@moleson-it.example.ch",
        "from": ("Pascal Overney", "pascal.overney@moleson-it.example.ch"),
        "subject": "Re: Candidature – technicien support",
        "date": "2026-01-13 12:47 +0100",
        "in_reply_to": "own_moleson_appl",
        "text": _MOLESON_INV,
        "cte": "8bit",
    },
    {
        "key": "littoral_inv",
        "kind": "interview_invitation", "scenario": "phone_screen_ask", "lang": "fr",
        "company": "Mutuelle du Littoral",
        "contact": "laetitia.vuilleumier@mutuelle-littoral.example.ch",
        "from": ("Vuilleumier Laetitia", "laetitia.vuilleumier@mutuelle-littoral.example.ch"),
        "subject": "Entretien téléphonique – Support utilisateurs",
        "date": "2026-03-16 09:05 +0100",
        "text": _LITTORAL_INV,
        "html": outlook_html(_LITTORAL_INV, "fr"),
        "cte": "quoted-printable",
    },
    {
        "key": "leman_inv",
        "kind": "interview_invitation", "scenario": "teamtailor_booking_link", "lang": "fr",
        "company": "Léman Support Services",
        "contact": "aurelie.chappuis@leman-support.example.ch",
        "from": ("Léman Support Services", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Aurélie Chappuis", "aurelie.chappuis@leman-support.example.ch"),
        "subject": "Choisissez votre créneau d'entretien – Technicien·ne Service Desk",
        "date": "2026-04-15 10:02 +0200",
        "in_reply_to": "leman_ack",
        "text": _LEMAN_INV,
        "html": ats_card("Léman Support Services", "#2d3e50",
                         paras(_LEMAN_INV.split("\n\nChoisir un créneau")[0])
                         + button("Choisir un créneau",
                                  "https://leman-support.teamtailor.com/interviews/book/8f3k2q")
                         + paras("Les créneaux proposés vont du 20 au 24 avril.\n\n"
                                 "À bientôt,\nL'équipe Léman Support Services"),
                         "Envoyé via Teamtailor"),
        "cte": "quoted-printable",
    },
    {
        "key": "hevn_inv",
        "kind": "interview_invitation", "scenario": "trial_day", "lang": "fr",
        "company": "Haute École Vaudoise du Numérique",
        "contact": "christophe.mermoud@hevn.example.ch",
        "from": ("Christophe Mermoud", "christophe.mermoud@hevn.example.ch"),
        "subject": "Invitation à une journée d'essai au support HEVN",
        "date": "2026-05-11 08:15 +0200",
        "text": _HEVN_INV,
        "cte": "base64",
    },
    {
        "key": "gruyere_inv",
        "kind": "interview_invitation", "scenario": "drop_by_shop_tuesday", "lang": "fr",
        "company": "Gruyère Micro Services", "contact": "yannick@gruyere-micro.example.ch",
        "from": ("Yannick Pasquier", "yannick@gruyere-micro.example.ch"),
        "subject": "Re: Poste technicien atelier / support",
        "date": "2026-02-20 17:40 +0100",
        "in_reply_to": "ext:appl-gruyere",
        "text": _GRUYERE_INV,
        "cte": "8bit",
    },
    {
        "key": "oliviers_inv",
        "kind": "interview_invitation", "scenario": "onsite_latin1_calendar", "lang": "fr",
        "company": "Fondation Les Oliviers",
        "contact": "isabelle.genoud@les-oliviers.example.ch",
        "from": ("Isabelle Genoud", "isabelle.genoud@les-oliviers.example.ch"),
        "subject": "Invitation à un entretien - Technicien(ne) informatique polyvalent(e)",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-05-27 11:30 +0200",
        "in_reply_to": "own_oliviers_status",
        "text": _OLIVIERS_INV,
        "html": "auto",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "ics": {"method": "REQUEST", "uid": "oliviers-itw-20260610@les-oliviers.example.ch",
                "seq": 0, "start": "2026-06-10 09:30 +0200", "minutes": 60,
                "summary": "Entretien – Technicien(ne) informatique polyvalent(e)",
                "location": "Chemin des Oliviers 3, 1004 Lausanne",
                "organizer": ("Isabelle Genoud", "isabelle.genoud@les-oliviers.example.ch")},
    },
    {
        "key": "corraterie_inv",
        "kind": "interview_invitation", "scenario": "headhunter_client_interview", "lang": "fr",
        "company": "Banque Privée Corraterie",
        "contact": "o.ducrest@ducrest-partenaires.example.ch",
        "from": ("Olivier Ducrest", "o.ducrest@ducrest-partenaires.example.ch"),
        "subject": "Présentation chez Banque Privée Corraterie – entretien",
        "date": "2026-06-10 09:20 +0200",
        "text": _CORRATERIE_INV,
        "html": outlook_html(_CORRATERIE_INV, "fr"),
        "cte": "quoted-printable",
    },
    {
        "key": "iup_inv",
        "kind": "interview_invitation", "scenario": "workday_scheduling_link", "lang": "fr",
        "company": "Institut universitaire Pérolles", "contact": "",
        "from": ("Institut universitaire Pérolles", "iup@myworkday.com"),
        "subject": "Action requise : réservez votre créneau d'entretien (R-04417)",
        "date": "2026-03-04 08:00 +0100",
        "text": _IUP_INV,
        "html": ats_card("Institut universitaire Pérolles", "#7a1f2b",
                         paras(_IUP_INV.split("\n\nRéserver mon créneau")[0])
                         + button("Réserver mon créneau",
                                  "https://wd3.myworkday.com/iup/d/task/interview-schedule/R-04417")
                         + paras("Service des ressources humaines\n"
                                 "Institut universitaire Pérolles"),
                         "Ce message a été généré automatiquement par Workday. "
                         "Merci de ne pas y répondre."),
        "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "key": "tpm_inv",
        "kind": "interview_invitation", "scenario": "reply_quotes_ack_calendar", "lang": "fr",
        "company": "Transports Publics du Moléson",
        "contact": "martine.castella@tpm.example.ch",
        "from": ("Martine Castella", "martine.castella@tpm.example.ch"),
        "subject": "RE: Poste technicien/ne support poste de travail – suite",
        "date": "2026-06-22 14:35 +0200",
        "in_reply_to": "ext:tpm-status",
        "text": _TPM_INV,
        "cte": "quoted-printable",
        "ics": {"method": "REQUEST", "uid": "tpm-rh-entretien-3141@tpm.example.ch", "seq": 0,
                "start": "2026-07-02 10:00 +0200", "minutes": 60,
                "summary": "Entretien technicien/ne support poste de travail",
                "location": "TPM, Avenue de la Gare 2, 1630 Bulle, 3e étage",
                "organizer": ("Martine Castella", "martine.castella@tpm.example.ch")},
    },
    # English
    {
        "key": "liffey_inv",
        "kind": "interview_invitation", "scenario": "greenhouse_video_calendar", "lang": "en",
        "company": "Liffey Managed Services", "contact": "maeve.brennan@liffeyms.example.ie",
        "from": ("Maeve Brennan via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Maeve Brennan", "maeve.brennan@liffeyms.example.ie"),
        "subject": "Interview invitation: Service Desk Analyst at Liffey Managed Services",
        "date": "2026-02-10 11:20 +0000",
        "in_reply_to": "liffey_ack",
        "text": _LIFFEY_INV,
        "html": _greenhouse_html(_LIFFEY_INV),
        "cte": "quoted-printable",
        "ics": {"method": "REQUEST", "uid": "greenhouse-interview-88213-liffey", "seq": 0,
                "start": "2026-02-17 15:00 +0000", "minutes": 45,
                "summary": "Interview: Séverin Mbala-Hofstetter – Service Desk Analyst",
                "location": "Microsoft Teams",
                "organizer": ("Maeve Brennan", "maeve.brennan@liffeyms.example.ie"),
                "prodid": "-//Greenhouse//Interview Scheduler//EN"},
    },
    {
        "key": "grandcanal_inv",
        "kind": "interview_invitation", "scenario": "headhunter_client_interview", "lang": "en",
        "company": "Grand Canal Insurance", "contact": "karen@oyelaransearch.example.ie",
        "from": ("Karen Oyelaran", "karen@oyelaransearch.example.ie"),
        "subject": "Grand Canal Insurance – first interview confirmed",
        "date": "2026-08-12 14:10 +0100",
        "in_reply_to": "oyelaran_cold",
        "text": _GRANDCANAL_INV,
        "html": "auto",
        "cte": "quoted-printable",
    },
    {
        "key": "dockside_inv",
        "kind": "interview_invitation", "scenario": "lever_free_thursday_chat", "lang": "en",
        "company": "Dockside Digital", "contact": "sinead.murray@docksidedigital.example.ie",
        "from": ("Sinéad Murray", "no-reply@hire.lever.co"),
        "from_enc": ("utf-8", "Q"),
        "reply_to": ("Sinéad Murray", "sinead.murray@docksidedigital.example.ie"),
        "subject": "Quick chat about IT Support Technician?",
        "date": "2026-02-23 16:05 +0000",
        "in_reply_to": "dockside_ack",
        "text": _DOCKSIDE_INV,
        "cte": "quoted-printable",
    },
    {
        "key": "kilmainham_inv",
        "kind": "interview_invitation", "scenario": "ashby_self_schedule", "lang": "en",
        "company": "Kilmainham Software", "contact": "",
        "from": ("Kilmainham Software", "no-reply@ashbyhq.com"),
        "subject": "Schedule your interview with Kilmainham Software",
        "date": "2026-04-09 13:00 +0100",
        "text": _KILMAINHAM_INV,
        "html": ats_card("Kilmainham Software", "#4b2bd6",
                         paras(_KILMAINHAM_INV.split("\n\nPick a time:")[0])
                         + button("Pick a time", "https://jobs.ashbyhq.com/kilmainham-software/"
                                  "interview/schedule/5c1e9a", "#4b2bd6")
                         + paras("If none of the times work, reply to this email and we'll "
                                 "sort something out.\n\nKilmainham Software Recruiting"),
                         "Powered by Ashby", "en"),
        "cte": "quoted-printable",
    },
    {
        "key": "palais_inv",
        "kind": "interview_invitation", "scenario": "agency_sets_client_interview", "lang": "en",
        "company": "Palais Data Centre", "contact": "priya.raman@helveticstaffing.example.ch",
        "from": ("Priya Raman | Helvetic Staffing", "priya.raman@helveticstaffing.example.ch"),
        "subject": "Interview with Palais Data Centre – Monday 16 March",
        "date": "2026-03-11 10:45 +0100",
        "in_reply_to": "helvetic_ack",
        "text": _PALAIS_INV,
        "cte": "quoted-printable",
    },
    {
        "key": "clontarf_inv",
        "kind": "interview_invitation", "scenario": "panel_outlook_word_html", "lang": "en",
        "company": "Clontarf Clinic", "contact": "niamh.gallagher@clontarfclinic.example.ie",
        "from": ("Gallagher, Niamh", "niamh.gallagher@clontarfclinic.example.ie"),
        "subject": "Invitation to interview – IT Support Officer (Competition ref. CC-ICT-26-03)",
        "date": "2026-04-02 15:10 +0100",
        "text": _CLONTARF_INV,
        "html": outlook_html(_CLONTARF_INV, "en"),
        "cte": "quoted-printable",
        "ics": {"method": "REQUEST", "uid": "clontarf-cc-ict-26-03-mbala",
                "seq": 0, "start": "2026-04-14 11:30 +0100", "minutes": 40,
                "summary": "Interview – IT Support Officer (CC-ICT-26-03)",
                "location": "Boardroom, 2nd floor, Clontarf Clinic / Microsoft Teams",
                "organizer": ("Niamh Gallagher", "niamh.gallagher@clontarfclinic.example.ie"),
                "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    # German
    {
        "key": "aare_inv",
        "kind": "interview_invitation", "scenario": "phone_interview_calendar", "lang": "de",
        "company": "Aare Spital", "contact": "simone.zuercher@aarespital.example.ch",
        "from": ("Simone Zürcher", "simone.zuercher@aarespital.example.ch"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Einladung zum Telefoninterview – ICT-Supporter/in 1st Level",
        "date": "2026-04-14 09:12 +0200",
        "text": _AARE_INV,
        "html": outlook_html(_AARE_INV, "de"),
        "cte": "quoted-printable",
        "ics": {"method": "REQUEST", "uid": "aarespital-hr-tel-20260421-1000",
                "seq": 0, "start": "2026-04-21 10:00 +0200", "minutes": 30,
                "summary": "Telefoninterview ICT-Supporter/in – S. Mbala-Hofstetter",
                "location": "Telefon (079 512 38 07)",
                "organizer": ("Simone Zürcher", "simone.zuercher@aarespital.example.ch")},
    },
    {
        "key": "aare_inv2",
        "kind": "interview_invitation", "scenario": "second_chance_onsite", "lang": "de",
        "company": "Aare Spital", "contact": "simone.zuercher@aarespital.example.ch",
        "from": ("Simone Zürcher", "simone.zuercher@aarespital.example.ch"),
        "subject": "AW: Verpasstes Telefoninterview",
        "date": "2026-04-22 08:30 +0200",
        "in_reply_to": "own_aare_sorry", "references": ["aare_inv", "aare_missed", "own_aare_sorry"],
        "text": _AARE_INV2,
        "cte": "8bit",
    },
    {
        "key": "rheinknie_inv",
        "kind": "interview_invitation", "scenario": "onsite_basel_calendar", "lang": "de",
        "company": "Rheinknie Informatik", "contact": "thomas.gysin@rheinknie.example.ch",
        "from": ("Gysin Thomas", "thomas.gysin@rheinknie.example.ch"),
        "subject": "Einladung Vorstellungsgespräch – Supporttechniker/in Basel",
        "date": "2026-09-09 10:00 +0200",
        "in_reply_to": "rheinknie_ack",
        "text": _RHEINKNIE_INV,
        "html": outlook_html(_RHEINKNIE_INV, "de"),
        "cte": "base64",
        "ics": {"method": "REQUEST", "uid": "rheinknie-vg-0916-mbala@rheinknie.example.ch",
                "seq": 0, "start": "2026-09-16 15:00 +0200", "minutes": 60,
                "summary": "Vorstellungsgespräch Supporttechniker/in",
                "location": "Klybeckstrasse 141, 4057 Basel",
                "organizer": ("Thomas Gysin", "thomas.gysin@rheinknie.example.ch"),
                "file": "einladung.ics"},
    },
    {
        "key": "baerengraben_inv",
        "kind": "interview_invitation", "scenario": "schnuppertag_trial_day", "lang": "de",
        "company": "Bärengraben Informatik", "contact": "martina.buehlmann@baerengraben.example.ch",
        "from": ("Martina Bühlmann", "martina.buehlmann@baerengraben.example.ch"),
        "from_enc": ("utf-8", "B"),
        "subject": "Einladung zum Schnuppertag",
        "date": "2026-05-26 14:30 +0200",
        "in_reply_to": "baerengraben_ack",
        "text": _BAERENGRABEN_INV,
        "cte": "quoted-printable",
    },
    # Spanish
    {
        "key": "turia_inv",
        "kind": "interview_invitation", "scenario": "trial_day_calendar", "lang": "es",
        "company": "Turia Soporte Informático", "contact": "lucia.ferrer@turiasoporte.example.es",
        "from": ("Lucía Ferrer", "lucia.ferrer@turiasoporte.example.es"),
        "subject": "Invitación a jornada de prueba – Técnico/a de soporte N1",
        "date": "2026-05-12 12:15 +0200",
        "in_reply_to": "turia_ack",
        "text": _TURIA_INV,
        "html": "auto",
        "cte": "quoted-printable",
        "ics": {"method": "REQUEST", "uid": "turia-jornada-prueba-mbala@turiasoporte.example.es",
                "seq": 0, "start": "2026-05-20 09:00 +0200", "minutes": 300,
                "summary": "Jornada de prueba – Técnico/a de soporte N1",
                "location": "C/ de Sueca 58, bajo, 46006 Valencia",
                "organizer": ("Lucía Ferrer", "lucia.ferrer@turiasoporte.example.es"),
                "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
    },
    {
        "key": "malvarrosa_inv",
        "kind": "interview_invitation", "scenario": "phone_call_ask", "lang": "es",
        "company": "Hospital Malvarrosa", "contact": "carmen.soler@hospitalmalvarrosa.example.es",
        "from": ("Carmen Soler", "carmen.soler@hospitalmalvarrosa.example.es"),
        "subject": "Llamada – candidatura técnico/a de soporte",
        "date": "2026-06-30 10:20 +0200",
        "text": _MALVARROSA_INV,
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
    },
    {
        "key": "rlev_inv",
        "kind": "interview_invitation", "scenario": "agency_sets_client_interview", "lang": "es",
        "company": "Seguros Albufera", "contact": "pablo.navarro@recursoslevante.example.es",
        "from": ("Pablo Navarro", "pablo.navarro@recursoslevante.example.es"),
        "subject": "Entrevista en Seguros Albufera",
        "date": "2026-04-16 10:24 +0200",
        "in_reply_to": "rlev_ack",
        "text": RLEV_INV,
        "html": "auto",
        "cte": "base64",
    },
    # ============================================================ reschedule / cancel
    {
        "key": "rhs_move",
        "kind": "interview_reschedule_or_cancel", "scenario": "moved_on_request_seq1",
        "lang": "fr",
        "company": "Réseau hospitalier de la Sarine",
        "contact": "nadia.perroud@rhsarine.example.ch",
        "from": ("Perroud Nadia", "nadia.perroud@rhsarine.example.ch"),
        "subject": "Entretien déplacé au jeudi 26 mars – Technicien·ne support informatique",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-03-12 13:20 +0100",
        "in_reply_to": "own_rhs_resched", "references": ["rhs_inv", "own_rhs_resched"],
        "text": _RHS_MOVE,
        "cte": "quoted-printable",
        "ics": {"method": "REQUEST", "uid": "rhs-entretien-4471@rhsarine.example.ch", "seq": 1,
                "start": "2026-03-26 09:30 +0100", "minutes": 75,
                "summary": "Entretien – Technicien·ne support informatique (déplacé)",
                "location": "Bâtiment C, salle 2.14, Route de Villars-Vert 12, 1700 Fribourg",
                "organizer": ("Nadia Perroud", "nadia.perroud@rhsarine.example.ch"),
                "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    {
        "key": "rhone_move",
        "kind": "interview_reschedule_or_cancel", "scenario": "new_slot_after_missed",
        "lang": "fr",
        "company": "Rhône IT Services", "contact": "karim.benali@rhone-it.example.ch",
        "from": ("Karim Benali", "karim.benali@rhone-it.example.ch"),
        "subject": "Mis à jour : Entretien Teams – Technicien helpdesk N1/N2",
        "date": "2026-06-12 08:50 +0200",
        "in_reply_to": "rhone_missed", "references": ["rhone_inv", "rhone_missed"],
        "text": _RHONE_MOVE,
        "html": outlook_html(_RHONE_MOVE, "fr"),
        "cte": "quoted-printable",
        "ics": {"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008-rhone-0611",
                "seq": 1, "start": "2026-06-16 10:00 +0200", "minutes": 45,
                "summary": "Entretien – Technicien helpdesk N1/N2 (S. Mbala-Hofstetter)",
                "location": "Réunion Microsoft Teams",
                "description": "Nouveau lien : https://teams.rhone-it.example.ch/l/meetup-join/"
                               "rhone-0616-1000",
                "organizer": ("Karim Benali", "karim.benali@rhone-it.example.ch"),
                "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    {
        "key": "ccsn_move",
        "kind": "interview_reschedule_or_cancel", "scenario": "assessment_moved_room",
        "lang": "fr",
        "company": "Centre cantonal des services numériques",
        "contact": "valerie.jeanneret@ccsn-ne.example.ch",
        "from": ("Jeanneret Valérie (CCSN)", "valerie.jeanneret@ccsn-ne.example.ch"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Déplacement de la journée d'évaluation – Technicien·ne support N1",
        "date": "2026-07-30 11:05 +0200",
        "in_reply_to": "ccsn_inv",
        "text": CCSN_MOVE,
        "cte": "quoted-printable",
    },
    {
        "key": "oliviers_cancel",
        "kind": "interview_reschedule_or_cancel", "scenario": "interviewer_ill_method_cancel",
        "lang": "fr",
        "company": "Fondation Les Oliviers",
        "contact": "isabelle.genoud@les-oliviers.example.ch",
        "from": ("Isabelle Genoud", "isabelle.genoud@les-oliviers.example.ch"),
        "subject": "Annulé : Entretien - Technicien(ne) informatique polyvalent(e)",
        "date": "2026-06-08 16:20 +0200",
        "in_reply_to": "oliviers_inv",
        "text": _OLIVIERS_CANCEL,
        "cte": "8bit",
        "ics": {"method": "CANCEL", "uid": "oliviers-itw-20260610@les-oliviers.example.ch",
                "seq": 1, "start": "2026-06-10 09:30 +0200", "minutes": 60,
                "summary": "Annulé : Entretien – Technicien(ne) informatique polyvalent(e)",
                "location": "Chemin des Oliviers 3, 1004 Lausanne",
                "organizer": ("Isabelle Genoud", "isabelle.genoud@les-oliviers.example.ch")},
    },
    {
        "key": "tpm_move",
        "kind": "interview_reschedule_or_cancel", "scenario": "calendar_update_to_teams",
        "lang": "fr",
        "company": "Transports Publics du Moléson",
        "contact": "martine.castella@tpm.example.ch",
        "from": ("Martine Castella", "martine.castella@tpm.example.ch"),
        "subject": "Mise à jour : Entretien technicien/ne support poste de travail",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-06-29 15:45 +0200",
        "in_reply_to": "tpm_inv",
        "text": _TPM_MOVE,
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "ics": {"method": "REQUEST", "uid": "tpm-rh-entretien-3141@tpm.example.ch", "seq": 1,
                "start": "2026-07-09 10:00 +0200", "minutes": 60,
                "summary": "Entretien technicien/ne support poste de travail (Teams)",
                "location": "Microsoft Teams",
                "description": "Lien : https://teams.tpm.example.ch/l/meetup-join/tpm-3141",
                "organizer": ("Martine Castella", "martine.castella@tpm.example.ch")},
    },
    {
        "key": "iup_cancel",
        "kind": "interview_reschedule_or_cancel", "scenario": "info_session_cancelled_still_open",
        "lang": "fr",
        "company": "Institut universitaire Pérolles", "contact": "celine.bapst@iup.example.ch",
        "from": ("Céline Bapst", "celine.bapst@iup.example.ch"),
        "subject": "Annulation de la séance d'information du 12 mars",
        "date": "2026-03-10 17:05 +0100",
        "text": _IUP_CANCEL,
        "html": "auto",
        "cte": "quoted-printable",
    },
    {
        "key": "corraterie_move",
        "kind": "interview_reschedule_or_cancel", "scenario": "headhunter_client_moves",
        "lang": "fr",
        "company": "Banque Privée Corraterie",
        "contact": "o.ducrest@ducrest-partenaires.example.ch",
        "from": ("Olivier Ducrest", "o.ducrest@ducrest-partenaires.example.ch"),
        "subject": "TR: Présentation chez Banque Privée Corraterie – nouvelle date",
        "date": "2026-06-15 12:30 +0200",
        "in_reply_to": "corraterie_inv",
        "text": _CORRATERIE_MOVE,
        "cte": "quoted-printable",
    },
    {
        "key": "liffey_move",
        "kind": "interview_reschedule_or_cancel", "scenario": "greenhouse_update_seq1",
        "lang": "en",
        "company": "Liffey Managed Services", "contact": "maeve.brennan@liffeyms.example.ie",
        "from": ("Maeve Brennan via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Maeve Brennan", "maeve.brennan@liffeyms.example.ie"),
        "subject": "Updated: Interview for Service Desk Analyst – now Thursday 19 February",
        "date": "2026-02-13 09:45 +0000",
        "in_reply_to": "liffey_inv",
        "text": _LIFFEY_MOVE,
        "html": _greenhouse_html(_LIFFEY_MOVE),
        "cte": "quoted-printable",
        "ics": {"method": "REQUEST", "uid": "greenhouse-interview-88213-liffey", "seq": 1,
                "start": "2026-02-19 14:00 +0000", "minutes": 45,
                "summary": "Interview: Séverin Mbala-Hofstetter – Service Desk Analyst",
                "location": "Microsoft Teams",
                "organizer": ("Maeve Brennan", "maeve.brennan@liffeyms.example.ie"),
                "prodid": "-//Greenhouse//Interview Scheduler//EN"},
    },
    {
        "key": "kilmainham_cancel",
        "kind": "interview_reschedule_or_cancel", "scenario": "ashby_method_cancel",
        "lang": "en",
        "company": "Kilmainham Software", "contact": "",
        "from": ("Kilmainham Software", "no-reply@ashbyhq.com"),
        "subject": "Cancelled: Desktop Support Engineer – Technical Interview",
        "date": "2026-04-16 08:10 +0100",
        "in_reply_to": "kilmainham_inv",
        "text": _KILMAINHAM_CANCEL,
        "cte": "8bit",
        "ics": {"method": "CANCEL", "uid": "ashby-ks-77d1-tech-interview", "seq": 1,
                "start": "2026-04-17 14:00 +0100", "minutes": 45,
                "summary": "Technical Interview – Desktop Support Engineer",
                "location": "Google Meet",
                "organizer": ("Kilmainham Software Recruiting", "no-reply@ashbyhq.com"),
                "prodid": "-//Ashby//Scheduling//EN"},
    },
    {
        "key": "clontarf_move",
        "kind": "interview_reschedule_or_cancel", "scenario": "chair_unwell_postponed",
        "lang": "en",
        "company": "Clontarf Clinic", "contact": "niamh.gallagher@clontarfclinic.example.ie",
        "from": ("Gallagher, Niamh", "niamh.gallagher@clontarfclinic.example.ie"),
        "subject": "RE: Invitation to interview – IT Support Officer (Competition ref. CC-ICT-26-03)",
        "date": "2026-04-10 09:30 +0100",
        "in_reply_to": "clontarf_inv",
        "text": _CLONTARF_MOVE,
        "cte": "quoted-printable",
        "ics": {"method": "REQUEST", "uid": "clontarf-cc-ict-26-03-mbala",
                "seq": 1, "start": "2026-04-21 11:30 +0100", "minutes": 40,
                "summary": "Interview – IT Support Officer (CC-ICT-26-03)",
                "location": "Boardroom, 2nd floor, Clontarf Clinic / Microsoft Teams",
                "organizer": ("Niamh Gallagher", "niamh.gallagher@clontarfclinic.example.ie"),
                "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                "file": "interview-updated.ics"},
    },
    {
        "key": "grandcanal_move",
        "kind": "interview_reschedule_or_cancel", "scenario": "headhunter_client_moves",
        "lang": "en",
        "company": "Grand Canal Insurance", "contact": "karen@oyelaransearch.example.ie",
        "from": ("Karen Oyelaran", "karen@oyelaransearch.example.ie"),
        "subject": "Re: Grand Canal Insurance – first interview confirmed",
        "date": "2026-08-17 09:05 +0100",
        "in_reply_to": "grandcanal_inv", "references": ["oyelaran_cold", "grandcanal_inv"],
        "text": _GRANDCANAL_MOVE,
        "cte": "quoted-printable",
    },
    {
        "key": "rheinknie_move",
        "kind": "interview_reschedule_or_cancel", "scenario": "verschoben_seq1", "lang": "de",
        "company": "Rheinknie Informatik", "contact": "thomas.gysin@rheinknie.example.ch",
        "from": ("Gysin Thomas", "thomas.gysin@rheinknie.example.ch"),
        "subject": "Verschiebung unseres Gesprächs – neuer Termin 18.9.",
        "date": "2026-09-14 16:30 +0200",
        "in_reply_to": "rheinknie_inv",
        "text": _RHEINKNIE_MOVE,
        "cte": "quoted-printable",
        "ics": {"method": "REQUEST", "uid": "rheinknie-vg-0916-mbala@rheinknie.example.ch",
                "seq": 1, "start": "2026-09-18 08:30 +0200", "minutes": 60,
                "summary": "Vorstellungsgespräch Supporttechniker/in (verschoben)",
                "location": "Klybeckstrasse 141, 4057 Basel",
                "organizer": ("Thomas Gysin", "thomas.gysin@rheinknie.example.ch")},
    },
    {
        "key": "baerengraben_cancel",
        "kind": "interview_reschedule_or_cancel", "scenario": "absage_termin_not_rejection",
        "lang": "de",
        "company": "Bärengraben Informatik", "contact": "martina.buehlmann@baerengraben.example.ch",
        "from": ("Martina Bühlmann", "martina.buehlmann@baerengraben.example.ch"),
        "from_enc": ("utf-8", "B"),
        "subject": "Schnuppertag vom 4. Juni – Absage des Termins",
        "date": "2026-06-02 07:45 +0200",
        "in_reply_to": "baerengraben_inv",
        "text": _BAERENGRABEN_CANCEL,
        "cte": "8bit",
    },
    {
        "key": "turia_cancel",
        "kind": "interview_reschedule_or_cancel", "scenario": "interviewer_ill_method_cancel",
        "lang": "es",
        "company": "Turia Soporte Informático", "contact": "lucia.ferrer@turiasoporte.example.es",
        "from": ("Lucía Ferrer", "lucia.ferrer@turiasoporte.example.es"),
        "subject": "Cancelada: Jornada de prueba – Técnico/a de soporte N1",
        "date": "2026-05-18 18:40 +0200",
        "in_reply_to": "turia_inv",
        "text": _TURIA_CANCEL,
        "cte": "quoted-printable",
        "ics": {"method": "CANCEL", "uid": "turia-jornada-prueba-mbala@turiasoporte.example.es",
                "seq": 1, "start": "2026-05-20 09:00 +0200", "minutes": 300,
                "summary": "Jornada de prueba – Técnico/a de soporte N1",
                "location": "C/ de Sueca 58, bajo, 46006 Valencia",
                "organizer": ("Lucía Ferrer", "lucia.ferrer@turiasoporte.example.es"),
                "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
    },
    {
        "key": "turia_move",
        "kind": "interview_reschedule_or_cancel", "scenario": "new_date_seq2", "lang": "es",
        "company": "Turia Soporte Informático", "contact": "lucia.ferrer@turiasoporte.example.es",
        "from": ("Lucía Ferrer", "lucia.ferrer@turiasoporte.example.es"),
        "subject": "Nueva fecha: jornada de prueba el miércoles 27 de mayo",
        "subject_enc": ("iso-8859-1", "B"),
        "date": "2026-05-21 09:10 +0200",
        "in_reply_to": "turia_cancel", "references": ["turia_inv", "turia_cancel"],
        "text": TURIA_MOVE,
        "html": "auto",
        "cte": "base64",
        "ics": {"method": "REQUEST", "uid": "turia-jornada-prueba-mbala@turiasoporte.example.es",
                "seq": 2, "start": "2026-05-27 09:00 +0200", "minutes": 300,
                "summary": "Jornada de prueba – Técnico/a de soporte N1",
                "location": "C/ de Sueca 58, bajo, 46006 Valencia",
                "organizer": ("Lucía Ferrer", "lucia.ferrer@turiasoporte.example.es"),
                "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
    },
    # ============================================================ missed_interview_notice
    {
        "key": "rhone_missed",
        "kind": "missed_interview_notice", "scenario": "waited_on_teams", "lang": "fr",
        "company": "Rhône IT Services", "contact": "karim.benali@rhone-it.example.ch",
        "from": ("Karim Benali", "karim.benali@rhone-it.example.ch"),
        "subject": "Entretien de 14h00 – vous n'étiez pas connecté",
        "date": "2026-06-11 14:25 +0200",
        "in_reply_to": "rhone_inv",
        "text": _RHONE_MISSED,
        "cte": "8bit",
    },
    {
        "key": "littoral_missed",
        "kind": "missed_interview_notice", "scenario": "called_twice_voicemail", "lang": "fr",
        "company": "Mutuelle du Littoral",
        "contact": "laetitia.vuilleumier@mutuelle-littoral.example.ch",
        "from": ("Vuilleumier Laetitia", "laetitia.vuilleumier@mutuelle-littoral.example.ch"),
        "subject": "Entretien téléphonique manqué – Support utilisateurs",
        "date": "2026-03-19 10:22 +0100",
        "in_reply_to": "littoral_inv",
        "text": LITTORAL_MISSED,
        "html": outlook_html(LITTORAL_MISSED, "fr"),
        "cte": "quoted-printable",
    },
    {
        "key": "sarinis_missed",
        "kind": "missed_interview_notice", "scenario": "no_show_reception_cp1252", "lang": "fr",
        "company": "Sarinis Logistique", "contact": "daniel.aebischer@sarinis.example.ch",
        "from": ("Daniel Aebischer", "daniel.aebischer@sarinis.example.ch"),
        "subject": "Rendez-vous de ce matin – poste technicien support IT",
        "subject_enc": ("windows-1252", "Q"),
        "date": "2026-09-02 09:10 +0200",
        "text": _SARINIS_MISSED,
        "charset": "windows-1252",
        "cte": "quoted-printable",
    },
    {
        "key": "leman_missed",
        "kind": "missed_interview_notice", "scenario": "teamtailor_did_not_join", "lang": "fr",
        "company": "Léman Support Services",
        "contact": "aurelie.chappuis@leman-support.example.ch",
        "from": ("Léman Support Services", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Aurélie Chappuis", "aurelie.chappuis@leman-support.example.ch"),
        "subject": "Vous n'avez pas rejoint la visioconférence de 10h30",
        "date": "2026-04-22 11:05 +0200",
        "in_reply_to": "leman_inv",
        "html": ats_card("Léman Support Services", "#2d3e50", paras(_LEMAN_MISSED),
                         "Envoyé via Teamtailor"),
        "cte": "quoted-printable",
    },
    {
        "key": "champel_missed",
        "kind": "missed_interview_notice", "scenario": "waited_at_reception_html", "lang": "fr",
        "company": "Clinique Champel-Vert", "contact": "s.favre@champel-vert.example.ch",
        "from": ("Sandrine Favre", "s.favre@champel-vert.example.ch"),
        "subject": "Votre entretien de ce matin",
        "date": "2026-07-02 09:45 +0200",
        "html": outlook_html(_CHAMPEL_MISSED + "\n\nChemin des Crêts-de-Champel 2, 1206 Genève\n"
                             "Tél. 022 555 19 60", "fr"),
        "cte": "base64",
    },
    {
        "key": "dockside_missed",
        "kind": "missed_interview_notice", "scenario": "tried_calling_twice", "lang": "en",
        "company": "Dockside Digital", "contact": "sinead.murray@docksidedigital.example.ie",
        "from": ("Sinéad Murray", "no-reply@hire.lever.co"),
        "from_enc": ("utf-8", "Q"),
        "reply_to": ("Sinéad Murray", "sinead.murray@docksidedigital.example.ie"),
        "subject": "Missed you this morning",
        "date": "2026-02-26 10:32 +0000",
        "in_reply_to": "dockside_inv",
        "text": _DOCKSIDE_MISSED,
        "cte": "quoted-printable",
    },
    {
        "key": "ringsend_missed",
        "kind": "missed_interview_notice", "scenario": "did_not_join_zoom", "lang": "en",
        "company": "Ringsend Family Practice Group",
        "contact": "grainne.byrne@ringsendpractice.example.ie",
        "from": ("Gráinne Byrne", "grainne.byrne@ringsendpractice.example.ie"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Interview today at 2pm",
        "date": "2026-06-30 15:20 +0100",
        "text": _RINGSEND_MISSED,
        "html": "auto",
        "cte": "quoted-printable",
    },
    {
        "key": "aare_missed",
        "kind": "missed_interview_notice", "scenario": "phone_twice_no_answer", "lang": "de",
        "company": "Aare Spital", "contact": "simone.zuercher@aarespital.example.ch",
        "from": ("Simone Zürcher", "simone.zuercher@aarespital.example.ch"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Telefoninterview von heute 10:00 Uhr",
        "date": "2026-04-21 10:41 +0200",
        "in_reply_to": "aare_inv",
        "text": _AARE_MISSED,
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
    },
    {
        "key": "alpina_missed",
        "kind": "missed_interview_notice", "scenario": "agency_client_waited", "lang": "de",
        "company": "Alpina Versicherungen", "contact": "reto.kaelin@talentbruecke.example.ch",
        "from": ("Reto Kälin", "reto.kaelin@talentbruecke.example.ch"),
        "subject": "Termin bei Alpina heute 14 Uhr??",
        "date": "2026-07-14 15:05 +0200",
        "text": _ALPINA_MISSED,
        "cte": "8bit",
    },
    {
        "key": "levante_missed",
        "kind": "missed_interview_notice", "scenario": "waited_on_google_meet", "lang": "es",
        "company": "Levante Sistemas", "contact": "marta.gil@levantesistemas.example.es",
        "from": ("Marta Gil", "marta.gil@levantesistemas.example.es"),
        "subject": "Entrevista de hoy a las 16:00",
        "date": "2026-08-25 16:40 +0200",
        "in_reply_to": "levante_ack",
        "text": _LEVANTE_MISSED,
        "html": "auto",
        "cte": "quoted-printable",
    },
]
