"""Everything that is not job mail for her: digests and newsletters full of job words,
press/podcast/user-research interviews, parcels, bank positions, viewings, appointments,
friends' own news, refused course places, cold approaches, auto-replies and her own sent
mail that does not sit in a thread elsewhere."""

from __future__ import annotations

from msgs320_common import latin1_typed, m, own, page, shell, simple_html

BULK = "bulk"


def listing(list_id: str, unsubscribe: str) -> dict[str, str]:
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": BULK,
    }


NOCES_APPLY = """Bonjour,

Passionnée par l'organisation d'événements et forte de cinq ans d'expérience à la réception d'un hôtel 4* à Nice, je me permets de vous adresser ma candidature spontanée pour rejoindre l'équipe des Noces de Provence en tant qu'assistante de coordination pour la saison 2026.

Au quotidien, je gère l'accueil de groupes, les demandes particulières des clients (anniversaires, demandes en mariage, transferts) et la coordination avec les prestataires de l'hôtel. Je parle couramment anglais, espagnol et italien, un atout pour votre clientèle internationale.

Vous trouverez mon CV en pièce jointe. Je serais ravie d'échanger avec vous sur vos besoins.

Bien cordialement,
Anaïs Delacroix-N'Diaye
06 12 48 90 33
"""

ALERT_FR1 = """EmploiRiviera – Vos alertes du lundi 9 février 2026
Recherche : « événementiel » autour de Nice (30 km)

7 nouvelles offres correspondent à votre alerte :

1. Assistant(e) événementiel – agence incentive – Cannes (06)
   CDI · Publiée il y a 2 jours
2. Réceptionniste tournant(e) de nuit – Hôtel 4* – Nice
   CDD 6 mois · Publiée hier
3. Coordinateur(trice) séminaires – groupe hôtelier – Monaco
   CDI · Publiée il y a 3 jours
4. Hôte(sse) d'accueil congrès – intérim – Nice
   Mission · Publiée aujourd'hui

CONSEIL DE LA SEMAINE
Entretien d'embauche : les 5 questions pièges à préparer. Et si malheureusement votre candidature essuie un refus, demandez toujours un retour au recruteur !

Modifier mes alertes | Se désabonner
EmploiRiviera, 10 rue de la République, 06300 Nice
Vous recevez cet e-mail car vous avez créé une alerte emploi sur EmploiRiviera.
"""

ALERT_FR2_HTML = shell(
    "<h2 style=\"font:bold 18px Arial\">Vos offres de la semaine</h2>\n"
    "<p>Bonjour Anaïs, voici les offres qui correspondent à votre profil "
    "« Coordination événementielle – Alpes-Maritimes ».</p>\n"
    "<ul>\n"
    "<li><b>Chef de projet congrès H/F</b> – Nice – CDI – « Entretiens dès la semaine "
    "prochaine »</li>\n"
    "<li><b>Responsable banquets H/F</b> – Antibes – CDI</li>\n"
    "<li><b>Event manager bilingue H/F</b> – Sophia Antipolis – CDD</li>\n"
    "<li><b>Assistant(e) commercial(e) MICE</b> – Cannes – CDI</li>\n"
    "</ul>\n"
    "<p><b>Le saviez-vous ?</b> 62 % des candidats ne relancent jamais après un entretien. "
    "Malheureusement, un refus sans explication reste fréquent : notre guide vous aide à "
    "décrocher votre prochaine convocation.</p>\n"
    "<p><a href=\"https://hotellerie-jobs-azur.example.fr/offres\">Voir toutes les "
    "offres</a></p>",
    brand="Hôtellerie-Jobs Azur", color="#264653",
    footer="Vous recevez cet e-mail car vous êtes inscrite sur Hôtellerie-Jobs Azur. "
           "<a href=\"https://hotellerie-jobs-azur.example.fr/desinscription\">Se "
           "désinscrire</a>")

MAG_FR = """LE MAG DE L'ÉVÉNEMENTIEL – n° 142 – avril 2026

À LA UNE
Refus après un entretien : comment rebondir ? Trois recruteurs d'agences MICE racontent ce qu'ils attendent d'un candidat malheureux… et pourquoi ils rappellent parfois ceux qu'ils ont écartés.

TENDANCES
- Congrès hybrides : la fin d'une mode ?
- Côte d'Azur : record de fréquentation pour les séminaires du premier trimestre
- Portrait : de réceptionniste à directrice d'événements, le parcours de Samira B.

AGENDA
Salon des Métiers de l'Événement – Marseille, 4 et 5 juin

Vous recevez cette lettre car vous êtes abonnée au Mag de l'Événementiel.
Se désabonner : https://mag-evenementiel.example.fr/unsubscribe
"""

