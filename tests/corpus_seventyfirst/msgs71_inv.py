"""Interview invitations (25): scheduling links, phone screens, panels, site visits, agencies, ICS."""

from make_seventyfirst import ics
from msgs71_common import M

K = "interview_invitation"

M(K, "calendly_screen", "en", ("Zanele Mthembu", "zanele@sunstack-ipp.example.co.za"),
  "Sunstack - next steps", "2026-01-22 11:02 +0200",
  """Hi Nia,

Thanks for applying for the Grid Compliance Engineer role - your CV stood out, especially the Eskom Tx connection work.

We'd love to set up a 30 minute telephonic screen with me to start. Please pick a slot that suits you here:
https://calendly.com/zanele-sunstack/30min-screen

Kind regards,
Zanele Mthembu
People Lead | Sunstack IPP
Cape Town""",
  company="Sunstack IPP", contact="zanele@sunstack-ipp.example.co.za", fmt="alt")

M(K, "quick_chat_hm", "en", ("Grant Botha", "grant.botha@veldkrag.example.co.za"),
  "Quick question", "2026-01-29 20:14 +0200",
  """Hi Nia, Grant here from Veldkrag. Saw your application come through for the HSE role on our Kathu solar plant. Would you be free for a quick chat tomorrow or Monday? 15 min, just phone. Send me a time and your cell.

G

Sent from Outlook for Android""",
  company="Veldkrag", contact="grant.botha@veldkrag.example.co.za")

M(K, "goodtime_panel", "en", ("Atlas Minerals Recruiting", "scheduling@goodtime.io"),
  "Action required: schedule your panel interview with Atlas Minerals", "2026-02-05 15:30 +0000",
  """Hi Nia,

Congratulations! The hiring team for Decarbonisation Programme Manager would like to invite you to a panel interview (90 minutes, Microsoft Teams) with:

- Rebecca Ong, VP Sustainability
- Dr. Kagiso Motsepe, Head of Energy
- Liam Fraser, Finance Business Partner

Please choose your availability using the link below. Slots are held for 48 hours.

https://app.goodtime.io/schedule/9f8e7d6c?c=atlas

If none of the times work, reply to this email and your coordinator, Priya Raman, will help.

Atlas Minerals | Recruiting Coordination""",
  company="Atlas Minerals", contact="priya.raman@atlas-minerals.example.com",
  reply_to=("Priya Raman", "priya.raman@atlas-minerals.example.com"), fmt="html", brand="GoodTime")

M(K, "teams_ics_competency", "en", ("Nomvula Sithole", "nomvula.sithole@gautengpower.example.gov.za"),
  "Invitation: Competency-based interview - Senior Manager Renewable Energy Integration", "2026-02-12 09:40 +0200",
  """Dear Ms Oyelaran-Brandt

You have been shortlisted for the position of Senior Manager: Renewable Energy Integration (Ref GP/2026/014).

You are invited to a competency-based interview on Thursday 19 February 2026 at 10:00 via Microsoft Teams. The panel will consist of four members. Please also note that shortlisted candidates will be required to complete a psychometric assessment after the interview.

Kindly confirm your attendance by return email by close of business Monday.

Please have your ID and original qualifications available for verification.

Regards
Nomvula Sithole
Human Resource Management
Gauteng Power Utility
Tel: 011 555 0100""",
  company="Gauteng Power Utility", contact="nomvula.sithole@gautengpower.example.gov.za", fmt="alt",
  ics=ics("gp-2026-014-nob@gautengpower.example.gov.za", "20260219T080000Z", "20260219T090000Z",
          "Interview: Senior Manager Renewable Energy Integration", "nomvula.sithole@gautengpower.example.gov.za",
          location="Microsoft Teams Meeting"))

M(K, "agency_excited", "en", ("Candice Pillay", "candice@greenleaf-people.example.co.za"),
  "GREAT NEWS!! Interview with WindCo Durban", "2026-02-18 13:12 +0200",
  """Hi Nia!!

Hope you're well! So the client LOVED your CV - WindCo Developments want to meet you for the Project Engineer role!!

They've proposed Tuesday 24th at 14:00 at their Umhlanga office (1st round, HM + HR, about an hour). Can you make that?? Let me know ASAP and I'll confirm with them.

I'll send some prep notes tonight - they're big on safety culture so have a couple of examples ready from your mining days.

So excited for you!!
Candice

Candice Pillay | Greenleaf People
072 555 0134""",
  company="WindCo Developments", contact="candice@greenleaf-people.example.co.za")

