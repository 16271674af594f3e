"""Corpus 162 — interview invitations (26), reschedules/cancellations (15) and missed-interview
notices (10): hand-written specs."""

from __future__ import annotations

from msgs162_common import ats_card, cal, m, outlook_html, page, paras, when

# ----------------------------------------------------------------- people
LAITERIE = ("Claire Fontvieille", "claire.fontvieille@laiterie-monts.example.fr")
KARINE = ("Karine Mazoyer", "karine.mazoyer@talents-interim.example.fr")
YANIS = ("Yanis Belkacem", "yanis.belkacem@talents-interim.example.fr")
SEVERINE = ("Séverine Chappuis", "severine.chappuis@clinique-alpes.example.ch")
REBUFFAT = ("Matthieu Rebuffat", "m.rebuffat@qualiconseil.example.fr")
SORLIN = ("Antoine Sorlin", "antoine@traiteur-bellecour.example.fr")
BRACHET = ("Mélanie Brachet", "melanie.brachet@viennoiseries-cr.example.fr")
ARNAUD = ("Patricia Arnaud", "patricia.arnaud@ch-saintclair.example.fr")
AMANDINE = ("Amandine Roux", "amandine.roux@grandpanier.example.fr")
CUENDET = ("Mathilde Cuendet", "mathilde.cuendet@chocovaud.example.ch")
REYMOND = ("Pascal Reymond", "pascal.reymond@lacjura-placement.example.ch")
GARNACHE = ("Olivier Garnache", "o.garnache@conserverie-vercors.example.fr")
SOPHIE = ("Sophie Mercier", "sophie.mercier@nutrilab.example.fr")
AOIFE = ("Aoife Byrne", "aoife.byrne@liffeybakeries.example.ie")
GIULIA = ("Giulia Cravero", "giulia.cravero@pastificio-sabaudo.example.it")
CIARA = ("Ciara Nolan", "ciara.nolan@shamrockrecruit.example.ie")
SAM = ("Sam Whelan", "sam.whelan@harbourfoods.example.ie")
HANNA = ("Hanna Lindqvist", "hanna.lindqvist@nordvik.example.com")
LUCA = ("Luca Gribaudo", "luca.gribaudo@torinocatering.example.it")
KAELBLE = ("Sabine Kälble", "s.kaelble@schwabenback.example.de")
WOERNER = ("Anja Wörner", "anja.woerner@lml-sued.example.de")
RENZ = ("Tobias Renz", "tobias.renz@profood-personal.example.de")
PILAR = ("Pilar Ortiz", "pilar.ortiz@conservasebro.example.es")
LAHOZ = ("Javier Lahoz", "javier.lahoz@hsanlamberto.example.es")
RAQUEL = ("Raquel Gimeno", "raquel.gimeno@trabajoaragon.example.es")
HAEUSSLER = ("Jürgen Häußler", "juergen.haeussler@klinikum-ost.example.de")
DECLAN = ("Declan Furlong", "declan.furlong@stbrigids.example.ie")

# =================================================================== invitations

I_LAITERIE = """Bonjour Monsieur Okafor-Leroux,

Votre candidature au poste d'Assistant qualité - hygiène (CDI) a retenu toute notre attention, et nous souhaiterions vous rencontrer.

Nous vous proposons un entretien avec un jury composé de :
- Claire Fontvieille, chargée RH
- Damien Chaverot, responsable qualité site
- Isabelle Gonin, responsable de production fromages frais

Date : jeudi 19 février 2026 à 10h00 (durée : 1h15 environ, suivie d'une visite de l'atelier)
Lieu : Laiterie des Monts du Lyonnais, 4 route de Chazelles, 69590 Saint-Symphorien-sur-Coise
Parking visiteurs devant l'accueil. Merci de vous munir d'une pièce d'identité ; une blouse et une charlotte vous seront fournies pour la visite.

Vous trouverez l'invitation au format calendrier en pièce jointe. Merci de nous confirmer votre présence en répondant à ce message.

Cordialement,

Claire Fontvieille
Chargée de ressources humaines
Laiterie des Monts du Lyonnais
04 78 44 61 20
"""

I_BISCUITERIE = """Bonjour Bastien,

Bonne nouvelle : la Biscuiterie Dauphinoise souhaite vous rencontrer pour la mission d'assistant qualité (6 mois, possibilité de CDI derrière) sur leur site de Voreppe.

Rendez-vous proposé : mardi 27 janvier à 14h00, avec Mme Perrotin (responsable qualité) et le chef d'atelier cuisson.
Adresse : ZA de Centr'Alp, 38340 Voreppe. Présentez-vous à l'accueil logistique, c'est fléché.

Quelques conseils : ils attendent des exemples concrets de plans de nettoyage et de gestion des allergènes (gluten, fruits à coque). Votre expérience en cantine scolaire sur les PAI est un vrai plus, mettez-la en avant.

Pouvez-vous me confirmer par retour que ce créneau vous va ?

Karine Mazoyer
Chargée de recrutement - Pôle Agroalimentaire
Talents Intérim Rhône - 27 rue Servient, 69003 Lyon
04 78 60 12 45
"""

I_CLINIQUE = """Monsieur,

Nous avons le plaisir de vous convier à un entretien pour la place de Collaborateur qualité hygiène alimentaire (taux d'activité 80 %, entrée en fonction à convenir).

L'entretien se déroulera devant une commission composée de la responsable du service hôtelier, du chef de cuisine et de moi-même :

jeudi 18 juin 2026, de 14h00 à 15h00
Clinique des Alpes Genève, bâtiment B, 2e étage, salle Salève
Chemin des Crêts-de-Champel 41, 1206 Genève (tram 12, arrêt Amandolier)

Une invitation figure dans ce courriel ; nous vous remercions de l'accepter ou de nous indiquer un empêchement.

Avec nos meilleures salutations.

Séverine Chappuis
Ressources humaines - Service hôtelier
Clinique des Alpes Genève
+41 22 839 71 00
"""

I_QUALICONSEIL_1 = """Bonjour Bastien,

J'ai lu avec intérêt votre candidature pour le poste de consultant junior en restauration collective. Votre parcours, de la cuisine scolaire vers la qualité, m'intrigue.

Seriez-vous disponible pour un premier échange téléphonique d'une vingtaine de minutes ? Je vous propose jeudi 3 septembre à 10h00 ; je vous appellerai au 06 71 42 88 19, le numéro indiqué sur votre CV.

Si le créneau ne vous convient pas, proposez-m'en un autre cette semaine.

Bien à vous,
Matthieu Rebuffat
Associé - Qualiconseil Alimentaire
12 quai Saint-Vincent, 69001 Lyon - 04 72 00 93 58
"""

I_QUALICONSEIL_2 = """Bonjour Bastien,

Aucun souci, ça arrive. On repart sur une visio plutôt qu'un appel, ce sera plus simple avec mon agenda de la semaine prochaine :

vendredi 18 septembre à 9h30, 30 minutes
Lien Teams : https://teams.example.com/l/meetup-join/qualiconseil-bastien-0918

Je vous envoie l'invitation séparément. À vendredi !

Matthieu
"""

I_BELLECOUR = """Salut Bastien,

Merci pour ton mail et ton CV. On cherche justement quelqu'un pour reprendre le suivi HACCP du labo et les autocontrôles, moi je n'ai plus le temps avec les mariages.

Tu es dispo vendredi 22 à 9h pour qu'on en parle autour d'un café ? On se retrouve au labo, 11 rue Sala, sonne à « Traiteur ». Ça prendra une petite heure, je te montrerai la chambre froide et le plan de nettoyage actuel (il y a du boulot...).

Dis-moi,
Antoine Sorlin
Chef - Traiteur Bellecour
06 63 20 18 77
"""

