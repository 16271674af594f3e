"""Corpus 343: rejections, however soft (after interviews, roles on hold, agencies relaying)."""

from __future__ import annotations

from msgs343_common import m, sig

REJ = "rejection"

KOCH = ("Florian Stadlmayr", "f.stadlmayr@kochmann-personal.example.de")
KESSLER = ("Miriam Hofbauer", "m.hofbauer@kessler-partner.example.de")

KESSLER_INNER = m(
    "kessler_inner", "other", "de", "2026-04-21 16:12 +0200",
    ("Andrea Zistler", "a.zistler@frischekueche-oberpfalz.example.de"),
    "Rückmeldung Kandidat Schwarzenbacher",
    """
Hallo Frau Hofbauer,

danke für die Vorstellung von Herrn Schwarzenbacher. Wir haben uns das Profil intern
genau angesehen, haben uns aber für eine Kandidatin entschieden, die bereits als
QS-Leitung in einer Großküche gearbeitet hat. Herr Schwarzenbacher ist fachlich sehr
sympathisch, aber uns fehlt bei ihm noch die Auditerfahrung.

Bitte richten Sie ihm unseren Dank und unsere besten Wünsche aus.

Viele Grüße
Andrea Zistler
Personalleitung, Frischeküche Oberpfalz
""",
    to=[KESSLER],
)

