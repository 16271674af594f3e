"""Rejections for the 72nd corpus (about 30), in French, English, German and Spanish."""

from msgs72_build import m

R = "rejection"

m(R, "palace_geneve_soft", "fr", ("Hôtel Beau-Rivage du Léman - Carrières", "noreply@successfactors.example.com"),
  "Votre candidature - Assistant(e) Revenue Manager (Réf. 4471)",
  """Cher Monsieur Keller-Baptiste,

Nous vous remercions de l'intérêt que vous portez à l'Hôtel Beau-Rivage du Léman et du temps consacré à votre candidature pour le poste d'Assistant(e) Revenue Manager.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous avons décidé de poursuivre le processus avec des candidat(e)s dont le profil correspond plus étroitement aux exigences du poste.

Nous conservons votre dossier dans notre base de talents et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons plein succès dans vos recherches.

Le service des Ressources Humaines
Hôtel Beau-Rivage du Léman
Quai du Mont-Blanc 13 - 1201 Genève

Ce message a été généré automatiquement, merci de ne pas y répondre.""",
  company="Hôtel Beau-Rivage du Léman", date="2026-01-14 16:42", fmt="html", logo="Hôtel Beau-Rivage du Léman")

m(R, "watch_blunt_terse", "fr", ("Sandrine Oberson", "s.oberson@maison-vallorbe.example.ch"),
  "Re: candidature",
  """Bonjour Monsieur,

Merci pour votre dossier. Nous ne donnerons pas suite.

Meilleures salutations
S. Oberson
Manufacture Vallorbe Horlogerie

Envoyé de mon iPhone""",
  company="Manufacture Vallorbe Horlogerie", date="2026-01-20 07:58", cte="8bit", reply=True)

m(R, "ngo_after_panel", "en", ("Recruitment Unit", "careers-noreply@ifrc-partners.example.org"),
  "Your application for Event Logistics Officer (VA 26/017)",
  """Dear Mathis Keller-Baptiste,

Thank you for participating in the competency-based interview for the position of Event Logistics Officer (VA 26/017) held on 28 January 2026.

We regret to inform you that, following careful consideration by the selection panel, you have not been selected for this position. Please be assured that this decision was not an easy one given the high calibre of candidates.

Owing to the number of applications received, we are unable to provide individual feedback.

We encourage you to continue to consult our vacancies page.

Kind regards,

Human Resources Department
Global Alliance for Humanitarian Logistics
Route de Ferney 150, CH-1211 Geneva 2

This e-mail is intended only for the person to whom it is addressed. If you have received it in error please notify the sender and delete it.""",
  company="Global Alliance for Humanitarian Logistics", date="2026-02-09 11:05", tz="CET", cte="7bit")

m(R, "agency_relay_enthusiast", "en", ("Jess Whitford", "jess.whitford@harbourline-people.example.co.uk"),
  "Following up",
  """Hi Mathis,

Hope you're well!! Just had feedback back from the client (the Mayfair property) - unfortunately they've gone with an internal candidate for the Guest Experience Manager role :( Really sorry, I know you were keen.

They did say your interview with Oliver was really strong and they'd be open to you for future openings, so defo not a wasted effort!

I've got a couple of other things in the pipeline that could suit - will give you a buzz this week.

Cheers,
Jess

Jess Whitford | Senior Consultant, Hospitality & Leisure
Harbourline
M: +44 7700 900 318
www.harbourline-people.example.co.uk""",
  company="Harbourline", date="2026-02-12 17:31", tz="GMT", cte="7bit")

m(R, "workday_airline_template", "en", ("Alpine Skyways Careers", "alpineskyways@myworkday.example.com"),
  "Update on your application",
  """Dear Mathis,

Thank you for your interest in the Customer Experience Lead - Hub Operations (JR-10882) position at Alpine Skyways.

We have reviewed your application and have decided to move forward with other candidates whose qualifications more closely align with the requirements of the role at this time.

We encourage you to visit our careers site regularly and apply for any future roles matching your profile.

Best regards,
Talent Acquisition Team
Alpine Skyways

[Alpine Skyways logo]
Please do not reply to this email as the mailbox is not monitored.""",
  company="Alpine Skyways", date="2026-02-16 02:14", fmt="alt", logo="Alpine Skyways")