I_VIENNOISERIES = """Bonjour Bastien,

Suite à notre appel de ce matin, je vous confirme la journée d'essai au poste de référent hygiène et qualité :

Lundi 31 août, de 5h00 à 12h00, au fournil de la rue d'Austerlitz (Lyon 4e).
Tenue fournie, prévoir des chaussures de sécurité. Vous suivrez l'équipe de nuit sur la fin de cuisson, puis on fera ensemble le tour des autocontrôles (températures, traçabilité farines, nettoyage).

La journée est rémunérée selon la convention. On fait un débrief à midi avec Frédéric, le boulanger chef.

À lundi,
Mélanie Brachet
Gérante - Viennoiseries Croix-Rousse
"""

I_SAINTCLAIR = """<p>Monsieur,</p>
<p>Votre dossier de candidature pour le poste de <strong>Technicien hygiène et qualité en restauration hospitalière</strong> a été retenu pour la phase de sélection.</p>
<p>Celle-ci comprend :</p>
<ol>
<li>une <strong>épreuve écrite</strong> (cas pratique HACCP, 1h30) ;</li>
<li>un <strong>entretien</strong> avec le jury (30 min) l'après-midi même.</li>
</ol>
<p><strong>Date :</strong> mardi 19 mai 2026, accueil à 8h45<br>
<strong>Lieu :</strong> Centre hospitalier Saint-Clair, Institut de formation, salle 3, 22 avenue du Vercors, 38100 Grenoble</p>
<p>Merci de confirmer votre participation avant le 12 mai et de vous munir d'une pièce d'identité et d'un stylo noir.</p>
<p>Cordialement,</p>
<p>Patricia Arnaud<br>
Bureau du recrutement - Direction des ressources humaines<br>
Centre hospitalier Saint-Clair de Grenoble<br>
04 76 21 90 30 - patricia.arnaud@ch-saintclair.example.fr</p>"""

I_GRANDPANIER = """Bonjour Bastien,

Bonne nouvelle ! Amandine Roux aimerait échanger avec toi au sujet du poste de Contrôleur qualité produits frais (Lyon Confluence).

Choisis le créneau qui te convient le mieux pour un entretien vidéo de 45 minutes :
https://grandpanier.teamtailor.example.com/meetings/book/7f3a9e21

Les créneaux disponibles vont du 6 au 10 juillet. Tu recevras une confirmation avec le lien de la visio dès ta réservation.

À bientôt,
L'équipe Talent Grand Panier
"""

I_CHOCOVAUD = """Bonjour Bastien,

Merci pour votre postulation au poste de Spécialiste sécurité des denrées alimentaires chez ChocoVaud.

Nous aimerions vous rencontrer sur notre site de production. Veuillez sélectionner un créneau pour votre entretien à l'aide du lien ci-dessous :

https://jobs.smartrecruiters.com/ChocoVaud/interview/schedule/92c1f0

Durée : 1 heure. Lieu : Route de Genève 150, 1033 Cheseaux-sur-Lausanne, réception principale.

Meilleures salutations,
Mathilde Cuendet
Talent Acquisition, ChocoVaud
"""

I_GROSDEVAUD = """Bonjour Monsieur Okafor-Leroux,

Comme évoqué au téléphone, je peux maintenant vous dévoiler le nom de notre mandant : il s'agit de Fromages du Gros-de-Vaud, à Échallens, qui recherche un Responsable qualité et hygiène pour son atelier d'affinage.

Le directeur, M. Pidoux, vous recevrait le jeudi 12 mars à 10h30 dans leurs locaux (Rue du Bourg 3, 1040 Échallens). Comptez une heure et demie avec la visite des caves.

Je me permets de vous rappeler que le salaire annuel brut évoqué se situe entre CHF 78'000 et 84'000, treizième salaire compris. Merci de me confirmer votre venue.

Avec mes meilleures salutations,

Pascal Reymond
Conseiller en personnel - Industrie alimentaire
Placement Lac & Jura
+41 21 311 48 70 / natel +41 79 512 33 08
"""

I_VERCORS = """<p>Bonjour Monsieur Okafor-Leroux,</p>
<p>Je vous remercie pour votre candidature au poste d'assistant qualité.</p>
<p>Je vous propose de venir nous rencontrer le <b>jeudi 23 avril à 14h00</b> sur notre site de Saint-Jean-en-Royans (ZA Les Condamines). L'entretien durera environ une heure et sera suivi d'une visite de la ligne de stérilisation.</p>
<p>Pourriez-vous me confirmer votre disponibilité ?</p>
<p>Bien cordialement,</p>
<p>Olivier Garnache<br>Responsable qualité<br>Conserverie du Vercors<br>ZA Les Condamines - 26190 Saint-Jean-en-Royans<br>Tél : 04 75 48 10 62</p>
<p style="font-size:8pt;color:#7f7f7f">Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Pensez à l'environnement avant d'imprimer ce courriel.</p>"""

I_NUTRILAB = """Bonjour Bastien,

Grégoire Pachoud, notre directeur technique, souhaite s'entretenir avec vous en visioconférence au sujet du poste de Chargé qualité et réglementation.

Date : mercredi 7 octobre 2026, 10h00 - 10h45
Lien Microsoft Teams : https://teams.example.com/l/meetup-join/nutrilab-entretien-1007
ID de réunion : 381 224 905 17 - Code secret : Nt7xQe

Merci de vous connecter cinq minutes avant l'heure pour vérifier votre son et votre caméra.

Bien cordialement,
Sophie Mercier
Assistante RH - Nutrilab Annecy
"""

I_LIFFEY = """Hi Bastien,

Thanks again for applying for the QA Technician role at Liffey Bakeries. We'd love to invite you to an on-site interview with our QA Manager and our Production Lead.

Please use the link below to choose a time that works for you:
https://app.greenhouse.io/scheduling/liffey/7d21c0a9

Interviews are being held on Wednesday 25 March at our Ballymount site. You'll also get a short walk around the production floor, so please wear flat closed shoes.

Looking forward to meeting you,
Aoife Byrne
Talent Partner, Liffey Bakeries
"""

I_PASTIFICIO = """Dear Bastien,

Thank you for your application and for the call last week. We would like to invite you to a trial day at our plant in Turin, as the next step for the Food Safety & Quality Assistant position.

Date: Tuesday 21 July 2026, 8:00 to 15:00
Place: Pastificio Sabaudo, Strada del Portone 45, 10137 Torino (ask for me at the gatehouse)

During the day you will shadow our QA team on the fresh pasta line: CCP checks, metal detector verification, allergen changeover and the afternoon hygiene audit. Lunch is provided in the canteen. We'll cover your train from Lyon on receipt.

The day will be in English; most of the team speak it, and the rest speak with their hands.

Kind regards,
Giulia Cravero
Quality Manager
Pastificio Sabaudo S.r.l.
+39 011 390 22 14
"""

I_EMERALD = """Hi Bastien,

Great news - Emerald Dairy want to meet you for the Hygiene & QA Supervisor role at their Naas plant!

Details:
Thursday 12 February, 11:00
Emerald Dairy Co-op, Millbrook Road, Naas, Co. Kildare
Panel: Niall Hennessy (Site QA Manager) and Orla Quinn (HR)

It's a competency-based interview, about an hour. Have a couple of examples ready on leading a team through an audit and on handling a non-conformance. Give me a shout tomorrow and we'll run through it together.

Can you confirm you're good for that time?

Ciara

Ciara Nolan | Senior Consultant, Food & Beverage
Shamrock Food Recruitment | T: +353 1 662 4410 | M: +353 87 219 6645
"""

