"""Interview invitations, employer reschedules/cancellations and missed-interview notices."""

from msgs72_build import m

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MISS = "missed_interview_notice"

# --- invitations -------------------------------------------------------------------------

m(INV, "palace_phone_screen_fr", "fr", ("Amélie Rochat", "amelie.rochat@hotel-bellerive-lausanne.example.ch"),
  "Votre candidature - Guest Experience Manager",
  """Bonjour Monsieur Keller-Baptiste,

Nous avons bien reçu votre candidature pour le poste de Guest Experience Manager et elle a retenu toute notre attention.

Je vous propose un premier entretien téléphonique d'environ 30 minutes. Seriez-vous disponible jeudi 22 janvier à 10h00 ou vendredi 23 janvier à 14h30 ?

Merci de me confirmer le créneau qui vous convient ainsi que le numéro auquel vous joindre.

Meilleures salutations,

Amélie Rochat
Talent & Culture Manager
Hôtel Bellerive Lausanne
Avenue de Rhodanie 2, 1007 Lausanne
T +41 21 555 33 10""",
  company="Hôtel Bellerive Lausanne", date="2026-01-16 11:20", fmt="alt", logo="Hôtel Bellerive Lausanne")

m(INV, "calendly_travel_startup", "en", ("Marco Bellini", "marco@voyagio.example.io"),
  "Quick question",
  """Hey Mathis,

Saw your application for the Customer Success role come through - would you be free for a quick chat this week? Nothing formal, 20 min to tell you what we're building and hear about your hotel background.

Grab any slot that works here: https://calendly.example.com/marco-voyagio/intro-20

Cheers,
Marco
Co-founder, Voyagio""",
  company="Voyagio", date="2026-01-21 19:02", cte="7bit")

m(INV, "agency_exclam_fr", "fr", ("Kevin Da Silva", "kevin.dasilva@alpesconseil-placement.example.ch"),
  "Super nouvelle !!",
  """Hello Mathis !!

Le client (groupe hôtelier 5* à Montreux) a adoré ton CV !!! Ils veulent te voir en entretien avec la Directrice des Ventes la semaine prochaine.

Dispos proposées :
- mardi 3 février 9h
- mercredi 4 février 16h

Ça se passera sur place, je t'envoie l'adresse exacte dès que tu confirmes. Tiens-moi au jus vite stp, ils ont 2 autres candidats en finale !!

Belle journée,
Kevin

Kevin Da Silva
Consultant Hôtellerie & Restauration
Alpes Conseil
079 555 12 34""",
  company="Alpes Conseil", date="2026-01-27 08:47")

m(INV, "workday_bank_video_en", "en", ("Banque Privée Rhône", "banqueprivee-rhone@myworkday.example.com"),
  "Invitation: Video Interview - Client Service Desk Associate",
  """Dear Mathis,

We are pleased to invite you to a video interview for the Client Service Desk Associate position (R-0042117).

Date: Tuesday, 10 February 2026
Time: 14:00-14:45 (CET)
Format: Microsoft Teams (link in the attached calendar invitation)
Interviewers: Nadia Favre (Team Head), Luc Morel (HR Business Partner)

Please accept the invitation to confirm your attendance. If the proposed time does not suit, please reply to nadia.favre@banqueprivee-rhone.example.ch.

Kind regards,
Banque Privée Rhône - Human Resources""",
  company="Banque Privée Rhône", date="2026-02-04 09:15", fmt="alt",
  reply_to=("Nadia Favre", "nadia.favre@banqueprivee-rhone.example.ch"),
  ics={"summary": "Video Interview - Client Service Desk Associate", "start": "2026-02-10 13:00",
       "org": "nadia.favre@banqueprivee-rhone.example.ch", "org_name": "Nadia Favre"})

m(INV, "hotel_group_german_next_round", "de", ("Stefanie Zürcher", "stefanie.zuercher@alpenhof-collection.example.ch"),
  "Einladung zum Zweitgespräch",
  """Grüezi Herr Keller-Baptiste

Herzlichen Dank für das angenehme erste Gespräch. Gerne möchten wir Sie zu einem Zweitgespräch mit unserem General Manager, Herrn Reto Baumann, und der Leiterin Revenue einladen.

Vorschlag: Donnerstag, 19. Februar 2026, 13.30 Uhr, im Hotel Alpenhof Zürich (Empfang, 2. Stock). Bitte planen Sie rund 90 Minuten ein, inklusive einer kurzen Fallstudie zu unserer Preisstrategie.

Können Sie uns den Termin bestätigen?

Freundliche Grüsse

Stefanie Zürcher
HR Business Partner
Alpenhof Collection
Seefeldstrasse 12, 8008 Zürich""",
  company="Alpenhof Collection", date="2026-02-11 16:05", cs="iso-8859-1", cte="qp")