m(R, "clinic_position_filled", "fr", ("Clinique des Alpes Vaudoises", "recrutement@clinique-alpes-vaudoises.example.ch"),
  "Poste de Responsable Hôtellerie & Accueil patients",
  """Madame, Monsieur,

Nous accusons bonne réception de votre candidature au poste cité en objet et vous en remercions.

Nous avons le regret de vous informer que ce poste a été pourvu entre-temps. Votre candidature ne peut dès lors pas être retenue.

Nous vous retournons par la présente vos documents et vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Service du personnel
Clinique des Alpes Vaudoises SA
Chemin de la Colline 4, 1820 Montreux
Tél. +41 21 555 40 00""",
  company="Clinique des Alpes Vaudoises", date="2026-02-18 10:20", cs="iso-8859-1", cte="8bit")

m(R, "school_after_take_home", "en", ("Priya Raman", "priya.raman@lakeside-intl-school.example.ch"),
  "Re: Events & Admissions Experience Coordinator - case study",
  """Dear Mathis,

Thank you very much for the time you put into the case study for the Open Day plan; the panel appreciated the detail on the parent journey.

Having reviewed all submissions, I regret to inform you that we shall not be progressing your application to the final stage. The successful candidates demonstrated more direct experience of admissions CRM systems, which was a deciding factor for us.

Do revert if you would like brief feedback on your submission - happy to arrange a 10 minute call.

With best wishes,
Priya

Priya Raman
Head of Admissions Operations
Lakeside International School, Founex

On Mon, 23 Feb 2026 at 08:12, Mathis Keller-Baptiste <mathis.kb@example.ch> wrote:
> Dear Priya,
> Please find attached my case study for the Open Day planning exercise.
> I look forward to discussing it with the panel.
> Kind regards,
> Mathis""",
  company="Lakeside International School", date="2026-03-03 15:47", reply=True)

m(R, "bank_client_desk_de", "de", ("Bankhaus Lindenhof Karriere", "noreply@bankhaus-lindenhof.example.ch"),
  "Ihre Bewerbung als Client Service Associate (80-100%)",
  """Sehr geehrter Herr Keller-Baptiste

Vielen Dank für Ihre Bewerbung und das damit verbundene Interesse am Bankhaus Lindenhof.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Dieser Entscheid stellt keine Wertung Ihrer Qualifikationen dar.

Wir danken Ihnen für Ihr Interesse und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse

Bankhaus Lindenhof AG
Human Resources
Bahnhofstrasse 88, 8001 Zürich""",
  company="Bankhaus Lindenhof", date="2026-03-05 13:02", cte="b64")

m(R, "congress_agency_hold", "fr", ("Céline Aubert", "celine.aubert@lemanic-congres.example.ch"),
  "Poste Chef(fe) de projet événementiel",
  """Bonjour Mathis,

Je reviens vers toi comme promis suite à notre échange de la semaine dernière.

Malheureusement la direction a décidé de geler le recrutement sur ce poste : deux gros congrès de l'automne ont été reportés à 2027 et le budget a été revu. On ne va donc pas poursuivre le processus pour le moment, ni avec toi ni avec les autres candidats.

Je suis vraiment désolée, ton profil nous plaisait beaucoup. Si le poste rouvre je te recontacte en priorité.

Belle journée,
Céline

Céline Aubert
Directrice des opérations | Lemanic Congrès
+41 22 555 18 27""",
  company="Lemanic Congrès", date="2026-03-06 18:15")

m(R, "greenhouse_traveltech_short", "en", ("Tripwell Hiring", "no-reply@us.greenhouse-mail.example.io"),
  "Thanks from Tripwell",
  """Hi Mathis,

Thanks for your time, but we won't be moving forward with your application for Customer Success Manager (DACH & Romandie).

Best,
Tripwell Recruiting""",
  company="Tripwell", date="2026-03-10 20:03", fmt="alt", reply_to=("Tripwell Recruiting", "no-reply@us.greenhouse-mail.example.io"))

