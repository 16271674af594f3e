"""65th corpus, part A: rejections and interview invitations (data only)."""

from __future__ import annotations

from msgs65_util import M, de_quote, es_quote, fr_quote, gmail, ics_event, outlook

R = "rejection"
I = "interview_invitation"  # noqa: E741

SPECS = [
    # ---------------------------------------------------------------- rejections
    M(R, "workday_bank_soft", "en", "Northbridge Building Society", "",
      "Northbridge Building Society <northbridge@myworkday.example.com>",
      "Your application for HR Business Partner (Req 40318)",
      """Dear Priya,

Thank you for your interest in the HR Business Partner role (Req 40318) at Northbridge Building Society.

After careful consideration we have decided to pursue other candidates whose background more closely aligns with the requirements of this position.

We appreciate the time you invested in your application and encourage you to view our other opportunities on our careers site.

Kind regards,
Northbridge Talent Team

This email was sent from an unmonitored mailbox. Please do not reply.
Northbridge Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.""",
      fmt="alt"),
    M(R, "hm_mobile_terse", "en", "Fernhill Logistics", "dan.mcbride@fernhill-logistics.example.com",
      "Dan McBride <dan.mcbride@fernhill-logistics.example.com>", "Re: L&D Partner",
      """Hi Priya - thanks for your time on Tuesday but we won't be moving forward. Went with someone with more warehouse ops background. Best of luck

Dan

Sent from my iPhone"""
      + gmail("Wed, 4 Feb 2026 at 18:02", "Priya Okonkwo-Hale <priya.oh@example.co.uk>",
              "Hi Dan,\n\nThanks again for meeting me today, really enjoyed hearing about the Trafford site.\n\nBest,\nPriya")),
    M(R, "nhs_trac_unsuccessful", "en", "Salford Royal NHS Foundation Trust", "",
      "NHS Jobs <noreply@jobs.nhs.example.uk>",
      "Application outcome - Workforce Business Partner - Band 7",
      """Dear Priya Okonkwo-Hale

Job reference: 413-WF-8821-A
Job title: Workforce Business Partner
Employer: Salford Royal NHS Foundation Trust

Thank you for your application for the above post. We regret to inform you that on this occasion you have not been shortlisted for interview.

The shortlisting panel assessed all applications against the essential and desirable criteria in the person specification. If you would like feedback please contact the recruiting manager, whose details are shown in the advert.

Thank you for your interest in working for the NHS.

Please do not reply to this email as this mailbox is not monitored."""),
    M(R, "agency_relayed_client", "en", "Halden & Crewe", "sophie@marlowpartners.example.com",
      "Sophie Grant <sophie@marlowpartners.example.com>", "Halden & Crewe - update",
      """Hiya Priya,

Just heard back from Halden & Crewe on the People Analytics Manager role. Unfortunately they've decided not to progress you to the next stage :( They said your Workday experience was great but they really need someone who has built Power BI dashboards from scratch.

Honestly gutted for you as I thought it was a strong match. I've got a couple of other bits coming through next week that I think would suit you better - will give you a bell.

Cheers,
Sophie

Sophie Grant | Senior Consultant
Marlow Partners
M: 07700 900418
www.marlowpartners.example.com"""),
    M(R, "british_shant_progress", "en", "Pennine Housing Group", "recruitment.team@penninehousing.example.org",
      "Recruitment Team <recruitment.team@penninehousing.example.org>", "Your application",
      """Dear Priya

Ref: People Partner (Fixed term 12 months)

Many thanks for your application for the above position. We have now completed shortlisting and I am sorry to let you know that we shan't be progressing your application further on this occasion.

We received a high number of applications from very well qualified candidates and the decision was a difficult one.

We wish you every success with your job search.

Yours sincerely

Gillian Hart
Recruitment Advisor
Pennine Housing Group
0161 496 0732

Pennine Housing Group is a charitable Community Benefit Society registered with the Regulator of Social Housing.""",
      fmt="cp1252"),
    M(R, "greenhouse_after_panel", "en", "Loophole", "",
      "Loophole <no-reply@us.greenhouse-mail.example.io>", "Update on your Loophole application",
      """Hi Priya,

Thank you so much for taking the time to meet with our team for the Talent Partner role. We really enjoyed learning more about you and your approach to building hiring processes.

Unfortunately, after much deliberation, we've decided not to move forward with your candidacy at this time. This was a tough call - we had a number of strong finalists.

We'll keep your details on file and may reach out if something comes up that's a better fit.

All the best,
The Loophole Talent Team""",
      fmt="html"),
    M(R, "indian_regret_inform", "en", "Sarvana Consulting", "hr.uk@sarvanaconsulting.example.com",
      "HR UK <hr.uk@sarvanaconsulting.example.com>", "Regarding your candidature",
      """Dear Ms. Priya,

Greetings from Sarvana Consulting!

This is with reference to your candidature for the position of HR Operations Lead - Manchester. We regret to inform you that your profile has not been shortlisted for further rounds as the requirement has been closed with an internal candidate.

We will retain your profile in our database and revert in case of suitable openings.

Thanks & Regards,
Meenakshi Iyer
Talent Acquisition - UK & Europe
Sarvana Consulting Pvt. Ltd.
+44 161 496 0199"""),
    M(R, "role_on_hold", "en", "Brightwater Energy", "liam.o@brightwater.example.com",
      "Liam O'Sullivan <liam.o@brightwater.example.com>", "Following up",
      """Hi Priya,

I wanted to let you know personally that the HRIS Analyst role has been put on hold following a budget review this week, and we won't be proceeding with the process for now. I'm really sorry, I know you put a lot into the presentation task.

If it reopens I'll be in touch but I can't promise a timeline, so please don't hold off on other opportunities.

Thanks again,
Liam

Liam O'Sullivan
Head of People, Brightwater Energy
Cork | Dublin"""),
    M(R, "takehome_after", "en", "Fenwick & Roe", "careers@fenwickroe.example.com",
      "Fenwick & Roe Careers <careers@fenwickroe.example.com>", "Re: Case study submission",
      """Dear Priya,

Thank you for submitting your case study on the graduate attraction strategy. The panel has now reviewed all of the submissions.

While there was much to commend in your work, I'm afraid we will not be inviting you to the final stage. The successful candidates demonstrated more direct experience of campus recruitment within professional services.

I'd be happy to share brief written feedback if helpful.

Best wishes,
Harriet Blake
Early Careers Manager
Fenwick & Roe LLP, Solicitors

This email is confidential and may be legally privileged. If you are not the intended recipient please notify the sender and delete it. Fenwick & Roe LLP is authorised and regulated by the Solicitors Regulation Authority.""",
      reply=True),
    M(R, "lever_short", "en", "Tallystack", "",
      "Tallystack <no-reply@hire.lever.example.co>", "Tallystack - People Ops Generalist",
      """Hi Priya,

Thanks for your time, but we won't be moving forward with your application for People Ops Generalist.

Best,
Tallystack"""),
    M(R, "nigerian_firm_regret", "en", "Adebayo Kolawole Holdings", "careers@akholdings.example.com",
      "AKH Careers <careers@akholdings.example.com>", "RE: Application - HR Business Partner (UK Office)",
      """Dear Priya,

Thank you for your interest in joining Adebayo Kolawole Holdings and for the time you took to attend the virtual interview with our panel.

We wish to inform you that, after a careful review, you were not selected to proceed to the next phase of the recruitment exercise. Kindly note that this does not detract from your impressive qualifications.

We wish you the very best in your future endeavours.

Yours faithfully,
For: Human Capital Department
Adebayo Kolawole Holdings
Lagos | London"""),
    M(R, "council_position_filled", "en", "Trafford Council", "",
      "Trafford Council Jobs <noreply@jobs.trafford.example.gov.uk>",
      "Organisational Development Officer - Vacancy TC4471",
      """Dear Applicant,

Thank you for applying for the post of Organisational Development Officer (TC4471).

We are writing to let you know that this post has now been filled and we are therefore unable to take your application any further.

Thank you for your interest in working for Trafford Council.

Yours faithfully,
HR Resourcing Team""",
      fmt="latin1"),
    M(R, "smartrec_pool", "en", "Corvid Retail", "",
      "Corvid Retail <jobs@smartrecruiters.example.com>", "Re: your application",
      """Dear Priya,

We appreciate your interest in Corvid Retail and the Regional People Partner position.

We have reviewed your application and we regret that we will not be moving forward at this time. Rather than simply saying no, we'd like to add you to our Talent Community so you hear about future roles.

Warm regards,
Corvid Retail People Team

Powered by SmartRecruiters""",
      fmt="alt"),
    M(R, "headhunter_after_cpo", "en", "Oakmere", "tom.ash@ashbysearch.example.co.uk",
      "Tom Ashworth <tom.ash@ashbysearch.example.co.uk>", "Oakmere feedback",
      """Priya,

Spoke to Ruth (CPO) at Oakmere this morning. Sadly they're going with the other finalist - it was close, she said your presentation was the best of the three but the other person has run a Workday implementation end to end and that swung it.

Happy to talk it through on the phone, call me whenever.

Tom

--
Tom Ashworth
Partner | Ashworth Search
07700 900 771"""),
    M(R, "university_after_ac", "en", "University of Leeds", "",
      "University of Leeds Jobs <jobs-noreply@leeds.example.ac.uk>",
      "Assessment centre outcome: Talent Acquisition Partner",
      """Dear Priya,

Thank you for attending the assessment centre for the role of Talent Acquisition Partner on 12 March.

The panel were impressed by the standard of candidates. However, I am sorry to inform you that you have been unsuccessful on this occasion.

If you would like feedback please email hr-resourcing@leeds.example.ac.uk quoting reference LDS-TAP-0312.

Kind regards,
HR Resourcing, University of Leeds"""),
    M(R, "scottish_casual_no", "en", "Thistle & Finch", "morag@thistlefinch.example.co.uk",
      "Morag Dunbar <morag@thistlefinch.example.co.uk>", "People & Culture role",
      """Hi Priya,

Sorry it's taken me a wee while to get back to you. We've had a chat as a team and we're not going to take things further with your application this time - we're after someone based in Edinburgh a few days a week and it didn't sound like that would work.

Wishing you all the best wi' the search.

Morag
Thistle & Finch Distillery"""),
    M(R, "fr_teamtailor_refus", "fr", "Maison Verlaine", "",
      "Maison Verlaine <noreply@teamtailor.example.com>", "Votre candidature chez Maison Verlaine",
      """Bonjour Priya,

Nous vous remercions pour l'intérêt que vous portez à Maison Verlaine et pour votre candidature au poste de Chargée de développement RH.

Après étude attentive de votre profil, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Talents
Maison Verlaine""",
      fmt="alt"),
    M(R, "fr_cabinet_formel", "fr", "Groupe Delmas Assurances", "c.roussel@delmas-assurances.example.fr",
      "Claire Roussel <c.roussel@delmas-assurances.example.fr>", "Candidature - Responsable SIRH",
      """Madame,

Nous faisons suite à votre entretien du 3 juin pour le poste de Responsable SIRH.

Malgré l'intérêt de votre parcours, nous avons retenu une candidature dont l'expérience correspond davantage à nos besoins actuels, notamment sur SAP SuccessFactors.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Claire Roussel
Direction des Ressources Humaines
Groupe Delmas Assurances - 12 rue de la Paix, 75002 Paris""",
      fmt="latin1"),
    M(R, "fr_casual_startup", "fr", "Kiosque", "julien@kiosque.example.fr",
      "Julien de Kiosque <julien@kiosque.example.fr>", "Re: Talent Acquisition Lead",
      """Salut Priya,

Merci encore pour l'échange de la semaine dernière. Honnêtement on a beaucoup hésité mais on part sur un profil qui parle français couramment, vu que 80% de l'équipe est à Paris.

Désolé, et bonne continuation !

Julien"""
      + fr_quote("lun. 9 mars 2026 à 10:14", "Priya Okonkwo-Hale <priya.oh@example.co.uk>",
                 "Bonjour Julien,\n\nJe me permets de revenir vers vous concernant le poste.\n\nBien à vous,\nPriya")),
    M(R, "fr_poste_pourvu", "fr", "Fondation Aubrac", "",
      "Fondation Aubrac - Recrutement <ne-pas-repondre@fondation-aubrac.example.org>",
      "Poste de Chargée de formation",
      """Madame Okonkwo-Hale,

Le poste de Chargée de formation pour lequel vous avez postulé a été pourvu.

Nous conservons votre candidature dans notre vivier pour une durée de deux ans, sauf opposition de votre part.

Cordialement,
Le service RH
Fondation Aubrac"""),
    M(R, "fr_agency_relay", "fr", "Banque Lestrade", "amelie.fabre@cabinet-oriel.example.fr",
      "Amélie Fabre <amelie.fabre@cabinet-oriel.example.fr>", "Retour Banque Lestrade",
      """Bonjour Priya,

J'ai eu un retour de Banque Lestrade ce matin : ils ne souhaitent malheureusement pas poursuivre avec vous pour le poste de HRBP. Leur retour : très bon échange, mais ils cherchent quelqu'un avec une expérience des relations sociales en France (CSE, NAO...).

Je reste attentive à d'autres postes pour vous.

Bien à vous,
Amélie Fabre
Consultante - Cabinet Oriel
06 12 34 56 78""",
      fmt="qp"),
    M(R, "fr_role_cancelled", "fr", "Éditions Pluriel", "rh@editionspluriel.example.fr",
      "RH Éditions Pluriel <rh@editionspluriel.example.fr>", "Information concernant votre candidature",
      """Bonjour Madame,

Nous vous informons que le recrutement pour le poste de Responsable formation a été annulé suite à une réorganisation interne. Nous ne sommes donc pas en mesure de donner suite à votre candidature.

Nous vous remercions de votre compréhension.

Sandrine Lefort
Éditions Pluriel"""),
    M(R, "de_personio_absage", "de", "Hafenkontor Logistik", "",
      "Hafenkontor Logistik <noreply@personio.example.de>", "Ihre Bewerbung bei Hafenkontor Logistik",
      """Sehr geehrte Frau Okonkwo-Hale,

vielen Dank für Ihre Bewerbung als HR Business Partner (m/w/d) und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil unseren Anforderungen noch genauer entspricht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Hafenkontor Logistik GmbH""",
      fmt="alt"),
    M(R, "de_nach_interview", "de", "Kessler Software", "t.brandt@kessler-software.example.de",
      "Tobias Brandt <t.brandt@kessler-software.example.de>", "AW: Interview People Analytics",
      """Hallo Priya,

danke nochmal für das nette Gespräch am Donnerstag. Wir haben uns im Team beraten und werden den Prozess mit dir leider nicht fortsetzen - uns fehlt für die Rolle etwas mehr Erfahrung mit SQL und Python.

Ich wünsche dir viel Erfolg!

Viele Grüße
Tobias

Tobias Brandt | Lead People Analytics
Kessler Software GmbH | Berlin"""
      + de_quote("Do., 16. Apr. 2026 um 17:40", "Priya Okonkwo-Hale <priya.oh@example.co.uk>",
                 "Hallo Tobias,\n\nvielen Dank für das Gespräch heute!\n\nBeste Grüße\nPriya")),
    M(R, "de_stelle_besetzt", "de", "Stadtwerke Rheinau", "",
      "Stadtwerke Rheinau Karriere <karriere-noreply@stadtwerke-rheinau.example.de>",
      "Absage: Referentin Personalentwicklung",
      """Sehr geehrte Frau Okonkwo-Hale,

die ausgeschriebene Stelle "Referentin Personalentwicklung" konnte inzwischen besetzt werden. Wir bedauern, Ihnen keine positive Nachricht geben zu können.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Personalabteilung
Stadtwerke Rheinau""",
      fmt="latin1"),
    M(R, "de_zurich_kurz", "de", "Alpstein Versicherungen", "nadine.keller@alpstein.example.ch",
      "Nadine Keller <nadine.keller@alpstein.example.ch>", "Ihre Bewerbung",
      """Grüezi Frau Okonkwo-Hale

Besten Dank für Ihre Bewerbung als Talent Acquisition Specialist. Leider können wir Sie im weiteren Auswahlverfahren nicht berücksichtigen.

Freundliche Grüsse
Nadine Keller
HR Recruiting, Alpstein Versicherungen AG, Zürich"""),
    M(R, "es_workable_descarte", "es", "Grupo Almenara", "",
      "Grupo Almenara <noreply@candidates.workablemail.example.com>", "Tu candidatura en Grupo Almenara",
      """Hola Priya:

Gracias por tu interés en el puesto de HR Business Partner en Grupo Almenara.

Tras revisar detenidamente tu candidatura, lamentamos comunicarte que hemos decidido continuar con otros perfiles que se ajustan más a lo que buscamos en este momento.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Equipo de Personas de Grupo Almenara""",
      fmt="alt"),
    M(R, "es_tras_entrevista", "es", "Tecnalia Digital", "marta.ruiz@tecnaliadigital.example.es",
      "Marta Ruiz <marta.ruiz@tecnaliadigital.example.es>", "RE: Entrevista People Partner",
      """Hola Priya,

Muchas gracias por tu tiempo en la entrevista del martes con Javier y conmigo. Al final nos hemos decantado por otra persona del proceso, con más experiencia en el mercado laboral español.

Ha sido un placer conocerte. ¡Mucha suerte!

Marta Ruiz
Talent & Culture | Tecnalia Digital
Madrid"""
      + es_quote("mar, 19 may 2026 a las 19:05", "Priya Okonkwo-Hale (<priya.oh@example.co.uk>)",
                 "Hola Marta,\n\nGracias por la entrevista de hoy.\n\nSaludos,\nPriya")),
    M(R, "es_argentine_english", "en", "Pampa Fintech", "sofia.gimenez@pampafintech.example.com",
      "Sofía Giménez <sofia.gimenez@pampafintech.example.com>", "Talent Partner EMEA - next steps",
      """Hi Priya!

Thanks a lot for doing the case with us, we really liked your approach to the sourcing plan. Anyway, I have to tell you that we decided to go on with another candidate who has more experience in Latam + Europe hiring at the same time.

Sorry for not bringing better news, I hope we cross paths again.

Abrazo,
Sofía
People Team @ Pampa Fintech (Buenos Aires / Barcelona)""",
      encode_subject=True),
    M(R, "es_formal_vacante_cubierta", "es", "Fundación Valdés", "seleccion@fundacionvaldes.example.org",
      "Selección - Fundación Valdés <seleccion@fundacionvaldes.example.org>", "Proceso de selección Técnica de Formación",
      """Estimada Sra. Okonkwo-Hale:

Le agradecemos su participación en el proceso de selección para la posición de Técnica de Formación.

Le informamos de que la vacante ya ha sido cubierta, por lo que no podemos continuar con su candidatura. Conservaremos su currículum para futuros procesos, salvo que nos indique lo contrario.

Atentamente,
Departamento de Recursos Humanos
Fundación Valdés""",
      fmt="latin1"),
    M(R, "tribepad_after_competency", "en", "Stockport Homes", "",
      "Stockport Homes Careers <donotreply@tribepad.example.com>", "Interview outcome",
      """Dear Priya,

Thank you for attending your competency-based interview for the post of Learning and Development Advisor.

Unfortunately on this occasion we will not be offering you the position. The panel felt that while you gave good examples, other candidates were able to demonstrate more experience of designing apprenticeship programmes.

Thank you for your interest in Stockport Homes.

Regards,
People Services""",
      fmt="html"),
    # ---------------------------------------------------------------- interview invitations
    M(I, "calendly_phone_screen", "en", "Halcyon Health", "megan.price@halcyonhealth.example.com",
      "Megan Price <megan.price@halcyonhealth.example.com>", "Quick question",
      """Hi Priya,

Thanks for applying for the Talent Acquisition Partner role at Halcyon Health - your CV really stood out. Would you be free for a quick 20 min chat this week or next? You can grab a slot that suits here:

https://calendly.example.com/megan-halcyon/20min

Speak soon,
Megan

Megan Price
Senior Talent Partner
Halcyon Health"""),
    M(I, "goodtime_panel", "en", "Arclight Media", "jess.carter@arclightmedia.example.com",
      "Arclight Media Recruiting <scheduling@goodtime.example.io>", "Arclight Media: please choose your interview times",
      """Hi Priya,

We'd love to move you to the next stage for People Partner, Content & Studios!

The next step is a 2-hour virtual panel with members of the People team and the Chief People Officer, Anita Rao. Please use the link below to select times that work for you:

https://app.goodtime.example.io/schedule/7fd3a1

If none of the times work, just reply and we'll find another option.

Thanks,
Arclight Media Recruiting Coordination""",
      reply_to="Jess Carter <jess.carter@arclightmedia.example.com>", fmt="alt"),
    M(I, "agency_exclaim", "en", "Brookfield Foods", "kayleigh@northstaff.example.co.uk",
      "Kayleigh Moss <kayleigh@northstaff.example.co.uk>", "GREAT NEWS!!!",
      """Hi Priya!!

Brookfield Foods LOVED your CV and want to meet you for the HR Manager role!! They've offered Thursday 26th at 2pm at their Wakefield site, 45 mins with the Ops Director and HR Director.

Can you let me know ASAP if that works?? I'll send over some prep notes tonight!

Kayleigh x

Kayleigh Moss | Recruitment Consultant
NorthStaff
07700 900 312"""),
    M(I, "civil_service_sift", "en", "Department for Work and Pensions", "",
      "Civil Service Jobs <noreply@csjobs.example.gov.uk>",
      "Invitation to interview: 412855 - HR Business Partner",
      """Dear Priya Okonkwo-Hale,

Vacancy: 412855 - HR Business Partner (HEO)
Department: Department for Work and Pensions

Congratulations, you have been successful at the sift stage and are invited to interview.

The interview will be a blended interview assessing the Behaviours and Strengths outlined in the advert, and you will also be asked to give a 5-minute presentation on the topic below.

Please log in to your Civil Service Jobs account to book an interview slot by 23:55 on 14 April 2026.

Presentation topic: "How would you use workforce data to reduce sickness absence in a large operational area?"

Civil Service Jobs
Please do not reply to this email.""",
      fmt="alt"),
    M(I, "ashby_onsite_ics", "en", "Quillon", "rosa.mendez@quillon.example.com",
      "Rosa Mendez <rosa.mendez@quillon.example.com>", "Invitation: Onsite interview - Quillon (Priya Okonkwo-Hale)",
      """Hi Priya,

Great news - the team would like to invite you to the final onsite in our London office (3 Finsbury Ave, 4th floor). You'll meet our Head of Talent, two hiring managers and someone from Finance. Please bring photo ID for reception.

I've attached a calendar invite. Let me know if anything doesn't work!

Rosa
Recruiting @ Quillon""",
      date="2026-05-01T10:12:00+01:00", fmt="ics",
      ics=ics_event("quillon-onsite-po@ashbyhq.example.com", "20260512T090000Z", "20260512T130000Z",
                    "Onsite interview - Quillon", "rosa.mendez@quillon.example.com",
                    "Quillon, 3 Finsbury Ave, London")),
    M(I, "hm_casual_chat", "en", "Coral & Vine", "jo@coralandvine.example.co.uk",
      "Jo Whitfield <jo@coralandvine.example.co.uk>", "hello from Coral & Vine",
      """Hi Priya

Jo here, I run Coral & Vine (we've got 6 restaurants across Manchester and Liverpool). Our recruiter passed me your CV for the People Manager job. Fancy a coffee and a proper chat? I'm at the Ancoats site most mornings, Tuesday or Wednesday at 10 could work.

Ta,
Jo
07700 900 188"""),
    M(I, "workday_next_round", "en", "Castlegate Bank", "",
      "Castlegate Bank <castlegate@myworkday.example.com>", "Next steps - Talent Acquisition Manager",
      """Dear Priya,

Thank you for completing the video interview for the Talent Acquisition Manager role.

We are pleased to let you know you have been selected for the next round: a 60 minute competency-based interview with the Hiring Manager and a member of the HR team, held on Microsoft Teams.

Please click the link below to choose an interview time:
https://castlegate.wd3.myworkday.example.com/schedule/INT-00992

Kind regards,
Castlegate Talent Acquisition

Castlegate Bank plc. Registered in Scotland No. SC000111. Registered office: 1 Castle Street, Edinburgh.""",
      fmt="html"),
    M(I, "greenhouse_self_schedule", "en", "Mosaic Analytics", "farah.nadeem@mosaicanalytics.example.com",
      "Mosaic Analytics <no-reply@greenhouse.example.io>", "Schedule your interview with Mosaic Analytics",
      """Hi Priya,

Thanks for your interest in the People Analytics Lead role! We'd like to schedule a 45 minute technical interview where you'll walk us through a workforce planning model.

Please use this link to pick a time: https://app.greenhouse.example.io/self_schedule/aa81c

Best,
Mosaic Analytics Recruiting""",
      reply_to="Farah Nadeem <farah.nadeem@mosaicanalytics.example.com>"),
    M(I, "reply_proposes_times", "en", "Kinross Academy Trust", "a.chowdhury@kinrossacademies.example.org",
      "Aisha Chowdhury <a.chowdhury@kinrossacademies.example.org>", "RE: HR Manager - Kinross Academy Trust",
      """Dear Priya,

Thank you for your email. We would like to invite you for interview for the HR Manager post. Interviews are being held on Monday 9th and Tuesday 10th March at our central office in Oldham. The day will include a short in-tray exercise followed by a panel interview.

Could you let me know which day suits?

Kind regards,
Aisha

Aisha Chowdhury
Business Manager | Kinross Academy Trust"""
      + outlook("Priya Okonkwo-Hale <priya.oh@example.co.uk>", "24 February 2026 09:11",
                "Aisha Chowdhury", "HR Manager - Kinross Academy Trust",
                "Dear Aisha,\n\nI just wanted to check you had received my application for the HR Manager post.\n\nKind regards,\nPriya")),
    M(I, "vietnamese_owned_video", "en", "Sen Vang Technologies", "hr@senvang.example.com",
      "HR Department <hr@senvang.example.com>", "Interview Invitation - HR Business Partner (Remote, UK)",
      """Dear Priya,

We are pleased to inform that your profile has been shortlisted for the HR Business Partner position at Sen Vang Technologies.

We would like to invite you to a video interview with our HR Director, Ms. Nguyen Thi Lan, on Friday 20 March 2026 at 10:00 UK time (17:00 Hanoi time) via Google Meet. Please confirm your availability by return email.

Best regards,
Tran Minh Duc
Recruitment Executive
Sen Vang Technologies JSC"""),
    M(I, "leeds_phone_screen", "en", "Aire Valley Building Society", "k.holt@airevalley.example.co.uk",
      "Karen Holt <k.holt@airevalley.example.co.uk>", "Your application - telephone interview",
      """Good afternoon Priya,

Thank you for your application for the Reward & HR Systems Analyst role. I'd like to arrange a telephone interview of around 30 minutes. Are you available on Thursday afternoon, any time between 1 and 4?

I'll call the mobile number on your CV.

Many thanks,
Karen Holt
Resourcing Advisor, Aire Valley Building Society""",
      fmt="qp"),
    M(I, "rpo_teams_ics", "en", "Halewood Pharmaceuticals", "ellie.watts@cohortrpo.example.com",
      "Ellie Watts <ellie.watts@cohortrpo.example.com>", "Interview confirmation - Halewood Pharmaceuticals",
      """Hi Priya,

As discussed, please find attached the Teams invitation for your first-stage interview with Halewood Pharmaceuticals for the Talent Acquisition Partner role. You'll be meeting Graham Cole (Head of TA) for 45 minutes.

It's a competency-based interview so have a think about STAR examples around stakeholder management and hiring volume.

Good luck!
Ellie

Ellie Watts
Recruitment Partner, on behalf of Halewood Pharmaceuticals
Cohort""",
      date="2026-06-18T15:40:00+01:00", fmt="ics",
      ics=ics_event("hal-ta-77120@cohortrpo.example.com", "20260624T130000Z", "20260624T134500Z",
                    "Halewood Pharmaceuticals - 1st stage interview - Priya Okonkwo-Hale",
                    "ellie.watts@cohortrpo.example.com", "Microsoft Teams Meeting")),
    M(I, "turkish_owned", "en", "Boğaziçi Textiles", "ayse.demir@bogazicitextiles.example.com",
      "Ayşe Demir <ayse.demir@bogazicitextiles.example.com>", "HR Manager UK - interview",
      """Dear Priya Hanım,

Thank you for your application for HR Manager UK position. We reviewed your CV and would be happy to make an online meeting with you and our General Manager Mr. Kaan Yıldız.

Are you available on Wednesday 3rd June, 11:00 UK? The meeting will be on Zoom and take about one hour.

Kind regards,
Ayşe Demir
HR Specialist
Boğaziçi Textiles Ltd. - Bradford / İstanbul""",
      fmt="b64"),
    M(I, "pinpoint_assessment_centre", "en", "Greater Manchester Combined Authority", "",
      "GMCA Recruitment <no-reply@pinpointhq.example.com>", "Assessment centre invitation",
      """Dear Priya,

Thank you for your application for Organisational Development Lead. We are delighted to invite you to our assessment centre on Tuesday 7 July at Tootal Buildings, Manchester.

The day will include a group exercise, a 10 minute presentation and a panel interview. Please book your time slot using the link below:
https://gmca.pinpointhq.example.com/bookings/33aa

Greater Manchester Combined Authority""",
      fmt="html"),
    M(I, "fr_entretien_visio", "fr", "Atelier Sorel", "camille.morin@ateliersorel.example.fr",
      "Camille Morin <camille.morin@ateliersorel.example.fr>", "Votre candidature - Talent Acquisition Manager",
      """Bonjour Priya,

Merci pour votre candidature. Votre profil a retenu toute notre attention et nous aimerions échanger avec vous lors d'un premier entretien en visio (45 min).

Seriez-vous disponible jeudi 14 mai à 15h ou vendredi 15 mai à 10h (heure de Paris) ?

Bien cordialement,
Camille Morin
Responsable Recrutement - Atelier Sorel""",
      fmt="alt"),
    M(I, "fr_second_tour", "fr", "Compagnie Belcourt", "",
      "Compagnie Belcourt via Welcome <notifications@welcomekit.example.co>",
      "Compagnie Belcourt souhaite vous rencontrer",
      """Bonjour Priya,

Bonne nouvelle ! Compagnie Belcourt souhaite poursuivre le processus avec vous pour le poste de People Partner.

Prochaine étape : un entretien avec la DRH et le manager opérationnel. Choisissez votre créneau :
https://welcomekit.example.co/scheduling/bc19

À bientôt,
L'équipe Compagnie Belcourt""",
      fmt="html"),
    M(I, "fr_tel_court", "fr", "Groupe Hexa Conseil", "o.dumas@hexaconseil.example.fr",
      "Olivier Dumas <o.dumas@hexaconseil.example.fr>", "Échange téléphonique",
      """Bonjour,

Suite à votre candidature, êtes-vous disponible pour un rapide échange téléphonique demain entre 9h et 11h ? Je vous appellerai au numéro indiqué sur votre CV.

Olivier Dumas
Groupe Hexa Conseil

Envoyé de mon iPhone"""),
    M(I, "de_einladung_gespraech", "de", "Nordlicht Media", "jana.vogt@nordlicht-media.example.de",
      "Jana Vogt <jana.vogt@nordlicht-media.example.de>", "Einladung zum Vorstellungsgespräch",
      """Sehr geehrte Frau Okonkwo-Hale,

vielen Dank für Ihre Bewerbung als Senior Recruiterin (m/w/d). Wir freuen uns, Sie zu einem ersten Kennenlernen per Videocall einzuladen.

Passt Ihnen Dienstag, der 12. Mai, um 14:00 Uhr? Alternativ schlagen Sie gern einen Termin in der KW 20 vor.

Mit freundlichen Grüßen
Jana Vogt
People & Culture
Nordlicht Media GmbH, Hamburg""",
      fmt="latin1"),
    M(I, "de_zweite_runde_ics", "de", "Brenner Maschinenbau", "m.huber@brenner-mb.example.de",
      "Markus Huber <m.huber@brenner-mb.example.de>", "Zweites Gespräch HR Business Partner",
      """Hallo Frau Okonkwo-Hale,

wie telefonisch besprochen sende ich Ihnen anbei die Einladung zum zweiten Gespräch vor Ort in München mit unserer Personalleiterin und dem Werksleiter. Bitte bereiten Sie eine kurze Präsentation (10 Minuten) zum Thema Fachkräftesicherung vor.

Reisekosten übernehmen wir selbstverständlich.

Beste Grüße
Markus Huber
Brenner Maschinenbau""",
      date="2026-06-05T09:03:00+02:00", fmt="ics",
      ics=ics_event("brenner-hrbp-2@brenner-mb.example.de", "20260616T080000Z", "20260616T100000Z",
                    "Zweitgespräch HRBP - Okonkwo-Hale", "m.huber@brenner-mb.example.de",
                    "Brenner Maschinenbau, Werk München")),
    M(I, "de_du_startup", "de", "Fjordbase", "lena@fjordbase.example.de",
      "Lena from Fjordbase <lena@fjordbase.example.de>", "Kurzer Call?",
      """Hey Priya,

danke für deine Bewerbung als Talent Partner! Hast du Lust auf einen kurzen Call (30 Min), damit wir uns kennenlernen? Such dir einfach einen Slot aus: https://cal.example.com/lena-fjordbase

LG
Lena
Fjordbase, Berlin"""),
    M(I, "es_entrevista_presencial", "es", "Grupo Hotelero Marina", "rrhh@hotelesmarina.example.es",
      "RRHH Grupo Hotelero Marina <rrhh@hotelesmarina.example.es>", "Convocatoria a entrevista",
      """Estimada Priya:

En relación con su candidatura al puesto de Responsable de Selección, nos complace convocarle a una entrevista presencial en nuestras oficinas centrales de Barcelona (Passeig de Gràcia 55) el próximo jueves 18 de junio a las 11:00 h.

Le rogamos confirme su asistencia respondiendo a este correo.

Un cordial saludo,
Laura Ferrer
Departamento de Recursos Humanos
Grupo Hotelero Marina""",
      fmt="cp1252"),
    M(I, "es_videollamada_casual", "es", "Zocalo Apps", "pablo@zocaloapps.example.es",
      "Pablo Ortega <pablo@zocaloapps.example.es>", "¿Hablamos?",
      """Hola Priya!

He visto tu candidatura para People Ops y me encantaría que charlásemos 30 minutos por videollamada. ¿Te viene bien el lunes a las 17h (hora de Madrid)? Si no, dime qué huecos tienes.

Abrazo,
Pablo
Zocalo Apps"""),
    M(I, "es_siguiente_fase", "es", "Banco Cierzo", "",
      "Banco Cierzo Empleo <no-reply@successfactors.example.eu>",
      "Siguiente fase del proceso - Analista de People Analytics",
      """Hola Priya,

Enhorabuena, has superado la primera fase del proceso de selección para Analista de People Analytics.

Te invitamos a una entrevista técnica online con el equipo de HR Analytics. Accede al portal para elegir fecha y hora:
https://career5.successfactors.example.eu/career?company=bancocierzo&interview=2231

Un saludo,
Selección Banco Cierzo""",
      fmt="alt_b64"),
]