I_HARBOUR = """Hey Bastien,

Sam here, I look after hiring at Harbour Foods. Your CV landed on my desk for the Food Safety Technician job and I'd love a quick chat.

Are you free Thursday to chat? Something like 3pm Irish time for 20-25 minutes on the phone or Google Meet, whichever suits.

Cheers,
Sam Whelan
Talent Lead | Harbour Foods
"""

I_NORDVIK = """Dear Bastien,

Congratulations on progressing to the next stage for the Quality Assurance Associate role (JR-20931).

We would like to invite you to our assessment centre in Geneva:

Date: Tuesday 25 August 2026, 09:00 - 16:30
Venue: Nordvik Foods, Rue de la Servette 59, 1202 Geneva (3rd floor reception)

The day includes a group exercise, a case study on a product recall, a short written test on HACCP principles and a one-to-one interview with the hiring manager. Lunch will be provided; please let us know of any dietary requirements.

A calendar invitation is attached. Please accept it to confirm your attendance by 18 August.

Best regards,
Hanna Lindqvist
Early Careers & Assessment Lead, Nordvik Foods
"""

I_TORINO = """Hi Bastien,

Thanks for getting back to me so fast. Let's do a video interview with me and Federica from operations:

Thursday 17 September, 15:00-15:45 (Turin time)
Zoom: https://zoom.example.com/j/83310457762?pwd=tcg-qa-lead

Nothing to prepare beyond your CV, though we may ask you to walk us through how you'd run a kitchen hygiene audit.

Speak Thursday,
Luca Gribaudo
Operations HR, Torino Catering Group
"""

I_SCHWABENBACK_1 = """Sehr geehrter Herr Okafor-Leroux,

vielen Dank für Ihre Bewerbung als Qualitätssicherungsmitarbeiter (m/w/d). Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Termin: Dienstag, 14. April 2026, 10:00 Uhr
Ort: Schwabenback, Steiermärker Straße 9, 70469 Stuttgart-Feuerbach, Empfang Verwaltung
Gesprächspartner: Sabine Kälble (Personalleitung), Thomas Mader (Leitung QS)

Eine Kalendereinladung liegt bei. Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Sabine Kälble
Personalleitung
Schwabenback GmbH & Co. KG
Tel. 0711 8 15 47-20
"""

I_SCHWABENBACK_2 = """Sehr geehrter Herr Okafor-Leroux,

danke für Ihre Nachricht und die Erklärung. So etwas kann passieren.

Wir geben Ihnen gerne eine zweite Gelegenheit: Herr Mader und ich können am Donnerstag, 16. April 2026, um 14:00 Uhr. Der Ort ist derselbe wie zuvor (Empfang Verwaltung). Bitte kommen Sie zehn Minuten früher.

Die aktualisierte Einladung finden Sie im Anhang.

Mit freundlichen Grüßen
Sabine Kälble
"""

I_LML = """Hallo Herr Okafor-Leroux,

wie am Telefon besprochen, möchten wir Sie zu einem Probearbeitstag in unserem Labor einladen.

Wann: Montag, 15. Juni 2026, 8:00 bis ca. 14:00 Uhr
Wo: LebensmittelLabor Süd, Industriestraße 17, 70565 Stuttgart-Vaihingen

Sie begleiten unser Team bei der Probenannahme, der Hygienekontrolle mit Abklatschproben und der Dokumentation. Laborkittel und Schutzbrille stellen wir, bitte bringen Sie geschlossene Schuhe mit. Die Kommunikation ist auf Deutsch und Englisch möglich.

Bitte bestätigen Sie mir kurz den Termin.

Viele Grüße
Dr. Anja Wörner
Laborleitung Hygiene & Mikrobiologie
LebensmittelLabor Süd
Tel. 0711 7 80 36-11
"""

I_REMSTAL = """Hallo Herr Okafor-Leroux,

gute Nachrichten: Remstal Getränke möchte Sie kennenlernen! Es geht um die Stelle als Hygienekoordinator (m/w/d) in der Abfüllung in Weinstadt, die wir letzte Woche besprochen haben.

Vorschlag des Kunden: Freitag, 20. Februar, 13:30 Uhr vor Ort, mit dem Werksleiter Herrn Gauß und der QM-Beauftragten Frau Yilmaz. Das Gespräch wird teilweise auf Englisch geführt, das ist mit dem Kunden abgestimmt.

Adresse: Remstal Getränke, Benzstraße 40, 71384 Weinstadt. Parkplätze gibt es am Werkstor 2.

Passt Ihnen das? Dann bestätige ich beim Kunden.

Viele Grüße
Tobias Renz
Personalberater Lebensmittelindustrie
ProFood Personal GmbH | Mobil 0170 4418 921
"""

I_EBRO = """Hola Bastien:

Muchas gracias por tu interés en el puesto de Técnico/a de Calidad en Conservas del Ebro.

Nos gustaría conocerte en persona. Te proponemos una entrevista el martes 19 de mayo a las 10:00 en nuestras instalaciones (Polígono Malpica, calle E, parcela 12, 50016 Zaragoza). Estarán presentes Ana Royo, responsable de calidad, y yo misma.

Te adjuntamos la convocatoria para tu calendario. ¿Nos confirmas asistencia?

Un saludo,
Pilar Ortiz
Recursos Humanos
Conservas del Ebro
976 57 33 20
"""

I_SANLAMBERTO = """Estimado Sr. Okafor-Leroux:

Nos complace comunicarle que ha sido seleccionado para la fase de entrevista del proceso de Responsable de Seguridad Alimentaria del Servicio de Cocina.

La entrevista se realizará por videoconferencia:
Fecha: jueves 10 de septiembre de 2026
Hora: 11:00 (hora peninsular)
Plataforma: Microsoft Teams - https://teams.example.com/l/meetup-join/hsl-seleccion-0910

La comisión estará formada por la Jefa del Servicio de Cocina, la Supervisora de Dietética y un técnico de Medicina Preventiva.

Le rogamos confirme su asistencia respondiendo a este correo.

Atentamente,
Javier Lahoz
Unidad de Selección
Hospital San Lamberto
"""

I_AZUCARERA = """Hola Bastien,

¡Buenas noticias! El cliente del que te hablé es Azucarera del Jalón, en Épila, y quiere entrevistarte para el puesto de técnico de higiene en planta.

Te han dado cita el jueves 19 de marzo a las 9:30 en la planta (Carretera de La Almunia, km 2). Pregunta por Sergio Lacasa, jefe de producción. Lleva DNI o NIE y, si puedes, alguna copia del certificado de manipulador y del curso de APPCC.

Confírmame si te viene bien y te paso los detalles para llegar en autobús desde Zaragoza.

Un abrazo,
Raquel Gimeno
Consultora de selección - Trabajo Aragón ETT
976 23 45 17
"""

# =================================================================== reschedules / cancels

S_LAITERIE = """Bonjour Monsieur Okafor-Leroux,

En raison d'un audit client programmé au dernier moment le jeudi 19 février, nous sommes contraints de décaler votre entretien.

Nouveau créneau : vendredi 20 février 2026 à 14h00, même lieu et même jury.

L'invitation jointe remplace la précédente. Merci de nous confirmer que cet horaire vous convient ; à défaut, nous trouverons une autre date ensemble.

Avec nos excuses pour ce changement,

Claire Fontvieille
Chargée de ressources humaines
Laiterie des Monts du Lyonnais
"""

S_CLINIQUE = """Monsieur,

Je suis au regret de devoir annuler l'entretien prévu demain, jeudi 18 juin à 14h00. La responsable du service hôtelier est malade et absente jusqu'à nouvel avis, et nous tenons à ce qu'elle participe à la commission.

Nous reviendrons vers vous dès son retour pour fixer une nouvelle date. Votre candidature reste bien entendu en cours.

Avec nos excuses et nos meilleures salutations.

Séverine Chappuis
Ressources humaines - Service hôtelier
Clinique des Alpes Genève
"""