m(INV, "goodtime_airline_selfsched", "en", ("Helvetic Crown Airlines via GoodTime", "scheduling@goodtime-mail.example.io"),
  "Please choose a time for your interview with Helvetic Crown Airlines",
  """Hi Mathis,

Helvetic Crown Airlines would like to schedule your 45-minute panel interview for Customer Journey Manager.

Please select a time that works for you:
https://schedule.goodtime.example.io/s/7Fq2LrxP

Available slots are shown in your local time zone. If none of the times work, reply to this email and your coordinator, Lea Baumgartner (lea.baumgartner@helvetic-crown.example.ch), will help.

Powered by GoodTime""",
  company="Helvetic Crown Airlines", date="2026-02-19 10:00", fmt="html",
  reply_to=("Lea Baumgartner", "lea.baumgartner@helvetic-crown.example.ch"))

m(INV, "clinic_tu_terse", "fr", ("Noémie Favre", "noemie.favre@clinique-lac-bleu.example.ch"),
  "RE: Poste réception",
  """Hello Mathis,
on peut se voir lundi à 11h à la clinique pour un entretien avec Mme Steiner ? Dis-moi.
Noémie

De : Mathis Keller-Baptiste <mathis.kb@example.ch>
Envoyé : mercredi, 25 février 2026 18:40
À : Noémie Favre <noemie.favre@clinique-lac-bleu.example.ch>
Objet : Poste réception

Bonjour Noémie,
Comme évoqué au téléphone, je te transmets mon CV pour le poste de responsable réception.
Bonne soirée, Mathis""",
  company="Clinique du Lac Bleu", date="2026-02-26 12:31", reply=True, cte="8bit")

m(INV, "icrc_assessment_centre", "en", ("ICRC Recruitment Services", "recruitment-notification@icrc-partners.example.org"),
  "Invitation to Assessment Centre - Hospitality & Conference Services Officer",
  """Dear Mathis Keller-Baptiste,

Following the review of your written test, we are pleased to inform you that you have been shortlisted for the assessment centre for the position of Hospitality & Conference Services Officer, Geneva headquarters.

The assessment centre will take place on 12 March 2026 from 08:30 to 16:00 at Avenue de la Paix 19, Geneva. It will include a group exercise, a role play and a competency-based interview.

Please confirm your participation by 5 March by replying to assessment.geneva@icrc-partners.example.org and bring a valid identity document.

Yours sincerely,
Recruitment Services
International Committee for Relief Coordination""",
  company="International Committee for Relief Coordination", date="2026-02-27 15:12", cte="7bit",
  reply_to=("Assessment Geneva", "assessment.geneva@icrc-partners.example.org"))

m(INV, "lyon_event_agency_zoom", "fr", ("Julien Marchetti", "j.marchetti@rhone-evenements.example.fr"),
  "Entretien visio - Chef de projet événementiel",
  """Bonjour Mathis,

Suite à votre candidature sur Welcome to the Jungle, j'aimerais échanger avec vous en visio.

Je vous propose le vendredi 6 mars à 9h30 (heure de Paris), via Zoom :
https://zoom.example.us/j/83355512345?pwd=Rk9TZW

Comptez 45 minutes. On parlera de votre expérience des congrès et de nos clients pharma.

Cordialement,

Julien Marchetti
Directeur de clientèle
Rhône Événements - Lyon""",
  company="Rhône Événements", date="2026-03-02 09:48", cs="windows-1252", cte="qp",
  ics={"summary": "Entretien Mathis Keller-Baptiste / Rhône Événements", "start": "2026-03-06 08:30",
       "location": "Zoom"})

m(INV, "spanish_hotel_entrevista", "es", ("Carmen Ortiz", "carmen.ortiz@hotelmarbellamar.example.es"),
  "Entrevista - Jefe/a de Recepción",
  """Buenos días Mathis,

Gracias por tu candidatura. Nos gustaría conocerte en una entrevista por Teams con nuestra directora de Rooms Division.

¿Te vendría bien el jueves 12 de marzo a las 11:00 (hora de Madrid)? Si no, dime qué franjas tienes libres esa semana.

Un saludo,
Carmen Ortiz
Responsable de Selección
Hotel Marbella Mar · Grupo Costa Serena""",
  company="Hotel Marbella Mar", date="2026-03-05 12:02", fmt="alt")

m(INV, "sf_watch_roleplay", "fr", ("Maison Vireux Horlogerie", "noreply@successfactors.example.com"),
  "Invitation à un entretien - Client Relations Specialist",
  """Cher Monsieur Keller-Baptiste,

Nous avons le plaisir de vous inviter à la prochaine étape de notre processus de sélection pour le poste de Client Relations Specialist.

Cet entretien se déroulera en deux parties : un jeu de rôle (accueil d'un client VIP en boutique, 20 minutes) suivi d'un entretien avec la Responsable Clienteling.

Date : mercredi 18 mars 2026, 10h00
Lieu : Maison Vireux, Rue du Rhône 48, 1204 Genève

Merci de confirmer votre présence à Mme Laure Besson : laure.besson@vireux.example.ch

Nous nous réjouissons de vous rencontrer.

Ressources Humaines - Maison Vireux""",
  company="Maison Vireux", date="2026-03-09 14:40", fmt="html", logo="MAISON VIREUX GENÈVE 1838")

