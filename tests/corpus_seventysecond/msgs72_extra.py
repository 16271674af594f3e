"""The rest of the inbox: more French, German and Spanish mail across the kinds."""

from msgs72_build import m

m("rejection", "monaco_group_fr_tu", "fr", ("Audrey Pastor", "a.pastor@mc-riviera-resorts.example.mc"),
  "Update",
  """Bonjour Mathis,

Je me permets de revenir vers vous concernant le poste de Responsable Relation Client. Nous avons finalement fait le choix d'un candidat interne, qui connaissait déjà nos process et nos clients fidèles.

Je sais que ce n'est pas la réponse espérée après trois rendez-vous. Merci sincèrement pour votre investissement et à très bientôt peut-être.

Audrey Pastor
Chargée de recrutement
Monte-Carlo Riviera Resorts
Place du Casino - 98000 Monaco""",
  company="Monte-Carlo Riviera Resorts", date="2026-06-24 18:02", tz="CEST", fmt="alt",
  logo="Monte-Carlo Riviera Resorts")

m("interview_invitation", "annecy_personio_phone_fr", "fr", ("Hôtel Le Lac d'Argent", "noreply@personio.example.de"),
  "Entretien téléphonique - Responsable des opérations",
  """Bonjour Mathis,

Merci pour votre candidature au poste de Responsable des opérations. Nous serions ravis d'en discuter avec vous lors d'un entretien téléphonique de 20 minutes.

Merci de choisir un créneau via ce lien : https://lacdargent.jobs.personio.example.de/schedule/4471

À bientôt,
Pauline Ruffier
Directrice adjointe - Hôtel Le Lac d'Argent, Annecy""",
  company="Hôtel Le Lac d'Argent", date="2026-07-15 10:30", tz="CEST", fmt="html",
  reply_to=("Pauline Ruffier", "pauline.ruffier@lacdargent.example.fr"))

m("application_received", "festival_manual_ack_fr", "fr", ("Noé Chappuis", "noe.chappuis@riviera-jazz-festival.example.ch"),
  "Re: Candidature Coordinateur hospitalité artistes",
  """Salut Mathis,

Bien reçu ton dossier, merci ! On boucle les candidatures vendredi et on fait le tri la semaine prochaine avec l'équipe prod. Je te tiens au courant.

Noé
Riviera Jazz Festival · Montreux""",
  company="Riviera Jazz Festival", date="2026-01-23 13:12", reply=True)

m("offer", "congress_contract_fr", "fr", ("Marine Pasche", "marine.pasche@olympia-congres.example.ch"),
  "Votre contrat",
  """Bonjour Mathis,

Suite à nos échanges et à l'accord de la direction, j'ai le plaisir de vous transmettre votre contrat de travail pour le poste de Chef de projet congrès (CDI, 100%, entrée le 1er septembre 2026).

Merci de nous retourner un exemplaire signé d'ici le 31 juillet. Pour votre permis B, nous nous occupons des démarches auprès du Service de la population.

Bienvenue parmi nous !

Marine Pasche
Responsable RH
Olympia Congrès Lausanne""",
  company="Olympia Congrès Lausanne", date="2026-07-22 15:10", tz="CEST", cs="windows-1252", cte="qp",
  attach="Contrat_Keller-Baptiste.pdf")

m("missed_interview_notice", "school_teams_no_join_fr", "fr", ("Sophie Marchand", "sophie.marchand@lacustre-hospitality.example.ch"),
  "Entretien de ce jour",
  """Bonjour Mathis,

Vous n'avez pas rejoint la réunion Teams de 15h pour l'entretien avec le panel. Nous avons attendu un quart d'heure puis avons dû libérer nos agendas.

Pouvez-vous me dire ce qui s'est passé ? Nous verrons alors si une nouvelle date est envisageable.

Meilleures salutations,
Sophie Marchand
Lacustre Hospitality School""",
  company="Lacustre Hospitality School", date="2026-04-14 15:40", tz="CEST")