PODCAST_FR = """Bonjour Anaïs,

Je m'appelle Bastien Leroux et j'anime « Coulisses de l'Hôtellerie », un podcast qui donne la parole à celles et ceux qui font tourner les hôtels de la Côte d'Azur.

Votre collègue Sophie Marchetti m'a parlé de votre parcours, de la réception au pôle congrès. Accepteriez-vous de participer à un épisode ? L'interview dure environ 40 minutes, enregistrée dans notre petit studio du Vieux-Nice ou à distance, à la date qui vous arrange en juin.

Aucune préparation n'est nécessaire, je vous enverrai les thèmes à l'avance.

Au plaisir de vous lire,
Bastien Leroux
Coulisses de l'Hôtellerie – le podcast
"""

RADIO_FR = """Bonjour Madame Delacroix-N'Diaye,

Je prépare pour Radio Baie des Anges un reportage sur les coulisses du Congrès international de cardiologie qui se tient au Palais la semaine prochaine. Le service communication du Palais m'a indiqué que vous coordonniez l'accueil des délégations.

Seriez-vous disponible pour une courte interview (5 à 7 minutes, enregistrée sur place) mardi 14 juillet en fin de matinée ? Le sujet sera diffusé dans notre matinale du 16 juillet.

Bien cordialement,
Mathieu Roche
Journaliste – Radio Baie des Anges
06 33 21 09 87
"""

UXR_FR = """Bonjour Anaïs,

Vous utilisez ResaPro dans le cadre de votre travail à la réception, et votre avis nous intéresse !

Nous menons des entretiens utilisateurs de 30 minutes (en visio) pour améliorer le module de gestion des groupes. Pas de bonne ou de mauvaise réponse : nous voulons simplement comprendre comment vous travaillez au quotidien. Pour vous remercier, nous offrons un bon d'achat de 30 €.

Si vous êtes partante, choisissez un créneau ici : https://resapro.example.fr/recherche-utilisateurs

Merci d'avance !
Élise Fournier
UX Researcher – ResaPro
"""

COLIS_FR = """Bonjour,

Malheureusement, votre colis n° CE 4471 0926 FR est retardé en raison d'un incident sur notre plateforme de tri de Marseille.

Nouvelle date de livraison estimée : mardi 17 février 2026.

Vous n'avez rien à faire : votre colis vous sera livré automatiquement. Vous pouvez suivre sa position en temps réel depuis l'application ColisExpress.

Nous vous prions de nous excuser pour ce désagrément.

Le service client ColisExpress
Ceci est un message automatique, merci de ne pas y répondre.
"""

BANQUE_FR = """Madame Anaïs Delacroix-N'Diaye,

Votre relevé de compte mensuel est disponible dans votre espace client.

Position de votre compte courant au 31/05/2026 : solde créditeur.
Position de votre livret A : mise à jour effectuée.

Pour le consulter, connectez-vous à votre espace sécurisé. Pour votre sécurité, Banque du Littoral ne vous demandera jamais vos codes par e-mail.

Banque du Littoral – Service Relation Client
"""

DENTISTE_FR = """Bonjour Anaïs Delacroix-N'Diaye,

Nous vous rappelons votre rendez-vous :

Dr Claire Morel – chirurgien-dentiste
Mercredi 8 avril 2026 à 18h15
22, rue Pastorelli, 06000 Nice

Motif : détartrage et contrôle annuel

En cas d'empêchement, merci d'annuler votre rendez-vous au moins 24 heures à l'avance depuis votre compte SantéRDV, afin de libérer le créneau pour un autre patient.

SantéRDV – ne pas répondre à ce message
"""

CAMILLE_FR = """Coucou ma belle,

Bon ben voilà, c'est non pour moi chez Pullmare : ils m'ont envoyé un mail tout gentil ce matin, « nous avons été très sensibles à votre candidature mais… ». Après trois entretiens, franchement, je l'ai mauvaise.

Bref, j'ai besoin d'un verre. Tu finis à quelle heure vendredi ? On se fait le petit bar du cours Saleya ?

Et toi, des nouvelles du Palais des Congrès ? Croise les doigts pour moi pour la suite !

Bisous,
Camille
"""

LUCAS_FR = """Salut Anaïs,

Regarde ce que je viens de recevoir ! Je suis convoqué pour un entretien chez Riviera Expo la semaine prochaine, pour le poste de chargé de production dont je t'avais parlé. Je te transfère le mail.

Tu aurais 20 minutes ce week-end pour me faire passer un entretien blanc ? Tu connais les questions types mieux que moi maintenant.

Merci d'avance, je t'offre le café !
Lucas
"""

