"""Interview invitations, moved or cancelled interviews, and missed-interview notices."""

from __future__ import annotations

from msgs296_common import ats, html_of, shell

MOREL = ("Bertrand Morel", "b.morel@morel-associes.example.fr")
PASCALE = ("Pascale Meylan", "pmeylan@fondation-aiguilles.example.ch")
FREDERIC = ("Frédéric Guérin", "f.guerin@harmonia-prevoyance.example.fr")
KATRIN = ("Katrin Weber", "k.weber@meridianfs.example.lu")
ISABELLE = ("Isabelle Hoffmann", "isabelle.hoffmann@kessler-bank.example.lu")
MARTA = ("Marta Jiménez", "mjimenez@acerosdeltajo.example.es")

INVITES = [
    {
        "key": "orvane_meeting", "kind": "interview_invitation", "lang": "fr",
        "company": "Laboratoires Orvane", "contact": "b.morel@morel-associes.example.fr",
        "date": "2026-04-20 08:51 +0200",
        "from": MOREL,
        "subject": "Laboratoires Orvane – premier entretien avec le DAF",
        "text": """Chère Amélie,

Suite à notre entretien de la semaine dernière, j'ai présenté votre candidature à mon client, Laboratoires Orvane (génériques, 1 400 collaborateurs, siège à Saint-Priest), pour le poste de Responsable FP&A.

Le Directeur Financier, M. Hugo Deschamps, souhaite vous rencontrer le jeudi 30 avril à 11h00 dans leurs locaux : 15 rue du Dauphiné, 69800 Saint-Priest. Il sera accompagné de la DRH.

Pouvez-vous me confirmer votre disponibilité ? Je vous enverrai d'ici là une note de préparation sur l'entreprise et ses enjeux.

Bien à vous,

Bertrand Morel
Associé – Morel & Associés""",
        "cte": "quoted-printable",
    },
    {
        "key": "aiguilles_invite", "kind": "interview_invitation", "lang": "fr",
        "company": "Fondation des Aiguilles", "contact": "pmeylan@fondation-aiguilles.example.ch",
        "date": "2026-07-28 10:14 +0200",
        "from": PASCALE,
        "subject": "Invitation à un entretien – Contrôleuse financière",
        "text": """Chère Madame Kouassi,

Nous avons bien étudié votre dossier pour le poste de Contrôleuse financière (80-100 %) et avons le plaisir de vous inviter à un premier entretien.

Il se tiendra le mercredi 5 août 2026 à 14h00 dans nos bureaux, rue des Bains 33, 1205 Genève, en présence de notre Directrice des programmes et de moi-même. Si le déplacement depuis Lyon est difficile, un entretien en visioconférence est également possible.

Merci de nous confirmer votre venue.

Avec mes cordiales salutations,

Pascale Meylan
Responsable RH
Fondation des Aiguilles
+41 22 318 45 70""",
        "ics": {"uid": "fda-entretien-0805-ak@fondation-aiguilles.example.ch", "seq": 0,
                "start": "2026-08-05 14:00", "minutes": 60, "tz": "Europe/Zurich",
                "summary": "Entretien – Contrôleuse financière (A. Kouassi)",
                "location": "Rue des Bains 33, 1205 Genève", "organizer": PASCALE},
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "harmonia_invite", "kind": "interview_invitation", "lang": "fr",
        "company": "Harmonia Prévoyance", "contact": "f.guerin@harmonia-prevoyance.example.fr",
        "date": "2026-04-08 12:02 +0200",
        "from": FREDERIC,
        "subject": "Entretien contrôleur de gestion",
        "text": """Madame Kouassi,

Votre candidature a retenu toute mon attention. Je vous propose de nous rencontrer le mercredi 15 avril à 16h00 au siège d'Harmonia Prévoyance, 3 rue Servient, Lyon 3e (présentez-vous à l'accueil, 4e étage).

L'entretien durera une heure environ. Pensez à vous munir d'une pièce d'identité pour l'accès au bâtiment.

Cordialement,

Frédéric Guérin
Directeur du contrôle de gestion
Harmonia Prévoyance""",
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "proxi_intake", "kind": "interview_invitation", "lang": "fr",
        "company": "Proxi Intérim Rhône", "contact": "agence.villeurbanne@proxi-interim.example.fr",
        "date": "2026-01-15 09:37 +0100",
        "from": ("Coralie Fontaine", "agence.villeurbanne@proxi-interim.example.fr"),
        "subject": "Rendez-vous d'inscription – Proxi Intérim Villeurbanne",
        "text": """Bonjour Amélie,

Suite à votre appel de ce matin, je vous confirme votre rendez-vous d'inscription et d'entretien à notre agence :

Mardi 20 janvier 2026 à 9h30
Proxi Intérim Rhône – 112 cours Émile Zola, 69100 Villeurbanne (métro Gratte-Ciel)

Merci d'apporter : pièce d'identité, carte Vitale, RIB, justificatif de domicile et vos diplômes. Comptez environ 45 minutes (entretien + tests bureautiques).

À mardi,

Coralie Fontaine
Chargée de recrutement – Proxi Intérim Rhône""",
        "cte": "8bit",
    },
    {
        "key": "chartreuse_teamtailor", "kind": "interview_invitation", "lang": "fr",
        "company": "Papeteries de Chartreuse", "contact": "",
        "date": "2026-05-05 13:20 +0000",
        "from": ("Papeteries de Chartreuse", "no-reply@teamtailor-mail.com"),
        "subject": "Planifiez votre entretien avec Papeteries de Chartreuse",
        "headers": ats("Teamtailor"),
        "html": shell(
            "<p>Bonjour Amélie,</p>\n<p>Merci pour votre candidature au poste de "
            "<b>Contrôleuse / Contrôleur de gestion industriel</b> à Voiron. Nous aimerions "
            "beaucoup échanger avec vous lors d'un entretien vidéo de 45 minutes avec Léa "
            "Bonnardel, Responsable administrative et financière.</p>\n<p>Choisissez le créneau "
            "qui vous convient le mieux :</p>\n<p><a href=\"https://chartreuse.teamtailor.com/"
            "meetings/book/9f2c41\" style=\"background:#3d5a80;color:#fff;padding:10px 16px;"
            "text-decoration:none\">Réserver un créneau</a></p>\n<p>À très bientôt,<br>L'équipe "
            "recrutement des Papeteries de Chartreuse</p>",
            brand="Papeteries de Chartreuse", colour="#3d5a80",
            foot="Vous recevez cet e-mail car vous avez postulé via notre site carrières."),
        "cte": "quoted-printable",
    },
    {
        "key": "sarrazin_immersion", "kind": "interview_invitation", "lang": "fr",
        "company": "Groupe Sarrazin", "contact": "n.benali@groupe-sarrazin.example.fr",
        "date": "2026-06-11 17:25 +0200",
        "from": ("Nadia Benali", "n.benali@groupe-sarrazin.example.fr"),
        "subject": "Journée d'immersion – Contrôle de gestion travaux",
        "text": """Bonjour Amélie,

Comme évoqué au téléphone, nous vous proposons de venir passer une journée d'immersion avec l'équipe contrôle de gestion de notre direction régionale, afin de découvrir le suivi financier de nos chantiers et de rencontrer vos futurs interlocuteurs.

Date : jeudi 18 juin 2026, de 8h30 à 17h00
Lieu : Groupe Sarrazin – Direction régionale Auvergne-Rhône-Alpes, 5 avenue Georges Pompidou, 69003 Lyon
Accueil par Damien Roux, contrôleur de gestion senior

Une visite de chantier est prévue l'après-midi : les équipements de protection vous seront fournis.

Merci de me confirmer votre présence.

Nadia Benali
Chargée de développement RH
Groupe Sarrazin – Bâtiment & Travaux publics
04 72 11 63 90""",
        "cte": "quoted-printable",
    },
    {
        "key": "aerovia_video", "kind": "interview_invitation", "lang": "fr",
        "company": "Aérovia Lyon", "contact": "",
        "date": "2026-02-26 10:00 +0000",
        "from": ("Aérovia Lyon", "aerovia@myworkday.com"),
        "from_enc": ("utf-8", "B"),
        "subject": "Étape suivante : entretien vidéo différé – Analyste financier",
        "subj_enc": ("utf-8", "B"),
        "headers": ats("Workday"),
        "text": """Bonjour Amélie,

Votre candidature au poste d'Analyste financier (réf. R-10892) passe à l'étape suivante !

Nous vous invitons à réaliser un entretien vidéo différé : vous répondrez à 5 questions, avec 1 minute de préparation et 3 minutes de réponse pour chacune. Comptez environ 25 minutes au total.

Lien d'accès : https://aerovia.wd3.myworkday.com/candidate/interview/5a0c
Date limite : mercredi 4 mars 2026, 23h59.

Nous vous conseillons de vous installer dans un endroit calme et de vérifier votre caméra avant de commencer.

Bonne chance !
L'équipe Recrutement Aérovia Lyon""",
        "cte": "base64",
    },
    {
        "key": "kessler_phone", "kind": "interview_invitation", "lang": "fr",
        "company": "Banque Privée Kessler", "contact": "isabelle.hoffmann@kessler-bank.example.lu",
        "date": "2026-06-22 15:12 +0200",
        "from": ISABELLE,
        "subject": "Analyste FP&A – premier échange",
        "text": """Bonjour Madame Kouassi,

Merci pour votre candidature au poste d'Analyste FP&A. J'aimerais organiser un premier entretien téléphonique de 30 minutes afin de mieux comprendre votre parcours et vos motivations pour le Luxembourg.

Seriez-vous disponible lundi 29 juin à 11h00 ou mardi 30 juin à 15h00 ? Je vous appellerai sur votre portable.

Meilleures salutations,

Isabelle Hoffmann
Talent Acquisition Manager
Banque Privée Kessler""",
        "cte": "quoted-printable",
    },
    {
        "key": "meridian_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Meridian Fund Services", "contact": "k.weber@meridianfs.example.lu",
        "date": "2026-07-30 11:41 +0200",
        "from": KATRIN,
        "subject": "Meridian Fund Services – interview invitation (Financial Controller)",
        "text": """Dear Amélie,

Thank you for your application for the Financial Controller position. We would be pleased to invite you to an interview at our offices in Luxembourg-Kirchberg with Laurent Schmit (CFO) and myself.

Date: Thursday 6 August 2026
Time: 10:00 – 11:00 (CEST)
Address: 2 rue Eugène Ruppert, L-2453 Luxembourg, 4th floor

A calendar invitation is attached. Please let me know if you need any assistance with travel or parking.

Kind regards,
Katrin Weber
HR Manager, Meridian Fund Services""",
        "html": html_of("""Dear Amélie,

Thank you for your application for the Financial Controller position. We would be pleased to invite you to an interview at our offices in Luxembourg-Kirchberg with Laurent Schmit (CFO) and myself.

Date: Thursday 6 August 2026
Time: 10:00 – 11:00 (CEST)
Address: 2 rue Eugène Ruppert, L-2453 Luxembourg, 4th floor

A calendar invitation is attached. Please let me know if you need any assistance with travel or parking.

Kind regards,
Katrin Weber
HR Manager, Meridian Fund Services""", lang="en"),
        "ics": {"uid": "040000008200E00074C5B7101A82E0080000000010A4F2B0@meridianfs.example.lu",
                "seq": 0, "start": "2026-08-06 10:00", "minutes": 60,
                "tz": "Europe/Luxembourg", "summary": "Interview – Financial Controller",
                "location": "2 rue Eugène Ruppert, L-2453 Luxembourg", "organizer": KATRIN},
        "cte": "quoted-printable",
    },
    {
        "key": "kellermann_personio", "kind": "interview_invitation", "lang": "de",
        "company": "Kellermann Automotive", "contact": "",
        "date": "2026-03-17 08:12 +0000",
        "from": ("Kellermann Automotive", "no-reply@personio.de"),
        "subject": "Kellermann Automotive: Terminvereinbarung für Ihr Vorstellungsgespräch",
        "subj_enc": ("utf-8", "Q"),
        "headers": ats("Personio"),
        "text": """Hallo Frau Kouassi,

vielen Dank für Ihre Bewerbung als Werkscontrollerin (m/w/d) für unser Werk in Foetz (Luxemburg).

Wir würden Sie gerne in einem persönlichen Gespräch kennenlernen! Bitte wählen Sie über den folgenden Link einen passenden Termin aus unseren verfügbaren Zeitfenstern aus:

https://kellermann-automotive.jobs.personio.de/interview/4471c0

Das Gespräch findet mit Frau Dr. Petra Lenz (Kaufmännische Leitung) statt und dauert ca. 60 Minuten.

Wir freuen uns auf Sie!

Viele Grüße
Ihr Kellermann-Recruiting-Team""",
        "cte": "quoted-printable",
    },
    {
        "key": "randwerk_kennenlernen", "kind": "interview_invitation", "lang": "de",
        "company": "Randwerk Personal", "contact": "m.kaya@randwerk-personal.example.de",
        "date": "2026-05-11 14:47 +0200",
        "from": ("Mehmet Kaya", "m.kaya@randwerk-personal.example.de"),
        "subject": "Kennenlerngespräch – Senior Controller (Luxemburg)",
        "text": """Hallo Frau Kouassi,

vielen Dank für Ihre Unterlagen. Bevor ich Sie meinem Mandanten vorstelle, würde ich Sie gerne in einem kurzen Kennenlerngespräch per Telefon besser kennenlernen.

Passt Ihnen Donnerstag, der 14. Mai, um 17:30 Uhr? Ich würde Sie unter der Nummer aus Ihrem Lebenslauf anrufen. Wir sprechen ca. 30 Minuten über Ihre Erfahrung, Ihre Gehaltsvorstellung und Ihre Verfügbarkeit.

Beste Grüße
Mehmet Kaya
Senior Consultant Finance
Randwerk Personal GmbH""",
        "cte": "8bit",
    },
    {
        "key": "sonnberg_ac", "kind": "interview_invitation", "lang": "de",
        "company": "Sonnberg Pharma", "contact": "tanja.rieder@sonnberg.example.ch",
        "date": "2026-08-19 16:30 +0200",
        "from": ("Tanja Rieder", "tanja.rieder@sonnberg.example.ch"),
        "subject": "Einladung Assessment – Financial Analyst Genf",
        "text": """Sehr geehrte Frau Kouassi

Wir freuen uns, Sie zu unserem halbtägigen Assessment für die Stelle als Financial Analyst in unserer Genfer Niederlassung einzuladen.

Datum: Dienstag, 1. September 2026
Zeit: 08:30 – 12:30 Uhr
Ort: Sonnberg Pharma, Chemin des Coquelicots 16, 1214 Vernier

Ablauf: Fallstudie (Budgetabweichungsanalyse), Präsentation vor dem Finance-Leadership-Team, anschliessend Interview mit dem CFO Schweiz.

Im Anhang finden Sie eine Wegbeschreibung. Bitte bestätigen Sie Ihre Teilnahme bis zum 25. August.

Freundliche Grüsse
Tanja Rieder
Talent Acquisition Partner
Sonnberg Pharma AG""",
        "attach": [{"name": "Wegbeschreibung_Vernier.pdf", "title": "Sonnberg Pharma - Anfahrt",
                    "lines": ["Chemin des Coquelicots 16, 1214 Vernier",
                              "Bus 6 ab Genève-Cornavin, Haltestelle Vernier-Usine",
                              "Besucherparkplatz P3, Empfang Gebäude B"]}],
        "cte": "quoted-printable",
    },
    {
        "key": "aceros_invite", "kind": "interview_invitation", "lang": "es",
        "company": "Aceros del Tajo", "contact": "mjimenez@acerosdeltajo.example.es",
        "date": "2026-04-27 10:05 +0200",
        "from": MARTA,
        "subject": "Entrevista Jefe/a de Control de Gestión",
        "text": """Estimada Amélie:

Gracias por tu interés en Aceros del Tajo. Nos gustaría invitarte a una entrevista presencial para el puesto de Jefe/a de Control de Gestión con nuestro director financiero, D. Ramón Castaño.

Fecha: martes 5 de mayo de 2026
Hora: 12:00
Lugar: nuestras oficinas en Toledo (Polígono Industrial Santa María de Benquerencia, calle Río Marchés 12)

Si te resulta complicado desplazarte desde Lyon, podemos valorar una primera entrevista por videoconferencia.

Quedo a la espera de tu confirmación.

Un cordial saludo,
Marta Jiménez
Responsable de Selección, Aceros del Tajo""",
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "ribalta_via_selecta_invite", "kind": "interview_invitation", "lang": "es",
        "company": "Bodegas Ribalta", "contact": "pablo.soria@selectatalento.example.es",
        "date": "2026-06-10 18:22 +0200",
        "from": ("Pablo Soria", "pablo.soria@selectatalento.example.es"),
        "subject": "Entrevista con Bodegas Ribalta",
        "text": """Hola Amélie:

Buenas noticias: Bodegas Ribalta quiere conocerte para la posición de Controller. La entrevista será por videollamada con su director general y la responsable de administración.

Día: miércoles 17 de junio
Hora: 9:30 (hora peninsular)
Enlace: te lo enviarán ellos directamente desde su Google Calendar.

Si te parece, hablamos el lunes 15 para preparar la entrevista; te cuento un poco la historia de la bodega y lo que buscan.

Un abrazo,
Pablo Soria
Selecta Talento""",
        "cte": "quoted-printable",
    },
    {
        "key": "puentes_invite", "kind": "interview_invitation", "lang": "es",
        "company": "Fundación Puentes Abiertos", "contact": "",
        "date": "2026-08-25 09:00 +0000",
        "from": ("Fundación Puentes Abiertos", "no-reply@teamtailor-mail.com"),
        "subject": "Invitación a entrevista – Responsable de Control Financiero",
        "headers": ats("Teamtailor"),
        "text": """Hola Amélie:

¡Gracias por tu candidatura! Nos gustaría invitarte a una primera entrevista por videollamada de 40 minutos con nuestra directora de Administración y Finanzas.

Reserva el horario que mejor te venga entre el 8 y el 11 de septiembre desde este enlace:
https://puentesabiertos.teamtailor.com/meetings/book/e81d07

Un saludo,
Departamento de Personas
Fundación Puentes Abiertos""",
        "cte": "quoted-printable",
    },
]