m(INV, "london_recruiter_brit", "en", ("Oliver Pembroke", "oliver@pembroke-search.example.co.uk"),
  "Re: Head of Guest Relations - Knightsbridge",
  """Hi Mathis,

Good news - the client would like to meet you. First stage would be a 30 min video call with the Hotel Manager, then, all being well, a trial shift at the property.

Could you let me know your availability for Wednesday or Thursday next week, ideally mornings UK time? Shout if there's anything you'd like me to brief you on beforehand.

Best,
Oliver

Oliver Pembroke
Director | Pembroke Search
+44 20 7946 0321

From: Mathis Keller-Baptiste <mathis.kb@example.ch>
Sent: 10 March 2026 08:22
To: Oliver Pembroke <oliver@pembroke-search.example.co.uk>
Subject: Head of Guest Relations - Knightsbridge

Hi Oliver, many thanks for the call yesterday. As discussed, attached is my updated CV. Best, Mathis""",
  company="Pembroke Search", date="2026-03-11 13:06", tz="GMT", reply=True, cte="7bit")

m(INV, "teamtailor_scheduling_fr", "fr", ("Escales Travel", "no-reply@teamtailor-mail.example.com"),
  "Choisissez votre créneau d'entretien",
  """Bonjour Mathis,

Bonne nouvelle ! Nous aimerions vous rencontrer pour le poste de Responsable Expérience Client.

Réservez directement un créneau de 30 minutes dans l'agenda de Manon :
https://escales-travel.teamtailor.example.com/meetings/8821f

À très vite,
Manon Giraud
Escales Travel - Annecy""",
  company="Escales Travel", date="2026-03-16 17:25", fmt="alt",
  reply_to=("Manon Giraud", "manon.giraud@escales-travel.example.fr"))

m(INV, "ehl_panel_gm", "en", ("Sophie Marchand", "sophie.marchand@lacustre-hospitality.example.ch"),
  "Next steps - Guest Experience Operations Manager",
  """Dear Mathis,

Thank you for your time with Anne last week. We'd love to move you to the next stage: a panel interview with our General Manager, the Director of Operations and myself.

Proposed: Tuesday 31 March, 15:00-16:00, at the campus (Route de Berne 301, Le Mont-sur-Lausanne). Please prepare a 10-minute presentation on how you would improve the arrival experience for executive-education guests.

Please confirm, and let me know if you need parking.

Best regards,
Sophie Marchand
HR Manager
Lacustre Hospitality School""",
  company="Lacustre Hospitality School", date="2026-03-20 10:12", tz="CET", fmt="alt",
  ics={"summary": "Panel interview - Mathis Keller-Baptiste", "start": "2026-03-31 13:00", "minutes": "60",
       "location": "Route de Berne 301, Le Mont-sur-Lausanne"})

m(INV, "journee_essai_nice", "fr", ("Hôtel Negresco Azur - Direction", "direction@negresco-azur.example.fr"),
  "Journée d'essai",
  """Bonjour Monsieur Keller-Baptiste,

Suite à notre échange téléphonique, nous vous proposons une journée d'essai au sein de notre équipe de réception le samedi 11 avril de 7h00 à 15h00.

Tenue de ville exigée. Merci de vous présenter au bureau du personnel à 6h45.

Pouvez-vous nous confirmer votre venue ?

Cordialement,
Frédéric Lanza
Directeur d'hébergement
Hôtel Negresco Azur, Nice""",
  company="Hôtel Negresco Azur", date="2026-04-02 15:30", tz="CEST", contact="direction@negresco-azur.example.fr")

m(INV, "basel_congress_teams_de", "de", ("Jana Frei", "jana.frei@messeplatz-congress.example.ch"),
  "Kurzes Kennenlernen?",
  """Hallo Mathis

Danke für deine Bewerbung als Projektleiter:in Kongresse. Hättest du Lust auf ein erstes Kennenlernen via Teams, ca. 30 Minuten?

Ich hätte Dienstag, 14.4. um 10 Uhr oder Mittwoch, 15.4. um 16 Uhr frei. Sag einfach, was dir besser passt.

Liebe Grüsse
Jana

Jana Frei | People & Culture
Messeplatz Congress Basel""",
  company="Messeplatz Congress Basel", date="2026-04-07 11:44", tz="CEST")

