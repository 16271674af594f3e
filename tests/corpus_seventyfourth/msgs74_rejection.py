"""Rejections (30): blunt, soft, position filled, role on hold, after interviews, agency-relayed."""

from __future__ import annotations

from msgs74_base import dt, m

K = "rejection"

MESSAGES = [
    m(K, "workday_soft_automotive", "de", ("Karriere Vohwinkel Fahrzeugsysteme", "vohwinkel@myworkday.com"),
      "Ihre Bewerbung als Projektleiter Fahrwerk (m/w/d) - R-0048812", dt("2026-01-19 07:02"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

vielen Dank für Ihr Interesse an der Vohwinkel Fahrzeugsysteme SE und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für Kandidatinnen und Kandidaten entschieden haben, deren Profil noch besser zu den Anforderungen der Position passt.

Gerne möchten wir Sie ermutigen, sich auch zukünftig auf passende Stellen bei uns zu bewerben. Ihr Kandidatenprofil bleibt in unserem Talentpool, sofern Sie nicht widersprechen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Vohwinkel Fahrzeugsysteme SE

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
Vohwinkel Fahrzeugsysteme SE | Sitz: Ingolstadt | Registergericht Ingolstadt HRB 44120 | Vorstand: Dr. Petra Aumüller (Vors.), Klaus Brandl""",
      co="Vohwinkel Fahrzeugsysteme", fmt="alt"),
    m(K, "terse_manager_mobile", "de", ("Thomas Gruber", "t.gruber@hollensteiner-anlagenbau.example.at"),
      "AW: Bewerbung Qualitätsmanager", dt("2026-01-23 18:47"),
      """Hallo Herr Reitmayr-Lindqvist,

danke für Ihre Bewerbung, wir haben uns aber intern anders entschieden. Alles Gute!

Gruber

Von meinem iPhone gesendet""",
      co="Hollensteiner Anlagenbau",
      q=("de", "Jonas Reitmayr-Lindqvist <jonas.rl@example.at>", "12.01.2026 um 21:04",
         "Sehr geehrter Herr Gruber,\n\nanbei meine Unterlagen für die Stelle als Qualitätsmanager in Ansfelden.\n\nMit freundlichen Grüßen\nJonas Reitmayr-Lindqvist")),
    m(K, "successfactors_filled", "de", ("Bergmann Medizintechnik Recruiting", "noreply@successfactors.eu"),
      "Rückmeldung zu Ihrer Bewerbung: Produktmanager Infusionstechnik (Req. 10332)", dt("2026-02-02 10:15"),
      """Guten Tag Jonas Reitmayr-Lindqvist,

wir bedanken uns herzlich für Ihre Bewerbung als Produktmanager Infusionstechnik.

Die Position konnte zwischenzeitlich besetzt werden. Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und bitten um Ihr Verständnis.

Freundliche Grüße

Bergmann Medizintechnik GmbH & Co. KG
Personalabteilung
Melsunger Str. 14 · 90411 Nürnberg""",
      co="Bergmann Medizintechnik", rt=("Sabine Krön", "sabine.kroen@bergmann-mt.example.de"), fmt="qp"),
    m(K, "after_fachgespraech_du", "de", ("Lena Moosbrugger", "lena@voralpen-robotics.example.at"),
      "Feedback nach unserem Gespräch", dt("2026-02-11 16:30"),
      """Hi Jonas,

nochmal danke, dass du dir letzten Donnerstag die Zeit für das Fachgespräch mit Martin und mir genommen hast. Wir haben uns im Team lange beraten und es war echt knapp, aber wir gehen mit einer anderen Person weiter, die schon mehr Erfahrung mit Roboterzellen in der Serienfertigung mitbringt.

Ich weiß, das ist nicht die Nachricht, auf die du gehofft hast. Wenn du magst, geb ich dir gern telefonisch noch etwas detaillierteres Feedback - meld dich einfach.

LG aus Dornbirn
Lena

--
Lena Moosbrugger
People & Culture | Voralpen Robotics
+43 5572 20 40 118""",
      co="Voralpen Robotics"),
    m(K, "agency_relayed_client_decided", "de", ("Markus Feichtinger", "m.feichtinger@kessler-partner.example.at"),
      "Ihre Kandidatur - Leitung Projektmanagement Bahntechnik", dt("2026-02-17 09:05"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

ich habe gestern Abend mit unserem Mandanten, der Stadler-Holm Schienenfahrzeuge in Linz, gesprochen. Leider hat sich der Kunde nach der zweiten Runde für einen internen Kandidaten entschieden, der das Projekt bereits kennt.

Ich bedauere das sehr, Sie haben in den Gesprächen einen sehr guten Eindruck hinterlassen, das hat mir der Bereichsleiter ausdrücklich bestätigt. Ich würde Sie gerne für weitere Mandate im Bahnbereich im Blick behalten.

Mit besten Grüßen

Markus Feichtinger
Partner
Kessler & Partner
Kärntner Ring 5-7, 1010 Wien
T +43 1 512 44 09-12 | M +43 664 310 77 21""",
      co="Stadler-Holm Schienenfahrzeuge", fmt="latin1"),
    m(K, "position_on_hold_utility", "de", ("Personalmanagement Stadtwerke Rosenheim-Inn", "bewerbung@swri.example.de"),
      "Ihre Bewerbung - Kennziffer 2026-017", dt("2026-02-24 13:12"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

wir danken Ihnen für Ihre Bewerbung auf die ausgeschriebene Stelle "Projektingenieur/in Netzausbau" (Kennziffer 2026-017).

Aufgrund einer Umstrukturierung im Bereich Netze wird die Stelle vorerst nicht besetzt. Das Auswahlverfahren wurde daher eingestellt. Eine Berücksichtigung Ihrer Bewerbung ist leider nicht mehr möglich.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
i. A. Gisela Oberhuber
Personalmanagement

Stadtwerke Rosenheim-Inn GmbH
Kufsteiner Straße 60, 83022 Rosenheim""",
      co="Stadtwerke Rosenheim-Inn", ct="bewerbung@swri.example.de", fmt="cp1252"),
    m(K, "softgarden_absage_short", "de", ("Brückl Gebäudetechnik via softgarden", "no-reply@softgarden.io"),
      "Absage: Technischer Vertrieb HLK (m/w/d)", dt("2026-03-03 08:44"),
      """Hallo Jonas,

danke für dein Interesse an Brückl Gebäudetechnik!

Leider können wir dich im weiteren Auswahlprozess nicht berücksichtigen. Wir wissen, dass so eine Nachricht nie schön ist - bitte nimm sie nicht persönlich.

Viele Grüße
Dein Brückl-Team

Diese Nachricht wurde über softgarden versendet.""",
      co="Brückl Gebäudetechnik", fmt="html"),
    m(K, "swiss_nach_interview", "de", ("Reto Ammann", "reto.ammann@huerlimann-antriebe.example.ch"),
      "Ihre Bewerbung als Product Owner Antriebssysteme", dt("2026-03-09 11:20"),
      """Grüezi Herr Reitmayr-Lindqvist

Besten Dank für das angenehme Gespräch vom vergangenen Freitag in Winterthur sowie für Ihr Interesse an unserer Firma.

Nach reiflicher Überlegung haben wir uns entschieden, den Auswahlprozess mit einer anderen Kandidatin weiterzuführen. Ausschlaggebend war letztlich ihre längere Erfahrung im Schweizer Markt. Dieser Entscheid ist uns nicht leichtgefallen.

Wir danken Ihnen für Ihr Vertrauen und wünschen Ihnen auf Ihrem weiteren Weg viel Erfolg.

Freundliche Grüsse

Reto Ammann
Leiter Produktmanagement
Hürlimann Antriebe AG
Zürcherstrasse 201, 8406 Winterthur
+41 52 260 18 40""",
      co="Hürlimann Antriebe"),
    m(K, "public_body_ams_style", "de", ("Bundesamt für Eich- und Prüfwesen - Personal", "personal@bep.example.gv.at"),
      "GZ 2026-0.118.407 - Aufnahmeverfahren Technische/r Referent/in", dt("2026-03-12 14:01"),
      """Sehr geehrter Herr Dipl.-Ing. Reitmayr-Lindqvist!

Bezugnehmend auf Ihre Bewerbung vom 14. Jänner 2026 für die Planstelle "Technische/r Referent/in Messtechnik" (v1/3) wird Ihnen mitgeteilt, dass die Auswahl auf eine/n andere/n Bewerber/in gefallen ist.

Wir bedanken uns für das der Verwaltung entgegengebrachte Interesse. Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten datenschutzkonform vernichtet.

Mit freundlichen Grüßen
Für den Präsidenten:
Mag. Ursula Haidinger

Bundesamt für Eich- und Prüfwesen
Arltgasse 35, 1160 Wien""",
      co="Bundesamt für Eich- und Prüfwesen", ct="personal@bep.example.gv.at"),
    m(K, "after_takehome_bavarian", "de", ("Florian Huber", "florian.huber@isarwerk-energy.example.de"),
      "Re: Case Study Speichersysteme", dt("2026-03-26 17:55", "+0100"),
      """Servus Jonas,

danke dir für die Case Study, man hat gesehen dass du dir echt Mühe gemacht hast. Ehrlich gesagt hat uns die Wirtschaftlichkeitsrechnung aber nicht ganz überzeugt und wir werden den Prozess mit dir deshalb nicht weiterführen.

Sorry für die schlechte Nachricht und viel Erfolg weiterhin!

Beste Grüße
Flo

Florian Huber | Head of Product
Isarwerk Energy GmbH | Landsberger Str. 302 | 80687 München""",
      co="Isarwerk Energy",
      q=("gmail", "Jonas Reitmayr-Lindqvist <jonas.rl@example.at>", "Mon, 16 Mar 2026 at 22:10",
         "Hallo Florian,\n\nanbei wie besprochen meine Ausarbeitung zur Case Study (PDF, 9 Seiten).\n\nViele Grüße\nJonas")),
    m(K, "personio_nicht_weiter", "de", ("Ferrotec Sensorik", "jobs@ferrotec-sensorik.jobs.personio.de"),
      "Deine Bewerbung bei Ferrotec Sensorik", dt("2026-04-07 09:30", "+0200"),
      """Hallo Jonas,

vielen Dank für deine Bewerbung als Quality Engineer Lieferantenmanagement und dein Interesse an Ferrotec.

Wir haben uns deine Unterlagen genau angesehen. Leider müssen wir dir mitteilen, dass wir uns gegen eine weitere Berücksichtigung deiner Bewerbung entschieden haben. Unsere Entscheidung ist keine Bewertung deiner Qualifikation, sondern das Ergebnis eines Abgleichs mit den konkreten Anforderungen.

Viele Grüße
Anja von Ferrotec Sensorik

Ferrotec Sensorik GmbH · Regensburg · Geschäftsführer: Dr. Jürgen Pfab""",
      co="Ferrotec Sensorik", rt=("Anja Lechner", "anja.lechner@ferrotec-sensorik.example.de"), fmt="b64"),
    m(K, "institute_after_interview", "de", ("Prof. Dr.-Ing. Helmut Sauerwein", "sauerwein@ift.example-tu.de"),
      "Stelle wiss. Mitarbeiter/Projektleitung - Entscheidung", dt("2026-05-04 12:10", "+0200"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

haben Sie nochmals vielen Dank für Ihren Besuch am Institut und die Präsentation Ihrer bisherigen Projekte.

Die Auswahlkommission hat sich nach Abschluss aller Gespräche für einen Bewerber entschieden, dessen Promotionsthema unmittelbar an das Forschungsvorhaben anschließt. Ich bedauere, Ihnen keine Zusage geben zu können.

Mit freundlichen Grüßen
Helmut Sauerwein

--
Prof. Dr.-Ing. Helmut Sauerwein
Institut für Fördertechnik und Logistiksysteme
Technische Universität Südbayern
Boltzmannstraße 15, 85748 Garching""",
      co="Technische Universität Südbayern"),
    m(K, "rexx_im_namen_absage", "de", ("Wallner Kunststofftechnik Bewerbermanagement", "bewerbermanagement@rexx-systems.com"),
      "Ihre Bewerbung vom 02.05.2026", dt("2026-05-20 15:03", "+0200"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

nochmals herzlichen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Leider müssen wir Ihnen heute mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen konnten. Die Vielzahl an qualifizierten Bewerbungen hat uns die Entscheidung nicht leicht gemacht.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Wallner Kunststofftechnik GmbH
Carina Pichler
Personalentwicklung
Industriestraße 8 | 4600 Wels""",
      co="Wallner Kunststofftechnik", fmt="html"),
    # English
    m(K, "greenhouse_soft_medtech", "en", ("Corvalis Surgical", "no-reply@us.greenhouse-mail.io"),
      "Thank you for your interest in Corvalis Surgical", dt("2026-01-28 22:14", "-0500"),
      """Hi Jonas,

Thank you for applying to the Senior Program Manager, Capital Equipment role at Corvalis Surgical. We appreciate the time you took to share your experience with us.

After careful consideration, we've decided to pursue other candidates whose background more closely aligns with the needs of this position at this time.

We'll keep your information on file and may reach out should a suitable opportunity arise. We wish you the very best in your search.

Best,
Corvalis Surgical Talent Team""",
      co="Corvalis Surgical", fmt="alt"),
    m(K, "very_short_hm", "en", ("Priya Natarajan", "priya@loopwise.example.com"),
      "Re: PM role", dt("2026-02-05 19:22", "+0000"),
      """Thanks for your time Jonas, but we won't be moving forward. Good luck!

Priya

Sent from my iPhone""",
      co="Loopwise",
      q=("gmail", "Jonas Reitmayr-Lindqvist <jonas.rl@example.at>", "Tue, 3 Feb 2026 at 08:51",
         "Hi Priya,\nJust checking in on the PM role after our call last week - any news?\nBest, Jonas")),
    m(K, "british_shant_progress", "en", ("Harriet Oakes", "harriet.oakes@pembridge-rail.example.co.uk"),
      "Your application - Rolling Stock Project Engineer", dt("2026-02-19 11:40", "+0000"),
      """Dear Jonas,

Many thanks for your interest in the Rolling Stock Project Engineer vacancy and for taking the time to speak with us on Tuesday.

I'm sorry to say that on this occasion we shan't be progressing your application further. The panel felt that other applicants had more direct experience of UK Railway Group Standards, which is essential for the role.

I do hope this doesn't put you off applying to Pembridge Rail again in future.

Kind regards,

Harriet Oakes
Resourcing Partner
Pembridge Rail Services Ltd
Registered in England and Wales No. 04471920. This email and any attachments are confidential and intended solely for the addressee.""",
      co="Pembridge Rail Services", fmt="qp"),
    m(K, "indian_regret_to_inform", "en", ("HR Team - Tarang Engineering", "careers@tarang-eng.example.in"),
      "Application status - Manager, Technical Sales (Europe)", dt("2026-03-04 06:12", "+0530"),
      """Dear Candidate,

Greetings from Tarang Engineering!

We thank you for your application for the position of Manager - Technical Sales (Europe) at our Pune headquarters.

We regret to inform you that your profile has not been shortlisted for further rounds. We shall retain your CV in our database and do revert in case any suitable opening arises in future.

Wishing you all the very best.

Warm Regards,
Talent Acquisition
Tarang Engineering Pvt. Ltd.
Plot 44, MIDC Bhosari, Pune 411026""",
      co="Tarang Engineering", ct="careers@tarang-eng.example.in"),
    m(K, "lever_after_panel", "en", ("Noa Ben-David", "noa.bendavid@hemiflow.example.com"),
      "Update on your Hemiflow interview process", dt("2026-03-18 14:33", "+0200"),
      """Hi Jonas,

I wanted to personally reach out after your panel on Monday. Everyone enjoyed the conversation, and the team especially liked how you walked through the ISO 13485 audit story.

That said, after debriefing we've decided not to move forward to the final stage. The main gap was hands-on experience with Class III device submissions, which this role needs from day one.

Thank you again for all the time you invested. I'd genuinely be happy to stay in touch.

Noa Ben-David
Talent Partner | Hemiflow
Tel Aviv | Munich""",
      co="Hemiflow", hdr={"X-Mailer": "Lever"}),
    m(K, "role_cancelled_aussie", "en", ("Bec Hollis", "bec.hollis@southerncross-energy.example.com.au"),
      "Quick update", dt("2026-04-02 08:05", "+1100"),
      """Hi Jonas,

Hope you're well mate. Just a heads up - unfortunately the Grid Storage PM role has been pulled. Budget got cut in this week's reforecast so we won't be proceeding with any candidates for it, yourself included.

Really sorry, I know you were keen. I'll keep you in mind if it comes back next FY.

Cheers,
Bec

Bec Hollis | Senior Recruiter | Southern Cross Energy""",
      co="Southern Cross Energy"),
    m(K, "smartrecruiters_polish_owned", "en", ("Kaliber Automotive Components", "no-reply@smartrecruiters.com"),
      "Regarding your application for Supplier Quality Lead", dt("2026-04-15 10:00", "+0200"),
      """Dear Jonas Reitmayr-Lindqvist,

Thank you for your application to Kaliber Automotive Components (Wrocław / Regensburg).

We have carefully reviewed your profile. Unfortunately we decided not to invite you to the next stage of the recruitment process, as we are looking for a candidate with fluent Polish language skills.

Your data will be stored in accordance with our privacy notice.

Regards
Kaliber Automotive Components Recruitment Team""",
      co="Kaliber Automotive Components", fmt="html"),
    m(K, "outlook_reply_rejection_japanese", "en", ("Kenji Morimoto", "k.morimoto@takeda-seiki.example.jp"),
      "RE: Application: Sales Engineer DACH", dt("2026-05-12 09:14", "+0200"),
      """Dear Mr. Reitmayr-Lindqvist,

Thank you very much for your kind patience.

We have discussed your application carefully with our headquarters in Nagoya. Regrettably, we have to inform you that we cannot offer you the position at this time, because the role now requires Japanese language ability for direct communication with our factory.

We sincerely appreciate your interest in Takeda Seiki and wish you great success.

Best regards,
Kenji Morimoto
General Manager, Europe Sales Office
Takeda Seiki Europe GmbH
Kaiserswerther Str. 115, 40880 Ratingen""",
      co="Takeda Seiki",
      q=("outlook", "Jonas Reitmayr-Lindqvist <jonas.rl@example.at>", "Monday, April 27, 2026 4:12 PM",
         "Dear Mr. Morimoto,\n\nThank you for the interview last week. I remain very interested in the Sales Engineer role.\n\nBest regards,\nJonas")),
    m(K, "ats_taleo_after_review", "en", ("Dunmore Healthcare Careers", "careers@taleo.net"),
      "Dunmore Healthcare - Req 26-0311 Clinical Equipment Project Manager", dt("2026-06-03 03:11", "-0400"),
      """Dear Jonas,

Thank you for your interest in the Clinical Equipment Project Manager position (Requisition 26-0311).

We have reviewed your qualifications and regret to advise that you were not selected to move forward in the process. The position has been filled by a candidate whose experience more closely matched our requirements.

We encourage you to visit our career site regularly.

Sincerely,
Dunmore Healthcare Talent Acquisition

*** This is an automated message. Replies to this mailbox are not monitored. ***""",
      co="Dunmore Healthcare", fmt="cp1252"),
    m(K, "mexican_owned_agency", "en", ("Daniela Ortega", "daniela.ortega@grupo-altamira.example.mx"),
      "Following up", dt("2026-06-22 17:48", "-0600"),
      """Hi Jonas!!

Thanks so much again for interviewing with the Altamira team for the Plant Quality Manager role in Ingolstadt!! I just got word back from the hiring committee and unfortunately they decided to go with another candidate who has more IATF 16949 lead auditor experience :(

I really enjoyed working with you and I'm SURE something great is coming your way!! Let's keep in touch!!

Dani
Daniela Ortega | Talent Acquisition EMEA
Grupo Altamira Autopartes""",
      co="Grupo Altamira Autopartes"),
    # French
    m(K, "fr_apres_entretien", "fr", ("Claire Vasseur", "claire.vasseur@aerolys.example.fr"),
      "Votre candidature - Chef de projet industrialisation", dt("2026-03-06 10:22"),
      """Bonjour Monsieur Reitmayr-Lindqvist,

Je vous remercie pour l'entretien de mardi dernier et pour l'intérêt que vous portez à Aerolys.

Après mûre réflexion, nous avons le regret de vous informer que nous ne donnerons pas une suite favorable à votre candidature. Nous avons retenu un profil disposant d'une expérience plus approfondie des programmes aéronautiques.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,

Claire Vasseur
Chargée de recrutement
Aerolys SAS - 12 avenue Didier Daurat, 31400 Toulouse""",
      co="Aerolys", fmt="latin1"),
    m(K, "fr_ats_pas_retenu", "fr", ("Recrutement Groupe Mérieux-Lavallée", "ne-pas-repondre@jobs.merieux-lavallee.example.fr"),
      "Suite à votre candidature", dt("2026-04-21 16:40", "+0200"),
      """Madame, Monsieur,

Nous avons bien étudié votre candidature au poste d'Ingénieur Qualité Fournisseurs (H/F) basé à Lyon et vous remercions de l'intérêt porté à notre Groupe.

Malheureusement, votre profil ne correspond pas aux besoins actuels de ce poste. Nous nous permettons néanmoins de conserver votre CV afin de vous recontacter si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Direction des Ressources Humaines
Groupe Mérieux-Lavallée""",
      co="Groupe Mérieux-Lavallée", ct="", fmt="html"),
    m(K, "fr_poste_gele", "fr", ("Julien Marchetti", "j.marchetti@teleferix.example.fr"),
      "Re: Poste Product Manager", dt("2026-07-01 08:55", "+0200"),
      """Bonjour Jonas,

Désolé pour le délai de réponse. On a appris en fin de semaine que le recrutement du poste de PM était gelé jusqu'à nouvel ordre (gel des embauches sur toute la BU). On ne pourra donc pas donner suite pour le moment.

Je suis sincèrement désolé, vraiment, ton profil nous plaisait bien.

Julien

--
Julien Marchetti
Directeur produit - Teleferix""",
      co="Teleferix",
      q=("fr", "Jonas Reitmayr-Lindqvist <jonas.rl@example.at>", "lun. 22 juin 2026 à 09:30",
         "Bonjour Julien,\nAvez-vous des nouvelles concernant la suite du processus ?\nBien à vous,\nJonas")),
    # Spanish
    m(K, "es_descartado_formal", "es", ("Talento Ingeniería Vizcaína", "empleo@ingvizcaina.example.es"),
      "Proceso de selección Jefe/a de Proyecto Ferroviario - Ref. JP-0426", dt("2026-03-30 12:00", "+0200"),
      """Estimado Jonas:

Le agradecemos sinceramente su interés en formar parte de Ingeniería Vizcaína y el tiempo dedicado al proceso de selección.

Lamentamos comunicarle que, tras valorar detenidamente todas las candidaturas, su perfil no ha sido seleccionado para continuar en el proceso.

Conservaremos sus datos para futuras vacantes, salvo que nos indique lo contrario.

Atentamente,
Departamento de Personas
Ingeniería Vizcaína, S.A.
Alameda de Urquijo 28, 48010 Bilbao

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario.""",
      co="Ingeniería Vizcaína", ct="empleo@ingvizcaina.example.es", fmt="cp1252"),
    m(K, "es_tras_entrevista_tu", "es", ("Marta Casals", "marta.casals@voltaris.example.es"),
      "Tu candidatura en Voltaris", dt("2026-05-08 18:20", "+0200"),
      """Hola Jonas,

Muchas gracias por la entrevista del martes con Jordi y conmigo, nos gustó mucho conocerte.

Te escribo para contarte que finalmente hemos decidido seguir adelante con otra persona cuyo perfil encaja un poco mejor con lo que buscamos ahora mismo para el equipo de Barcelona. Ha sido una decisión difícil.

Te deseo muchísima suerte en la búsqueda y ojalá coincidamos en el futuro.

Un abrazo,
Marta

Marta Casals · People Lead · Voltaris Energía
Pg. de Gràcia 77, Barcelona""",
      co="Voltaris Energía"),
    m(K, "es_mexico_vacante_cubierta", "es", ("Reclutamiento Fundiciones del Bajío", "no-responder@fundibajio.example.mx"),
      "Actualización sobre tu postulación", dt("2026-08-11 10:45", "-0600"),
      """¡Hola Jonas!

Gracias por postularte a la vacante de Gerente de Calidad Proveedores en Fundiciones del Bajío.

Te informamos que la vacante ya fue cubierta, por lo que en esta ocasión no podremos continuar con tu proceso. Tu CV queda en nuestra cartera para futuras oportunidades.

¡Éxito!
Equipo de Atracción de Talento
Fundiciones del Bajío""",
      co="Fundiciones del Bajío", fmt="html"),
    m(K, "es_agencia_cliente", "es", ("Iñaki Etxeberria", "inaki@norte-seleccion.example.es"),
      "Re: Responsable de Calidad - cliente sector eólico", dt("2026-09-14 13:30", "+0200"),
      """Buenas Jonas,

Te cuento: el cliente (Aerogeneradores Cantábrico) ya me ha dado respuesta y al final no van a seguir con tu candidatura, se han decantado por un perfil con más experiencia en palas. Siento no traerte mejores noticias.

Seguimos en contacto, te aviso si me entra algo que te encaje.

Saludos,
Iñaki Etxeberria
Norte Selección | Bilbao
+34 944 12 77 03""",
      co="Aerogeneradores Cantábrico",
      q=("es", "Jonas Reitmayr-Lindqvist (<jonas.rl@example.at>)", "lun, 7 sept 2026 a las 10:02",
         "Hola Iñaki,\n¿Sabes algo del cliente? Gracias!\nJonas")),
]