MOVES = [
    {
        "key": "harmonia_moved", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Harmonia Prévoyance", "contact": "f.guerin@harmonia-prevoyance.example.fr",
        "date": "2026-04-13 08:47 +0200",
        "from": FREDERIC,
        "subject": "RE: Entretien contrôleur de gestion",
        "parent": "harmonia_invite", "quote": "outlook_fr",
        "text": """Madame Kouassi,

Un conseil d'administration extraordinaire a été convoqué mercredi après-midi, je ne pourrai donc pas vous recevoir le 15 avril comme prévu.

Pourrions-nous décaler notre entretien au mercredi 22 avril, à la même heure ? Je vous prie de m'excuser pour ce changement de dernière minute.

Cordialement,
Frédéric Guérin""",
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "key": "aiguilles_round2_cancel", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Fondation des Aiguilles", "contact": "pmeylan@fondation-aiguilles.example.ch",
        "date": "2026-08-17 09:58 +0200",
        "from": PASCALE,
        "subject": "Annulé : Second entretien – Contrôleuse financière",
        "text": """Chère Madame Kouassi,

Notre trésorier, qui devait participer au second entretien de demain, a été hospitalisé ce week-end. Nous sommes contraints d'annuler le rendez-vous du 18 août.

Je reviens vers vous dès que possible avec de nouvelles dates, probablement pour la semaine du 24 août. Votre candidature reste bien entendu à l'étude.

Avec mes excuses et mes cordiales salutations,

Pascale Meylan
Responsable RH – Fondation des Aiguilles""",
        "ics": {"uid": "fda-entretien2-0818-ak@fondation-aiguilles.example.ch", "seq": 1,
                "method": "CANCEL", "start": "2026-08-18 10:00", "minutes": 90,
                "tz": "Europe/Zurich", "summary": "Second entretien – Contrôleuse financière",
                "location": "Rue des Bains 33, 1205 Genève", "organizer": PASCALE},
        "cte": "quoted-printable",
    },
    {
        "key": "chartreuse_moved_ats", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Papeteries de Chartreuse", "contact": "",
        "date": "2026-05-11 07:30 +0000",
        "from": ("Papeteries de Chartreuse", "no-reply@teamtailor-mail.com"),
        "subject": "Votre entretien a été reprogrammé",
        "headers": ats("Teamtailor"),
        "text": """Bonjour Amélie,

Votre entretien avec Léa Bonnardel pour le poste de Contrôleuse / Contrôleur de gestion industriel a été reprogrammé.

Ancien créneau : mardi 12 mai 2026, 10:00 – 10:45
Nouveau créneau : mercredi 13 mai 2026, 15:00 – 15:45

Le lien de la réunion vidéo reste le même. Si ce nouveau créneau ne vous convient pas, vous pouvez en choisir un autre ici : https://chartreuse.teamtailor.com/meetings/reschedule/9f2c41

L'équipe recrutement des Papeteries de Chartreuse""",
        "cte": "quoted-printable",
    },
    {
        "key": "orvane_moved", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Laboratoires Orvane", "contact": "b.morel@morel-associes.example.fr",
        "date": "2026-04-27 13:16 +0200",
        "from": MOREL,
        "subject": "RE: Laboratoires Orvane – premier entretien avec le DAF",
        "parent": "orvane_meeting", "quote": "fr",
        "text": """Chère Amélie,

Petit changement de programme : M. Deschamps est retenu par la clôture d'une opération de refinancement jeudi. Le rendez-vous chez Laboratoires Orvane est déplacé au mardi 5 mai à 9h30, même adresse.

Merci de me dire si cela vous va ; sinon je renégocie un créneau.

Bertrand""",
        "cte": "quoted-printable",
    },
    {
        "key": "sarrazin_postponed", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Groupe Sarrazin", "contact": "n.benali@groupe-sarrazin.example.fr",
        "date": "2026-06-16 18:40 +0200",
        "from": ("Nadia Benali", "n.benali@groupe-sarrazin.example.fr"),
        "subject": "Report de votre journée d'immersion",
        "text": """Bonjour Amélie,

Je suis navrée : suite à un incident sur le chantier de Vénissieux, Damien Roux sera mobilisé toute la semaine. Nous devons reporter votre journée d'immersion prévue ce jeudi 18 juin.

Je vous recontacte lundi pour fixer une nouvelle date avant la fin du mois.

Bien cordialement,
Nadia Benali
Groupe Sarrazin""",
        "cte": "8bit",
    },
    {
        "key": "kessler_moved", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Banque Privée Kessler", "contact": "isabelle.hoffmann@kessler-bank.example.lu",
        "date": "2026-06-29 08:05 +0200",
        "from": ISABELLE,
        "subject": "Changement d'horaire – notre appel de ce jour",
        "text": """Bonjour Madame Kouassi,

Je dois malheureusement décaler notre appel prévu ce matin à 11h00 : une réunion de direction vient d'être ajoutée à mon agenda. Je vous propose de nous entretenir à 16h30 aujourd'hui, ou demain à la même heure si cela vous convient mieux.

Merci de votre compréhension,

Isabelle Hoffmann
Banque Privée Kessler""",
        "cte": "quoted-printable",
    },
    {
        "key": "meridian_moved", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Meridian Fund Services", "contact": "k.weber@meridianfs.example.lu",
        "date": "2026-08-03 09:12 +0200",
        "from": KATRIN,
        "subject": "Updated invitation: Interview – Financial Controller",
        "text": """Dear Amélie,

Laurent has been called to a board meeting on Thursday morning, so we need to move your interview to the afternoon. The new time is Thursday 6 August, 14:30 – 15:30 (CEST), at the same address. The calendar invitation has been updated accordingly.

Apologies for the change, and please let me know if this is a problem.

Kind regards,
Katrin""",
        "ics": {"uid": "040000008200E00074C5B7101A82E0080000000010A4F2B0@meridianfs.example.lu",
                "seq": 1, "start": "2026-08-06 14:30", "minutes": 60,
                "tz": "Europe/Luxembourg", "summary": "Interview – Financial Controller",
                "location": "2 rue Eugène Ruppert, L-2453 Luxembourg", "organizer": KATRIN},
        "ics_file": True,
        "cte": "quoted-printable",
    },
    {
        "key": "vantage_postponed", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Vantage Search Partners", "contact": "r.hale@vantagesearch.example.co.uk",
        "date": "2026-05-07 12:26 +0100",
        "from": ("Rebecca Hale", "r.hale@vantagesearch.example.co.uk"),
        "subject": "Tomorrow's call with the CFO – postponed",
        "text": """Hi Amélie,

Quick one: my client's CFO has had to fly to New York at short notice, so tomorrow's 2pm video call is off. He's asked if we can do next Wednesday or Thursday afternoon instead — I'll confirm a time with his PA and come back to you by Monday.

Nothing to worry about, he's still very keen to speak with you.

Thanks,
Rebecca""",
        "cte": "8bit",
    },
    {
        "key": "kellermann_verschoben", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Kellermann Automotive", "contact": "petra.lenz@kellermann.example.lu",
        "date": "2026-03-24 15:48 +0100",
        "from": ("Dr. Petra Lenz", "petra.lenz@kellermann.example.lu"),
        "subject": "Verschiebung unseres Gesprächs am 26.03.",
        "text": """Sehr geehrte Frau Kouassi,

leider muss ich unser für Donnerstag, den 26. März, um 10:00 Uhr geplantes Gespräch verschieben, da an diesem Tag ein Kundenaudit in unserem Werk stattfindet.

Könnten Sie alternativ am Dienstag, den 31. März, um 13:30 Uhr zu uns nach Foetz kommen? Falls nicht, nennen Sie mir gerne zwei, drei Alternativen in der ersten Aprilwoche.

Mit freundlichen Grüßen
Dr. Petra Lenz
Kaufmännische Leitung
Kellermann Automotive Luxembourg S.à r.l.
Rue de l'Industrie 8, L-3895 Foetz""",
        "cte": "quoted-printable",
    },
    {
        "key": "aceros_moved", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Aceros del Tajo", "contact": "mjimenez@acerosdeltajo.example.es",
        "date": "2026-04-30 16:55 +0200",
        "from": MARTA,
        "subject": "RE: Entrevista Jefe/a de Control de Gestión",
        "parent": "aceros_invite", "quote": "es",
        "text": """Estimada Amélie:

Te escribo porque D. Ramón Castaño tiene un viaje imprevisto a la planta de Bilbao el día 5. ¿Te vendría bien cambiar la entrevista al jueves 7 de mayo a las 12:00, en el mismo sitio?

Disculpa las molestias.

Un saludo,
Marta""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
]

MISSED = [
    {
        "key": "proxi_absent", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Proxi Intérim Rhône", "contact": "agence.villeurbanne@proxi-interim.example.fr",
        "date": "2026-01-20 10:21 +0100",
        "from": ("Coralie Fontaine", "agence.villeurbanne@proxi-interim.example.fr"),
        "subject": "Votre rendez-vous de 9h30",
        "text": """Bonjour Amélie,

Nous vous attendions ce matin à 9h30 pour votre rendez-vous d'inscription à l'agence, mais vous ne vous êtes pas présentée. J'ai essayé de vous appeler sans succès.

Si vous souhaitez toujours vous inscrire chez nous, n'hésitez pas à me rappeler au 04 78 84 50 21 pour convenir d'un nouveau rendez-vous.

Bonne journée,
Coralie Fontaine
Proxi Intérim Rhône""",
        "cte": "quoted-printable",
    },
    {
        "key": "chartreuse_waited", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Papeteries de Chartreuse", "contact": "lea.bonnardel@chartreuse-papier.example.fr",
        "date": "2026-05-13 15:24 +0200",
        "from": ("Léa Bonnardel", "lea.bonnardel@chartreuse-papier.example.fr"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Entretien de 15h",
        "text": """Bonjour Amélie,

Je vous ai attendue sur Teams depuis 15h00 pour notre entretien, sans vous voir arriver. Peut-être avez-vous rencontré un problème de connexion ?

Je suis encore disponible jusqu'à 15h45. Sinon, écrivez-moi pour que nous convenions d'un autre moment.

Léa Bonnardel
Responsable administrative et financière
Papeteries de Chartreuse""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "key": "aerovia_no_answer", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Aérovia Lyon", "contact": "yann.morvan@aerovia.example.fr",
        "date": "2026-03-19 11:09 +0100",
        "from": ("Yann Morvan", "yann.morvan@aerovia.example.fr"),
        "subject": "Appel manqué – entretien téléphonique Analyste financier",
        "text": """Bonjour Madame Kouassi,

Comme convenu, je vous ai appelée aujourd'hui à 10h30 pour notre entretien téléphonique, puis de nouveau à 10h45, sans parvenir à vous joindre.

Je vous propose de reprogrammer cet échange : pouvez-vous m'indiquer vos disponibilités pour la semaine prochaine ?

Cordialement,

Yann Morvan
Chargé de recrutement
Aérovia Lyon – Aéroport Lyon-Saint-Exupéry, 69125 Colombier-Saugnieu""",
        "cte": "quoted-printable",
    },
    {
        "key": "alplait_reception", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Coopérative Alpine Lait", "contact": "rh@alpinelait.example.fr",
        "date": "2026-09-24 14:50 +0200",
        "from": ("RH Coopérative Alpine Lait", "rh@alpinelait.example.fr"),
        "from_enc": ("utf-8", "B"),
        "subject": "Absence à votre entretien du 24 septembre",
        "text": """Madame,

M. Perrin, notre directeur administratif et financier, vous attendait cet après-midi à 14h00 à l'accueil de notre site de La Motte-Servolex pour l'entretien prévu au poste de contrôleuse de gestion. Nous n'avons pas eu de nouvelles de votre part.

Nous vous remercions de nous faire savoir si vous souhaitez maintenir votre candidature ; dans ce cas, un nouveau rendez-vous pourra être envisagé.

Cordialement,
Service des Ressources Humaines
Coopérative Alpine Lait""",
        "html": html_of("""Madame,

M. Perrin, notre directeur administratif et financier, vous attendait cet après-midi à 14h00 à l'accueil de notre site de La Motte-Servolex pour l'entretien prévu au poste de contrôleuse de gestion. Nous n'avons pas eu de nouvelles de votre part.

Nous vous remercions de nous faire savoir si vous souhaitez maintenir votre candidature ; dans ce cas, un nouveau rendez-vous pourra être envisagé.

Cordialement,
Service des Ressources Humaines
Coopérative Alpine Lait"""),
        "cte": "quoted-printable",
    },
    {
        "key": "orbital_missed_call", "kind": "missed_interview_notice", "lang": "en",
        "company": "Orbital Freight", "contact": "ben.oduya@orbitalfreight.example.co.uk",
        "date": "2026-03-31 14:18 +0100",
        "from": ("Ben Oduya", "ben.oduya@orbitalfreight.example.co.uk"),
        "subject": "Missed you on our 2pm call",
        "text": """Hi Amélie,

I tried calling you at 2pm UK time for our screening call but it went straight to voicemail — I left you a message. Perhaps there was some confusion with the time difference (2pm London = 3pm Lyon)?

Happy to rebook: just grab any free slot in my calendar here: https://calendly.example.com/ben-oduya/30min

Best,
Ben""",
        "cte": "quoted-printable",
    },
    {
        "key": "sonnberg_nicht_erschienen", "kind": "missed_interview_notice", "lang": "de",
        "company": "Sonnberg Pharma", "contact": "tanja.rieder@sonnberg.example.ch",
        "date": "2026-09-01 10:05 +0200",
        "from": ("Tanja Rieder", "tanja.rieder@sonnberg.example.ch"),
        "subject": "Assessment heute – wir haben Sie erwartet",
        "text": """Sehr geehrte Frau Kouassi

Heute Morgen um 08:30 Uhr hat unser Assessment für die Stelle als Financial Analyst begonnen. Leider sind Sie nicht erschienen, und wir konnten Sie telefonisch nicht erreichen.

Wir hoffen, dass nichts Ernstes passiert ist. Bitte lassen Sie uns wissen, ob Sie weiterhin Interesse an der Stelle haben.

Freundliche Grüsse
Tanja Rieder
Talent Acquisition Partner
Sonnberg Pharma""",
        "cte": "quoted-printable",
    },
    {
        "key": "randwerk_nicht_erreicht", "kind": "missed_interview_notice", "lang": "de",
        "company": "Randwerk Personal", "contact": "m.kaya@randwerk-personal.example.de",
        "date": "2026-05-14 17:52 +0200",
        "from": ("Mehmet Kaya", "m.kaya@randwerk-personal.example.de"),
        "subject": "AW: Kennenlerngespräch – Senior Controller (Luxemburg)",
        "parent": "randwerk_kennenlernen", "quote": "de",
        "text": """Hallo Frau Kouassi,

ich habe Sie um 17:30 Uhr wie vereinbart angerufen, Sie aber leider nicht erreicht. Auch mein zweiter Versuch um 17:45 Uhr ging auf die Mailbox.

Melden Sie sich gerne, wenn Sie einen neuen Termin vereinbaren möchten — morgen Vormittag wäre bei mir noch etwas frei.

Beste Grüße
Mehmet Kaya""",
        "cte": "8bit",
    },
    {
        "key": "lozano_no_show", "kind": "missed_interview_notice", "lang": "es",
        "company": "Constructora Lozano", "contact": "rrhh@constructoralozano.example.es",
        "date": "2026-03-10 12:40 +0100",
        "from": ("RRHH Constructora Lozano", "rrhh@constructoralozano.example.es"),
        "subject": "Entrevista de hoy a las 11:00",
        "text": """Hola Amélie:

Te escribimos porque hoy a las 11:00 teníamos programada tu entrevista por videollamada para el puesto de Analista de Control de Gestión y no te has conectado. Te estuvimos esperando unos veinte minutos.

Si sigues interesada en el puesto, respóndenos a este correo y buscamos otra fecha.

Saludos,
Departamento de Recursos Humanos
Constructora Lozano""",
        "cte": "quoted-printable",
    },
]

MESSAGES = [*INVITES, *MOVES, *MISSED]
