"""Application acknowledgements and offers for the 72nd corpus."""

from msgs72_build import m

ACK = "application_received"
OFFER = "offer"

# --- acknowledgements ------------------------------------------------------------------

m(ACK, "sf_palace_ack_fr", "fr", ("Hôtel Beau-Rivage du Léman - Carrières", "noreply@successfactors.example.com"),
  "Confirmation de réception de votre candidature",
  """Cher Monsieur Keller-Baptiste,

Nous vous remercions pour votre candidature au poste d'Assistant(e) Revenue Manager (Réf. 4471) et accusons bonne réception de votre dossier.

Notre équipe va l'étudier avec attention. En raison du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles ; si votre profil est retenu, nous vous contacterons dans les trois semaines.

Le service des Ressources Humaines
Hôtel Beau-Rivage du Léman

Ce message a été généré automatiquement, merci de ne pas y répondre.""",
  company="Hôtel Beau-Rivage du Léman", date="2026-01-06 22:14", fmt="html", logo="Hôtel Beau-Rivage du Léman")

m(ACK, "workday_airline_ack", "en", ("Alpine Skyways Careers", "alpineskyways@myworkday.example.com"),
  "Thank you for applying to Alpine Skyways",
  """Dear Mathis,

Thank you for applying for the Customer Experience Lead - Hub Operations (JR-10882) position. We have received your application and our recruiting team will review it shortly.

You can check the status of your application at any time by logging into your candidate home account.

Best regards,
Talent Acquisition Team
Alpine Skyways

Please do not reply to this email as the mailbox is not monitored.""",
  company="Alpine Skyways", date="2026-01-09 14:03", fmt="alt", logo="Alpine Skyways")

m(ACK, "jobup_forward_ack_fr", "fr", ("jobup.ch", "noreply@jobup.example.ch"),
  "Votre candidature a été envoyée à Clinique des Alpes Vaudoises",
  """Bonjour Mathis,

Votre candidature pour le poste « Responsable Hôtellerie & Accueil patients » a bien été transmise à Clinique des Alpes Vaudoises SA.

Vous pouvez suivre son statut dans votre espace candidat.

Bonne chance !
Votre équipe jobup.ch""",
  company="Clinique des Alpes Vaudoises", date="2026-01-12 08:05", fmt="html")

m(ACK, "icrc_ack_no_feedback", "en", ("ICRC Recruitment Services", "recruitment-notification@icrc-partners.example.org"),
  "Acknowledgement of application - Hospitality & Conference Services Officer",
  """Dear Mathis Keller-Baptiste,

This is to acknowledge receipt of your application for the position of Hospitality & Conference Services Officer (Geneva).

Only candidates under serious consideration will be contacted. Unfortunately we are unable to provide individual feedback at this stage of the process.

Thank you for your interest in working with us.

Recruitment Services
International Committee for Relief Coordination""",
  company="International Committee for Relief Coordination", date="2026-01-28 12:00", cte="7bit")

m(ACK, "bank_de_eingang", "de", ("Bankhaus Lindenhof Karriere", "noreply@bankhaus-lindenhof.example.ch"),
  "Eingangsbestätigung Ihrer Bewerbung",
  """Sehr geehrter Herr Keller-Baptiste

Besten Dank für Ihre Bewerbung als Client Service Associate (80-100%). Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen.

Wir prüfen Ihr Dossier sorgfältig und melden uns innert zwei bis drei Wochen bei Ihnen. Wir bitten Sie um etwas Geduld.

Freundliche Grüsse
Bankhaus Lindenhof AG
Human Resources""",
  company="Bankhaus Lindenhof", date="2026-02-02 10:30", cte="b64")

m(ACK, "greenhouse_tripwell_ack", "en", ("Tripwell Hiring", "no-reply@us.greenhouse-mail.example.io"),
  "Thanks for applying to Tripwell!",
  """Hi Mathis,

Thanks so much for your interest in Tripwell! We've received your application for Customer Success Manager (DACH & Romandie) and our team is taking a look.

We get a lot of applications, so unfortunately we can't respond to everyone individually - but if there's a match, you'll hear from us within two weeks.

In the meantime, check out our blog: https://tripwell.example.io/blog

Cheers,
The Tripwell Team""",
  company="Tripwell", date="2026-02-20 17:44", fmt="alt")

