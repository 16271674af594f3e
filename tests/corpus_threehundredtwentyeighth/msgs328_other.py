"""`other` mail of corpus 328: traps full of job words, life admin, and the candidate's own mail."""

from __future__ import annotations

from msgs328_common import ME, Spec, m

SPECS: list[Spec] = []
add = SPECS.append
OTHER = "other"


def bulk(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


# ------------------------------------------------------------------ French
add(m("oth_alerte_emploiouest", OTHER, "fr", "2026-02-20 06:00 +0100",
      ("EmploiOuest Alertes", "alertes@emploiouest.example.fr"),
      "12 nouvelles offres : technicien support – Rennes (35)",
      """Bonjour Gaëtan,

Voici les nouvelles offres correspondant à votre alerte « technicien support – Rennes (35) » :

1. Technicien support N1 H/F – Armor Fibre – Rennes – CDI
   « Vous serez l'interlocuteur privilégié des utilisateurs… entretien en deux étapes »
2. Technicien de proximité – Intérim 3 mois – Cesson-Sévigné
3. Administrateur réseau junior – Vannes – CDD 12 mois
   « Malheureusement, les candidatures incomplètes ne seront pas étudiées »

Conseil de la semaine : un refus n'est jamais définitif ! Découvrez comment transformer une réponse négative en opportunité et préparer votre prochain entretien d'embauche.

Vous recevez cet e-mail car vous avez créé une alerte sur EmploiOuest. Se désabonner : https://www.emploiouest.example.fr/alertes/stop?u=88213""",
      fmt="alt", brand="EmploiOuest",
      headers=bulk("EmploiOuest alertes <alertes.emploiouest.example.fr>",
                   "https://www.emploiouest.example.fr/alertes/stop?u=88213")))

add(m("oth_mag_reconversion", OTHER, "fr", "2026-03-13 07:15 +0100",
      ("Le Mag de la Reconversion", "newsletter@mag-reconversion.example.fr"),
      "N°47 – « Votre candidature n'a pas été retenue » : et maintenant ?",
      """LE MAG DE LA RECONVERSION – n°47

À la une : « Nous avons le regret de vous informer… » Trois reconvertis racontent comment ils ont encaissé leurs premiers refus et décroché un entretien la semaine suivante.

Aussi dans ce numéro :
– Entretien d'embauche : les 7 questions pièges quand on change de métier
– Invitation à notre webinaire « Réussir sa reconversion dans l'IT » le 26 mars à 18h
– Témoignage : de régisseur lumière à administrateur systèmes

Bonne lecture !
La rédaction

Pour ne plus recevoir cette lettre : https://mag-reconversion.example.fr/desinscription""",
      fmt="html", brand="Le Mag de la Reconversion",
      headers=bulk("Le Mag de la Reconversion <lettre.mag-reconversion.example.fr>",
                   "mailto:desinscription@mag-reconversion.example.fr")))

add(m("oth_presse_ouest", OTHER, "fr", "2026-04-22 11:32 +0200",
      ("Agathe Moal", "agathe.moal@rennes-hebdo.example.fr"),
      "Demande d'interview – portrait de reconversion",
      """Bonjour Gaëtan,

Je suis journaliste à Rennes Hebdo. Nous préparons un dossier sur les intermittents du spectacle qui se reconvertissent dans le numérique, et votre nom m'a été donné par l'association Sono Solidaire.

Accepteriez-vous une interview d'une demi-heure, par téléphone ou autour d'un café, la semaine prochaine ? Un photographe pourrait aussi passer pour un portrait.

Merci d'avance,
Agathe Moal
Journaliste – Rennes Hebdo
06 50 00 21 47""",
      cte="quoted-printable"))

add(m("oth_podcast", OTHER, "fr", "2026-05-07 20:14 +0200",
      ("Podcast Sons & Circuits", "contact@sons-et-circuits.example.fr"),
      "Invitation à notre podcast – épisode « Du câble XLR au câble RJ45 »",
      """Salut Gaëtan,

On anime Sons & Circuits, un podcast sur les métiers techniques du spectacle. On aimerait beaucoup t'avoir comme invité pour un épisode sur les techniciens son qui passent à l'informatique.

L'enregistrement se ferait dans notre petit studio à Nantes, un samedi matin de juin, pour une interview d'environ une heure. Tu nous dis si ça te tente ?

Camille & Hugo
Sons & Circuits – le podcast""",
      fmt="alt", brand=""))

add(m("oth_colis", OTHER, "fr", "2026-02-12 09:40 +0100",
      ("ColiExpress", "suivi@coliexpress.example.fr"),
      "Votre colis 8L004417362FR est retardé",
      """Bonjour,

Malheureusement, votre colis n° 8L004417362FR (expéditeur : RéseauPro Store) a pris du retard en raison d'intempéries sur notre plateforme de Rennes.

Nouvelle date de livraison estimée : lundi 16 février 2026.

Nous vous prions de nous excuser pour ce désagrément. Suivez votre colis à tout moment sur notre site ou dans l'application.

ColiExpress – Service client
Ceci est un message automatique.""",
      fmt="html", brand="ColiExpress", charset="windows-1252", cte="quoted-printable"))

add(m("oth_dentiste", OTHER, "fr", "2026-03-27 18:00 +0100",
      ("Cabinet dentaire des Lices", "rappel@dentiste-lices.example.fr"),
      "Rappel de votre rendez-vous du mardi 31 mars",
      """Bonjour M. Le Bihan-Moreau,

Nous vous rappelons votre rendez-vous au Cabinet dentaire des Lices avec le Dr Anne Guérin :

Mardi 31 mars 2026 à 17h45
12 place des Lices, 35000 Rennes

En cas d'empêchement, merci d'annuler ou de déplacer votre rendez-vous au moins 24 h à l'avance.

À bientôt !""",
      charset="windows-1252", cte="8bit"))

add(m("oth_visite_appart", OTHER, "fr", "2026-09-24 12:20 +0200",
      ("Julie Tessier – Immo Erdre", "julie.tessier@immo-erdre.example.fr"),
      "Visite de l'appartement – rue Fouré, Nantes",
      """Bonjour Monsieur,

Suite à votre demande, je vous confirme la visite du T2 de la rue Fouré (Nantes, 52 m², 2e étage) le samedi 26 septembre à 11h00. Je vous attendrai devant l'immeuble.

Pensez à préparer votre dossier : pièce d'identité, trois derniers bulletins de salaire ou promesse d'embauche, avis d'imposition.

Cordialement,
Julie Tessier
Immo Erdre – Gestion locative""",
      name_enc=("utf-8", "Q")))

add(m("oth_fwd_ami_refus", OTHER, "fr", "2026-05-02 22:37 +0200",
      ("Maxime Quéré", "maxime.quere@example.org"),
      "Tr: Votre candidature – Assistant régisseur",
      """Salut Gaëtan,

Regarde ce que je viens de recevoir… Encore un refus, le troisième ce mois-ci. Je commence à me dire que je devrais suivre ton exemple et me reconvertir aussi, ha ha.

On se fait une bière samedi ?

Max""",
      name_enc=("iso-8859-1", "Q"),
      fwd=m("oth_fwd_ami_refus_inner", OTHER, "fr", "2026-05-02 16:10 +0200",
            ("Théâtre des Tanneurs", "recrutement@theatre-tanneurs.example.fr"),
            "Votre candidature – Assistant régisseur",
            """Monsieur Quéré,

Nous vous remercions de votre candidature au poste d'assistant régisseur. Nous avons le regret de vous informer qu'elle n'a pas été retenue.

Nous vous souhaitons bonne chance dans vos recherches.

Théâtre des Tanneurs""",
            to=("Maxime Quéré", "maxime.quere@example.org"))))

add(m("oth_formation_refus", OTHER, "fr", "2026-01-15 14:00 +0100",
      ("Campus Numérique de Bretagne", "admissions@campus-numerique-bzh.example.fr"),
      "Résultat de votre candidature – Titre professionnel TSSR, session de mars",
      """Bonjour Gaëtan,

Vous avez déposé une candidature pour la formation « Technicien supérieur systèmes et réseaux (TSSR) » – session de mars 2026.

Nous sommes au regret de vous informer que votre candidature n'a pas pu être retenue pour cette session : les 16 places disponibles ont toutes été attribuées. Vous êtes inscrit en liste d'attente (rang 4) et prioritaire pour la session de septembre.

L'équipe admissions
Campus Numérique de Bretagne""",
      fmt="alt", brand="Campus Numérique de Bretagne"))

add(m("oth_banque_position", OTHER, "fr", "2026-06-30 23:02 +0200",
      ("Banque Armoricaine", "ne-pas-repondre@banque-armoricaine.example.fr"),
      "Position de vos comptes au 30/06/2026",
      """Bonjour,

Voici la position de vos comptes au 30/06/2026 :

Compte courant …4471 : 1 284,36 €
Livret A …9020 : 3 410,00 €

Votre prochain relevé mensuel est disponible dans votre espace client.

Banque Armoricaine – Ce message est envoyé automatiquement, merci de ne pas y répondre.""",
      fmt="html", brand="Banque Armoricaine", charset="windows-1252", cte="base64"))

add(m("oth_candidature_spontanee", OTHER, "fr", "2026-07-28 10:02 +0200", ME,
      "Candidature spontanée – technicien informatique et réseau",
      """Bonjour Monsieur Lucas,

Après douze années de régie son, dont plusieurs saisons à Scènes de Vilaine, j'ai entamé une reconversion dans le support informatique et l'administration réseau (CCNA en cours, stage de trois mois au sein d'une ESN rennaise).

Je me permets de vous adresser ma candidature spontanée pour un éventuel poste de technicien informatique : je connais vos salles, vos équipes et vos contraintes de spectacle vivant.

Vous trouverez mon CV ci-joint. Je serais ravi d'en discuter avec vous.

Bien cordialement,
Gaëtan Le Bihan-Moreau
06 12 00 48 73""",
      to=("Jérôme Lucas", "jerome.lucas@scenes-vilaine.example.fr"),
      attach=[("CV_Le_Bihan-Moreau_2026.pdf",
               ["Gaetan Le Bihan-Moreau - Technicien support et reseau",
                "Experience : 12 ans de regie son (spectacle vivant)",
                "Formation : CCNA (en cours), TSSR (2026)"])]))

add(m("oth_etude_utilisateur", OTHER, "fr", "2026-08-20 15:05 +0200",
      ("Parcours Emploi – équipe produit", "ux@parcours-emploi.example.fr"),
      "Participez à un entretien utilisateur (30 min, 40 € offerts)",
      """Bonjour Gaëtan,

Vous utilisez l'application Parcours Emploi pour suivre vos candidatures. Notre équipe produit aimerait mieux comprendre vos besoins.

Nous vous invitons à un entretien utilisateur de 30 minutes en visio, entre le 1er et le 10 septembre. Pour vous remercier, un bon d'achat de 40 € vous sera offert.

Choisissez votre créneau : https://parcours-emploi.example.fr/recherche-utilisateur

Merci pour votre aide !
L'équipe produit Parcours Emploi""",
      fmt="alt", brand="Parcours Emploi"))

add(m("oth_freemission_digest", OTHER, "fr", "2026-09-21 08:00 +0200",
      ("FreeMission", "digest@freemission.example.fr"),
      "Vos missions de la semaine : 9 nouvelles missions support & réseau",
      """Bonjour Gaëtan,

Voici les missions publiées cette semaine qui correspondent à votre profil :

• Support utilisateurs – cabinet d'architectes (Nantes, 5 jours) – TJM 250 €
• Installation réseau wifi – salle de concert (Angers, 3 jours) – TJM 300 €
• Audit réseau et sauvegardes – association (à distance) – forfait 900 €

Astuce : les freelances qui répondent dans les 24 h ont deux fois plus de chances d'être invités à un entretien par le client. Une proposition refusée ? Pas de panique, relancez-vous sur la suivante !

L'équipe FreeMission
Gérer mes notifications : https://freemission.example.fr/notifications""",
      fmt="html", brand="FreeMission",
      headers=bulk("FreeMission digest <digest.freemission.example.fr>",
                   "https://freemission.example.fr/notifications/unsubscribe?t=a81f")))

# ------------------------------------------------------------------ English
add(m("oth_globaljobs", OTHER, "en", "2026-04-04 05:30 +0000",
      ("GlobalJobs Weekly", "digest@globaljobs.example.com"),
      "Your weekly job digest: 18 IT support jobs in Brussels & Geneva",
      """Hi Gaëtan,

Here are this week's top matches for "IT support" near Brussels and Geneva:

• Service Desk Analyst – Kanaal Data – Brussels
• Field IT Technician – Helvetic Relief Network – Geneva
• Junior Network Engineer – Salève Connect – Geneva

Career corner: How to handle rejection and bounce back before your next interview. Unfortunately, most candidates never ask for feedback. Here's how to do it well.

You're receiving this because you subscribed to GlobalJobs Weekly.
Unsubscribe: https://globaljobs.example.com/u/5521""",
      fmt="alt", brand="GlobalJobs",
      headers=bulk("GlobalJobs Weekly <weekly.globaljobs.example.com>",
                   "https://globaljobs.example.com/u/5521")))

add(m("oth_tracker_position", OTHER, "en", "2026-07-11 02:14 +0000",
      ("TrackMate", "alerts@trackmate.example.com"),
      "Position update: your bike has left its safe zone",
      """Hi Gaëtan,

Your TrackMate tag "Vélo cargo" reported a new position outside the safe zone "Home – Rennes":

Last known position: 48.1119 N, 1.6803 W (Rue de Saint-Malo, Rennes)
Time: 11 July 2026, 04:12

If this wasn't you, open the app to follow the tag in real time or report it as stolen.

The TrackMate team""",
      fmt="html", brand="TrackMate"))

add(m("oth_fwd_friend_invite", OTHER, "en", "2026-06-04 21:50 +0200",
      ("Sanne de Vries", "sanne.devries@example.net"),
      "Fwd: Interview invitation – Junior Systems Administrator",
      """Hey Gaëtan,

Guess what, I finally got an interview! It's at the same company you told me about, the one near Schaerbeek. Any tips? You know their office better than I do.

Fingers crossed,
Sanne""",
      fwd=m("oth_fwd_friend_invite_inner", OTHER, "en", "2026-06-04 10:12 +0200",
            ("Joris Peeters", "joris.peeters@brabanet.example.be"),
            "Interview invitation – Junior Systems Administrator",
            """Dear Sanne,

Thank you for your application. We would like to invite you to an interview on Monday 15 June at 09:30 at our Brussels office.

Kind regards,
Joris Peeters
HR Business Partner | Brabanet Systems""",
            to=("Sanne de Vries", "sanne.devries@example.net"))))

add(m("oth_ooo_lakeside", OTHER, "en", "2026-03-18 09:02 +0100",
      ("Emily Carter", "emily.carter@lakeside-health.example.ch"),
      "Automatic reply: Re: We missed you today",
      """Thank you for your email. I am out of the office until Monday 23 March with limited access to email.

For urgent recruitment matters, please contact talent@lakeside-health.example.ch.

Best regards,
Emily Carter""",
      parent="oth_sorry_lakeside",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))

add(m("oth_sorry_lakeside", OTHER, "en", "2026-03-18 09:01 +0100", ME,
      "Re: We missed you today",
      """Hi Emily,

I'm really sorry about yesterday. My phone had switched to a French roaming network and your call never came through. I've just booked a new slot for Thursday at 11:00 via the link.

Apologies again for the inconvenience,
Gaëtan""",
      to=("Emily Carter", "emily.carter@lakeside-health.example.ch"), parent="miss_lakeside",
      quote="en"))

# ------------------------------------------------------------------ German
add(m("oth_jobwelt", OTHER, "de", "2026-05-22 06:45 +0200",
      ("Jobwelt Newsletter", "newsletter@jobwelt.example.de"),
      "Absage erhalten? So punkten Sie im nächsten Vorstellungsgespräch",
      """Jobwelt Newsletter – Ausgabe 21/2026

Liebe Leserinnen und Leser,

eine Absage tut weh, aber sie ist kein Urteil über Ihre Person. In unserem Titelthema zeigen wir, wie Sie nach einem „leider müssen wir Ihnen mitteilen" neue Energie tanken.

Außerdem:
• Einladung zum Vorstellungsgespräch: Die 10 häufigsten Fragen in der IT
• Quereinstieg als Fachinformatiker: Gehälter in Baden-Württemberg
• Neue Stellen: IT-Support Stuttgart, Esslingen, Ludwigsburg

Viel Erfolg bei der Jobsuche!
Ihr Jobwelt-Team

Newsletter abbestellen: https://jobwelt.example.de/abmelden""",
      fmt="alt", brand="Jobwelt", charset="windows-1252",
      headers=bulk("Jobwelt Newsletter <newsletter.jobwelt.example.de>",
                   "https://jobwelt.example.de/abmelden?id=77e1")))

add(m("oth_paket", OTHER, "de", "2026-05-08 13:27 +0200",
      ("Paketblitz", "benachrichtigung@paketblitz.example.de"),
      "Ihre Sendung verzögert sich leider",
      """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 2209 8813 (Absender: Kabelhaus24). Grund: hohes Sendungsaufkommen im Paketzentrum Stuttgart.

Neuer voraussichtlicher Zustelltermin: Dienstag, 12.05.2026.

Wir entschuldigen uns für die Unannehmlichkeiten.

Ihr Paketblitz-Kundenservice""",
      fmt="html", brand="Paketblitz", charset="windows-1252", cte="quoted-printable"))

add(m("oth_wohnung", OTHER, "de", "2026-05-28 17:10 +0200",
      ("Helga Straub", "helga.straub@example.de"),
      "Besichtigung Wohnung Stuttgart-Ost",
      """Hallo Herr Le Bihan-Moreau,

danke für Ihr Interesse an der 2-Zimmer-Wohnung in der Neckarstraße. Eine Besichtigung ist am Samstag, 30. Mai, um 14:00 Uhr möglich. Klingeln Sie bitte bei Straub, 1. OG.

Bitte bringen Sie eine Schufa-Auskunft und Ihren Arbeitsvertrag bzw. eine Zusage des Arbeitgebers mit.

Freundliche Grüße
Helga Straub""",
      charset="iso-8859-1", cte="8bit"))

add(m("oth_arzt", OTHER, "de", "2026-06-08 08:02 +0200",
      ("Praxis Dr. med. Lena Hofer", "termine@praxis-hofer.example.de"),
      "Terminbestätigung: Donnerstag, 11.06.2026, 08:15 Uhr",
      """Sehr geehrter Herr Le Bihan-Moreau,

hiermit bestätigen wir Ihren Termin in unserer Praxis:

Donnerstag, 11.06.2026, 08:15 Uhr
Praxis Dr. med. Lena Hofer, Allgemeinmedizin
Olgastraße 83, 70182 Stuttgart

Bitte bringen Sie Ihre Versichertenkarte bzw. Ihre Europäische Krankenversicherungskarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab.

Ihr Praxisteam""",
      name_enc=("utf-8", "Q")))

add(m("oth_stadtradio", OTHER, "de", "2026-07-03 11:45 +0200",
      ("Stuttgarter Stadtradio – Redaktion", "redaktion@stadtradio-stuttgart.example.de"),
      "Interviewanfrage für unsere Sendung „Neustart“",
      """Hallo Herr Le Bihan-Moreau,

für unsere Sendereihe „Neustart" suchen wir Menschen, die beruflich ganz neu anfangen. Über das Netzwerk der Festivaltechniker haben wir von Ihrem Weg vom Tontechniker zur IT erfahren.

Hätten Sie Lust auf ein Radiointerview von etwa 15 Minuten? Die Aufnahme kann auch per Telefon stattfinden, gern auf Englisch oder Französisch mit Übersetzung.

Viele Grüße
Jonas Pfeiffer
Redaktion „Neustart" – Stuttgarter Stadtradio""",
      cte="base64", subj_enc=("utf-8", "B")))

add(m("oth_bewerbung_eigene", OTHER, "de", "2026-04-30 21:30 +0200", ME,
      "Bewerbung als IT-Supporter (m/w/d) – Gaëtan Le Bihan-Moreau",
      """Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Stellenanzeige als IT-Supporter (m/w/d) gelesen. Nach zwölf Jahren als Tontechniker in Frankreich bilde ich mich derzeit zum Netzwerktechniker weiter (CCNA) und suche eine erste Stelle im IT-Support.

Im Anhang finden Sie meinen Lebenslauf. Ich spreche Französisch, Englisch und Deutsch (B2) und freue mich über eine Einladung zu einem Gespräch.

Mit freundlichen Grüßen
Gaëtan Le Bihan-Moreau""",
      to=("Recruiting Neckarwerk", "karriere@neckarwerk.example.de"),
      attach=[("Lebenslauf_Le_Bihan-Moreau.pdf",
               ["Gaetan Le Bihan-Moreau - Lebenslauf",
                "IT-Support / Netzwerktechnik (CCNA in Vorbereitung)",
                "12 Jahre Tontechniker, Rennes (Frankreich)"])]))

add(m("oth_vhs_kurs", OTHER, "de", "2026-02-26 10:00 +0100",
      ("Volkshochschule Stuttgart-Ost", "anmeldung@vhs-stuttgart-ost.example.de"),
      "Ihre Anmeldung zum Kurs 26F-3412 „Linux-Grundlagen“",
      """Sehr geehrter Herr Le Bihan-Moreau,

vielen Dank für Ihre Anmeldung zum Kurs 26F-3412 „Linux-Grundlagen für Einsteiger".

Leider ist der Kurs bereits ausgebucht, sodass wir Ihnen keinen Platz anbieten können. Wir haben Sie auf die Warteliste (Platz 6) gesetzt und informieren Sie, falls ein Platz frei wird.

Mit freundlichen Grüßen
Ihre VHS Stuttgart-Ost""",
      charset="windows-1252", cte="quoted-printable", subj_enc=("windows-1252", "Q")))

# ------------------------------------------------------------------ Spanish
add(m("oth_infotrabajo", OTHER, "es", "2026-06-10 07:00 +0200",
      ("InfoTrabajo Levante", "alertas@infotrabajo.example.es"),
      "Nuevas ofertas: técnico de redes en Valencia (7)",
      """Hola Gaëtan:

Estas son las nuevas ofertas para tu alerta «técnico de redes – Valencia»:

• Técnico/a de Redes N1 – Levante Telecom – Valencia
• Técnico de soporte – empresa de logística – Puerto de Valencia
• Administrador/a de sistemas junior – Paterna

Consejo: ¿te han rechazado en una entrevista? Lamentablemente es lo más habitual. Descubre cómo pedir feedback y preparar la siguiente.

Recibes este correo porque creaste una alerta en InfoTrabajo. Darse de baja: https://infotrabajo.example.es/baja""",
      fmt="alt", brand="InfoTrabajo",
      headers=bulk("Alertas InfoTrabajo <alertas.infotrabajo.example.es>",
                   "https://infotrabajo.example.es/baja?u=3391")))

add(m("oth_reinventate", OTHER, "es", "2026-07-17 09:00 +0200",
      ("Blog Reinvéntate", "hola@reinventate.example.es"),
      "Cómo superar un rechazo laboral (y bordar tu próxima entrevista)",
      """REINVÉNTATE – Newsletter semanal

Esta semana hablamos de algo que todos hemos vivido: el temido correo de «lamentamos comunicarte que no has sido seleccionado».

• 5 pasos para superar un rechazo sin perder la motivación
• Entrevista por videollamada: checklist técnico
• Invitación: taller gratuito de LinkedIn el 23 de julio

¡Nos leemos la semana que viene!
El equipo de Reinvéntate

Darte de baja: https://reinventate.example.es/baja""",
      fmt="html", brand="Reinvéntate", charset="windows-1252",
      headers=bulk("Reinventate <newsletter.reinventate.example.es>",
                   "https://reinventate.example.es/baja?e=71c0")))

add(m("oth_paquete", OTHER, "es", "2026-07-27 18:33 +0200",
      ("EnvíaYa", "avisos@enviaya.example.es"),
      "Tu paquete llega con retraso",
      """Hola Gaëtan:

Lamentablemente tu paquete ES2026-7781-0043 (remitente: TiendaRedes) no podrá entregarse hoy por una incidencia en el centro de distribución de Riba-roja.

Nueva fecha estimada de entrega: jueves 30 de julio.

Sentimos las molestias.
Equipo EnvíaYa""",
      name_enc=("utf-8", "B"), charset="windows-1252", cte="8bit"))

add(m("oth_visita_piso", OTHER, "es", "2026-07-28 13:40 +0200",
      ("Pisos Ruzafa", "marisa@pisosruzafa.example.es"),
      "Visita al piso de la calle Sueca",
      """Hola Gaëtan:

Te confirmo la visita al piso de la calle Sueca (2 habitaciones, 3.º sin ascensor) el sábado 1 de agosto a las 12:00. Te espero en el portal.

Trae si puedes una copia de tu contrato o de la carta de oferta, el propietario la pedirá.

Un saludo,
Marisa
Pisos Ruzafa""",
      charset="iso-8859-1", cte="quoted-printable"))

add(m("oth_headhunter_es", OTHER, "es", "2026-08-25 10:20 +0200",
      ("Raúl Peris", "raul.peris@peris-talent.example.es"),
      "Tu perfil – sector telecomunicaciones",
      """Hola Gaëtan:

Soy headhunter especializado en telecomunicaciones en Valencia y he visto tu perfil en LinkedIn. Tu combinación de experiencia técnica en directo y formación en redes es poco habitual.

Ahora mismo no tengo ningún proceso abierto que encaje, pero me gustaría tenerte en mi red para futuras oportunidades. Si te parece bien, te escribiré cuando surja algo.

Un saludo,
Raúl Peris
Peris Talent – Executive Search""",
      name_enc=("iso-8859-1", "Q")))

add(m("oth_fwd_amiga_rechazo", OTHER, "es", "2026-06-13 23:05 +0200",
      ("Elena Martí", "elena.marti@example.com"),
      "RV: Resultado del proceso de selección",
      """Hola Gaëtan:

Te reenvío esto para que veas que no eres el único… Me han dicho que no en el hospital. Con lo bien que me había ido la entrevista.

Mañana te llamo y me cuentas lo tuyo con la teleco.

Besos,
Elena""",
      fwd=m("oth_fwd_amiga_rechazo_inner", OTHER, "es", "2026-06-12 13:00 +0200",
            ("Hospital General de l'Horta", "seleccion@hgh.example.es"),
            "Resultado del proceso de selección",
            """Estimada Elena:

Le agradecemos su participación en el proceso de selección de Administrativo/a de Admisión. Lamentamos comunicarle que no ha resultado seleccionada.

Atentamente,
Recursos Humanos – Hospital General de l'Horta""",
            to=("Elena Martí", "elena.marti@example.com"))))

add(m("oth_podcast_es", OTHER, "es", "2026-08-28 17:12 +0200",
      ("Podcast Técnicos del Directo", "hola@tecnicosdeldirecto.example.es"),
      "¿Te vienes a nuestro podcast?",
      """¡Hola Gaëtan!

Hacemos «Técnicos del Directo», un podcast sobre la gente que está detrás de los conciertos. Nos encantaría entrevistarte sobre tu paso del sonido en directo a las redes y la informática.

Grabamos en remoto, unos 50 minutos, cuando mejor te venga en septiembre. ¿Te animas?

Un abrazo,
Bea y Quique""",
      fmt="alt", brand=""))

add(m("oth_banco_posicion", OTHER, "es", "2026-09-01 07:30 +0200",
      ("Caixa del Túria", "no-responder@caixaturia.example.es"),
      "Tu posición global a 31/08/2026",
      """Hola Gaëtan:

Te resumimos la posición global de tus productos a 31/08/2026:

Cuenta nómina …2210: 2.146,80 €
Tarjeta de débito …5513: sin movimientos pendientes

Puedes consultar el detalle en la app o en la banca online.

Caixa del Túria – Mensaje automático, no respondas a este correo.""",
      fmt="html", brand="Caixa del Túria", subj_enc=("iso-8859-1", "B")))

add(m("oth_candidatura_propia_es", OTHER, "es", "2026-06-20 11:05 +0200", ME,
      "Candidatura – Técnico de soporte y redes",
      """Buenos días:

Les escribo para presentar mi candidatura al puesto de técnico de soporte y redes publicado en InfoTrabajo. Soy técnico de sonido con doce años de experiencia en directo y me estoy especializando en redes (CCNA en curso).

Hablo español (C1), francés, inglés y alemán. Adjunto mi currículum y quedo a su disposición para una entrevista.

Atentamente,
Gaëtan Le Bihan-Moreau
+33 6 12 00 48 73""",
      to=("Selección Mediterránea", "seleccion.lucia.sanchis@medcom.example.es"),
      attach=[("CV_Gaetan_Le_Bihan-Moreau_ES.pdf",
               ["Gaetan Le Bihan-Moreau - Curriculum vitae",
                "Tecnico de soporte y redes - CCNA (en curso)"])]))

add(m("oth_sorry_medcom_es", OTHER, "es", "2026-06-03 12:40 +0200", ME,
      "Re: No te hemos visto en la entrevista",
      """Hola Lucía:

Te pido mil disculpas. Tenía apuntada la entrevista para el miércoles por la tarde, no por la mañana. Si todavía es posible, podría ir mañana a cualquier hora o el viernes.

Un saludo,
Gaëtan""",
      to=("Lucía Sanchis", "lucia.sanchis@medcom.example.es"), parent="miss_medcom",
      quote="es"))