m(INV, "finnish_saas_case_en", "en", ("Aino Virtanen", "aino.virtanen@lumilodge.example.fi"),
  "Lumilodge - case interview",
  """Hi Mathis,

Thanks for the great first call. Next step is a case interview (60 min) with our VP Customer Success, Mikko, and me. You'll get a short case about onboarding a hotel chain 24h in advance.

Please book a slot that suits you: https://cal.example.com/lumilodge/case-interview

Looking forward!
Aino
Lumilodge Oy - Helsinki / remote""",
  company="Lumilodge", date="2026-04-15 08:55", tz="CEST", fmt="alt")

m(INV, "hcareers_cruise_video", "en", ("Azure Line Cruises", "notifications@hcareers-mail.example.com"),
  "Azure Line Cruises has invited you to a one-way video interview",
  """Hello Mathis,

Azure Line Cruises has reviewed your application for Hotel Director Assistant - Mediterranean Fleet and invited you to complete a one-way video interview.

You will answer 5 questions, with 2 minutes per answer. The link expires on 2 May 2026.

Start your interview: https://video.hcareers.example.com/i/AZL-55821

Good luck!
The Hcareers team on behalf of Azure Line Cruises""",
  company="Azure Line Cruises", date="2026-04-24 13:10", tz="CEST", fmt="html")

m(INV, "paris_palace_reference_permit", "fr", ("Charlotte Meyer", "charlotte.meyer@palais-vendome.example.fr"),
  "Prochaine étape",
  """Bonjour Mathis,

Merci pour votre entretien avec Isabelle, les retours sont très positifs. Nous aimerions vous faire rencontrer notre Directeur Général, M. Bertrand, pour un dernier entretien le 12 mai à 17h, ici à l'hôtel.

En parallèle, pourriez-vous nous transmettre les coordonnées de deux références ?

Bien cordialement,
Charlotte Meyer
Responsable Recrutement - Le Palais Vendôme""",
  company="Le Palais Vendôme", date="2026-05-05 09:21", tz="CEST", cte="b64")

m(INV, "argentine_events_en", "en", ("Tomás Echeverría", "tomas@pampaevents.example.com.ar"),
  "Interview for Event Project Manager (Europe)",
  """Hi Mathis, how are you?

Thanks a lot for applying! We're expanding our incentive-travel business in Europe and your profile is super interesting for us.

Would you have time for a Google Meet call with me and Valentina (our COO) next Monday or Tuesday? Any time after 14:00 your time works for us (we're in Buenos Aires).

Abrazo,
Tomás

Tomás Echeverría
Founder & CEO - Pampa Events""",
  company="Pampa Events", date="2026-05-22 16:40", tz="ART")

m(INV, "lugano_hotel_it_ch_fr", "fr", ("Ufficio del personale", "personale@grandhotel-ceresio.example.ch"),
  "Convocation à un entretien - Revenue & Distribution Manager",
  """Monsieur,

Nous vous remercions de votre candidature et avons le plaisir de vous convoquer à un entretien le lundi 8 juin 2026 à 14h00 au Grand Hotel Ceresio, Riva Paradiso 4, Lugano.

L'entretien se déroulera en français et en anglais, avec la Direction et le Responsable commercial. Une question portera sur votre statut de séjour (permis B ou G) en vue d'une prise de poste en juillet.

Veuillez agréer, Monsieur, nos salutations distinguées.

Patrizia Bernasconi
Responsabile Risorse Umane
Grand Hotel Ceresio""",
  company="Grand Hotel Ceresio", date="2026-05-27 10:05", tz="CEST", cs="iso-8859-1", cte="8bit")

m(INV, "linkedin_recruiter_next_round_fr", "fr", ("Thomas Girard", "thomas.girard@brandt-hirsch.example.ch"),
  "Re: Opportunité Customer Success - Lausanne",
  """Bonjour Mathis,

Comme discuté, le client souhaite avancer : second entretien avec le Head of CS et un cas pratique (présentation de 15 min) le jeudi 18 juin à 14h, dans leurs bureaux au Flon.

Je vous envoie le brief du cas pratique demain. Merci de me confirmer.

Cordialement,
Thomas Girard
Brandt Hirsch Partners | Executive & Specialist Search
+41 21 555 70 42

Le lun. 8 juin 2026 à 17:03, Mathis Keller-Baptiste <mathis.kb@example.ch> a écrit :
> Bonjour Thomas,
> Merci pour votre appel. Je suis toujours très intéressé.
> Belle soirée,
> Mathis""",
  company="Brandt Hirsch Partners", date="2026-06-10 08:31", tz="CEST", reply=True)

m(INV, "un_agency_written_test", "en", ("UN Tourism Conference Secretariat", "vacancies@untcs.example.org"),
  "Written assessment and interview - Conference Services Assistant (G-6)",
  """Dear Candidate,

You have been shortlisted for the position of Conference Services Assistant (G-6), Vacancy 26-GVA-311. You are invited to a written assessment on 22 June 2026 (online, 2 hours), followed, if successful, by a competency-based interview.

Please confirm your availability by replying to this message no later than 17 June 2026.

Best regards,
Human Resources Section
UN Tourism Conference Secretariat, Palais des Nations, Geneva""",
  company="UN Tourism Conference Secretariat", date="2026-06-12 14:00", tz="CEST", cte="7bit",
  contact="vacancies@untcs.example.org")

