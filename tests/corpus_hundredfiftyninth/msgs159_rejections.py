"""Corpus 159: rejections (31), each hand-written."""

from __future__ import annotations

from msgs159_common import CAND, M, ats_card, outlook, paras, reply, word_html

K = "rejection"

MESSAGES = [
    M(K, "workday_formal", "en", "Bristol Harbour Transit", "",
      ("Bristol Harbour Transit", "bristolharbourtransit@myworkday.com"),
      "Your application for Network Planning Officer (R-20417)", "2026-02-03 16:40",
      """Dear Rhiannon,

Thank you for applying for the Network Planning Officer position (R-20417) at Bristol Harbour Transit.

After careful review of all applications, we will not be taking your application further for this vacancy. We received a very large number of applications and the shortlisting decision was a difficult one.

We encourage you to keep an eye on our careers site for future opportunities.

Kind regards,
Talent Acquisition
Bristol Harbour Transit

This is an automated message from Workday. Please do not reply.""",
      fmt="alt", zone="utc"),

    M(K, "closer_match_greenhouse", "en", "Severn Link Rail", "tomos.griffiths@severnlink.example.co.uk",
      ("Tomos Griffiths via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Scheduling Analyst at Severn Link Rail", "2026-02-11 10:05",
      """Hi Rhiannon,

Many thanks for your interest in the Scheduling Analyst role and for the time you put into the application.

We've decided to move forward with candidates whose experience more closely matches what the team needs right now, particularly hands-on work with timetabling software such as HASTUS or Optibus.

I'd genuinely welcome a new application from you once you've had some exposure to those tools.

Best wishes,
Tomos Griffiths
Talent Partner, Severn Link Rail
Tel: 029 2018 4410""",
      reply_to=("Tomos Griffiths", "tomos.griffiths@severnlink.example.co.uk"), fmt="alt",
      cte="quoted-printable"),

    M(K, "on_hold_council", "en", "Swansea Bay Council", "recruitment.officer@swanseabay.example.gov.uk",
      ("Gwenllian Harries", "recruitment.officer@swanseabay.example.gov.uk"),
      "Re: Transport Planning Assistant - update", "2026-02-19 14:22",
      """Dear Ms Pryce-Okoro,

I am writing to update you on the Transport Planning Assistant post (ref. SBC-TP-0912).

Following a review of departmental budgets, the role has been put on hold and we will not proceed with the appointment this financial year. Your application will therefore not progress, and I am sorry to bring you this news after you had already completed the written exercise.

Should the post be re-advertised, we would of course be happy to receive a fresh application.

Yn gywir / Yours sincerely,

Gwenllian Harries
Recruitment Officer | Swansea Bay Council
Civic Centre, Oystermouth Road, Swansea SA1 3SN
01792 636 000

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Swansea Bay Council may monitor email traffic.""",
      fmt="html", html=word_html(paras("""Dear Ms Pryce-Okoro,

I am writing to update you on the Transport Planning Assistant post (ref. SBC-TP-0912).

Following a review of departmental budgets, the role has been put on hold and we will not proceed with the appointment this financial year. Your application will therefore not progress, and I am sorry to bring you this news after you had already completed the written exercise.

Should the post be re-advertised, we would of course be happy to receive a fresh application.

Yn gywir / Yours sincerely,

Gwenllian Harries
Recruitment Officer | Swansea Bay Council
Civic Centre, Oystermouth Road, Swansea SA1 3SN
01792 636 000

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Swansea Bay Council may monitor email traffic."""))),

    M(K, "terse_human", "en", "Cwm Coaches", "dai@cwmcoaches.example.co.uk",
      ("Dai Lewis", "dai@cwmcoaches.example.co.uk"),
      "Re: Duty scheduler job", "2026-03-02 18:51",
      """Rhiannon - thanks but we've gone with someone else for this one. Good luck.

Dai

Sent from my iPhone"""),

    M(K, "agency_relay_client_no", "en", "Mancunian Tramlines", "priya.shah@northernmovers.example.co.uk",
      ("Priya Shah", "priya.shah@northernmovers.example.co.uk"),
      "Feedback from Mancunian Tramlines", "2026-03-09 12:30",
      """Hi Rhiannon,

I've just come off the phone with the hiring manager at Mancunian Tramlines about the Service Planner role.

I'm afraid they won't be taking you forward to interview. Their feedback was that your on-road knowledge really stood out, but they've ended up shortlisting people who have already built full vehicle and crew schedules in a planning office. It's a tough one as it's clearly a matter of timing rather than ability.

I've got two other briefs coming in next week that I think suit you better; I'll call you about them on Monday.

Cheers,
Priya

Priya Shah | Senior Consultant, Transport & Infrastructure
Northern Movers Recruitment | 3 Piccadilly Place, Manchester M1 3BN
Mobile: 07700 900 318"""),

    M(K, "after_interview_quotes_thanks", "en", "Liffey Transit Authority", "orla.kavanagh@liffeytransit.example.ie",
      ("Orla Kavanagh", "orla.kavanagh@liffeytransit.example.ie"),
      "Re: Thank you - Network Planner interview", "2026-04-14 09:47",
      reply("""Dear Rhiannon,

Thank you for your kind note, and for the care you took preparing for Thursday's panel.

The panel met yesterday and, while it was a close decision, we have offered the Network Planner post to another candidate. We were impressed by your route-by-route knowledge and your answer on driver rostering in particular; where you fell slightly short was the data modelling exercise, which carried a lot of weight for this role.

I would be glad to keep your details on file for the graduate-entry planning cohort later in the year.

Kind regards,
Orla Kavanagh
HR Business Partner
Liffey Transit Authority | Dublin 1 | +353 1 555 0142""", "en", "Thu, 9 Apr 2026 at 17:20", "Rhiannon Pryce-Okoro", CAND[1],
      """Dear Orla,

Thank you for the interview this afternoon and for explaining how the network redesign is being phased. I really enjoyed meeting the panel and I'm even more keen on the role now.

Best wishes,
Rhiannon"""),
      key="liffey_rej", parent="liffey_inv", zone="ist"),

    M(K, "filled_internally", "en", "Gower Coastal Buses", "hr@gowercoastal.example.co.uk",
      ("Sian Morgan (HR)", "hr@gowercoastal.example.co.uk"),
      "Operations Scheduler vacancy", "2026-04-21 11:02",
      """Hi Rhiannon,

A quick and honest update on the Operations Scheduler vacancy you applied for in March.

One of our current controllers applied internally and has been appointed to the post, so we've closed the external campaign without interviewing. I know that's frustrating to hear after a few weeks of waiting, and I'm sorry we didn't let you know sooner.

All the best,
Sian Morgan
HR Advisor, Gower Coastal Buses
Unit 4, Fabian Way, Swansea SA1 8LD"""),

    M(K, "casual_colleague", "en", "Valleys Community Transport", "bethan.p@valleyscommunitytransport.example.org.uk",
      ("Bethan Powell", "bethan.p@valleyscommunitytransport.example.org.uk"),
      "the planner role", "2026-05-05 20:14",
      """Hiya Rhiannon,

Hope the shifts are treating you OK! Just wanted to let you know before it goes out officially - the trustees went for the other applicant in the end, they wanted someone who could start straight away and cover the grant reporting too. Gutted for you honestly, I was rooting for you.

Pint soon? Let me know when you're off.

Bethan x"""),

    M(K, "role_cancelled_consultancy", "en", "Arden Mobility Partners", "careers@ardenmobility.example.co.uk",
      ("Arden Mobility Partners Careers", "careers@ardenmobility.example.co.uk"),
      "Junior Transport Modeller - vacancy withdrawn", "2026-05-12 15:35",
      """Dear Rhiannon,

We are writing to everyone who applied for the Junior Transport Modeller vacancy in our Bristol office.

The client framework this post was tied to has not been renewed, and as a result the vacancy has been withdrawn. No appointment will be made and all applications, including yours, are now closed.

We appreciate the effort involved in applying and apologise for the disappointment.

Regards,
Hannah Clarke
Resourcing Coordinator, Arden Mobility Partners
Temple Quay House, Bristol BS1 6DZ""", fmt="alt", cte="base64"),

    M(K, "smartrecruiters_html", "en", "Grachten Logistics", "",
      ("Grachten Logistics", "noreply@smartrecruiters.com"),
      "Update on your application - Transport Planner (Amsterdam)", "2026-05-19 08:10",
      "",
      fmt="html", zone="cet",
      html=ats_card("Grachten Logistics", paras("""Hello Rhiannon,

Thanks again for your application for Transport Planner (Amsterdam).

We've now reviewed your profile against the requirements of the position. Unfortunately, we are unable to offer you a place in the next stage of the selection process.

Your profile stays in our talent community, and you'll be notified if a role matching your preferences opens up.

With best regards,
The Grachten Logistics Recruitment Team"""), "Powered by SmartRecruiters. You are receiving this email because you applied on careers.grachten.example.nl.")),

    M(K, "lever_plain_soft", "en", "Kestrel Freight", "",
      ("Kestrel Freight Hiring", "no-reply@hire.lever.co"),
      "Kestrel Freight - Route Planning Coordinator", "2026-06-01 17:03",
      """Hi Rhiannon,

We wanted to say thank you for the time you spent on our Route Planning Coordinator application.

Having looked closely at where the team is heading over the next year, we've concluded that we need someone with a stronger warehousing and last-mile background, so we won't be moving your application on.

It was a pleasure to read about your years on the road in Cardiff, and we'd love to hear from you again in the future.

All the best,
Kestrel Freight People Team""", zone="utc"),

    M(K, "after_panel_bristol", "en", "Severn Link Rail", "tomos.griffiths@severnlink.example.co.uk",
      ("Tomos Griffiths", "tomos.griffiths@severnlink.example.co.uk"),
      "Re: Timetable Development Planner - missed interview", "2026-06-16 13:15",
      reply("""Hi Rhiannon,

Thanks for explaining what happened with the link on the day - those things do happen and I appreciate you getting in touch.

Unfortunately the hiring manager isn't able to re-open the interview stage, as the panel have already completed their interviews and reached a decision. So I'm sorry to say we won't be able to take your application for the Timetable Development Planner any further.

Tomos""", "en", "Mon, 15 Jun 2026 at 08:02", "Rhiannon Pryce-Okoro", CAND[1],
      """Hi Tomos,

I'm so sorry about Friday - the Teams link in the invite took me to a different meeting and by the time I'd found the right one the slot had ended. Is there any chance of being seen again?

Rhiannon"""),
      key="severn_rej", parent="severn_missed", refs=["severn_inv"]),

    M(K, "outlook_chain_dublin", "en", "Howth Road Logistics", "ciaran.dunne@howthroad.example.ie",
      ("Ciarán Dunne", "ciaran.dunne@howthroad.example.ie"),
      "RE: Fleet Scheduling Lead - your application", "2026-06-23 16:44",
      outlook("""Rhiannon,

Apologies for the slow reply on this one. We've now wrapped up and I'm afraid you weren't successful this time. The deciding factor was the people-management side - the lead looks after six schedulers and we went with someone who already manages a team.

Thanks for bearing with us.

Ciarán Dunne
Operations Director | Howth Road Logistics
Unit 12, Clonshaugh Business Park, Dublin 17
T: +353 1 555 0178""", "Rhiannon Pryce-Okoro <rhiannon.po@example.co.uk>", "12 June 2026 10:31",
              "Ciarán Dunne <ciaran.dunne@howthroad.example.ie>", "Fleet Scheduling Lead - your application",
              """Dear Ciarán,

I hope you're well. I wanted to follow up on my interview on 2 June for the Fleet Scheduling Lead role and ask whether there is any news on the next step.

Kind regards,
Rhiannon"""), zone="ist", from_enc=("iso-8859-1", "q"), cs="windows-1252", cte="quoted-printable"),

    M(K, "not_shortlisted_icims", "en", "Pennine Rail Operations", "",
      ("Pennine Rail Operations", "pennine-rail@icims.com"),
      "Application status: Crew Diagrammer - Manchester", "2026-07-02 09:00",
      """Dear Rhiannon Pryce-Okoro,

Req ID: 2026-4471 | Crew Diagrammer - Manchester

Thank you for taking the time to apply. Our recruitment team has now completed shortlisting for this requisition and, on this occasion, your application has not been shortlisted.

Due to the volume of applications we are unable to provide individual feedback at this stage.

Pennine Rail Operations Recruitment

Please do not reply to this email as this mailbox is not monitored.""", zone="utc", fmt="alt"),

    M(K, "ashby_short_friendly", "en", "Tramway Data Labs", "",
      ("Tramway Data Labs", "no-reply@ashbyhq.com"),
      "Your application to Tramway Data Labs", "2026-07-10 19:26",
      """Hi Rhiannon,

Thanks so much for applying to the Operations Analyst (Scheduling) role. We read every application ourselves, and we really enjoyed yours.

This time round we're going to pass - the role needs a fair bit of SQL and Python from day one, and we didn't see enough of that yet.

Rooting for you,
Tramway Data Labs""", zone="uk"),

    M(K, "consultancy_after_test", "en", "Quayside Transport Consulting", "m.oconnell@quaysidetc.example.co.uk",
      ("Mairead O'Connell", "m.oconnell@quaysidetc.example.co.uk"),
      "Assessment outcome - Graduate Transport Planner", "2026-08-04 11:48",
      """Dear Rhiannon,

Thank you for completing the technical assessment for our Graduate Transport Planner programme.

Your assessment has now been marked by two of our senior planners. Your written analysis of the Cardiff bus corridor was thoughtful, but your score on the spreadsheet modelling section fell below the threshold we set for progression, and so we cannot invite you to the final stage.

We have included your marked paper as an attachment in case it is useful.

Yours sincerely,
Mairead O'Connell
Early Careers Manager
Quayside Transport Consulting Ltd, 1 Brunswick Square, Bristol BS2 8PE
Registered in England and Wales No. 09876543""",
      pdfs=[("Assessment_feedback_RPO.pdf", ["Quayside Transport Consulting - Assessment feedback",
                                             "Candidate: Rhiannon Pryce-Okoro",
                                             "Section A (written): 17/25", "Section B (modelling): 9/25",
                                             "Outcome: not progressed"])]),

    M(K, "dublin_bus_ops_norm", "en", "Dodder Valley Coaches", "aoife@doddervalley.example.ie",
      ("Aoife Brennan", "aoife@doddervalley.example.ie"),
      "Scheduler post", "2026-09-08 14:05",
      """Hi Rhiannon,

Sorry to be the bearer of bad news. The owners looked at the three of you that came in and decided they'd prefer somebody based in Dublin already, as the post includes some early-morning yard cover. It's no reflection on you at all.

If you do end up moving over, give me a shout.

Aoife
Dodder Valley Coaches, Tallaght""", zone="ist"),

    M(K, "bamboohr_short", "en", "Cardiff Freight Hub", "",
      ("Cardiff Freight Hub", "notifications@app.bamboohr.com"),
      "Thank you from Cardiff Freight Hub", "2026-09-29 10:12",
      """Hello Rhiannon,

Thank you for your interest in the Transport Planner position. We have reviewed your application and have decided not to pursue your candidacy further at this time.

We wish you every success in your job search.

Sincerely,
Cardiff Freight Hub""", fmt="alt", cte="quoted-printable"),

    # ---------------------------------------------------------------- German
    M(K, "absage_hafenbus", "de", "Hamburger Hafenbus", "",
      ("Hamburger Hafenbus Karriere", "hamburger-hafenbus@personio.de"),
      "Ihre Bewerbung als Disponent*in Fahrplanung", "2026-03-25 15:30",
      """Sehr geehrte Frau Pryce-Okoro,

vielen Dank für Ihr Interesse an der Position Disponent*in Fahrplanung und für das angenehme Gespräch in der vergangenen Woche.

Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Profil unseren Anforderungen noch etwas besser entspricht. Wir bedauern, Ihnen keine positive Nachricht geben zu können.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Hamburger Hafenbus GmbH""",
      key="hafen_rej", parent="hafen_inv", cs="iso-8859-1", cte="quoted-printable",
      subj_enc=("iso-8859-1", "q")),

    M(K, "absage_stelle_intern", "de", "Elbe Regionalverkehr", "j.voss@elbe-regional.example.de",
      ("Jana Voß", "j.voss@elbe-regional.example.de"),
      "Stelle Netzplanung – Rückmeldung", "2026-04-08 09:20",
      """Hallo Frau Pryce-Okoro,

ich melde mich kurz zur ausgeschriebenen Stelle in der Netzplanung.

Wir haben die Position inzwischen mit einem Kollegen aus unserem eigenen Betriebshof besetzt. Die externe Ausschreibung ist damit beendet, und Ihre Bewerbung kann leider nicht weiter berücksichtigt werden.

Danke für Ihre Geduld und alles Gute!

Jana Voß
Personalreferentin
Elbe Regionalverkehr GmbH · Billstraße 82 · 20539 Hamburg
Tel. +49 40 555 2231
Geschäftsführer: Dr. Henning Lau · Amtsgericht Hamburg HRB 112233""", from_enc=("utf-8", "b")),

    M(K, "absage_knapp_spedition", "de", "Nordkai Logistik", "",
      ("Nordkai Logistik", "jobs@softgarden.io"),
      "Absage: Tourenplaner (m/w/d)", "2026-06-09 13:45",
      """Guten Tag Frau Pryce-Okoro,

für Ihre Bewerbung als Tourenplaner (m/w/d) bedanken wir uns.

Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Verfahren nicht berücksichtigen können.

Freundliche Grüße
Nordkai Logistik
-- 
Diese Nachricht wurde automatisch über softgarden versendet.""", fmt="alt", cs="windows-1252", cte="8bit"),

    M(K, "absage_nach_probetag", "de", "Alster Mobil", "k.brandt@alster-mobil.example.de",
      ("Katrin Brandt", "k.brandt@alster-mobil.example.de"),
      "AW: Probetag in der Leitstelle", "2026-07-14 17:05",
      reply("""Liebe Frau Pryce-Okoro,

danke für Ihre freundlichen Zeilen nach dem Probetag - das Team hat sich sehr gefreut.

Wir haben lange überlegt. Am Ende fehlt uns für diese Stelle doch die Erfahrung mit deutschen Tarif- und Lenkzeitregeln, die wir im Alltag der Leitstelle sofort bräuchten. Deshalb werden wir Ihnen kein Angebot machen.

Ich wünsche Ihnen für Ihren Weg nach Hamburg nur das Beste.

Herzliche Grüße
Katrin Brandt
Teamleitung Leitstelle, Alster Mobil GmbH""", "de", "10.07.2026 um 18:12", "Rhiannon Pryce-Okoro", CAND[1],
      """Liebe Frau Brandt,

vielen Dank für den spannenden Probetag heute. Besonders die Disposition bei der Sperrung am Jungfernstieg hat mir gezeigt, wie gern ich in Ihrer Leitstelle arbeiten würde.

Viele Grüße
Rhiannon Pryce-Okoro"""), cte="quoted-printable"),

    M(K, "absage_kurz_verkehrsverbund", "de", "Verkehrsverbund Süderelbe", "",
      ("Verkehrsverbund Süderelbe", "verkehrsverbund-suederelbe@successfactors.eu"),
      "Ihre Bewerbung – Referent*in Angebotsplanung (Req. 8812)", "2026-09-15 08:30",
      "",
      fmt="html", subj_enc=("utf-8", "b"),
      html=ats_card("Verkehrsverbund Süderelbe", paras("""Sehr geehrte Bewerberin,

wir möchten uns bei Ihnen für Ihre Bewerbung auf die Stelle Referent*in Angebotsplanung bedanken.

Nach Prüfung aller eingegangenen Unterlagen teilen wir Ihnen mit, dass wir uns für andere Bewerbende entschieden haben.

Mit freundlichen Grüßen
Personalabteilung"""), "Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.", "#00643c")),

    # ---------------------------------------------------------------- French
    M(K, "refus_poste_pourvu_lyon", "fr", "Transports Rhône Confluence", "claire.mercier@trc-lyon.example.fr",
      ("Claire Mercier", "claire.mercier@trc-lyon.example.fr"),
      "Re: Chargée d'études offre de transport - suite", "2026-04-28 11:25",
      reply("""Bonjour Rhiannon,

Je reviens vers vous comme promis après l'annulation de notre entretien.

Le poste de chargée d'études offre de transport a finalement été pourvu par une candidate déjà en poste dans notre direction du réseau. Nous ne donnerons donc pas suite à votre candidature, ce que je regrette sincèrement car votre parcours de conductrice nous intéressait.

Bien cordialement,
Claire Mercier
Responsable recrutement – Transports Rhône Confluence
12 quai Perrache, 69002 Lyon – 04 72 55 01 09""", "fr", "mar. 21 avr. 2026 à 10:02", "Claire Mercier", "claire.mercier@trc-lyon.example.fr",
      """Bonjour Rhiannon,

Je suis contrainte d'annuler notre entretien de jeudi. Je reviens vers vous la semaine prochaine.

Claire"""),
      key="trc_rej", parent="trc_cancel", refs=["trc_inv"], cs="windows-1252", cte="quoted-printable",
      subj_enc=("iso-8859-1", "q")),

    M(K, "refus_cabinet_client", "fr", "Métropole Mobilités", "",
      ("Cabinet Saône RH", "ne-pas-repondre@saone-rh.example.fr"),
      "Votre candidature – Planificateur réseau (client : Métropole Mobilités)", "2026-05-26 18:10",
      """Madame,

Nous vous remercions de la confiance que vous nous avez témoignée en postulant, par l'intermédiaire de notre cabinet, au poste de planificateur réseau chez notre client Métropole Mobilités.

Après étude de votre dossier avec notre client, nous sommes au regret de vous informer que votre profil n'a pas été retenu pour la suite du processus.

Nous conservons votre CV dans notre base pour de prochaines missions.

Cabinet Saône RH
Ce message est envoyé automatiquement, merci de ne pas y répondre.""", fmt="alt", cte="base64"),

    M(K, "refus_ecrit_bref", "fr", "Autocars du Beaujolais", "f.girard@autocars-beaujolais.example.fr",
      ("Fabien Girard", "f.girard@autocars-beaujolais.example.fr"),
      "Candidature régulateur", "2026-07-21 07:55",
      """Bonjour Madame,

Merci pour votre candidature. Nous cherchons quelqu'un avec le permis D français et une bonne connaissance du secteur, on ne va pas donner suite.

Cordialement,
F. Girard
Autocars du Beaujolais""", cs="windows-1252", cte="8bit"),

    M(K, "refus_workable_html", "fr", "Logistique Part-Dieu", "",
      ("Logistique Part-Dieu", "noreply@workablemail.com"),
      "Logistique Part-Dieu : votre candidature au poste d'ordonnanceur", "2026-09-02 14:40",
      "",
      fmt="html",
      html=ats_card("Logistique Part-Dieu", paras("""Bonjour Rhiannon,

Merci d'avoir pris le temps de postuler au poste d'ordonnanceur transport.

Nous avons reçu de nombreuses candidatures de grande qualité. Après un examen attentif, nous avons choisi de poursuivre avec d'autres profils dont l'expérience correspond davantage à nos besoins actuels.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe recrutement"""), "Envoyé via Workable")),

    # ---------------------------------------------------------------- Spanish
    M(K, "rechazo_autobuses_nervion", "es", "Autobuses Nervión", "itziar.etxeberria@nervion.example.es",
      ("Itziar Etxeberria", "itziar.etxeberria@nervion.example.es"),
      "Re: Entrevista planificación – decisión final", "2026-06-30 12:12",
      reply("""Hola Rhiannon:

Gracias por la entrevista del martes y por la paciencia con los cambios de horario.

Lamentablemente, hemos decidido no continuar con tu candidatura para el puesto de técnica de planificación. El comité valoró mucho tu experiencia al volante, pero necesitamos a alguien que domine el euskera para la coordinación con los ayuntamientos.

Un saludo cordial,
Itziar Etxeberria
Selección de personal – Autobuses Nervión S.A.
Calle Uribitarte 7, 48001 Bilbao · 944 55 01 20""", "es", "mar, 23 jun 2026 a las 19:40", "Rhiannon Pryce-Okoro", CAND[1],
      """Hola Itziar:

Muchas gracias por la entrevista de hoy. Me ha encantado conocer al equipo y ver cómo rediseñáis las líneas de la margen izquierda.

Un saludo,
Rhiannon"""),
      key="nervion_rej", parent="nervion_resched", refs=["nervion_inv"], from_enc=("utf-8", "q")),

    M(K, "rechazo_taleo", "es", "Metro Bizkaia Servicios", "",
      ("Metro Bizkaia Servicios", "metrobizkaia@taleo.net"),
      "Proceso de selección: Analista de horarios", "2026-07-28 09:05",
      """Estimada Rhiannon Pryce-Okoro:

Le agradecemos el interés mostrado en el puesto de Analista de horarios.

Una vez revisadas todas las candidaturas, le comunicamos que en esta ocasión su perfil no ha sido seleccionado para continuar en el proceso.

Atentamente,
Departamento de Recursos Humanos
Metro Bizkaia Servicios

Este mensaje se ha generado automáticamente. Por favor, no responda.""", cs="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "b")),

    M(K, "rechazo_proceso_cancelado", "es", "Consultora Ría Movilidad", "ander@riamovilidad.example.es",
      ("Ander Goikoetxea", "ander@riamovilidad.example.es"),
      "Plaza de planificador/a junior", "2026-08-19 16:30",
      """Hola Rhiannon,

Te escribo para contarte que el cliente para el que abrimos la plaza de planificador/a junior ha retrasado el proyecto a 2027, así que hemos cerrado el proceso sin contratar a nadie. No vamos a poder seguir adelante con tu candidatura.

Siento mucho el tiempo que te ha llevado la prueba técnica. Si el proyecto se reactiva te escribiré yo mismo.

Un abrazo,
Ander Goikoetxea
Socio director · Consultora Ría Movilidad
Alameda Mazarredo 31, Bilbao"""),

    M(K, "rechazo_recruitee_html", "es", "Transportes Deusto", "",
      ("Transportes Deusto", "no-reply@jobs.recruitee.com"),
      "Gracias por tu candidatura – Jefe/a de tráfico", "2026-10-06 10:50",
      fmt="alt", cs="utf-8", cte="base64",
      body="""Hola Rhiannon,

Gracias por tu interés en Transportes Deusto y por presentar tu candidatura al puesto de Jefe/a de tráfico.

Hemos revisado tu perfil con atención y, por ahora, hemos decidido avanzar con personas cuya trayectoria se ajusta mejor a lo que buscamos.

¡Mucha suerte!
Equipo de Personas · Transportes Deusto"""),
]
