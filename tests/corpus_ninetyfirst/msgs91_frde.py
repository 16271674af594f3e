"""French and German job mail for the ninety-first corpus (data only)."""

from __future__ import annotations

from msgs91_base import m

R, INV, RS, MI, AR, OF = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
                        "missed_interview_notice", "application_received", "offer")

MESSAGES = [
    # French
    m(R, "paris_conseil_refus_formel", "fr",
      ("Service Recrutement", "recrutement@ingeos-conseil.example.fr"),
      "Votre candidature - Consultant Senior Gestion d'Actifs (réf. GA-2026-07)",
      """Monsieur,

Nous avons bien pris connaissance de votre candidature au poste de Consultant Senior Gestion d'Actifs et vous remercions de l'intérêt que vous portez à notre cabinet.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons donner une suite favorable à votre candidature, votre profil ne correspondant pas tout à fait aux besoins actuels du poste.

Nous conservons néanmoins vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Claire Dumontet
Chargée de recrutement
INGEOS Conseil""",
      company="INGEOS Conseil", contact="recrutement@ingeos-conseil.example.fr",
      charset="iso-8859-1", cte="quoted-printable"),

    m(R, "montreal_apres_entrevue", "fr",
      ("Jean-Philippe Tremblay", "jp.tremblay@eolienneslaurentides.example.ca"),
      "Suivi - Poste de Chef fiabilité",
      """Bonjour Ignacio,

Merci encore pour ton temps lors des entrevues de la semaine dernière. Malheureusement, on a décidé d'aller de l'avant avec une autre candidature, plus proche de ce qu'on recherche pour le parc de Gaspé (expérience en climat nordique, entre autres).

Ce fut un plaisir d'échanger avec toi. Bonne continuation!

J-P
Éoliennes Laurentides inc.""",
      company="Éoliennes Laurentides", contact="jp.tremblay@eolienneslaurentides.example.ca"),

    m(R, "welcome_jungle_ats_refus", "fr",
      ("Heliade via Welcome to the Jungle", "no-reply@welcometothejungle.example.com"),
      "Réponse à votre candidature chez Heliade",
      """Bonjour Ignacio,

Merci pour votre candidature au poste de Responsable HSE Chantiers PV chez Heliade.

Nous avons reçu de nombreuses candidatures et, après examen, nous avons le regret de ne pas pouvoir poursuivre avec la vôtre. Le poste a finalement été pourvu en interne.

Nous vous souhaitons le meilleur dans vos recherches.

L'équipe Heliade""",
      company="Heliade", contact="", fmt="html"),

    m(INV, "paris_entretien_visio", "fr",
      ("Sophie Marchand", "sophie.marchand@terrelithium.example.fr"),
      "Entretien - Ingénieur Fiabilité Projet Lithium",
      """Bonjour Monsieur Tupa-Villalobos,

Suite à votre candidature, nous souhaiterions échanger avec vous lors d'un entretien en visio (Teams) d'environ 45 minutes avec M. Laurent Girard, Directeur des opérations.

Seriez-vous disponible le mardi 12 mai à 15h (heure de Paris) ou le mercredi 13 mai à 10h ?

Dans l'attente de votre retour, je vous souhaite une bonne journée.

Bien cordialement,
Sophie Marchand
Responsable Ressources Humaines
Terre Lithium SAS - 8 rue de Provence, 75009 Paris
Tél. : +33 1 55 50 24 18""",
      company="Terre Lithium", contact="sophie.marchand@terrelithium.example.fr", fmt="alt"),

    m(INV, "cabinet_appel_rapide", "fr",
      ("Mathieu Leroy", "m.leroy@altitude-rh.example.fr"),
      "Petit échange ?",
      """Bonjour Ignacio,

Je suis Mathieu, consultant chez Altitude Recrutement. Je travaille sur un poste de Chef de projet maintenance pour un industriel du ciment en Île-de-France et votre parcours m'a interpellé.

Auriez-vous 20 minutes cette semaine pour un premier échange téléphonique ? Vous pouvez réserver directement un créneau ici : https://calendly.example.com/mleroy-altitude

Belle journée,
Mathieu Leroy
Altitude Recrutement
06 55 50 71 22""",
      company="Altitude Recrutement", contact="m.leroy@altitude-rh.example.fr"),

    m(INV, "montreal_deuxieme_entrevue", "fr",
      ("Jean-Philippe Tremblay", "jp.tremblay@eolienneslaurentides.example.ca"),
      "RE: Poste de Chef fiabilité",
      """Salut Ignacio,

Bonne nouvelle, l'équipe aimerait te rencontrer pour une deuxième entrevue, cette fois avec notre VP Exploitation. Est-ce que jeudi prochain 14h (heure de Montréal) te conviendrait ? Ça se ferait sur Teams.

Merci de me revenir rapidement.

J-P""",
      company="Éoliennes Laurentides", contact="jp.tremblay@eolienneslaurentides.example.ca",
      quote=("fr", "lun. 23 févr. 2026 à 09:12", "Ignacio Tupa-Villalobos <ignacio.tv@example.cl>",
             "Bonjour Jean-Philippe,\n\nMerci pour l'échange d'hier, très intéressant.\n\nCordialement,\nIgnacio")),

    m(RS, "report_entretien", "fr",
      ("Sophie Marchand", "sophie.marchand@terrelithium.example.fr"),
      "Report de notre entretien",
      """Bonjour Monsieur Tupa-Villalobos,

M. Girard est retenu sur site en Alsace et ne pourra malheureusement pas assurer l'entretien de mardi. Je vous propose de le décaler au vendredi 15 mai, même heure. Merci de me confirmer si cela vous convient.

Toutes nos excuses pour ce contretemps.

Bien cordialement,
Sophie Marchand
Terre Lithium""",
      company="Terre Lithium", contact="sophie.marchand@terrelithium.example.fr", charset="iso-8859-1"),

    m(MI, "absence_entretien", "fr",
      ("Mathieu Leroy", "m.leroy@altitude-rh.example.fr"),
      "Notre rendez-vous téléphonique",
      """Bonjour Ignacio,

J'ai essayé de vous joindre à 11h comme convenu, sans succès (messagerie). Je suppose qu'un imprévu est survenu. N'hésitez pas à me proposer un autre créneau si le poste vous intéresse toujours.

Cordialement,
Mathieu Leroy
Altitude Recrutement""",
      company="Altitude Recrutement", contact="m.leroy@altitude-rh.example.fr"),

    m(AR, "accuse_reception_groupe", "fr",
      ("Groupe Valmont Énergies", "ne-pas-repondre@valmont-energies.example.fr"),
      "Accusé de réception de votre candidature",
      """Bonjour,

Nous accusons bonne réception de votre candidature au poste d'Ingénieur Maintenance Centrales Hydroélectriques (H/F) et vous en remercions.

En raison du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Si votre profil est retenu, notre équipe vous contactera dans un délai de trois semaines.

Cordialement,
La Direction des Ressources Humaines
Groupe Valmont Énergies""",
      company="Groupe Valmont Énergies", contact="", fmt="html", charset="windows-1252"),

    m(AR, "smartrecruiters_fr", "fr",
      ("Ferroviaire Atlantique", "noreply@smartrecruiters.example.com"),
      "Merci pour votre candidature !",
      """Bonjour Ignacio,

Merci de l'intérêt que vous portez à Ferroviaire Atlantique. Votre candidature pour le poste de Responsable Méthodes Maintenance Matériel Roulant a bien été transmise à notre équipe.

Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

À bientôt,
Ferroviaire Atlantique""",
      company="Ferroviaire Atlantique", contact="", fmt="alt"),

    m(OF, "promesse_embauche", "fr",
      ("Sophie Marchand", "sophie.marchand@terrelithium.example.fr"),
      "Proposition d'embauche - Ingénieur Fiabilité",
      """Bonjour Ignacio,

Suite à nos différents échanges, j'ai le plaisir de vous adresser ci-joint notre promesse d'embauche pour le poste d'Ingénieur Fiabilité, en CDI, basé à Mulhouse avec des déplacements au Chili.

Vous y trouverez la rémunération, les avantages et la date de prise de poste envisagée. Nous vous serions reconnaissants de nous retourner le document signé avant le 5 juin.

Au plaisir de vous compter parmi nous,
Sophie Marchand
Responsable Ressources Humaines
Terre Lithium""",
      company="Terre Lithium", contact="sophie.marchand@terrelithium.example.fr",
      attach=("Promesse_embauche.pdf", "application/pdf")),

    # German
    m(R, "duesseldorf_absage_formell", "de",
      ("Rheinwerk Anlagenbau", "bewerbung@rheinwerk-anlagenbau.example.de"),
      "Ihre Bewerbung als Instandhaltungsplaner (m/w/d)",
      """Sehr geehrter Herr Tupa-Villalobos,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an einer Mitarbeit in unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen

Rheinwerk Anlagenbau GmbH
Personalabteilung
Kaiserswerther Str. 115, 40474 Düsseldorf
Geschäftsführer: Dr. Klaus Berger | HRB 55512 Amtsgericht Düsseldorf""",
      company="Rheinwerk Anlagenbau", contact="", reply_to="noreply@rheinwerk-anlagenbau.example.de",
      charset="iso-8859-1", cte="quoted-printable"),

    m(R, "personio_nach_interview", "de",
      ("Lena Hoffmann", "lena.hoffmann@windkraft-nordsee.example.de"),
      "Rückmeldung zu Ihrem Gespräch",
      """Hallo Herr Tupa-Villalobos,

nochmals danke für das nette Gespräch letzte Woche mit Jan und mir.

Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für eine Kandidatin entschieden, die bereits Erfahrung mit Offshore-Anlagen in der Nordsee mitbringt. Daher können wir Ihnen leider kein Angebot machen.

Wir würden uns freuen, wenn wir in Kontakt bleiben.

Viele Grüße
Lena Hoffmann
Talent Acquisition
Windkraft Nordsee GmbH""",
      company="Windkraft Nordsee", contact="lena.hoffmann@windkraft-nordsee.example.de", fmt="alt"),

    m(R, "stelle_gestrichen", "de",
      ("Markus Weber", "m.weber@technikberatung-weber.example.de"),
      "AW: Bewerbung Reliability Engineer (remote)",
      """Hallo Herr Tupa,

kurze Info: die Stelle wurde intern gestrichen, das Projekt in Chile wird vorerst nicht weiterverfolgt. Wir werden die Position daher nicht besetzen. Sorry für die späte Rückmeldung.

Gruß
M. Weber
Weber Technikberatung""",
      company="Weber Technikberatung", contact="m.weber@technikberatung-weber.example.de",
      quote=("de", "Mo., 2. März 2026 um 08:15", "Ignacio Tupa-Villalobos <ignacio.tv@example.cl>",
             "Sehr geehrter Herr Weber,\n\nich wollte mich nach dem Stand meiner Bewerbung erkundigen.\n\nMit freundlichen Grüßen\nIgnacio Tupa-Villalobos")),

    m(INV, "einladung_vorstellungsgespraech", "de",
      ("Lena Hoffmann", "lena.hoffmann@windkraft-nordsee.example.de"),
      "Einladung zum Kennenlernen",
      """Hallo Herr Tupa-Villalobos,

vielen Dank für Ihre Bewerbung als Asset Manager Wind Onshore. Ihr Profil hat uns neugierig gemacht und wir würden Sie gerne in einem ersten Videocall (ca. 45 Min.) näher kennenlernen.

Passt Ihnen Donnerstag, der 7. Mai um 15:00 Uhr (MESZ)? Alternativ bin ich auch am Freitagvormittag flexibel.

Viele Grüße
Lena Hoffmann
Talent Acquisition
Windkraft Nordsee GmbH
Tel. +49 40 555 018 22""",
      company="Windkraft Nordsee", contact="lena.hoffmann@windkraft-nordsee.example.de"),

    m(INV, "zweites_gespraech_vor_ort", "de",
      ("Dr. Stefan Krüger", "stefan.krueger@bergbau-technik.example.de"),
      "Zweites Gespräch",
      """Sehr geehrter Herr Tupa-Villalobos,

gerne möchten wir Sie zu einem zweiten Gespräch an unseren Standort in Essen einladen, um Sie dem Bereichsleiter Service Südamerika vorzustellen. Vorgesehen ist Dienstag, 23. Juni, 10:00 bis ca. 14:00 Uhr, inklusive Werksrundgang. Die Reisekosten übernehmen wir selbstverständlich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Dr. Stefan Krüger
Leiter Personal
Bergbau-Technik Ruhr AG""",
      company="Bergbau-Technik Ruhr", contact="stefan.krueger@bergbau-technik.example.de",
      charset="iso-8859-1", cte="base64",
      ics={"uid": "brt-vg-20260623@bergbau-technik.example.de", "start": "20260623T080000Z", "end": "20260623T120000Z", "organizer": "stefan.krueger@bergbau-technik.example.de",
           "cn": "Stefan Krueger", "summary": "Vorstellungsgespräch Ignacio Tupa-Villalobos", "location": "Essen"}),

    m(RS, "termin_verschoben", "de",
      ("Lena Hoffmann", "lena.hoffmann@windkraft-nordsee.example.de"),
      "Terminverschiebung",
      """Hallo Herr Tupa-Villalobos,

leider muss ich unseren Termin am Donnerstag verschieben, da Jan kurzfristig zu einem Windpark muss. Wäre Ihnen Montag, 11. Mai, 16:00 Uhr recht?

Entschuldigen Sie die Umstände!

Viele Grüße
Lena Hoffmann""",
      company="Windkraft Nordsee", contact="lena.hoffmann@windkraft-nordsee.example.de"),

    m(RS, "absage_termin_stelle_bleibt", "de",
      ("Sekretariat Personal", "personal@bergbau-technik.example.de"),
      "Absage des Termins am 23.06.",
      """Sehr geehrter Herr Tupa-Villalobos,

aufgrund einer kurzfristigen Erkrankung von Herrn Dr. Krüger müssen wir den Gesprächstermin am 23. Juni leider absagen. Herr Dr. Krüger wird sich nach seiner Rückkehr mit einem neuen Terminvorschlag bei Ihnen melden.

Mit freundlichen Grüßen
i. A. Sabine Brandt
Sekretariat Personal
Bergbau-Technik Ruhr AG""",
      company="Bergbau-Technik Ruhr", contact="personal@bergbau-technik.example.de",
      ics={"uid": "brt-vg-20260623@bergbau-technik.example.de", "method": "CANCEL", "start": "20260623T080000Z", "end": "20260623T120000Z",
           "organizer": "stefan.krueger@bergbau-technik.example.de", "cn": "Stefan Krueger", "seq": 1,
           "summary": "Vorstellungsgespräch Ignacio Tupa-Villalobos", "location": "Essen"}),

    m(MI, "nicht_erschienen", "de",
      ("Markus Weber", "m.weber@technikberatung-weber.example.de"),
      "Unser Call heute",
      """Hallo Herr Tupa,

ich war heute um 14 Uhr im Teams-Meeting, Sie haben sich aber leider nicht eingewählt. Vielleicht ein Missverständnis wegen der Zeitzone? Melden Sie sich gern, dann finden wir einen neuen Termin.

Gruß
Markus Weber
Weber Technikberatung""",
      company="Weber Technikberatung", contact="m.weber@technikberatung-weber.example.de"),

    m(AR, "eingangsbestaetigung_sap", "de",
      ("Stadtwerke Rheinland Karriere", "noreply-jobs@successfactors.example.eu"),
      "Eingangsbestätigung Ihrer Bewerbung - Req. 11842",
      """Sehr geehrter Herr Tupa-Villalobos,

vielen Dank für Ihre Bewerbung als Ingenieur Asset Management Netze (m/w/d), Kennziffer 11842.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden Ihre Bewerbung sorgfältig prüfen und uns so bald wie möglich bei Ihnen melden. Aufgrund der Vielzahl an Bewerbungen bitten wir um etwas Geduld.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Stadtwerke Rheinland AG

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""",
      company="Stadtwerke Rheinland", contact="", fmt="html", charset="iso-8859-1"),

    m(AR, "stepstone_bestaetigung", "de",
      ("StepStone", "noreply@stepstone.example.de"),
      "Ihre Bewerbung bei Zementwerke Südwest wurde versendet",
      """Hallo Ignacio Tupa-Villalobos,

Ihre Bewerbung für die Stelle "HSE Manager (m/w/d)" bei Zementwerke Südwest wurde erfolgreich versendet.

Der Arbeitgeber meldet sich direkt bei Ihnen. Den Status Ihrer Bewerbung sehen Sie unter "Meine Bewerbungen".

Viel Erfolg!
Ihr StepStone-Team""",
      company="Zementwerke Südwest", contact="", fmt="html"),

    m(OF, "vertragsangebot", "de",
      ("Dr. Stefan Krüger", "stefan.krueger@bergbau-technik.example.de"),
      "Vertragsangebot",
      """Sehr geehrter Herr Tupa-Villalobos,

wir freuen uns, Ihnen nach den Gesprächen die Position als Service Manager Südamerika mit Dienstsitz in Santiago de Chile anbieten zu können. Den Arbeitsvertrag in zweifacher Ausfertigung finden Sie im Anhang.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 31. Juli zurück. Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen
Dr. Stefan Krüger
Leiter Personal
Bergbau-Technik Ruhr AG""",
      company="Bergbau-Technik Ruhr", contact="stefan.krueger@bergbau-technik.example.de",
      attach=("Arbeitsvertrag.pdf", "application/pdf")),
]
