"""Other mail in German, French and Spanish (22): alerts, newsletters, press, parcels, banks, friends."""

from msgs71_common import M
from msgs71_other import lists

K = "other"

M(K, "de_stepstone_jobagent", "de", ("StepStone Jobagent", "jobagent@stepstone.example.de"),
  "8 neue Jobs für „Projektleiter Windenergie“ in Hamburg", "2026-02-15 06:30 +0100",
  """Hallo Nia,

hier sind neue Jobs, die zu Ihrem Jobagenten passen:

Projektleiter Windenergie (m/w/d) – Küstenwind Projekt GmbH – Husum
Bauleiter Umspannwerke (m/w/d) – Elbnetz AG – Hamburg
Referent Arbeitssicherheit (m/w/d) – Sonnenstrom AG – Hamburg

Alle Jobs ansehen: https://www.stepstone.example.de/jobagent/4411

Jobagent abbestellen: https://www.stepstone.example.de/jobagent/abmelden""",
  fmt="html", brand="StepStone", headers=lists("<jobagent.stepstone.example.de>", "https://www.stepstone.example.de/jobagent/abmelden"))

M(K, "de_newsletter_absagen", "de", ("karriere-kompass Newsletter", "newsletter@karriere-kompass.example.de"),
  "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig", "2026-04-18 08:00 +0200",
  """Der Karriere-Kompass – Ausgabe 16/2026

Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig
„Leider müssen wir Ihnen mitteilen …“ – dieser Satz tut weh. Wir zeigen, wie Sie um Feedback bitten und warum eine freundliche Antwort Türen offen hält.
Weiterlesen: https://www.karriere-kompass.example.de/absage

Einladung zum Assessment-Center: die 7 häufigsten Übungen
https://www.karriere-kompass.example.de/ac

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden: https://www.karriere-kompass.example.de/abmelden""",
  fmt="html", brand="Karriere-Kompass", charset="windows-1252",
  headers=lists("<news.karriere-kompass.example.de>", "https://www.karriere-kompass.example.de/abmelden"))

M(K, "de_paket_verspaetet", "de", ("Paketdienst Nord", "benachrichtigung@paketnord.example.de"),
  "Ihre Sendung verzögert sich leider", "2026-05-08 12:40 +0200",
  """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161094012345 um voraussichtlich zwei Werktage. Grund: hohes Sendungsaufkommen.

Neue voraussichtliche Zustellung: Dienstag, 12.05.2026.

Wir bitten um Entschuldigung.
Ihr Paketdienst Nord""",
  fmt="html", brand="Paketdienst Nord")

M(K, "de_freundin_absage", "de", ("Anna Schäfer", "anna.schaefer@example.de"),
  "na toll", "2026-06-28 22:15 +0200",
  """Hey Nia,

hab heute die Absage von der Stadtwerke-Stelle bekommen 🙄 nach zwei Runden! „Wir haben uns für eine andere Kandidatin entschieden.“ Naja.

Wie läuft's bei dir? Hast du von den Hamburgern was gehört? Lass mal wieder telefonieren!

Liebe Grüße
Anna""",
  contact="anna.schaefer@example.de")

M(K, "de_podcast_anfrage", "de", ("Jan Petersen", "jan@energiewende-funk.example.de"),
  "Interview-Anfrage für unseren Podcast", "2026-07-02 11:05 +0200",
  """Hallo Frau Oyelaran-Brandt,

ich produziere den Podcast „Energiewende-Funk“ und wir planen eine Folge über grünen Wasserstoff aus Südafrika für den deutschen Markt. Hätten Sie Lust, uns dazu ein Interview zu geben? Aufnahme per Zoom, ca. 40 Minuten, gerne auf Englisch.

Viele Grüße
Jan Petersen
Energiewende-Funk""",
  contact="jan@energiewende-funk.example.de", charset="windows-1252")

