"""Rejections (30) for the fifty-first corpus; rendered by make_fiftyfirst.py."""

from make_fiftyfirst import Msg, Quote

R = "rejection"

MSGS = [
    Msg(R, "workday_bank_ld", "en", "Bank of Leinster", "",
        "Bank of Leinster Careers <bankofleinster@myworkday.com>",
        "Your application for Learning Designer (R-20417)",
        """Dear Aoife,

Thank you for your interest in the Learning Designer (R-20417) position at Bank of Leinster.

After careful review of your application, we regret to inform you that we will not be progressing your application further on this occasion.

We received a high number of applications and the standard was very high. We would encourage you to continue to review our careers site for future opportunities that match your skills and experience.

We wish you every success in your job search.

Kind regards,
Talent Acquisition Team
Bank of Leinster

This is a system generated email. Please do not reply to this message.
Bank of Leinster p.l.c. is regulated by the Central Bank of Ireland. Registered in Ireland No. 48811.""",
        fmt="alt", brand="Bank of Leinster"),
    Msg(R, "mobile_hm_terse", "en", "Lernwise", "ciaran@lernwise.example.com",
        "Ciarán Ó Dálaigh <ciaran@lernwise.example.com>", "Re: Instructional designer role",
        """Hi Aoife, thanks for your time on Tues. We've gone with someone with more Articulate Storyline experience in the end. Sorry! Best of luck

Ciarán

Sent from my iPhone""",
        reply=True,
        quotes=[Quote("Aoife Brennan-Kowalski <aoife.bk@example.ie>",
                      "Hi Ciarán,\n\nThanks so much for the chat today, I really enjoyed hearing about the onboarding academy.\n\nBest,\nAoife", days_before=3)]),
    Msg(R, "greenhouse_soft", "en", "Brightpath Learning", "",
        "Brightpath Learning <no-reply@us.greenhouse-mail.io>",
        "Update on your Brightpath Learning application",
        """Hi Aoife,

Thanks so much for applying to the Customer Education Specialist role here at Brightpath Learning, and for the time you put into your application.

We've reviewed your experience carefully and have decided to pursue other candidates whose background more closely aligns with the needs of the team right now. This wasn't an easy decision – we saw a lot of strong applications.

We'll keep your details on file and may reach out if something comes up that's a better fit.

All the best,
The Brightpath Learning Recruiting Team""",
        fmt="alt", brand="Brightpath Learning"),
    Msg(R, "after_panel_uk", "en", "Northgate College", "h.pemberton@northgate.example.ac.uk",
        "Harriet Pemberton <h.pemberton@northgate.example.ac.uk>", "Digital Learning Developer - outcome",
        """Dear Aoife

Thank you for attending the panel interview for the post of Digital Learning Developer on Thursday and for the presentation on blended learning for adult returners, which the panel enjoyed.

I'm afraid that on this occasion we shan't be progressing your application. The panel felt that another candidate demonstrated more direct experience of FE curriculum and Moodle administration.

If you would like feedback, please do drop me a line and I'll arrange a short call.

With best wishes

Harriet Pemberton
HR Officer (Recruitment)
Northgate College | Tel 0161 555 0192
Northgate College is an exempt charity. This email and any attachments are confidential."""),
    Msg(R, "position_filled_short", "en", "Copperleaf Training", "jess@copperleaf.example.co.uk",
        "Jess Marlow <jess@copperleaf.example.co.uk>", "Update",
        """Hi Aoife

Just to let you know the trainer position has now been filled. Thanks for your time, but we won't be moving forward.

Jess"""),
    Msg(R, "role_on_hold", "en", "Halden Pharma", "ruth.okafor@haldenpharma.example.com",
        "Ruth Okafor <ruth.okafor@haldenpharma.example.com>", "Re: L&D Coordinator - Cork",
        """Hi Aoife,

I wanted to get back to you personally. Following a budget review the L&D Coordinator role in Cork has been put on hold indefinitely and we will not be proceeding with any candidates at this time, including your application.

I'm sorry to bring this news after you've spent time with us. If the role is reopened I'll let you know directly.

Kind regards,
Ruth

Ruth Okafor | Talent Partner, EMEA
Halden Pharma | Little Island, Co. Cork
M: +353 87 555 0144
[Halden Pharma logo]

CONFIDENTIALITY: This e-mail is intended only for the addressee. If you have received it in error please notify the sender and delete it.""",
        reply=True, fmt="alt", brand="Halden Pharma"),
    Msg(R, "take_home_feedback", "en", "Quillcraft", "maya@quillcraft.example.io",
        "Maya Lindqvist <maya@quillcraft.example.io>", "Your microlearning task",
        """Hey Aoife,

Thanks for turning round the microlearning task so quickly - the storyboard was clearly structured and I liked the scenario you picked.

Unfortunately we've decided not to move ahead with your candidacy. The team was looking for stronger evidence of authoring in Rise/Storyline and some visual design, and the module felt a bit text-heavy for our learners.

I know that's not what you were hoping to hear. Genuinely appreciate the effort.

Maya
Head of Learning Experience, Quillcraft"""),
    Msg(R, "agency_relayed", "en", "Carrow Insurance", "tom.b@fernleighsearch.example.co.uk",
        "Tom Bexley <tom.b@fernleighsearch.example.co.uk>", "Carrow feedback",
        """Hi Aoife!!

Hope you're well! Heard back from the client (Carrow Insurance) re the Learning & Development Advisor role and unfortunately it's a no this time :( they've gone with an internal candidate who knows their systems.

Honestly you interviewed really well and the hiring manager said so! Let's catch up next week, I've got a couple of other L&D roles coming through that I think would be spot on for you!!

Speak soon,
Tom

Tom Bexley
Senior Consultant - HR & Learning
Fernleigh Search | 0117 555 0108"""),
    Msg(R, "lever_short", "en", "Kitebird", "",
        "Kitebird <no-reply@hire.lever.co>", "Kitebird - Customer Education Manager",
        """Hi Aoife,

Thank you for taking the time to apply for the Customer Education Manager role. We're not going to be moving forward with your application at this time.

Best,
Kitebird Talent"""),
    Msg(R, "taleo_uni", "en", "University of the West Coast", "",
        "University of the West Coast <recruitment@taleo.net>",
        "Req ID 26-0418 : Educational Technologist : Application Status",
        """Dear Aoife Brennan-Kowalski ,

RE: Educational Technologist , Centre for Teaching & Learning ( Req ID 26-0418 )

We refer to your recent application for the above position .

Following shortlisting, we regret to advise that your application has not been successful on this occasion . Due to the large number of applications received we are unable to provide individual feedback .

We thank you for your interest in the University and wish you every success in the future .

Yours sincerely ,

Human Resources
University of the West Coast

***** Please do not reply to this email. This mailbox is not monitored *****""",
        fmt="html", cte="quoted-printable", charset="windows-1252", brand="University of the West Coast"),
    Msg(R, "charity_soft_uk", "en", "Open Shelf Trust", "recruitment@openshelf.example.org.uk",
        "Open Shelf Trust Recruitment <recruitment@openshelf.example.org.uk>",
        "Programme Officer (Literacy) application",
        """Dear Aoife,

Thank you for applying for the role of Programme Officer (Literacy) with Open Shelf Trust.

We received over 300 applications for this role and have now completed shortlisting. Unfortunately, you have not been shortlisted for interview this time. We know this will be disappointing, and we're grateful for the time you took to tell us about your work in the classroom.

Please do look out for future vacancies on Charity Jobs and our website.

Best wishes,

Priya Shah
People & Culture Coordinator
Open Shelf Trust
Registered charity no. 1190442"""),
    Msg(R, "indian_english", "en", "Tatvik Learning Systems", "s.iyer@tatvik.example.in",
        "Sunita Iyer <s.iyer@tatvik.example.in>", "Regarding your candidature - Instructional Designer (EMEA)",
        """Dear Aoife,

Greetings from Tatvik Learning Systems!

This is with reference to your candidature for the post of Instructional Designer (EMEA shift). We thank you for appearing in the assessment round and for your patience during the process.

We regret to inform you that your profile has not been shortlisted for further rounds as per the current requirement. We shall keep your resume in our database and do revert in case of any suitable opening in future.

Thanks & Regards,
Sunita Iyer
Talent Acquisition | Tatvik Learning Systems Pvt. Ltd.
Pune | +91 20 5550 1187""",
        fmt="alt", brand="Tatvik"),
    Msg(R, "icelandic_owner", "en", "Hekla Digital", "gudrun@hekla.example.is",
        "=?utf-8?q?Gu=C3=B0r=C3=BAn_J=C3=B3nsd=C3=B3ttir?= <gudrun@hekla.example.is>",
        "Re: Learning content designer (remote)",
        """Hi Aoife,

Thank you again for talking with Einar and me last week. We have now finished the interviews and I'm sorry to tell you that we decided to offer the position to another candidate. It was a close decision.

We would be happy to keep in touch - we grow the team again next year, probably.

Bestu kveðjur / best regards,
Guðrún Jónsdóttir
Hekla Digital ehf. | Reykjavík""",
        reply=True),
    Msg(R, "after_sample_lesson_ie", "en", "St. Brigid's Educate Together NS", "principal@stbrigidsetns.example.ie",
        "Principal <principal@stbrigidsetns.example.ie>", "Post of Special Education Teacher / Digital Learning Lead",
        """Dear Ms Brennan-Kowalski,

I write on behalf of the Board of Management following interviews held on 14th May for the above post.

The Board wishes to thank you for your application and for the sample lesson. I regret to inform you that you were not successful on this occasion. A panel has been formed and you have not been placed on it.

The Board wishes you well in your future career.

Is mise le meas,

Deirdre Kinsella
Principal
St. Brigid's Educate Together NS"""),
    Msg(R, "smartrecruiters_pub", "en", "Marlowe & Finch Publishing", "",
        "Marlowe & Finch Publishing <noreply@smartrecruiters.com>",
        "Marlowe & Finch Publishing: Your application for Digital Learning Editor",
        """Hi Aoife,

Thank you for your application for the position of Digital Learning Editor at Marlowe & Finch Publishing.

We appreciate the time and effort you invested. After reviewing your application alongside others, we've decided to proceed with applicants whose experience better matches the requirements of this role.

We'd like to encourage you to keep an eye on our job openings.

Sincerely,
Marlowe & Finch Publishing""",
        fmt="html", brand="Marlowe & Finch"),
    Msg(R, "outlook_chain_after_2nd", "en", "Kestrel Analytics", "niamh.walsh@kestrel.example.com",
        "Niamh Walsh <niamh.walsh@kestrel.example.com>", "RE: Second interview - Enablement Lead",
        """Hi Aoife,

Apologies for the delay in getting back to you. The team met yesterday to review the second-stage interviews and, unfortunately, we won't be offering you the role. The feedback was that the successful candidate had more hands-on experience with SaaS sales enablement.

Thank you for the time and energy you put into the process - the session you ran for the panel was genuinely good.

Best,
Niamh

Niamh Walsh
People Operations | Kestrel Analytics
+353 1 555 0177""",
        reply=True,
        quotes=[Quote("Aoife Brennan-Kowalski <aoife.bk@example.ie>",
                      "Hi Niamh,\n\nJust following up on last Thursday's interview - is there any update on timings?\n\nMany thanks,\nAoife",
                      style="outlook", subject="Second interview - Enablement Lead", days_before=4),
                Quote("Niamh Walsh <niamh.walsh@kestrel.example.com>",
                      "Hi Aoife,\n\nGreat news - the team would like to invite you to a second interview on Thursday at 2pm.\n\nNiamh",
                      style="outlook", subject="Second interview - Enablement Lead", days_before=12)]),
    Msg(R, "personio_de", "de", "Lernraum", "",
        "Lernraum GmbH <jobs@lernraum.jobs.personio.de>",
        "Deine Bewerbung als Instructional Designer (m/w/d)",
        """Hallo Aoife,

vielen Dank für Deine Bewerbung und das Interesse an Lernraum.

Wir haben uns Deine Unterlagen genau angeschaut. Leider müssen wir Dir mitteilen, dass wir uns für andere Kandidat*innen entschieden haben, deren Profil noch besser zu unseren aktuellen Anforderungen passt.

Wir wünschen Dir für Deine weitere berufliche Zukunft alles Gute!

Viele Grüße
Dein Lernraum People Team

Lernraum GmbH · Oranienstraße 18 · 10999 Berlin
Diese E-Mail wurde automatisch erstellt.""",
        fmt="alt", brand="Lernraum"),
    Msg(R, "formal_de_absage", "de", "Bayerische Akademie für Weiterbildung", "k.hofbauer@baw-akademie.example.de",
        "=?iso-8859-1?q?Katrin_Hofbauer?= <k.hofbauer@baw-akademie.example.de>",
        "Ihre Bewerbung als Referentin Digitale Lehre",
        """Sehr geehrte Frau Brennan-Kowalski,

nochmals herzlichen Dank für das angenehme Gespräch und Ihre Präsentation vor der Auswahlkommission.

Nach sorgfältiger Abwägung müssen wir Ihnen heute leider mitteilen, dass wir uns für eine andere Bewerberin entschieden haben. Diese Entscheidung ist uns nicht leichtgefallen.

Ihre Unterlagen senden wir Ihnen nicht zurück; sie werden gemäß DSGVO nach sechs Monaten gelöscht.

Mit freundlichen Grüßen

Katrin Hofbauer
Personalabteilung
Bayerische Akademie für Weiterbildung e.V.
Tel. +49 89 5550 2231""",
        charset="iso-8859-1", cte="quoted-printable", subject_charset="iso-8859-1"),
    Msg(R, "de_stelle_besetzt", "de", "Medienhaus Nordlicht", "bewerbung@nordlicht-medien.example.de",
        "Medienhaus Nordlicht <bewerbung@nordlicht-medien.example.de>", "Absage",
        """Hallo Frau Brennan-Kowalski,

danke für Ihr Interesse. Die Stelle als E-Learning-Redakteurin ist inzwischen besetzt, deshalb können wir Ihre Bewerbung leider nicht weiter berücksichtigen.

Freundliche Grüße
Tanja Reuter
Medienhaus Nordlicht | Personal"""),
    Msg(R, "de_agency_mobile", "de", "Sanivera", "m.kraus@talentwerk-muenchen.example.de",
        "Markus Kraus <m.kraus@talentwerk-muenchen.example.de>", "AW: Sanivera",
        """Hi Aoife,

kurze Rückmeldung vom Kunden: Sanivera hat sich leider für jemanden mit Pharma-Hintergrund entschieden. Schade!! Ich melde mich, sobald ich was Neues habe.

LG Markus

Von meinem iPhone gesendet""",
        reply=True,
        quotes=[Quote("Aoife Brennan-Kowalski <aoife.bk@example.ie>",
                      "Hallo Markus,\n\ngibt es schon Neuigkeiten von Sanivera?\n\nViele Grüße\nAoife", style="de")]),
    Msg(R, "de_ats_html", "de", "Stadtbibliothek Freiburg", "",
        "Stadtbibliothek Freiburg <noreply@bewerbung.example-softgarden.de>",
        "Ihre Bewerbung: Bibliothekspädagoge/-pädagogin (E9b TVöD)",
        """Sehr geehrte Frau Brennan-Kowalski,

wir bedanken uns für Ihre Bewerbung auf die Stelle Bibliothekspädagoge/-pädagogin (E9b TVöD), Kennziffer 2026-041.

Nach eingehender Prüfung aller Bewerbungen haben wir uns entschieden, Sie nicht in die engere Auswahl einzubeziehen. Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Ihre Stadtbibliothek Freiburg
- Personalservice -""",
        fmt="html", cte="base64", brand="Stadtbibliothek Freiburg"),
    Msg(R, "fr_formel", "fr", "Éditions Lumen", "recrutement@editions-lumen.example.fr",
        "=?utf-8?q?=C3=89ditions_Lumen_-_Recrutement?= <recrutement@editions-lumen.example.fr>",
        "Votre candidature – Chargée de projets e-learning",
        """Madame,

Nous vous remercions de l'intérêt que vous portez aux Éditions Lumen et de votre candidature au poste de Chargée de projets e-learning.

Après examen attentif de votre dossier, nous avons le regret de vous informer que nous ne sommes pas en mesure d'y donner une suite favorable.

Nous conservons néanmoins votre CV dans notre vivier et nous nous permettrons de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Claire Dumontel
Responsable RH – Éditions Lumen""",
        fmt="alt", charset="iso-8859-1", cte="quoted-printable", brand="Éditions Lumen"),
    Msg(R, "fr_apres_entretien", "fr", "Apprendo", "lucas@apprendo.example.fr",
        "Lucas Bernard <lucas@apprendo.example.fr>", "Re: Entretien Customer Success",
        """Bonjour Aoife,

Merci encore pour ton temps mardi, c'était un échange très agréable.

Malheureusement on a décidé de poursuivre avec un autre profil, plus expérimenté sur la partie onboarding B2B. Je sais que ce n'est pas la réponse que tu attendais.

Je te souhaite plein de réussite pour la suite !

Lucas
Head of Customer Success · Apprendo""",
        reply=True,
        quotes=[Quote("Aoife Brennan-Kowalski <aoife.bk@example.ie>",
                      "Bonjour Lucas,\n\nMerci pour l'entretien, j'ai beaucoup apprécié la discussion.\n\nBien à toi,\nAoife", style="fr")]),
    Msg(R, "fr_ats_teamtailor", "fr", "Musée des Confluences Numériques", "",
        "Musée des Confluences Numériques <no-reply@teamtailor-mail.com>",
        "Suite à votre candidature",
        """Bonjour Aoife,

Merci pour votre candidature au poste de Médiatrice numérique.

Nous avons reçu de nombreuses candidatures de qualité. Après étude, votre profil n'a malheureusement pas été retenu pour la suite du processus.

Belle continuation,
L'équipe du Musée des Confluences Numériques""",
        fmt="html", brand="Musée"),
    Msg(R, "fr_poste_annule", "fr", "Groupe Formavia", "s.roche@formavia.example.fr",
        "Sophie Roche <s.roche@formavia.example.fr>", "Poste de Responsable formation digitale",
        """Bonjour Madame Brennan-Kowalski,

Je reviens vers vous concernant le poste de Responsable formation digitale. Suite à une réorganisation interne, le recrutement est annulé et le poste ne sera pas pourvu. Nous ne pourrons donc pas donner suite à votre candidature.

Je suis sincèrement désolée pour ce contretemps, d'autant plus que votre profil avait retenu notre attention.

Bien cordialement,

Sophie Roche
Chargée de recrutement
Groupe Formavia – Lyon
04 78 55 50 12"""),
    Msg(R, "es_formal", "es", "Fundación Aula Abierta", "seleccion@aulaabierta.example.es",
        "=?iso-8859-1?q?Fundaci=F3n_Aula_Abierta?= <seleccion@aulaabierta.example.es>",
        "Proceso de selección – Técnica de Formación Online",
        """Estimada Aoife:

Le agradecemos sinceramente su interés en formar parte de la Fundación Aula Abierta y el tiempo dedicado al proceso de selección.

Lamentamos comunicarle que, en esta ocasión, su candidatura no ha sido seleccionada para continuar en el proceso. Hemos optado por perfiles con mayor experiencia en el tercer sector en España.

Conservaremos sus datos para futuros procesos, salvo que nos indique lo contrario.

Un cordial saludo,

Departamento de Personas
Fundación Aula Abierta
C/ de Alcalá 155, 28009 Madrid""",
        charset="iso-8859-1", cte="quoted-printable", subject_charset="iso-8859-1"),
    Msg(R, "es_casual_startup", "es", "Clasio", "marta@clasio.example.com",
        "Marta Vidal <marta@clasio.example.com>", "Re: Customer Education Lead",
        """¡Hola Aoife!

Muchas gracias por la prueba y por la presentación, nos gustó mucho tu enfoque.

Al final hemos decidido seguir con otra persona que ya tenía experiencia en producto SaaS B2B, así que no vamos a continuar contigo en el proceso. Lo siento de verdad.

Un abrazo y mucha suerte,
Marta
Clasio · Barcelona""",
        reply=True,
        quotes=[Quote("Aoife Brennan-Kowalski <aoife.bk@example.ie>",
                      "Hola Marta,\n\nTe adjunto la presentación. ¡Gracias!\n\nAoife", style="es")]),
    Msg(R, "es_chile_english", "en", "Andes Aprende", "felipe.rojas@andesaprende.example.cl",
        "Felipe Rojas <felipe.rojas@andesaprende.example.cl>", "Learning designer position - update",
        """Hi Aoife,

Thank you very much for your patience with our process, and sorry for the late reply - we had a busy month with the school year starting here in Santiago.

We have decided not to continue with your application. The team needed someone who can work Chilean hours full time, and we could not make the time zones work.

Saludos cordiales,
Felipe Rojas
Head of Learning, Andes Aprende SpA"""),
    Msg(R, "es_ats_latam", "es", "Grupo Educa Iberia", "",
        "Grupo Educa Iberia <notificaciones@grupoeduca.example.es>",
        "Actualización de tu candidatura",
        """Hola Aoife,

Gracias por postularte a la vacante de Diseñador/a Instruccional en Grupo Educa Iberia.

Tras revisar tu perfil, lamentamos informarte de que no avanzaremos con tu candidatura en esta ocasión. Te animamos a seguir consultando nuestras ofertas.

Saludos,
Equipo de Talento
Grupo Educa Iberia

Este mensaje se ha generado automáticamente, por favor no respondas.""",
        fmt="alt", cte="base64", brand="Grupo Educa Iberia"),
    Msg(R, "sa_english_after_refs", "en", "Protea Learning Group", "lerato.m@protealearning.example.co.za",
        "Lerato Mokoena <lerato.m@protealearning.example.co.za>", "Re: your application",
        """Dear Aoife

Thank you for your patience while we concluded the process for the Facilitator Development Lead.

Regretfully we will not be taking your application further. The panel has appointed a candidate based in Johannesburg who can facilitate in person at our client sites.

Kind regards
Lerato Mokoena
HR Business Partner
Protea Learning Group | Cape Town
Tel: +27 21 555 0190

Disclaimer: This message and attachments are subject to the Protea Learning Group email legal notice.""",
        reply=True),
]
