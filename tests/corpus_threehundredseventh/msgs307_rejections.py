"""rejection: every kind of "no" to Lena's applications."""

from __future__ import annotations

from msgs307_common import Spec, html, m

K = "rejection"

SPECS: list[Spec] = [
    m(K, "de", "seetal_no", ("Kantonsspital Seetal", "noreply@softgarden.io"),
      "Ihre Bewerbung als Pflegeexpertin Entlassungsmanagement", "2026-02-04 10:02 +0100",
      """
Sehr geehrte Frau Baumgartner

Nochmals vielen Dank für Ihre Bewerbung und das Interesse am Kantonsspital Seetal.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre
Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Dieser Entscheid ist
keine Beurteilung Ihrer fachlichen Qualitäten; andere Profile entsprachen dem Anforderungsprofil
noch etwas genauer.

Ihre Unterlagen werden gemäss Datenschutzbestimmungen nach sechs Monaten gelöscht. Wir
wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse
Kantonsspital Seetal, Personaldienst
""", company="Kantonsspital Seetal", contact="personal@ksseetal.example.ch",
      reply_to=("Personaldienst KS Seetal", "personal@ksseetal.example.ch"), parent="k_ack",
      cte="quoted-printable"),

    m(K, "de", "sanacura_no", ("Sabine Meier", "sabine.meier@sanacura.example.ch"),
      "AW: Entschuldigung – Videointerview vom 10. März", "2026-03-16 15:55 +0100",
      """
Hallo Frau Baumgartner

Danke für Ihre Erklärung, das mit der falschen Zeitzone im Kalender kann passieren.

Wir haben in der Zwischenzeit allerdings die Gespräche mit den übrigen Kandidatinnen
abgeschlossen und uns entschieden, den Prozess mit einer anderen Person weiterzuführen. Ich
kann Ihnen deshalb leider keinen neuen Termin mehr anbieten.

Ich wünsche Ihnen viel Erfolg bei Ihrer weiteren Suche.

Freundliche Grüsse
Sabine Meier
""", company="Sanacura", contact="sabine.meier@sanacura.example.ch", parent="s_apology",
      quote=True),

    m(K, "de", "alpina_hold", ("Reto Bühlmann", "reto.buehlmann@alpina-uv.example.ch"),
      "Case Managerin Unfall – Stand Ihrer Bewerbung", "2026-04-22 11:18 +0200",
      """
Sehr geehrte Frau Baumgartner,

wie angekündigt melde ich mich bezüglich des verschobenen Assessment Centers. Leider hat
die Geschäftsleitung im Rahmen einer Reorganisation des Bereichs Leistungen entschieden, die
Stelle vorerst nicht zu besetzen. Das Rekrutierungsverfahren wird daher abgebrochen und wir
werden Ihre Kandidatur nicht weiterverfolgen.

Wir bedauern dies sehr, denn Ihr Profil hat uns gefallen. Sollte die Stelle neu
ausgeschrieben werden, würden wir uns über eine erneute Bewerbung freuen.

Freundliche Grüsse
Reto Bühlmann
Alpina Unfallversicherung
""", company="Alpina Unfallversicherung", contact="reto.buehlmann@alpina-uv.example.ch",
      parent="a_resch", quote=True, quote_style="outlook", name_enc=("q", "utf-8")),

    m(K, "de", "limmat_no", ("Nadine Brunner", "nadine.brunner@homecare-limmat.example.ch"),
      "Rückmeldung zu deinem Interview", "2026-06-03 17:25 +0200",
      """
Hallo Lena

Nochmals danke für das gute Gespräch letzte Woche und dein Interesse an HomeCare Limmat.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns für eine
Kandidatin entschieden, die bereits Führungserfahrung in der ambulanten Pflege mitbringt.
Deshalb muss ich dir leider absagen.

Ich wünsche dir alles Gute und hoffe, unsere Wege kreuzen sich wieder.

Liebe Grüsse
Nadine
""", company="HomeCare Limmat", contact="nadine.brunner@homecare-limmat.example.ch",
      parent="hl_cancel", cte="base64"),

    m(K, "de", "dreisam_no", ("Reha-Zentrum Dreisam", "notifications@bamboohr.com"),
      "Ihre Bewerbung im Reha-Zentrum Dreisam", "2026-05-13 08:45 +0200",
      """
Sehr geehrte Frau Baumgartner,

vielen Dank für Ihr Interesse an einer Mitarbeit im Reha-Zentrum Dreisam.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerberinnen und Bewerber
entschieden haben, deren Qualifikationen unseren aktuellen Anforderungen näher kommen.

Wir wünschen Ihnen auf Ihrem weiteren Berufsweg viel Erfolg.

Mit freundlichen Grüßen
Personalabteilung, Reha-Zentrum Dreisam
""", company="Reha-Zentrum Dreisam", parent="rd_missed", charset="iso-8859-1",
      cte="quoted-printable"),

    m(K, "de", "aaretal_no", ("Christine Moser", "c.moser@heimpflege-aaretal.example.ch"),
      "Ihre Bewerbung bei der Heimpflege Aaretal", "2026-02-06 16:40 +0100",
      """
Liebe Frau Baumgartner

Vielen Dank nochmals für das offene Gespräch vom letzten Freitag.

Inzwischen hat sich eine langjährige Mitarbeiterin aus unserem Team intern auf die Stelle
beworben, und wir haben uns entschieden, die Koordinationsstelle mit ihr zu besetzen. Ich
muss Ihnen deshalb leider eine Absage erteilen – das fällt mir nicht leicht.

Alles Gute für Ihren Weg ins Case Management!

Freundliche Grüsse
Christine Moser
Geschäftsleiterin, Heimpflege Aaretal
""", company="Heimpflege Aaretal", contact="c.moser@heimpflege-aaretal.example.ch",
      parent="ha_resch", charset="windows-1252", cte="quoted-printable"),

    m(K, "de", "glattal_no", ("Michèle Frei", "m.frei@pflegepool.example.ch"),
      "Rückmeldung Pflege zu Hause Glattal", "2026-04-17 13:09 +0200",
      """
Liebe Frau Baumgartner

Ich habe heute Morgen mit Herrn Rüegg telefoniert. Er war von Ihnen als Person sehr angetan,
hat sich aber für eine Kandidatin mit mehr Erfahrung in der spitalexternen Pflege entschieden.
Es tut mir leid, dass es diesmal nicht geklappt hat.

Ich bleibe für Sie dran und melde mich, sobald ich etwas Neues habe.

Herzliche Grüsse
Michèle Frei
Pflegepool Personal
""", company="Pflege zu Hause Glattal", contact="m.frei@pflegepool.example.ch",
      parent="pp_resch", name_enc=("b", "iso-8859-1")),

    m(K, "de", "pilatus_no", ("Pflegedienst Pilatus", "bewerbung@pflegedienst-pilatus.example.ch"),
      "AW: Probearbeitstag 19. Juni", "2026-06-24 10:30 +0200",
      """
Guten Tag Frau Baumgartner

Besten Dank für Ihre Rückmeldung. Wir haben die Stelle inzwischen anderweitig vergeben und
werden das Verfahren mit Ihnen daher nicht fortsetzen.

Freundliche Grüsse
Team Personal, Pflegedienst Pilatus
""", company="Pflegedienst Pilatus", contact="bewerbung@pflegedienst-pilatus.example.ch",
      parent="pi_missed", quote=True),

    m(K, "de", "kessler_no", ("Florian Kessler", "f.kessler@kessler-health.example.ch"),
      "Rückmeldung meiner Mandantin", "2026-09-02 12:12 +0200",
      """
Liebe Frau Baumgartner

Danke nochmals für das angenehme Gespräch letzte Woche. Ich habe Ihr Profil meiner
Mandantin vorgestellt. Sie hat sich nun entschieden, für die Leitungsfunktion nur
Kandidierende mit mehrjähriger Führungserfahrung im Versicherungsumfeld weiterzuverfolgen.

Deshalb kann ich Ihre Kandidatur für diese Position leider nicht weiterführen. Ich behalte Ihr
Dossier aber gerne für künftige Fachfunktionen im Case Management.

Beste Grüsse
Florian Kessler
Kessler Health Partners
""", company="Kessler Health Partners", contact="f.kessler@kessler-health.example.ch",
      parent="kh_missed"),

    m(K, "de", "kaiserstuhl_no", ("Heike Zimmermann", "h.zimmermann@pflegedienst-kaiserstuhl.example.de"),
      "Stelle Pflegeberaterin", "2026-07-29 14:00 +0200",
      """
Hallo Frau Baumgartner,

danke für Ihre Nachricht. Wir haben die Stelle als Pflegeberaterin inzwischen besetzt und
können Ihnen daher leider keinen neuen Gesprächstermin mehr anbieten.

Alles Gute für Sie!
Heike Zimmermann
""", company="Pflegedienst Kaiserstuhl",
      contact="h.zimmermann@pflegedienst-kaiserstuhl.example.de", parent="pk_missed"),

    m(K, "de", "emmental_no", ("Krankenkasse Emmental", "kkemmental@myworkday.com"),
      "Update zu Ihrer Bewerbung (R-1187)", "2026-03-27 19:00 +0100",
      "", company="Krankenkasse Emmental", fmt="html",
      html=html("Guten Tag Frau Baumgartner",
                "Vielen Dank für Ihr Interesse an der Position <b>Sachbearbeiterin Leistungen mit "
                "Case-Management-Anteil</b> bei der Krankenkasse Emmental.",
                "Leider müssen wir Ihnen mitteilen, dass wir uns entschieden haben, mit "
                "Kandidatinnen und Kandidaten weiterzugehen, deren Erfahrung besser mit den "
                "Anforderungen der Stelle übereinstimmt.",
                "Wir danken Ihnen für die Zeit, die Sie in Ihre Bewerbung investiert haben, und "
                "wünschen Ihnen viel Erfolg.",
                "Freundliche Grüsse<br>HR Krankenkasse Emmental",
                footer="Krankenkasse Emmental · Bahnhofstrasse 14 · 3400 Burgdorf")),

    m(K, "de", "aarehof_no", ("Klinik Aarehof", "no-reply@successfactors.eu"),
      "Klinik Aarehof – Ihre Bewerbung Fallmanagerin Rehabilitation", "2026-05-29 07:30 +0000",
      """
Sehr geehrte Frau Baumgartner

Wir bedanken uns für Ihre Bewerbung als Fallmanagerin Rehabilitation.

Nach eingehender Prüfung haben wir uns entschieden, Kandidatinnen in den weiteren Prozess
einzuladen, deren Erfahrung im Fallmanagement unserem Profil noch genauer entspricht. Wir
bedauern, Ihnen keinen positiven Bescheid geben zu können.

Freundliche Grüsse
Klinik Aarehof, Human Resources
Aarestrasse 2, 3600 Thun
""", company="Klinik Aarehof", charset="windows-1252", cte="8bit"),

    m(K, "de", "bkk_suedbaden_no", ("BKK Südbaden", "noreply@personio.de"),
      "Deine Bewerbung als Fallmanagerin", "2026-06-10 09:18 +0200",
      """
Hallo Lena,

danke für deine Bewerbung bei der BKK Südbaden und die Zeit, die du dir dafür genommen hast.

Wir möchten dich darüber informieren, dass die Stelle als Fallmanagerin inzwischen intern
besetzt wurde. Wir können deine Bewerbung daher leider nicht weiter berücksichtigen.

Wir wünschen dir alles Gute!
Dein Recruiting-Team der BKK Südbaden
""", company="BKK Südbaden", subj_enc=None),

    m(K, "de", "breisgau_suspended", ("Gesundheitszentrum Breisgau", "karriere@gz-breisgau.example.de"),
      "Besetzungsverfahren Case Management ausgesetzt", "2026-07-08 16:50 +0200",
      """
Sehr geehrte Frau Baumgartner,

wir danken Ihnen für Ihre Bewerbung als Case Managerin im Gesundheitszentrum Breisgau.

Aufgrund einer kurzfristigen Änderung der Budgetplanung haben wir das Besetzungsverfahren
für diese Stelle ausgesetzt. Wir werden das Verfahren mit den bisherigen Bewerbungen nicht
fortführen und senden Ihnen Ihre Unterlagen hiermit zurück bzw. löschen diese.

Mit freundlichen Grüßen
i. A. Tobias Wehrle
Personalabteilung
Gesundheitszentrum Breisgau, Habsburgerstraße 22, 79104 Freiburg
""", company="Gesundheitszentrum Breisgau", contact="karriere@gz-breisgau.example.de",
      charset="iso-8859-1", cte="8bit"),

    m(K, "de", "novamed_no", ("Livia Marti", "livia.marti@novamed.example.ch"),
      "Patientenprogramm Novamed – Ihre Kandidatur", "2026-08-18 11:44 +0200",
      """
Liebe Frau Baumgartner

Herzlichen Dank für die beiden Gespräche und die Zeit, die Sie sich für uns genommen haben.
Der Entscheid ist knapp ausgefallen: Wir haben uns für eine Kandidatin entschieden, die das
Patientenprogramm in der Onkologie bereits aus einer früheren Tätigkeit kennt.

Es tut mir leid, Ihnen keinen besseren Bescheid geben zu können. Ich wünsche Ihnen für die
Zukunft alles Gute.

Freundliche Grüsse
Livia Marti
Talent Acquisition, Novamed Pharma Schweiz
Grafenauweg 8, 6300 Zug

Diese Nachricht ist vertraulich. Falls Sie nicht der vorgesehene Empfänger sind, bitten wir
Sie, den Absender zu informieren und die Nachricht zu löschen.
""", company="Novamed Pharma Schweiz", contact="livia.marti@novamed.example.ch",
      fmt="alt", html=html("Liebe Frau Baumgartner",
                           "Herzlichen Dank für die beiden Gespräche und die Zeit, die Sie sich "
                           "für uns genommen haben. Der Entscheid ist knapp ausgefallen: Wir haben "
                           "uns für eine Kandidatin entschieden, die das Patientenprogramm in der "
                           "Onkologie bereits aus einer früheren Tätigkeit kennt.",
                           "Es tut mir leid, Ihnen keinen besseren Bescheid geben zu können.",
                           sig="Livia Marti<br>Talent Acquisition, Novamed Pharma Schweiz")),

    m(K, "de", "careforce_no", ("Careforce Temporär", "einsatz@careforce.example.ch"),
      "Einsatz Case Management Bern – Absage Kunde", "2026-10-06 08:27 +0200",
      """
Guten Tag Frau Baumgartner

Wir haben Ihr Dossier wie besprochen unserem Kunden für den befristeten Einsatz im Case
Management (Raum Bern, 6 Monate) vorgestellt. Der Kunde hat sich leider für eine andere
Person entschieden.

Wir danken Ihnen für Ihr Vertrauen und melden uns bei einem passenden neuen Einsatz.

Freundliche Grüsse
Ihr Careforce-Team
Careforce Temporär AG, Bubenbergplatz 10, 3011 Bern
""", company="Careforce Temporär", contact="einsatz@careforce.example.ch"),

    m(K, "en", "celvion_no", ("Celvion Therapeutics", "no-reply@greenhouse-mail.io"),
      "Your application to Celvion Therapeutics", "2026-04-09 18:30 +0200",
      """
Hi Lena,

Thank you for your interest in the Patient Support Nurse Case Manager role and for your
patience while we rescheduled.

After further review, we have decided to move forward with candidates whose experience more
closely matches the needs of the programme at this time, in particular native Spanish-speaking
nurses with oncology experience.

We appreciate the time you invested and wish you the best in your search.

Best,
The Celvion Talent Team
""", company="Celvion Therapeutics", parent="c_cancel"),

    m(K, "en", "concordis_no", ("Mark Steiner", "mark.steiner@helvetichealthsearch.example.ch"),
      "Re: Concordis today at 15:00 – are you ok?", "2026-07-09 10:05 +0200",
      """
Hi Lena,

Thanks for explaining – I'm glad the accident on the tram wasn't serious. I did pass this on
to Concordis and they were able to see you on Monday after all, so thank you for making it.

Unfortunately I've now heard back: they have decided to offer the position to another
candidate with a longer track record in a leadership role. I'm sorry it's not better news.

I'd very much like to keep working with you.

Best,
Mark
""", company="Concordis", contact="mark.steiner@helvetichealthsearch.example.ch",
      parent="hhs_missed", quote=True),

    m(K, "en", "rhone_no", ("Assurance Accidents Rhône", "rhone@myworkday.com"),
      "Update on your application – Claims Nurse Case Manager", "2026-09-21 06:00 +0200",
      """
Dear Lena,

Thank you for your interest in Assurance Accidents Rhône. We regret to inform you that we will
not be moving forward with your application for the Claims Nurse Case Manager position.

We will keep your profile in our talent community and may contact you about future openings.

Kind regards,
Talent Acquisition
""", company="Assurance Accidents Rhône", parent="ar_missed"),

    m(K, "en", "medisphere_cancelled", ("Medisphere Patient Services", "medisphere@recruitee.com"),
      "Update: Patient Case Coordinator (German speaker) position cancelled", "2026-05-06 12:40 +0200",
      "", company="Medisphere Patient Services", fmt="html",
      html=html("Dear Lena,",
                "Thank you for applying for the <b>Patient Case Coordinator (German speaker)</b> "
                "role in Barcelona.",
                "We are writing to let you know that, following a change in our client contract, "
                "this position has been cancelled. As a result, we will not proceed with your "
                "application.",
                "We are sorry for any disappointment and thank you for your interest in "
                "Medisphere.",
                "Kind regards,<br>Medisphere People Team")),

    m(K, "en", "alpenwell_no", ("Alpenwell Insurance", "no-reply@hire.lever.co"),
      "Alpenwell Insurance – Case Manager (Lucerne)", "2026-04-30 15:21 +0200",
      """
Hi Lena,

Thank you for taking the time to apply for the Case Manager position in Lucerne.

We received a large number of strong applications. After careful consideration, we have
decided not to invite you to the next stage of the process.

We wish you every success with your career move.

The Alpenwell Talent Team
""", company="Alpenwell Insurance"),

    m(K, "fr", "mutuelle_no", ("Claire Morand", "claire.morand@mutuelle-romande.example.ch"),
      "Votre candidature – Gestionnaire de cas", "2026-03-20 09:40 +0100",
      """
Madame Baumgartner,

Nous vous remercions encore pour l'entretien du 12 mars et pour l'intérêt que vous portez à
la Mutuelle Romande Santé.

Après mûre réflexion, nous avons le regret de vous informer que nous avons retenu une autre
candidature, dont le profil correspond davantage aux exigences du poste, notamment en matière
de connaissance de la LAMal.

Nous vous souhaitons plein succès dans vos recherches et vous prions d'agréer, Madame, nos
salutations distinguées.

Claire Morand
Chargée de recrutement
""", company="Mutuelle Romande Santé", contact="claire.morand@mutuelle-romande.example.ch",
      parent="mr_resch", charset="iso-8859-1", cte="quoted-printable"),

    m(K, "fr", "talentia_no", ("Julien Perrottet", "julien.perrottet@talentia-sante.example.ch"),
      "Retour de Prévoyance Santé Genève", "2026-07-31 17:02 +0200",
      """
Chère Madame Baumgartner,

Je reviens vers vous suite à votre second rendez-vous chez Prévoyance Santé Genève. Le client
m'a fait savoir qu'il ne donnera pas suite à votre candidature : il a finalement choisi une
personne déjà formée en assurance sociale.

Je suis sincèrement désolé et reste à votre disposition pour d'autres opportunités.

Bien à vous,
Julien Perrottet
""", company="Prévoyance Santé Genève", contact="julien.perrottet@talentia-sante.example.ch",
      parent="ta_missed", subj_enc=("b", "iso-8859-1")),

    m(K, "fr", "lavaux_pourvu", ("Soins à domicile Lavaux", "rh@sad-lavaux.example.ch"),
      "Poste d'infirmière coordinatrice", "2026-06-15 08:20 +0200",
      """
Bonjour Madame,

Nous accusons réception de votre candidature spontanée et vous en remercions. Le poste
d'infirmière coordinatrice que vous mentionnez a toutefois déjà été pourvu le mois dernier.

Nous ne manquerons pas de vous contacter si une opportunité correspondant à votre profil se
présentait.

Avec nos salutations les meilleures,
Ressources humaines
Soins à domicile Lavaux, Route de Lausanne 12, 1096 Cully
""", company="Soins à domicile Lavaux", contact="rh@sad-lavaux.example.ch",
      name_enc=("q", "iso-8859-1"), charset="iso-8859-1", cte="8bit"),

    m(K, "fr", "saleve_no", ("Centre de réadaptation Salève", "saleve@taleo.net"),
      "Suite donnée à votre candidature", "2026-08-11 05:45 +0000",
      """
Madame Baumgartner,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste d'Infirmière de liaison
au Centre de réadaptation Salève.

Malheureusement, votre candidature n'a pas été retenue pour la suite du processus de
sélection.

Nous vous souhaitons plein succès dans vos démarches.

Le service des ressources humaines
""", company="Centre de réadaptation Salève", name_enc=("b", "utf-8"),
      charset="windows-1252", cte="quoted-printable"),

    m(K, "fr", "boisgentil_suspendu", ("Clinique Bois-Gentil", "noreply@workablemail.com"),
      "Clinique Bois-Gentil – suspension du recrutement", "2026-09-24 14:14 +0200",
      """
Bonjour Lena,

Nous vous remercions de votre candidature au poste de Case manager en réadaptation.

Suite à une réorganisation interne, la direction a décidé de suspendre ce recrutement. Nous ne
pourrons donc pas poursuivre le processus avec vous et clôturons votre candidature.

Nous vous remercions de votre compréhension.
L'équipe RH de la Clinique Bois-Gentil
""", company="Clinique Bois-Gentil"),

    m(K, "es", "benalux_no", ("Selección Benalux", "seleccion@benalux.example.es"),
      "Proceso de selección PSP – cancelación", "2026-09-18 12:00 +0200",
      """
Estimada Sra. Baumgartner:

Nos ponemos en contacto con usted en relación con el proceso para el puesto de Enfermera/o
del programa de apoyo al paciente.

Por una reestructuración del programa, la compañía ha decidido cancelar esta vacante. Por
ello, lamentamos comunicarle que no continuaremos con su candidatura.

Le agradecemos sinceramente su interés y le deseamos mucha suerte.

Atentamente,
RR. HH. Laboratorios Benalux
""", company="Laboratorios Benalux", contact="seleccion@benalux.example.es",
      parent="bx_resch", charset="iso-8859-1", cte="quoted-printable"),

    m(K, "es", "montjuic_no", ("Marta Vilaró", "marta.vilaro@talentsalud.example.es"),
      "Clínica Montjuïc – respuesta final", "2026-08-14 19:10 +0200",
      """
Hola Lena,

Te escribo con la respuesta de Clínica Montjuïc tras tu entrevista del lunes. Al final han
decidido seguir con otra candidata que ya conoce el sistema sanitario catalán y sus circuitos
de derivación. Me sabe muy mal, porque la entrevista les gustó.

Seguimos en contacto para otras posiciones.

Un abrazo,
Marta
""", company="Clínica Montjuïc", contact="marta.vilaro@talentsalud.example.es",
      parent="ts_missed", name_enc=("q", "windows-1252"), cte="8bit"),

    m(K, "es", "saludcosta_no", ("Aseguradora Salud Costa", "no-reply@smartrecruiters.com"),
      "Actualización sobre tu candidatura", "2026-05-19 10:10 +0200",
      "", company="Aseguradora Salud Costa", fmt="alt",
      html=html("Hola Lena:",
                "Gracias por tu interés en el puesto de <b>Enfermera auditora / gestora de "
                "casos</b> en Aseguradora Salud Costa.",
                "Lamentablemente, hemos decidido avanzar con otras candidaturas cuyo perfil se "
                "ajusta mejor a los requisitos del puesto.",
                "Te deseamos mucho éxito en tu búsqueda.",
                "Equipo de Talento – Aseguradora Salud Costa")) | {"body": """Hola Lena:

Gracias por tu interés en el puesto de Enfermera auditora / gestora de casos en Aseguradora
Salud Costa.

Lamentablemente, hemos decidido avanzar con otras candidaturas cuyo perfil se ajusta mejor a
los requisitos del puesto.

Te deseamos mucho éxito en tu búsqueda.

Equipo de Talento – Aseguradora Salud Costa
"""},

    m(K, "es", "poblenou_cubierta", ("Recursos Humanos Hospital de Día Poblenou", "rrhh@hdpoblenou.example.es"),
      "Plaza de enfermera gestora de casos", "2026-06-26 13:45 +0200",
      """
Buenos días, Lena:

Gracias por enviarnos tu candidatura. Te informamos de que la plaza de enfermera gestora de
casos se ha cubierto con una persona de nuestra propia plantilla, por lo que el proceso
externo queda cerrado.

Guardaremos tu CV, con tu permiso, para futuras vacantes.

Saludos cordiales,
RR. HH. Hospital de Día Poblenou
""", company="Hospital de Día Poblenou", contact="rrhh@hdpoblenou.example.es",
      name_enc=("q", "utf-8"), cte="base64"),

    m(K, "es", "fad_no", ("Gemma Soler", "gemma.soler@fad-bcn.example.es"),
      "Re: Entrevista coordinadora de atención domiciliaria", "2026-10-02 16:32 +0200",
      """
Hola Lena,

Muchas gracias por venir a la entrevista el martes y por tu interés en la Fundació Atenció
Domiciliària.

Después de valorar todas las candidaturas, hemos decidido no seguir adelante con la tuya en
esta ocasión: necesitamos a alguien con catalán fluido para la relación con las familias.
Esperamos que lo entiendas.

Te deseamos lo mejor,
Gemma Soler
Directora de Enfermería
Fundació Atenció Domiciliària BCN
""", company="Fundació Atenció Domiciliària", contact="gemma.soler@fad-bcn.example.es"),
]