LUCAS_INNER = """Bonjour Lucas,

Suite à votre candidature au poste de Chargé de production événementielle, nous avons le plaisir de vous inviter à un entretien le mardi 2 juin à 10h00 dans nos locaux, 14 boulevard Risso à Nice.

Merci de nous confirmer votre présence.

Cordialement,
Aurélie Sanchez
Riviera Expo – Ressources humaines
"""

FORMATION_FR = """Madame,

Nous avons bien étudié votre dossier de candidature pour la formation certifiante « Chargé(e) de projet événementiel » (session de septembre 2026, en alternance).

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour cette session : le nombre de places étant limité à 18 stagiaires, la commission a donné la priorité aux candidats disposant déjà d'un contrat d'apprentissage.

Vous pouvez candidater à nouveau pour la session de janvier 2027.

Le service des admissions
Institut Méditerranéen de Formation
"""

HEADHUNT_FR = """Bonjour Anaïs,

Je me permets de vous contacter via votre profil professionnel. Je suis consultante chez Altaïr Search, cabinet spécialisé dans les fonctions commerciales et opérationnelles de l'hôtellerie de luxe.

Votre parcours – réception en 4*, puis coordination MICE au Palais des Congrès Riviera-Azur – correspond au type de profil que recherchent plusieurs de nos clients sur la Riviera et en Suisse romande.

Si vous êtes ouverte à un échange informel pour faire connaissance, n'hésitez pas à me répondre. Rien d'urgent ni de précis pour le moment : je construis mon réseau pour les recrutements de 2027.

Bien à vous,
Élodie Marchal
Consultante – Altaïr Search
Genève · Paris · Nice
"""

OOO_FR = """Bonjour,

Je suis absente du bureau jusqu'au lundi 24 août inclus, avec un accès limité à mes e-mails.

Pour toute urgence, vous pouvez contacter le standard du cabinet au 04 97 12 33 50.

Bien à vous,
Marion Giraud
Hestia Recrutement
"""

PORTAGE_FR = """Bonjour Anaïs,

Suite à notre échange téléphonique, voici la simulation de revenus en portage salarial que vous m'aviez demandée, sur la base de missions de coordination événementielle en freelance :

- tarif journalier : 280 € HT
- 12 jours facturés par mois
- chiffre d'affaires mensuel : 3 360 € HT
- salaire net estimé avant impôt : environ 1 720 €

Ce calcul tient compte de nos frais de gestion (7 %) et des cotisations sociales. Je reste disponible pour en discuter, notamment si vous souhaitez combiner des missions ponctuelles avec votre poste actuel.

Cordialement,
Grégoire Vidal
Conseiller en portage salarial – Portage Horizon
04 89 05 61 22
"""

TEMPO_DISPO = """Bonjour Anaïs,

La saison des salons et congrès bat son plein ! Pour recevoir en priorité nos propositions de missions d'accueil en juillet et en août, pensez à mettre à jour vos disponibilités dans votre espace intérimaire.

Nouveau : activez les notifications pour être alertée dès qu'une mission correspondant à votre profil est publiée.

L'équipe Tempo Azur Intérim
Vous recevez ce message en tant qu'intérimaire inscrite dans notre agence de Nice.
"""

SUIVI_FR = """Madame Delacroix-N'Diaye,

Vous êtes convoquée à un entretien de suivi avec votre conseillère, Mme Laetitia Pons, dans le cadre de votre accompagnement à la reconversion professionnelle :

Date : jeudi 5 février 2026 à 9h30
Lieu : Emploi Azur Accompagnement – 3 rue Gioffredo, Nice

Munissez-vous de votre CV à jour et de la liste des démarches effectuées depuis notre dernier rendez-vous. En cas d'empêchement, prévenez-nous depuis votre espace personnel.

Emploi Azur Accompagnement
Ce message est envoyé automatiquement.
"""

PLANNING_FR = """Bonjour à tous,

Voici le planning réception pour la semaine 12 (du 16 au 22 mars). Merci de vérifier vos postes et de me signaler tout problème avant mercredi.

- Anaïs : matin lundi, mardi, jeudi ; soir samedi
- Kevin : nuit du lundi au jeudi
- Sarah : soir lundi à mercredi, matin vendredi et samedi

Rappel : le séminaire Laboratoires Dermavie arrive jeudi (42 chambres), check-in groupé à 15h. Anaïs, tu peux préparer les enveloppes de clés mercredi soir ?

Merci à tous,
Fabrice Guérin
Chef de réception – Hôtel Le Bastion Bleu ****, Nice
"""