m(INV, "spanish_agency_whatsapp_style", "es", ("Pablo Herrero", "pablo@norte-headhunting.example.es"),
  "¿Hablamos?",
  """Hola Mathis,

Te escribo por la vacante de Director/a de Eventos en un hotel de cinco estrellas de Madrid. El cliente ha visto tu perfil y quiere hacerte una primera entrevista telefónica.

¿Te viene bien mañana a las 17h? Te llamo yo al +41 que pusiste en el CV.

Saludos,
Pablo Herrero
Norte Headhunting""",
  company="Norte Headhunting", date="2026-07-01 12:20", tz="CEST", cte="8bit")

m(INV, "zurich_sbb_like_ics_de", "de", ("Reka Reisen Personalabteilung", "personal@reka-reisen.example.ch"),
  "Einladung Vorstellungsgespräch: Teamleiter/in Kundendienst",
  """Sehr geehrter Herr Keller-Baptiste

Wir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle Teamleiter/in Kundendienst einzuladen.

Datum: Mittwoch, 9. September 2026
Zeit: 09.00 - 10.00 Uhr
Ort: Reka Reisen, Hauptsitz, Laupenstrasse 20, 3008 Bern

Die Einladung finden Sie auch als Kalendereintrag im Anhang.

Freundliche Grüsse
Barbara Imhof
HR-Fachfrau
Reka Reisen AG""",
  company="Reka Reisen", date="2026-08-28 14:45", tz="CEST", cte="qp",
  ics={"summary": "Vorstellungsgespräch Keller-Baptiste", "start": "2026-09-09 07:00", "minutes": "60",
       "location": "Laupenstrasse 20, 3008 Bern"}, contact="personal@reka-reisen.example.ch")

m(INV, "dubai_hotel_indian_en", "en", ("Rahul Nair", "rahul.nair@desertpearl-hotels.example.ae"),
  "Interview schedule",
  """Dear Mathis,

Greetings!

With reference to your application for the post of Assistant Director of Revenue, we are pleased to schedule your interview with our Cluster Director of Revenue on Sunday, 4 October 2026 at 13:00 GST via Zoom.

Kindly confirm your availability at the earliest and do revert with a copy of your passport for the visa pre-check.

Thanks & regards,
Rahul Nair
Talent Acquisition Executive
Desert Pearl Hotels & Resorts, Dubai""",
  company="Desert Pearl Hotels & Resorts", date="2026-09-29 10:18", tz="GST")

# --- reschedules and cancellations by the employer ------------------------------------

m(RES, "phone_screen_moved_fr", "fr", ("Amélie Rochat", "amelie.rochat@hotel-bellerive-lausanne.example.ch"),
  "RE: Votre candidature - Guest Experience Manager",
  """Bonjour Monsieur Keller-Baptiste,

Je suis navrée, un imprévu m'oblige à décaler notre entretien téléphonique de jeudi 10h. Pourrions-nous le reporter au lundi 26 janvier à 11h ?

Toutes mes excuses pour ce changement.

Meilleures salutations,
Amélie Rochat
Talent & Culture Manager
Hôtel Bellerive Lausanne""",
  company="Hôtel Bellerive Lausanne", date="2026-01-20 17:02", reply=True)

m(RES, "teams_cancel_ics_en", "en", ("Nadia Favre", "nadia.favre@banqueprivee-rhone.example.ch"),
  "Canceled: Video Interview - Client Service Desk Associate",
  """Dear Mathis,

Unfortunately I have to cancel our interview planned for tomorrow at 14:00 because of an urgent client matter. I will send you a new invitation for next week shortly - apologies for the inconvenience.

Best regards,
Nadia Favre
Team Head Client Service Desk
Banque Privée Rhône""",
  company="Banque Privée Rhône", date="2026-02-09 18:12", fmt="alt",
  ics={"summary": "Video Interview - Client Service Desk Associate", "start": "2026-02-10 13:00",
       "method": "CANCEL", "sequence": "1"})

m(RES, "agency_client_moved_fr", "fr", ("Kevin Da Silva", "kevin.dasilva@alpesconseil-placement.example.ch"),
  "Changement d'horaire !!",
  """Re-hello Mathis,

Petit changement : la Directrice des Ventes est bloquée mardi matin, le client propose de décaler ton entretien à jeudi 5 février 15h, même endroit. Ça te va ??

Dis-moi vite !
Kevin
Alpes Conseil""",
  company="Alpes Conseil", date="2026-01-30 11:35", reply=True)