m(R, "cruise_regret_indian", "en", ("Harshita Menon", "harshita.menon@seaaurora-cruises.example.com"),
  "Application status - Guest Services Manager (fleet)",
  """Dear Mathis,

Greetings from Sea Aurora Cruises!

This is with reference to your candidature for the Guest Services Manager position. We regret to inform you that your profile has not been shortlisted for the further rounds of the selection process at this juncture.

Kindly note that your details will remain in our database and we shall get in touch should a suitable requirement arise in future.

Wishing you all the very best.

Warm regards,
Harshita Menon
Talent Acquisition - Shore Side
Sea Aurora Cruises, Mumbai | Miami | Genoa""",
  company="Sea Aurora Cruises", date="2026-03-12 06:40", tz="IST")

m(R, "luxury_house_after_rounds", "fr", ("Maison Desrochers Paris", "talents@desrochers-paris.example.fr"),
  "Votre parcours avec Maison Desrochers",
  """Cher Mathis,

Nous tenions à vous remercier sincèrement pour votre disponibilité tout au long de notre processus de recrutement pour le poste de Client Experience Manager - Boutique de Genève, et pour la qualité des échanges avec Hélène et Antoine.

C'est avec regret que nous vous informons que nous n'avons pas retenu votre candidature. Notre choix s'est porté sur un profil disposant d'une expérience plus longue dans la clientèle horlogère et joaillière.

Nous espérons sincèrement avoir l'occasion de croiser à nouveau votre chemin.

Bien à vous,

Hélène Garnier-Weiss
Responsable Acquisition de Talents Retail Europe
Maison Desrochers""",
  company="Maison Desrochers", date="2026-03-17 12:11", fmt="alt", logo="MAISON DESROCHERS - PARIS",
  contact="talents@desrochers-paris.example.fr")

m(R, "hotel_madrid_es", "es", ("Selección Hotel Gran Vía Alcalá", "seleccion@hotelgranviaalcala.example.es"),
  "Tu candidatura - Revenue Analyst",
  """Hola Mathis:

Gracias por tu interés en formar parte del equipo del Hotel Gran Vía Alcalá y por el tiempo dedicado al proceso.

Lamentamos comunicarte que en esta ocasión hemos decidido continuar con otras candidaturas cuyo perfil se ajusta más a lo que buscamos para la posición.

Guardaremos tu CV para futuras vacantes.

Un saludo cordial,
Equipo de Personas
Hotel Gran Vía Alcalá · Madrid""",
  company="Hotel Gran Vía Alcalá", date="2026-03-19 09:33", cs="windows-1252", cte="8bit")

m(R, "smartrecruiters_airport_fr", "fr", ("Aéroport de Genève-Cointrin", "noreply@smartrecruiters.example.com"),
  "=?utf-8?q?Mise_=C3=A0_jour?=",
  """Bonjour Mathis,

Merci d'avoir postulé au poste de Coordinateur·trice Expérience Passagers.

Après examen de l'ensemble des candidatures, nous avons le regret de vous informer que votre profil n'a pas été retenu pour la suite du processus.

Nous vous remercions de l'intérêt porté à notre entreprise et vous souhaitons bonne continuation.

Cordialement,
L'équipe Talent Acquisition
Aéroport International de Genève""",
  company="Aéroport International de Genève", date="2026-03-24 11:50", fmt="html")

m(R, "austrian_hotel_nach_probetag", "de", ("Mag. Theresa Huber", "t.huber@hotel-kaerntnerhof.example.at"),
  "Rückmeldung Probearbeiten",
  """Lieber Herr Keller-Baptiste,

danke nochmals, dass Sie sich letzte Woche die Zeit für den Probetag an der Rezeption genommen haben. Das Team hat Sie als sehr sympathisch erlebt.

Nach reiflicher Überlegung haben wir uns dennoch für einen anderen Kandidaten entschieden, der bereits Erfahrung mit unserem Property-Management-System mitbringt. Ich bedauere, Ihnen keine positivere Nachricht geben zu können.

Für Ihren weiteren Weg wünsche ich Ihnen alles Gute!

Mit lieben Grüßen aus Wien
Theresa Huber
Direktionsassistenz & Personal
Hotel Kärntnerhof ****
Kärntner Ring 9, 1010 Wien""",
  company="Hotel Kärntnerhof", date="2026-04-01 14:28", tz="CEST", cs="iso-8859-1", cte="qp")

