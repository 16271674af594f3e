"""Single rejections in all four languages, each a different way of saying no.
Written blind for the 326th corpus."""

from __future__ import annotations

from msgs326_common import DISCLAIMER_DE, DISCLAIMER_EN, DISCLAIMER_FR, m

LLV = ("Ute Brandhorst", "ute.brandhorst@lv-nordhessen.example.de")

SPECS = [
    m("frischmarkt_no", "rejection", "de", "2026-01-20 18:02 +0100",
      ("FrischMarkt Karriere", "frischmarkt@myworkday.com"),
      "Ihre Bewerbung: Qualitätsmanager Eigenmarken Backwaren (R-10382)",
      """Sehr geehrter Herr Engelhardt-Kühn,

vielen Dank für Ihr Interesse an der Position Qualitätsmanager Eigenmarken Backwaren (R-10382) in unserer Zentrale in Frankfurt am Main.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Sie für die nächste Runde nicht berücksichtigen können. Die Entscheidung ist uns angesichts der vielen qualifizierten Bewerbungen nicht leichtgefallen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und würden uns freuen, wenn Sie sich wieder auf eine passende Stelle bei FrischMarkt bewerben.

Ihr Talent-Acquisition-Team
FrischMarkt Eigenmarken""",
      company="FrischMarkt", fmt="html", cte="qp", subj_enc=("q", "utf-8")),
    m("llv_no", "rejection", "de", "2026-04-14 10:26 +0200", LLV,
      "Auswahlverfahren Kennziffer 2026-17 – Lebensmittelkontrolleur/in in Ausbildung",
      """Sehr geehrter Herr Engelhardt-Kühn,

für Ihre Teilnahme am Auswahlverfahren zur Kennziffer 2026-17 danken wir Ihnen. Nach Abschluss der Vorstellungsgespräche hat sich die Auswahlkommission für andere Bewerberinnen und Bewerber entschieden. Ihre Bewerbung konnte daher nicht berücksichtigt werden.

Ihre Bewerbungsunterlagen werden nach Ablauf der Frist gemäß § 15 AGG datenschutzgerecht vernichtet.

Mit freundlichen Grüßen
Im Auftrag
Ute Brandhorst
Sachgebiet Personal
Landesamt für Verbraucherschutz Nordhessen
Ständeplatz 11, 34117 Kassel""",
      company="Landesamt für Verbraucherschutz Nordhessen", contact=LLV[1], cs="iso-8859-1",
      cte="qp", subj_enc=("q", "windows-1252"),
      pdf=[("Bescheid_2026-17.pdf", ["Landesamt fuer Verbraucherschutz Nordhessen",
            "Auswahlverfahren 2026-17", "Mitteilung ueber das Ergebnis"])]),
    m("salzach_hold", "rejection", "de", "2026-05-04 09:12 +0200",
      ("Mag. Verena Pichler", "verena.pichler@salzach-feinkost.example.at"),
      "Ihre Bewerbung als Qualitätssicherungstechniker",
      """Sehr geehrter Herr Engelhardt-Kühn,

herzlichen Dank für Ihre Bewerbung und das nette Telefonat im April.

Leider haben sich bei uns die Rahmenbedingungen geändert: Die Stelle in der Qualitätssicherung wird aufgrund einer Umstrukturierung vorerst nicht nachbesetzt. Wir werden das Verfahren daher nicht fortsetzen und Ihre Bewerbung nicht weiter berücksichtigen.

Wir bedauern das sehr und wünschen Ihnen alles Gute für die weitere Suche.

Mit freundlichen Grüßen aus Salzburg
Mag. Verena Pichler
Human Resources
Salzach Feinkost GmbH | Alpenstraße 48 | 5020 Salzburg
T +43 662 82 19 40""",
      company="Salzach Feinkost", contact="verena.pichler@salzach-feinkost.example.at",
      fmt="alt", cs="windows-1252", cte="qp"),
    m("propersonal_no", "rejection", "de", "2026-02-18 14:44 +0100",
      ("Jens Hartung | ProPersonal Nordhessen", "j.hartung@propersonal-nh.example.de"),
      "Rückmeldung Goldähre Großbäckerei",
      """Hallo Herr Engelhardt-Kühn,

ich habe heute die Rückmeldung von der Goldähre Großbäckerei in Göttingen bekommen. Leider hat sich der Kunde für einen anderen Kandidaten entschieden, der bereits als Hygienebeauftragter in der Industrie gearbeitet hat.

Das ist schade, aber ich bleibe für Sie dran. Sobald ich eine passende Stelle im Bereich QS habe, melde ich mich.

Viele Grüße
Jens Hartung
Personaldisponent
ProPersonal Nordhessen GmbH
Wilhelmshöher Allee 210, 34119 Kassel
Tel. 0561 70 39 55-2""",
      company="Goldähre Großbäckerei", contact="j.hartung@propersonal-nh.example.de",
      subj_enc=("q", "iso-8859-1")),
    m("tempojob_no", "rejection", "de", "2026-03-05 08:58 +0100",
      ("TempoJob Zeitarbeit Erfurt", "erfurt@tempojob.example.de"),
      "Einsatz QS-Helfer Lebensmittelproduktion",
      """Guten Morgen Herr Engelhardt-Kühn,

kurze Info zu Ihrer Bewerbung für den Einsatz als QS-Helfer bei unserem Kunden aus der Lebensmittelproduktion im Raum Erfurt: Der Kunde hat die Stelle inzwischen mit einem eigenen Mitarbeiter besetzt, der Einsatz kommt daher leider nicht zustande.

Wir haben Ihr Profil in unserem Pool gespeichert und melden uns, wenn ein neuer Auftrag passt.

Freundliche Grüße
Ihr TempoJob-Team Erfurt
Anger 62, 99084 Erfurt""",
      company="TempoJob"),
    m("limmat_no", "rejection", "de", "2026-06-03 22:14 +0200",
      ("Jana Frei via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Deine Bewerbung bei Limmat Analytik",
      """Hallo Tobias

Vielen Dank für deine Bewerbung als Labortechniker/in Lebensmittelmikrobiologie bei Limmat Analytik.

Wir haben alle Bewerbungen sorgfältig angeschaut und uns entschieden, mit Kandidat:innen weiterzugehen, deren Erfahrung noch besser zu den Anforderungen der Stelle passt – insbesondere im akkreditierten Laborbetrieb nach ISO 17025.

Wir wissen deine Zeit und Mühe sehr zu schätzen und wünschen dir viel Erfolg.

Beste Grüsse
Jana Frei
Talent Acquisition, Limmat Analytik""",
      company="Limmat Analytik", fmt="alt", cte="b64"),
    m("nudelwerk_stop", "rejection", "de", "2026-04-30 13:37 +0200",
      ("Personalabteilung Erfurter Nudelwerk", "personal@erfurter-nudelwerk.example.de"),
      "Besetzungsverfahren Qualitätssicherung – Aussetzung",
      """Sehr geehrter Herr Engelhardt-Kühn,

wir müssen Ihnen leider mitteilen, dass das Besetzungsverfahren für die Stelle „Fachkraft Qualitätssicherung“ aufgrund eines unternehmensweiten Einstellungsstopps ausgesetzt wurde. Wir werden das Verfahren nicht fortführen und bitten Sie, dies als Absage zu verstehen.

Ihre Unterlagen senden wir Ihnen auf Wunsch gerne zurück.

Mit freundlichen Grüßen
Personalabteilung
Erfurter Nudelwerk GmbH & Co. KG

""" + DISCLAIMER_DE,
      company="Erfurter Nudelwerk", cs="windows-1252", cte="8bit", fmt="plain"),
    m("untersberg_no", "rejection", "de", "2026-07-14 16:00 +0200",
      ("Untersberg Backwaren", "recruiting@untersberg-backwaren.personio.de"),
      "Absage: Hygienebeauftragter (m/w/d) Werk Grödig",
      """Sehr geehrter Herr Engelhardt-Kühn,

vielen Dank für Ihre Bewerbung und das Interesse an Untersberg Backwaren.

Wir haben uns die Entscheidung nicht leicht gemacht, uns aber letztlich für andere Kandidat:innen entschieden. Wir möchten Ihnen trotzdem für die Zeit danken, die Sie in Ihre Bewerbung investiert haben.

Alles Gute für Ihre Zukunft!

Freundliche Grüße
Team HR, Untersberg Backwaren""",
      company="Untersberg Backwaren", fmt="html", subj_enc=("b", "utf-8")),
    m("pinzgau_no", "rejection", "de", "2026-08-19 11:11 +0200",
      ("Andrea Hofer", "andrea.hofer@pinzgauer-milchhof.example.at"),
      "Ihr Gespräch bei der Pinzgauer Milchhof reg.Gen.m.b.H.",
      """Sehr geehrter Herr Engelhardt-Kühn,

danke, dass Sie sich die Zeit genommen haben, uns in Maishofen zu besuchen – trotz der langen Anreise aus Kassel.

Nach den zweiten Gesprächen ist unsere Wahl auf eine Bewerberin aus der Region gefallen, die den Betrieb bereits aus ihrer Lehrzeit kennt. Wir können Ihnen die Stelle daher leider nicht anbieten.

Ihr fachlicher Hintergrund hat uns beeindruckt, und wir würden Sie gerne in unserer Evidenz behalten, sofern Sie einverstanden sind.

Beste Grüße
Andrea Hofer
Personalentwicklung
Pinzgauer Milchhof""",
      company="Pinzgauer Milchhof", contact="andrea.hofer@pinzgauer-milchhof.example.at",
      cs="windows-1252", cte="qp", fmt="alt"),
    m("mainufer_internal", "rejection", "de", "2026-05-22 09:40 +0200",
      ("Christoph Lanz", "christoph.lanz@mainufer-feinkost.example.de"),
      "Stelle Qualitätssicherung Feinkost",
      """Guten Tag Herr Engelhardt-Kühn,

ich möchte Sie kurz und offen informieren: Die ausgeschriebene Stelle in unserer Qualitätssicherung wurde heute intern nachbesetzt. Eine Kollegin aus der Produktion wechselt in die QS, womit das externe Verfahren beendet ist.

Ihre Bewerbung hat uns gut gefallen, und ich bedauere, dass es diesmal nicht passt.

Freundliche Grüße
Christoph Lanz
Leitung Qualität
Mainufer Feinkost GmbH · Hanauer Landstraße 190 · 60314 Frankfurt am Main""",
      company="Mainufer Feinkost", contact="christoph.lanz@mainufer-feinkost.example.de",
      reply_to=("Christoph Lanz", "christoph.lanz@mainufer-feinkost.example.de"),
      cte="8bit"),
    m("backkontor_no", "rejection", "de", "2026-03-19 07:03 +0100",
      ("Göttinger Backkontor", "bewerbung@backkontor.softgarden.io"),
      "Ihre Bewerbung als Schichtleiter Hygiene",
      """Sehr geehrter Herr Engelhardt-Kühn,

nochmals vielen Dank für Ihre Bewerbung. Leider können wir Ihnen heute keine positive Nachricht überbringen: Wir haben uns für eine andere Bewerbung entschieden.

Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Person oder Qualifikation. Wir wünschen Ihnen für Ihre weitere Suche viel Erfolg.

Mit freundlichen Grüßen
Göttinger Backkontor – Personalteam

Diese E-Mail wurde automatisch versendet.""",
      company="Göttinger Backkontor", fmt="html", cs="windows-1252", cte="qp",
      reply_to=("Göttinger Backkontor Bewerbung", "noreply@backkontor.softgarden.io")),
    m("qualifood_no", "rejection", "de", "2026-09-08 17:21 +0200",
      ("Dr. Henrike Sassenberg", "sassenberg@qualifood-beratung.example.de"),
      "Mandat QM-Leitung Backwaren – Zwischenstand",
      """Lieber Herr Engelhardt-Kühn,

wie versprochen mein Update: Unser Mandant hat sich nach der zweiten Runde entschieden, das Mandat mit einem Kandidaten abzuschließen, der bereits eine QM-Leitung innehatte. Für Sie geht es in diesem Prozess daher leider nicht weiter.

Ich fand unsere Gespräche sehr angenehm und würde Sie gern für künftige Mandate vormerken.

Herzliche Grüße
Dr. Henrike Sassenberg
Partnerin
QualiFood Personalberatung
Zeil 5, 60313 Frankfurt am Main""",
      company="QualiFood Personalberatung", contact="sassenberg@qualifood-beratung.example.de",
      name_enc=("b", "utf-8")),
    m("llt_no", "rejection", "de", "2026-10-06 12:05 +0200",
      ("Stellenbesetzung LLT", "stellen@llt-thueringen.example.de"),
      "Ihre Bewerbung – Sachbearbeiter/in Lebensmittelüberwachung (E 9a)",
      """Sehr geehrter Herr Engelhardt-Kühn,

wir bedanken uns für Ihre Bewerbung auf die oben genannte Stelle beim Landesamt für Lebensmittelsicherheit Thüringen-Nord.

Nach Prüfung der eingegangenen Bewerbungen müssen wir Ihnen mitteilen, dass Sie nicht in die engere Auswahl einbezogen werden konnten. Ausschlaggebend war, dass die Stelle einen Hochschulabschluss im Bereich Lebensmittelchemie oder Ökotrophologie voraussetzt.

Mit freundlichen Grüßen
Ihr Sachgebiet Personal""",
      company="Landesamt für Lebensmittelsicherheit Thüringen-Nord", cs="iso-8859-1",
      cte="8bit", subj_enc=("b", "windows-1252")),
    m("hessenmuehle_cancel", "rejection", "de", "2026-06-29 10:44 +0200",
      ("Hessenmühle Backmittel", "hessenmuehle@bamboohr.com"),
      "Update zur Stelle QS-Koordinator",
      """Hallo Herr Engelhardt-Kühn,

wir möchten Sie darüber informieren, dass die Stelle QS-Koordinator (m/w/d) im Zuge einer Neuorganisation unserer Abteilung gestrichen wurde. Wir werden die Position daher nicht besetzen und Ihre Bewerbung nicht weiterverfolgen.

Vielen Dank für Ihr Interesse und alles Gute!

Hessenmühle Backmittel – People & Culture""",
      company="Hessenmühle Backmittel", fmt="alt", name_enc=("q", "windows-1252")),

    # English
    m("northbridge_no", "rejection", "en", "2026-02-26 23:50 +0100",
      ("Northbridge Ingredients", "no-reply@hire.lever.co"),
      "Your application to Northbridge Ingredients",
      """Hi Tobias,

Thank you for your interest in the Quality Assurance Specialist position at Northbridge Ingredients in Zurich.

After careful review, we've decided to move forward with candidates whose experience more closely matches the requirements of this role. We will keep your details on file and may reach out if a suitable opportunity opens up.

We appreciate the time you invested in your application and wish you every success.

Best,
The Northbridge Talent Team""",
      company="Northbridge Ingredients", fmt="alt"),
    m("hallam_no", "rejection", "en", "2026-05-28 15:32 +0200",
      ("Priya Raman", "priya.raman@hallam-snacks.example.com"),
      "Following up on your interviews – QA Technician, Frankfurt",
      """Hi Tobias,

Thank you again for meeting with Marco and the site quality team last week. We really enjoyed hearing about your work with allergen management in the bakery.

Unfortunately, after a lot of discussion, we have decided not to offer you the position. The deciding factor was hands-on experience with our extrusion lines, which another finalist already had.

I'd genuinely encourage you to apply again in future.

Kind regards,
Priya Raman
Talent Partner, Hallam Snacks Europe
Mainzer Landstraße 50, 60325 Frankfurt""",
      company="Hallam Snacks Europe", contact="priya.raman@hallam-snacks.example.com",
      fmt="alt", cte="qp"),
    m("brightwater_hold", "rejection", "en", "2026-07-21 19:05 +0200",
      ("Brightwater Dairy Careers", "careers@brightwater.icims.com"),
      "Update on Requisition 2026-3317: Quality Technician",
      """Dear Tobias,

We are writing to let you know that the Quality Technician requisition (2026-3317) you applied for has been placed on hold for the foreseeable future due to changes in business priorities. As a result, we will not be proceeding with your application at this time.

We thank you for your interest in Brightwater Dairy Europe and encourage you to visit our careers site for other openings.

Sincerely,
Brightwater Dairy Europe Talent Acquisition

""" + DISCLAIMER_EN,
      company="Brightwater Dairy Europe", fmt="html", cte="b64"),
    m("sterling_no", "rejection", "en", "2026-09-24 08:20 +0100",
      ("Hannah Crane", "hannah.crane@sterlingcrane.example.co.uk"),
      "Head of Food Safety search – outcome",
      """Hi Tobias,

Thanks for your patience. My client has now completed first-round interviews and, on balance, they've decided not to progress your candidacy; they are prioritising people with multi-site leadership experience.

I'm sorry it's not better news. I'll be in touch about other searches where your hands-on production background is an advantage rather than a gap.

All the best,
Hannah Crane
Director, Sterling & Crane Executive Search""",
      company="Sterling & Crane Executive Search", contact="hannah.crane@sterlingcrane.example.co.uk"),

    # French
    m("avesnois_no", "rejection", "fr", "2026-03-24 12:18 +0100",
      ("Laiterie Coopérative de l'Avesnois", "noreply@workablemail.com"),
      "Votre candidature chez Laiterie Coopérative de l'Avesnois",
      """Bonjour Tobias,

Nous vous remercions de l'intérêt que vous portez à la Laiterie Coopérative de l'Avesnois et pour votre candidature au poste d'Animateur qualité.

Après examen attentif de votre dossier, nous sommes au regret de vous informer que nous avons retenu d'autres candidatures dont le profil correspond davantage à nos besoins actuels.

Nous vous souhaitons une bonne continuation dans vos recherches.

L'équipe recrutement""",
      company="Laiterie Coopérative de l'Avesnois", fmt="html", subj_enc=("q", "utf-8"),
      name_enc=("q", "utf-8")),
    m("delcourt_frozen", "rejection", "fr", "2026-05-12 10:07 +0200",
      ("Sophie Lemaire", "s.lemaire@delcourt-surgeles.example.fr"),
      "Poste de technicien qualité – suite donnée",
      """Bonjour Monsieur Engelhardt-Kühn,

Je me permets de revenir vers vous au sujet du poste de technicien qualité. Suite à une réorganisation de notre site de Seclin, la direction a décidé de geler ce recrutement jusqu'à nouvel ordre. Nous ne donnerons donc pas suite à votre candidature.

Je regrette sincèrement cette issue, d'autant que votre parcours avait retenu notre attention.

Cordialement,
Sophie Lemaire
Responsable RH – Delcourt Surgelés
Zone d'activité du Marais, 59113 Seclin""",
      company="Delcourt Surgelés", contact="s.lemaire@delcourt-surgeles.example.fr",
      cs="windows-1252", cte="qp"),
    m("flandres_interim_no", "rejection", "fr", "2026-06-18 16:50 +0200",
      ("Julien Carpentier - Flandres Intérim", "julien.carpentier@flandres-interim.example.fr"),
      "Retour d'Eurofood Analyses",
      """Bonjour Tobias,

J'ai eu le retour d'Eurofood Analyses pour la mission de technicien de laboratoire : malheureusement, le client a choisi un autre candidat, déjà habilité sur leurs méthodes de microbiologie.

Je garde ton dossier sous le coude et je te recontacte dès qu'une mission qualité se présente sur la métropole lilloise.

Bonne fin de journée,
Julien Carpentier
Chargé de recrutement – Flandres Intérim, agence de Lille
""" + "\n" + DISCLAIMER_FR,
      company="Eurofood Analyses", contact="julien.carpentier@flandres-interim.example.fr",
      name_enc=("b", "utf-8"), cte="8bit"),
    m("vauban_no", "rejection", "fr", "2026-08-28 07:30 +0200",
      ("Supermarchés Vauban Recrutement", "vauban@taleo.net"),
      "Candidature n° 26-0871 – Chargé qualité produits marque propre",
      """Madame, Monsieur,

Nous avons bien étudié votre candidature au poste de Chargé qualité produits marque propre (réf. 26-0871).

Nous avons le regret de vous informer que votre profil n'a pas été retenu pour la suite du processus de sélection. Cette décision ne remet pas en cause vos compétences.

Nous conservons votre dossier dans notre vivier, sauf opposition de votre part.

La Direction des Ressources Humaines
Supermarchés Vauban – Marques propres""",
      company="Supermarchés Vauban", fmt="alt", cs="windows-1252", cte="qp",
      subj_enc=("q", "windows-1252"), name_enc=("q", "windows-1252")),

    # Spanish
    m("nervion_no", "rejection", "es", "2026-02-12 13:13 +0100",
      ("Panificadora Nervión", "no-reply@teamtailor-mail.com"),
      "Actualización sobre tu candidatura – Panificadora Nervión",
      """Hola Tobias:

Queremos agradecerte el tiempo que has dedicado al proceso de selección para el puesto de Responsable de Higiene y Seguridad Alimentaria.

Lamentablemente, en esta ocasión hemos decidido seguir adelante con otros candidatos. Ha sido una decisión difícil, ya que hemos recibido perfiles muy interesantes.

Te animamos a seguir atento a nuestras ofertas.

Un saludo,
El equipo de Panificadora Nervión""",
      company="Panificadora Nervión", fmt="html", subj_enc=("b", "utf-8"),
      name_enc=("b", "utf-8")),
    m("urdaibai_no", "rejection", "es", "2026-06-10 17:58 +0200",
      ("Garazi Olabarria", "garazi.olabarria@lacteos-urdaibai.example.es"),
      "Resultado del proceso – Técnico/a de Laboratorio",
      """Estimado Tobias:

En primer lugar, gracias por acercarte a Gernika para la segunda entrevista con nuestro equipo de laboratorio.

Siento comunicarte que finalmente no vamos a poder contar contigo para este puesto. Nos hemos decantado por una persona con experiencia previa en análisis de leche cruda y con euskera, que era un requisito valorado por la cooperativa.

Te deseo mucha suerte en tu búsqueda.

Saludos,
Garazi Olabarria
RR. HH. – Lácteos Urdaibai S. Coop.""",
      company="Lácteos Urdaibai", contact="garazi.olabarria@lacteos-urdaibai.example.es",
      cs="windows-1252", cte="8bit", subj_enc=("q", "windows-1252")),
    m("temporis_no", "rejection", "es", "2026-07-30 09:22 +0200",
      ("Temporis ETT – Oficina Bilbao", "bilbao@temporis-ett.example.es"),
      "Tu candidatura para la empresa cliente",
      """Hola Tobias:

Te escribimos para informarte de que la empresa cliente para la que te presentamos (sector alimentación, zona Basauri) ha cerrado el proceso y no ha seleccionado tu candidatura.

Seguimos contando con tu perfil para otras ofertas de calidad o producción.

Un saludo,
Departamento de Selección
Temporis ETT – Bilbao""",
      company="Temporis", fmt="plain", cte="qp"),
    m("ibaizabal_cancel", "rejection", "es", "2026-09-15 12:40 +0200",
      ("Supermercados Ibaizabal", "ibaizabal@recruitee.com"),
      "Proceso cancelado – Técnico/a de Calidad Marca Propia",
      """Hola Tobias:

Te escribimos para comunicarte que hemos decidido cancelar el proceso de selección para el puesto de Técnico/a de Calidad de Marca Propia, ya que la posición ha quedado suprimida en la nueva estructura del departamento. Por este motivo no continuaremos con tu candidatura.

Lamentamos las molestias y te agradecemos tu interés.

Equipo de Personas
Supermercados Ibaizabal""",
      company="Supermercados Ibaizabal", fmt="alt", cs="iso-8859-1", cte="b64",
      subj_enc=("q", "windows-1252")),
]