MESSAGES = [
    # ================================================================ German
    m("bks_rej", REJ, "de", "2026-05-06 15:30 +0200",
      ("Tobias Rehm", "tobias.rehm@bordkueche-sued.example.de"),
      "Ihre Bewerbung als Hygiene- und Qualitätskoordinator",
      """
Sehr geehrter Herr Schwarzenbacher,

nochmals vielen Dank für Ihre Teilnahme an unserem Assessment Center am 21. April und
für die Zeit, die Sie in unser Auswahlverfahren investiert haben.

Nach sorgfältiger Abwägung haben wir uns für einen Kandidaten entschieden, der bereits
Erfahrung mit den Hygienestandards der Flugzeugverpflegung mitbringt. Wir können Ihnen die
Stelle daher leider nicht anbieten.

Ihre Leistung in der Fallstudie hat uns beeindruckt. Gern würden wir Ihre Unterlagen für
künftige Vakanzen in unserem Talentpool behalten; bitte teilen Sie uns mit, falls Sie
damit nicht einverstanden sind.

Mit freundlichen Grüßen
Tobias Rehm
Recruiting | Bordküche Süd GmbH
Nordallee 25 | 85356 München-Flughafen
""",
      company="Bordküche Süd", contact="from", layout="alt"),
    m("donau_rej", REJ, "de", "2026-03-02 10:00 +0100",
      ("Klinikum Donautal – Personalabteilung", "no-reply@softgarden.io"),
      "Ihre Bewerbung – Leitung Qualitätssicherung Zentralküche",
      """
Sehr geehrter Herr Schwarzenbacher,

vielen Dank für das Gespräch am 10. Februar und Ihr Interesse an einer Tätigkeit im
Klinikum Donautal.

Nach Abschluss aller Gespräche müssen wir Ihnen leider mitteilen, dass wir uns für eine
andere Bewerberin entschieden haben. Diese Entscheidung ist uns nicht leichtgefallen.

Ihre Bewerbungsunterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach
sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Personalabteilung Klinikum Donautal
""",
      company="Klinikum Donautal", contact="", layout="html"),
    m("rheinknie_rej", REJ, "de", "2026-06-17 08:45 +0200",
      ("Spital Rheinknie Jobs", "noreply@successfactors.eu"),
      "Ihre Bewerbung als Fachexperte Lebensmittelhygiene",
      """
Guten Tag Herr Schwarzenbacher

Vielen Dank für das angenehme Videointerview und Ihr Interesse am Spital Rheinknie.

Nach eingehender Prüfung aller Dossiers haben wir uns entschieden, den Prozess mit
Personen weiterzuführen, deren Erfahrung im Spitalumfeld und mit den Schweizer
Hygienevorschriften noch besser auf das Anforderungsprofil passt.

Wir bedauern, Ihnen keinen positiveren Bescheid geben zu können, und wünschen Ihnen
für Ihre berufliche Zukunft viel Erfolg.

Freundliche Grüsse
HR Recruiting Center, Spital Rheinknie
""",
      company="Spital Rheinknie", contact=""),
    m("eiskr_rej", REJ, "de", "2026-06-30 11:02 +0200",
      ("Julia Hartung via Recruitee", "eiskristall@recruitee.com"),
      "Ihre Bewerbung bei Eiskristall Tiefkühlkost",
      """
Hallo Benedikt,

danke für Deine Geduld! Wir haben uns alle Bewerbungen für die Stelle QS-Mitarbeiter
Produktion angesehen und uns am Ende für Bewerber entschieden, die schon Erfahrung in der
industriellen Tiefkühlproduktion haben.

Das ist keine Aussage über Deine Fähigkeiten – Dein Wechsel aus der Küche in die
Qualitätssicherung klingt spannend, und wir drücken Dir die Daumen.

Liebe Grüße
Julia
People & Culture, Eiskristall Tiefkühlkost
""",
      company="Eiskristall Tiefkühlkost", contact="reply",
      reply_to=("Julia Hartung", "julia.hartung@eiskristall.example.de"), layout="alt"),
    m("pausen_rej", REJ, "de", "2026-08-19 14:20 +0200",
      ("Elisabeth Eder", "elisabeth.eder@pausenbrot.example.at"),
      "Stelle Qualitätsbeauftragter – aktueller Stand",
      """
Sehr geehrter Herr Schwarzenbacher!

Ich hatte Ihnen einen neuen Gesprächstermin versprochen und melde mich leider mit
weniger erfreulichen Nachrichten: Unsere Geschäftsführung hat in der Klausur beschlossen,
die Stelle des Qualitätsbeauftragten bis auf Weiteres nicht zu besetzen, da die
Zentralküche erst 2027 erweitert wird.

Wir werden das Auswahlverfahren daher nicht fortsetzen. Ich bedaure das sehr, denn Ihr
Profil hat uns gut gefallen.

Mit freundlichen Grüßen
Mag. Elisabeth Eder
Personalentwicklung, Pausenbrot Schulverpflegung GmbH
""",
      company="Pausenbrot", contact="from", parent="pausen_move", quote="de",
      charset="iso-8859-1", cte="8bit"),
    m("rheinlab_rej", REJ, "de", "2026-07-22 16:15 +0200",
      ("Sabrina Kaufmann", "sabrina.kaufmann@rheinlab.example.ch"),
      "Ihre Bewerbung Auditor Gemeinschaftsgastronomie",
      """
Guten Tag Herr Schwarzenbacher

Besten Dank für das Fachgespräch vom 14. Juli, das ich in Vertretung von Herrn Zumstein
geführt habe.

Wir haben uns nach reiflicher Überlegung für eine Kandidatin mit
Lebensmittelingenieur-Abschluss entschieden. Für Ihre weitere Laufbahn wünschen wir Ihnen
alles Gute; Ihr praktisches Wissen aus der Küche ist eine wertvolle Grundlage.

Freundliche Grüsse

Sabrina Kaufmann
Teamleiterin Audit
Rheinlab Lebensmittelanalytik AG, Hochbergerstrasse 60, 4057 Basel
T +41 61 555 70 44

Diese Nachricht ist vertraulich und ausschliesslich für den Adressaten bestimmt.
""",
      company="Rheinlab", contact="from", charset="iso-8859-1", cte="quoted-printable",
      from_enc=("utf-8", "Q")),
    m("koch_rej", REJ, "de", "2026-02-18 12:07 +0100", KOCH,
      "Rückmeldung Menüwerk",
      """
Hallo Herr Schwarzenbacher,

ich habe heute die Rückmeldung von Menüwerk Nürnberg bekommen: Der Kunde hat sich nach
dem Nachholtermin am 10. Februar für einen anderen Kandidaten entschieden, der bereits als
QM-Beauftragter in einer Produktionsküche tätig war. Die Stelle ist damit für Sie leider
vom Tisch.

Ich finde, Sie haben sich gut geschlagen, und ich melde mich, sobald ich eine neue
passende Position für Sie habe.

Beste Grüße
Florian Stadlmayr
Kochmann Personalberatung
""",
      company="Menüwerk Nürnberg", contact="from", layout="alt"),
    m("flex_rej", REJ, "de", "2026-03-12 09:44 +0100",
      ("Derya Aksoy", "derya.aksoy@flexwerk-zeitarbeit.example.de"),
      "Einsatz QS-Mitarbeiter – Absage vom Kunden",
      """
Hallo Herr Schwarzenbacher,

danke nochmal, dass Sie am 24.02. doch noch bei uns vorbeigekommen sind. Ich hatte Ihr
Profil an unseren Kunden weitergegeben. Leider hat der Kunde sich für einen anderen
Mitarbeiter entschieden, der schon in der Branche eingesetzt war.

Wir haben aktuell keinen weiteren passenden Einsatz für Sie, behalten Sie aber gern in
unserer Kartei.

Viele Grüße
Derya Aksoy
Flexwerk Zeitarbeit GmbH
""",
      company="Flexwerk", contact="from"),
    m("gutmahl_rej", REJ, "de", "2026-02-12 17:35 +0100",
      ("Hubert Niedermeier", "h.niedermeier@gutmahl.example.de"),
      "Hygienebeauftragter Großküche",
      """
Sehr geehrter Herr Schwarzenbacher,

danke für Ihre Bewerbung über Gastrojobs Bayern. Wir haben die Stelle inzwischen intern
besetzen können: Ein langjähriger Mitarbeiter aus unserer Produktion übernimmt die
Aufgabe.

Wir wünschen Ihnen viel Erfolg bei der Suche.

Freundliche Grüße
Hubert Niedermeier
Betriebsleitung
Gutmahl Gemeinschaftsverpflegung GmbH
Im Gewerbepark C 25, 93059 Regensburg
""",
      company="Gutmahl Gemeinschaftsverpflegung", contact="from", layout="html"),
    m("isar_rej", REJ, "de", "2026-05-11 13:00 +0200",
      ("Lena Obermaier", "lena.obermaier@isarmenue.example.de"),
      "Auswahlverfahren Hygienemanagement",
      """
Hallo Herr Schwarzenbacher,

danke für Ihre Rückmeldung und die neuen Zeitfenster. Ich muss Ihnen leider mitteilen,
dass wir das Auswahlverfahren für die Stelle im Hygienemanagement ausgesetzt haben: Die
Stadt München hat die Ausschreibung für die Schulverpflegung neu aufgesetzt, und bis zur
Entscheidung stellen wir niemanden ein.

Wir werden Ihre Bewerbung daher nicht weiter verfolgen. Sollte die Stelle im Herbst neu
ausgeschrieben werden, freuen wir uns über eine erneute Bewerbung.

Beste Grüße
Lena Obermaier
""",
      company="Isarmenü", contact="from", charset="windows-1252", cte="quoted-printable"),
    m("aurelis_rej", REJ, "de", "2026-02-09 06:30 +0100",
      ("Aurelis Foodservice", "aurelis@taleo.net"),
      "Aurelis Foodservice: Ihre Bewerbung (Req. 26-0117)",
      """
Sehr geehrter Herr Schwarzenbacher,

wir danken Ihnen für Ihr Interesse an Aurelis Foodservice und für die Teilnahme an
unserem Online-Assessment.

Nach Prüfung Ihrer Ergebnisse und Unterlagen haben wir uns entschieden, mit Kandidatinnen
und Kandidaten fortzufahren, deren Qualifikationen unseren aktuellen Anforderungen noch
genauer entsprechen.

Wir wünschen Ihnen für Ihre Zukunft alles Gute.

Mit freundlichen Grüßen
Aurelis Foodservice Deutschland - Talent Acquisition
""",
      company="Aurelis Foodservice", contact="", layout="alt", brand="Aurelis Foodservice"),
    m("mensa_rej", REJ, "de", "2026-01-29 19:48 +0100",
      ("Rainer Pöhlmann", "r.poehlmann@mensa-service-franken.example.de"),
      "Ihre Bewerbung",
      """
Sehr geehrter Herr Schwarzenbacher,

ich habe mir Ihre Unterlagen angesehen, ein interessanter Werdegang. Für unseren kleinen
Betrieb brauchen wir aber jemanden, der neben der Hygiene auch die Menüplanung für die
Schulen übernimmt und schon mit Caterer-Software gearbeitet hat. Ich sage Ihnen deshalb
ehrlich ab, statt Sie hinzuhalten.

Alles Gute für Sie!
Rainer Pöhlmann
Geschäftsführer, Mensa-Service Franken
""",
      company="Mensa-Service Franken", contact="from", from_enc=("iso-8859-1", "Q"),
      charset="windows-1252", cte="8bit"),
    m("brandl_rej", REJ, "de", "2026-09-02 10:52 +0200",
      ("Ing. Walter Brandl", "w.brandl@tiefkuehl-brandl.example.at"),
      "Probearbeitstag am 20. August – unsere Entscheidung",
      """
Sehr geehrter Herr Schwarzenbacher,

danke nochmals für Ihren Einsatz beim Probearbeitstag. Frau Pichler war von Ihrem
Hygieneverständnis angetan. Wir haben uns nach langer Überlegung dennoch für eine
Mitbewerberin entschieden, die die Werksabläufe bereits aus ihrer Lehre bei uns kennt.

Es tut mir leid, Ihnen keine bessere Nachricht geben zu können.

Mit freundlichen Grüßen
Walter Brandl
""",
      company="Tiefkühl Brandl", contact="from", layout="alt"),
    m("pruef_rej", REJ, "de", "2026-04-15 09:00 +0200",
      ("Prüflabor Südbayern", "pruefsuedbayern-noreply@icims.com"),
      "Information zu Ihrer Bewerbung: Probenahme & Hygienemonitoring",
      """
Guten Tag Herr Schwarzenbacher,

die von Ihnen angestrebte Position Probenahme & Hygienemonitoring (m/w/d) entfällt
aufgrund einer internen Umstrukturierung. Ihre Bewerbung kann daher im weiteren
Verfahren leider nicht berücksichtigt werden.

Gerne laden wir Sie ein, sich auf andere offene Stellen in unserem Karriereportal zu
bewerben.

Beste Grüße
Prüflabor Südbayern – Human Resources
""",
      company="Prüflabor Südbayern", contact="", layout="html"),
    m("kessler_fwd", REJ, "de", "2026-04-22 08:40 +0200", KESSLER,
      "WG: Rückmeldung Kandidat Schwarzenbacher",
      """
Guten Morgen Herr Schwarzenbacher,

anbei leite ich Ihnen die Rückmeldung unseres Kunden Frischeküche Oberpfalz weiter – leider
ist es eine Absage. Die Begründung finden Sie in der angehängten Nachricht. Ich finde das
schade, denn Sie waren mein Favorit.

Lassen Sie uns nächste Woche telefonieren, ich habe zwei andere Mandate im Raum
Regensburg, die gut passen könnten.

Herzliche Grüße
Miriam Hofbauer
Kessler & Partner Personalberatung
Maximilianstraße 28, 93047 Regensburg | +49 941 5677 200
""",
      company="Frischeküche Oberpfalz", contact="from", forward=KESSLER_INNER),
    # ================================================================ English
    m("aero_rej", REJ, "en", "2026-03-06 16:40 +0000",
      ("Aerofare Kitchens", "no-reply@greenhouse-mail.io"),
      "Your application to Aerofare Kitchens",
      """
Hi Benedikt,

Thank you for taking the time to interview with Priya and Graham for the Food Safety &
Quality Supervisor role. We enjoyed learning about your background.

After careful consideration, we have decided to move forward with candidates whose
experience more closely matches the needs of the role at this time, in particular direct
experience with airline customer audits.

We appreciate your interest in Aerofare Kitchens and wish you every success.

Best regards,
The Aerofare Kitchens Talent Team
""",
      company="Aerofare Kitchens", contact="", layout="alt", brand="Aerofare Kitchens"),
    m("foodsure_rej", REJ, "en", "2026-09-15 11:20 +0100",
      ("Foodsure Labs", "no-reply@ashbyhq.com"),
      "Update on your application with Foodsure Labs",
      """
Hi Benedikt,

Thanks so much for your interest in Foodsure Labs and for the conversation with Tom.

Unfortunately we won't be progressing your application for the Food Safety Auditor
(Food Service) role. We had a very strong field and decided to go with someone who
already holds a Level 4 food safety qualification and UK auditing experience.

We'd be happy to hear from you again in future.

Foodsure Labs Recruiting
""",
      company="Foodsure Labs", contact=""),
    m("meadow_rej", REJ, "en", "2026-07-27 10:10 +0100",
      ("Rachel Obi", "rachel.obi@meadowlark.example.co.uk"),
      "Quality & Compliance Lead - update",
      """
Dear Benedikt,

Thank you for your patience while we dealt with the recall. I'm afraid that when we
reviewed the shortlist again, the hiring manager decided not to take your application
further: the role needs someone with hands-on knowledge of UK school food standards from
day one.

I'm sorry to bring this news after the cancelled call, and I wish you the very best with
your move into food safety.

Kind regards,
Rachel
""",
      company="Meadowlark School Meals", contact="from", parent="meadow_cancel", quote="en",
      layout="alt"),
    m("harbour_rej", REJ, "en", "2026-10-05 13:55 +0100",
      ("Oliver Grant", "oliver.grant@harbourandhearth.example.co.uk"),
      "Re: Application - Food Safety Coordinator",
      """
Dear Benedikt,

Many thanks for your application and your kind message. I wanted to let you know
personally that we have filled the Food Safety Coordinator position internally; one of our
senior chefs has taken on the role.

I'll keep your CV on file, as we do expect to open a second QA post next spring.

With best wishes,
Oliver Grant
Operations Director
Harbour & Hearth Contract Catering
""",
      company="Harbour & Hearth Contract Catering", contact="from", parent="harbour_own_app",
      quote="en"),
    m("northgate_rej", REJ, "en", "2026-06-10 09:35 +0100",
      ("Daniel Price", "no-reply@hire.lever.co"),
      "QA Technologist - Frozen Ready Meals",
      """
Hi Benedikt,

Thanks for rearranging our call last month. I'm writing to let you know that the QA
Technologist role has been put on hold following a review of our production plans for the
Wakefield site, so we will not proceed with your application at this stage.

I'm sorry this isn't better news and hope our paths cross again.

Best,
Daniel Price
Recruitment Partner, Northgate Foods
""",
      company="Northgate Foods", contact="reply",
      reply_to=("Daniel Price", "daniel.price@northgatefoods.example.co.uk"), layout="alt"),
    m("salt_rej", REJ, "en", "2026-08-06 17:05 +0100",
      ("Hugo Pennington", "hugo@saltmarsh-search.example.co.uk"),
      "Cressington feedback",
      """
Hi Benedikt,

I've had feedback from Cressington Hospital. They liked your practical approach, but in
the end they've offered the Food Safety Lead role to a candidate with NHS experience, so
they won't be taking things further with you.

Disappointing, I know. Let's keep talking, I have a couple of contract catering roles
coming up in the autumn.

Best,
Hugo
""",
      company="Cressington Hospital", contact="from", from_enc=("utf-8", "B")),
    # ================================================================ French
    m("alsa_rej", REJ, "fr", "2026-08-25 10:25 +0200",
      ("Étienne Roth", "etienne.roth@alsalab.example.fr"),
      "Suite de votre candidature",
      """
Bonjour Monsieur Schwarzenbacher,

Je vous remercie pour l'entretien du 30 juillet et pour l'intérêt que vous portez à
Alsalab.

Après réflexion, nous avons décidé de ne pas donner une suite favorable à votre
candidature : nous avons retenu un profil disposant d'une formation en microbiologie,
indispensable pour les prélèvements en laboratoire.

Je vous souhaite une bonne continuation dans votre reconversion.

Cordialement,
Étienne Roth
Responsable technique, Alsalab
""",
      company="Alsalab", contact="from", charset="iso-8859-1", cte="8bit"),
    m("restal_rej", REJ, "fr", "2026-04-08 18:30 +0200",
      ("Restalsace via Workable", "noreply@workablemail.com"),
      "Votre candidature chez Restalsace",
      """
Bonjour Benedikt,

Nous vous remercions de l'intérêt que vous avez porté à Restalsace et au poste
d'Animateur Qualité Hygiène.

Après examen attentif de votre dossier, nous sommes au regret de vous informer que nous
avons retenu des candidatures plus proches des exigences du poste.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Restalsace
""",
      company="Restalsace", contact="", layout="alt"),
    m("ccm_rej", REJ, "fr", "2026-06-25 11:40 +0200",
      ("Martine Schaller", "m.schaller@cuisine-centrale-mulhouse.example.fr"),
      "Poste de responsable hygiène – cuisine centrale",
      """
Monsieur,

Je reviens vers vous concernant votre candidature au poste de responsable hygiène et
qualité de la cuisine centrale. L'entretien avec le jury, initialement reprogrammé en juin,
n'aura finalement pas lieu : le poste a été pourvu par voie de mobilité interne.

Nous vous remercions de l'intérêt porté à notre établissement et vous prions d'agréer,
Monsieur, nos salutations distinguées.

Martine Schaller
Direction des ressources humaines
Cuisine Centrale de Mulhouse
""",
      company="Cuisine Centrale de Mulhouse", contact="from", layout="html"),
    m("sundgau_rej", REJ, "fr", "2026-03-05 15:15 +0100",
      ("Sundgau Surgelés", "no-reply@teamtailor-mail.com"),
      "Mise à jour concernant votre candidature",
      """
Bonjour Benedikt,

Nous vous remercions pour votre candidature au poste de Technicien qualité.

Nous avons malheureusement dû suspendre ce recrutement suite à une réorganisation de notre
service qualité. Nous ne sommes donc pas en mesure de poursuivre le processus avec vous.

Nous vous souhaitons une bonne continuation.

Sundgau Surgelés
""",
      company="Sundgau Surgelés", contact="", layout="alt", brand="Sundgau Surgelés"),
    m("rhin_rej", REJ, "fr", "2026-10-08 09:50 +0200",
      ("Karima Belkacem", "k.belkacem@rhin-interim.example.fr"),
      "Mission contrôle qualité – retour de notre client",
      """
Bonjour Benedikt,

Je vous avais présenté la semaine dernière à l'un de nos clients, un industriel de
l'agroalimentaire près de Colmar, pour une mission de contrôleur qualité.

Malheureusement, le client a préféré un candidat déjà habilité aux audits IFS. Nous ne
donnerons donc pas suite pour cette mission, mais je garde votre dossier actif.

Bonne journée,
Karima Belkacem
Chargée de recrutement – Rhin Intérim, agence de Mulhouse
""",
      company="Rhin Intérim", contact="from", charset="windows-1252",
      cte="quoted-printable"),
    # ================================================================ Spanish
    m("turia_rej", REJ, "es", "2026-10-06 12:30 +0200",
      ("Nuria Ferrándiz", "nuria.ferrandiz@comedoresturia.example.es"),
      "Resultado del proceso de selección",
      """
Hola Benedikt:

Gracias por la entrevista del día 15 y por tu paciencia con los cambios de hora.

Hemos finalizado el proceso y, aunque tu perfil nos ha parecido muy interesante, nos
hemos decantado por otra candidata con experiencia previa en comedores escolares de la
Comunitat Valenciana. Lamentamos no poder darte una respuesta positiva esta vez.

Te deseamos mucha suerte.

Un saludo,
Nuria Ferrándiz
Responsable de Selección, Comedores Turia
""",
      company="Comedores Turia", contact="from", layout="alt", from_enc=("utf-8", "B")),
    m("labio_rej", REJ, "es", "2026-09-18 09:05 +0200",
      ("Labiolev", "noreply@workablemail.com"),
      "Actualización de tu candidatura en Labiolev",
      """
Estimado Benedikt:

Agradecemos tu participación en el proceso de selección para el puesto de Auditor/a de
higiene alimentaria.

Tras valorar todas las candidaturas, lamentamos comunicarte que no vamos a continuar con
tu candidatura en esta ocasión. Guardaremos tus datos para futuras vacantes si nos das tu
consentimiento.

Atentamente,
Departamento de RR. HH., Labiolev
""",
      company="Labiolev", contact="", charset="iso-8859-1", cte="quoted-printable"),
    m("aeroco_rej", REJ, "es", "2026-10-14 14:14 +0200",
      ("Aerococina Levante", "noreply@smartrecruiters.com"),
      "Aerococina Levante – Estado de tu candidatura",
      """
Hola Benedikt,

Gracias por el tiempo que has dedicado a nuestro proceso para el puesto de Responsable de
Calidad Catering Aéreo.

Después de la videoentrevista, el equipo ha decidido seguir adelante con otras personas
cuyo perfil se ajusta más a las necesidades actuales del puesto.

Te animamos a seguir atento a nuestras ofertas.

Saludos cordiales,
Talento – Aerococina Levante
""",
      company="Aerococina Levante", contact="", layout="html", brand="Aerococina Levante"),
    m("vega_rej", REJ, "es", "2026-06-12 13:25 +0200",
      ("Amparo Vidal", "amparo.vidal@hospitalvegaturia.example.es"),
      "Proceso de selección técnico/a de seguridad alimentaria – cancelado",
      f"""
Estimado Sr. Schwarzenbacher:

Le escribimos en relación con su candidatura al puesto de técnico/a de seguridad
alimentaria de la cocina central del Hospital Vega del Turia.

Por motivos presupuestarios, la dirección ha cancelado la convocatoria y el proceso queda
cerrado, por lo que no continuaremos con su candidatura. Le agradecemos sinceramente el
interés mostrado.

Reciba un cordial saludo,

{sig("Amparo Vidal", "Unidad de Selección y Provisión", "Hospital Vega del Turia",
     "Av. de la Albufera 120, 46015 Valencia", "Tel. 961 77 30 00")}

Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, le rogamos
que lo comunique al remitente y lo elimine.
""",
      company="Hospital Vega del Turia", contact="from", charset="windows-1252",
      cte="quoted-printable"),
    m("talento_rej", REJ, "es", "2026-08-03 18:10 +0200",
      ("Inmaculada Roig", "iroig@talentohostelero.example.es"),
      "Respuesta de Cocinas Centrales Albufera",
      """
Hola Benedikt:

Te cuento: Cocinas Centrales Albufera, el cliente al que te presentamos tras nuestra
entrevista, ya nos ha contestado. Lamentablemente han decidido no seguir con tu
candidatura porque buscan a alguien con carné de manipulador de alto riesgo y experiencia
en línea fría en España.

Sigo buscando y te aviso si surge algo.

Un abrazo,
Inma
""",
      company="Cocinas Centrales Albufera", contact="from"),
]
