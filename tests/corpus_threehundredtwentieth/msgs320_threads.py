"""Threads followed over several kinds: Palais des Congrès Riviera-Azur (Nice), Lumen Events
(Marseille), Maison Orsini (Cannes/Monaco), Azur Yachting (Monaco), Rencontres
Cinématographiques de Cannes, Navigli Congress & Events (Milan), Isar Kongresszentrum
(Munich, up to the invitations), Centre International de Conférences Léman (Geneva),
Palacio de Congresos Triana and Duende Eventos (Seville)."""

from __future__ import annotations

from msgs320_common import DISCLAIMER_DE, DISCLAIMER_EN, DISCLAIMER_FR, latin1_typed, m, own, page

# --------------------------------------------------------------- Palais des Congrès (Nice)
PCRA = "Palais des Congrès Riviera-Azur"
SOPHIE = ("Sophie Marchetti", "s.marchetti@congres-riviera.example.fr")
LAURENT = ("Laurent Castellani", "l.castellani@congres-riviera.example.fr")
SIG_SOPHIE = """Sophie Marchetti
Chargée de recrutement & développement RH
Palais des Congrès Riviera-Azur
12, promenade des Congrès – 06000 Nice
Tél. +33 4 93 00 41 27
www.congres-riviera.example.fr"""

PCRA_ACK = """Bonjour Anaïs,

Nous avons bien reçu votre candidature au poste de Coordinatrice événements MICE (H/F) – CDD 6 mois et nous vous remercions de l'intérêt que vous portez au Palais des Congrès Riviera-Azur.

Notre équipe étudie chaque dossier avec attention. Si votre profil correspond à nos besoins, nous vous contacterons dans les prochaines semaines pour convenir d'un premier échange.

Vous pouvez suivre l'état de votre candidature à tout moment depuis votre espace candidat.

Bien cordialement,
L'équipe Recrutement
Palais des Congrès Riviera-Azur

Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""

PCRA_INV = f"""Bonjour Anaïs,

Merci pour votre candidature au poste de Coordinatrice événements MICE. Votre parcours en réception hôtelière et votre expérience de l'accueil des groupes ont retenu notre attention.

Je vous propose un premier entretien d'environ une heure, avec moi-même et Mme Agnès Rolland, responsable du pôle congrès :

  mardi 10 février 2026 à 10h00
  Palais des Congrès Riviera-Azur – accueil administratif, niveau 2

Une invitation est jointe à ce message. Pourriez-vous me confirmer votre présence ? Si ce créneau ne vous convenait pas, n'hésitez pas à me proposer d'autres disponibilités cette semaine-là.

Au plaisir de vous rencontrer,

{SIG_SOPHIE}
"""

PCRA_MOVE = f"""Bonjour Anaïs,

Je suis désolée de devoir modifier notre rendez-vous : Mme Rolland sera finalement en déplacement mardi pour une visite de site avec un client.

Je vous propose de décaler l'entretien au jeudi 12 février à 14h30, même lieu. L'invitation a été mise à jour en conséquence.

Merci de me dire si cela vous convient, et encore toutes mes excuses pour ce changement.

Belle fin de journée,

{SIG_SOPHIE}
"""

PCRA_THANKS = """Bonjour Sophie,

Je tenais à vous remercier, ainsi que Mme Rolland, pour le temps que vous m'avez accordé cet après-midi. La présentation du calendrier des congrès 2026 et l'organisation du pôle m'ont confortée dans mon envie de rejoindre votre équipe.

Comme évoqué, je vous joins la liste des séminaires que j'ai coordonnés côté hôtel l'an dernier si cela peut être utile.

Je reste bien entendu disponible pour toute information complémentaire.

Bien cordialement,
Anaïs Delacroix-N'Diaye
06 12 48 90 33
"""

PCRA_ROUND2 = f"""Bonjour Madame Delacroix-N'Diaye,

Sophie Marchetti m'a fait un excellent retour de votre premier entretien. J'aimerais vous rencontrer pour un second tour, sous la forme d'une courte mise en situation : vous aurez 45 minutes pour préparer le déroulé logistique d'un séminaire de 180 participants (transferts, plénière, dîner de gala), puis nous en discuterons ensemble.

Date proposée : jeudi 26 février à 9h00, bureau de la direction des opérations (niveau 4).
Prévoyez environ deux heures au total. Un ordinateur sera mis à votre disposition.

Merci de confirmer par retour de mail.

Cordialement,

Laurent Castellani
Directeur des opérations
Palais des Congrès Riviera-Azur
Tél. +33 4 93 00 41 02 | Mob. +33 6 71 20 55 84

{DISCLAIMER_FR}
"""

# --------------------------------------------------------------- Lumen Events (Marseille)
LUMEN = "Lumen Events"
THOMAS = ("Thomas Bérard", "t.berard@lumen-events.example.fr")
SIG_THOMAS = """Thomas Bérard
Talent & Culture Manager – Lumen Events
27, quai de Rive-Neuve, 13007 Marseille
+33 4 91 55 20 67"""

LUMEN_ACK_HTML = page(
    """Bonjour Anaïs,

Merci d'avoir postulé au poste de Chef de projet événementiel junior chez Lumen Events !

Votre candidature est bien arrivée chez nous. Thomas, qui gère le recrutement, la lira personnellement dans les jours qui viennent. Le processus se déroule en général en deux étapes : un appel visio de 30 minutes puis une rencontre avec l'équipe projet à Marseille.

En attendant, découvrez nos derniers projets sur notre page carrière.

À très vite,
L'équipe Lumen Events""",
    brand="Lumen Events", color="#e4572e",
    footer="Lumen Events · 27, quai de Rive-Neuve · 13007 Marseille · "
           "Envoyé via Teamtailor · Gérer mes données",
)

LUMEN_INV = f"""Bonjour Anaïs,

J'ai lu votre candidature avec beaucoup d'intérêt. Votre expérience de l'accueil de groupes et des demandes spéciales côté hôtel est exactement ce que nous cherchons pour épauler nos chefs de projet.

Je vous propose un premier échange en visio (Teams, 30 minutes) le mardi 17 mars à 11h00. Le lien de connexion suivra dans l'invitation.

Est-ce que ce créneau vous convient ?

Bonne journée,

{SIG_THOMAS}
"""