M(K, "de_deutschkurs", "de", ("Goethe-Zentrum Kapstadt", "kurse@goethe-kapstadt.example.org"),
  "Ihr Deutschkurs B2 – Prüfungstermin", "2026-08-03 09:00 +0200",
  """Liebe Kursteilnehmerin, lieber Kursteilnehmer,

die mündliche Prüfung für den Kurs B2.2 findet am Samstag, 22. August, ab 9:00 Uhr statt. Ihre persönliche Uhrzeit erhalten Sie eine Woche vorher.

Bitte bringen Sie Ihren Ausweis mit.

Mit freundlichen Grüßen
Ihr Kursbüro
Goethe-Zentrum Kapstadt""",
  contact="kurse@goethe-kapstadt.example.org", fmt="alt")

M(K, "fr_wttj_newsletter", "fr", ("Welcome to the Jungle", "hello@welcometothejungle.example.com"),
  "Refus après entretien : comment rebondir ? 🌱", "2026-02-27 08:30 +0100",
  """Cette semaine dans la Jungle

Refus après entretien : comment rebondir ?
« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue » : on a tous reçu ce mail. Nos conseils pour demander un retour et garder le moral.
Lire l'article : https://www.welcometothejungle.example.com/fr/articles/refus

Les offres de la semaine : transition énergétique
Chargé·e de projets éoliens – Lyon
Ingénieur·e HSE – Marseille
https://www.welcometothejungle.example.com/fr/jobs

Se désabonner : https://www.welcometothejungle.example.com/unsubscribe""",
  fmt="html", brand="Welcome to the Jungle",
  headers=lists("<newsletter.welcometothejungle.example.com>", "https://www.welcometothejungle.example.com/unsubscribe"))

M(K, "fr_apec_alerte", "fr", ("Alerte offres Cadres", "alertes@cadres-emploi.example.fr"),
  "5 nouvelles offres : ingénieur énergies renouvelables", "2026-03-29 07:10 +0200",
  """Bonjour,

Voici les nouvelles offres correspondant à votre alerte « ingénieur énergies renouvelables – Auvergne-Rhône-Alpes » :

- Ingénieur raccordement (H/F) – Rhônergie – Lyon
- Responsable QHSE chantiers (H/F) – Vent d'Ouest – Lyon
- Chef de projet photovoltaïque (H/F) – Soleia – Villeurbanne

Modifier ou supprimer cette alerte : https://www.cadres-emploi.example.fr/alertes""",
  fmt="alt", headers=lists("<alertes.cadres-emploi.example.fr>", "https://www.cadres-emploi.example.fr/alertes/stop"))

M(K, "fr_colis_retard", "fr", ("Colis Express", "ne-pas-repondre@colisexpress.example.fr"),
  "Votre colis a du retard", "2026-04-24 13:13 +0200",
  """Bonjour,

Malheureusement, votre colis n° 6A18943521107 a pris du retard lors de son acheminement international. Nous mettons tout en œuvre pour vous le livrer au plus vite.

Nouvelle date estimée : 30 avril 2026.

Suivre mon colis : https://www.colisexpress.example.fr/suivi

Colis Express""",
  fmt="html", brand="Colis Express")

M(K, "fr_journaliste", "fr", ("Claire Fontaine", "c.fontaine@lettre-energie.example.fr"),
  "Demande d'interview – dossier hydrogène en Afrique", "2026-06-04 10:00 +0200",
  """Bonjour Madame,

Je suis journaliste à La Lettre de l'Énergie et je prépare un dossier sur les projets d'hydrogène vert en Afrique australe. Votre nom m'a été recommandé par un intervenant du salon de Lyon.

Accepteriez-vous de m'accorder une interview téléphonique d'une vingtaine de minutes la semaine prochaine ?

Bien cordialement,
Claire Fontaine
La Lettre de l'Énergie""",
  contact="c.fontaine@lettre-energie.example.fr", charset="iso-8859-1", fmt="qp")