AGENCE_FR = """Bonjour Madame,

Suite à votre congé pour le 30 septembre, nous avons des candidats pour la relocation de votre appartement du 22, rue Pastorelli.

Serait-il possible d'organiser une visite jeudi 10 septembre à 18h00 ? Je serai présente avec deux couples de candidats, la visite prendra une vingtaine de minutes. Si ce créneau ne vous convient pas, proposez-m'en un autre en fin de journée.

Merci par avance,
Nathalie Ferri
Agence Pastorelli Immobilier – Gestion locative
04 93 62 40 15
"""

ALERT_EN = """EventJobs Europe – Your weekly digest
Week 11 · 9 March 2026

New jobs matching "event coordinator" in Monaco, Milan, Geneva:

• Congress Coordinator – PCO – Milan – Full-time
• Guest Experience Manager (yacht charter) – Monaco – Seasonal
• Junior Event Manager – Geneva – Full-time

CAREER CORNER
"I got three rejections in one week": a reader's story, and how she turned every "unfortunately" into a better interview the next time.

Manage alerts: https://eventjobs-europe.example.com/alerts
Unsubscribe: https://eventjobs-europe.example.com/unsubscribe
EventJobs Europe, 22 Rue de la Loi, 1040 Brussels
"""

UXR_EN = """Hi Anaïs,

I'm a researcher at StayDesk, the front-desk software your hotel uses. We're running 45-minute research interviews with receptionists to understand how group check-ins work in practice, and I'd love to include you.

It's a relaxed video conversation, not a test. As a thank-you we offer a EUR 40 gift card.

If you're interested, reply with two or three times that suit you next week.

Thanks,
Priya Raman
Senior User Researcher, StayDesk
"""

PODCAST_EN = """Hi Anaïs,

I host "MICE Matters", a podcast for event professionals across Europe. We're doing a summer series on career changers, people who moved from hotels, airlines or retail into events, and a mutual contact at Navigli Congress & Events suggested your name.

Would you be up for a 30-minute interview, recorded remotely in late August? We'd talk about what transferred from the front desk, what surprised you, and your advice for others.

Best,
Jonathan Pryce
Host & Producer, MICE Matters
"""

HEADHUNT_EN = """Dear Anaïs,

I lead the hospitality practice at Kestrel Search in London. I came across your profile and was impressed by your move from hotel front office into congress coordination, now heading to Munich, I understand.

I'm not approaching you about a specific role today. Rather, I'd welcome a short call to understand your ambitions for the next two or three years, as we regularly handle MICE leadership searches for luxury groups in Germany, Switzerland and the Riviera.

Kind regards,
Oliver Bancroft
Partner, Hospitality & Leisure – Kestrel Search
+44 20 7946 0321
"""

ALERT_DE = """Stellenradar Bayern – Ihr Jobalarm

Guten Tag,

zu Ihrem Suchauftrag „Eventmanagement, München, Umkreis 25 km" gibt es 5 neue Stellenangebote:

- Projektleitung Events (m/w/d) – Agentur – München-Schwabing
- Veranstaltungskaufmann/-frau (m/w/d) – Messe – Riem
- Bankettkoordination (m/w/d) – Hotel – Garching
- Eventassistenz mit Französischkenntnissen (m/w/d) – München

Ratgeber der Woche: Absage nach dem Vorstellungsgespräch? So fragen Sie professionell nach Feedback – und bereiten sich auf die nächste Einladung vor.

Jobalarm bearbeiten oder abbestellen: https://stellenradar.example.de/alarm
"""

BAHN_DE = """Guten Tag Frau Delacroix-N'Diaye,

leider verspätet sich Ihr Zug heute.

ICE 1208 München Flughafen Terminal – München Hbf
Planmäßige Ankunft: 08:47 Uhr
Voraussichtliche Ankunft: 09:21 Uhr (+34 Minuten)
Grund: Reparatur an einem Signal

Ihren Anschluss und aktuelle Informationen finden Sie in der App. Bei einer Verspätung ab 60 Minuten haben Sie Anspruch auf eine Entschädigung.

Wir bitten um Entschuldigung.
Ihr Reiseservice
"""

WOHNUNG_DE = """Sehr geehrte Frau Delacroix-N'Diaye,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Kolumbusstraße 9 (Au-Haidhausen).

Gerne können Sie die Wohnung am Samstag, 29. August, um 11:00 Uhr besichtigen. Bitte bringen Sie, falls vorhanden, eine Bestätigung Ihres Arbeitgebers sowie eine Kopie Ihres Ausweises mit. Da Sie erst ab Oktober in München sind, ist auch eine Besichtigung per Videoanruf möglich – geben Sie mir einfach Bescheid.

Mit freundlichen Grüßen
Brigitte Sailer
Vermieterin
"""

OOO_DE = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 28. August 2026 im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an personal@isar-kongress.example.de.

Mit freundlichen Grüßen
Katharina Brandl
Isar Kongresszentrum
"""

ALERT_ES = """InfoEventos Empleo – Alertas de empleo
Tu búsqueda: «coordinadora eventos» · Sevilla y Málaga