M(K, "smartrecruiters_self_schedule", "en", ("Kalahari Green Hydrogen", "noreply@smartrecruiters.com"),
  "Book your video interview - Kalahari Green Hydrogen", "2026-03-03 08:20 +0200",
  """Hi Nia,

We're pleased to let you know that you've been selected for a first-round video interview for the position of Process Safety Engineer.

Interviews will take place on Zoom and last about 45 minutes. Please book a time slot via the candidate portal:
https://jobs.smartrecruiters.com/interview/book/KGH-4471-a2

If you have any questions, please contact Tumi Baloyi at tumi.baloyi@kalahari-h2.example.com.

Best regards,
Kalahari Green Hydrogen Talent Team""",
  company="Kalahari Green Hydrogen", contact="tumi.baloyi@kalahari-h2.example.com", fmt="html",
  brand="Kalahari Green Hydrogen")

M(K, "next_round_site_visit", "en", ("Riaan Steyn", "riaan.steyn@bushveld-energy.example.co.za"),
  "RE: Construction Manager - Rustenburg", "2026-03-12 16:55 +0200",
  """Hi Nia,

Thanks for your time on Teams yesterday. We'd love to move you to the next stage!

Next step is a site visit and face-to-face technical interview at the plant outside Rustenburg. Would Wednesday 18 March from 09:00 work? Plan for most of the morning - you'll do a walk-through with the site HSE officer and then a technical panel with me and our EPC director. PPE will be provided, just bring safety boots.

Please confirm and I'll send directions and the gate access form.

Regards,
Riaan Steyn
Projects Director
Bushveld Energy Storage
M: 083 555 0167

-----Original Message-----
From: Nia Oyelaran-Brandt <nia.ob@example.co.za>
Sent: Wednesday, 11 March 2026 17:30
To: Riaan Steyn <riaan.steyn@bushveld-energy.example.co.za>
Subject: Construction Manager - Rustenburg

Hi Riaan, thank you for the conversation today. Kind regards, Nia""",
  company="Bushveld Energy Storage", contact="riaan.steyn@bushveld-energy.example.co.za",
  parent="nia-bushveld-0311@example.co.za", fmt="qp")

M(K, "uct_academic", "en", ("Faculty HR - EBE", "ebe-hr@uct.example.ac.za"),
  "Shortlisting: Senior Lecturer in Energy Systems", "2026-03-25 12:00 +0200",
  """Dear Dr Oyelaran-Brandt

I am pleased to inform you that you have been shortlisted for the position of Senior Lecturer in Energy Systems in the Department of Electrical Engineering.

The selection process will take place on 9 April 2026 and will comprise a 20-minute seminar presentation on your research, followed by an interview with the selection committee. Please let me know by Friday whether you will attend in person at Upper Campus or would prefer to join online.

Yours sincerely

Fatima Davids
HR Practitioner: Faculty of Engineering & the Built Environment
University of Cape Town
Tel: 021 555 0112""",
  company="University of Cape Town", contact="ebe-hr@uct.example.ac.za", charset="windows-1252")

M(K, "workday_assessment_interview", "en", ("Aurum Mining Careers", "aurum@myworkday.com"),
  "Interview invitation - Energy & Carbon Manager (JR-20917)", "2026-04-07 10:10 +0200",
  """Dear Nia,

Thank you for your application to Aurum Mining. We are delighted to invite you to an interview for the Energy & Carbon Manager position (JR-20917).

Interview details:
Date: Tuesday, 14 April 2026
Time: 11:00 - 12:00 SAST
Format: Google Meet (link to follow from the hiring manager)
Interviewers: Hendrik du Plessis (GM Engineering), Bongi Ndlovu (HR Business Partner)

Please accept the calendar invitation attached. Successful candidates will proceed to reference checks and a medical fitness-for-work assessment.

Kind regards,
Aurum Mining Recruitment""",
  company="Aurum Mining", contact="", fmt="alt", brand="Aurum Mining",
  ics=ics("jr20917-int1@aurum.example.com", "20260414T090000Z", "20260414T100000Z",
          "Interview - Energy & Carbon Manager (JR-20917)", "recruitment@aurum.example.com",
          location="Google Meet"))

M(K, "norwegian_english", "en", ("Ingrid Solheim", "ingrid.solheim@fjordkraft-intl.example.no"),
  "Interview - Country Manager South Africa", "2026-04-16 09:25 +0200",
  """Dear Nia,

Thank you for your application for the position as Country Manager South Africa in Fjordkraft International.

We would like to invite you to a first interview on video. It will be me and our CTO Ole Brekke. Suggested times are Tuesday 21 April at 10:00 or Wednesday 22 April at 14:00 (Norwegian time, which is the same as SAST at the moment).

Please reply with the time that fits you best.

Best regards
Ingrid Solheim
HR Manager
Fjordkraft International AS
Lysaker, Norway""",
  company="Fjordkraft International", contact="ingrid.solheim@fjordkraft-intl.example.no")

