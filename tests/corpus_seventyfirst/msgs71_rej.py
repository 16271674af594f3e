"""Rejections (30): blunt, soft, role on hold, after interviews, agency-relayed, ATS templates."""

from msgs71_common import M

K = "rejection"

M(K, "workday_soft_ipp", "en", ("Karoo Sun Power Careers", "karoosunpower@myworkday.com"),
  "Your application for Project Manager - Utility Scale PV (R-10442)", "2026-01-19 16:02 +0200",
  """Dear Nia,

Thank you for your interest in the Project Manager - Utility Scale PV role (Requisition R-10442) at Karoo Sun Power.

After careful review of your application, we have decided to pursue other candidates whose background more closely aligns with the requirements of this position.

We encourage you to continue to visit our careers site and apply for roles that match your skills and experience.

Regards,
Talent Acquisition
Karoo Sun Power (Pty) Ltd

This is a system generated message. Please do not reply to this email.""",
  company="Karoo Sun Power", contact="", fmt="alt", brand="Karoo Sun Power")

M(K, "terse_mobile_hm", "en", ("Pieter Kruger", "pieter.kruger@ridgeback-epc.example.com"),
  "Re: Site Manager - Kathu", "2026-02-03 07:41 +0200",
  """Hi Nia thanks for coming through on Friday. Going with someone who has more PV construction time on site, sorry. Wish you well.

Pieter

Sent from my iPhone

> On 30 Jan 2026, at 17:12, Nia Oyelaran-Brandt <nia.ob@example.co.za> wrote:
>
> Hi Pieter, thanks again for the time today, really enjoyed seeing the Kathu laydown area. Looking forward to hearing from you.
> Nia""",
  company="Ridgeback EPC", contact="pieter.kruger@ridgeback-epc.example.com",
  parent="CAJx7Nia0130@mail.example.co.za")

M(K, "successfactors_onhold", "en", ("Umlazi Water & Power Utility", "noreply@successfactors.eu"),
  "Status update: Senior Engineer Grid Integration", "2026-02-11 10:15 +0200",
  """Dear Nia Oyelaran-Brandt,

Reference: 4471-GRID

We write to inform you that the above-mentioned position has been placed on hold due to a review of the organisational structure, and the recruitment process will not proceed at this time.

Your application will therefore not be considered further. Should the position be re-advertised, you are welcome to apply again.

We thank you for the interest shown in the Utility.

Human Capital Management
Umlazi Water & Power Utility

POPIA NOTICE: Your personal information is processed in accordance with the Protection of Personal Information Act 4 of 2013 and will be retained for 12 months.""",
  company="Umlazi Water & Power Utility", contact="", fmt="qp")

M(K, "agency_relay", "en", ("Thabo Nkosi", "thabo@ironbark-search.example.com"),
  "Kalahari Manganese - feedback", "2026-02-17 14:27 +0200",
  """Hi Nia

Hope you are well!

I've just had feedback from the client on the SHEQ Manager role at Kalahari Manganese Mines. Unfortunately they've decided not to take you forward to the next stage - they've gone with candidates who have more direct underground mining safety experience (they were quite fixed on the DMRE mine manager's certificate).

I know that's disappointing, you were a really strong profile on paper. I'll keep you in mind for anything in the renewables space which I think is honestly a better fit!!

Shout if you need anything.

Kind regards
Thabo Nkosi
Principal Consultant | Ironbark Search
+27 82 555 0193 | Sandton""",
  company="Kalahari Manganese Mines", contact="thabo@ironbark-search.example.com")

M(K, "greenhouse_after_panel", "en", ("Helio Grid Analytics", "no-reply@us.greenhouse-mail.io"),
  "Helio Grid Analytics - Grid Integration Lead", "2026-02-24 19:03 +0000",
  """Hi Nia,

Thanks so much for taking the time to meet with the team over the past few weeks. We really enjoyed learning about your work on the Rustenburg substation upgrade.

This was a tough decision, but we've decided not to move forward with your candidacy for the Grid Integration Lead role at this time. We had a very strong pool of finalists and chose someone whose experience with European TSO connection codes was a closer match.

We'd genuinely like to stay in touch and may reach out about future openings.

All the best,
Maya Lindqvist
Recruiting, Helio Grid Analytics""",
  company="Helio Grid Analytics", contact="maya.lindqvist@heliogrid.example.com",
  reply_to=("Maya Lindqvist", "maya.lindqvist@heliogrid.example.com"), fmt="alt", brand="Helio Grid Analytics",
  track="links.greenhouse-mail.io")