Hola, Anaïs. Hay 6 ofertas nuevas para ti:

▸ Coordinador/a de congresos – Sevilla – Jornada completa
▸ Wedding planner con francés – Marbella – Temporada
▸ Técnico/a de eventos corporativos – Málaga – Indefinido
▸ Recepcionista de hotel 5* con idiomas – Sevilla

CONSEJO: Si recibes una respuesta negativa tras la entrevista, no te desanimes. Lamentablemente, el 70 % de los candidatos se rinde demasiado pronto.

Gestionar alertas · Darse de baja
Recibes este correo porque activaste una alerta de empleo en InfoEventos.
"""

PEDIDO_ES = """Hola, Anaïs:

Lamentablemente, tu pedido n.º 408-2231774 se ha retrasado. Nuestro transportista nos informa de una incidencia en el centro logístico.

Nueva fecha estimada de entrega: lunes 11 de mayo.

Puedes consultar la posición de tu envío en cualquier momento desde «Mis pedidos». Sentimos las molestias.

Atención al cliente – Tienda Nómada
Este mensaje se ha enviado automáticamente. No respondas a este correo.
"""

BLOG_ES = """Hola, Anaïs:

Soy Carmen Ortega, autora del blog «Mujeres del Turismo». Estoy preparando una serie de entrevistas a profesionales que han dado el salto de la recepción hotelera a la organización de eventos, y María José Lozano me ha hablado de ti.

¿Te apetecería responder a una entrevista por escrito (unas diez preguntas) o hacerla por videollamada en julio? La publicaríamos en septiembre, con tu foto si te parece bien.

Un saludo,
Carmen Ortega
mujeresdelturismo.example.es
"""

MARTA_ES = """¡Hola, guapa!

Te escribo para contarte que al final no me han cogido en el Alfonso Real. Me llamaron ayer para decirme que se quedaban con otra chica «con más experiencia en grupos». Después de tres entrevistas y una prueba en inglés, imagínate cómo estoy.

Pero bueno, a otra cosa. ¿Tú qué tal con lo de Múnich? ¡Cuéntame todo!

Besos,
Marta
"""

JONDO_APPLY = """Buenos días:

Me dirijo a ustedes para presentar mi candidatura al puesto de Coordinadora de acreditaciones y hospitalidad publicado en su web para la edición de septiembre del Festival Jondo.

Actualmente coordino congresos internacionales en el Palais des Congrès de Niza, donde gestiono acreditaciones, acogida de delegaciones y coordinación con proveedores. Hablo francés, inglés, español e italiano, y me encantaría aportar mi experiencia a un festival que admiro desde hace años.

Adjunto mi currículum. Quedo a su disposición para ampliar cualquier información.

Atentamente,
Anaïs Delacroix-N'Diaye
+33 6 12 48 90 33
"""

MASTER_ES = """Estimada Anaïs:

Le agradecemos su interés en el Máster en Organización de Eventos, Protocolo y Turismo de Reuniones (modalidad online, curso 2026-2027).

Una vez finalizado el proceso de admisión, lamentamos comunicarle que su solicitud no ha sido admitida, dado que el número de solicitudes ha superado ampliamente las plazas disponibles. Ha quedado en el puesto 14 de la lista de espera.

Si se produjera alguna vacante, nos pondremos en contacto con usted antes del 15 de septiembre.

Oficina de Posgrado
Universidad del Guadalquivir
"""

HEADHUNT_ES = """Hola, Anaïs:

Te escribo desde Talento Sur Consultores. Trabajamos con varios hoteles de lujo de la Costa del Sol y tu perfil trilingüe con experiencia en congresos nos ha llamado mucho la atención.

Ahora mismo no tengo una vacante concreta que proponerte, pero me gustaría conocerte y entender qué buscas, por si en los próximos meses surge algo que encaje.

¿Te parece si hablamos un rato por teléfono cuando te venga bien?

Un saludo,
Alejandro Ruiz
Headhunter – Talento Sur Consultores
"""

BOLETIN_ES = """Boletín Sevilla Congresos · Marzo 2026

• Sevilla acogerá en octubre el mayor congreso europeo de enfermería
• Entrevista con la nueva directora del Convention Bureau
• Formación: taller gratuito «Cómo preparar una candidatura a un congreso internacional»

Las entrevistas y la agenda completa, en nuestra web.

Has recibido este boletín porque te suscribiste en la Feria de Turismo. Darse de baja: https://sevillacongresos.example.es/baja
"""

TRIANA_CONFIRM = """Hola, María José:

Muchas gracias por la invitación. Te confirmo que el jueves 7 de mayo a las 12:00 h me viene perfecto.

