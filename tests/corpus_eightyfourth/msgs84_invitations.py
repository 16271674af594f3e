"""Interview invitations for the 84th corpus (data only)."""

MESSAGES = [
    {"kind": "interview_invitation", "slug": "calendly_phone_screen", "lang": "en",
         "frm": "Grace Whitfield <grace.whitfield@pennant-insurance.example.co.uk>",
         "subj": "Finance Business Partner - next steps",
         "fmt": "alt", "company": "Pennant Insurance",
         "body": """Hi Fergus,

Thanks for applying for the Finance Business Partner role. I've had a look through your CV and I'd love to set up a 30-minute telephone screen to talk through your background and what you're looking for.

Please grab a slot that works for you here: https://calendly.example.com/grace-whitfield/30min

Speak soon,
Grace

Grace Whitfield
Talent Acquisition Partner
Pennant Insurance | 1 Lime Walk, London EC3
[Pennant Insurance logo]
"""},
    {"kind": "interview_invitation", "slug": "quick_chat_hiring_manager", "lang": "en",
         "frm": "Owen Battersby <owen@fettle-retail.example.com>",
         "subj": "Quick question",
         "company": "Fettle",
         "body": """Fergus - saw your application come through for the commercial finance role. Would you be free for a quick chat Thursday or Friday afternoon? 20 mins, nothing formal. Let me know a time and I'll ring you.

Owen
FD, Fettle
07700 900 218
"""},
    {"kind": "interview_invitation", "slug": "goodtime_panel_ics", "lang": "en",
         "frm": "Harlow Street Asset Management <scheduling@goodtime.example.io>",
         "reply_to": "Zara Iqbal <zara.iqbal@harlowstreet.example.com>",
         "subj": "Interview confirmed: Harlow Street Asset Management - Panel Interview",
         "fmt": "alt", "company": "Harlow Street Asset Management", "contact": "zara.iqbal@harlowstreet.example.com",
         "ics": {"method": "REQUEST", "summary": "Panel interview - Fergus Adeyemi-Walsh / Harlow Street AM",
                  "start": "20260311T100000Z", "end": "20260311T113000Z", "organizer": "zara.iqbal@harlowstreet.example.com",
                  "location": "7 Harlow Street, London W1"},
         "body": """Hi Fergus,

Your panel interview for Fund Finance Manager has been scheduled.

When: Wednesday 11 March 2026, 10:00 - 11:30 GMT
Where: 7 Harlow Street, London W1 (ask for Zara at reception)
Panel: Martin Cole (Head of Fund Finance), Sunita Bhatt (CFO), Zara Iqbal (Talent)

Format: 45 minutes competency-based questions followed by a short Excel exercise. Please bring photo ID for building security.

If you need to change anything, reply to this email and Zara will help.

Harlow Street Asset Management
"""},
    {"kind": "interview_invitation", "slug": "agency_exclamation", "lang": "en",
         "frm": "Jess Marlow <jess@brightpathfinance.example.co.uk>",
         "subj": "GREAT NEWS!!",
         "company": "Halden Group",
         "body": """Hiya Fergus!!

Amazing news - Halden Group LOVED your CV and want to meet you!! First stage is a 45 min video interview with the Head of FP&A, they've offered Tues 3rd or Weds 4th Feb, any time between 10 and 4.

Let me know what works and I'll lock it in! I'll send over some prep notes tonight, they're big on scenario modelling so worth brushing up :)

Speak soon!!
Jess

Jess Marlow | Principal Consultant
Brightpath Finance | Manchester
M: 07700 900 377
"""},
    {"kind": "interview_invitation", "slug": "workday_assessment_centre", "lang": "en",
         "frm": "Albion Mutual <albionmutual@myworkday.com>",
         "subj": "Invitation to Assessment Centre - Graduate Finance Transformation",
         "fmt": "html", "company": "Albion Mutual", "contact": "",
         "body": """Dear Fergus,

Congratulations! Following your psychometric test results, we are delighted to invite you to our virtual assessment centre for the Finance Transformation Analyst programme.

Date: Tuesday 24 February 2026
Time: 09:00 - 15:30 (GMT)
Platform: Microsoft Teams (link to follow 48 hours before)

The day will include a group exercise, a case study presentation and a competency-based interview.

Please confirm your attendance by selecting 'Accept' in your candidate home: https://albionmutual.wd3.myworkday.example.com/candidate

Kind regards,
Albion Mutual Early Careers
This mailbox is not monitored.
"""},
    {"kind": "interview_invitation", "slug": "next_round_cfo", "lang": "en",
         "frm": "Fiona McAllister <fiona.mcallister@tayside-water.example.org.uk>",
         "subj": "Re: Treasury Manager - second interview",
         "company": "Tayside Water",
         "quote": ("gmail", "Fergus Adeyemi-Walsh <fergus.aw@example.co.uk>", "Fri, 6 Mar 2026 at 17:22",
                "Hi Fiona,\n\nThank you for today, I enjoyed hearing about the refinancing programme.\n\nKind regards,\nFergus"),
         "body": """Hi Fergus,

Lovely to hear from you. Good news - we'd love to move you to the next stage. The final round would be a meeting with our CFO, Neil Drummond, plus a 20-minute presentation on how you'd approach our liquidity forecasting.

Neil is available Tuesday 17th at 2pm or Wednesday 18th at 10am at our Dundee office (hybrid options possible if travel is difficult from Edinburgh). Which suits?

Kind regards,
Fiona

Fiona McAllister
Senior HR Business Partner
Tayside Water | Riverside House, Dundee
"""},
    {"kind": "interview_invitation", "slug": "teams_invite_ics_only", "lang": "en",
         "frm": "Ruth Ogunleye <ruth.ogunleye@kinross-health.example.nhs.uk>",
         "subj": "Interview: Head of Financial Planning (Band 8b)",
         "fmt": "ics_only", "company": "Kinross Community Health",
         "ics": {"method": "REQUEST", "summary": "Interview - Head of Financial Planning - F Adeyemi-Walsh",
                  "start": "20260422T130000Z", "end": "20260422T140000Z", "organizer": "ruth.ogunleye@kinross-health.example.nhs.uk",
                  "location": "Microsoft Teams Meeting",
                  "description": "Interview panel: Director of Finance, Deputy DoF, Non-Exec. Presentation topic sent separately."},
         "body": """Interview panel: Director of Finance, Deputy DoF, Non-Exec. Presentation topic sent separately.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.example.com/l/meetup-join/19%3ameeting_kch>
Meeting ID: 318 552 907 114
Passcode: Hk7qPz

Ruth Ogunleye | Recruitment Officer | Kinross Community Health
________________________________________________________________________________
"""},
    {"kind": "interview_invitation", "slug": "recruitee_self_schedule", "lang": "en",
         "frm": "Kelpie Analytics <noreply@recruitee.example.com>",
         "reply_to": "Callum Reid <callum@kelpie-analytics.example.com>",
         "subj": "Pick a time to chat with Kelpie Analytics",
         "fmt": "html", "company": "Kelpie Analytics", "contact": "callum@kelpie-analytics.example.com",
         "body": """Hi Fergus,

Callum from Kelpie Analytics would like to schedule a video call with you about the Finance Manager (first finance hire) role.

Choose a time that suits you: https://kelpie.recruitee.example.com/schedule/8f2a91

Duration: 45 minutes - Google Meet

Questions? Just reply and Callum will get back to you.
"""},
    {"kind": "interview_invitation", "slug": "irish_state_body", "lang": "en",
         "frm": "Recruitment Unit <recruitment@seirbhis-stait.example.ie>",
         "subj": "Competition Ref. FIN-2026-07: Invitation to Interview",
         "fmt": "qp", "company": "Office of Public Finance Ireland", "contact": "recruitment@seirbhis-stait.example.ie",
         "body": """Dear Mr Adeyemi-Walsh,

Competition: Assistant Principal Officer (Internal Audit)

I am pleased to inform you that you have been shortlisted for interview for the above competition.

Your interview is scheduled for Monday 18 May 2026 at 11.30 a.m. and will take place at our offices at Merrion Row, Dublin 2. The interview will be competency-based and will last approximately 45 minutes.

Please bring photographic identification, evidence of your right to work in Ireland (e.g. passport or Stamp 4 permission), and original qualifications.

Please confirm your attendance by reply to this email by Friday 8 May.

Is mise le meas,
Áine Ní Bhriain
Recruitment Unit
Office of Public Finance Ireland
"""},
    {"kind": "interview_invitation", "slug": "bigfour_excel_test", "lang": "en",
         "frm": "Tom Gallagher <tom.gallagher@hallwardmoss.example.co.uk>",
         "subj": "Hallward Moss - Manager, Finance Transformation: interview",
         "fmt": "alt", "company": "Hallward Moss",
         "body": """Dear Fergus

Thank you for your application to Hallward Moss. We would like to invite you to a first-stage interview for the Manager, Finance Transformation role in our Birmingham office.

The interview will consist of a 30-minute Excel test (please bring your own laptop if you prefer) followed by a 45-minute interview with two Directors from the Finance Transformation practice.

Could you let me know your availability for the weeks commencing 13 and 20 April?

Best regards

Tom Gallagher
Experienced Hire Recruitment
Hallward Moss LLP
One Colmore Square, Birmingham B4

Hallward Moss LLP is a limited liability partnership registered in England and Wales. A list of members is available at our registered office.
"""},
    {"kind": "interview_invitation", "slug": "us_hiring_manager_casual", "lang": "en",
         "frm": "Kayla Brooks <kbrooks@greylock-yards.example.com>",
         "subj": "FP&A role - want to grab time?",
         "company": "Greylock Yards",
         "body": """Hey Fergus,

Kayla here, I run FP&A at Greylock Yards. Our recruiter passed along your resume and I'd really like to talk. Any chance you're free for a video call next week? Mornings ET are best for me given the time difference - 9am ET is 2pm for you I think?

Also heads up - the role's in NYC so we'd need to talk visa at some point, but let's chat first.

Best,
Kayla
"""},
    {"kind": "interview_invitation", "slug": "teamtailor_video", "lang": "en",
         "frm": "Nordlys Payments <notifications@teamtailor.example.com>",
         "reply_to": "Marte Haugen <marte.haugen@nordlys.example.no>",
         "subj": "Video interview invitation - Finance Business Partner, London",
         "fmt": "html", "company": "Nordlys Payments", "contact": "marte.haugen@nordlys.example.no",
         "body": """Hi Fergus!

Thanks for applying to Nordlys Payments. We enjoyed reading your application and would like to invite you to a first video interview with Marte Haugen (Talent Partner) and Oskar Lie (Finance Director UK).

Book your time here: https://nordlys.teamtailor.example.com/meetings/4419

Looking forward to meeting you!
Nordlys Payments
"""},
    {"kind": "interview_invitation", "slug": "references_stage_dbs", "lang": "en",
         "frm": "Patricia Hanlon <p.hanlon@eastbridge-council.example.gov.uk>",
         "subj": "Interview - Principal Accountant (Post ref EBC0912)",
         "fmt": "plain", "company": "Eastbridge City Council",
         "body": """Dear Fergus,

Further to your application for the post of Principal Accountant, I am pleased to invite you to interview on Thursday 4 June at 10:00am in Committee Room 2, Civic Centre, Eastbridge.

The interview panel will consist of the Chief Finance Officer (Section 151) and the Head of Corporate Finance. You will be asked to give a 10 minute presentation on "The key risks to the Council's medium-term financial strategy", followed by competency-based questions.

Please note this post is subject to a basic DBS check and two satisfactory references.

Kindly confirm by return whether you are able to attend.

Regards

Patricia Hanlon
HR Advisor, Eastbridge City Council
Tel 0121 555 0442
"""},
    {"kind": "interview_invitation", "slug": "forwarded_by_recruiter", "lang": "en",
         "frm": "Liam Doherty <liam@atlanticinterim.example.ie>",
         "subj": "Fwd: Interview slots - Group Financial Accountant",
         "company": "Carrowmore Foods",
         "forward": ("Niamh Kelleher <niamh.kelleher@carrowmore.example.ie>", "Tue, 14 Apr 2026 11:40",
                  "Interview slots - Group Financial Accountant",
                  "Hi Liam,\n\nWe'd like to see Fergus for a first interview. Could he do Thursday 23rd at 2pm or Friday 24th at 9.30 in our Cork office?\n\nThanks,\nNiamh\nNiamh Kelleher | Financial Controller | Carrowmore Foods"),
         "body": """Fergus, see below - good news! Carrowmore want to meet you. Which slot suits? They're flexible on the day if you need to fly over from London.

Liam
Atlantic Interim | Dublin
+353 1 555 0190
"""},
    # German
    {"kind": "interview_invitation", "slug": "de_einladung_formell", "lang": "de",
         "frm": "Sabine Krüger <sabine.krueger@mainfurt-bank.example.de>",
         "subj": "Einladung zum Vorstellungsgespräch – Referent Treasury (w/m/d)",
         "fmt": "latin1", "company": "Mainfurt Bank",
         "body": """Sehr geehrter Herr Adeyemi-Walsh,

vielen Dank für Ihre Bewerbung. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Mittwoch, 25. März 2026, um 14:00 Uhr in unsere Zentrale (Neue Mainzer Str. 20, 60311 Frankfurt am Main) ein. Gesprächspartner sind Herr Dr. Feld (Leiter Treasury) und ich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Reisekosten werden Ihnen selbstverständlich erstattet.

Mit freundlichen Grüßen

Sabine Krüger
Personalreferentin
Mainfurt Bank AG
Tel.: +49 69 555 0123
"""},
    {"kind": "interview_invitation", "slug": "de_telefoninterview_du", "lang": "de",
         "frm": "Lea Brandt <lea@kontobaum.example.de>",
         "subj": "Kurzes Kennenlernen?",
         "company": "Kontobaum",
         "body": """Hey Fergus,

danke für deine Bewerbung als Finance Business Partner! Wir würden dich gerne in einem kurzen Telefonat (ca. 30 Min.) kennenlernen. Such dir einfach einen Slot aus: https://cal.example.com/lea-kontobaum/kennenlernen

Falls nichts passt, schreib mir einfach.

Liebe Grüße
Lea
People Lead @ Kontobaum
"""},
    {"kind": "interview_invitation", "slug": "de_zweite_runde_ics", "lang": "de",
         "frm": "Thomas Eberle <thomas.eberle@alpenstrom.example.de>",
         "subj": "Zweite Runde: Fallstudie und Gespräch mit dem CFO",
         "fmt": "alt", "company": "Alpenstrom",
         "ics": {"method": "REQUEST", "summary": "Vorstellungsgespräch 2. Runde – Fergus Adeyemi-Walsh",
                  "start": "20260507T080000Z", "end": "20260507T100000Z", "organizer": "thomas.eberle@alpenstrom.example.de",
                  "location": "Alpenstrom, Leopoldstraße 10, München"},
         "body": """Hallo Herr Adeyemi-Walsh,

wie telefonisch besprochen, anbei die Einladung für die zweite Runde am 7. Mai um 10:00 Uhr in München.

Ablauf: 60 Minuten Fallstudie (Sie erhalten die Unterlagen vor Ort), danach ein Gespräch mit unserem CFO Frau Dr. Stein.

Bei Fragen erreichen Sie mich jederzeit.

Beste Grüße
Thomas Eberle
Talent Acquisition | Alpenstrom AG
"""},
    # French
    {"kind": "interview_invitation", "slug": "fr_entretien_visio", "lang": "fr",
         "frm": "Sophie Marchand <s.marchand@banque-valmy.example.fr>",
         "subj": "Proposition d'entretien – Analyste Trésorerie",
         "company": "Banque Valmy",
         "body": """Bonjour Monsieur Adeyemi-Walsh,

Suite à l'étude de votre candidature, nous souhaiterions échanger avec vous lors d'un premier entretien en visioconférence (environ 45 minutes) avec le responsable de la trésorerie groupe.

Seriez-vous disponible mardi 12 mai à 10h ou jeudi 14 mai à 15h (heure de Paris) ?

Dans l'attente de votre retour, je vous souhaite une excellente journée.

Cordialement,

Sophie Marchand
Chargée de recrutement
Banque Valmy – 8 rue de la Paix, 75002 Paris
"""},
    {"kind": "interview_invitation", "slug": "fr_cabinet_tutoiement", "lang": "fr",
         "frm": "Julien Faure <julien.faure@arcadia-search.example.fr>",
         "subj": "Ton profil pour un poste de Business Partner",
         "company": "Ondine Cosmétiques",
         "body": """Hello Fergus,

Comme convenu au téléphone, mon client Ondine Cosmétiques souhaite te rencontrer pour le poste de Finance Business Partner Europe. Premier échange avec la DRH puis le DAF dans la foulée, le tout sur Teams.

Tu serais dispo quand la semaine prochaine ? Idéalement lundi ou mardi en fin de matinée.

À très vite,
Julien
Arcadia Search – Finance & Audit
06 55 55 01 23
"""},
    {"kind": "interview_invitation", "slug": "fr_etape_suivante_workable", "lang": "fr",
         "frm": "Papillon Energie <noreply@candidates.workablemail.com>",
         "reply_to": "Amélie Duval <amelie.duval@papillon-energie.example.fr>",
         "subj": "Papillon Energie – prochaine étape pour le poste Responsable Reporting ESG",
         "fmt": "html", "company": "Papillon Energie", "contact": "amelie.duval@papillon-energie.example.fr",
         "body": """Bonjour Fergus,

Bonne nouvelle : nous aimerions poursuivre le processus avec vous ! La prochaine étape est un entretien technique d'une heure avec notre équipe reporting extra-financier (CSRD).

Merci de choisir un créneau via ce lien : https://apply.workable.example.com/papillon/schedule/22b7

À bientôt,
Amélie Duval
Talent Acquisition – Papillon Energie
"""},
    # Spanish
    {"kind": "interview_invitation", "slug": "es_entrevista_formal", "lang": "es",
         "frm": "Carmen Iglesias <carmen.iglesias@seguroslevante.example.es>",
         "subj": "Entrevista – Controller Financiero",
         "fmt": "cp1252", "company": "Seguros Levante",
         "body": """Estimado Fergus:

Tras revisar su candidatura para el puesto de Controller Financiero, nos gustaría invitarle a una entrevista con el Director Financiero y con una servidora.

La entrevista tendría lugar el próximo lunes 8 de junio a las 10:30 h en nuestras oficinas de la calle Colón 12, Valencia, o bien por videollamada si lo prefiere.

Le ruego que me confirme su disponibilidad.

Atentamente,

Carmen Iglesias Soler
Técnico de Selección – Seguros Levante
Tel. 96 555 01 44
"""},
    {"kind": "interview_invitation", "slug": "es_charla_rapida", "lang": "es",
         "frm": "Diego Salcedo <diego@pagoclaro.example.com>",
         "subj": "¿Hablamos?",
         "company": "PagoClaro",
         "body": """Hola Fergus, ¿qué tal?

He visto tu candidatura para Finance Manager y me encantaría tener una llamada rápida contigo esta semana para conocerte. ¿Te viene bien el jueves a las 17h (hora de Madrid)? Si no, dime tú cuándo.

¡Gracias!
Diego
CFO | PagoClaro
"""},
    {"kind": "interview_invitation", "slug": "es_agencia_siguiente_fase", "lang": "es",
         "frm": "Marta Vidal <mvidal@talentiaexec.example.es>",
         "subj": "RE: Auditor Interno – siguiente fase",
         "company": "Inmobiliaria Brisamar",
         "quote": ("outlook", "Fergus Adeyemi-Walsh", "jueves, 18 de junio de 2026 12:10",
                "Hola Marta,\n\nGracias por la llamada. Te confirmo mi interés.\n\nSaludos,\nFergus"),
         "body": """Hola Fergus,

¡Buenas noticias! Inmobiliaria Brisamar quiere avanzar contigo a la siguiente fase: entrevista presencial con el Comité de Auditoría el martes 30 de junio a las 12:00 en Madrid (Calle Serrano 41).

Confírmame cuanto antes, por favor, y te paso los detalles para la prueba de Excel que harán ese mismo día.

Un saludo,
Marta Vidal
Consultora Senior | Talentia Executive
"""},
    {"kind": "interview_invitation", "slug": "tribepad_video_interview", "lang": "en",
         "frm": "Brindley Homes <no-reply@tribepad.example.com>",
         "subj": "Brindley Homes - video interview invitation (Finance Business Partner - Development)",
         "fmt": "html", "company": "Brindley Homes", "contact": "",
         "body": """Dear Fergus,

Thank you for your application for Finance Business Partner - Development with Brindley Homes. We are pleased to invite you to the next stage of the recruitment process: a recorded video interview.

You will be asked five questions and will have up to 3 minutes to answer each. Please complete your interview by 23:59 on Sunday 22 March 2026.

Start your video interview: https://brindley.tribepad.example.com/video/5562

Good luck!
Brindley Homes Resourcing Team
"""},
    {"kind": "interview_invitation", "slug": "eploy_phone_interview_rtw", "lang": "en",
         "frm": "Oliver Hurst <oliver.hurst@severnmeadow-uni.example.ac.uk>",
         "subj": "Telephone interview - Internal Auditor (ref 2026/114)",
         "company": "Severn Meadow University",
         "body": """Dear Fergus,

Thank you for your application for the post of Internal Auditor. I'm pleased to say the shortlisting panel would like to invite you to a telephone interview with our Head of Internal Audit, lasting around 30 minutes.

Could you let me know your availability on Monday 11 or Tuesday 12 May? Before we confirm, could you also let me know whether you currently have the right to work in the UK or would require sponsorship, as this is one of our pre-interview checks.

Many thanks,
Oliver Hurst
Recruitment Adviser
Severn Meadow University, Bristol
"""},
]
