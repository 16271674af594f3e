"""Corpus 292, kind `rejection`: 31 hand-written messages (fr 15, de 8, en 5, es 3)."""

from __future__ import annotations

from msgs292_common import (
    CAND,
    CAND_ADDR,
    CAND_NAME,
    M,
    ats_card,
    attribution,
    esc,
    mso,
    outlook_html,
    outlook_reply,
    paras,
    quote,
    reply,
    simple_html,
)
from msgs292_invites import BEFFROI_MOVED, EIFELBLICK_SETUP, NEC_SETUP
from msgs292_other import VRIJTHOF_THANKS

R = "rejection"

# ---------------------------------------------------------------------------------- fr

_avroy = """Bonjour Mélusine,

Nous vous remercions de l'intérêt que vous portez à l'Hôtel Le Pont d'Avroy et du temps consacré à votre candidature pour le poste de Coordinateur·rice Événements (réf. R-2026-0142).

Après un examen attentif de votre dossier, nous sommes au regret de vous informer que celui-ci n'a pas été retenu.

Votre profil restera visible dans notre vivier de talents pendant vingt-quatre mois ; vous pouvez le mettre à jour à tout moment depuis votre espace candidat.

Nous vous souhaitons plein succès dans vos recherches.

L'équipe Talent Acquisition"""

_verriers = """Chère Madame Okafor-Blanc,

Je reviens vers vous au sujet de votre candidature au poste de chargée d'animation événementielle, reçue fin janvier.

Le conseil d'administration du musée a décidé, lors de sa séance du 9 mars, de geler ce recrutement jusqu'à nouvel ordre : la subvention régionale qui devait financer le poste à nonante pour cent n'a pas été reconduite. Le poste est donc mis en attente et nous ne donnerons pas suite aux candidatures reçues, la vôtre comprise.

Je le regrette d'autant plus que votre parcours de fleuriste avait beaucoup plu à notre conservatrice. Si le financement est rétabli, une nouvelle offre sera publiée sur notre site.

Avec mes salutations distinguées,

Régine Fraikin
Responsable administrative
Musée des Verriers de Chênée
Rue de la Station 12, 4032 Chênée
04 365 27 90
"""

_kermesse = """Bonjour Mélusine,

Le poste est pourvu depuis la semaine passée. Merci pour ta candidature et bonne chance pour la suite.

Marc

Envoyé de mon iPhone
"""

_nec_new = """Bonjour Mélusine,

J'ai eu la responsable RH de Namur Expo Confluence au téléphone ce matin. Elle a apprécié votre énergie lors de l'entretien, mais ils ont finalement choisi une candidate qui a déjà géré des salons professionnels de plus de septante exposants. Ce n'est donc pas pour cette fois.

Je garde votre dossier bien en vue : d'autres missions en événementiel arrivent au printemps et je vous recontacte dès qu'une piste sérieuse se présente.

Bien à vous,
Nadia

Nadia Lemaire
Consultante Événementiel & Hôtellerie
Intérim Plus Meuse – Agence de Liège
Boulevard d'Avroy 118, 4000 Liège
T. 04 221 73 90 – M. 0478 32 90 17

Ce message et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Toute diffusion non autorisée est interdite."""

_nec_confirm = outlook_reply("""Bonjour Nadia,

C'est parfait, je serai à l'entrée B jeudi 12 à 14h30, avec mon book photo.

Merci beaucoup pour cette opportunité !
Mélusine""", "fr", "Nadia Lemaire <nadia.lemaire@interimplusmeuse.example.be>",
    "mardi 3 février 2026 11:26", f"{CAND_NAME} <{CAND_ADDR}>",
    "Entretien chez Namur Expo Confluence – jeudi 12 février", NEC_SETUP)

_nec = outlook_reply(
    _nec_new, "fr", f"{CAND_NAME} <{CAND_ADDR}>", "mardi 3 février 2026 13:02",
    "Nadia Lemaire <nadia.lemaire@interimplusmeuse.example.be>",
    "RE: Entretien chez Namur Expo Confluence – jeudi 12 février", _nec_confirm)

_sablon_old = """Bonjour Monsieur Vandermeulen,

Bien noté pour l'annulation de notre entretien de mardi. Je reste disponible pour un nouveau rendez-vous quand cela vous conviendra.

Bien cordialement,
Mélusine Okafor-Blanc"""

_sablon = reply("""Bonjour Madame Okafor-Blanc,

Merci pour votre patience. Je vous dois une explication : l'annulation de la semaine dernière était liée à une réorganisation interne, et la direction a finalement confié la responsabilité des banquets et séminaires à une collègue de la réception, en poste chez nous depuis six ans. Le poste ne sera donc pas ouvert à l'extérieur.

Je suis sincèrement désolé de ne pas avoir pu vous rencontrer. Je me permettrai de vous écrire si un poste en événementiel s'ouvre à l'hôtel.

Cordialement,
Thibault Vandermeulen
Talent & Culture Manager
Hôtel Sablon Royal
Rue des Minimes 27, 1000 Bruxelles
+32 2 511 46 80""", "fr", "lun. 16 mars 2026 à 17:48", CAND_NAME, CAND_ADDR, _sablon_old)