m(RES, "german_gm_krank", "de", ("Stefanie Zürcher", "stefanie.zuercher@alpenhof-collection.example.ch"),
  "Verschiebung Zweitgespräch 19.02.",
  """Grüezi Herr Keller-Baptiste

Leider ist Herr Baumann kurzfristig erkrankt. Wir müssen das Gespräch von morgen Donnerstag deshalb verschieben. Wären Sie am Dienstag, 24. Februar, um 10.00 Uhr verfügbar?

Entschuldigen Sie bitte die Umstände.

Freundliche Grüsse
Stefanie Zürcher
Alpenhof Collection""",
  company="Alpenhof Collection", date="2026-02-18 07:40", cs="iso-8859-1", cte="8bit", reply=True)

m(RES, "outlook_chain_moved_en", "en", ("Oliver Pembroke", "oliver@pembroke-search.example.co.uk"),
  "RE: Head of Guest Relations - Knightsbridge",
  """Mathis - sorry, curveball. Hotel Manager's been pulled into an owners' meeting on Thursday so they've asked to push your call to Monday 23rd, same time (10:00 UK). Does that still work? If not I'll find another slot.

O.

From: Mathis Keller-Baptiste <mathis.kb@example.ch>
Sent: 16 March 2026 07:10
To: Oliver Pembroke <oliver@pembroke-search.example.co.uk>
Subject: RE: Head of Guest Relations - Knightsbridge

Perfect, Thursday 10:00 UK works for me. Thanks, Mathis

From: Oliver Pembroke
Sent: 13 March 2026 16:44
Subject: RE: Head of Guest Relations - Knightsbridge

Confirmed with the client for Thursday 19th, 10:00 UK via Teams. Link to follow.""",
  company="Pembroke Search", date="2026-03-17 12:55", tz="GMT", reply=True, cte="7bit")

m(RES, "watch_roleplay_postponed_fr", "fr", ("Laure Besson", "laure.besson@vireux.example.ch"),
  "Report de votre entretien du 18 mars",
  """Cher Monsieur Keller-Baptiste,

En raison de la visite de la Direction générale en boutique le 18 mars, nous sommes contraints de reporter votre entretien. Nous vous proposons à la place le mardi 24 mars à 9h30, au même endroit.

Je vous remercie de votre compréhension et vous prie de me confirmer cette nouvelle date.

Bien à vous,
Laure Besson
Responsable Clienteling
Maison Vireux""",
  company="Maison Vireux", date="2026-03-13 16:20", fmt="alt", logo="MAISON VIREUX GENÈVE 1838")

m(RES, "school_panel_cancelled_role_review", "en", ("Sophie Marchand", "sophie.marchand@lacustre-hospitality.example.ch"),
  "Panel interview on 31 March - cancelled",
  """Dear Mathis,

I'm sorry to let you know that we need to cancel the panel interview scheduled for Tuesday 31 March. Our GM has been called to an urgent board meeting abroad. I'll be in touch early next week with new dates - your candidacy is very much still active.

Apologies again,
Sophie

Sophie Marchand
HR Manager | Lacustre Hospitality School""",
  company="Lacustre Hospitality School", date="2026-03-27 19:05", tz="CET", fmt="alt",
  ics={"summary": "Panel interview - Mathis Keller-Baptiste", "start": "2026-03-31 13:00", "minutes": "60",
       "method": "CANCEL", "sequence": "2", "location": "Route de Berne 301, Le Mont-sur-Lausanne"})

m(RES, "spanish_reprogramar", "es", ("Carmen Ortiz", "carmen.ortiz@hotelmarbellamar.example.es"),
  "Cambio de hora entrevista",
  """Hola Mathis,

Te pido disculpas, pero nuestra directora de Rooms Division tiene un imprevisto el jueves. ¿Podríamos reprogramar la entrevista para el viernes 13 a las 9:30? Si no te encaja, dime otra opción.

Gracias por la flexibilidad.
Carmen

Carmen Ortiz · Hotel Marbella Mar""",
  company="Hotel Marbella Mar", date="2026-03-10 18:50", reply=True)

m(RES, "trial_day_moved_nice", "fr", ("Frédéric Lanza", "f.lanza@negresco-azur.example.fr"),
  "Journée d'essai - changement de date",
  """Bonjour Mathis,

Petit souci de planning : le samedi 11 avril nous avons un mariage privatif et l'équipe ne pourra pas vous encadrer correctement. Je vous propose de décaler la journée d'essai au mercredi 15 avril, mêmes horaires.

Merci de me redire.
F. Lanza""",
  company="Hôtel Negresco Azur", date="2026-04-06 21:12", tz="CEST", cte="8bit", cs="iso-8859-1")