m("interview_reschedule_or_cancel", "cruise_marseille_fr", "fr", ("Romain Estève", "romain.esteve@azurline-cruises.example.fr"),
  "Votre entretien du 12/05",
  """Bonjour Monsieur Keller-Baptiste,

Notre Hotel Director est retenu à bord suite à une modification d'itinéraire : l'entretien prévu mardi 12 mai à 10h est annulé. Nous reviendrons vers vous d'ici la fin de semaine avec une nouvelle proposition.

Cordialement,
Romain Estève
Recrutement Hôtellerie - Azure Line Cruises, Marseille""",
  company="Azure Line Cruises", date="2026-05-10 19:00", tz="CEST", cte="b64")

m("other", "swisscom_fr", "fr", ("Swisscom", "noreply@swisscom-info.example.ch"),
  "Votre facture de juin",
  """Bonjour Mathis Keller-Baptiste,

Votre facture de juin 2026 d'un montant de CHF 79.00 est disponible dans le Customer Center. Le paiement est dû le 30.06.2026.

Meilleures salutations
Swisscom""",
  date="2026-06-08 05:30", tz="CEST", fmt="html")

m("other", "volunteer_accepted_fr", "fr", ("Bénévoles Lausanne Marathon", "benevoles@lausanne-run.example.ch"),
  "Ta candidature de bénévole est acceptée !",
  """Hello Mathis,

Bonne nouvelle : ta candidature de bénévole pour le Lausanne Marathon a été acceptée ! Tu es affecté au poste « Accueil coureurs élites » le dimanche 25 octobre de 6h à 13h.

Briefing obligatoire le jeudi 22 octobre à 18h30.

Merci et à bientôt !
L'équipe bénévoles""",
  date="2026-09-28 12:00", tz="CEST", fmt="alt", hdrs={"Precedence": "bulk"})

m("interview_invitation", "barcelona_congress_es", "es", ("Núria Puig", "nuria.puig@bcn-congressos.example.es"),
  "Entrevista Project Manager Congresos",
  """Hola Mathis,

Gracias por tu candidatura. Nos gustaría hacerte una entrevista por videollamada con nuestro director de operaciones, Jordi, el miércoles 21 de octubre a las 10:00.

Te enviaré la invitación de Teams en cuanto me confirmes.

Saludos,
Núria Puig
Recursos Humanos · BCN Congressos""",
  company="BCN Congressos", date="2026-10-14 11:25", tz="CEST", cs="iso-8859-1", cte="qp")

m("other", "bank_mortgage_es", "es", ("Banco Mediterráneo Online", "noreply@bancomed.example.es"),
  "Hemos recibido tu solicitud de tarjeta",
  """Hola Mathis,

Hemos recibido tu solicitud de tarjeta de crédito Mediterráneo Oro. La estamos revisando y te responderemos en un plazo de 48 horas.

Gracias por confiar en nosotros.
Banco Mediterráneo""",
  date="2026-08-11 09:00", tz="CEST", fmt="html")

m("interview_invitation", "zermatt_probearbeiten_de", "de", ("Urs Lauber", "urs.lauber@matterhornblick.example.ch"),
  "Probearbeiten",
  """Hoi Mathis

Danke fürs Telefon gestern. Wie besprochen würden wir dich gerne für einen Probetag am Empfang einladen, am Freitag, 10. Juli, 7-16 Uhr. Unterkunft für die Nacht davor übernehmen wir.

Gib mir kurz Bescheid, ob das klappt.

Gruess
Urs Lauber
Direktor, Hotel Matterhornblick, Zermatt""",
  company="Hotel Matterhornblick", date="2026-07-02 20:45", tz="CEST", cte="8bit")

m("application_received", "manual_ack_de_ch", "de", ("Claudia Brunner", "claudia.brunner@seehotel-thun.example.ch"),
  "AW: Bewerbung als Guest Relations Manager",
  """Sehr geehrter Herr Keller-Baptiste

Besten Dank für Ihr Dossier, das wir gerne erhalten haben. Wir werden die Unterlagen in den nächsten Tagen sichten und uns danach bei Ihnen melden.

Freundliche Grüsse
Claudia Brunner
Assistentin der Direktion
Seehotel Thun""",
  company="Seehotel Thun", date="2026-08-04 09:10", tz="CEST", reply=True, cs="iso-8859-1", cte="qp")