m(R, "ats_taleo_odd_format", "en", ("NorthStar Resorts", "northstar-resorts@taleo-mail.example.net"),
  "Regarding your application to: Director of Rooms (Req ID 260034)",
  """Dear MATHIS ,

Thank you for applying for the position Director of Rooms (Req ID 260034)  .

We have now completed the selection for this position and unfortunately your application was unsuccessful on this occasion.

Your information will be kept on file , and we encourage you to create job alerts.


Sincerely ,

NorthStar Resorts Recruitment

***This is an automated message. Replies to this message are not read.***""",
  company="NorthStar Resorts", date="2026-04-03 03:12", tz="GMT", cte="7bit")

m(R, "ch_federation_hr_cancelled", "fr", ("Fédération Internationale de Course d'Orientation", "hr@fico-lausanne.example.org"),
  "Poste d'Event Operations Manager - annulation du recrutement",
  """Monsieur Keller-Baptiste,

Nous vous remercions pour votre candidature au poste d'Event Operations Manager.

Suite à une réorganisation interne du département Événements, le Conseil a décidé de ne pas pourvoir ce poste. Le processus de recrutement est donc clos et nous ne pourrons malheureusement pas donner suite à votre candidature.

Nous vous prions de croire, Monsieur, à l'assurance de notre considération distinguée.

Ressources Humaines
FICO - Fédération Internationale de Course d'Orientation
Avenue de Rhodanie 54, 1007 Lausanne""",
  company="Fédération Internationale de Course d'Orientation", date="2026-04-08 16:00", tz="CEST", contact="hr@fico-lausanne.example.org")

m(R, "spanish_agency_casual", "es", ("Lucía Ferrer", "lucia.ferrer@brisa-talento.example.es"),
  "Re: Proceso Guest Relations Manager Barcelona",
  """Hola Mathis!

Te escribo para contarte que el cliente ya ha cerrado el proceso. Al final se han decantado por una persona que ya estaba en Barcelona y que habla catalán, que para ellos era bastante importante.

Sé que no es la noticia que esperabas, lo siento mucho de verdad. Me quedo con tu perfil muy presente para otras posiciones en hoteles de lujo, que ahora mismo se están moviendo mucho.

Un abrazo y mucho ánimo,
Lucía

Lucía Ferrer · Consultora senior Hospitality
Brisa Consultores · Barcelona
+34 600 000 418

El lun, 6 abr 2026 a las 10:14, Mathis Keller-Baptiste (<mathis.kb@example.ch>) escribió:
> Hola Lucía, ¿hay novedades del cliente? Gracias!""",
  company="Brisa Consultores", date="2026-04-13 19:22", tz="CEST", reply=True)

m(R, "lever_startup_hiring_manager", "en", ("Noora Lehtinen", "noora@kelohub.example.fi"),
  "Re: Ops role at Kelo",
  """Hi Mathis,

Sorry for the slow reply - hectic couple of weeks with the Helsinki launch.

I've talked it through with Jukka and we've decided not to move forward with your application. We really liked the hospitality angle but for this role we need someone who's already run ops at a SaaS company, and that's a gap we can't train around right now.

Thanks again for the chat, and good luck with the search!

Noora
Head of Operations, Kelo
Sent from my phone, excuse brevity""",
  company="Kelo", date="2026-04-20 21:45", tz="CEST", reply=True, cte="7bit")

m(R, "german_personalberatung_shortlist", "de", ("Dr. Felix Brandstetter", "brandstetter@brandstetter-partner.example.de"),
  "AW: Ihre Kandidatur - Head of Guest Experience",
  """Sehr geehrter Herr Keller-Baptiste,

unser Mandant hat die Unterlagen der Longlist geprüft und sich entschieden, Sie nicht in die engere Auswahl aufzunehmen. Ausschlaggebend war nach seiner Rückmeldung die fehlende Führungserfahrung mit mehr als 50 Mitarbeitenden.

Wir bedauern diese Entwicklung und würden Sie gerne bei passenden Mandaten erneut ansprechen, sofern Sie damit einverstanden sind.

Mit freundlichen Grüßen

Dr. Felix Brandstetter
Brandstetter & Partner Executive Search
Maximilianstraße 35, 80539 München
T +49 89 5550 3310

Am 14.04.2026 um 09:02 schrieb Mathis Keller-Baptiste <mathis.kb@example.ch>:
> Sehr geehrter Herr Dr. Brandstetter,
> gibt es bereits Neuigkeiten? Besten Dank und freundliche Grüsse
> Mathis Keller-Baptiste""",
  company="Brandstetter & Partner", date="2026-04-22 08:55", tz="CEST", reply=True, cte="qp")