M(K, "emirati_english", "en", ("Mariam Al Suwaidi", "mariam.alsuwaidi@noor-capital-energy.example.ae"),
  "Invitation for interview", "2026-05-04 11:44 +0400",
  """Dear Nia,

Greetings from Noor Capital Energy.

Further to your application for the position of HSE Director - Africa Portfolio, we are pleased to invite you for an interview with our Chief Operating Officer on Monday, 11 May 2026 at 12:00 UAE time (10:00 SAST) via Zoom.

Kindly confirm your availability at your earliest convenience so that we may share the meeting details.

Warm regards,

Mariam Al Suwaidi
Senior Talent Acquisition Specialist
Noor Capital Energy
Abu Dhabi, United Arab Emirates

DISCLAIMER: This message is intended only for the named recipient and may contain privileged information.""",
  company="Noor Capital Energy", contact="mariam.alsuwaidi@noor-capital-energy.example.ae", fmt="alt", cte="base64")

M(K, "csir_second_round", "en", ("NRCE Recruitment", "recruit@nrc-energy.example.org.za"),
  "Second interview - Principal Researcher: Grid Integration", "2026-06-03 14:00 +0200",
  """Dear Nia,

Following your first interview, we are pleased to invite you to the second and final round for the post of Principal Researcher: Grid Integration at the National Research Council for Energy.

The second round will be held at our Pretoria campus (Building 34) on 10 June 2026 from 13:00 and will include a technical presentation (15 minutes) on "Integrating 5 GW of variable renewables into a constrained transmission network".

Please reply to confirm your attendance. Parking is available at Gate 2.

Kind regards,
Busisiwe Mahlangu
Recruitment Officer
National Research Council for Energy""",
  company="National Research Council for Energy", contact="recruit@nrc-energy.example.org.za")

M(K, "windhoek_whatsapp_style", "en", ("Tangeni Shikongo", "tangeni@namib-solar.example.com.na"),
  "interview", "2026-07-08 07:12 +0200",
  """morning Nia. can we do the interview thurs 2pm windhoek time on google meet? link below. shout if not ok

meet.google.com/xqe-prta-hzm

Tangeni
Namib Solar Holdings""",
  company="Namib Solar Holdings", contact="tangeni@namib-solar.example.com.na")

M(K, "de_einladung_formal", "de", ("Dr. Katrin Vogel", "katrin.vogel@elbnetz.example.de"),
  "Einladung zum Vorstellungsgespräch – Projektingenieurin Netzintegration", "2026-03-06 10:20 +0100",
  """Sehr geehrte Frau Oyelaran-Brandt,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Elbnetz AG.

Wir freuen uns, Sie zu einem ersten Kennenlernen per Microsoft Teams einzuladen. Als Termin schlagen wir Donnerstag, den 12. März 2026, um 14:00 Uhr (MEZ) vor. Das Gespräch wird etwa 60 Minuten dauern; teilnehmen werden neben mir Herr Lars Petersen aus der Fachabteilung und Frau Anke Brandt aus dem Personalbereich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Dr. Katrin Vogel
Abteilungsleiterin Netzplanung
Elbnetz AG, Überseering 7, 22297 Hamburg
Vorstand: Dr. H. Lemke (Vors.), S. Kaya | Aufsichtsratsvorsitzende: M. Jansen""",
  company="Elbnetz", contact="katrin.vogel@elbnetz.example.de", charset="iso-8859-1", fmt="qp")

M(K, "de_startup_du", "de", ("Felix Brandstätter", "felix@wattwerk.example.de"),
  "Lass uns sprechen!", "2026-04-28 21:03 +0200",
  """Hey Nia,

danke für deine Bewerbung bei wattwerk! Wir fanden dein Profil richtig spannend – Bergbau + Erneuerbare hat man nicht so oft.

Hast du Lust auf ein erstes Gespräch (30 Min, Google Meet) mit mir und unserer CTO Hanna? Such dir einfach einen Slot aus: https://cal.com/wattwerk/kennenlernen

Liebe Grüße aus Berlin
Felix
Co-Founder, wattwerk""",
  company="wattwerk", contact="felix@wattwerk.example.de", fmt="alt")