M(K, "fr_etude_utilisateurs", "fr", ("Équipe Recherche Utilisateurs", "recherche@appli-transport.example.fr"),
  "Participez à un entretien utilisateur (30 min)", "2026-07-09 15:00 +0200",
  """Bonjour Nia,

Vous utilisez notre application lors de vos déplacements à Lyon. Nous cherchons des voyageurs pour un entretien utilisateur de 30 minutes en visio afin d'améliorer l'achat de billets.

En remerciement, un bon d'achat de 20 € vous sera offert. Réservez votre créneau : https://recherche.appli-transport.example.fr/rdv

Merci !
L'équipe Recherche Utilisateurs""",
  contact="recherche@appli-transport.example.fr", fmt="alt")

M(K, "fr_banque_credit", "fr", ("Banque du Rhône", "service-client@banquedurhone.example.fr"),
  "Votre demande de prêt a bien été reçue", "2026-08-11 11:20 +0200",
  """Madame Oyelaran-Brandt,

Nous accusons réception de votre demande de prêt immobilier (dossier n° PI-2026-55812). Votre conseiller l'étudiera dans un délai de 10 jours ouvrés et pourra vous demander des pièces complémentaires.

Cordialement,
Banque du Rhône

Ce message est généré automatiquement, merci de ne pas y répondre.""",
  fmt="html", charset="iso-8859-1")

M(K, "fr_location_refus", "fr", ("Agence Bellecour Immobilier", "location@bellecour-immo.example.fr"),
  "Votre dossier de location – T2 rue Mercière", "2026-09-03 17:45 +0200",
  """Bonjour Madame,

Nous vous remercions pour votre dossier concernant le T2 de la rue Mercière. Malheureusement, le propriétaire a retenu un autre dossier.

Nous ne manquerons pas de vous proposer d'autres biens correspondant à vos critères.

Bien cordialement,
Sophie Laurent
Agence Bellecour Immobilier""",
  contact="location@bellecour-immo.example.fr")

M(K, "fr_ami_entretien_rate", "fr", ("Mathieu Roche", "mathieu.roche@example.fr"),
  "Re: des nouvelles ?", "2026-10-08 20:30 +0200",
  """Salut Nia !

Alors de mon côté c'est raté pour le poste chez EDF Renouvelables, ils m'ont dit qu'ils partaient sur un profil plus senior. Franchement je m'y attendais un peu.

Et toi, ça avance avec Soleia ? Raconte !

Bises,
Mathieu

Le mar. 6 oct. 2026 à 19:02, Nia Oyelaran-Brandt <nia.ob@example.co.za> a écrit :
> Coucou Mathieu, des nouvelles de ton entretien ?""",
  contact="mathieu.roche@example.fr", parent="nia-mathieu-1006@example.co.za")

M(K, "es_infojobs_alerta", "es", ("InfoJobs", "alertas@infojobs.example.net"),
  "Nuevas ofertas: ingeniera de renovables en Sevilla", "2026-02-21 07:30 +0100",
  """Hola Nia,

Tenemos 6 nuevas ofertas que encajan con tu alerta:

· Jefe/a de Obra Fotovoltaica – SolAndalus Energía – Sevilla
· Técnico/a PRL – Grupo Minero Andaluz – Huelva
· Ingeniero/a de Red – Hidrocantábrico Verde – Madrid

Ver todas las ofertas: https://www.infojobs.example.net/alertas/991

Darte de baja: https://www.infojobs.example.net/baja""",
  fmt="html", brand="InfoJobs", headers=lists("<alertas.infojobs.example.net>", "https://www.infojobs.example.net/baja"))

M(K, "es_newsletter_entrevistas", "es", ("Empleo Verde Newsletter", "boletin@empleoverde.example.es"),
  "¿No te presentaste a una entrevista? Cómo arreglarlo", "2026-04-25 09:00 +0200",
  """BOLETÍN EMPLEO VERDE – Nº 112

¿No te presentaste a una entrevista? Cómo arreglarlo
Si se te pasó una entrevista, escribe cuanto antes, discúlpate sin excusas largas y propone nuevas fechas.

Cuando te dicen «lamentamos comunicarte que no has sido seleccionada»
Cinco maneras de pedir feedback tras un rechazo.

Ofertas destacadas en renovables: https://www.empleoverde.example.es/ofertas

Darse de baja: https://www.empleoverde.example.es/baja""",
  fmt="html", brand="Empleo Verde",
  headers=lists("<boletin.empleoverde.example.es>", "https://www.empleoverde.example.es/baja"))