LUMEN_ASK = """Bonjour Thomas,

Merci beaucoup pour votre message, je suis ravie de cette proposition.

Le mardi 17 mars au matin, je suis malheureusement de service à la réception de l'hôtel et je ne pourrai pas me libérer. Serait-il possible de décaler l'échange à l'après-midi du 17, ou bien au mercredi 18 ou jeudi 19 mars dans la matinée ?

Je vous remercie par avance et vous souhaite une bonne soirée.

Anaïs Delacroix-N'Diaye
"""

LUMEN_MOVE = f"""Bonjour Anaïs,

Pas de souci, on décale : je vous propose le jeudi 19 mars à 9h30, toujours en visio. Je vous renvoie l'invitation Teams à jour dans la foulée.

À jeudi,

{SIG_THOMAS}
"""

LUMEN_MISSED = f"""Bonjour Anaïs,

Nous avions rendez-vous ce matin à 9h30 sur Teams pour notre premier échange. Je suis resté connecté jusqu'à 9h50 et j'ai également essayé de vous joindre au 06 12 48 90 33, sans succès.

J'espère que tout va bien de votre côté. Si un imprévu vous a empêchée de vous connecter, dites-le-moi et nous verrons si nous pouvons trouver un autre moment.

Bien à vous,

{SIG_THOMAS}
"""

LUMEN_SORRY = """Bonjour Thomas,

Je suis vraiment désolée pour ce matin. Ma collègue de nuit ne s'est pas présentée et j'ai dû assurer la réception seule jusqu'à 10h30, sans pouvoir m'absenter ni vous prévenir à temps. Ce n'est absolument pas à l'image de l'intérêt que je porte à ce poste.

Si vous acceptez de me proposer un nouveau créneau, je m'organiserai pour être disponible à l'heure qui vous conviendra.

Avec toutes mes excuses,
Anaïs Delacroix-N'Diaye
"""

LUMEN_NO = """Bonjour Anaïs,

Merci pour l'intérêt que vous avez porté à Lumen Events et pour le temps consacré à votre candidature au poste de Chef de projet événementiel junior.

Après étude attentive des profils reçus, nous avons décidé de poursuivre le processus avec d'autres candidats dont l'expérience en agence correspond davantage à nos besoins actuels. Nous ne donnerons donc pas suite à votre candidature.

Nous conservons votre profil dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité se présente.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Lumen Events
"""

# --------------------------------------------------------------- Maison Orsini (Cannes)
ORSINI = "Maison Orsini"
WORKDAY = ("Maison Orsini Talent Acquisition", "maisonorsini@myworkday.com")
OLIVIA = ("Olivia Strand", "olivia.strand@maison-orsini.example.com")
SIG_OLIVIA = f"""Kind regards,

Olivia Strand
Talent Acquisition Partner – Riviera
Maison Orsini Hotels & Resorts
Avenue de la Costa 9, 98000 Monaco
T +377 97 98 21 40

{DISCLAIMER_EN}"""

ORSINI_ACK = """Dear Anaïs,

Thank you for applying for the role of Events Sales Coordinator – Hôtel Orsini Cannes (Job Req R-04417).

This is to confirm that we have received your application. Our Talent Acquisition team reviews every application carefully. Due to the high number of applications we receive, we are unfortunately not able to reply to every applicant individually; if your profile matches the requirements of the role, a member of our team will contact you.

You can check the status of your application at any time by signing in to your candidate home.

Warm regards,
Maison Orsini Talent Acquisition

Please do not reply to this automated message.
"""

ORSINI_INV = f"""Dear Anaïs,

Thank you for your interest in the Events Sales Coordinator position at Hôtel Orsini Cannes. I am pleased to invite you to a first interview with our Director of Events Sales, Mr. Raphaël Guillot, and myself.

Date: Thursday 12 February 2026
Time: 11:00–11:45 (CET)
Format: Microsoft Teams video call (link in the calendar invitation)

The conversation will be held partly in English and partly in French. Please accept the invitation to confirm, or let me know if you need another time.

{SIG_OLIVIA}
"""

ORSINI_CANCEL = f"""Dear Anaïs,

I am very sorry, but I have to cancel our interview planned for this Thursday, 12 February. Raphaël has been called to our Dubai property at short notice and will be away until the end of next week.

Your application remains very much under consideration. I will come back to you in the next few days with a new time slot.

Apologies for the inconvenience.

{SIG_OLIVIA}
"""

ORSINI_REINV = f"""Dear Anaïs,

As promised, here is a new slot for your interview with Raphaël Guillot and me:

Thursday 19 February 2026, 16:00–16:45 (CET), Microsoft Teams.

A new calendar invitation is attached. I hope this works for you.

{SIG_OLIVIA}
"""

ORSINI_NO = """Chère Anaïs,

Je tiens tout d'abord à vous remercier pour les deux entretiens que vous avez eus avec nos équipes pour le poste de Coordinatrice ventes événements à l'Hôtel Orsini Cannes, ainsi que pour la qualité de nos échanges.

Après mûre réflexion, nous avons choisi de retenir une candidate disposant d'une expérience plus longue en vente MICE dans un établissement de luxe. Ce choix n'enlève rien à vos qualités, que Raphaël Guillot a particulièrement soulignées.

Nous serions heureux de garder le contact pour de futures opportunités au sein de nos maisons.

Avec mes salutations les meilleures,

Hélène Vasseur
Directrice des Ressources Humaines
Hôtel Orsini Cannes – Maison Orsini Hotels & Resorts
61, boulevard de la Croisette, 06400 Cannes
"""

# --------------------------------------------------------------- Azur Yachting (Monaco)
YACHT = "Azur Yachting"
HANNAH = ("Hannah Kowalski", "hannah.kowalski@azuryachting.example.mc")
SIG_HANNAH = """Hannah Kowalski
People & Operations Lead
Azur Yachting Charter
Quai Antoine 1er, Monaco
+377 93 25 70 18"""