_beaufays = """Madame,

Par la présente, nous vous informons que le Collège communal, en sa séance du 18 mai 2026, a décidé de supprimer l'emploi de coordinateur·rice des festivités communales du cadre du personnel contractuel. La procédure de recrutement à laquelle vous aviez pris part est dès lors clôturée sans désignation.

Cette décision résulte de l'ajustement budgétaire de l'exercice 2026 et ne constitue en rien une appréciation de votre candidature. Vous trouverez en annexe le courrier officiel signé par le Directeur général.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour le Collège,
Chantal Lejeune
Service du Personnel
Commune de Beaufays-Mosane – Place Communale 1, 4052 Beaufays
Tél. 04 368 90 71 (le matin)

Les données à caractère personnel de votre candidature sont traitées conformément au RGPD et seront supprimées au terme d'un délai de six mois.
"""

_citadelle = """Salut Mélusine,

Bon, je préfère te le dire franchement plutôt que de te laisser attendre : on part sur quelqu'un d'autre pour la coordination des mariages. Elle vient du traiteur avec qui on bosse déjà, et ça a pesé lourd dans la balance.

Ton book de compositions florales a fait l'unanimité, vraiment. Si tu veux, je te commande les centres de table pour la garden-party de juin, ça me ferait plaisir de bosser avec toi autrement.

On se voit au marché de la Batte dimanche ?

Sophie
"""

_beffroi_thanks = """Bonjour Julien,

Merci encore pour l'entretien de mardi et pour la visite des salons du premier étage. Le projet de séminaires d'entreprise m'enthousiasme beaucoup et je serais ravie de rejoindre votre équipe pour l'organiser.

Belle fin de semaine,
Mélusine"""

_beffroi_new = """Bonjour Mélusine,

Merci pour ce message, et merci d'avoir pris le temps de venir jusqu'à Lille. Nous avons vu trois personnes en entretien final et nous avons retenu une candidature qui connaît déjà le réseau des traiteurs lillois, ce qui compte beaucoup pour la saison d'automne qui démarre très vite.

Ce choix a été difficile et je voulais vous l'annoncer moi-même plutôt que par la plateforme. J'espère que nos chemins se recroiseront.

Cordialement,
Julien Masquelier
Directeur de production
Beffroi Événements
18 rue de la Clef, 59800 Lille
03 20 57 41 88"""

_beffroi_history = (_beffroi_thanks + "\n\n"
                    + attribution("fr", "mar. 12 mai 2026 à 14:30", "Julien Masquelier",
                                  "julien.masquelier@beffroi-evenements.example.fr")
                    + "\n" + quote(BEFFROI_MOVED))
_beffroi = reply(_beffroi_new, "fr", "mer. 27 mai 2026 à 19:12", CAND_NAME, CAND_ADDR,
                 _beffroi_history)
_beffroi_html = simple_html(
    paras(_beffroi_new)
    + f'\n<div class="gmail_quote"><p>Le mer. 27 mai 2026 à 19:12, {esc(CAND_NAME)} '
    f'&lt;{CAND_ADDR}&gt; a écrit :</p>\n<blockquote style="margin:0 0 0 .8ex;'
    f'border-left:1px #ccc solid;padding-left:1ex">\n{paras(_beffroi_history)}\n</blockquote></div>')

_vauban = """Bonjour Mélusine,

Nous tenons à vous remercier pour votre participation au processus de recrutement pour le poste de Chargé·e de production événementielle.

Nous avons pris la décision de ne pas poursuivre avec votre candidature. Cette décision tient compte de l'ensemble du parcours de sélection, y compris la journée d'essai prévue le 24 avril.

Nous conservons vos informations et pourrons vous proposer d'autres opportunités correspondant à votre profil.

Cordialement,
L'équipe Recrutement – Espace Vauban-Deûle"""

_hautrive = """Chère Madame Okafor-Blanc,

Comme promis, je reviens vers vous après la réunion de présentation de la short-list chez notre client, ce lundi.

Notre client a retenu un autre profil pour la fonction, davantage orienté vers la gestion de budgets d'envergure. La confidentialité du mandat m'interdit toujours de vous en dire plus sur l'entreprise, mais je tenais à vous rassurer : votre dossier a été présenté dans son intégralité et vos références ont été jugées excellentes.

Je me permettrai de vous solliciter à nouveau pour de futurs mandats dans le secteur de l'accueil et de l'événementiel.

Bien cordialement,

Bertrand de Moffarts
Associé – Cabinet Hautrive Conseil
Quai de Rome 52, 4000 Liège
+32 4 252 88 17

Ce courriel est confidentiel et destiné exclusivement à son destinataire. S'il vous est parvenu par erreur, merci d'en avertir l'expéditeur et de le détruire.
"""

_hecm = """Madame Okafor-Blanc,

Nous avons bien analysé votre candidature au poste de Gestionnaire des événements académiques (réf. 4471).

Nous regrettons de vous informer que le jury de sélection n'a pas retenu votre dossier pour l'épreuve écrite. Le nombre de candidatures reçues (plus de nonante) nous a contraints à limiter la présélection aux profils disposant d'une expérience dans l'enseignement supérieur.

Nous vous remercions sincèrement de l'intérêt porté à notre institution.

Le Service des Ressources humaines
Haute École Condroz-Meuse

Message généré automatiquement – merci de ne pas répondre à cette adresse."""