M(K, "short_thanks", "en", ("Lerato Mokoena", "lerato.m@basalt-consulting.example.com"),
  "Update", "2026-03-02 08:55 +0200",
  """Hi Nia,

Thanks for your time, but we won't be moving forward.

Lerato

Basalt Consulting Engineers | Pretoria""",
  company="Basalt Consulting Engineers", contact="lerato.m@basalt-consulting.example.com")

M(K, "uk_shant_progress", "en", ("Harriet Cole", "harriet.cole@thamesmere-renewables.example.co.uk"),
  "Re: your application", "2026-03-05 11:20 +0000",
  """Dear Nia,

Many thanks for your application for the post of Offshore Wind Grid Connections Engineer and for your patience whilst we reviewed applications.

I'm sorry to say that on this occasion we shan't be progressing your application any further. The shortlist was very competitive and the panel felt other applicants had more UK DNO connection experience.

With best wishes for your search,

Harriet Cole
People Partner
Thamesmere Renewables
Registered in England and Wales No. 09876543. Registered office: 4 Wharf Lane, London SE1 9XX.
This email and any attachments are confidential and intended solely for the addressee.""",
  company="Thamesmere Renewables", contact="harriet.cole@thamesmere-renewables.example.co.uk",
  parent="nia-thamesmere-0212@example.co.za")

M(K, "indian_regret", "en", ("Recruitment Cell", "careers@surya-infra.example.in"),
  "Application Status - Manager ESG (Ref SIL/ESG/26/07)", "2026-03-09 12:48 +0530",
  """Dear Ms. Nia,

Greetings from Surya Infraprojects!

We regret to inform you that your profile has not been shortlisted for the position of Manager - ESG at our Johannesburg project office. We have retained your CV in our databank and shall revert in case of a suitable opening in future.

Thanking you,

Yours sincerely,
Rakesh Iyer
Sr. Manager - HR
Surya Infraprojects Ltd.
Mob: +91 98200 55512""",
  company="Surya Infraprojects", contact="careers@surya-infra.example.in", charset="windows-1252")

M(K, "after_takehome", "en", ("Aiden van Wyk", "aiden@voltfield.example.com"),
  "Grid study exercise - thank you", "2026-03-16 17:40 +0200",
  """Hey Nia,

Thanks a lot for turning around the load-flow exercise so quickly, really appreciate the effort over the long weekend.

We went through it as a team. The reasoning on the reactive power compensation was good but we felt the PowerFactory modelling wasn't quite at the level we need for this role, so we're not going to take it further. Not the answer you wanted, I know.

Happy to jump on a call for 10 min if you want detailed feedback - just reply here.

Cheers
Aiden
Head of Engineering, Voltfield Energy""",
  company="Voltfield Energy", contact="aiden@voltfield.example.com", fmt="alt")

M(K, "taleo_position_filled", "en", ("Northern Cape Platinum Careers", "ncp-noreply@taleo.net"),
  "Requisition 26000318 - Environmental Coordinator", "2026-03-23 06:00 +0200",
  """Dear   Nia   Oyelaran-Brandt ,

Thank you for applying for   Environmental Coordinator   (26000318).

Please be advised that this position has now been filled.   We appreciate the time you took to apply and wish you success in your career.

Kind Regards ,

Recruitment Team
Northern Cape Platinum

*** Please do not respond to this message. This mailbox is not monitored. ***""",
  company="Northern Cape Platinum", contact="", fmt="html", charset="iso-8859-1")