m(ACK, "smartrecruiters_airport_ack", "fr", ("Aéroport de Genève-Cointrin", "noreply@smartrecruiters.example.com"),
  "Merci pour votre candidature !",
  """Bonjour Mathis,

Merci d'avoir postulé au poste de Coordinateur·trice Expérience Passagers à l'Aéroport International de Genève. Votre candidature a bien été reçue.

Nos équipes reviendront vers vous dès que possible.

L'équipe Talent Acquisition
Aéroport International de Genève""",
  company="Aéroport International de Genève", date="2026-02-24 21:30", fmt="html")

m(ACK, "small_hotel_manual_ack_fr", "fr", ("Hôtel des Trois Couronnes Vevey", "reception@troiscouronnes-vevey.example.ch"),
  "Re: Candidature spontanée",
  """Bonjour Monsieur,

Bien reçu votre dossier, merci. Je le transmets à notre directeur, M. Cuendet, qui reviendra vers vous s'il y a une ouverture.

Belle journée,
Isabelle
Réception - Hôtel des Trois Couronnes, Vevey""",
  company="Hôtel des Trois Couronnes", date="2026-03-01 10:12", reply=True, cs="iso-8859-1", cte="8bit")

m(ACK, "teamtailor_events_ack_fr", "fr", ("Sommets Events", "no-reply@teamtailor-mail.example.com"),
  "Merci pour votre candidature chez Sommets Events",
  """Salut Mathis,

Merci pour votre candidature au poste de Chargé·e de projets séminaires ! Nous l'avons bien reçue et nous la lirons avec attention.

Nous revenons vers vous d'ici deux semaines au plus tard.

L'équipe Sommets Events
Annecy - Chamonix""",
  company="Sommets Events", date="2026-04-10 12:40", tz="CEST", fmt="html",
  reply_to=("Zoé Tissot", "zoe.tissot@sommets-events.example.fr"))

m(ACK, "icims_lyon_ack_fr", "fr", ("Groupe Hospitalier Rive Droite", "ne-pas-repondre@icims-mail.example.com"),
  "Accusé de réception - Candidature n°R-2026-0981",
  """Madame, Monsieur,

Nous accusons réception de votre candidature au poste de Responsable accueil et services hôteliers (H/F) - site de Lyon et vous remercions de l'intérêt porté à notre établissement.

Compte tenu du nombre de candidatures reçues, seules les personnes dont le profil correspond aux attentes seront contactées. Sans nouvelle de notre part dans un délai de 4 semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

La Direction des Ressources Humaines
Groupe Hospitalier Rive Droite""",
  company="Groupe Hospitalier Rive Droite", date="2026-04-16 07:01", tz="CEST", cs="windows-1252", cte="qp")

m(ACK, "personio_vienna_ack_de", "de", ("Donaublick Eventlocations", "noreply@personio.example.de"),
  "Danke für deine Bewerbung!",
  """Hallo Mathis,

vielen Dank für deine Bewerbung als Eventmanager:in (m/w/d)! Wir haben deine Unterlagen erhalten und melden uns so bald wie möglich bei dir.

Viele Grüße
Katharina vom Donaublick-Team
Donaublick Eventlocations GmbH, Handelskai 94, 1200 Wien""",
  company="Donaublick Eventlocations", date="2026-04-27 09:12", tz="CEST", fmt="alt")

m(ACK, "spanish_hotel_ack", "es", ("Selección Hotel Gran Vía Alcalá", "seleccion@hotelgranviaalcala.example.es"),
  "Hemos recibido tu candidatura",
  """Hola Mathis:

Te confirmamos que hemos recibido tu candidatura para el puesto de Revenue Analyst. Nuestro equipo la revisará en los próximos días.

Debido al elevado número de candidaturas, no podemos responder personalmente a todas ellas. Si tu perfil encaja, nos pondremos en contacto contigo.

Un saludo,
Equipo de Personas
Hotel Gran Vía Alcalá""",
  company="Hotel Gran Vía Alcalá", date="2026-03-02 16:00", cs="windows-1252", cte="8bit")