_grund = """Madame,

Je vous remercie pour votre candidature et pour l'intérêt que vous portez à notre établissement.

Après étude de l'ensemble des dossiers reçus, j'ai le regret de vous faire savoir que votre profil n'a pas été retenu pour la suite du processus. Pour ce poste, nous recherchions en priorité une personne parlant couramment le luxembourgeois, nos clients banquets étant majoritairement locaux.

Nous ne manquerons pas de vous recontacter si une opportunité plus adaptée se présentait.

Avec mes meilleures salutations,

Nathalie Weis
Human Resources Manager
Hôtel Grund & Alzette
12, rue Münster, L-2160 Luxembourg
T +352 26 47 58 1

Ce message est destiné uniquement à la personne ou à l'entité à laquelle il est adressé et peut contenir des informations confidentielles. Si vous l'avez reçu par erreur, veuillez le supprimer et en informer l'expéditeur.
"""

_ifs = """Bonjour Mélusine,

Petit retour suite à votre rencontre du 14 avril avec M. Dufour à l'Hôtel Les Trois Mailles : le client ne donne pas suite. Il a estimé que le poste de coordinatrice banquets demandait une expérience en hôtellerie que vous n'avez pas encore, malgré un très bon contact.

Je sais que c'est décevant, surtout après le report du premier rendez-vous. Je continue de chercher pour vous sur la métropole lilloise, notamment pour les salons de la rentrée.

Élodie Carpentier
Chargée de recrutement - Intérim Flandres Services
47 boulevard de la Liberté, 59000 Lille
03 28 36 52 14
"""

_loft = """Bonjour Mélusine,

Merci pour notre échange du 12 juin avec Pieter et moi-même.

Nous avons pesé chaque candidature du premier tour avec beaucoup de soin. À ce stade, nous ne vous inviterons pas au second tour : pour cette fonction, nous avons privilégié les personnes qui maîtrisent déjà les logiciels d'inscription de congrès à grande échelle.

Merci pour le temps et l'énergie investis. Nous vous souhaitons le meilleur pour la suite.

Lotte Claes
Talent Partner | Brussels Congress Loft
Rue de la Loi 155, 1040 Bruxelles"""

_rosport = """Madame,

Nous accusons réception de votre candidature spontanée pour un emploi dans le domaine de l'organisation des manifestations culturelles de la commune, et nous vous en remercions.

Malheureusement, nous ne sommes pas en mesure d'y réserver une suite favorable : le collège des bourgmestre et échevins n'a prévu aucune vacance de poste dans ce domaine pour l'exercice en cours, et les emplois communaux sont par ailleurs pourvus par voie d'avis de vacance publiés.

Nous vous prions d'agréer, Madame, l'expression de notre considération distinguée.

Pour le collège des bourgmestre et échevins,
Marc Hoffmann
Secrétaire communal
Administration communale de Rosport-Moselle
2, place de l'Église, L-6580 Rosport
"""

# ---------------------------------------------------------------------------------- de

_kaiserpfalz = """Sehr geehrte Frau Okafor-Blanc,

vielen Dank für Ihr Interesse an der Kaiserpfalz Eventhaus GmbH und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen heute leider mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Team der Kaiserpfalz Eventhaus GmbH

Diese E-Mail wurde automatisch über Personio versendet."""

_elisen = """Liebe Frau Okafor-Blanc,

ich melde mich noch einmal wegen der Stelle in der Bankett- und Eventkoordination, über die wir Anfang März telefoniert haben.

Wir haben die Position inzwischen intern besetzt: Eine Kollegin aus unserem Front Office wechselt zum 1. Mai in das Bankettbüro. Damit ist das Auswahlverfahren für externe Bewerbungen beendet.

Für Ihr Interesse und Ihre Geduld nach dem verschobenen Termin bedanke ich mich herzlich. Ich wünsche Ihnen viel Erfolg – und vielleicht begegnen wir uns ja einmal bei einer Veranstaltung in Aachen.

Herzliche Grüße
Carina Lennartz
Personalreferentin
Hotel Elisenbrunnen Residenz
Friedrich-Wilhelm-Platz 9 · 52062 Aachen
Tel. +49 241 47 58 300
"""

_tuch = """Sehr geehrte Frau Okafor-Blanc,

bezüglich Ihrer Bewerbung auf die Stelle im Veranstaltungsmanagement (Kennziffer 07/2026) muss ich Ihnen eine unerfreuliche Nachricht übermitteln.

Der Träger des Museums hat eine Haushaltssperre verhängt. Die Stelle wird bis auf Weiteres nicht besetzt, und das laufende Auswahlverfahren wird nicht fortgeführt. Ob und wann die Stelle erneut ausgeschrieben wird, ist derzeit offen.

Ihre Unterlagen werden wir gemäß den datenschutzrechtlichen Vorgaben nach sechs Monaten löschen, sofern Sie nicht vorher widersprechen.

Mit freundlichen Grüßen

Dr. Ulrike Pahlen
Museumsleitung
Museum für Tuch und Nadel
Jakobstraße 40, 52064 Aachen
"""