m(R, "teamtailor_events_fr_short", "fr", ("Sommets Events", "no-reply@teamtailor-mail.example.com"),
  "Votre candidature chez Sommets Events",
  """Bonjour Mathis,

Merci pour votre candidature au poste de Chargé·e de projets séminaires. Nous avons décidé de ne pas avancer avec votre profil pour ce poste.

On vous souhaite le meilleur pour la suite !

L'équipe Sommets Events""",
  company="Sommets Events", date="2026-04-29 10:03", tz="CEST", fmt="html",
  reply_to=("Zoé Tissot", "zoe.tissot@sommets-events.example.fr"))

m(R, "turkish_hotel_group_en", "en", ("Defne Aksoy", "defne.aksoy@bosphorus-residences.example.com.tr"),
  "Revenue Manager - Bosphorus Residences Geneva",
  """Dear Mr. Keller-Baptiste,

Thank you for your patience during our selection process and for meeting with our General Manager, Mr. Kaan Yıldız, last Thursday.

After evaluation of the shortlisted candidates, we have concluded that we will continue with another candidate whose pricing-system experience better matches the pre-opening needs of our Geneva property. We are sorry to bring you this news.

We appreciate your interest in Bosphorus Residences and would be glad to keep in touch for future positions in our European openings.

Best regards,

Defne Aksoy
Corporate HR Business Partner
Bosphorus Residences Hotels & Resorts
Istanbul | Geneva | Baku""",
  company="Bosphorus Residences Hotels & Resorts", date="2026-05-04 14:12", tz="CEST", fmt="alt", logo="Bosphorus Residences")

m(R, "icims_medical_reloc_fr", "fr", ("Groupe Hospitalier Rive Droite", "ne-pas-repondre@icims-mail.example.com"),
  "Candidature n°R-2026-0981",
  """Madame, Monsieur,

Nous avons bien étudié votre candidature au poste de Responsable accueil et services hôteliers (H/F) - site de Lyon.

Votre profil présente des qualités certaines ; toutefois, il ne correspond pas suffisamment aux besoins du poste. Nous ne sommes donc pas en mesure d'y donner une suite favorable.

Nous vous prions d'agréer nos sincères salutations.

La Direction des Ressources Humaines
Groupe Hospitalier Rive Droite - Lyon""",
  company="Groupe Hospitalier Rive Droite", date="2026-05-11 07:01", tz="CEST", cs="windows-1252", cte="qp")

m(R, "belgian_event_tu", "fr", ("Arnaud Dewaele", "arnaud@brusselsfairco.example.be"),
  "suite de notre entretien",
  """Salut Mathis,

Merci encore pour l'appel de mardi, c'était chouette de discuter. Je te fais un retour franc : on part sur quelqu'un d'autre pour le poste de chef de projet salons, quelqu'un qui connaît déjà bien les exposants belges. Rien à voir avec ta motivation.

Je te souhaite vraiment de trouver chaussure à ton pied, et si tu passes par Bruxelles, fais signe.

À bientôt,
Arnaud
--
Arnaud Dewaele - Managing Partner
BrusselsFairCo sprl | Avenue Louise 221, 1050 Bruxelles""",
  company="BrusselsFairCo", date="2026-05-14 17:49", tz="CEST", cte="8bit")

m(R, "vienna_personio_de", "de", ("Donaublick Eventlocations", "noreply@personio.example.de"),
  "Ihre Bewerbung: Eventmanager:in (m/w/d)",
  """Hallo Mathis,

vielen Dank für deine Bewerbung und dein Interesse an Donaublick Eventlocations.

Wir haben uns alle Bewerbungen genau angeschaut und uns am Ende für eine andere Person entschieden, deren Profil noch besser zu der Stelle passt. Das ist keine Entscheidung gegen dich persönlich.

Wir wünschen dir weiterhin viel Erfolg!

Viele Grüße
Katharina vom Donaublick-Team""",
  company="Donaublick Eventlocations", date="2026-05-20 11:14", tz="CEST", fmt="alt")