m(ACK, "avature_luxury_ack_en", "en", ("Maison Desrochers Careers", "donotreply@avature.example.net"),
  "Maison Desrochers | Application received",
  """Dear Mathis,

Thank you for applying to Maison Desrochers for the role of Client Experience Manager - Geneva Boutique.

Your application has been successfully submitted. Our Talent team will carefully review your profile and will come back to you should your experience match the requirements of the role.

With our best regards,
Maison Desrochers Talent Acquisition""",
  company="Maison Desrochers", date="2026-02-03 09:30", fmt="html", logo="MAISON DESROCHERS - PARIS")

m(ACK, "hosco_cruise_ack", "en", ("Hosco", "notifications@hosco.example.com"),
  "Your application to Sea Aurora Cruises has been sent",
  """Hi Mathis,

Your application for Guest Services Manager (fleet) at Sea Aurora Cruises has been sent!

What's next? The employer will review your profile. You'll get a notification as soon as your application status changes.

Good luck!
The Hosco Team

You are receiving this email because you applied to a job on Hosco. Manage notifications: https://hosco.example.com/settings""",
  company="Sea Aurora Cruises", date="2026-02-25 13:20", fmt="html")

m(ACK, "lever_kelo_ack", "en", ("Kelo", "no-reply@hire.lever-mail.example.co"),
  "Thanks for applying to Kelo",
  """Hi Mathis,

Thanks for applying for the Operations Lead role at Kelo - we've got your application and Noora, our Head of Operations, will review it personally. We aim to get back to everyone within 10 days.

Kiitos!
Team Kelo""",
  company="Kelo", date="2026-03-28 11:02", tz="CET", fmt="alt")

m(ACK, "federation_ack_fr_belgian", "fr", ("Secrétariat Union Européenne de Basket Corporatif", "secretariat@uebc-sport.example.org"),
  "Accusé de réception",
  """Monsieur Keller-Baptiste,

Nous avons bien reçu votre candidature pour le poste de coordinateur événements et vous en remercions. Le comité de sélection se réunira fin mai ; nous ne manquerons pas de vous tenir informé de la suite réservée à votre dossier.

Veuillez agréer, Monsieur, nos salutations distinguées.

Le secrétariat général
Union Européenne de Basket Corporatif - Lausanne""",
  company="Union Européenne de Basket Corporatif", date="2026-05-06 15:33", tz="CEST")

m(ACK, "softgarden_munich_ack_de", "de", ("Isarwelle Kongresshotel", "noreply@softgarden.example.io"),
  "Ihre Bewerbung ist bei uns eingegangen",
  """Sehr geehrter Herr Keller-Baptiste,

vielen Dank für Ihre Bewerbung als Revenue Manager (m/w/d). Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen.

Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an Bewerbungen kein individuelles Feedback geben können, bevor die Vorauswahl abgeschlossen ist.

Mit freundlichen Grüßen
Ihr Team des Isarwelle Kongresshotel München""",
  company="Isarwelle Kongresshotel", date="2026-06-03 18:21", tz="CEST", fmt="alt")

m(ACK, "glassdoor_easy_apply_en", "en", ("Glassdoor", "noreply@glassdoor.example.com"),
  "Application submitted: Guest Relations Manager at Riviera Crest Hotel",
  """Your application was sent to Riviera Crest Hotel.

Guest Relations Manager
Riviera Crest Hotel - Nice, France

We'll let you know if the employer views your application.

Glassdoor, Inc. | Unsubscribe""",
  company="Riviera Crest Hotel", date="2026-06-19 23:04", tz="CEST", fmt="html")

m(ACK, "eng_school_ack_en_aus", "en", ("Ellie Watson", "ellie.watson@harbourview-intl.example.ch"),
  "Re: Operations & Events Coordinator application",
  """Hi Mathis,

Thanks heaps for your application - it's landed safely with me. We're shortlisting over the next fortnight and I'll be in touch either way once the panel has had a look.

Cheers,
Ellie

Ellie Watson
HR Advisor | Harbourview International School, Geneva""",
  company="Harbourview International School", date="2026-08-20 08:45", tz="CEST", reply=True, cte="7bit")