M(K, "nigerian_regret", "en", ("Chiamaka Eze", "c.eze@lagoon-power.example.ng"),
  "Re: Application - Health & Safety Lead (Lekki IPP)", "2026-03-27 15:12 +0100",
  """Dear Nia,

Trust this mail finds you well.

Thank you for your interest in the Health & Safety Lead role and for making out time for the virtual interview with the panel last week.

After due consideration, we regret to inform you that you were not successful at this time. Please do not be discouraged; we will keep your details on file for future opportunities.

Best regards,

Chiamaka Eze
Human Resources
Lagoon Power Generation Company
Lekki, Lagos

________________________________
From: Nia Oyelaran-Brandt <nia.ob@example.co.za>
Sent: Friday, March 20, 2026 9:03 AM
To: Chiamaka Eze <c.eze@lagoon-power.example.ng>
Subject: Application - Health & Safety Lead (Lekki IPP)

Dear Chiamaka,
Thank you for the interview yesterday. I look forward to hearing about next steps.
Kind regards, Nia""",
  company="Lagoon Power Generation Company", contact="c.eze@lagoon-power.example.ng",
  parent="nia-lagoon-0320@example.co.za", fmt="qp")

M(K, "lever_short_ats", "en", ("Brightwind Hydrogen", "no-reply@hire.lever.co"),
  "Thank you from Brightwind Hydrogen", "2026-04-02 22:14 +0000",
  """Hi Nia,

Thank you for your interest in Brightwind Hydrogen. We've reviewed your application for Electrolyser Commissioning Engineer and unfortunately we won't be moving forward at this time.

We appreciate you considering us and wish you the best.

The Brightwind team""",
  company="Brightwind Hydrogen", contact="", fmt="html")

M(K, "bank_project_finance", "en", ("Sibusiso Dlamini", "sibusiso.dlamini@umhlaba-bank.example.com"),
  "Project Finance Associate", "2026-04-14 13:05 +0200",
  """Good afternoon Nia

Hope you are well.

Thank you for meeting with Johan and me last Tuesday. We enjoyed the discussion on REIPPPP bid window 7 and the grid constraints in the Northern Cape.

Unfortunately we have decided to appoint an internal candidate to the Project Finance Associate role, so we won't be taking your application further. I'm sorry to bring disappointing news.

Kind regards

Sibusiso Dlamini
Head: Energy & Infrastructure Finance
Umhlaba Bank Corporate & Investment Banking
T +27 11 555 0142

Umhlaba Bank Limited is an authorised financial services provider and registered credit provider (NCRCP00). The information in this email is confidential and may be legally privileged.""",
  company="Umhlaba Bank", contact="sibusiso.dlamini@umhlaba-bank.example.com")

M(K, "aus_not_successful", "en", ("Jess O'Donnell", "jess.odonnell@saltbush-energy.example.com.au"),
  "Saltbush - Grid Connection Manager (Perth)", "2026-05-06 10:31 +0800",
  """Hi Nia,

Thanks heaps for your time on the Zoom with Marcus and me last week, it was great to chat.

Unfortunately you haven't been successful this time around. To be upfront, the team have gone with someone already in WA who knows the AEMO connection process back to front - that local knowledge ended up being the tie-breaker.

Really appreciate your interest in Saltbush and all the best with the move into renewables.

Cheers,
Jess

Jess O'Donnell | Talent Partner
Saltbush Energy
Level 9, 200 St Georges Tce, Perth WA 6000""",
  company="Saltbush Energy", contact="jess.odonnell@saltbush-energy.example.com.au", fmt="alt")

M(K, "role_cancelled_wind", "en", ("Ayanda Khumalo", "ayanda.khumalo@eastcape-wind.example.co.za"),
  "Following up", "2026-05-19 09:09 +0200",
  """Morning Nia,

Apologies for the radio silence after your second interview.

I'm afraid I have to let you know that the Construction HSE Manager vacancy has been cancelled. The financial close on the Gqeberha cluster has moved out to 2027 so the board froze all new hires on the project. This means we won't be proceeding with the appointment.

I really am sorry. You were our preferred candidate and I'll reach out personally if it re-opens.

Regards,
Ayanda
EastCape Wind Developments
041 555 0178""",
  company="EastCape Wind Developments", contact="ayanda.khumalo@eastcape-wind.example.co.za")

M(K, "icims_post_interview", "en", ("Meridian Minerals", "meridianminerals@talent.icims.com"),
  "Meridian Minerals: Update on your candidacy", "2026-06-08 18:44 -0400",
  """Dear Nia,

On behalf of the interview team, thank you for your time and interest in the Principal Engineer, Energy Transition position at Meridian Minerals.

While your qualifications are impressive, we have selected another candidate whose experience best meets our current needs. This decision was not an easy one.

We will retain your information and may contact you should a suitable position become available.

Sincerely,
Meridian Minerals Talent Acquisition

Please do not reply to this message; replies to this address are not monitored.""",
  company="Meridian Minerals", contact="", fmt="b64")