m(R, "monaco_hotel_after_final", "en", ("Giulia Rinaldi", "g.rinaldi@hotel-princesse-grace.example.mc"),
  "Your candidacy",
  """Dear Mathis,

I wanted to let you know personally that, after the final interview with our General Manager and the Director of Revenue, we have decided to offer the Revenue Manager position to another candidate.

It was a genuinely difficult decision. Your analysis of our group-booking displacement was among the best we received and we would like to stay in touch.

Warm regards,

Giulia Rinaldi
Director of Human Resources
Hôtel Princesse Grace, Monte-Carlo
T +377 9 00 00 14 22

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, you must not use, copy or disclose it.""",
  company="Hôtel Princesse Grace", date="2026-06-02 18:30", tz="CEST", cs="iso-8859-1", cte="qp")

m(R, "cornerstone_watch_ch_short", "fr", ("Horlogerie Perrenoud & Fils", "ne_pas_repondre@csod-mail.example.com"),
  "Information concernant votre candidature",
  """Bonjour,

Nous vous remercions de votre intérêt pour le poste de Coordinateur Service Client International.
Nous regrettons de vous informer que votre candidature n'a pas été retenue.

Meilleures salutations,
Perrenoud & Fils - Ressources Humaines, Le Sentier""",
  company="Perrenoud & Fils", date="2026-06-15 09:20", tz="CEST", cte="b64")

m(R, "spanish_formal_ats", "es", ("Talento Viajes Ibéricos", "notificaciones@viajes-ibericos.example.es"),
  "Resolución de tu candidatura · Responsable de Operaciones de Eventos",
  """Estimado/a Mathis Keller-Baptiste:

Te agradecemos sinceramente el interés mostrado en Viajes Ibéricos y la participación en el proceso de selección para el puesto de Responsable de Operaciones de Eventos.

Tras valorar detenidamente todas las candidaturas, lamentamos informarte de que no has sido seleccionado/a para continuar en el proceso.

Te animamos a seguir consultando nuestras ofertas.

Atentamente,
Departamento de Talento
Viajes Ibéricos S.A. - Madrid

Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.""",
  company="Viajes Ibéricos", date="2026-07-07 13:45", tz="CEST", fmt="html", enc_subject=True)

m(R, "lausanne_school_gm_mobile", "en", ("Raphael Cattin", "raphael.cattin@glionmont-academy.example.ch"),
  "Re: Student Experience Manager",
  """Mathis - thanks for coming in Tuesday. We've decided to go another direction on this one, sorry. Wish you all the best.

R.

Sent from my iPhone

> On 8 Sep 2026, at 09:03, Mathis Keller-Baptiste <mathis.kb@example.ch> wrote:
>
> Dear Raphael, thank you again for the interview yesterday, it was a pleasure meeting the team.""",
  company="Glionmont Academy", date="2026-09-10 22:07", tz="CEST", reply=True, cte="7bit")

m(R, "vietnamese_travel_tech_en", "en", ("Linh Tran", "linh.tran@saigonstay.example.vn"),
  "Customer Success Lead (Europe) - outcome",
  """Dear Mathis,

Thank you for your time with our team over the past weeks, including the role play with our Head of Partnerships.

We have made the difficult decision not to proceed with your candidacy. Our priority has shifted toward candidates based in our Barcelona hub, and the role will no longer be offered as remote-from-Switzerland.

We wish you success and hope our paths cross again.

Best regards,
Linh Tran
People Partner, SaigonStay""",
  company="SaigonStay", date="2026-09-23 04:18", tz="ICT")

m(R, "paris_cabinet_vous", "fr", ("Valentine de Lacroix", "vdelacroix@lacroix-associes.example.fr"),
  "Votre candidature - Directeur adjoint hébergement (Paris 8e)",
  """Monsieur,

Je fais suite à notre entretien du 2 octobre dans le cadre de la mission que nous a confiée notre client, un palace parisien.

Je suis au regret de vous annoncer que votre candidature n'a pas été retenue pour la short-list présentée au client. Votre parcours est de grande qualité mais notre client privilégie une expérience déjà acquise dans un établissement parisien.

Je reste naturellement à votre écoute pour d'autres opportunités.

Bien cordialement,

Valentine de Lacroix
Associée
Lacroix & Associés - Conseil en recrutement hôtellerie de luxe
12, rue de Miromesnil - 75008 Paris""",
  company="Lacroix & Associés", date="2026-10-06 10:10", tz="CEST", cs="windows-1252", cte="8bit")