YACHT_INV = """Hi Anaïs,

Thanks for applying to the Charter Guest Experience Coordinator role at Azur Yachting. Your hotel front-desk background and your languages stood out to us.

We'd love to set up a 30-minute phone screen with me. Please pick a time that suits you using the link below; all slots are Monaco time.

Book your phone screen: https://jobs.lever.co/azuryachting/interview/schedule/7f3c1e

If none of the times work, just reply to this email and we'll find something.

Best,
Hannah
People & Operations Lead, Azur Yachting
"""

YACHT_MOVE = f"""Hi Anaïs,

Quick one: I need to move our call on Thursday (16 April, 15:00). We've got a charter handover that afternoon that I can't skip.

Could we do Friday 17 April at 15:00 instead? Same number, I'll call you on +33 6 12 48 90 33.

Sorry for the shuffle!

{SIG_HANNAH}
"""

YACHT_MISSED = f"""Hi Anaïs,

I tried calling you today at 15:00 as planned, and again at 15:10, but it went straight to voicemail. I left you a short message.

No worries if something came up. Let me know if you're still interested and I'll see what I can do on my side.

Best,
{SIG_HANNAH}
"""

YACHT_NO = """Hi Anaïs,

Thank you for your interest in the Charter Guest Experience Coordinator position at Azur Yachting and for the time you took to apply.

We've now reviewed all applications and, unfortunately, we have decided not to move forward with your candidacy at this time. We received a great number of strong applications and the decision wasn't easy.

We wish you every success in your search and a great summer season.

The Azur Yachting team
"""

# --------------------------------------------------------------- Festival (Cannes)
RCC = "Rencontres Cinématographiques de Cannes"
CLAIRE = ("Claire Dumas", "c.dumas@rcc-cannes.example.fr")
SIG_CLAIRE = """Claire Dumas
Responsable accréditations & accueil professionnels
Rencontres Cinématographiques de Cannes
3, rue des Belges – 06400 Cannes
04 92 98 66 10"""

RCC_ACK = f"""Bonjour Madame,

Je vous confirme la bonne réception de votre candidature pour le poste saisonnier de chargée d'accréditations (avril – juin 2026).

Les entretiens se dérouleront courant février. Je reviendrai vers vous d'ici là si votre profil est retenu pour la suite du processus.

Bien cordialement,

{SIG_CLAIRE}
"""

RCC_INV = f"""Bonjour Anaïs,

Suite à votre candidature, j'aimerais vous rencontrer pour un entretien le jeudi 19 février à 15h00 dans nos bureaux (3, rue des Belges, 2e étage). Il durera environ 45 minutes ; un court exercice en anglais est prévu.

Merci de me confirmer votre venue.

Bien à vous,

{SIG_CLAIRE}
"""

RCC_CANCEL = f"""Bonjour Anaïs,

Je suis contrainte d'annuler notre entretien de demain, jeudi 19 février : une réunion avec la mairie a été fixée à la même heure et je ne peux pas la déplacer.

Je reviens vers vous dès le début de la semaine prochaine pour vous proposer une nouvelle date. Toutes mes excuses pour ce contretemps.

{SIG_CLAIRE}
"""

RCC_NO = f"""Bonjour Anaïs,

Je reviens vers vous au sujet du poste de chargée d'accréditations. Nous avons finalement décidé de confier cette mission à une personne de notre équipe permanente, qui a souhaité évoluer vers ce poste pour la prochaine édition.

Le poste étant pourvu en interne, le recrutement est clos et je ne pourrai malheureusement pas vous proposer de nouvelle date d'entretien. Je suis sincèrement désolée de l'issue, d'autant que votre candidature était très solide.

Je vous souhaite beaucoup de succès dans vos démarches.

{SIG_CLAIRE}
"""

# --------------------------------------------------------------- Navigli (Milan)
NAVIGLI = "Navigli Congress & Events"
GREENHOUSE = ("Navigli Congress & Events", "no-reply@greenhouse-mail.io")
GIULIA = ("Giulia Ferraris", "giulia.ferraris@navigli-events.example.it")

NAVIGLI_ACK = """Hi Anaïs,

Thanks for applying to Navigli Congress & Events! We've received your application for the Congress Project Coordinator (English speaking) role in Milan.

Our team is reviewing applications and will be in touch if there is a match. In the meantime, feel free to learn more about our upcoming congresses on our website.

Best regards,
The Navigli Congress & Events Recruiting Team
"""

NAVIGLI_INV = """Hi Anaïs,

Thank you for your application for the Congress Project Coordinator role. We'd like to invite you to a 45-minute video interview with me and Marco Bellandi, Head of Congress Operations.

Please choose a time that works for you here:
https://app.greenhouse.io/invite/navigli/3b9e0a21

Available slots run from 18 to 22 May. Once you've picked one, you'll receive a calendar invitation with a Google Meet link.

Looking forward to speaking with you,
Giulia Ferraris
Talent Acquisition Specialist | Navigli Congress & Events
"""

NAVIGLI_MOVE = """Hi Anaïs,

I'm afraid Marco has a client site visit on Wednesday 20 May that has just been confirmed, so we need to move your interview.

Would Friday 22 May at 10:30 CEST work for you? I've tentatively blocked it and sent you an updated invite. If not, tell me two or three times that suit you next week.

Thanks for your flexibility,

Giulia Ferraris
Talent Acquisition Specialist
Navigli Congress & Events
Via Ascanio Sforza 41, 20136 Milano
+39 02 8945 3310
"""

NAVIGLI_THANKS = """Dear Giulia,

Thank you for this morning's conversation with you and Marco. I really enjoyed hearing about the medical congress you are preparing for October and the way your team splits roles between registration and on-site logistics.

It confirmed my wish to move from hotel front desk into congress coordination, and I would be delighted to contribute to Navigli's projects.

Please let me know if you need anything else from me.

Kind regards,
Anaïs Delacroix-N'Diaye
"""