M(K, "kenyan_unsuccessful", "en", ("Wanjiru Kamau", "wkamau@rift-geothermal.example.co.ke"),
  "RE: Application for Position of Projects Engineer - Olkaria", "2026-07-14 16:22 +0300",
  """Dear Nia,

Thank you for your application and for attending the competency-based interview on 7th July.

We wish to notify you that your application was unsuccessful. The Company appreciates your interest and wishes you the very best in your future endeavours.

Yours faithfully,

Wanjiru Kamau
For: Human Resource & Administration Manager
Rift Valley Geothermal Company
P.O. Box 55501-00100, Nairobi""",
  company="Rift Valley Geothermal Company", contact="wkamau@rift-geothermal.example.co.ke",
  parent="nia-rift-0601@example.co.za")

M(K, "de_absage_formal", "de", ("Sabine Hoffmann", "bewerbung@nordwind-netz.example.de"),
  "Ihre Bewerbung als Projektleiterin Netzanschluss (m/w/d)", "2026-02-20 09:30 +0100",
  """Sehr geehrte Frau Oyelaran-Brandt,

vielen Dank für Ihr Interesse an der Position Projektleiterin Netzanschluss (m/w/d) in Hamburg und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil unseren Anforderungen noch besser entspricht.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen

Sabine Hoffmann
Personalreferentin
Nordwind Netzservice GmbH
Sitz der Gesellschaft: Hamburg, Amtsgericht Hamburg HRB 123456
Geschäftsführer: Dr. Jens Paulsen""",
  company="Nordwind Netzservice", contact="bewerbung@nordwind-netz.example.de",
  charset="iso-8859-1", fmt="qp")

M(K, "de_personio_kurz", "de", ("Solarkontor Lüneburg", "jobs@solarkontor.jobs.personio.de"),
  "Rückmeldung zu deiner Bewerbung", "2026-03-11 14:02 +0100",
  """Hallo Nia,

danke für deine Bewerbung als Bauleiterin PV-Freiflächenanlagen bei uns!

Leider müssen wir dir absagen – wir haben die Stelle inzwischen intern besetzt.

Wir wünschen dir viel Erfolg bei der weiteren Suche.

Viele Grüße
Team People & Culture
Solarkontor Lüneburg GmbH""",
  company="Solarkontor Lüneburg", contact="", fmt="alt")

M(K, "de_nach_gespraech", "de", ("Markus Weber", "m.weber@hansewerk-hydrogen.example.de"),
  "AW: Gespräch am 14.04.", "2026-04-22 16:48 +0200",
  """Liebe Frau Oyelaran-Brandt,

nochmals vielen Dank für das angenehme Gespräch am 14. April und Ihre Geduld.

Wir haben uns die Entscheidung nicht leicht gemacht. Letztlich haben wir uns jedoch für eine Kandidatin entschieden, die bereits Erfahrung mit deutschen Genehmigungsverfahren nach BImSchG mitbringt. Wir können Ihnen die Stelle daher leider nicht anbieten.

Ich würde mich freuen, wenn wir in Kontakt bleiben.

Beste Grüße
Markus Weber
Leiter Projektentwicklung

HanseWerk Wasserstoff GmbH | Am Sandtorkai 12 | 20457 Hamburg
Tel. +49 40 555 01 22

Am 15.04.2026 um 08:12 schrieb Nia Oyelaran-Brandt <nia.ob@example.co.za>:
> Lieber Herr Weber,
> vielen Dank für das Gespräch gestern. Ich freue mich auf Ihre Rückmeldung.
> Viele Grüße
> Nia Oyelaran-Brandt""",
  company="HanseWerk Wasserstoff", contact="m.weber@hansewerk-hydrogen.example.de",
  parent="nia-hansewerk-0415@example.co.za", fmt="qp")