m(ACK, "cabinet_paris_ack_fr", "fr", ("Lacroix & Associés", "candidats@lacroix-associes.example.fr"),
  "Votre candidature - Réf. LA-2609",
  """Monsieur,

Nous accusons réception de votre candidature relative à notre annonce Réf. LA-2609 (Directeur adjoint hébergement, Paris 8e) et vous en remercions.

Votre dossier fait l'objet d'un examen attentif. Si votre profil correspond aux attentes de notre client, un consultant prendra contact avec vous.

Lacroix & Associés
12, rue de Miromesnil - 75008 Paris""",
  company="Lacroix & Associés", date="2026-09-15 11:00", tz="CEST", cs="windows-1252", cte="qp")

m(ACK, "indeed_apply_reloc_es", "es", ("Indeed", "noreply@indeed.example.com"),
  "Candidatura enviada: Coordinador/a de Experiencia del Huésped - Mar Blau Hotels",
  """Se ha enviado tu candidatura a Mar Blau Hotels.

Coordinador/a de Experiencia del Huésped
Mar Blau Hotels - Barcelona

Te avisaremos si la empresa tiene novedades. Buena suerte.

Indeed · Ver tus candidaturas""",
  company="Mar Blau Hotels", date="2026-09-18 20:12", tz="CEST", fmt="html")

# --- offers -----------------------------------------------------------------------------

m(OFFER, "verbal_followup_fr", "fr", ("Amélie Rochat", "amelie.rochat@hotel-bellerive-lausanne.example.ch"),
  "Suite à notre appel",
  """Bonjour Mathis,

Comme annoncé par téléphone tout à l'heure, c'est avec grand plaisir que nous vous confirmons notre souhait de vous accueillir comme Guest Experience Manager à l'Hôtel Bellerive Lausanne.

Vous trouverez ci-joint notre proposition (salaire annuel brut de CHF 92'000, 13e salaire, entrée le 1er mai 2026). Le contrat suivra dès réception de votre accord.

Nous nous réjouissons de votre réponse.

Meilleures salutations,
Amélie Rochat
Talent & Culture Manager
Hôtel Bellerive Lausanne""",
  company="Hôtel Bellerive Lausanne", date="2026-03-04 17:30", attach="Proposition_Keller-Baptiste.pdf")

m(OFFER, "conditional_offer_en", "en", ("Lea Baumgartner", "lea.baumgartner@helvetic-crown.example.ch"),
  "Conditional offer - Customer Journey Manager",
  """Dear Mathis,

Congratulations! We are pleased to offer you the position of Customer Journey Manager at Helvetic Crown Airlines, based in Kloten.

This offer is conditional upon satisfactory reference checks and a clean criminal record extract (Strafregisterauszug). Your offer letter is attached, outlining salary, benefits and standby travel privileges.

Please sign and return it by 20 April 2026.

Kind regards,
Lea Baumgartner
Talent Acquisition Partner
Helvetic Crown Airlines""",
  company="Helvetic Crown Airlines", date="2026-04-09 16:10", tz="CEST", fmt="alt", attach="Offer_Letter_MKB.pdf")

m(OFFER, "contract_to_sign_de", "de", ("Stefanie Zürcher", "stefanie.zuercher@alpenhof-collection.example.ch"),
  "Arbeitsvertrag zur Unterschrift",
  """Grüezi Herr Keller-Baptiste

Wir freuen uns sehr, dass Sie sich für die Alpenhof Collection entschieden haben! Im Anhang erhalten Sie den Arbeitsvertrag als Revenue Manager in zweifacher Ausführung.

Bitte senden Sie uns ein unterzeichnetes Exemplar bis Ende Monat zurück. Für die Bewilligung (Ausweis B) benötigen wir zudem eine Kopie Ihres Passes.

Herzlich willkommen im Team!
Stefanie Zürcher
Alpenhof Collection""",
  company="Alpenhof Collection", date="2026-03-09 11:05", cs="iso-8859-1", cte="qp", attach="Arbeitsvertrag_Keller-Baptiste.pdf")

m(OFFER, "agency_offer_exclam", "fr", ("Kevin Da Silva", "kevin.dasilva@alpesconseil-placement.example.ch"),
  "OFFRE !!!",
  """MATHIS !!!

Le client vient de m'appeler : ils te font une offre pour le poste d'Assistant Director of Sales ! 95k + bonus, début juin. Je t'envoie le détail écrit dans l'heure mais je voulais te le dire tout de suite !!

Appelle-moi quand tu peux,
Kevin - Alpes Conseil""",
  company="Alpes Conseil", date="2026-04-22 13:58", tz="CEST", cte="8bit")