S_BISCUITERIE = """Bonjour Bastien,

Petit changement côté Biscuiterie Dauphinoise : Mme Perrotin est bloquée mardi par une inspection de la DDPP, l'entretien de 14h00 ne peut pas être maintenu.

Ils proposent à la place mardi 3 février à 9h30, même endroit. Vous me dites si c'est bon pour vous ? Si oui je confirme dans la foulée.

Karine Mazoyer
Talents Intérim Rhône - 04 78 60 12 45
"""

S_SAINTCLAIR = """Monsieur,

Pour des raisons d'organisation interne (indisponibilité de la salle d'examen), l'épreuve écrite et l'entretien du mardi 19 mai 2026 sont annulés.

Cette session sera reprogrammée en juin ; vous recevrez une nouvelle convocation dans les prochains jours. Votre candidature reste retenue pour la phase de sélection.

Veuillez nous excuser pour ce contretemps.

Patricia Arnaud
Bureau du recrutement - DRH
Centre hospitalier Saint-Clair de Grenoble
"""

S_GRANDPANIER = """Bonjour Bastien,

Ton entretien pour le poste de Contrôleur qualité produits frais a été déplacé.

Ancien créneau : mercredi 8 juillet 2026, 10:00
Nouveau créneau : jeudi 9 juillet 2026, 16:30

Le lien de la visio reste le même. Si le nouvel horaire ne te convient pas, tu peux en choisir un autre ici :
https://grandpanier.teamtailor.example.com/meetings/reschedule/7f3a9e21

L'équipe Talent Grand Panier
"""

S_VIENNOISERIES = """Bonjour Bastien,

Mauvaise surprise ce matin : le four à sole est tombé en panne cette nuit et le technicien ne passe que vendredi. Pas question de vous faire venir lundi dans ces conditions, la journée d'essai n'aurait aucun sens.

Je vous propose de la décaler au jeudi 3 septembre, mêmes horaires (5h-12h). Ça vous va ?

Désolée pour le contretemps,
Mélanie
"""

S_GROSDEVAUD = """Bonjour Monsieur Okafor-Leroux,

Je viens d'être informé par Fromages du Gros-de-Vaud que M. Pidoux doit se rendre d'urgence chez un fournisseur à Fribourg demain. L'entretien de jeudi 10h30 est donc annulé.

Le client tient à vous rencontrer et propose mardi 17 mars à 10h30, à Échallens également. Pourriez-vous me dire au plus vite si cela vous convient ?

Meilleures salutations,

Pascal Reymond
Placement Lac & Jura
natel +41 79 512 33 08
"""

S_LIFFEY = """Hi Bastien,

Apologies for the change - our QA Manager has been called to a customer audit on Wednesday, so we need to move your interview.

Your new time is Friday 27 March, 10:30 at our Ballymount site. Everything else stays the same. The updated calendar invite is attached; please accept it if the new time works, or just reply and I'll find another slot.

Thanks for your flexibility,
Aoife
"""

S_NORDVIK = """Dear Bastien,

Thank you for letting us know. We understand, and we're happy to accommodate you.

We have moved you to our second assessment centre session: Thursday 3 September 2026, 09:00 - 16:30, same venue. The calendar invitation attached replaces the previous one.

Best regards,
Hanna Lindqvist
Early Careers & Assessment Lead, Nordvik Foods
"""

S_PASTIFICIO = """Dear Bastien,

I'm sorry to do this, but we need to move your trial day. We have an unannounced retailer audit on the 21st and the whole QA team will be tied up with it.

Could you come on Tuesday 28 July instead, same times (8:00 to 15:00)? Your train will of course still be refunded; if you already bought a ticket, send me the change fee too.

Apologies again,
Giulia
"""

S_HARBOUR = """Hi Bastien,

Really sorry but I need to cancel our chat tomorrow at 3. Our hiring manager has been pulled into a product withdrawal this week and I'd rather we talk when she can join.

I'll come back to you early next week with a couple of new times. Nothing's changed on our side about your application.

Sam
"""

S_LML = """Hallo Herr Okafor-Leroux,

leider müssen wir Ihren Probearbeitstag am Montag verschieben: Unsere Sterilbank wird an dem Tag gewartet, und ohne sie können wir Ihnen die Abläufe nicht zeigen.

Neuer Termin: Mittwoch, 17. Juni 2026, wieder 8:00 Uhr, gleiche Adresse. Geht das bei Ihnen?

Viele Grüße
Anja Wörner
"""

S_REMSTAL = """Hallo Herr Okafor-Leroux,

der Kunde musste den Termin am Freitag leider absagen: Herr Gauß fällt krankheitsbedingt für den Rest der Woche aus. Die Kalendereinladung ist damit hinfällig.

Remstal Getränke ist weiterhin sehr an Ihnen interessiert, ich kläre gerade einen neuen Termin für die nächste oder übernächste Woche und melde mich, sobald ich etwas habe.

Viele Grüße
Tobias Renz
ProFood Personal
"""

S_EBRO = """Hola Bastien:

Lamentablemente tenemos que anular la entrevista del martes 19 de mayo a las 10:00: Ana Royo estará fuera por una inspección sanitaria en otra planta del grupo.

En los próximos días te propondremos una nueva fecha. Sigues en el proceso, no te preocupes.

Disculpa las molestias.

Pilar Ortiz
Recursos Humanos - Conservas del Ebro
"""

S_AZUCARERA = """Hola Bastien,

Cambio de planes: en Azucarera del Jalón tienen una parada técnica el jueves y me piden mover tu entrevista al lunes 23 de marzo a las 12:00. Mismo sitio y con la misma persona (Sergio Lacasa).

¿Te cuadra? Dímelo hoy si puedes, que tengo que confirmarles.

Raquel
"""

# =================================================================== missed

N_QUALICONSEIL = """Bonjour Bastien,

J'ai essayé de vous appeler deux fois ce matin, à 10h00 puis à 10h10, au 06 71 42 88 19, sans réponse, et je suis tombé sur votre messagerie.

Peut-être un empêchement de dernière minute ? Dites-moi si vous souhaitez que l'on reprogramme notre échange.

Matthieu Rebuffat
Qualiconseil Alimentaire
"""

N_BELLECOUR = """Salut Bastien,

On t'a attendu ce matin au labo à 9h avec Karim, jusqu'à 9h40. Pas de nouvelles de ton côté, j'espère qu'il n'y a rien de grave.

Fais-moi signe.

Antoine
"""

N_NUTRILAB = """Bonjour Bastien,

Grégoire et moi vous avons attendu sur Teams ce matin de 10h00 à 10h20 pour votre entretien, mais vous ne vous êtes pas connecté.

Pouvez-vous nous dire ce qu'il s'est passé ?

Cordialement,
Sophie Mercier
Assistante RH - Nutrilab Annecy
"""

N_CHOCOVAUD = """Bonjour Monsieur Okafor-Leroux,

Vous étiez attendu ce matin à 9h00 à la réception de notre site de Cheseaux pour votre entretien avec notre responsable qualité. Vous ne vous êtes malheureusement pas présenté, et nous n'avons reçu aucun message de votre part.

Je vous saurais gré de me faire savoir si vous souhaitez maintenir votre postulation.

Meilleures salutations,
Mathilde Cuendet
Talent Acquisition, ChocoVaud
Route de Genève 150, 1033 Cheseaux-sur-Lausanne
"""