M(K, "de_stelle_gestrichen", "de", ("Recruiting Rheinenergie Projekte", "karriere@rhein-eprojekte.example.de"),
  "Ihre Bewerbung – Referenz 2026-117", "2026-05-27 11:11 +0200",
  """Sehr geehrte Frau Oyelaran-Brandt,

wir möchten Sie darüber informieren, dass die ausgeschriebene Stelle "Referentin ESG-Reporting" aus unternehmensinternen Gründen nicht mehr besetzt wird. Das Auswahlverfahren wird daher eingestellt.

Ihre Unterlagen werden wir gemäß DSGVO nach sechs Monaten löschen.

Wir danken Ihnen für Ihr Interesse.

Freundliche Grüße
i. A. Claudia Brenner
Rheinenergie Projekte AG""",
  company="Rheinenergie Projekte", contact="karriere@rhein-eprojekte.example.de", charset="windows-1252")

M(K, "de_agentur_du", "de", ("Jonas Albers", "jonas.albers@albers-partner.example.de"),
  "Kurzes Update Windpark-Projekt", "2026-08-04 18:20 +0200",
  """Hi Nia,

kurzes Update von meiner Seite: der Kunde (Küstenwind Projekt GmbH) hat sich leider gegen dich entschieden, die wollen doch jemanden mit fließendem Deutsch für die Behördenkommunikation. Echt schade!

Ich melde mich, sobald ich was Englischsprachiges habe.

LG Jonas

--
Albers & Partner Personalberatung
Jonas Albers | Senior Consultant
+49 171 5550199""",
  company="Küstenwind Projekt", contact="jonas.albers@albers-partner.example.de")

M(K, "fr_refus_formel", "fr", ("Service Recrutement", "recrutement@rhonergie.example.fr"),
  "Votre candidature – Chargée d'affaires raccordement réseau", "2026-02-26 10:05 +0100",
  """Madame,

Nous avons bien étudié votre candidature au poste de Chargée d'affaires raccordement réseau basé à Lyon et nous vous remercions de l'intérêt que vous portez à notre société.

Malheureusement, nous ne sommes pas en mesure d'y donner une suite favorable, d'autres profils correspondant davantage à nos besoins actuels.

Nous conservons votre CV dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Camille Rousseau
Responsable Recrutement
Rhônergie SAS, 14 quai Perrache, 69002 Lyon""",
  company="Rhônergie", contact="recrutement@rhonergie.example.fr", charset="iso-8859-1")

M(K, "fr_teamtailor_apres_entretien", "fr", ("Solvent Énergies", "no-reply@teamtailor.com"),
  "Suite à notre entretien", "2026-04-09 17:33 +0200",
  """Bonjour Nia,

Merci encore pour le temps que vous nous avez accordé lors de l'entretien avec Julien et Sophie.

Après réflexion, nous avons décidé de poursuivre avec un autre candidat pour le poste de Cheffe de projet hydrogène. Ce choix a été difficile car votre parcours dans les mines est vraiment atypique et intéressant.

Nous vous souhaitons beaucoup de réussite dans vos recherches.

Bien cordialement,
Sophie Marchand
Talent Acquisition – Solvent Énergies""",
  company="Solvent Énergies", contact="sophie.marchand@solvent-energies.example.fr",
  reply_to=("Sophie Marchand", "sophie.marchand@solvent-energies.example.fr"), fmt="html")

M(K, "fr_cabinet_relais", "fr", ("Antoine Lefèvre", "a.lefevre@cabinet-vauban.example.fr"),
  "Retour client", "2026-06-17 12:40 +0200",
  """Bonjour Nia,

J'ai eu le retour de mon client Eolia Méditerranée ce matin. Ils ne retiennent pas ta candidature pour le poste de responsable HSE chantier, ils cherchent finalement un profil avec une expérience éolien offshore en France.

Désolé pour cette réponse, je reste à l'affût pour toi.

Bonne journée,
Antoine

Cabinet Vauban – Conseil en recrutement
06 55 50 12 34

Envoyé de mon iPhone""",
  company="Eolia Méditerranée", contact="a.lefevre@cabinet-vauban.example.fr")