_eifel_new = """Hallo Frau Okafor-Blanc,

kurze Rückmeldung vom Tagungshotel Eifelblick: Herr Bongartz hat sich nach dem Gespräch am Dienstag gegen eine Zusammenarbeit entschieden. Ausschlaggebend war wohl, dass die Stelle sehr viel Technik-Koordination (Ton, Licht, Hybridveranstaltungen) umfasst.

Das ist schade, ändert aber nichts an meinem Eindruck – ich melde mich, sobald ich etwas Passendes in der Region habe.

Viele Grüße
Dennis Schüller
Personaldisponent Event & Messe
Messe & Mehr Personalservice GmbH
Theaterstraße 61, 52062 Aachen
Tel. 0241 99 72 41-3

Messe & Mehr Personalservice GmbH · Sitz Aachen · Amtsgericht Aachen HRB 00000 · Geschäftsführer: Ralf Meessen"""

_eifel = outlook_reply(
    _eifel_new, "de", "Dennis Schüller", "Donnerstag, 19. März 2026 16:02",
    CAND_NAME, "Vorstellung beim Tagungshotel Eifelblick", EIFELBLICK_SETUP)

_wurmtal = """Sehr geehrte Frau Okafor-Blanc,

wir bedanken uns für Ihre Bewerbung und das damit verbundene Interesse an einer Tätigkeit an der Hochschule Wurmtal.

Die Auswahlkommission hat sich nach eingehender Beratung für eine Bewerberin entschieden, deren Qualifikationsprofil den Anforderungen der Stelle in besonderem Maße entspricht. Wir bedauern, Ihnen keine positive Nachricht geben zu können.

Ihre Bewerbungsunterlagen werden nach Ablauf der gesetzlichen Aufbewahrungsfrist gelöscht.

Mit freundlichen Grüßen
Dezernat Personal
Hochschule Wurmtal"""

_eupen_old = """Sehr geehrter Herr Mertes,

anbei sende ich Ihnen meine Bewerbung als Veranstaltungsassistenz im Kulturzentrum. Als Floristin habe ich in den letzten Jahren zahlreiche Hochzeiten und Firmenfeiern ausgestattet und möchte nun in die Organisation wechseln. Über die Gelegenheit zu einem Vorstellungsgespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Mélusine Okafor-Blanc"""

_eupen = reply("""Hallo Frau Okafor-Blanc,

leider passt es diesmal nicht. Trotzdem danke!

VG
Jens Mertes""", "de", "20.02.2026 um 09:14", CAND_NAME, CAND_ADDR, _eupen_old)

_soerstal_old = """Sehr geehrte Frau Kohnen,

herzlichen Dank für das angenehme Gespräch am Montag und die Führung durch das Kulturhaus. Ich würde mich sehr freuen, das Sommerfest und die Adventsmärkte mit Ihrem Team zu organisieren.

Mit freundlichen Grüßen
Mélusine Okafor-Blanc"""

_soerstal = reply("""Liebe Frau Okafor-Blanc,

danke für Ihre freundlichen Zeilen. Ich hätte Ihnen gern eine andere Antwort gegeben: Die Wahl ist auf einen Bewerber gefallen, der bereits seit mehreren Jahren Märkte in der Städteregion organisiert und die Händlerinnen und Händler persönlich kennt.

Ihre Ideen zur floralen Gestaltung des Sommerfests haben uns trotzdem beeindruckt – vielleicht dürfen wir Sie dafür einmal als Dienstleisterin anfragen?

Mit herzlichen Grüßen
Martina Kohnen
Leitung Kulturbetrieb Soerstal
Rathausplatz 2, 52159 Roetgen-Soerstal
Telefon 02471 90 88 12""", "de", "Di., 29. Sept. 2026 um 20:41", CAND_NAME, CAND_ADDR, _soerstal_old)

_remich = """Guten Tag Frau Okafor-Blanc,

wir danken Ihnen für Ihre Bewerbung als Event Manager Kongresse im Kongresshaus Mosel-Remich.

Nach Abschluss der ersten Auswahlrunde können wir Ihre Bewerbung leider nicht weiter berücksichtigen. Wir haben uns auf Kandidatinnen und Kandidaten konzentriert, die bereits Kongresse mit internationaler Beteiligung verantwortet haben.

Bei Rückfragen steht Ihnen Frau Sandra Thill gerne zur Verfügung; antworten Sie dazu einfach auf diese Nachricht.

Freundliche Grüße
Kongresshaus Mosel-Remich – Human Resources
"""

# ---------------------------------------------------------------------------------- en

_vrijthof = reply("""Hi Mélusine,

Thanks so much for your kind note, and for the energy you brought to the conversation with Joost and me.

I'm sorry to be writing with disappointing news. The team has decided to offer the role to someone who has run festival-scale productions with us before, and that experience tipped the balance for this particular opening.

Please don't read this as a verdict on your potential – your floral installation ideas came up more than once in our debrief. We'd be glad to hear from you again when the next coordinator role opens in the autumn.

All the best,
Femke

Femke Houben | People & Talent
Vrijthof Event Studio
Vrijthof 18, 6211 LD Maastricht""", "en", "Fri, 20 Mar 2026 at 18:04", CAND_NAME, CAND_ADDR,
    VRIJTHOF_THANKS)

_stokstraat = """Hi Mélusine,

Thank you for applying for the Meetings & Events Coordinator position at Stokstraat Quarter Hotel, and for taking the time to tell us about your work.

We have decided to move forward with candidates whose experience more closely matches the needs of the role at this time.

We'll keep your details on file, and we encourage you to keep an eye on our careers page.

Kind regards,
The Stokstraat Quarter Hotel Talent Team"""