N_SALAISONS = """Bonjour Bastien,

Le responsable du site des Salaisons du Beaujolais vient de m'appeler : vous n'étiez pas au rendez-vous de 8h30 ce matin à Belleville, et il n'a pas réussi à vous joindre.

Je n'ai pas non plus de nouvelles de mon côté. Rappelez-moi rapidement s'il vous plaît, que je puisse lui expliquer et voir si un autre créneau est envisageable.

Yanis Belkacem
Chargé de recrutement - Talents Intérim Rhône
04 78 60 12 47
"""

N_TORINO = """Hi Bastien,

Federica and I were on the Zoom link from 15:00 until about 15:15 but didn't see you join. Maybe a time zone mix-up or a tech issue?

Let me know what happened and whether you'd like to try again.

Luca
"""

N_STBRIGID = """Hello Bastien,

I rang you at 2pm today as we arranged for the phone interview but it went straight to voicemail, and I tried again at 2.15.

If you're still interested in the catering supervisor post, please reply with a couple of times that suit you this week.

Declan Furlong
Catering Services Manager, St. Brigid's Hospital
"""

N_SCHWABENBACK = """Sehr geehrter Herr Okafor-Leroux,

wir hatten Sie heute um 10:00 Uhr zum Vorstellungsgespräch erwartet. Leider sind Sie nicht erschienen, und wir haben auch keine Absage erhalten.

Bitte teilen Sie uns mit, ob Sie weiterhin an der Stelle interessiert sind.

Mit freundlichen Grüßen
Sabine Kälble
Personalleitung, Schwabenback
"""

N_KLINIKUM = """Sehr geehrter Herr Okafor-Leroux,

zum vereinbarten Telefoninterview heute um 9:00 Uhr haben wir Sie unter der angegebenen Nummer leider nicht erreicht (zwei Versuche, Mailbox).

Falls Sie noch Interesse haben, melden Sie sich bitte bis Ende der Woche bei mir.

Mit freundlichen Grüßen
Jürgen Häußler
Personalabteilung - Klinikum Stuttgart-Ost
Tel. 0711 2 78 44-305
"""

N_SANLAMBERTO = """Estimado Sr. Okafor-Leroux:

Le estuvimos esperando en Teams a las 11:00 para su entrevista, pero no llegó a conectarse. La comisión aguardó hasta las 11:20.

Le agradeceríamos que nos indicara el motivo de su ausencia a la mayor brevedad.

Atentamente,
Javier Lahoz
Unidad de Selección - Hospital San Lamberto
"""

# ----------------------------------------------------------------- calendar objects
C_LAITERIE_0 = cal("REQUEST", "entretien-qa-0219@laiterie-monts.example.fr", 0,
                   when("2026-02-19 10:00"), 75,
                   "Entretien Assistant qualité - hygiène - B. Okafor-Leroux",
                   "Laiterie des Monts du Lyonnais, 4 route de Chazelles, 69590 "
                   "Saint-Symphorien-sur-Coise", LAITERIE, when("2026-02-12 09:20"),
                   "Entretien avec jury suivi d'une visite de l'atelier.")
C_LAITERIE_1 = cal("REQUEST", "entretien-qa-0219@laiterie-monts.example.fr", 1,
                   when("2026-02-20 14:00"), 75,
                   "Entretien Assistant qualité - hygiène - B. Okafor-Leroux (nouvel horaire)",
                   "Laiterie des Monts du Lyonnais, 4 route de Chazelles, 69590 "
                   "Saint-Symphorien-sur-Coise", LAITERIE, when("2026-02-16 11:05"),
                   "Entretien décalé au vendredi 20 février 14h00.")
C_CLINIQUE = cal("REQUEST", "cag-hot-2026-0618-okafor@clinique-alpes.example.ch", 0,
                 when("2026-06-18 14:00"), 60,
                 "Entretien - Collaborateur qualité hygiène alimentaire",
                 "Clinique des Alpes Genève, bâtiment B, salle Salève", SEVERINE,
                 when("2026-06-10 08:40"))
C_CLINIQUE_X = cal("CANCEL", "cag-hot-2026-0618-okafor@clinique-alpes.example.ch", 1,
                   when("2026-06-18 14:00"), 60,
                   "Annulé : Entretien - Collaborateur qualité hygiène alimentaire",
                   "Clinique des Alpes Genève, bâtiment B, salle Salève", SEVERINE,
                   when("2026-06-17 16:02"))
C_QUALI_2 = cal("REQUEST", "qc-visio-0918@qualiconseil.example.fr", 0,
                when("2026-09-18 09:30"), 30, "Échange Qualiconseil / Bastien Okafor-Leroux",
                "Microsoft Teams", REBUFFAT, when("2026-09-04 08:15"))
C_SAINTCLAIR_X = cal("CANCEL", "selection-thq-20260519@ch-saintclair.example.fr", 1,
                     when("2026-05-19 08:45"), 300,
                     "Sélection Technicien hygiène et qualité - épreuve écrite et entretien",
                     "Institut de formation, salle 3", ARNAUD, when("2026-05-12 14:30"))
C_LIFFEY_1 = cal("REQUEST", "gh-int-55210934@greenhouse.io", 1, when("2026-03-27 10:30", "ie"),
                 60, "Interview: Bastien Okafor-Leroux - QA Technician",
                 "Liffey Bakeries, Ballymount Industrial Estate, Dublin 12", AOIFE,
                 when("2026-03-20 12:10", "ie"))
C_NORDVIK_0 = cal("REQUEST", "ac-geneva-2026-08-25-b.okafor@nordvik.example.com", 0,
                  when("2026-08-25 09:00"), 450, "Nordvik Foods Assessment Centre - QA Associate",
                  "Rue de la Servette 59, 1202 Geneva", HANNA, when("2026-08-12 10:00"),
                  "Group exercise, recall case study, HACCP test, interview.")
C_NORDVIK_1 = cal("REQUEST", "ac-geneva-2026-08-25-b.okafor@nordvik.example.com", 1,
                  when("2026-09-03 09:00"), 450, "Nordvik Foods Assessment Centre - QA Associate",
                  "Rue de la Servette 59, 1202 Geneva", HANNA, when("2026-08-20 14:25"),
                  "Moved to the 3 September session.")
C_HARBOUR_X = cal("CANCEL", "harbour-chat-0423-bol@harbourfoods.example.ie", 1,
                  when("2026-04-23 15:00", "ie"), 25, "Chat: Bastien / Sam (Harbour Foods)",
                  "Google Meet", SAM, when("2026-04-22 17:40", "ie"))
C_TORINO = cal("REQUEST", "tcg-qa-lead-0917@torinocatering.example.it", 0,
               when("2026-09-17 15:00"), 45, "Video interview - Kitchen QA Lead",
               "Zoom", LUCA, when("2026-09-14 12:00"))
C_SCHWABEN_0 = cal("REQUEST", "vg-qs-20260414-okafor@schwabenback.example.de", 0,
                   when("2026-04-14 10:00"), 60, "Vorstellungsgespräch QS - B. Okafor-Leroux",
                   "Schwabenback, Steiermärker Straße 9, 70469 Stuttgart", KAELBLE,
                   when("2026-04-08 13:00"))
C_SCHWABEN_2 = cal("REQUEST", "vg-qs-20260416-okafor@schwabenback.example.de", 0,
                   when("2026-04-16 14:00"), 60,
                   "Vorstellungsgespräch QS - B. Okafor-Leroux (2. Termin)",
                   "Schwabenback, Steiermärker Straße 9, 70469 Stuttgart", KAELBLE,
                   when("2026-04-15 09:10"))
C_REMSTAL_X = cal("CANCEL", "profood-remstal-0220-okafor@profood-personal.example.de", 1,
                  when("2026-02-20 13:30"), 60, "Abgesagt: Gespräch Remstal Getränke",
                  "Benzstraße 40, 71384 Weinstadt", RENZ, when("2026-02-19 08:50"))