NAVIGLI_NO = """Dear Anaïs,

Thank you again for taking the time to speak with Marco and me, and for your interest in Navigli Congress & Events.

After careful consideration, we have decided to move forward with candidates whose experience more closely matches the requirements of the role, in particular previous work in a congress or PCO environment.

This was not an easy decision and we truly appreciated your energy and your languages. We'll keep your details on file and may reach out for future openings.

All the best,
Giulia Ferraris
Talent Acquisition Specialist | Navigli Congress & Events
"""

# --------------------------------------------------------------- Isar Kongresszentrum (Munich)
ISAR = "Isar Kongresszentrum"
PERSONIO = ("Isar Kongresszentrum", "no-reply@personio.de")
KATHARINA = ("Katharina Brandl", "k.brandl@isar-kongress.example.de")
SIG_KATHARINA = f"""Mit freundlichen Grüßen

Katharina Brandl
Personalreferentin
Isar Kongresszentrum GmbH
Rosenheimer Straße 140 · 81669 München
Tel. +49 89 4520 1188
www.isar-kongress.example.de

Geschäftsführer: Dr. Florian Weidinger · Amtsgericht München HRB 214587

{DISCLAIMER_DE}"""

ISAR_ACK = """Guten Tag Frau Delacroix-N'Diaye,

vielen Dank für Ihre Bewerbung als Eventkoordinator (m/w/d) – Kongresse & Tagungen und Ihr Interesse am Isar Kongresszentrum.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei bis drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team des Isar Kongresszentrums

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
"""

ISAR_INV = f"""Sehr geehrte Frau Delacroix-N'Diaye,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns neugierig gemacht, und wir möchten Sie gerne in einem ersten Videogespräch näher kennenlernen.

Termin: Mittwoch, 1. Juli 2026, 10:00 bis 10:45 Uhr
Teilnehmende: Herr Tobias Reiter (Leitung Veranstaltungsmanagement) und ich
Plattform: Microsoft Teams – den Link erhalten Sie mit der Kalendereinladung

Das Gespräch kann gerne auf Englisch stattfinden, falls Ihnen das lieber ist. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

{SIG_KATHARINA}
"""

ISAR_ASK = """Sehr geehrte Frau Brandl,

herzlichen Dank für die Einladung, ich freue mich sehr darüber.

Leider betreue ich am Mittwoch, den 1. Juli, vormittags einen Fachkongress im Palais des Congrès in Nizza und kann das Gespräch zu dieser Uhrzeit nicht führen. Wäre ein Termin am Nachmittag desselben Tages oder am Donnerstag, den 2. Juli, möglich?

Entschuldigen Sie bitte die Umstände.

Mit freundlichen Grüßen
Anaïs Delacroix-N'Diaye
"""

ISAR_MOVE = f"""Sehr geehrte Frau Delacroix-N'Diaye,

kein Problem – wir verschieben das Gespräch auf Donnerstag, 2. Juli 2026, 16:00 Uhr. Die aktualisierte Kalendereinladung finden Sie im Anhang; der Teams-Link bleibt gleich.

Wir freuen uns auf das Gespräch.

{SIG_KATHARINA}
"""

ISAR_ROUND2 = f"""Liebe Frau Delacroix-N'Diaye,

vielen Dank für das angenehme Gespräch letzte Woche. Herr Reiter und ich würden Sie gerne zu einem Kennenlerntag bei uns im Haus einladen.

Wann: Donnerstag, 16. Juli 2026, 9:30 bis ca. 15:00 Uhr
Wo: Isar Kongresszentrum, Rosenheimer Straße 140, Empfang Halle B

Sie begleiten vormittags den Aufbau einer Fachtagung, am Nachmittag folgt ein Gespräch mit Herrn Reiter und unserem Geschäftsführer Dr. Weidinger. Ihre Reisekosten (Flug Nizza–München, eine Hotelnacht) übernehmen wir selbstverständlich.

Geben Sie mir bitte bis Freitag Bescheid, ob der Termin passt.

{SIG_KATHARINA}
"""

# --------------------------------------------------------------- CICL (Geneva)
CICL = "Centre International de Conférences Léman"
SF = ("CICL – Recrutement", "noreply@successfactors.eu")
NADIA = ("Nadia Perret", "nadia.perret@cicl.example.ch")
SIG_NADIA = """Nadia Perret
Spécialiste Ressources Humaines
Centre International de Conférences Léman
Rue de Varembé 17, 1202 Genève
+41 22 791 63 40"""

CICL_ACK = """Madame,

Nous accusons réception de votre candidature pour le poste d'Assistante chef de projet congrès (80-100 %) et vous remercions de l'intérêt porté au Centre International de Conférences Léman.

Votre dossier sera examiné avec attention. Nous vous informerons de la suite donnée dans un délai de quatre semaines environ.

Meilleures salutations

Ressources Humaines
Centre International de Conférences Léman

Ce message a été généré automatiquement. Merci de ne pas y répondre.
"""

CICL_INV = f"""Madame,

Nous avons le plaisir de vous inviter à un entretien par visioconférence (Webex) pour le poste d'Assistante chef de projet congrès.

Date : mardi 24 mars 2026
Heure : 14h00 – 14h45 (heure de Genève)
Lien : https://cicl.webex.example.ch/meet/nperret

Vous rencontrerez M. Pascal Duruz, chef de projet senior, et moi-même. Nous vous remercions de bien vouloir confirmer votre participation en répondant à ce message.

Meilleures salutations

{SIG_NADIA}
"""

CICL_MISSED = f"""Madame,

Nous étions connectés ce jour à 14h00 sur Webex pour notre entretien, M. Duruz et moi-même, et vous avons attendue jusqu'à 14h20. Nous n'avons pas reçu de message de votre part.

Pourriez-vous nous indiquer ce qui s'est passé ?

Meilleures salutations

{SIG_NADIA}
"""

CICL_EXPLAIN = """Madame Perret,

Je suis confuse : j'étais connectée à 14h00 précises, mais sur le lien indiqué dans le premier courriel de la plateforme, qui semble différent de celui de votre message. J'ai attendu dans une salle vide jusqu'à 14h30 avant de vous écrire via le portail candidat.

Je vous présente mes excuses pour ce malentendu et reste très intéressée par le poste. Je suis disponible à tout moment cette semaine pour un nouvel entretien.

Avec mes salutations distinguées,
Anaïs Delacroix-N'Diaye
"""