M(K, "fr_poste_suspendu", "fr", ("Nathalie Girard", "nathalie.girard@ademine.example.fr"),
  "RE: Candidature Ingénieure Transition Énergétique", "2026-09-02 09:14 +0200",
  """Bonjour Madame Oyelaran-Brandt,

Je reviens vers vous concernant votre candidature. Le recrutement pour ce poste est suspendu jusqu'à nouvel ordre suite à une réorganisation de la direction technique, et nous ne donnerons donc pas suite à votre candidature.

Je vous prie de nous excuser pour ce contretemps.

Cordialement,

Nathalie Girard
Chargée RH – AdéMine Conseil

Le 21 août 2026 à 10:02, Nia Oyelaran-Brandt <nia.ob@example.co.za> a écrit :
> Bonjour Madame Girard,
> Je me permets de revenir vers vous concernant ma candidature envoyée en juillet.
> Bien cordialement,
> Nia""",
  company="AdéMine Conseil", contact="nathalie.girard@ademine.example.fr",
  parent="nia-ademine-0821@example.co.za", fmt="qp")

M(K, "es_descartada_formal", "es", ("Selección Iberluz", "seleccion@iberluz-renovables.example.es"),
  "Proceso de selección: Jefa de Proyecto Fotovoltaico (Sevilla)", "2026-03-18 13:15 +0100",
  """Estimada Nia:

Le agradecemos sinceramente el interés mostrado en formar parte de Iberluz Renovables y el tiempo dedicado al proceso de selección.

Lamentamos comunicarle que, tras analizar detenidamente todas las candidaturas, hemos decidido continuar con otros perfiles que se ajustan más a los requisitos del puesto.

Conservaremos sus datos para futuros procesos, de conformidad con el Reglamento (UE) 2016/679.

Reciba un cordial saludo,

Departamento de Personas
Iberluz Renovables, S.A.""",
  company="Iberluz Renovables", contact="seleccion@iberluz-renovables.example.es", charset="iso-8859-1", fmt="qp")

M(K, "es_tras_entrevista_informal", "es", ("Lucía Navarro", "lucia.navarro@vientosur.example.es"),
  "Re: Entrevista técnica", "2026-05-12 19:02 +0200",
  """Hola Nia,

Gracias de nuevo por la entrevista técnica del martes, el equipo quedó muy contento con la conversación.

Te escribo para contarte que al final no vamos a seguir adelante con tu candidatura: hemos optado por un perfil con más experiencia en tramitación de parques eólicos en España. Sé que no es la noticia que esperabas.

Mucho ánimo y ojalá coincidamos en el futuro.

Un abrazo,
Lucía

Lucía Navarro | People Partner
VientoSur Energía · Madrid

El lun, 4 may 2026 a las 9:30, Nia Oyelaran-Brandt (<nia.ob@example.co.za>) escribió:
> Hola Lucía, confirmo la entrevista técnica del martes a las 10:00. ¡Gracias!""",
  company="VientoSur Energía", contact="lucia.navarro@vientosur.example.es",
  parent="nia-vientosur-0504@example.co.za", fmt="alt")

M(K, "es_smartrecruiters", "es", ("Grupo Minero Andaluz", "noreply@smartrecruiters.com"),
  "Actualización sobre tu candidatura", "2026-07-21 08:00 +0200",
  """Hola Nia,

Gracias por postularte al puesto de Técnica de Prevención de Riesgos Laborales en Grupo Minero Andaluz.

Después de revisar tu perfil, lamentamos informarte de que no avanzarás a la siguiente fase del proceso. Recibimos un gran número de candidaturas y la decisión no ha sido fácil.

Te deseamos mucho éxito.

Equipo de Talento
Grupo Minero Andaluz""",
  company="Grupo Minero Andaluz", contact="", fmt="html")

M(K, "es_vacante_cancelada", "es", ("Andrés Ortega", "aortega@hidrogeno-verde.example.es"),
  "Vacante Ingeniera de Integración", "2026-09-15 10:45 +0200",
  """Buenos días, Nia:

Te escribo para informarte de que la vacante de Ingeniera de Integración a Red ha quedado cancelada por un cambio de prioridades en la compañía. Por ello no continuaremos con el proceso de selección.

Siento las molestias y te agradezco el tiempo dedicado.

Saludos cordiales,
Andrés Ortega
Director de Ingeniería – Hidrógeno Verde del Ebro""",
  company="Hidrógeno Verde del Ebro", contact="aortega@hidrogeno-verde.example.es")