¿Podrías indicarme qué plataforma utilizaréis para la videollamada?

Un saludo,
Anaïs Delacroix-N'Diaye
"""

MJ = ("María José Lozano", "mj.lozano@congresostriana.example.es")
KATHARINA = ("Katharina Brandl", "k.brandl@isar-kongress.example.de")
MARION = ("Marion Giraud", "m.giraud@hestia-rh.example.fr")

SPECS: list[dict] = [
    m("emploi_suivi", "other", "fr", "2026-01-27 07:30 +0100",
      ("Emploi Azur Accompagnement", "ne-pas-repondre@emploi-azur.example.fr"),
      "Convocation à un entretien de suivi – jeudi 5 février", SUIVI_FR,
      charset="iso-8859-1", cte="quoted-printable"),
    m("alert_fr1", "other", "fr", "2026-02-09 06:02 +0100",
      ("EmploiRiviera Alertes", "alertes@emploiriviera.example.fr"),
      "7 nouvelles offres : événementiel – Nice", ALERT_FR1,
      html=page(ALERT_FR1, brand="EmploiRiviera", color="#ff6b35"),
      headers=listing("<alertes.emploiriviera.example.fr>",
                      "https://emploiriviera.example.fr/unsubscribe?u=8812")),
    m("colis_fr", "other", "fr", "2026-02-13 14:41 +0100",
      ("ColisExpress", "no-reply@colisexpress.example.fr"),
      "Malheureusement, votre colis est retardé", COLIS_FR, cte="base64"),
    m("formation_fr", "other", "fr", "2026-02-18 16:00 +0100",
      ("Institut Méditerranéen de Formation", "ne-pas-repondre@imf-nice.example.fr"),
      "Votre candidature à la formation « Chargé(e) de projet événementiel »", FORMATION_FR,
      charset="windows-1252", cte="quoted-printable"),
    own("noces_apply", "fr", "2026-03-02 22:14 +0100",
        ("Les Noces de Provence", "contact@noces-de-provence.example.fr"),
        "Candidature spontanée – coordination de mariages", NOCES_APPLY,
        attach=[("CV_Anais_Delacroix-NDiaye.pdf", "Anaïs Delacroix-N'Diaye", [
            "Réceptionniste - Hôtel Le Bastion Bleu ****, Nice (2021-2026)",
            "Accueil de groupes, séminaires, demandes spéciales",
            "Langues : français, anglais, espagnol, italien",
            "BTS Tourisme - Lycée Paul Augier, Nice"])]),
    m("alert_en", "other", "en", "2026-03-09 05:00 +0000",
      ("EventJobs Europe", "digest@eventjobs-europe.example.com"),
      "Your weekly digest: 3 new event coordinator jobs", ALERT_EN,
      headers=listing("EventJobs weekly <weekly.eventjobs-europe.example.com>",
                      "https://eventjobs-europe.example.com/unsubscribe")),
    m("planning_fr", "other", "fr", "2026-03-14 15:22 +0100",
      ("Fabrice Guérin", "f.guerin@bastionbleu.example.fr"),
      "Planning réception – semaine 12", PLANNING_FR,
      to=[("Réception Bastion Bleu", "reception-equipe@bastionbleu.example.fr")],
      contact="f.guerin@bastionbleu.example.fr", charset="windows-1252", cte="8bit"),
    m("boletin_es", "other", "es", "2026-03-23 09:00 +0100",
      ("Sevilla Congresos", "boletin@sevillacongresos.example.es"),
      "Boletín Sevilla Congresos · Marzo 2026", BOLETIN_ES,
      headers=listing("Boletin Sevilla Congresos <boletin.sevillacongresos.example.es>",
                      "https://sevillacongresos.example.es/baja")),
    m("uxr_fr", "other", "fr", "2026-03-25 10:30 +0100",
      ("Élise Fournier – ResaPro", "elise.fournier@resapro.example.fr"),
      "30 min pour améliorer ResaPro ? (entretien utilisateur)", UXR_FR,
      contact="elise.fournier@resapro.example.fr", html=page(UXR_FR, brand="ResaPro")),
    m("camille_fr", "other", "fr", "2026-03-30 13:02 +0200",
      ("Camille Aubert", "camille.aubert@example.fr"), "Raté pour Pullmare…", CAMILLE_FR,
      contact="camille.aubert@example.fr", headers={"X-Mailer": "iPhone Mail (21E236)"}),
    m("dentiste_fr", "other", "fr", "2026-04-06 18:00 +0200",
      ("SantéRDV", "rappels@santerdv.example.fr"),
      "Rappel : votre rendez-vous du mercredi 8 avril avec Dr Claire Morel", DENTISTE_FR),
    m("alert_es", "other", "es", "2026-04-13 06:30 +0200",
      ("InfoEventos Empleo", "alertas@infoeventos.example.es"),
      "6 ofertas nuevas: coordinadora eventos", ALERT_ES,
      headers=listing("<alertas.infoeventos.example.es>",
                      "https://infoeventos.example.es/alertas/baja")),
    m("mag_fr", "other", "fr", "2026-04-15 07:15 +0200",
      ("Le Mag de l'Événementiel", "newsletter@mag-evenementiel.example.fr"),
      "Refus après un entretien : comment rebondir ? – Le Mag n° 142", MAG_FR,
      html=page(MAG_FR, brand="Le Mag de l'Événementiel", color="#6a040f"),
      headers=listing("Le Mag <lemag.mag-evenementiel.example.fr>",
                      "https://mag-evenementiel.example.fr/unsubscribe")),
    m("ooo_marion", "other", "fr", "2026-08-10 09:03 +0200", MARION,
      "Réponse automatique : Disponibilités septembre", OOO_FR, contact=MARION[1],
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    own("triana_confirm", "es", "2026-04-29 18:05 +0200", MJ,
        "RE: Entrevista – Coordinadora de eventos internacionales", TRIANA_CONFIRM,
        parent="triana_invite", quote="es"),
    m("portage_fr", "other", "fr", "2026-05-04 11:10 +0200",
      ("Grégoire Vidal", "g.vidal@portage-horizon.example.fr"),
      "Votre simulation de portage salarial", PORTAGE_FR,
      contact="g.vidal@portage-horizon.example.fr", charset="iso-8859-1", cte="8bit"),
    m("pedido_es", "other", "es", "2026-05-08 08:12 +0200",
      ("Tienda Nómada", "no-reply@tiendanomada.example.es"),
      "Lamentablemente, tu pedido se ha retrasado", PEDIDO_ES, cte="base64"),
    own("jondo_apply", "es", "2026-05-13 21:30 +0200",
        ("Festival Jondo – Producción", "produccion@festivaljondo.example.es"),
        "Candidatura coordinación de acreditaciones", JONDO_APPLY,
        attach=[("CV_Anais_Delacroix-NDiaye_ES.pdf", "Anaïs Delacroix-N'Diaye", [
            "Coordinadora de eventos MICE - Palais des Congrès Riviera-Azur, Niza",
            "Recepcionista - Hôtel Le Bastion Bleu, Niza (2021-2026)",
            "Idiomas: francés, inglés, español, italiano"])]),
    m("podcast_fr", "other", "fr", "2026-05-19 12:48 +0200",
      ("Bastien Leroux", "bastien@coulisses-hotellerie.example.fr"),
      "Invitation : interview pour le podcast « Coulisses de l'Hôtellerie »", PODCAST_FR,
      contact="bastien@coulisses-hotellerie.example.fr", cte="quoted-printable"),
    m("lucas_fr", "other", "fr", "2026-05-26 20:17 +0200",
      ("Lucas Martini", "lucas.martini@example.fr"), "TR: Convocation entretien Riviera Expo",
      LUCAS_FR, contact="lucas.martini@example.fr",
      fwd={"key": "lucas_inner", "date": "2026-05-26 16:05 +0200",
           "frm": ("Aurélie Sanchez", "a.sanchez@riviera-expo.example.fr"),
           "to": [("Lucas Martini", "lucas.martini@example.fr")],
           "subject": "Convocation à un entretien – Chargé de production événementielle",
           "text": LUCAS_INNER}),
    m("marta_es", "other", "es", "2026-05-30 23:40 +0200",
      ("Marta Jiménez", "marta.jimenez@example.es"), "No me han cogido :(", MARTA_ES,
      contact="marta.jimenez@example.es", charset="windows-1252", cte="8bit"),
    m("banque_fr", "other", "fr", "2026-06-01 05:45 +0200",
      ("Banque du Littoral", "info-noreply@banque-littoral.example.fr"),
      "Votre relevé de compte et la position de vos comptes au 31/05/2026", BANQUE_FR,
      html=page(BANQUE_FR, brand="Banque du Littoral", color="#003049")),
    m("blog_es", "other", "es", "2026-06-20 11:00 +0200",
      ("Carmen Ortega", "carmen@mujeresdelturismo.example.es"),
      "Entrevista para «Mujeres del Turismo»", BLOG_ES,
      contact="carmen@mujeresdelturismo.example.es", cte="quoted-printable"),
    m("tempo_dispo", "other", "fr", "2026-06-29 08:00 +0200",
      ("Tempo Azur Intérim", "ne-pas-repondre@tempoazur.example.fr"),
      "Été 2026 : mettez à jour vos disponibilités", TEMPO_DISPO,
      html=page(TEMPO_DISPO, brand="Tempo Azur Intérim", color="#f29e4c"),
      headers={"Precedence": "bulk",
               "List-Unsubscribe": "<https://tempoazur.example.fr/desabonnement>"}),
    m("alert_de", "other", "de", "2026-06-30 06:00 +0200",
      ("Stellenradar Bayern", "jobalert@stellenradar.example.de"),
      "Jobalarm: 5 neue Stellen für „Eventmanagement, München\"", ALERT_DE,
      headers=listing("<jobalarm.stellenradar.example.de>",
                      "https://stellenradar.example.de/alarm/abbestellen")),
    m("master_es", "other", "es", "2026-07-02 13:30 +0200",
      ("Oficina de Posgrado – Universidad del Guadalquivir",
       "no-reply@posgrado.uguadalquivir.example.es"),
      "Resolución de admisión – Máster en Organización de Eventos", MASTER_ES,
      charset="iso-8859-1", cte="quoted-printable"),
    m("radio_fr", "other", "fr", "2026-07-09 10:20 +0200",
      ("Mathieu Roche", "m.roche@radio-baiedesanges.example.fr"),
      "Demande d'interview – coulisses du congrès de cardiologie", RADIO_FR,
      contact="m.roche@radio-baiedesanges.example.fr"),
    m("bahn_de", "other", "de", "2026-07-16 08:12 +0200",
      ("Reiseservice", "noreply@reiseservice.example.de"),
      "Verspätung: ICE 1208 heute ca. +34 Minuten", BAHN_DE, cte="quoted-printable"),
    m("podcast_en", "other", "en", "2026-07-21 16:30 +0100",
      ("Jonathan Pryce", "jonathan@micematters.example.co.uk"),
      "Interview request – MICE Matters podcast (career changers series)", PODCAST_EN,
      contact="jonathan@micematters.example.co.uk"),
    m("ooo_katharina", "other", "de", "2026-08-12 10:44 +0200", KATHARINA,
      "Automatische Antwort: Vertrag unterschrieben + Arbeitgeberbescheinigung", OOO_DE,
      contact=KATHARINA[1],
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    m("alert_fr2", "other", "fr", "2026-08-17 07:00 +0200",
      ("Hôtellerie-Jobs Azur", "offres@hotellerie-jobs-azur.example.fr"),
      "Anaïs, 4 offres pour vous cette semaine", None, html=ALERT_FR2_HTML,
      headers=listing("Offres hebdo <hebdo.hotellerie-jobs-azur.example.fr>",
                      "https://hotellerie-jobs-azur.example.fr/desinscription"),
      cte="quoted-printable"),
    m("wohnung_de", "other", "de", "2026-08-20 19:05 +0200",
      ("Brigitte Sailer", "b.sailer@example.de"),
      "Besichtigung Kolumbusstraße 9 – Samstag 11 Uhr", WOHNUNG_DE,
      contact="b.sailer@example.de", charset="iso-8859-1", cte="8bit"),
    m("headhunt_es", "other", "es", "2026-09-03 12:15 +0200",
      ("Alejandro Ruiz", "a.ruiz@talentosur.example.es"),
      "¿Hablamos? Perfil trilingüe eventos", HEADHUNT_ES,
      contact="a.ruiz@talentosur.example.es", html=simple_html(HEADHUNT_ES)),
    m("agence_fr", "other", "fr", "2026-09-08 11:25 +0200",
      ("Nathalie Ferri", "n.ferri@pastorelli-immo.example.fr"),
      "Visite de votre appartement – jeudi 10 septembre 18h", AGENCE_FR,
      contact="n.ferri@pastorelli-immo.example.fr", charset="windows-1252",
      cte="quoted-printable"),
    m("headhunt_fr", "other", "fr", "2026-09-22 08:50 +0200",
      ("Élodie Marchal", "e.marchal@altair-search.example.ch"),
      "Prise de contact – Altaïr Search", HEADHUNT_FR,
      contact="e.marchal@altair-search.example.ch", cte="base64"),
    m("uxr_en", "other", "en", "2026-02-23 15:15 +0000",
      ("Priya Raman", "priya.raman@staydesk.example.com"),
      "Research interview invitation – front desk group check-ins", UXR_EN,
      contact="priya.raman@staydesk.example.com"),
    m("headhunt_en", "other", "en", "2026-10-06 09:30 +0100",
      ("Oliver Bancroft", "o.bancroft@kestrelsearch.example.co.uk"),
      "Introduction – Kestrel Search", HEADHUNT_EN,
      contact="o.bancroft@kestrelsearch.example.co.uk", html=simple_html(HEADHUNT_EN)),
]


SPECS = latin1_typed(SPECS)