M(K, "es_pedido_retrasado", "es", ("Tienda Online Sol", "pedidos@tiendasol.example.es"),
  "Lamentablemente tu pedido llegará con retraso", "2026-05-15 10:10 +0200",
  """Hola Nia,

Lamentablemente tu pedido nº 77120 (inversor portátil y panel plegable) se ha retrasado por una incidencia con el transportista.

Nueva fecha estimada de entrega: 22 de mayo.

Disculpa las molestias.
Tienda Online Sol""",
  fmt="html")

M(K, "es_entrevista_radio", "es", ("Pilar Sánchez", "pilar.sanchez@radio-sostenible.example.es"),
  "Entrevista en el programa 'Planeta Verde'", "2026-06-11 12:30 +0200",
  """Hola Nia,

Soy Pilar, productora de «Planeta Verde» en Radio Sostenible. Estamos preparando un especial sobre minería y transición energética en África y nos encantaría entrevistarte en directo por teléfono el jueves 18 a las 19:10 (hora de Madrid).

Serían unos 10 minutos. ¿Te animas?

Un saludo,
Pilar Sánchez
Radio Sostenible""",
  contact="pilar.sanchez@radio-sostenible.example.es")

M(K, "es_encuesta", "es", ("Equipo UX", "ux@banco-digital.example.es"),
  "¿Nos ayudas? Entrevista de 30 minutos sobre nuestra app", "2026-07-23 16:00 +0200",
  """Hola Nia:

Estamos rediseñando la app de Banco Digital y buscamos clientes para una entrevista de investigación de 30 minutos por videollamada. Te regalamos una tarjeta de 25 € por participar.

Reserva aquí: https://ux.banco-digital.example.es/entrevistas

Gracias,
Equipo UX""",
  contact="ux@banco-digital.example.es", fmt="alt")

M(K, "es_amiga_rechazo", "es", ("Sofía Herrera", "sofia.herrera@example.es"),
  "qué día...", "2026-08-14 23:05 +0200",
  """Nia!!

Me acaba de llegar el correo: no me cogen en la consultora. «Hemos decidido continuar con otros candidatos». Después de tres entrevistas 😩

Bueno, mañana será otro día. ¿Tú cómo vas con lo de Madrid?

Besos,
Sofía""",
  contact="sofia.herrera@example.es")

M(K, "es_master_admision", "es", ("Admisiones Máster Energías", "admisiones@upm-energia.example.es"),
  "Resolución de admisión – Máster en Energías Renovables", "2026-06-30 13:00 +0200",
  """Estimada Nia:

Le comunicamos que, tras la evaluación de su solicitud, ha sido ADMITIDA en el Máster Universitario en Energías Renovables (modalidad online) para el curso 2026-2027.

Dispone de 10 días naturales para formalizar la matrícula a través de la secretaría virtual.

Atentamente,
Oficina de Admisiones""",
  contact="admisiones@upm-energia.example.es", fmt="alt", charset="iso-8859-1")

M(K, "es_tarjeta_recibida", "es", ("Banco Ibérico", "no-responder@bancoiberico.example.es"),
  "Hemos recibido tu solicitud de tarjeta", "2026-09-19 09:40 +0200",
  """Hola Nia,

Hemos recibido tu solicitud de la Tarjeta Ibérico Oro. La estamos revisando y te informaremos por SMS en un máximo de 48 horas.

Gracias por confiar en Banco Ibérico.

Este correo es automático, por favor no respondas.""",
  fmt="html", brand="Banco Ibérico", cte="base64")