m(RES, "startup_cancel_hiring_freeze_call", "en", ("Aino Virtanen", "aino.virtanen@lumilodge.example.fi"),
  "Re: Lumilodge - case interview",
  """Hi Mathis,

I have to cancel Thursday's case interview, sorry for the short notice - Mikko is out sick. Could we do Tuesday next week instead? I've put two options in the calendar link again.

Thanks for understanding!
Aino""",
  company="Lumilodge", date="2026-04-21 07:33", tz="CEST", reply=True, cte="7bit")

m(RES, "paris_gm_travelling", "fr", ("Charlotte Meyer", "charlotte.meyer@palais-vendome.example.fr"),
  "Entretien avec M. Bertrand - nouvelle date",
  """Bonjour Mathis,

M. Bertrand doit se rendre à Londres le 12 mai ; nous devons donc décaler votre entretien. Seriez-vous disponible le jeudi 14 mai à 10h, ou à défaut le vendredi 15 à 16h ?

Avec toutes nos excuses,
Charlotte Meyer
Le Palais Vendôme""",
  company="Le Palais Vendôme", date="2026-05-08 12:40", tz="CEST", cte="b64")

m(RES, "bern_annulation_de", "de", ("Barbara Imhof", "barbara.imhof@reka-reisen.example.ch"),
  "Absage Termin 9. September",
  """Sehr geehrter Herr Keller-Baptiste

Wir müssen den Gesprächstermin vom 9. September leider absagen, da die Stelle intern neu beurteilt wird. Sobald wir Klarheit haben, melden wir uns mit einem neuen Terminvorschlag bei Ihnen.

Besten Dank für Ihr Verständnis.

Freundliche Grüsse
Barbara Imhof
Reka Reisen AG""",
  company="Reka Reisen", date="2026-09-04 10:22", tz="CEST", fmt="alt",
  ics={"summary": "Vorstellungsgespräch Keller-Baptiste", "start": "2026-09-09 07:00", "minutes": "60",
       "method": "CANCEL", "sequence": "1", "location": "Laupenstrasse 20, 3008 Bern"})

m(RES, "cs_case_time_change_fr", "fr", ("Thomas Girard", "thomas.girard@brandt-hirsch.example.ch"),
  "RE: Opportunité Customer Success - Lausanne",
  """Bonjour Mathis,

Le Head of CS a un conflit d'agenda jeudi après-midi. Le client propose de tenir le second entretien + cas pratique le même jour mais à 9h00. Est-ce possible pour vous ?

Cordialement,
Thomas Girard
Brandt Hirsch Partners""",
  company="Brandt Hirsch Partners", date="2026-06-15 13:15", tz="CEST", reply=True)

m(RES, "dubai_time_change_en", "en", ("Rahul Nair", "rahul.nair@desertpearl-hotels.example.ae"),
  "RE: Interview schedule",
  """Dear Mathis,

Kindly note that due to a change in our Cluster Director's travel schedule, your interview stands rescheduled to Monday, 5 October 2026 at 11:00 GST. The Zoom link remains the same.

Regret the inconvenience caused.

Thanks & regards,
Rahul Nair
Desert Pearl Hotels & Resorts""",
  company="Desert Pearl Hotels & Resorts", date="2026-10-01 09:05", tz="GST", reply=True)

m(RES, "congress_lausanne_call_cancel_fr", "fr", ("Marine Pasche", "marine.pasche@olympia-congres.example.ch"),
  "Annulation de notre rendez-vous de demain",
  """Bonjour Mathis,

Je dois malheureusement annuler notre rendez-vous de demain 14h : le montage du congrès a pris du retard et je suis bloquée sur site toute la journée. Je reviens vers vous d'ici vendredi pour fixer une nouvelle date.

Désolée pour ce contretemps.
Marine Pasche
Responsable RH - Olympia Congrès Lausanne
021 555 90 12""",
  company="Olympia Congrès Lausanne", date="2026-07-08 16:55", tz="CEST", cs="windows-1252", cte="qp")

# --- missed interview notices ----------------------------------------------------------

m(MISS, "tried_calling_fr", "fr", ("Amélie Rochat", "amelie.rochat@hotel-bellerive-lausanne.example.ch"),
  "Entretien téléphonique de ce matin",
  """Bonjour Monsieur Keller-Baptiste,

J'ai essayé de vous joindre à 11h comme convenu pour notre entretien téléphonique, sans succès (messagerie). J'espère que tout va bien.

Si vous êtes toujours intéressé par le poste, merci de me proposer un autre créneau cette semaine.

Meilleures salutations,
Amélie Rochat
Hôtel Bellerive Lausanne""",
  company="Hôtel Bellerive Lausanne", date="2026-01-26 11:48")

m(MISS, "teams_no_join_en", "en", ("Nadia Favre", "nadia.favre@banqueprivee-rhone.example.ch"),
  "Today's interview",
  """Dear Mathis,

We were waiting for you in the Teams meeting at 14:00 today but you did not join. Did you perhaps have trouble with the link?

Please let me know if you are still interested in the position; we may be able to offer one more slot this week.

Best regards,
Nadia Favre
Banque Privée Rhône""",
  company="Banque Privée Rhône", date="2026-02-17 14:35", fmt="alt")