CICL_MOVE = f"""Madame,

Merci pour vos explications ; il y avait effectivement deux liens différents, veuillez nous en excuser.

Nous vous proposons de reprogrammer l'entretien au mardi 31 mars 2026 à 9h00, cette fois au lien suivant uniquement : https://cicl.webex.example.ch/meet/nperret

Meilleures salutations

{SIG_NADIA}
"""

CICL_NO = f"""Madame,

Nous vous remercions encore pour l'entretien du 31 mars.

Suite à une décision de la direction, les recrutements prévus pour la saison d'automne sont gelés jusqu'à nouvel ordre. Le processus pour le poste d'Assistante chef de projet congrès est donc suspendu et nous ne sommes malheureusement pas en mesure de poursuivre votre candidature.

Nous regrettons vivement cette issue et vous souhaitons plein succès pour la suite.

Meilleures salutations

{SIG_NADIA}
"""

# --------------------------------------------------------------- Palacio Triana (Seville)
TRIANA = "Palacio de Congresos Triana"
RECRUITEE = ("Palacio de Congresos Triana", "no-reply@recruitee.com")
MJ = ("María José Lozano", "mj.lozano@congresostriana.example.es")
SIG_MJ = """María José Lozano Ruiz
Responsable de Selección
Palacio de Congresos Triana
Avda. de la Expo 92, 41092 Sevilla
Tel. +34 954 47 81 20"""

TRIANA_ACK = """Hola, Anaïs:

Gracias por tu interés en el Palacio de Congresos Triana. Hemos recibido correctamente tu candidatura para el puesto de Coordinadora de eventos internacionales.

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo en las próximas semanas.

Un saludo,
Equipo de Personas – Palacio de Congresos Triana
"""

TRIANA_INV = f"""Hola, Anaïs:

Te escribo en relación con tu candidatura al puesto de Coordinadora de eventos internacionales. Nos gustaría conocerte en una entrevista por videollamada.

Fecha: jueves 7 de mayo de 2026
Hora: 12:00 h (hora peninsular)
Duración: unos 40 minutos
Participantes: Javier Montoya (director de operaciones) y yo

Parte de la entrevista será en inglés y en francés. ¿Me confirmas si te viene bien?

Un saludo,

{SIG_MJ}
"""

TRIANA_MOVE = f"""Hola de nuevo, Anaïs:

Lo siento mucho, pero tenemos que aplazar la entrevista del jueves. Javier tiene que acompañar a un cliente en una visita técnica ese mismo día.

Te propongo el martes 12 de mayo a las 10:30 h. Te envío la nueva convocatoria; si no te encaja, dime qué otro hueco te vendría mejor esa semana.

Gracias por tu comprensión.

{SIG_MJ}
"""

TRIANA_THANKS = """Hola, María José:

Muchas gracias por la entrevista de esta mañana, a ti y a Javier. Me ha encantado conocer el proyecto del nuevo auditorio y el tipo de congresos internacionales que acogéis.

Quedo a vuestra disposición para cualquier información adicional.

Un cordial saludo,
Anaïs Delacroix-N'Diaye
"""

TRIANA_NO = f"""Hola, Anaïs:

Gracias de nuevo por tu tiempo y por el interés mostrado en el Palacio de Congresos Triana.

Tras valorar todas las candidaturas, hemos decidido seguir adelante con otra persona cuyo perfil se ajusta más a las necesidades actuales del puesto, sobre todo por su experiencia previa en organización de congresos médicos.

Lamentamos no poder darte una respuesta positiva en esta ocasión y te deseamos mucha suerte en tu búsqueda.

Un saludo cordial,

{SIG_MJ}
"""

# --------------------------------------------------------------- Duende Eventos (Seville)
DUENDE = "Duende Eventos"
ROCIO = ("Rocío Márquez", "rocio.marquez@duende-eventos.example.es")

DUENDE_INV = """¡Hola, Anaïs!

Soy Rocío, de Duende Eventos. Hemos visto tu CV para el puesto de Técnica de eventos y bodas internacionales y nos ha gustado mucho, sobre todo tu francés e inglés nativos.

¿Te vendría bien una llamada de unos 20 minutos el miércoles 10 de junio a las 17:00 h? Te llamaría yo al número de tu CV.

Un abrazo,
Rocío Márquez
Duende Eventos · Calle Betis 12, Sevilla
"""

DUENDE_MOVE = """Hola, Anaïs:

Perdona, me ha surgido una prueba de menú con unos novios justo el miércoles por la tarde. ¿Podemos pasar la llamada al martes 9 de junio a las 18:30 h? Si no, dime y buscamos otro momento.

Gracias y perdona el cambio,
Rocío
"""

DUENDE_MISSED = """Hola, Anaïs:

Te he llamado hoy a las 18:30 h, como habíamos quedado, y otra vez a las 18:45 h, pero no he podido localizarte. Te he dejado un mensaje en el buzón de voz.

Espero que esté todo bien. Si sigues interesada, escríbeme y vemos qué hacemos.

Un saludo,
Rocío Márquez
Duende Eventos
"""

DUENDE_SORRY = """Hola, Rocío:

Te pido mil disculpas. Estaba de turno en el hotel y el móvil se quedó en la taquilla; cuando lo vi ya eran más de las ocho. Ha sido un error mío y lo siento de verdad.

Sigo muy interesada en el puesto. Si todavía es posible, estoy disponible cualquier día de esta semana a partir de las 16:00 h.

Un saludo,
Anaïs
"""

DUENDE_NO = """Hola, Anaïs:

Te escribo para contarte que finalmente hemos cerrado el puesto de Técnica de eventos y bodas con otra candidata que ya vive en Sevilla y podía incorporarse de inmediato, algo clave para nosotros en plena temporada.

Siento no traerte mejores noticias. Guardamos tu CV por si en otoño abrimos algo para clientes franceses.

Un abrazo y mucha suerte,
Rocío Márquez
Duende Eventos
"""