m(OFFER, "paris_palace_promesse", "fr", ("Charlotte Meyer", "charlotte.meyer@palais-vendome.example.fr"),
  "Promesse d'embauche",
  """Bonjour Mathis,

Suite à votre entretien avec M. Bertrand, nous avons le plaisir de vous proposer le poste de Guest Relations Manager au Palais Vendôme.

Vous trouverez en pièce jointe votre promesse d'embauche (CDI, statut cadre, rémunération annuelle brute de 58 000 EUR, prise de poste le 1er juillet 2026). Merci de nous la retourner signée si vous l'acceptez.

Bien cordialement,
Charlotte Meyer
Responsable Recrutement - Le Palais Vendôme""",
  company="Le Palais Vendôme", date="2026-05-19 15:40", tz="CEST", cte="b64", attach="Promesse_embauche.pdf")

m(OFFER, "startup_offer_en_casual", "en", ("Marco Bellini", "marco@voyagio.example.io"),
  "Offer!",
  """Mathis,

Super happy to say we'd love to have you join Voyagio as our first Customer Success Manager! Formal offer attached (salary, 0.4% ESOP, remote from Geneva with monthly trips to Milan).

Have a read, ask me anything, and let's aim to sign by Friday?

Marco""",
  company="Voyagio", date="2026-02-27 19:20", fmt="alt", attach="Voyagio_offer_Keller-Baptiste.pdf")

m(OFFER, "spanish_oferta", "es", ("Carmen Ortiz", "carmen.ortiz@hotelmarbellamar.example.es"),
  "Propuesta de incorporación",
  """Hola Mathis,

¡Enhorabuena! Nos complace ofrecerte el puesto de Jefe de Recepción en el Hotel Marbella Mar, con incorporación el 1 de mayo.

Te adjunto la carta de oferta con las condiciones económicas y el detalle del alojamiento para personal. Quedamos a la espera de tu respuesta antes del viernes.

Un saludo,
Carmen Ortiz
Hotel Marbella Mar · Grupo Costa Serena""",
  company="Hotel Marbella Mar", date="2026-03-25 12:45", cte="8bit", cs="windows-1252", attach="Carta_oferta.pdf")

m(OFFER, "dubai_offer_indian_en", "en", ("Rahul Nair", "rahul.nair@desertpearl-hotels.example.ae"),
  "Offer of Employment - Assistant Director of Revenue",
  """Dear Mathis,

Further to your interview with our Cluster Director of Revenue, we are delighted to extend to you an offer of employment for the post of Assistant Director of Revenue.

Please find attached the offer letter detailing the package (basic salary, housing, transport allowance and annual air ticket). Kindly sign and revert with a scanned copy at the earliest, along with the documents for visa processing.

Thanks & regards,
Rahul Nair
Desert Pearl Hotels & Resorts, Dubai""",
  company="Desert Pearl Hotels & Resorts", date="2026-10-08 10:30", tz="GST", attach="Offer_Letter_Desert_Pearl.pdf")

m(OFFER, "un_offer_formal", "en", ("UN Tourism Conference Secretariat", "vacancies@untcs.example.org"),
  "Offer of appointment - Conference Services Assistant (G-6)",
  """Dear Mr. Keller-Baptiste,

I am pleased to inform you that you have been selected for the position of Conference Services Assistant (G-6), Vacancy 26-GVA-311. This offer of a fixed-term appointment of one year is subject to medical clearance and verification of references.

The letter of offer is attached. Please indicate your acceptance within 10 working days.

Yours sincerely,
Human Resources Section
UN Tourism Conference Secretariat""",
  company="UN Tourism Conference Secretariat", date="2026-07-20 09:15", tz="CEST", cte="7bit",
  attach="Letter_of_offer.pdf")

m(OFFER, "finnish_offer_mobile", "en", ("Aino Virtanen", "aino.virtanen@lumilodge.example.fi"),
  "Re: Lumilodge - case interview",
  """Hi Mathis! Great news - Mikko and the team want to make you an offer for the CS Lead role 🎉 I'll send the written offer tomorrow morning, just wanted you to hear it first. Can we talk 15 min tomorrow about start date?

Aino

Sent from my iPhone""",
  company="Lumilodge", date="2026-05-04 20:41", tz="CEST", reply=True)