C_EBRO_0 = cal("REQUEST", "entrevista-calidad-0519@conservasebro.example.es", 0,
               when("2026-05-19 10:00"), 60, "Entrevista Técnico/a de Calidad - Bastien Okafor",
               "Conservas del Ebro, Polígono Malpica, calle E, parcela 12, Zaragoza", PILAR,
               when("2026-05-11 09:45"), filename="convocatoria.ics")
C_EBRO_X = cal("CANCEL", "entrevista-calidad-0519@conservasebro.example.es", 1,
               when("2026-05-19 10:00"), 60, "Cancelada: Entrevista Técnico/a de Calidad",
               "Conservas del Ebro, Polígono Malpica, Zaragoza", PILAR,
               when("2026-05-14 16:05"), filename="cancelacion.ics")

GH_FOOT = ("Sent via Greenhouse on behalf of Liffey Bakeries. Replies to this email go to "
           "Aoife Byrne (aoife.byrne@liffeybakeries.example.ie).")

MESSAGES = [
    # ------------------------------------------------------------ interview_invitation
    m(key="i_laiterie", kind="interview_invitation", lang="fr", scenario="panel_ics_request",
      company="Laiterie des Monts du Lyonnais", contact=LAITERIE[1], frm=LAITERIE,
      subject="Convocation à un entretien - Assistant qualité hygiène (CDI)",
      date=when("2026-02-12 09:20"), text=I_LAITERIE,
      html=outlook_html(paras(I_LAITERIE)), attach=[C_LAITERIE_0], reply_of="a_laiterie"),
    m(key="i_biscuiterie", kind="interview_invitation", lang="fr",
      scenario="agency_sets_client_interview", company="Biscuiterie Dauphinoise",
      contact=KARINE[1], frm=KARINE,
      subject="Mission assistant qualité - Biscuiterie Dauphinoise (Voreppe)",
      date=when("2026-01-20 16:12"), text=I_BISCUITERIE, cte="qp"),
    m(key="i_clinique", kind="interview_invitation", lang="fr", scenario="swiss_commission_ics",
      company="Clinique des Alpes Genève", contact=SEVERINE[1], frm=SEVERINE,
      subject="Invitation à un entretien – Collaborateur qualité hygiène alimentaire",
      subj_enc=("utf-8", "B"), date=when("2026-06-10 08:40"), text=I_CLINIQUE,
      html=outlook_html(paras(I_CLINIQUE)), attach=[{**C_CLINIQUE, "inline": True}]),
    m(key="i_qualiconseil_1", kind="interview_invitation", lang="fr", scenario="phone_screen_ask",
      company="Qualiconseil Alimentaire", contact=REBUFFAT[1], frm=REBUFFAT,
      subject="Votre candidature - consultant junior restauration collective",
      date=when("2026-09-01 17:48"), text=I_QUALICONSEIL_1),
    m(key="i_qualiconseil_2", kind="interview_invitation", lang="fr",
      scenario="new_slot_after_missed_call", company="Qualiconseil Alimentaire",
      contact=REBUFFAT[1], frm=REBUFFAT, subject="Nouveau créneau pour notre échange",
      date=when("2026-09-04 08:15"), text=I_QUALICONSEIL_2, attach=[C_QUALI_2],
      quote_of="x_qualiconseil_resched"),
    m(key="i_bellecour", kind="interview_invitation", lang="fr", scenario="casual_coffee_chat",
      company="Traiteur Bellecour", contact=SORLIN[1], frm=SORLIN,
      subject="Re: Candidature spontanée - suivi HACCP",
      date=when("2026-05-20 22:41"), text=I_BELLECOUR, cte="8bit",
      quote_of="x_bellecour_apply"),
    m(key="i_viennoiseries", kind="interview_invitation", lang="fr", scenario="trial_day",
      company="Viennoiseries Croix-Rousse", contact=BRACHET[1], frm=BRACHET,
      name_enc=("iso-8859-1", "Q"),
      subject="Journée d'essai lundi 31 août", date=when("2026-08-24 11:30"),
      text=I_VIENNOISERIES, charset="iso-8859-1", cte="qp"),
    m(key="i_saintclair", kind="interview_invitation", lang="fr",
      scenario="written_test_and_jury_html_only", company="Centre hospitalier Saint-Clair",
      contact=ARNAUD[1], frm=("CH Saint-Clair - Recrutement", "recrutement@ch-saintclair.example.fr"),
      reply_to=ARNAUD, subject="Convocation - épreuve écrite et entretien (Technicien hygiène)",
      date=when("2026-05-05 15:02"), html=page(I_SAINTCLAIR, "Convocation"), cte="b64"),
    m(key="i_grandpanier", kind="interview_invitation", lang="fr",
      scenario="teamtailor_booking_link", company="Grand Panier", contact=AMANDINE[1],
      frm=("Grand Panier", "no-reply@teamtailor-mail.com"), reply_to=AMANDINE,
      subject="Réserve ton entretien avec Grand Panier", date=when("2026-07-01 09:00", "utc"),
      text=I_GRANDPANIER,
      html=ats_card("Grand Panier", paras(I_GRANDPANIER.split("https://")[0]),
                    button=("Choisir un créneau",
                            "https://grandpanier.teamtailor.example.com/meetings/book/7f3a9e21"),
                    footer="Envoyé via Teamtailor", color="#c0392b")),
    m(key="i_chocovaud", kind="interview_invitation", lang="fr",
      scenario="smartrecruiters_schedule_link", company="ChocoVaud", contact="",
      frm=("Mathilde Cuendet via SmartRecruiters", "mail@smartrecruiters.com"),
      subject="Invitation à un entretien – ChocoVaud", date=when("2026-10-02 10:15", "utc"),
      text=I_CHOCOVAUD, html=ats_card("ChocoVaud", paras(I_CHOCOVAUD), color="#5b3a29",
                                      footer="SmartRecruiters · Ne pas répondre à ce message")),
    m(key="i_grosdevaud", kind="interview_invitation", lang="fr",
      scenario="swiss_agency_names_client", company="Fromages du Gros-de-Vaud",
      contact=REYMOND[1], frm=REYMOND,
      subject="Mandat Responsable qualité - entretien chez notre client",
      date=when("2026-03-09 14:25"), text=I_GROSDEVAUD, reply_of="a_lacjura"),
    m(key="i_vercors", kind="interview_invitation", lang="fr", scenario="outlook_html_disclaimer",
      company="Conserverie du Vercors", contact=GARNACHE[1], frm=GARNACHE,
      subject="Votre candidature - Assistant qualité", date=when("2026-04-14 12:20"),
      html=outlook_html(I_VERCORS), cte="qp"),
    m(key="i_nutrilab", kind="interview_invitation", lang="fr", scenario="teams_video_invite",
      company="Nutrilab Annecy", contact=SOPHIE[1], frm=SOPHIE,
      subject="Entretien visio - Chargé qualité et réglementation",
      date=when("2026-10-01 15:33"), text=I_NUTRILAB),
    m(key="i_liffey", kind="interview_invitation", lang="en", scenario="via_greenhouse_booking",
      company="Liffey Bakeries", contact=AOIFE[1],
      frm=("Aoife Byrne via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=AOIFE,
      subject="Interview invitation: QA Technician at Liffey Bakeries",
      date=when("2026-03-17 11:02", "ie"), text=I_LIFFEY + "\n" + GH_FOOT + "\n",
      html=ats_card("Liffey Bakeries", paras(I_LIFFEY), footer=GH_FOOT, color="#2e7d32"),
      reply_of="a_liffey"),
    m(key="i_pastificio", kind="interview_invitation", lang="en", scenario="trial_day_turin",
      company="Pastificio Sabaudo", contact=GIULIA[1], frm=GIULIA,
      subject="Trial day - Food Safety & Quality Assistant", date=when("2026-07-14 10:48"),
      text=I_PASTIFICIO, reply_of="x_pastificio_apply"),
    m(key="i_emerald", kind="interview_invitation", lang="en",
      scenario="agency_sets_client_interview", company="Emerald Dairy", contact=CIARA[1],
      frm=CIARA, subject="Interview confirmed with Emerald Dairy!",
      date=when("2026-02-02 17:05", "ie"), text=I_EMERALD, reply_of="a_shamrock"),
    m(key="i_harbour", kind="interview_invitation", lang="en", scenario="casual_free_thursday",
      company="Harbour Foods", contact=SAM[1], frm=SAM, subject="Quick chat?",
      date=when("2026-04-20 09:41", "ie"), text=I_HARBOUR),
    m(key="i_nordvik", kind="interview_invitation", lang="en", scenario="assessment_centre_ics",
      company="Nordvik Foods", contact=HANNA[1], frm=HANNA,
      subject="Invitation: Nordvik Foods Assessment Centre, 25 August (Geneva)",
      date=when("2026-08-12 10:00"), text=I_NORDVIK,
      html=ats_card("Nordvik Foods", paras(I_NORDVIK), color="#123c69"),
      attach=[C_NORDVIK_0], cte="b64"),
    m(key="i_torino", kind="interview_invitation", lang="en", scenario="zoom_ics_inline",
      company="Torino Catering Group", contact=LUCA[1], frm=LUCA,
      subject="Re: Kitchen QA Lead - interview", date=when("2026-09-14 12:00"),
      text=I_TORINO, attach=[{**C_TORINO, "inline": True}]),
    m(key="i_schwabenback_1", kind="interview_invitation", lang="de",
      scenario="einladung_ics", company="Schwabenback", contact=KAELBLE[1], frm=KAELBLE,
      subject="Einladung zum Vorstellungsgespräch", date=when("2026-04-08 13:00"),
      text=I_SCHWABENBACK_1, attach=[C_SCHWABEN_0]),
    m(key="i_schwabenback_2", kind="interview_invitation", lang="de",
      scenario="second_chance_after_missed", company="Schwabenback", contact=KAELBLE[1],
      frm=KAELBLE, subject="AW: Entschuldigung - Termin heute",
      date=when("2026-04-15 09:10"), text=I_SCHWABENBACK_2, attach=[C_SCHWABEN_2],
      quote_of="x_schwabenback_sorry"),
    m(key="i_lml", kind="interview_invitation", lang="de", scenario="probearbeitstag",
      company="LebensmittelLabor Süd", contact=WOERNER[1],
      frm=("Dr. Anja Wörner", WOERNER[1]), name_enc=("utf-8", "B"),
      subject="Einladung Probearbeitstag am 15. Juni", date=when("2026-06-08 16:44"),
      text=I_LML, charset="iso-8859-1", cte="qp"),
    m(key="i_remstal", kind="interview_invitation", lang="de",
      scenario="agency_sets_client_interview", company="Remstal Getränke",
      contact=RENZ[1], frm=RENZ, subject="Vorstellungsgespräch bei Remstal Getränke",
      subj_enc=("iso-8859-1", "Q"), date=when("2026-02-16 10:20"), text=I_REMSTAL,
      reply_of="a_profood"),
    m(key="i_ebro", kind="interview_invitation", lang="es", scenario="entrevista_ics",
      company="Conservas del Ebro", contact=PILAR[1], frm=PILAR,
      subject="Entrevista - Técnico/a de Calidad", date=when("2026-05-11 09:45"),
      text=I_EBRO, attach=[C_EBRO_0], reply_of="a_ebro"),
    m(key="i_sanlamberto", kind="interview_invitation", lang="es", scenario="teams_commission",
      company="Hospital San Lamberto", contact=LAHOZ[1], frm=LAHOZ,
      subject="Convocatoria a entrevista - Responsable de Seguridad Alimentaria",
      date=when("2026-09-07 12:10"), text=I_SANLAMBERTO,
      html=outlook_html(paras(I_SANLAMBERTO)), charset="windows-1252", cte="qp",
      html_charset="utf-8"),
    m(key="i_azucarera", kind="interview_invitation", lang="es",
      scenario="agency_sets_client_interview", company="Azucarera del Jalón",
      contact=RAQUEL[1], frm=RAQUEL, subject="¡Entrevista con Azucarera del Jalón!",
      subj_enc=("iso-8859-1", "B"), date=when("2026-03-16 13:05"), text=I_AZUCARERA),
    # ------------------------------------------------------------ reschedule / cancel
    m(key="s_laiterie", kind="interview_reschedule_or_cancel", lang="fr",
      scenario="moved_slot_sequence_bump", company="Laiterie des Monts du Lyonnais",
      contact=LAITERIE[1], frm=LAITERIE,
      subject="Modification de votre entretien - nouvel horaire", date=when("2026-02-16 11:05"),
      text=S_LAITERIE, attach=[C_LAITERIE_1], quote_of="x_laiterie_confirm",
      quote_style="outlook"),
    m(key="s_clinique", kind="interview_reschedule_or_cancel", lang="fr",
      scenario="interviewer_ill_cancel", company="Clinique des Alpes Genève",
      contact=SEVERINE[1], frm=SEVERINE, subject="Annulation : entretien du jeudi 18 juin",
      date=when("2026-06-17 16:02"), text=S_CLINIQUE,
      attach=[{**C_CLINIQUE_X, "inline": True}], reply_of="i_clinique"),
    m(key="s_biscuiterie", kind="interview_reschedule_or_cancel", lang="fr",
      scenario="agency_client_moves_slot", company="Biscuiterie Dauphinoise",
      contact=KARINE[1], frm=KARINE,
      subject="Re: Mission assistant qualité - Biscuiterie Dauphinoise (Voreppe)",
      date=when("2026-01-23 10:02"), text=S_BISCUITERIE, quote_of="i_biscuiterie"),
    m(key="s_saintclair", kind="interview_reschedule_or_cancel", lang="fr",
      scenario="method_cancel_replanned", company="Centre hospitalier Saint-Clair",
      contact=ARNAUD[1], frm=ARNAUD, subject="Annulation de la session de sélection du 19 mai",
      date=when("2026-05-12 14:30"), text=S_SAINTCLAIR, attach=[C_SAINTCLAIR_X],
      reply_of="i_saintclair"),
    m(key="s_grandpanier", kind="interview_reschedule_or_cancel", lang="fr",
      scenario="teamtailor_moved", company="Grand Panier", contact=AMANDINE[1],
      frm=("Grand Panier", "no-reply@teamtailor-mail.com"), reply_to=AMANDINE,
      subject="Ton entretien a été déplacé", date=when("2026-07-03 15:22", "utc"),
      text=S_GRANDPANIER,
      html=ats_card("Grand Panier", paras(S_GRANDPANIER), color="#c0392b",
                    footer="Envoyé via Teamtailor"), html_cte="b64"),
    m(key="s_viennoiseries", kind="interview_reschedule_or_cancel", lang="fr",
      scenario="trial_day_postponed_oven", company="Viennoiseries Croix-Rousse",
      contact=BRACHET[1], frm=BRACHET, subject="Re: Journée d'essai lundi 31 août",
      date=when("2026-08-27 06:48"), text=S_VIENNOISERIES, quote_of="i_viennoiseries",
      charset="windows-1252", cte="8bit"),
    m(key="s_grosdevaud", kind="interview_reschedule_or_cancel", lang="fr",
      scenario="swiss_agency_director_away", company="Fromages du Gros-de-Vaud",
      contact=REYMOND[1], frm=REYMOND,
      subject="Report de l'entretien chez Fromages du Gros-de-Vaud",
      date=when("2026-03-11 17:20"), text=S_GROSDEVAUD, reply_of="i_grosdevaud"),
    m(key="s_liffey", kind="interview_reschedule_or_cancel", lang="en",
      scenario="via_greenhouse_moved_sequence", company="Liffey Bakeries", contact=AOIFE[1],
      frm=("Aoife Byrne via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=AOIFE,
      subject="Updated interview time: QA Technician at Liffey Bakeries",
      date=when("2026-03-20 12:10", "ie"), text=S_LIFFEY + "\n" + GH_FOOT + "\n",
      attach=[C_LIFFEY_1], reply_of="i_liffey"),
    m(key="s_nordvik", kind="interview_reschedule_or_cancel", lang="en",
      scenario="calendar_update_after_request", company="Nordvik Foods", contact=HANNA[1],
      frm=HANNA, subject="RE: Assessment centre 25 August - request to reschedule",
      date=when("2026-08-20 14:25"), text=S_NORDVIK, attach=[C_NORDVIK_1],
      quote_of="x_nordvik_resched", quote_style="outlook"),
    m(key="s_pastificio", kind="interview_reschedule_or_cancel", lang="en",
      scenario="trial_day_moved_audit", company="Pastificio Sabaudo", contact=GIULIA[1],
      frm=GIULIA, subject="Re: Trial day - Food Safety & Quality Assistant",
      date=when("2026-07-17 08:05"), text=S_PASTIFICIO, quote_of="i_pastificio"),
    m(key="s_harbour", kind="interview_reschedule_or_cancel", lang="en",
      scenario="cancel_chat_method_cancel", company="Harbour Foods", contact=SAM[1],
      frm=SAM, subject="Cancelled: Chat: Bastien / Sam (Harbour Foods)",
      date=when("2026-04-22 17:40", "ie"), text=S_HARBOUR,
      attach=[{**C_HARBOUR_X, "inline": True}], reply_of="i_harbour"),
    m(key="s_lml", kind="interview_reschedule_or_cancel", lang="de",
      scenario="probearbeitstag_verschoben", company="LebensmittelLabor Süd",
      contact=WOERNER[1], frm=("Dr. Anja Wörner", WOERNER[1]),
      subject="AW: Einladung Probearbeitstag am 15. Juni", date=when("2026-06-10 12:12"),
      text=S_LML, quote_of="i_lml", charset="iso-8859-1", cte="8bit"),
    m(key="s_remstal", kind="interview_reschedule_or_cancel", lang="de",
      scenario="agency_client_cancels_method_cancel", company="Remstal Getränke",
      contact=RENZ[1], frm=RENZ, subject="Abgesagt: Gespräch Remstal Getränke am Freitag",
      date=when("2026-02-19 08:50"), text=S_REMSTAL, attach=[C_REMSTAL_X],
      reply_of="i_remstal"),
    m(key="s_ebro", kind="interview_reschedule_or_cancel", lang="es",
      scenario="method_cancel_new_date_later", company="Conservas del Ebro",
      contact=PILAR[1], frm=PILAR, subject="Cancelada: Entrevista Técnico/a de Calidad",
      date=when("2026-05-14 16:05"), text=S_EBRO, attach=[C_EBRO_X], reply_of="i_ebro"),
    m(key="s_azucarera", kind="interview_reschedule_or_cancel", lang="es",
      scenario="agency_new_time", company="Azucarera del Jalón", contact=RAQUEL[1],
      frm=RAQUEL, subject="RE: ¡Entrevista con Azucarera del Jalón!",
      subj_enc=("utf-8", "Q"), date=when("2026-03-18 10:30"), text=S_AZUCARERA,
      quote_of="i_azucarera"),
    # ------------------------------------------------------------ missed
    m(key="n_qualiconseil", kind="missed_interview_notice", lang="fr",
      scenario="called_twice_voicemail", company="Qualiconseil Alimentaire",
      contact=REBUFFAT[1], frm=REBUFFAT, subject="Notre appel de ce matin",
      date=when("2026-09-03 10:26"), text=N_QUALICONSEIL, reply_of="i_qualiconseil_1"),
    m(key="n_bellecour", kind="missed_interview_notice", lang="fr",
      scenario="waited_at_the_lab", company="Traiteur Bellecour", contact=SORLIN[1],
      frm=SORLIN, subject="ce matin ?", date=when("2026-05-22 09:52"), text=N_BELLECOUR,
      reply_of="i_bellecour"),
    m(key="n_nutrilab", kind="missed_interview_notice", lang="fr",
      scenario="waited_on_teams", company="Nutrilab Annecy", contact=SOPHIE[1], frm=SOPHIE,
      subject="Entretien de ce matin", date=when("2026-10-07 10:41"), text=N_NUTRILAB,
      html=page(paras(N_NUTRILAB)), reply_of="i_nutrilab"),
    m(key="n_chocovaud", kind="missed_interview_notice", lang="fr",
      scenario="no_show_reception_swiss", company="ChocoVaud", contact=CUENDET[1],
      frm=CUENDET, subject="Votre entretien de ce jour", date=when("2026-10-06 11:05"),
      text=N_CHOCOVAUD, charset="iso-8859-1", cte="b64"),
    m(key="n_salaisons", kind="missed_interview_notice", lang="fr",
      scenario="agency_client_no_show", company="Salaisons du Beaujolais",
      contact=YANIS[1], frm=YANIS, subject="Rendez-vous Salaisons du Beaujolais",
      date=when("2026-06-04 10:14"), text=N_SALAISONS),
    m(key="n_torino", kind="missed_interview_notice", lang="en", scenario="waited_on_zoom",
      company="Torino Catering Group", contact=LUCA[1], frm=LUCA,
      subject="Re: Kitchen QA Lead - interview", date=when("2026-09-17 15:21"),
      text=N_TORINO, quote_of="i_torino"),
    m(key="n_stbrigid", kind="missed_interview_notice", lang="en",
      scenario="rang_voicemail_twice", company="St. Brigid's Hospital", contact=DECLAN[1],
      frm=("Furlong, Declan", DECLAN[1]), subject="Phone interview today",
      date=when("2026-06-23 14:31", "ie"), text=N_STBRIGID),
    m(key="n_schwabenback", kind="missed_interview_notice", lang="de",
      scenario="nicht_erschienen", company="Schwabenback", contact=KAELBLE[1], frm=KAELBLE,
      subject="Ihr heutiger Vorstellungstermin", date=when("2026-04-14 10:35"),
      text=N_SCHWABENBACK, reply_of="i_schwabenback_1"),
    m(key="n_klinikum", kind="missed_interview_notice", lang="de",
      scenario="telefoninterview_nicht_erreicht", company="Klinikum Stuttgart-Ost",
      contact=HAEUSSLER[1], frm=("Häußler, Jürgen", HAEUSSLER[1]),
      subject="Telefoninterview heute, 9:00 Uhr", date=when("2026-03-19 09:24"),
      text=N_KLINIKUM, html=outlook_html(paras(N_KLINIKUM)), cte="qp"),
    m(key="n_sanlamberto", kind="missed_interview_notice", lang="es",
      scenario="waited_on_teams", company="Hospital San Lamberto", contact=LAHOZ[1],
      frm=LAHOZ, subject="RE: Convocatoria a entrevista - Responsable de Seguridad Alimentaria",
      date=when("2026-09-10 11:27"), text=N_SANLAMBERTO, quote_of="i_sanlamberto",
      quote_style="outlook"),
]