SPECS: list[dict] = [
    # Palais des Congrès Riviera-Azur ------------------------------------------------
    m("pcra_ack", "application_received", "fr", "2026-01-14 08:31 +0000",
      (PCRA, "noreply@smartrecruiters.com"),
      "Votre candidature – Coordinatrice événements MICE (H/F) – CDD 6 mois", PCRA_ACK,
      html=page(PCRA_ACK, brand=PCRA, color="#0b4f6c",
                footer="Propulsé par SmartRecruiters · Politique de confidentialité"),
      company=PCRA),
    m("pcra_invite", "interview_invitation", "fr", "2026-02-02 11:47 +0100", SOPHIE,
      "Invitation à un entretien – Coordinatrice événements MICE", PCRA_INV,
      ics={"uid": "pcra-entretien-0210@congres-riviera.example.fr", "seq": 0,
           "start": "20260210T100000", "end": "20260210T110000",
           "summary": "Entretien – Anaïs Delacroix-N'Diaye – Coordinatrice MICE",
           "location": "Palais des Congrès Riviera-Azur, accueil administratif niveau 2"},
      company=PCRA, contact=SOPHIE[1], cte="quoted-printable"),
    m("pcra_moved", "interview_reschedule_or_cancel", "fr", "2026-02-05 17:20 +0100", SOPHIE,
      "RE: Invitation à un entretien – Coordinatrice événements MICE", PCRA_MOVE,
      parent="pcra_invite", quote="fr",
      ics={"uid": "pcra-entretien-0210@congres-riviera.example.fr", "seq": 1,
           "start": "20260212T143000", "end": "20260212T153000",
           "summary": "Entretien – Anaïs Delacroix-N'Diaye – Coordinatrice MICE (nouvel horaire)",
           "location": "Palais des Congrès Riviera-Azur, accueil administratif niveau 2"},
      company=PCRA, contact=SOPHIE[1], cte="quoted-printable"),
    own("pcra_thanks", "fr", "2026-02-12 18:52 +0100", SOPHIE,
        "Re: RE: Invitation à un entretien – Coordinatrice événements MICE", PCRA_THANKS,
        parent="pcra_moved", quote="fr", cte="8bit"),
    m("pcra_round2", "interview_invitation", "fr", "2026-02-18 09:12 +0100", LAURENT,
      "Second entretien – mise en situation", PCRA_ROUND2, cc=[SOPHIE],
      charset="windows-1252", cte="quoted-printable",
      headers={"X-Mailer": "Microsoft Outlook 16.0", "Importance": "normal"},
      company=PCRA, contact=LAURENT[1]),
    # Lumen Events -----------------------------------------------------------------
    m("lumen_ack", "application_received", "fr", "2026-03-03 13:05 +0000",
      ("Lumen Events", "no-reply@teamtailor-mail.com"),
      "Merci pour votre candidature chez Lumen Events !", None, html=LUMEN_ACK_HTML,
      company=LUMEN),
    m("lumen_invite", "interview_invitation", "fr", "2026-03-10 10:02 +0100",
      ("Thomas Bérard – Lumen Events", "no-reply@teamtailor-mail.com"),
      "Chef de projet événementiel junior – premier échange ?", LUMEN_INV,
      reply_to=THOMAS, html=page(LUMEN_INV, brand="Lumen Events", color="#e4572e"),
      company=LUMEN, contact=THOMAS[1]),
    own("lumen_ask", "fr", "2026-03-10 21:40 +0100", THOMAS,
        "Re: Chef de projet événementiel junior – premier échange ?", LUMEN_ASK,
        parent="lumen_invite", quote="fr"),
    m("lumen_moved", "interview_reschedule_or_cancel", "fr", "2026-03-11 09:15 +0100", THOMAS,
      "Re: Chef de projet événementiel junior – premier échange ?", LUMEN_MOVE,
      parent="lumen_ask", quote="fr", company=LUMEN, contact=THOMAS[1], cte="base64"),
    m("lumen_missed", "missed_interview_notice", "fr", "2026-03-19 10:05 +0100", THOMAS,
      "Notre échange de ce matin", LUMEN_MISSED, charset="iso-8859-1", cte="8bit",
      company=LUMEN, contact=THOMAS[1]),
    own("lumen_sorry", "fr", "2026-03-19 12:31 +0100", THOMAS,
        "Re: Notre échange de ce matin", LUMEN_SORRY, parent="lumen_missed", quote="fr",
        charset="iso-8859-1", cte="quoted-printable"),
    m("lumen_no", "rejection", "fr", "2026-03-27 14:22 +0000",
      ("Lumen Events", "no-reply@teamtailor-mail.com"),
      "Votre candidature chez Lumen Events", LUMEN_NO,
      html=page(LUMEN_NO, brand="Lumen Events", color="#e4572e",
                footer="Envoyé via Teamtailor"),
      company=LUMEN),
    # Maison Orsini ----------------------------------------------------------------
    m("orsini_ack", "application_received", "en", "2026-01-20 07:02 +0000", WORKDAY,
      "Application received: Events Sales Coordinator – Hôtel Orsini Cannes (R-04417)",
      ORSINI_ACK, company=ORSINI, cte="quoted-printable"),
    m("orsini_invite", "interview_invitation", "en", "2026-02-03 15:40 +0100", OLIVIA,
      "Interview invitation – Events Sales Coordinator, Hôtel Orsini Cannes", ORSINI_INV,
      html=page(ORSINI_INV, lang="en"),
      ics={"uid": "040000008200E00074C5B7101A82E0080000000071A2B3C4D5E6F701", "seq": 0,
           "start": "20260212T110000", "end": "20260212T114500",
           "summary": "Interview Anaïs Delacroix-N'Diaye / Events Sales Coordinator",
           "location": "Microsoft Teams Meeting", "tz": "Romance Standard Time"},
      company=ORSINI, contact=OLIVIA[1]),
    m("orsini_cancel", "interview_reschedule_or_cancel", "en", "2026-02-09 18:02 +0100",
      OLIVIA, "Canceled: Interview Anaïs Delacroix-N'Diaye / Events Sales Coordinator",
      ORSINI_CANCEL, parent="orsini_invite", quote="outlook_en",
      ics={"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E0080000000071A2B3C4D5E6F701",
           "seq": 1, "start": "20260212T110000", "end": "20260212T114500",
           "summary": "Canceled: Interview Anaïs Delacroix-N'Diaye / Events Sales Coordinator",
           "location": "Microsoft Teams Meeting", "tz": "Romance Standard Time"},
      company=ORSINI, contact=OLIVIA[1]),
    m("orsini_reinvite", "interview_invitation", "en", "2026-02-13 10:20 +0100", OLIVIA,
      "New time: Interview – Events Sales Coordinator, Hôtel Orsini Cannes", ORSINI_REINV,
      parent="orsini_cancel", quote="outlook_en",
      ics={"uid": "040000008200E00074C5B7101A82E0080000000071A2B3C4D5E6F702", "seq": 0,
           "start": "20260219T160000", "end": "20260219T164500",
           "summary": "Interview Anaïs Delacroix-N'Diaye / Events Sales Coordinator",
           "location": "Microsoft Teams Meeting", "tz": "Romance Standard Time",
           "inline": False},
      company=ORSINI, contact=OLIVIA[1]),
    m("orsini_no", "rejection", "fr", "2026-03-02 16:45 +0100",
      ("Hélène Vasseur", "helene.vasseur@maison-orsini.example.com"),
      "Votre candidature – Hôtel Orsini Cannes", ORSINI_NO, charset="windows-1252",
      cte="8bit", company=ORSINI, contact="helene.vasseur@maison-orsini.example.com"),
    # Azur Yachting ----------------------------------------------------------------
    m("yacht_invite", "interview_invitation", "en", "2026-04-08 09:30 +0200",
      ("Hannah Kowalski from Azur Yachting", "no-reply@hire.lever.co"),
      "Azur Yachting – let's schedule a call", YACHT_INV, reply_to=HANNAH,
      html=page(YACHT_INV, lang="en", brand="Azur Yachting", color="#023e8a"),
      company=YACHT, contact=HANNAH[1]),
    m("yacht_moved", "interview_reschedule_or_cancel", "en", "2026-04-13 08:10 +0200", HANNAH,
      "Moving our call to Friday?", YACHT_MOVE, company=YACHT, contact=HANNAH[1],
      cte="quoted-printable"),
    m("yacht_missed", "missed_interview_notice", "en", "2026-04-17 15:24 +0200", HANNAH,
      "Re: Moving our call to Friday?", YACHT_MISSED, parent="yacht_moved", quote="en",
      company=YACHT, contact=HANNAH[1]),
    m("yacht_no", "rejection", "en", "2026-04-28 16:00 +0000",
      ("Azur Yachting", "no-reply@hire.lever.co"),
      "Your application to Azur Yachting", YACHT_NO, company=YACHT, cte="base64"),
    # Festival -----------------------------------------------------------------------
    m("rcc_ack", "application_received", "fr", "2026-01-28 12:14 +0100", CLAIRE,
      "Re: Candidature – chargée d'accréditations saison 2026", RCC_ACK,
      charset="iso-8859-1", company=RCC, contact=CLAIRE[1]),
    m("rcc_invite", "interview_invitation", "fr", "2026-02-16 09:40 +0100", CLAIRE,
      "Entretien – poste saisonnier accréditations", RCC_INV, charset="iso-8859-1",
      company=RCC, contact=CLAIRE[1]),
    m("rcc_cancel", "interview_reschedule_or_cancel", "fr", "2026-02-18 18:05 +0100", CLAIRE,
      "Annulation de notre entretien de demain", RCC_CANCEL, company=RCC, contact=CLAIRE[1],
      charset="iso-8859-1", cte="quoted-printable"),
    m("rcc_no", "rejection", "fr", "2026-03-04 11:30 +0100", CLAIRE,
      "Poste de chargée d'accréditations", RCC_NO, parent="rcc_cancel", quote="fr",
      company=RCC, contact=CLAIRE[1]),
    # Navigli ------------------------------------------------------------------------
    m("navigli_ack", "application_received", "en", "2026-05-04 08:15 +0000", GREENHOUSE,
      "Thank you for applying to Navigli Congress & Events", NAVIGLI_ACK,
      html=page(NAVIGLI_ACK, lang="en", brand=NAVIGLI, color="#5c3c92"), company=NAVIGLI),
    m("navigli_invite", "interview_invitation", "en", "2026-05-11 14:02 +0000",
      ("Giulia Ferraris via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Interview invitation: Congress Project Coordinator (English speaking)", NAVIGLI_INV,
      reply_to=GIULIA, company=NAVIGLI, contact=GIULIA[1]),
    m("navigli_moved", "interview_reschedule_or_cancel", "en", "2026-05-18 12:47 +0200",
      GIULIA, "Re: Interview invitation: Congress Project Coordinator (English speaking)",
      NAVIGLI_MOVE, parent="navigli_invite", quote="en", company=NAVIGLI,
      contact=GIULIA[1]),
    own("navigli_thanks", "en", "2026-05-22 13:10 +0200", GIULIA,
        "Thank you – Congress Project Coordinator interview", NAVIGLI_THANKS),
    m("navigli_no", "rejection", "en", "2026-06-03 10:05 +0200", GIULIA,
      "Re: Thank you – Congress Project Coordinator interview", NAVIGLI_NO,
      parent="navigli_thanks", quote="en", company=NAVIGLI, contact=GIULIA[1],
      cte="base64"),
    # Isar Kongresszentrum (offers in msgs320_offers) --------------------------------
    m("isar_ack", "application_received", "de", "2026-06-15 06:44 +0000", PERSONIO,
      "Eingangsbestätigung Ihrer Bewerbung: Eventkoordinator (m/w/d) – Kongresse & Tagungen",
      ISAR_ACK, html=page(ISAR_ACK, lang="de", brand=ISAR, color="#00557f"), company=ISAR),
    m("isar_invite", "interview_invitation", "de", "2026-06-24 11:30 +0200", KATHARINA,
      "Einladung zum Videogespräch – Eventkoordinator (m/w/d)", ISAR_INV,
      company=ISAR, contact=KATHARINA[1], cte="quoted-printable"),
    own("isar_ask", "de", "2026-06-24 22:05 +0200", KATHARINA,
        "AW: Einladung zum Videogespräch – Eventkoordinator (m/w/d)", ISAR_ASK,
        parent="isar_invite", quote="de", cte="8bit"),
    m("isar_moved", "interview_reschedule_or_cancel", "de", "2026-06-25 08:50 +0200",
      KATHARINA, "AW: Einladung zum Videogespräch – Eventkoordinator (m/w/d)", ISAR_MOVE,
      parent="isar_ask", quote="outlook_de",
      ics={"uid": "isar-vg-2026-0701-dnd@isar-kongress.example.de", "seq": 1,
           "start": "20260702T160000", "end": "20260702T164500",
           "summary": "Videogespräch Eventkoordinator – Frau Delacroix-N'Diaye",
           "location": "Microsoft Teams", "tz": "W. Europe Standard Time"},
      company=ISAR, contact=KATHARINA[1]),
    m("isar_round2", "interview_invitation", "de", "2026-07-08 14:15 +0200", KATHARINA,
      "Einladung zum Kennenlerntag am 16. Juli", ISAR_ROUND2, company=ISAR,
      contact=KATHARINA[1], charset="iso-8859-1", cte="quoted-printable"),
    # CICL ---------------------------------------------------------------------------
    m("cicl_ack", "application_received", "fr", "2026-02-24 16:20 +0000", SF,
      "Accusé de réception – Assistante chef de projet congrès (réf. 2026-117)", CICL_ACK,
      company=CICL, cte="base64"),
    m("cicl_invite", "interview_invitation", "fr", "2026-03-12 10:00 +0100",
      ("Nadia Perret", "noreply@successfactors.eu"),
      "Invitation à un entretien – Assistante chef de projet congrès", CICL_INV,
      reply_to=NADIA, html=page(CICL_INV, brand=CICL, color="#7a0019"),
      company=CICL, contact=NADIA[1]),
    m("cicl_missed", "missed_interview_notice", "fr", "2026-03-24 14:26 +0100", NADIA,
      "Entretien de ce jour – 14h00", CICL_MISSED, company=CICL, contact=NADIA[1],
      charset="windows-1252", cte="quoted-printable"),
    own("cicl_explain", "fr", "2026-03-24 15:02 +0100", NADIA,
        "RE: Entretien de ce jour – 14h00", CICL_EXPLAIN, parent="cicl_missed",
        quote="outlook_fr"),
    m("cicl_moved", "interview_reschedule_or_cancel", "fr", "2026-03-25 09:10 +0100", NADIA,
      "RE: Entretien de ce jour – 14h00", CICL_MOVE, parent="cicl_explain",
      quote="outlook_fr", company=CICL, contact=NADIA[1]),
    m("cicl_no", "rejection", "fr", "2026-04-22 10:40 +0200", NADIA,
      "Assistante chef de projet congrès – suspension du recrutement", CICL_NO,
      company=CICL, contact=NADIA[1], cte="8bit"),
    # Palacio de Congresos Triana ---------------------------------------------------
    m("triana_ack", "application_received", "es", "2026-04-20 09:01 +0000", RECRUITEE,
      "Hemos recibido tu candidatura – Coordinadora de eventos internacionales", None,
      html=page(TRIANA_ACK, lang="es", brand=TRIANA, color="#b5651d",
                footer="Enviado con Recruitee · Política de privacidad"),
      company=TRIANA),
    m("triana_invite", "interview_invitation", "es", "2026-04-29 13:20 +0200", MJ,
      "Entrevista – Coordinadora de eventos internacionales", TRIANA_INV,
      company=TRIANA, contact=MJ[1], charset="iso-8859-1"),
    m("triana_moved", "interview_reschedule_or_cancel", "es", "2026-05-05 17:45 +0200", MJ,
      "RE: Entrevista – Coordinadora de eventos internacionales", TRIANA_MOVE,
      parent="triana_invite", quote="outlook_es",
      ics={"uid": "triana-entrevista-dnd-0507@congresostriana.example.es", "seq": 1,
           "start": "20260512T103000", "end": "20260512T111000",
           "summary": "Entrevista Anaïs Delacroix-N'Diaye – Coordinadora eventos",
           "location": "Google Meet", "tz": "Europe/Madrid"},
      company=TRIANA, contact=MJ[1]),
    own("triana_thanks", "es", "2026-05-12 13:30 +0200", MJ,
        "Gracias por la entrevista", TRIANA_THANKS, charset="iso-8859-1", cte="8bit"),
    m("triana_no", "rejection", "es", "2026-05-26 12:00 +0200", MJ,
      "RE: Gracias por la entrevista", TRIANA_NO, parent="triana_thanks",
      quote="outlook_es", company=TRIANA, contact=MJ[1], cte="quoted-printable"),
    # Duende Eventos -----------------------------------------------------------------
    m("duende_invite", "interview_invitation", "es", "2026-06-02 11:12 +0200", ROCIO,
      "Tu candidatura en Duende Eventos", DUENDE_INV, company=DUENDE, contact=ROCIO[1],
      headers={"X-Mailer": "iPhone Mail (21F90)"}),
    m("duende_moved", "interview_reschedule_or_cancel", "es", "2026-06-05 19:02 +0200",
      ROCIO, "Re: Tu candidatura en Duende Eventos", DUENDE_MOVE, parent="duende_invite",
      quote="es", company=DUENDE, contact=ROCIO[1]),
    m("duende_missed", "missed_interview_notice", "es", "2026-06-09 18:58 +0200", ROCIO,
      "Te he llamado", DUENDE_MISSED, company=DUENDE, contact=ROCIO[1],
      charset="windows-1252", cte="8bit"),
    own("duende_sorry", "es", "2026-06-09 20:40 +0200", ROCIO, "Re: Te he llamado",
        DUENDE_SORRY, parent="duende_missed", quote="es"),
    m("duende_no", "rejection", "es", "2026-06-30 10:25 +0200", ROCIO,
      "Puesto de técnica de eventos y bodas", DUENDE_NO, company=DUENDE, contact=ROCIO[1]),
]

SPECS = latin1_typed(SPECS)