_jekerdal = """Dear Mélusine Okafor-Blanc,

We are writing to update you on the Events Officer position (requisition 2026-3318) in the Faculty of Arts and Social Sciences.

Following a review of the faculty's budget for the 2026-2027 academic year, the role has been put on hold and we will not proceed with the current recruitment. All candidates in the process are receiving this message.

Should the position be reopened, it will be re-advertised on our vacancy portal and you are welcome to apply again.

We thank you for your interest in Jekerdal University.

Human Resources - Recruitment Team
Jekerdal University, Minderbroedersberg 4, 6211 LK Maastricht

This message was sent via iCIMS. Replies to this address are not monitored."""

_tapijn = """Hey Mélusine,

Bad news I'm afraid - we've given the garden season job to Ruud's cousin, who basically grew up on this terrain and starts Monday. Not entirely my call, but there it is.

Honestly gutted, I loved your idea with the dried hydrangeas for the beer tent. Drinks on me next time you're in Maastricht, ok?

x Sanne
"""

_confetti = """Hi Mélusine,

Thank you for your interest in the Event Success Coordinator role at Confetti Systems.

After reviewing where things stand, we won't be progressing your application further. We were not able to complete the interview stage together, and in the meantime the hiring team has reached the final round with other candidates.

If you have questions, you can reply to this email and it will reach me directly.

Best,
Yasmina El Idrissi
Talent Lead, Confetti Systems"""

# ---------------------------------------------------------------------------------- es

_mediterranea = """Hola, Mélusine:

Gracias por tu tiempo durante todo el proceso y por la conversación telefónica que finalmente pudimos tener el día 26.

Tras valorar todas las candidaturas, hemos decidido seguir adelante con perfiles cuya trayectoria se ajusta más a lo que buscamos en este momento, sobre todo en eventos corporativos de gran formato.

Te deseamos mucha suerte en tu búsqueda y esperamos coincidir en algún otro proyecto.

Un saludo,
Álvaro Sanchis
Responsable de Personas
Mediterránea Eventos
C/ de Colón 48, 46004 València
+34 963 52 71 40
"""

_seda = """Estimada Sra. Okafor-Blanc:

Le comunicamos que, por resolución de la Dirección del Museo de fecha 27 de abril de 2026, se ha dejado sin efecto la convocatoria 03/2026 para la contratación de un/a Técnico/a de actividades y eventos, debido a la reestructuración del área de programación pública.

En consecuencia, no se celebrará la fase de entrevistas prevista y el proceso queda cancelado para todas las personas aspirantes. Adjuntamos copia de la resolución.

Agradecemos el interés mostrado por nuestra institución.

Atentamente,

Inmaculada Peris Ribes
Jefa de Recursos Humanos
Museo de la Seda y el Azahar
Calle del Hospital 7, 46001 València
Tel. 963 15 84 20
"""

_ribera = """Hola Mélusine,

Gracias por presentarte a la vacante de Coordinadora de ferias. No seguimos adelante con tu candidatura.

Rafa Cortés
Feria Ribera Congresos

Enviado con Workable"""


