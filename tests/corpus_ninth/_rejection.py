"""Ninth corpus: rejections (blunt, soft, filled, on hold, after interviews, agency, ATS)."""

from functools import partial

from _spec import Spec, german, gmail, outlook, spanish

R = partial(Spec, "rejection")

SPECS = [
    R("greenhouse_soft_align", "en", "Lumenfold", "",
      "Lumenfold Recruiting <no-reply@us.greenhouse-mail.io>",
      "Your application to Lumenfold",
      """Hi Inés,

Thank you for your interest in the Senior Product Designer role at Lumenfold and for the time you put into your application.

We received a large number of strong applications for this position. After careful review, we've decided to pursue other candidates whose background more closely aligns with what the team needs right now.

We'll keep your details on file and may reach out if something suitable opens up. We wish you the best in your search.

Kind regards,
The Lumenfold Talent Team""",
      "2026-09-03T17:41:00+00:00", fmt="alt", html_style="ats", cte="qp"),

    R("blunt_hm_mobile", "en", "Orbitaly", "marco.ferri@orbitaly.example.com",
      "Marco Ferri <marco.ferri@orbitaly.example.com>", "Re: Product designer role",
      """Hi Ines, thanks for your time but we won't be moving forward. Good luck!

Marco

Sent from my iPhone

""" + gmail("Inés Kowalczyk <ines.kowalczyk@example.net>", "Mon, 7 Sep 2026 at 10:02",
            """Hi Marco,

Just checking in on the product designer role we discussed last week - is there any update on next steps?

Best,
Inés"""),
      "2026-09-08T21:13:00+02:00", in_reply_to="auto"),

    R("workday_position_filled", "en", "Halden Medical Group", "",
      "Halden Medical Group <haldenmedical@myworkday.com>",
      "Update on your application: UX Researcher (R-20418)",
      """Dear Inés Kowalczyk,



Thank you for your interest in the UX Researcher - Clinical Systems (R-20418) position with Halden Medical Group.

We would like to inform you that this position has now been filled. We appreciate the time and effort you invested in the process.

We encourage you to continue to review our career site for other opportunities that match your skills and experience.

Sincerely,

Halden Medical Group Talent Acquisition


This is a system generated email. Please do not respond to this message.""",
      "2026-09-04T03:12:00+00:00", fmt="html", html_style="ats", cte="b64"),

    R("uk_shant_progress", "en", "Brackwater & Finch", "recruitment@brackwaterfinch.example.co.uk",
      "Recruitment Team <recruitment@brackwaterfinch.example.co.uk>",
      "Your application - Service Designer",
      """Dear Inés,

Thank you for applying for the post of Service Designer and for attending the first-stage interview with Harriet and Tom on Tuesday.

Having considered all candidates carefully, I'm afraid we shan't be progressing your application to the next stage on this occasion. The panel were impressed by your research portfolio, but felt that other applicants had more direct experience of working within local government frameworks.

We are grateful for your interest in Brackwater & Finch and wish you every success.

Yours sincerely,

Eleanor Pryce
People & Culture Coordinator
Brackwater & Finch LLP
T: +44 20 7946 0831

Brackwater & Finch LLP is a limited liability partnership registered in England and Wales (OC412233). This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.""",
      "2026-09-10T16:05:00+01:00", fmt="alt", html_style="outlook", cte="qp"),

    R("indian_regret", "en", "Sarvana Digital Solutions", "priya.raghunathan@sarvana.example.in",
      "Priya Raghunathan <priya.raghunathan@sarvana.example.in>",
      "Regarding your candidature - UI/UX Lead",
      """Dear Ines,

Greetings from Sarvana Digital!

With reference to your candidature for the UI/UX Lead position, we regret to inform you that your profile has not been shortlisted for the further rounds. The hiring team has decided to go ahead with profiles having more experience in the BFSI domain.

We will keep your resume in our database and do revert in case any suitable opening comes up in future.

Thanks & Regards,
Priya Raghunathan
Talent Acquisition | Sarvana Digital Solutions Pvt. Ltd.
Mob: +91 98450 11223""",
      "2026-09-11T11:47:00+05:30"),

    R("lever_after_final", "en", "Pintail", "dana@pintail.example.com",
      "Dana Okafor <dana@pintail.example.com>", "Pintail - next steps",
      """Hi Inés,

I wanted to reach out personally after your final round on Thursday. First, thank you — the team really enjoyed the portfolio walkthrough, and Sam mentioned your synthesis exercise was one of the clearest they'd seen.

This was a genuinely hard decision, but we've decided to move forward with another candidate for the Product Designer, Growth role. The deciding factor was hands-on experience with experimentation at scale, which is something this team needs on day one.

I'd be really happy to share more detailed feedback on a short call if that would be useful, and I hope our paths cross again.

All the best,
Dana

Dana Okafor | Recruiting Lead, Pintail
pintail.example.com/careers""",
      "2026-09-21T18:22:00-04:00", headers={"X-Mailer": "Lever Mail"}),

    R("de_absage_formal", "de", "Kranich Logistik", "karriere@kranich-logistik.example.de",
      "Kranich Logistik Karriere <karriere@kranich-logistik.example.de>",
      "Ihre Bewerbung als UX Designer (m/w/d)",
      """Sehr geehrte Frau Kowalczyk,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie in unserem weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern ergibt sich aus dem Vergleich mit dem Anforderungsprofil der Stelle.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Kranich Logistik GmbH
Hafenstraße 12 · 28217 Bremen
Geschäftsführer: Dr. Jens Albers · Amtsgericht Bremen HRB 30412""",
      "2026-09-14T09:30:00+02:00", charset="iso-8859-1", cte="qp"),

    R("de_personio_casual", "de", "Wellenreiter Studios", "",
      "Wellenreiter Studios <notifications@personio.example.de>",
      "Deine Bewerbung bei Wellenreiter Studios",
      """Hallo Inés,

danke, dass du dich bei uns als Product Designerin beworben hast – wir haben uns über deine Bewerbung wirklich gefreut!

Wir haben uns dein Portfolio genau angeschaut und uns am Ende für andere Bewerber:innen entschieden, deren Profil noch besser zu dem passt, was wir gerade suchen. Das ist uns nicht leicht gefallen.

Wir drücken dir die Daumen für die weitere Suche!

Viele Grüße
Lena vom Wellenreiter-Team

Diese E-Mail wurde automatisch über Personio versendet.""",
      "2026-09-16T14:02:00+02:00", fmt="alt", html_style="ats"),

    R("fr_refus_formel", "fr", "Groupe Verdalis", "",
      "Groupe Verdalis - Recrutement <ne-pas-repondre@verdalis.example.fr>",
      "Votre candidature au poste de Designer UX/UI - Réf. VRD-2291",
      """Madame,

Nous vous remercions de l'intérêt que vous portez au Groupe Verdalis et de votre candidature au poste de Designer UX/UI.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable. Cette décision ne remet nullement en cause la qualité de votre parcours.

Nous nous permettons de conserver votre candidature dans notre vivier afin de vous recontacter si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Groupe Verdalis

Ce message est généré automatiquement, merci de ne pas y répondre.""",
      "2026-09-17T10:15:00+02:00", fmt="html", html_style="ats", cte="qp",
      encode_subject=True),

    R("es_descartada_tutea", "es", "Mareas Tech", "lucia.benitez@mareastech.example.es",
      "Lucía Benítez <lucia.benitez@mareastech.example.es>", "Proceso Product Designer",
      """Hola Inés,

¿Qué tal? Te escribo para contarte cómo ha ido el proceso de Product Designer.

Lo primero, gracias por tu tiempo y por la prueba que nos mandaste, se notaba el curro. Al final hemos decidido seguir con otra persona que tiene más experiencia en producto B2B, que es justo lo que necesitamos ahora mismo.

Sé que no es la noticia que esperabas. Si te apetece, te puedo pasar feedback más concreto de la prueba.

Un abrazo y mucha suerte,
Lucía
People @ Mareas Tech""",
      "2026-09-18T13:40:00+02:00", cte="qp"),

    R("agency_relay_client_declined", "en", "Ostrander Bank", "jack.whitlow@talentbridge.example.co.uk",
      "Jack Whitlow <jack.whitlow@talentbridge.example.co.uk>", "Feedback from Ostrander",
      """Hi Ines,

Hope you're well! Just had feedback from the client on the UX Researcher role at Ostrander Bank.

Unfortunately they've decided not to take things further - they liked you a lot personally but want someone who's run research programmes in a regulated environment before. Really sorry, I know you were keen on this one.

Plenty more out there though, I've got a couple of fintech roles I think would suit you even better - shall we have a chat this week?

Cheers,
Jack

Jack Whitlow
Senior Consultant - Digital & Design
TalentBridge Recruitment
07700 900461""",
      "2026-09-22T12:08:00+01:00"),

    R("taleo_plain_odd", "en", "Ridgefield Energy", "",
      "Ridgefield Energy Careers <careers.noreply@taleo.example.net>",
      "Ridgefield Energy - Req 26-1187 Experience Designer",
      """Dear Ines Kowalczyk ,

Thank you for applying to the position of Experience Designer , Requisition ID 26-1187 .

After careful review of your qualifications , we regret to inform you that you have not been selected to move forward in the selection process for this position .

Your interest in Ridgefield Energy is appreciated and we encourage you to apply for other positions for which you are qualified.

Regards ,
Ridgefield Energy Talent Acquisition

*** Please do not reply to this message. This mailbox is not monitored. ***""",
      "2026-09-23T06:55:00-05:00", charset="windows-1252", cte="qp"),

    R("on_hold_budget", "en", "Cobalt Harbor", "amira.haddad@cobaltharbor.example.com",
      "Amira Haddad <amira.haddad@cobaltharbor.example.com>", "Update",
      """Hi Inés,

I'm sorry to be sending this one. We've just been told the Lead UX Researcher role has been put on hold due to a budget freeze for Q4, and we won't be proceeding with the hiring process at this time.

This is entirely about our internal situation and not about you — your interviews went really well. If the role reopens in the new year I'll reach out to you first.

Thanks again for your patience with us.

Amira Haddad
Talent Partner · Cobalt Harbor""",
      "2026-09-24T15:30:00-07:00", fmt="alt", cte="qp"),

    R("dutch_takehome", "en", "Tulpwerk", "sanne.devries@tulpwerk.example.nl",
      "Sanne de Vries <sanne.devries@tulpwerk.example.nl>", "Re: Take-home assignment",
      """Hi Inés,

Thank you for handing in the assignment, we have looked at it with the team.

To be honest and direct with you: we will not continue with your application. The flows were nicely made, but we missed the research part and the reasoning behind the choices, which is for this role quite essential.

We wish you a lot of success with the search and thanks for the effort you put in it.

Met vriendelijke groet / Kind regards,

Sanne de Vries
Design Lead | Tulpwerk B.V.
Keizersgracht 221, Amsterdam

""" + gmail("Inés Kowalczyk <ines.kowalczyk@example.net>", "Fri, 25 Sep 2026 at 09:14",
            "Hi Sanne,\n\nPlease find my take-home attached (Figma link + a short PDF write-up).\n\nBest,\nInés"),
      "2026-09-29T11:02:00+02:00", in_reply_to="auto"),

    R("smartrecruiters_short", "en", "Fennick Hotels", "",
      "Fennick Hotels <noreply@smartrecruiters.example.com>", "Fennick Hotels: Guest Experience Designer",
      """Dear Inés,

Thank you for applying to Fennick Hotels. Unfortunately, we will not be moving forward with your application for the Guest Experience Designer position at this time.

Best regards,
Fennick Hotels Recruitment""",
      "2026-09-25T08:00:00+00:00", fmt="html", html_style="ats"),

    R("fr_apres_entretien", "fr", "Atelier Sorel", "camille.roux@ateliersorel.example.fr",
      "Camille Roux <camille.roux@ateliersorel.example.fr>", "Suite à notre échange",
      """Bonjour Inés,

Merci encore pour le temps que tu nous as consacré mardi, l'échange avec Julien et moi était vraiment agréable.

Après réflexion, on a choisi de poursuivre avec un autre profil, plus senior sur la partie design system. Ce n'était pas une décision facile.

Je garde ton contact, et n'hésite pas à revenir vers nous si tu vois passer une autre offre chez nous.

Belle journée,
Camille

Camille Roux - Head of Design
Atelier Sorel · 14 rue des Tanneurs, Lyon""",
      "2026-09-30T17:48:00+02:00", charset="iso-8859-1", cte="8bit"),

    R("ashby_rolecancelled", "en", "Quillon", "",
      "Quillon Hiring <no-reply@ashbyhq.example.com>", "Regarding the Staff Product Designer position",
      """Hi Inés,

We're writing to let you know that we've made the decision to close the Staff Product Designer position without making a hire. As a result, we will not be moving forward with your candidacy.

We know this is disappointing, and we're grateful you took the time to interview with us.

Best,
Quillon Talent""",
      "2026-10-01T19:03:00+00:00", fmt="alt", html_style="ats", cte="b64"),

    R("es_formal_no_seleccion", "es", "Grupo Alcázar Seguros", "",
      "Grupo Alcázar Seguros <seleccion-noreply@alcazarseguros.example.es>",
      "Resolución de su candidatura",
      """Estimada Sra. Kowalczyk:

Le agradecemos el interés mostrado en formar parte de Grupo Alcázar Seguros y el tiempo dedicado al proceso de selección para la posición de Diseñadora de Experiencia de Usuario.

Lamentamos comunicarle que, tras valorar detenidamente todas las candidaturas, su perfil no ha resultado seleccionado para continuar en el proceso.

Conservaremos sus datos para futuras vacantes, de conformidad con la normativa de protección de datos vigente.

Reciba un cordial saludo,

Departamento de Personas
Grupo Alcázar Seguros""",
      "2026-10-02T12:20:00+02:00", charset="iso-8859-1", cte="qp", fmt="html", html_style="outlook"),

    R("aussie_after_interview", "en", "Wattle & Co", "josh.mcallister@wattleco.example.com.au",
      "Josh McAllister <josh.mcallister@wattleco.example.com.au>", "Thanks Ines",
      """Hey Ines,

Thanks heaps for coming in and chatting with us last week, it was great to meet you.

Unfortunately we've gone with another candidate this time round - it was a really close call and came down to them having done a fair bit of retail POS work, which is a big part of the role.

Really appreciate the effort you put in. Best of luck with everything and don't be a stranger.

Cheers,
Josh
Product Lead | Wattle & Co""",
      "2026-10-05T10:11:00+10:00"),

    R("de_nach_interview_outlook", "de", "Helmrich Versicherung", "sabine.koenig@helmrich.example.de",
      "\"König, Sabine\" <sabine.koenig@helmrich.example.de>", "AW: Rückmeldung Gespräch Senior UX Researcher",
      """Liebe Frau Kowalczyk,

herzlichen Dank nochmals für das angenehme Gespräch am vergangenen Donnerstag und Ihre Geduld.

Leider müssen wir Ihnen heute absagen. Wir haben uns für eine Kandidatin entschieden, die bereits umfangreiche Erfahrung im Versicherungsumfeld mitbringt. Ihr methodisches Vorgehen hat uns dennoch sehr überzeugt.

Für Ihren weiteren Weg wünsche ich Ihnen alles Gute.

Freundliche Grüße
Sabine König
Personalreferentin
Helmrich Versicherung AG
Tel. +49 89 2197 3340

""" + outlook("Inés Kowalczyk <ines.kowalczyk@example.net>", "Montag, 5. Oktober 2026 08:40",
              "König, Sabine <sabine.koenig@helmrich.example.de>", "Rückmeldung Gespräch Senior UX Researcher",
              "Liebe Frau König,\n\ngibt es schon eine Rückmeldung zum Gespräch von letzter Woche?\n\nViele Grüße\nInés Kowalczyk"),
      "2026-10-07T14:25:00+02:00", fmt="alt", html_style="outlook", cte="qp", charset="windows-1252",
      in_reply_to="auto"),

    R("icims_pursue_other", "en", "Northgate University Hospital", "",
      "Northgate University Hospital <northgatehealth@icims.example.com>",
      "Your application for Digital Patient Experience Designer",
      """Dear Ines,

Thank you for your interest in the Digital Patient Experience Designer position at Northgate University Hospital.

We have reviewed your application and, while your background is impressive, we have decided to pursue candidates whose qualifications more closely meet the needs of this position.

We appreciate your interest in Northgate and wish you success in your career.

Northgate University Hospital Human Resources

Please do not reply to this email; replies to this address are not monitored.""",
      "2026-10-08T22:44:00+00:00", fmt="html", html_style="ats", cte="qp"),

    R("italian_english_sorry", "en", "Ferraboli Design", "giulia.ferraboli@ferraboli.example.it",
      "Giulia Ferraboli <giulia.ferraboli@ferraboli.example.it>", "About the position",
      """Dear Inés,

thank you very much for your interest in our studio and for the nice conversation of last week.

I am sorry to tell you that we decided to proceed with another candidate, who has more experience in the furniture sector. It was a difficult choice because your profile is very interesting.

I remain at disposal for any clarification and I wish you the best for your future.

Kind regards,
Giulia Ferraboli
Ferraboli Design S.r.l. – Via Tortona 31, Milano""",
      "2026-10-09T16:37:00+02:00"),

    R("teamtailor_reorg", "en", "Skylark Learning", "",
      "Skylark Learning <noreply@teamtailor-mail.example.com>", "Your application at Skylark Learning",
      """Hi Inés!

Thanks so much for applying for the Learning Experience Designer role with us.

Following a reorganisation of our product team, the position has been cancelled and we will not be hiring for it this year. We're therefore closing all applications, including yours.

We really appreciate your interest and hope you'll keep an eye on our careers page.

Warm wishes,
Skylark Learning""",
      "2026-10-12T09:05:00+01:00", fmt="alt", html_style="ats"),

    R("successfactors_status", "en", "Almeda Retail Group", "",
      "Almeda Retail Group <SFMail@successfactors.example.eu>",
      "Status update for Job Requisition 40172",
      """Dear Inés Kowalczyk,

Your application status for the following job has changed:

Job Title: UX Designer - eCommerce (f/m/d)
Job Req ID: 40172
New Status: Not selected

We would like to thank you for the interest shown in Almeda Retail Group. After careful evaluation we have decided not to consider your application further.

Kind regards
Almeda Retail Group Recruiting

This is an automatically generated message - please do not reply.""",
      "2026-10-13T04:22:00+00:00", fmt="html", html_style="ats", cte="b64"),

    R("de_kurz_startup", "de", "Brösel", "tim@broesel.example.de",
      "Tim Hartwig <tim@broesel.example.de>", "Re: Bewerbung Product Design",
      """Hi Inés,

sorry für die späte Antwort! Wir haben die Stelle inzwischen intern besetzt, daher wird das leider nichts mit uns. Trotzdem danke fürs Bewerben und viel Erfolg!

Tim
Co-Founder, Brösel

Von meinem iPhone gesendet

""" + german("Inés Kowalczyk <ines.kowalczyk@example.net>", "01.10.2026 um 11:20",
             "Hallo Tim,\n\nich wollte kurz nachhaken, ob ihr meine Bewerbung erhalten habt?\n\nLG Inés"),
      "2026-10-14T22:51:00+02:00", in_reply_to="auto"),

    R("public_sector_uk", "en", "Harlow District Council", "",
      "Harlow District Council Recruitment <noreply@jobs.harlowdc.example.gov.uk>",
      "Outcome of your application - Ref HDC/2026/0912",
      """Dear Applicant,

Ref: HDC/2026/0912 - User Researcher (Digital Services), Grade 7

Thank you for your recent application. The shortlisting panel has now met and I regret to inform you that on this occasion you have not been shortlisted for interview.

Due to the high number of applications received we are unable to provide individual feedback at the shortlisting stage.

Thank you for your interest in working for Harlow District Council.

Yours faithfully

HR Shared Services""",
      "2026-10-15T12:00:00+01:00", charset="windows-1252", cte="7bit"),

    R("fr_teamtailor_casual", "fr", "Pâquerette", "",
      "Pâquerette <noreply@teamtailor-mail.example.com>", "Ta candidature chez Pâquerette",
      """Hello Inés,

Un grand merci pour ta candidature au poste de Product Designer Senior !

On a pris le temps de la lire attentivement, mais on ne va malheureusement pas aller plus loin ensemble pour ce poste : on a reçu des profils plus proches de nos besoins actuels (notamment sur le mobile natif).

On te souhaite plein de belles choses pour la suite 🌼

L'équipe Pâquerette""",
      "2026-10-19T18:30:00+02:00", fmt="alt", html_style="ats", cte="b64", encode_subject=True),

    R("es_agency_mx", "es", "Banco Meridiano", "andrea.solis@talentoplus.example.mx",
      "Andrea Solís <andrea.solis@talentoplus.example.mx>", "RE: Vacante UX Researcher - Banco Meridiano",
      """Hola Inés, buenas tardes.

Te comparto la retroalimentación del cliente: Banco Meridiano decidió no avanzar con tu perfil para la vacante de UX Researcher, ya que buscan a alguien con residencia en CDMX para trabajo híbrido.

Agradezco mucho tu disposición durante el proceso. Seguimos en contacto para otras oportunidades remotas.

Saludos cordiales,
Andrea Solís
Consultora Sr. | TalentoPlus
+52 55 1234 8876

""" + spanish("Inés Kowalczyk <ines.kowalczyk@example.net>", "mar, 13 oct 2026 a las 16:02",
              "Hola Andrea, ¿hay novedades sobre Banco Meridiano?\n\nGracias,\nInés"),
      "2026-10-20T17:05:00-06:00", in_reply_to="auto", fmt="alt", html_style="outlook", cte="qp"),

    R("panel_feedback_long", "en", "Greystone Publishing", "r.osei@greystonepub.example.com",
      "Rachel Osei <r.osei@greystonepub.example.com>", "Re: Content Designer - final interview",
      """Hi Inés,

Thanks again for coming in for the panel on the 22nd, and apologies it's taken me a week to get back to you.

I'm sorry to say we won't be offering you the role this time. Feedback from the panel, in case it's useful:
- your research case study was excellent, really clear on method
- the group felt the content crit was a bit light on editorial judgement, which is a big part of the job here
- everyone liked how you handled the stakeholder question

We went with someone with a newsroom background. I'd genuinely encourage you to apply again if a UX research role opens - I'll flag you to the team.

Best wishes,
Rachel

Rachel Osei
Head of Digital Product | Greystone Publishing
This message and any attachment are intended only for the addressee(s). Greystone Publishing Ltd, registered in England no. 0481122.""",
      "2026-10-29T09:58:00+00:00", in_reply_to="auto", fmt="alt", html_style="outlook", cte="qp"),

    R("de_agentur_stelle_zurueckgezogen", "de", "Ostwerk Energie", "m.brandt@pixelpersonal.example.de",
      "Marius Brandt <m.brandt@pixelpersonal.example.de>", "Kurzes Update zur Position bei Ostwerk",
      """Hallo Frau Kowalczyk,

leider habe ich keine guten Neuigkeiten: Unser Kunde Ostwerk Energie hat die Position der Senior UX Designerin kurzfristig zurückgezogen – das Projekt wurde intern neu priorisiert. Damit ist der Prozess für alle Kandidatinnen beendet.

Das tut mir wirklich leid, zumal Sie beim Kunden gut angekommen sind. Ich melde mich, sobald ich etwas Passendes habe.

Beste Grüße
Marius Brandt
Senior Consultant | Pixel Personal GmbH
+49 30 5557 2210""",
      "2026-11-03T10:44:00+01:00", cte="qp"),

    R("workday_after_interview_nl", "en", "Van Houten Ziekenhuizen", "",
      "Van Houten Ziekenhuizen <vanhouten@myworkday.com>", "Your candidacy: Service Designer (JR-8812)",
      """Dear Inés,

Thank you for taking the time to speak with us about the Service Designer position.

After careful consideration, we have decided not to proceed with your candidacy. We were impressed with your experience and it was not an easy decision.

We wish you all the best in your career.

Kind regards,
Talent Acquisition
Van Houten Ziekenhuizen""",
      "2026-11-06T07:15:00+01:00", fmt="html", html_style="ats"),

    R("fr_cabinet_refus", "fr", "Mutuelle Alizé", "s.garnier@oxalis-conseil.example.fr",
      "Sophie Garnier <s.garnier@oxalis-conseil.example.fr>", "Mission Mutuelle Alizé",
      """Bonjour Madame Kowalczyk,

Je reviens vers vous concernant le poste de UX Researcher chez notre client Mutuelle Alizé.

Le client a souhaité privilégier un profil disposant d'une expérience plus longue dans le secteur de la santé, et ne donnera donc pas suite à votre candidature. Je le regrette, car votre entretien avait été très apprécié.

Je reste bien entendu à votre écoute et reviendrai vers vous dès qu'une mission correspondant à votre profil se présentera.

Bien cordialement,

Sophie Garnier
Consultante Senior – Oxalis Conseil
06 12 34 56 78""",
      "2026-11-12T15:20:00+01:00", charset="windows-1252", cte="qp"),
]