m(MISS, "agency_no_show_angry_fr", "fr", ("Kevin Da Silva", "kevin.dasilva@alpesconseil-placement.example.ch"),
  "??",
  """Mathis,

Le client m'appelle, tu n'étais pas au rendez-vous de 15h à l'hôtel ?? Ils t'ont attendu 20 minutes. Rappelle-moi dès que tu peux stp, il faut que je leur donne une explication.

Kevin
079 555 12 34

Envoyé de mon iPhone""",
  company="Alpes Conseil", date="2026-02-05 15:41", cte="8bit")

m(MISS, "zoom_missed_lyon_fr", "fr", ("Julien Marchetti", "j.marchetti@rhone-evenements.example.fr"),
  "Visio de ce matin",
  """Bonjour Mathis,

Je vous ai attendu sur Zoom ce matin à 9h30 mais vous ne vous êtes pas connecté. Peut-être un souci technique ou un malentendu sur l'horaire (heure de Paris) ?

Dites-moi si vous souhaitez reprogrammer.

Cordialement,
Julien Marchetti
Rhône Événements""",
  company="Rhône Événements", date="2026-03-06 10:20", cs="windows-1252", cte="qp")

m(MISS, "german_nicht_erschienen", "de", ("Jana Frei", "jana.frei@messeplatz-congress.example.ch"),
  "Unser Call heute",
  """Hallo Mathis

Ich war heute um 10 Uhr im Teams-Call, du leider nicht. Ist etwas dazwischengekommen? Falls du noch Interesse hast, melde dich gern für einen neuen Termin.

Liebe Grüsse
Jana Frei
Messeplatz Congress Basel""",
  company="Messeplatz Congress Basel", date="2026-04-14 10:32", tz="CEST")

m(MISS, "ats_missed_system", "en", ("Helvetic Crown Airlines via GoodTime", "scheduling@goodtime-mail.example.io"),
  "We missed you at your interview with Helvetic Crown Airlines",
  """Hi Mathis,

It looks like you weren't able to attend your scheduled panel interview for Customer Journey Manager today at 09:00.

If you'd like to reschedule, please pick a new time: https://schedule.goodtime.example.io/s/7Fq2LrxP/re

If you have any questions, your coordinator Lea Baumgartner (lea.baumgartner@helvetic-crown.example.ch) is happy to help.""",
  company="Helvetic Crown Airlines", date="2026-02-26 10:15", fmt="html",
  reply_to=("Lea Baumgartner", "lea.baumgartner@helvetic-crown.example.ch"))

m(MISS, "spanish_no_te_conectaste", "es", ("Pablo Herrero", "pablo@norte-headhunting.example.es"),
  "Te he llamado",
  """Hola Mathis,

Te he llamado a las 17h como quedamos pero no me lo has cogido y me salta el buzón. ¿Todo bien? Dime cuándo te puedo llamar, el cliente quiere avanzar rápido.

Saludos,
Pablo""",
  company="Norte Headhunting", date="2026-07-02 17:20", tz="CEST", cte="8bit")

m(MISS, "un_test_not_taken", "en", ("UN Tourism Conference Secretariat", "vacancies@untcs.example.org"),
  "Written assessment - no submission received",
  """Dear Candidate,

Our records show that you did not log in to the written assessment held on 22 June 2026 for Vacancy 26-GVA-311.

If you were prevented from taking part by circumstances beyond your control, please inform us within 3 working days by replying to this message, with a short explanation.

Best regards,
Human Resources Section
UN Tourism Conference Secretariat""",
  company="UN Tourism Conference Secretariat", date="2026-06-23 09:00", tz="CEST", cte="7bit",
  contact="vacancies@untcs.example.org")

m(MISS, "trial_day_absent_fr", "fr", ("Frédéric Lanza", "f.lanza@negresco-azur.example.fr"),
  "Absence ce matin",
  """Monsieur,

Nous vous attendions ce matin à 6h45 pour votre journée d'essai. Sans nouvelles de votre part, nous avons dû réorganiser l'équipe.

Merci de nous tenir informés de vos intentions.

F. Lanza
Directeur d'hébergement
Hôtel Negresco Azur""",
  company="Hôtel Negresco Azur", date="2026-04-15 09:10", tz="CEST", cs="iso-8859-1", cte="qp")

m(MISS, "argentine_meet_missed_en", "en", ("Tomás Echeverría", "tomas@pampaevents.example.com.ar"),
  "Missed you today",
  """Hey Mathis,

Valentina and I were on the Meet at 14:00 your time but didn't see you join - maybe the invite went to spam? No stress, happens. Send me a couple of times that work this week and we'll redo it.

Abrazo,
Tomás""",
  company="Pampa Events", date="2026-05-26 09:20", tz="ART")
