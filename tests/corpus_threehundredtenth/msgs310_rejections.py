"""rejection messages for the threehundredtenth corpus."""

from __future__ import annotations

from msgs310_common import DISCLAIMER_DE, DISCLAIMER_EN, DISCLAIMER_ES, m

R = "rejection"

SPECS = [
    # ------------------------------------------------------------------ English
    m(R, "en", "freshway_not_shortlisted",
      ("FreshWay Stores Recruitment", "freshwaystores@icims.com"),
      "Your application for Replenishment Analyst", "2026-02-27 18:30 +0000",
      """Dear Tomasz,

Thank you for taking the time to apply for the Replenishment Analyst role at FreshWay Stores
Head Office.

We received a very strong response to this vacancy. Having carefully reviewed your application
against the criteria for the role, we regret to inform you that you have not been shortlisted
for interview on this occasion.

We will keep your details on file for six months and would encourage you to keep an eye on our
careers page for future opportunities.

Yours sincerely,
FreshWay Stores Recruitment Team
""", html="only", style="ats", brand="FreshWay Stores", company="FreshWay Stores",
      parent="freshway_ack"),
    m(R, "en", "havenlink_after_video",
      ("Sanne de Vries", "no-reply@hire.lever.co"),
      "Update on your application – S&OP Analyst", "2026-04-08 11:02 +0200",
      """Hi Tomasz,

Thank you again for speaking with Pieter and me last week, and for your patience while we
completed our interviews.

We enjoyed learning about your experience running shifts at a busy cross-dock, and we were
impressed with your practical view of the warehouse floor. After a lot of consideration,
however, we have decided to move forward with candidates whose experience more closely matches
the forecasting and systems side of the role.

I know this isn't the news you were hoping for. We'd genuinely welcome an application from you
for future planning openings at Havenlink.

All the best,
Sanne de Vries
Talent Partner, Havenlink Logistics
""", reply_to=("Sanne de Vries", "sanne.devries@havenlink.example.nl"),
      company="Havenlink Logistics", contact="sanne.devries@havenlink.example.nl", html="alt",
      style="ats", brand="Havenlink Logistics", parent="havenlink_video_moved"),
    m(R, "en", "maasvlakte_on_hold",
      ("Maasvlakte Terminal Services", "mail@smartrecruiters.com"),
      "Planning Analyst – Container Flow: update", "2026-04-22 09:15 +0200",
      """Dear Tomasz,

We are writing to let you know that, following an internal reorganisation of our Planning
department, the Planning Analyst – Container Flow vacancy has been put on hold indefinitely.

As a result, we will not proceed with your application. We realise this is disappointing,
especially after you took the time to complete our online interview slots, and we thank you
sincerely for your interest in Maasvlakte Terminal Services.

Kind regards,
Talent Team
Maasvlakte Terminal Services
""", company="Maasvlakte Terminal Services", html="alt", style="ats",
      brand="Maasvlakte Terminal Services", cte="base64"),
    m(R, "en", "leevalley_after_second_try",
      ("Ciara Lynch via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Lee Valley Distillers – Supply Planner", "2026-05-19 15:40 +0100",
      """Hi Tomasz,

Thanks for making time to chat with Donal and me last Thursday, and thanks again for being so
understanding about the mix-up with the first call.

We've now met all of the shortlisted candidates and I'm sorry to say we've offered the role to
someone with several years of planning experience in spirits. It was a close call, and Donal
especially enjoyed your stories about peak season at the warehouse.

I'll hold on to your details and would be glad to reach out if something closer to your
current experience opens up in our bottling hall.

Best of luck,
Ciara

Ciara Lynch | People Partner | Lee Valley Distillers
""", reply_to=("Ciara Lynch", "ciara.lynch@leevalleydistillers.example.ie"),
      company="Lee Valley Distillers", contact="ciara.lynch@leevalleydistillers.example.ie",
      parent="leevalley_missed", cte="quoted-printable"),
    m(R, "en", "blackwater_after_assessment",
      ("Gráinne Ó Súilleabháin", "grainne.osullivan@blackwaterdairy.example.ie",
       ("iso-8859-1", "b")),
      "RE: Assessment Centre – Demand & Supply Planning Analyst", "2026-04-24 12:08 +0100",
      """Dear Tomasz,

Thank you for attending our assessment centre in Mitchelstown on 16 April and for the effort you
put into the planning exercise.

Following the interview panel's deliberations, I regret to let you know that we will not be
offering you the position. The panel felt that other candidates demonstrated stronger
experience with MRP and forecasting tools, which is essential from day one in this role. They
did note your excellent people management and safety record.

If you would like feedback, I'd be happy to arrange a short call.

Is mise le meas,
Gráinne Ó Súilleabháin
HR Officer
Blackwater Dairy Co-op, Mitchelstown, Co. Cork
025 24411

""" + DISCLAIMER_EN, company="Blackwater Dairy Co-op",
      contact="grainne.osullivan@blackwaterdairy.example.ie", charset="windows-1252",
      cte="quoted-printable", senc=("windows-1252", "q"), parent="blackwater_ac_new_date",
      quote="outlook-en"),
    m(R, "en", "chainlink_glanmire_internal",
      ("Niamh Kearney", "niamh@chainlinktalent.example.ie"),
      "Glanmire Pharma – feedback", "2026-06-04 17:12 +0100",
      """Hi Tomasz,

I've just heard back from Glanmire Pharma about the Production Planner role. Unfortunately
they've decided to go with an internal candidate, a planner who has been covering the role on
secondment since March.

They did say your interview with Eoin was very strong and that your shift-leadership examples
stood out, so please don't be discouraged. I'll keep you front of mind for anything similar.

Speak soon,
Niamh

Niamh Kearney
Senior Consultant – Supply Chain & Procurement
Chainlink Talent | 14 Fitzwilliam Place, Dublin 2
+353 1 663 9021 | +353 86 203 4471
""", company="Glanmire Pharma", contact="niamh@chainlinktalent.example.ie", cte="8bit",
      parent="chainlink_glanmire_missed"),
    m(R, "en", "chainlink_unnamed_fmcg",
      ("Niamh Kearney", "niamh@chainlinktalent.example.ie"),
      "Re: Demand Planner – Limerick", "2026-03-26 09:48 +0000",
      """Morning Tomasz,

Quick update on the Limerick demand planner role I put you forward for last week. My client
(the large FMCG manufacturer I mentioned) has reviewed the shortlist and decided not to progress
your application. Their feedback was that they need someone with at least two years of hands-on
SAP APO or IBP, so it was a systems call rather than anything about you.

I have a couple of other conversations on the go and will ring you on Friday.

Niamh
""", company="Chainlink Talent", contact="niamh@chainlinktalent.example.ie",
      parent="own_chainlink_cv", quote="en", flowed=True, cte="7bit"),
    m(R, "en", "tidal_after_final",
      ("Tidal Freight", "no-reply@ashbyhq.com"),
      "Your application at Tidal Freight", "2026-05-06 10:00 +0200",
      """Hi Tomasz,

Thank you for your time throughout our interview process for the Demand Planning Analyst role.

After careful consideration, we've decided not to move forward with your candidacy at this
time. This was a difficult decision given the strength of the applicants.

We appreciate your interest in Tidal Freight and wish you the best in your search.

The Tidal Freight Team
""", company="Tidal Freight", html="alt", style="ats", brand="Tidal Freight",
      parent="tidal_moved"),
    m(R, "en", "midland_after_trial",
      ("Liam Daly", "noreply@workablemail.com"),
      "Inventory & Demand Planner – Midland Cold Chain", "2026-04-30 16:26 +0100",
      """Hi Tomasz,

Thanks for coming out to Rathbane for the trial day on Tuesday – the lads on the night shift
said you were great to work with.

Unfortunately we won't be moving forward with your application. We've decided to offer the
position to a candidate who already uses our WMS (Manhattan), which matters a lot as we're
short-staffed in planning right now.

Thanks again and best of luck with the search.

Liam Daly
Operations Manager, Midland Cold Chain
""", reply_to=("Liam Daly", "liam.daly@midlandcoldchain.example.ie"),
      company="Midland Cold Chain", contact="liam.daly@midlandcoldchain.example.ie",
      html="alt", style="ats", brand="Midland Cold Chain", parent="midland_trial_day"),
    m(R, "en", "shannon_filled_internally",
      ("Eimear Walsh", "ewalsh@shannonestuaryports.example.ie"),
      "Logistics Planning Officer – outcome", "2026-05-28 14:55 +0100",
      """Dear Tomasz,

Thank you for meeting us at Foynes on 14 May regarding the Logistics Planning Officer role.

I wanted to let you know personally that the position has now been filled by an internal
candidate from our Marine Operations team. We were impressed by your interview and appreciated
your interest in Shannon Estuary Ports.

With best wishes for the future,

Eimear Walsh
HR Manager
Shannon Estuary Ports
Foynes, Co. Limerick, V94 E2K8
T: +353 69 65 108

""" + DISCLAIMER_EN, company="Shannon Estuary Ports",
      contact="ewalsh@shannonestuaryports.example.ie", html="alt", style="outlook",
      charset="windows-1252", cte="quoted-printable"),
    m(R, "en", "corran_sop_galway_no",
      ("Corran Medical", "corranmedical@myworkday.com"),
      "Regarding your application for S&OP Analyst (R-10511)", "2026-02-20 22:10 +0000",
      """Dear Tomasz,

Thank you for your interest in the S&OP Analyst role at our Galway site. We have now reviewed
all applications and have decided to pursue other candidates whose qualifications better meet
our needs at this time.

We encourage you to continue to explore other opportunities at Corran Medical.

Sincerely,
Corran Medical Talent Acquisition
""", company="Corran Medical", html="only", style="ats", brand="Corran Medical",
      parent="corran_ack_sop_galway"),
    m(R, "en", "atlantic_paused",
      ("Atlantic Drinks", "notifications@bamboohr.com"),
      "Supply Chain Coordinator – recruitment paused", "2026-05-14 12:31 +0100",
      """Hi Tomasz,

I'm writing to everyone who interviewed with us for the Supply Chain Coordinator role. Following
a change in our distribution agreement for the US market, the business has paused recruitment
for this role indefinitely, and we won't be progressing any applications further.

I'm really sorry to bring this news after you made the trip out to the brewery. If the role is
reopened I will contact you directly.

Regards,
Orla Keane
People & Culture, Atlantic Drinks, Galway
""", reply_to=("Orla Keane", "orla.keane@atlanticdrinks.example.ie"),
      company="Atlantic Drinks", contact="orla.keane@atlanticdrinks.example.ie",
      parent="atlantic_cancel_storm"),
    m(R, "en", "meridian_quayside_no",
      ("Rob Fennelly", "rob.fennelly@meridiansearch.example.com"),
      "Quayside Retail – their decision", "2026-07-09 18:05 +0100",
      """Tomasz,

Sorry for the delay, I wanted to get proper feedback before coming back to you.

Quayside Retail have decided not to take you forward to the final round for the S&OP Analyst
position. The hiring manager liked your operational background a lot, but feels the gap on
statistical forecasting is too big for where their team is right now. She suggested the APICS
CPIM modules, if that's any help.

Let's catch up next week - I have another retail client who might be a better fit.

Rob Fennelly
Principal Consultant, Meridian Search Partners
M: +353 87 661 0934
""", company="Quayside Retail", contact="rob.fennelly@meridiansearch.example.com",
      cte="quoted-printable", html="alt", style="simple"),
    m(R, "en", "corrib_other_candidates",
      ("Corrib MedTech", "no-reply@teamtailor-mail.com"),
      "Update regarding Junior Supply Planner", "2026-03-17 08:45 +0000",
      """Hi Tomasz,

Thank you for your interest in the Junior Supply Planner position at Corrib MedTech and for the
time you invested in your application.

We have now completed the first review and decided to move ahead with other candidates for this
role. We will save your application and may reach out if a suitable position comes up.

Kind regards,
Corrib MedTech
""", company="Corrib MedTech", cte="base64", parent="corrib_ack"),
    m(R, "en", "liffey_already_filled",
      ("Paul Whelan", "paul.whelan@liffeydrinks.example.ie"),
      "Re: Application – Demand Planning Assistant", "2026-03-02 19:22 +0000",
      """Hi Tomasz,

Thanks for getting in touch and for sending on your CV. I'm afraid we actually filled the role
last week, so we won't be taking any further applications for it.

Best of luck with it,
Paul

Paul Whelan
Supply Chain Manager | Liffey Drinks Distribution
Sent from my iPhone
""", company="Liffey Drinks Distribution", contact="paul.whelan@liffeydrinks.example.ie",
      parent="own_liffey_application", quote="en", cte="7bit"),
    # ------------------------------------------------------------------ German
    m(R, "de", "rheinhafen_absage",
      ("Rheinhafen Logistik", "rheinhafen-logistik@personio.de"),
      "Deine Bewerbung als S&OP Analyst (m/w/d)", "2026-05-12 16:03 +0200",
      """Hallo Tomasz,

vielen Dank für das offene Gespräch mit Jörg und mir und die Zeit, die du dir für uns genommen
hast.

Leider müssen wir dir mitteilen, dass wir uns für eine andere Kandidatin entschieden haben,
deren Profil noch etwas besser zu den Anforderungen der Stelle passt. Die Entscheidung ist uns
nicht leichtgefallen.

Wir wünschen dir für deine berufliche Zukunft alles Gute.

Viele Grüße
Katrin Hoffmann
People & Culture, Rheinhafen Logistik
""", reply_to=("Katrin Hoffmann", "katrin.hoffmann@rheinhafen-logistik.example.de"),
      company="Rheinhafen Logistik", contact="katrin.hoffmann@rheinhafen-logistik.example.de",
      html="alt", style="ats", brand="Rheinhafen Logistik", parent="rheinhafen_nachholtermin"),
    m(R, "de", "niederrhein_absage",
      ("Ute Brandt", "u.brandt@niederrhein-getraenke.example.de"),
      "Ihre Bewerbung als Bedarfsplaner", "2026-06-03 08:57 +0200",
      """Sehr geehrter Herr Wróblewski,

nochmals vielen Dank für das angenehme Gespräch mit Herrn Dohmen und mir.

Nach sorgfältiger Abwägung haben wir uns entschieden, die Position mit einem Bewerber zu
besetzen, der bereits Erfahrung in der Getränkebranche mitbringt. Wir bedauern, Ihnen keine
positivere Nachricht geben zu können, und wünschen Ihnen für Ihren weiteren Weg viel Erfolg.

Ihre Unterlagen erhalten Sie in den nächsten Tagen per Post zurück.

Mit freundlichen Grüßen

Ute Brandt
Personal
Niederrhein Getränke GmbH & Co. KG
Hafenstraße 12 · 41460 Neuss
Amtsgericht Neuss HRA 4471 · Geschäftsführer: Wilhelm Dohmen

""" + DISCLAIMER_DE, company="Niederrhein Getränke",
      contact="u.brandt@niederrhein-getraenke.example.de", charset="windows-1252", cte="8bit"),
    m(R, "de", "frischmarkt_absage",
      ("Frischmarkt Rhein Karriere", "noreply@successfactors.eu"),
      "Ihre Bewerbung bei Frischmarkt Rhein", "2026-04-20 07:30 +0200",
      """Sehr geehrter Herr Wróblewski,

nochmals herzlichen Dank für Ihre Bewerbung als Disponent Warenversorgung (m/w/d) und Ihr
Interesse an Frischmarkt Rhein.

Wir haben uns Ihre Unterlagen genau angesehen. Leider müssen wir Ihnen mitteilen, dass wir Sie
im weiteren Auswahlverfahren nicht berücksichtigen können.

Wir wünschen Ihnen für Ihre Zukunft alles Gute.

Mit freundlichen Grüßen
Ihre Personalabteilung
Frischmarkt Rhein
""", company="Frischmarkt Rhein", html="only", style="ats", brand="Frischmarkt Rhein",
      charset="iso-8859-1", cte="base64", senc=("iso-8859-1", "b"), parent="frischmarkt_ack"),
    m(R, "de", "logistikpersonal_kunde_absage",
      ("Jana Petersen", "j.petersen@logistikpersonal-rhein.example.de"),
      "Rückmeldung meines Kunden", "2026-05-22 12:40 +0200",
      """Hallo Herr Wróblewski,

kurze Rückmeldung zu der Stelle als Junior-Disponent im Raum Krefeld, für die ich Sie letzte
Woche vorgestellt hatte: Mein Kunde hat sich leider für einen anderen Kandidaten entschieden.
Ausschlaggebend waren nach seiner Aussage die fehlenden Deutschkenntnisse auf C1-Niveau für die
Abstimmung mit den Speditionen.

Ich melde mich, sobald ich etwas Passendes mit Englisch als Arbeitssprache habe.

Beste Grüße
Jana Petersen
Personalberaterin
Logistikpersonal Rhein
Königsallee 92a, 40212 Düsseldorf
""", company="Logistikpersonal Rhein", contact="j.petersen@logistikpersonal-rhein.example.de",
      charset="iso-8859-1", cte="8bit"),
    m(R, "de", "kessler_intern_besetzt",
      ("Kessler Pharma", "noreply@softgarden.io"),
      "Ihre Bewerbung: Junior Supply Planner (m/w/d)", "2026-03-31 10:20 +0200",
      """Sehr geehrter Herr Wróblewski,

vielen Dank für Ihre Bewerbung als Junior Supply Planner (m/w/d).

Wir möchten Sie darüber informieren, dass die Stelle inzwischen intern besetzt werden konnte.
Wir werden Ihre Bewerbung für diese Position daher nicht weiter berücksichtigen. Ihre Bewerbung
als Demand Planner (m/w/d) bleibt davon unberührt und befindet sich weiterhin im Verfahren.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kessler Pharma
""", company="Kessler Pharma", html="alt", style="ats", brand="Kessler Pharma Karriere"),
    m(R, "de", "rheinruhr_verfahren_eingestellt",
      ("Thomas Lenz", "t.lenz@rheinruhr-distribution.example.de"),
      "Stellenausschreibung Supply Chain Planner – Einstellung des Verfahrens",
      "2026-06-17 15:14 +0200",
      """Sehr geehrter Herr Wróblewski,

leider muss ich Ihnen mitteilen, dass wir die ausgeschriebene Position als Supply Chain Planner
aufgrund einer Umstrukturierung unseres Standorts Duisburg nicht besetzen werden. Das
Auswahlverfahren wird daher eingestellt, und wir werden Ihre Bewerbung nicht weiter verfolgen.

Den für den 24. Juni vereinbarten Termin müssen wir deshalb leider absagen.

Wir bedauern die Umstände und danken Ihnen für Ihr Interesse.

Mit freundlichen Grüßen
Thomas Lenz
Leiter Personal
Rhein-Ruhr Distribution
""", company="Rhein-Ruhr Distribution", contact="t.lenz@rheinruhr-distribution.example.de",
      charset="iso-8859-1", cte="quoted-printable", parent="rheinruhr_einladung",
      quote="outlook-de"),
    # ------------------------------------------------------------------ French
    m(R, "fr", "rhoneval_non_retenu",
      ("Laboratoires Rhôneval", "rhoneval@taleo.net"),
      "Votre candidature – Planificateur de la demande (H/F)", "2026-04-15 08:02 +0200",
      """Bonjour Tomasz Wróblewski,

Nous vous remercions de l'intérêt que vous portez aux Laboratoires Rhôneval.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre
candidature n'a pas été retenue pour la suite du processus de recrutement.

Nous conservons néanmoins vos coordonnées et ne manquerons pas de revenir vers vous si une
opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

La Direction des Ressources Humaines
""", company="Laboratoires Rhôneval", html="only", style="ats",
      brand="Laboratoires Rhôneval", charset="iso-8859-1", cte="quoted-printable",
      senc=("windows-1252", "q"), parent="rhoneval_ack"),
    m(R, "fr", "medisol_apres_entretien",
      ("Hélène Garnier", "helene.garnier@medisol.example.fr", ("iso-8859-1", "q")),
      "Suite à notre entretien", "2026-06-19 17:36 +0200",
      """Bonjour Tomasz,

Je vous remercie encore pour l'échange de la semaine dernière avec Marc et moi-même.

Nous avons finalement fait le choix d'un candidat disposant d'une expérience plus longue en
planification dans le dispositif médical. Ce n'est donc pas une suite favorable cette fois-ci,
et j'en suis sincèrement désolée.

Votre parcours terrain nous a beaucoup plu ; n'hésitez pas à suivre nos prochaines offres.

Bien cordialement,

Hélène Garnier
Responsable RH – Médisol
ZI Lyon Sud-Est, 69800 Saint-Priest
""", company="Médisol", contact="helene.garnier@medisol.example.fr", charset="windows-1252",
      cte="8bit", parent="medisol_annule"),
    m(R, "fr", "altamira_vercors_non",
      ("Julien Mercier", "j.mercier@altamira-conseil.example.fr"),
      "Retour de la Laiterie du Vercors", "2026-07-16 10:11 +0200",
      """Bonjour Tomasz,

J'ai eu ce matin le retour de la Laiterie du Vercors. Malgré un bon entretien avec la
directrice supply chain, ils ne souhaitent pas poursuivre avec votre candidature : ils
cherchent finalement un profil ayant déjà piloté un processus S&OP complet en agroalimentaire.

Je suis désolé de ne pas avoir de meilleure nouvelle. Je garde votre dossier en tête pour les
missions à venir sur Lyon.

Bien à vous,
Julien Mercier
Consultant senior – Altamira Conseil
""", company="Laiterie du Vercors", contact="j.mercier@altamira-conseil.example.fr",
      charset="utf-8", cte="base64", parent="altamira_vercors_reporte"),
    m(R, "fr", "primeur_poste_pourvu",
      ("Primeur & Cie", "primeuretcie@myworkday.com"),
      "Votre candidature chez Primeur & Cie", "2026-05-05 21:14 +0200",
      """Bonjour Tomasz,

Nous vous remercions pour votre candidature au poste d'Approvisionneur / Prévisionniste (H/F).

Nous vous informons que le poste a été pourvu. Nous ne manquerons pas de vous recontacter si
une autre opportunité correspondant à votre profil se présentait.

Bien cordialement,
Recrutement Primeur & Cie
""", company="Primeur & Cie", html="alt", style="ats", brand="Primeur & Cie",
      parent="primeur_ack"),
    m(R, "fr", "gerland_suspendu",
      ("Service Recrutement Transports Gerland", "recrutement@transports-gerland.example.fr"),
      "Votre candidature – suspension du recrutement", "2026-05-13 14:48 +0200",
      """Bonjour Monsieur Wróblewski,

Je reviens vers vous concernant votre candidature au poste d'ordonnanceur. Suite à la perte d'un
client important sur notre entrepôt de Vénissieux, la direction a décidé de suspendre ce
recrutement. Nous ne donnerons donc pas suite à votre candidature pour le moment.

Je vous remercie sincèrement pour votre intérêt et vous souhaite une bonne continuation.

Sandrine Aubert
Responsable Ressources Humaines
Transports Gerland
""", reply_to=("Sandrine Aubert", "s.aubert@transports-gerland.example.fr"),
      company="Transports Gerland", contact="s.aubert@transports-gerland.example.fr",
      charset="windows-1252", cte="quoted-printable", parent="gerland_ack",
      quote="outlook-fr"),
    # ------------------------------------------------------------------ Spanish
    m(R, "es", "ebrofresco_otros_perfiles",
      ("Supermercados Ebro Fresco", "mail@smartrecruiters.com"),
      "Tu candidatura a Analista de Aprovisionamiento", "2026-05-18 11:00 +0200",
      """Hola Tomasz:

Queremos agradecerte el interés mostrado en formar parte de Supermercados Ebro Fresco.

Tras revisar detenidamente todas las candidaturas recibidas, lamentamos comunicarte que en esta
ocasión hemos seleccionado otros perfiles que se ajustan más a las necesidades del puesto.

Guardaremos tu currículum en nuestra base de datos para futuros procesos.

¡Mucha suerte!
Equipo de Selección – Supermercados Ebro Fresco
""", company="Supermercados Ebro Fresco", html="alt", style="ats",
      brand="Supermercados Ebro Fresco", parent="ebrofresco_ack"),
    m(R, "es", "cierzo_tras_entrevista",
      ("Begoña Lázaro", "blazaro@destileriascierzo.example.es", ("utf-8", "b")),
      "Proceso Técnico de Planificación", "2026-07-08 13:37 +0200",
      """Hola Tomasz:

Gracias de nuevo por la entrevista del jueves y por tu flexibilidad con los cambios de fecha.

Te escribo para comunicarte que finalmente hemos decidido continuar el proceso con otra persona
cuyo perfil encaja mejor con lo que necesita el equipo en este momento. Sentimos no poder darte
una respuesta positiva.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Begoña Lázaro
RRHH - Destilerías Cierzo
Ctra. de Castellón km 4,2 - 50013 Zaragoza

""" + DISCLAIMER_ES, company="Destilerías Cierzo",
      contact="blazaro@destileriascierzo.example.es", charset="iso-8859-1", cte="8bit",
      parent="cierzo_cambio_hora"),
    m(R, "es", "talento_lacteos_no",
      ("Álvaro Pérez", "alvaro.perez@talentologistico.example.es"),
      "RE: Lácteos del Moncayo – respuesta del cliente", "2026-08-04 09:21 +0200",
      """Buenos días, Tomasz:

Ya tengo la respuesta de Lácteos del Moncayo. Lamentablemente no van a seguir adelante con tu
candidatura: han preferido a una persona con experiencia previa en cooperativas lácteas y en
planificación de producción con SAP.

Me quedo con tu perfil para otras posiciones que estoy moviendo en Zaragoza y Huesca.

Saludos cordiales,
Álvaro Pérez
Consultor – Talento Logístico Aragón
""", company="Lácteos del Moncayo", contact="alvaro.perez@talentologistico.example.es",
      html="alt", style="outlook", charset="windows-1252", cte="quoted-printable",
      parent="own_talento_followup", quote="outlook-es"),
    m(R, "es", "gallego_cubierta_internamente",
      ("Laboratorios Gállego", "gallego@myworkday.com"),
      "Actualización sobre tu candidatura (JR-2291)", "2026-05-27 16:45 +0200",
      """Estimado/a Tomasz Wróblewski:

Te agradecemos el interés por la posición de Técnico/a de Planificación (JR-2291).

Te informamos de que la vacante ha quedado cubierta internamente, por lo que no continuaremos
con tu candidatura en este proceso.

Atentamente,
Departamento de Talento
Laboratorios Gállego
""", company="Laboratorios Gállego", html="only", style="ats", brand="Laboratorios Gállego",
      charset="iso-8859-1", cte="base64", parent="gallego_ack"),
    m(R, "es", "cincovillas_proceso_cancelado",
      ("Marta Gil", "marta.gil@transportescincovillas.example.es"),
      "Proceso de selección Planificador/a", "2026-06-09 10:05 +0200",
      """Hola Tomasz:

Te escribo para informarte de que la dirección ha decidido cancelar el proceso de selección para
el puesto de Planificador/a de Rutas y Demanda, por lo que no seguiremos adelante con tu
candidatura.

Sentimos las molestias y te agradecemos el tiempo dedicado.

Un saludo,
Marta Gil
Transportes Cinco Villas
""", company="Transportes Cinco Villas",
      contact="marta.gil@transportescincovillas.example.es", charset="iso-8859-1", cte="8bit"),
]