M(K, "de_zweite_runde_ics", "de", ("Recruiting Team", "recruiting@sonnenstrom-ag.example.de"),
  "Einladung: Zweites Gespräch am 20.05.2026", "2026-05-13 15:15 +0200",
  """Guten Tag Frau Oyelaran-Brandt,

herzlichen Glückwunsch – Sie haben die erste Runde erfolgreich gemeistert! Gerne möchten wir Sie zu einem zweiten Gespräch mit unserem Bereichsleiter Projektmanagement einladen.

Termin: Mittwoch, 20.05.2026, 10:00–11:30 Uhr
Ort: Sonnenstrom AG, Konferenzraum "Zenit", Hafenstraße 3, Hamburg (alternativ per Teams)

Die Kalendereinladung finden Sie im Anhang. Bei Rückfragen erreichen Sie uns unter dieser Adresse.

Freundliche Grüße
Ihr Recruiting Team der Sonnenstrom AG""",
  company="Sonnenstrom", contact="recruiting@sonnenstrom-ag.example.de", fmt="alt",
  ics=ics("zweites-gespraech-7781@sonnenstrom-ag.example.de", "20260520T080000Z", "20260520T093000Z",
          "Zweites Gespräch Nia Oyelaran-Brandt", "recruiting@sonnenstrom-ag.example.de",
          location="Konferenzraum Zenit / Teams"))

M(K, "de_agentur_telefon", "de", ("Melanie Krause", "m.krause@nordlicht-beratung.example.de"),
  "Telefoninterview mit meinem Kunden", "2026-08-19 09:05 +0200",
  """Hallo Frau Oyelaran-Brandt,

gute Nachrichten: Mein Mandant, ein mittelständisches EPC-Unternehmen aus Bremen (Weser Solarbau), möchte Sie gern in einem Telefoninterview kennenlernen. Passt Ihnen Montag, 24.08., zwischen 11 und 12 Uhr? Der Geschäftsführer Herr Thiele würde Sie anrufen.

Geben Sie mir bitte kurz Bescheid, dann stimme ich alles ab.

Herzliche Grüße
Melanie Krause
Nordlicht Beratung | Executive Search
Tel. +49 421 555 0177""",
  company="Weser Solarbau", contact="m.krause@nordlicht-beratung.example.de")

M(K, "fr_entretien_formel", "fr", ("Élise Moreau", "elise.moreau@hydrolyon.example.fr"),
  "Convocation à un entretien – Ingénieure Sécurité Procédés", "2026-02-09 11:30 +0100",
  """Madame,

Suite à l'examen de votre candidature au poste d'Ingénieure Sécurité Procédés, nous avons le plaisir de vous convier à un entretien le mardi 17 février 2026 à 10h00, dans nos locaux situés 22 rue de Gerland, 69007 Lyon, ou en visioconférence si vous le préférez.

L'entretien se déroulera en présence de M. Bernard Fontaine, Directeur HSE, et de moi-même.

Merci de bien vouloir nous confirmer votre présence par retour de mail.

Bien cordialement,

Élise Moreau
Chargée de recrutement
HydroLyon - Électrolyseurs industriels""",
  company="HydroLyon", contact="elise.moreau@hydrolyon.example.fr", charset="iso-8859-1")

M(K, "fr_visio_tutoiement", "fr", ("Hugo Garnier", "hugo@soleia.example.fr"),
  "Dispo pour un call ?", "2026-04-01 18:42 +0200",
  """Salut Nia,

Merci pour ta candidature chez Soleia ! Ton parcours nous intéresse beaucoup pour le poste de Project Manager Afrique australe.

Est-ce que tu serais dispo pour un premier échange en visio de 30 min cette semaine ou la suivante ? Tu peux réserver directement ici : https://calendly.com/hugo-soleia/premier-echange

À très vite,
Hugo
Head of Talent, Soleia""",
  company="Soleia", contact="hugo@soleia.example.fr", fmt="alt")

M(K, "fr_cabinet_panel", "fr", ("Céline Dubois", "celine.dubois@cabinet-arcadie.example.fr"),
  "Entretien avec Énergies du Sahel – prochaine étape", "2026-06-22 10:00 +0200",
  """Bonjour Nia,

Bonne nouvelle : Énergies du Sahel souhaite vous rencontrer pour un entretien technique avec leur comité de direction pour le poste de Directrice HSE. L'entretien aurait lieu le jeudi 2 juillet à 15h (heure de Paris) sur Teams et durera environ 1h30, avec une étude de cas sur la sécurité d'une centrale solaire en construction.

Pouvez-vous me confirmer votre disponibilité ?

Bien à vous,
Céline Dubois
Associée – Cabinet Arcadie
+33 4 55 50 12 12""",
  company="Énergies du Sahel", contact="celine.dubois@cabinet-arcadie.example.fr", fmt="qp")