MESSAGES = [
    # ------------------------------------------------------------------------------ fr (15)
    M(kind=R, scenario="workday_html_only", lang="fr", company="Hôtel Le Pont d'Avroy", contact="",
      date="2026-03-02 07:45 +0000", frm=("Hôtel Le Pont d'Avroy", "pontdavroy@myworkday.com"),
      subject="Votre candidature – Coordinateur·rice Événements (R-2026-0142)",
      subject_enc="utf-8:b", refs=["avroy-ack"], id="avroy-reject",
      html=ats_card("Hôtel Le Pont d'Avroy", paras(_avroy),
                    "Ce message a été envoyé automatiquement par Workday. Merci de ne pas y répondre.",
                    color="#7c2d12")),
    M(kind=R, scenario="museum_post_on_hold", lang="fr", company="Musée des Verriers de Chênée",
      contact="r.fraikin@verriers-chenee.example.be", date="2026-03-11 14:22 +0100",
      frm=("Régine Fraikin", "r.fraikin@verriers-chenee.example.be"),
      subject="Poste de chargée d'animation événementielle - mise en attente",
      subject_enc="iso-8859-1:q", name_enc="iso-8859-1:q", charset="iso-8859-1",
      cte="quoted-printable", refs=["verriers-ack"], text=_verriers),
    M(kind=R, scenario="terse_post_filled", lang="fr", company="Kermesse Events",
      contact="marc@kermesse-events.example.be", date="2026-01-30 21:03 +0100",
      frm=("Marc Delvaux", "marc@kermesse-events.example.be"),
      subject="Re: Candidature coordinatrice événements", refs=["kermesse-application"],
      cte="8bit", text=_kermesse),
    M(kind=R, scenario="agency_relays_client_no", lang="fr", company="Namur Expo Confluence",
      contact="nadia.lemaire@interimplusmeuse.example.be", date="2026-02-19 10:37 +0100",
      frm=("Nadia Lemaire", "nadia.lemaire@interimplusmeuse.example.be"),
      subject="RE: Entretien chez Namur Expo Confluence – jeudi 12 février",
      refs=["ipm-register", "ipm-nec-setup"], id="ipm-nec-no",
      headers=[("X-Mailer", "Microsoft Outlook 16.0")],
      text=_nec, html=outlook_html(mso(_nec))),
    M(kind=R, scenario="filled_internally_after_cancel", lang="fr", company="Hôtel Sablon Royal",
      contact="t.vandermeulen@sablonroyal.example.be", date="2026-04-08 09:15 +0200",
      frm=("Thibault Vandermeulen", "t.vandermeulen@sablonroyal.example.be"),
      subject="Re: Annulation – entretien Responsable banquets & séminaires",
      refs=["sablon-invite", "sablon-cancel", "sablon-ok"], text=_sablon),
    M(kind=R, scenario="council_post_abolished_pdf", lang="fr",
      company="Commune de Beaufays-Mosane", contact="chantal.lejeune@beaufays-mosane.example.be",
      date="2026-05-20 11:50 +0200",
      frm=("Service du Personnel – Commune de Beaufays-Mosane", "personnel@beaufays-mosane.example.be"),
      reply_to=("Chantal Lejeune", "chantal.lejeune@beaufays-mosane.example.be"),
      name_enc="windows-1252:q",
      subject="Recrutement d'un·e coordinateur·rice des festivités communales – suppression de l'emploi",
      subject_enc="windows-1252:q", charset="windows-1252", cte="8bit", refs=["beaufays-ack"],
      text=_beaufays,
      attach=[{"name": "courrier_college_2026-05-18.pdf", "title": "Commune de Beaufays-Mosane",
                   "lines": ["Commune de Beaufays-Mosane - Service du Personnel",
                          "Place Communale 1, 4052 Beaufays", "",
                          "Madame Mélusine Okafor-Blanc", "Rue Hors-Château 41, 4000 Liège", "",
                          "Objet : suppression de l'emploi de coordinateur des festivités",
                          "", "Le Collège communal, en séance du 18 mai 2026,",
                          "décide de supprimer l'emploi et de clôturer la procédure",
                          "de recrutement sans désignation.", "",
                          "Le Directeur général,", "J. Raskin"]}]),
    M(kind=R, scenario="casual_friend_style_no", lang="fr", company="Les Jardins de la Citadelle",
      contact="sophie@jardinscitadelle.example.be", date="2026-04-14 22:17 +0200",
      frm=("Sophie Dardenne", "sophie@jardinscitadelle.example.be"),
      subject="Le poste chez nous", cte="8bit", text=_citadelle),
    M(kind=R, scenario="after_interview_quotes_thanks", lang="fr", company="Beffroi Événements",
      contact="julien.masquelier@beffroi-evenements.example.fr", date="2026-05-29 16:05 +0200",
      frm=("Julien Masquelier", "julien.masquelier@beffroi-evenements.example.fr"),
      subject="Re: Merci pour l'entretien de mardi",
      refs=["beffroi-invite", "beffroi-ask-move", "beffroi-moved", "beffroi-thanks"],
      text=_beffroi, html=_beffroi_html),
    M(kind=R, scenario="smartrecruiters_after_trial_day", lang="fr", company="Espace Vauban-Deûle",
      contact="", date="2026-05-06 08:02 +0000",
      frm=("Espace Vauban-Deûle", "no-reply@smartrecruiters.com"),
      subject="Chargé·e de production événementielle – suite de votre candidature",
      refs=["vauban-ack", "vauban-trial", "vauban-missed"],
      text=_vauban + "\n\nCe courriel a été envoyé via SmartRecruiters.\n",
      html=ats_card("Espace Vauban-Deûle", paras(_vauban),
                    "Ce courriel a été envoyé via SmartRecruiters. Pour gérer vos préférences, "
                    "rendez-vous sur votre profil candidat.", color="#1e3a8a")),
    M(kind=R, scenario="headhunter_client_unnamed", lang="fr", company="Hautrive Conseil",
      contact="b.demoffarts@hautrive-conseil.example.be", date="2026-02-27 18:30 +0100",
      frm=("Bertrand de Moffarts", "b.demoffarts@hautrive-conseil.example.be"),
      subject="Mission « Coordination événementielle » – décision de notre client",
      subject_enc="utf-8:b", cte="base64", html_cte="base64",
      refs=["hautrive-approach", "hautrive-meeting", "hautrive-missed"],
      text=_hautrive, html=outlook_html(mso(_hautrive))),
    M(kind=R, scenario="school_successfactors_no_shortlist", lang="fr",
      company="Haute École Condroz-Meuse", contact="", date="2026-06-25 06:10 +0000",
      frm=("Haute École Condroz-Meuse", "noreply@successfactors.eu"),
      subject="Haute École Condroz-Meuse : réponse à votre candidature (Réf. 4471)",
      text=_hecm, html=ats_card("Haute École Condroz-Meuse", paras(_hecm),
                                "SAP SuccessFactors – Recruiting", color="#065f46")),
    M(kind=R, scenario="luxembourg_hotel_outlook_base64", lang="fr",
      company="Hôtel Grund & Alzette", contact="nathalie.weis@grundalzette.example.lu",
      date="2026-08-05 15:40 +0200", frm=("Nathalie Weis", "nathalie.weis@grundalzette.example.lu"),
      subject="Votre candidature – Event & Banqueting Coordinator", refs=["grund-ack"],
      cte="base64", text=_grund, html=outlook_html(mso(_grund))),
    M(kind=R, scenario="lille_agency_client_no_latin1", lang="fr",
      company="Hôtel Les Trois Mailles", contact="elodie.carpentier@ifs-interim.example.fr",
      date="2026-04-21 17:55 +0200",
      frm=("Élodie Carpentier (IFS Lille)", "elodie.carpentier@ifs-interim.example.fr"),
      name_enc="iso-8859-1:b", subject="Retour de l'Hôtel Les Trois Mailles",
      subject_enc="iso-8859-1:q", charset="iso-8859-1", cte="8bit",
      refs=["ifs-register", "ifs-mailles-setup", "ifs-mailles-moved"], text=_ifs),
    M(kind=R, scenario="greenhouse_no_second_round", lang="fr", company="Brussels Congress Loft",
      contact="lotte.claes@congressloft.example.be", date="2026-06-19 13:12 +0000",
      frm=("Lotte Claes via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      reply_to=("Lotte Claes", "lotte.claes@congressloft.example.be"),
      subject="Brussels Congress Loft – Coordinatrice de congrès : suite du processus",
      refs=["loft-invite", "loft-update"], text=_loft,
      html=simple_html(paras(_loft))),
    M(kind=R, scenario="unsolicited_application_declined", lang="fr",
      company="Commune de Rosport-Moselle", contact="marc.hoffmann@rosport-moselle.example.lu",
      date="2026-09-09 10:05 +0200", frm=("Marc Hoffmann", "marc.hoffmann@rosport-moselle.example.lu"),
      subject="Votre candidature spontanée du 2 septembre 2026", text=_rosport),
    # ------------------------------------------------------------------------------ de (8)
    M(kind=R, scenario="personio_formal_after_noshow", lang="de", company="Kaiserpfalz Eventhaus",
      contact="", date="2026-02-24 09:00 +0100",
      frm=("Kaiserpfalz Eventhaus GmbH", "noreply@personio.de"),
      subject="Ihre Bewerbung als Veranstaltungskoordinator (m/w/d)",
      refs=["kaiserpfalz-ack", "kaiserpfalz-invite", "kaiserpfalz-missed"],
      text=_kaiserpfalz,
      html=ats_card("Kaiserpfalz Eventhaus", paras(_kaiserpfalz), "Powered by Personio",
                    lang="de", color="#4c1d95")),
    M(kind=R, scenario="filled_internally_cp1252", lang="de",
      company="Hotel Elisenbrunnen Residenz", contact="c.lennartz@elisenresidenz.example.de",
      date="2026-04-02 11:31 +0200", frm=("Carina Lennartz", "c.lennartz@elisenresidenz.example.de"),
      subject="Ihre Bewerbung – Bankett- und Eventkoordination", subject_enc="windows-1252:q",
      charset="windows-1252", cte="8bit", refs=["elisen-invite", "elisen-moved"], text=_elisen),
    M(kind=R, scenario="museum_hiring_freeze_latin1", lang="de", company="Museum für Tuch und Nadel",
      contact="u.pahlen@tuchmuseum.example.de", date="2026-05-12 13:47 +0200",
      frm=("Dr. Ulrike Pahlen", "u.pahlen@tuchmuseum.example.de"),
      subject="Stelle Veranstaltungsmanagement (Kennziffer 07/2026)",
      charset="iso-8859-1", cte="quoted-printable", refs=["tuch-ack"], text=_tuch),
    M(kind=R, scenario="agency_relays_client_no", lang="de", company="Tagungshotel Eifelblick",
      contact="d.schueller@messeundmehr.example.de", date="2026-03-27 08:44 +0100",
      frm=("Dennis Schüller", "d.schueller@messeundmehr.example.de"),
      subject="AW: Vorstellung beim Tagungshotel Eifelblick", subject_enc="utf-8:b",
      refs=["mm-register", "mm-eifel-setup"], text=_eifel,
      headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic",
               "Vorstellung beim Tagungshotel Eifelblick")]),
    M(kind=R, scenario="softgarden_html_only", lang="de", company="Hochschule Wurmtal", contact="",
      date="2026-06-08 07:30 +0000", frm=("Hochschule Wurmtal", "noreply@softgarden.io"),
      subject="Ihre Bewerbung: Referentin für Hochschulveranstaltungen (Kennung HW-2026-19)",
      refs=["wurmtal-ack"],
      html=ats_card("Hochschule Wurmtal", paras(_wurmtal),
                    "Diese Nachricht wurde über softgarden versandt. Bitte antworten Sie nicht auf "
                    "diese E-Mail.", lang="de", color="#0c4a6e")),
    M(kind=R, scenario="terse_over_quoted_application", lang="de",
      company="Kulturzentrum Eupen-Hertogenwald", contact="jens.mertes@kulturzentrum-eupen.example.be",
      date="2026-03-18 12:02 +0100",
      frm=("Jens Mertes", "jens.mertes@kulturzentrum-eupen.example.be"),
      subject="Re: Bewerbung Veranstaltungsassistenz", refs=["eupen-application", "eupen-ack"],
      text=_eupen),
    M(kind=R, scenario="after_interview_quotes_thanks", lang="de", company="Kulturbetrieb Soerstal",
      contact="m.kohnen@soerstal-kultur.example.de", date="2026-10-02 10:20 +0200",
      frm=("Martina Kohnen", "m.kohnen@soerstal-kultur.example.de"),
      subject="AW: Danke für das Gespräch am Montag", refs=["soerstal-thanks"], text=_soerstal),
    M(kind=R, scenario="successfactors_reply_to_human", lang="de",
      company="Kongresshaus Mosel-Remich", contact="sandra.thill@kongresshaus-remich.example.lu",
      date="2026-09-21 09:12 +0200", frm=("Kongresshaus Mosel-Remich", "noreply@successfactors.eu"),
      reply_to=("Sandra Thill", "sandra.thill@kongresshaus-remich.example.lu"),
      subject="Ihre Bewerbung als Event Manager Kongresse – Rückmeldung",
      refs=["remich-ack"], cte="base64", text=_remich),
    # ------------------------------------------------------------------------------ en (5)
    M(kind=R, scenario="greenhouse_after_interview_quotes_thanks", lang="en",
      company="Vrijthof Event Studio", contact="femke.houben@vrijthofstudio.example.nl",
      date="2026-04-01 14:26 +0200",
      frm=("Femke Houben via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      reply_to=("Femke Houben", "femke.houben@vrijthofstudio.example.nl"),
      subject="Re: Thank you – Event Coordinator interview",
      refs=["vrijthof-ack", "vrijthof-screen", "vrijthof-cancel", "vrijthof-thanks"],
      text=_vrijthof),
    M(kind=R, scenario="lever_more_closely_matches", lang="en", company="Stokstraat Quarter Hotel",
      contact="", date="2026-04-27 16:00 +0000",
      frm=("Stokstraat Quarter Hotel", "no-reply@hire.lever.co"),
      subject="Your application to Stokstraat Quarter Hotel", text=_stokstraat,
      html=simple_html(paras(_stokstraat), "en")),
    M(kind=R, scenario="university_role_on_hold", lang="en", company="Jekerdal University",
      contact="", date="2026-08-12 10:00 +0200",
      frm=("Jekerdal University Careers", "jekerdal-careers@icims.com"),
      subject="Update on requisition 2026-3318 - Events Officer, Faculty of Arts",
      refs=["jekerdal-ack", "jekerdal-invite", "jekerdal-missed"], text=_jekerdal),
    M(kind=R, scenario="casual_given_to_someone_else", lang="en", company="Tapijn Garden Events",
      contact="sanne@tapijngarden.example.nl", date="2026-07-30 23:08 +0200",
      frm=("Sanne Wolfs", "sanne@tapijngarden.example.nl"),
      subject="about the garden season job", text=_tapijn),
    M(kind=R, scenario="ashby_after_missed_interview", lang="en", company="Confetti Systems",
      contact="yasmina@confetti-systems.example.be", date="2026-09-16 15:33 +0000",
      frm=("Confetti Systems", "no-reply@ashbyhq.com"),
      reply_to=("Yasmina El Idrissi", "yasmina@confetti-systems.example.be"),
      subject="Confetti Systems – Event Success Coordinator", refs=["confetti-invite",
                                                                 "confetti-noshow"],
      text=_confetti, html=ats_card("Confetti Systems", paras(_confetti), "Sent with Ashby",
                                    lang="en", color="#db2777")),
    # ------------------------------------------------------------------------------ es (3)
    M(kind=R, scenario="soft_profiles_fit_better", lang="es", company="Mediterránea Eventos",
      contact="alvaro.sanchis@mediterraneaeventos.example.es", date="2026-06-09 12:40 +0200",
      frm=("Álvaro Sanchis", "alvaro.sanchis@mediterraneaeventos.example.es"),
      subject="Proceso de selección – Coordinadora de eventos corporativos",
      refs=["medit-call", "medit-missed"], cte="8bit", text=_mediterranea),
    M(kind=R, scenario="call_for_applications_cancelled_pdf", lang="es",
      company="Museo de la Seda y el Azahar", contact="inmaculada.peris@museoseda.example.es",
      date="2026-04-28 13:05 +0200",
      frm=("Inmaculada Peris Ribes", "inmaculada.peris@museoseda.example.es"),
      subject="Convocatoria 03/2026 - Técnico/a de actividades y eventos",
      subject_enc="iso-8859-1:b", charset="iso-8859-1", cte="8bit", refs=["seda-ack"],
      text=_seda,
      attach=[{"name": "resolucion_convocatoria_03-2026.pdf", "title": "Resolución 03/2026",
                   "lines": ["MUSEO DE LA SEDA Y EL AZAHAR", "Resolución de la Dirección",
                          "València, 27 de abril de 2026", "",
                          "Se deja sin efecto la convocatoria 03/2026",
                          "(Técnico/a de actividades y eventos).", "",
                          "La Directora, M. Garcia Soler"]}]),
    M(kind=R, scenario="workable_terse", lang="es", company="Feria Ribera Congresos",
      contact="rafa.cortes@riberacongresos.example.es", date="2026-10-06 18:21 +0200",
      frm=("Feria Ribera Congresos", "noreply@workablemail.com"),
      reply_to=("Rafa Cortés", "rafa.cortes@riberacongresos.example.es"),
      subject="Tu candidatura en Feria Ribera Congresos", text=_ribera),
]

assert CAND  # the candidate is the default recipient of every message above