M(K, "fr_ics_visio", "fr", ("Recrutement Vent d'Ouest", "recrutement@ventdouest.example.fr"),
  "Invitation : entretien RH – Vent d'Ouest", "2026-09-08 14:30 +0200",
  """Bonjour Madame Oyelaran-Brandt,

Nous avons le plaisir de vous inviter à un entretien RH pour le poste de Responsable raccordement, le lundi 14 septembre 2026 de 11h00 à 11h45 (visioconférence Google Meet).

Vous trouverez l'invitation dans votre agenda. Merci de l'accepter pour confirmer votre présence.

Cordialement,
Pauline Bernard
Service Recrutement – Vent d'Ouest""",
  company="Vent d'Ouest", contact="recrutement@ventdouest.example.fr", fmt="alt",
  ics=ics("entretien-rh-3321@ventdouest.example.fr", "20260914T090000Z", "20260914T094500Z",
          "Entretien RH - Responsable raccordement", "recrutement@ventdouest.example.fr",
          location="Google Meet"))

M(K, "es_entrevista_formal", "es", ("Carmen Ruiz", "carmen.ruiz@solandalus.example.es"),
  "Convocatoria de entrevista - Jefa de Obra Fotovoltaica", "2026-02-16 12:12 +0100",
  """Estimada Nia:

Nos complace informarle de que su candidatura ha sido preseleccionada para el puesto de Jefa de Obra Fotovoltaica en Sevilla.

Le proponemos una entrevista por videoconferencia (Microsoft Teams) el próximo miércoles 25 de febrero a las 11:00 h (hora peninsular). En ella participarán el Director de Construcción y una persona del equipo de Personas.

Le rogamos que nos confirme su asistencia respondiendo a este correo.

Atentamente,

Carmen Ruiz
Técnica de Selección
SolAndalus Energía""",
  company="SolAndalus Energía", contact="carmen.ruiz@solandalus.example.es", charset="iso-8859-1", fmt="qp")

M(K, "es_charla_informal", "es", ("Diego Martín", "diego@eolica-norte.example.es"),
  "¿Hablamos?", "2026-05-21 17:48 +0200",
  """Hola Nia,

He visto tu candidatura para el puesto de responsable de seguridad y salud en nuestros parques de Galicia. ¿Te vendría bien una llamada rápida el viernes por la mañana? Con 20 minutos nos vale para conocernos.

Dime hora y te llamo.

Saludos,
Diego
Eólica del Norte""",
  company="Eólica del Norte", contact="diego@eolica-norte.example.es")

M(K, "es_segunda_fase", "es", ("Talento Hidrocantábrico Verde", "talento@hcverde.example.es"),
  "Siguiente fase del proceso - Ingeniera de Red", "2026-07-30 09:30 +0200",
  """Hola Nia:

¡Enhorabuena! Has superado la primera entrevista y nos gustaría que pasaras a la siguiente fase: una entrevista técnica con el panel de ingeniería (tres personas) y una prueba práctica de estudio de conexión.

Por favor, reserva el hueco que mejor te venga en este enlace: https://hcverde.example.es/agenda/entrevista-tecnica

La entrevista será presencial en Madrid (Paseo de la Castellana 120) o en remoto si viajas desde Sudáfrica.

Un saludo,
Marta Gil
Equipo de Talento – Hidrocantábrico Verde""",
  company="Hidrocantábrico Verde", contact="talento@hcverde.example.es", fmt="html")

M(K, "es_latam_agencia", "es", ("Valentina Rojas", "vrojas@andes-headhunters.example.cl"),
  "Entrevista con cliente minero - Antofagasta", "2026-10-05 13:20 -0300",
  """Hola Nia, ¿cómo estás?

Te cuento que nuestro cliente, Minera Atacama Solar, quiere entrevistarte para el cargo de Gerente de Sostenibilidad. Sería una videollamada por Zoom el martes 13 de octubre a las 10:00 (hora de Chile), con el gerente general y la jefa de personas.

¿Me confirmas si te acomoda? Cualquier cosa me escribes por aquí.

¡Saludos!
Valentina Rojas
Consultora Senior · Andes Headhunters
+56 9 5550 1234""",
  company="Minera Atacama Solar", contact="vrojas@andes-headhunters.example.cl")
