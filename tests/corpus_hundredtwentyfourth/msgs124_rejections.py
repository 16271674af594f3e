"""Rejections of the hundred-and-twenty-fourth corpus, written one by one.

Each spec is a dict: labels (kind, company, contact, lang), headers (frm, reply_to, subject,
date, threading), body/html, structure, charset and transfer encoding. See make_hundredtwentyfourth.py.
"""

from __future__ import annotations

from msgs124_common import (
    MID,
    button,
    card_html,
    corporate_html,
    paras,
    pixel,
    trk,
)

R01_TEXT = """\
Dear Saoirse,

Thank you for your interest in the Territory Manager \u2013 Companion Animal (Dublin South) position at Vetlink Pharma Ireland, and for the time you invested in your application.

We received a large number of applications for this role. After careful consideration, we have decided to move forward with candidates whose experience more closely matches the requirements of the position at this time.

We encourage you to keep an eye on our careers site and to apply for future openings that match your skills and interests. Your candidate profile will remain active in our system.

We wish you every success in your search.

Kind regards,
Talent Acquisition Team
Vetlink Pharma Ireland"""

R02_TEXT = """\
Hi Saoirse,

Thanks so much for taking the time to speak with Conor and me last Thursday \u2013 we really enjoyed hearing about your years at the practice in Oranmore and the calving-season stories were a highlight of our week.

I wanted to let you know personally that we won't be moving forward with your application for the Customer Success Specialist role. It was a close call. In the end we went with someone who has already supported SaaS customers at scale, which is where the role will be spending most of its time in the next six months.

If it's useful, I'm happy to share a bit more feedback \u2013 just reply here. And please don't be a stranger: we expect to hire a Field Trainer later in the year and you'd be a natural fit for that.

All the best,
Niamh

Niamh Devlin
People & Talent, herdwise"""

R03_TEXT = """\
Hi Saoirse,

Thank you for applying for the Veterinary Technical Advisor position with Clydebank Animal Health.

We wanted to let you know that, following a review of our plans for the coming year, the role has been put on hold and we will not be proceeding with the recruitment. This is no reflection on your application, which the team read with interest.

Should the position be reopened in future it will be readvertised on our careers page, and you would be very welcome to apply again.

With best wishes,

The Talent Team
Clydebank Animal Health plc
Hillington Park, Glasgow G52 4XZ

Clydebank Animal Health plc is registered in Scotland No. SC204418.
"""

R04_TEXT = """\
Dear Saoirse,

Many thanks for your application for the Registered Veterinary Nurse / Practice Liaison role, and for being so flexible about the interview dates.

I\u2019m writing to let you know that the position has been filled internally by one of our existing RVNs, who has been covering the liaison work since Christmas. The partners felt it made sense to formalise that arrangement, and so we won\u2019t be continuing with external interviews.

I\u2019m sorry to bring the process to a close this way \u2013 your CV was one of the strongest we received and I\u2019d be glad to hear from you if you\u2019re ever looking at clinical roles in the Belfast area.

Kind regards

Deirdre McAuley
Practice Manager
Lagan Veterinary Services
418 Ormeau Road, Belfast BT7 3HY
T: 028 9064 1122

Lagan Veterinary Services Ltd. Registered in Northern Ireland No. NI612345. This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
"""

R05_TEXT = """\
Hi Saoirse - sorry, we went with someone else for the Cork role. Best of luck with it all.

Donal

Sent from my iPhone

> On 8 Jan 2026, at 21:14, Saoirse Lindqvist <saoirse.l@example.ie> wrote:
>
> Dear Mr Kiely,
>
> I would like to apply for the Technical Sales Representative position at Leeside Animal Nutrition advertised on Jobgarden. I'm a registered veterinary nurse with seven years in mixed practice in Galway, and I'd love the chance to talk about the role.
>
> CV attached. Kind regards,
> Saoirse Lindqvist
"""

R06_TEXT = """\
Dear Saoirse,

Thank you for your speculative letter and CV, which reached us last week.

At the moment we have no vacancies for veterinary nurses or client-facing staff in any of our four Galway clinics, and I\u2019m afraid we are not in a position to take your application further. We also don\u2019t hold CVs on file, so if something comes up later in the year please do apply again through the Careers page on our website \u2013 vacancies are usually posted there first.

I\u2019m sorry not to have better news. If you have any questions, just reply to this email.

Best regards,

Gr\u00e1inne Holohan
HR Administrator
Corrib Veterinary Group
Headford Road, Galway H91 X2C4 | 091 562 300
"""

R07_TEXT = """\
Dear Ms Lindqvist,

Research Support Officer (Clinical Trials), School of Veterinary Medicine \u2013 Ref. SBU/26/0117

Thank you for attending for interview on Tuesday 3 March 2026.

I regret to inform you that, following careful consideration of all candidates, the interview board has recommended another candidate for appointment to this post.

The board asked me to pass on that it was impressed with your clinical knowledge and your understanding of GCP. If you would like more detailed feedback on your interview performance, you may request it by replying to this email within 20 working days.

Thank you for your interest in St. Brendan's University Dublin. We wish you every success in your future career.

Yours sincerely,

Recruitment Team | Human Resources | St. Brendan's University Dublin
Belfield Hall, Dublin 4
"""

R08_TEXT = """\
Hi Saoirse,

Quick one \u2013 I heard back from my client on the Key Account role (the global animal health company I mentioned, still can't name them until they go public with the restructure). Unfortunately they won't be taking your application any further. Their words were that they're looking for someone with at least two years of commercial experience already, so it's a "not yet" rather than a "no" in my book.

Don't be disheartened. Your clinical background is exactly what a lot of my clients are looking for in tech support and I have a couple of those coming through in April. I'll give you a shout.

Cheers,
Rory

Rory Flanagan
Senior Consultant \u2013 Animal Health & Veterinary
Emerald Life Science Recruitment
M: +353 87 411 2093 | www.emeraldls.example.ie
LinkedIn: linkedin.example.com/in/roryflanagan-els
"""

R09_TEXT = """\
Hi Saoirse,

Hope you\u2019re keeping well.

Ulster Farm Health have been in touch about the Ruminant Technical Advisor role \u2014 I\u2019m sorry to say they\u2019ve decided not to progress your application to interview. They had a very strong field and have gone with applicants who already hold the AMTRA/SQP qualification, which I know you\u2019re working towards.

For what it\u2019s worth the hiring manager, Trevor, said your cover letter was \u201cone of the best he\u2019d read\u201d. Once your SQP is through, please let me know and I\u2019ll put you forward again \u2014 they recruit every spring.

Kind regards,
Ciara

Ciara Quinn | Recruitment Consultant | AgriStaff NI
Unit 7, Balloo Business Park, Bangor BT19 7QT | 028 9145 6600
AgriStaff NI is a trading name of AgriStaff Recruitment (NI) Ltd, registered in Northern Ireland NI650021.
"""

R10_TEXT = """\
Dear Saoirse,

Thank you for applying for the position of Diagnostics Product Specialist (English-speaking, Utrecht) at Vaartsche Vet Diagnostics.

After careful review of your application, we regret to inform you that we will not be moving forward with your candidacy at this time. Our decision was not an easy one, as we received many strong applications.

With your permission, we will keep your details in our talent pool for 12 months and may contact you if a suitable opportunity arises. You can withdraw this permission at any time through your candidate profile.

We thank you for your interest in Vaartsche Vet Diagnostics and wish you every success.

Kind regards,

Recruitment team
Vaartsche Vet Diagnostics"""

R11_TEXT = """\
Saoirse,

Thanks again for coming down to Limerick on Friday, and for the presentation \u2013 the lads in the lab are still talking about your point on cold-chain failures at farm level.

Unfortunately we've decided to offer the role to another applicant, who has worked with our LIMS system before. I know that's a frustrating reason, and I'm sorry. I'll keep your details and would genuinely like to hear from you if you apply for anything else here.

Best,
P\u00e1draig

P\u00e1draig \u00d3 S\u00e9
Laboratory Operations Manager
Shannon BioVet
National Technology Park, Limerick

From: P\u00e1draig \u00d3 S\u00e9 <padraig.ose@shannonbiovet.example.ie>
Sent: 19 February 2026 10:02
To: Saoirse Lindqvist <saoirse.l@example.ie>
Subject: Technical Support Specialist - interview

Hi Saoirse,

Thanks for your application for the Technical Support Specialist post. We'd like to invite you to interview on Friday 27 February at 11:00 here at the Technology Park. Please prepare a 10-minute presentation on a customer complaint you handled and how you resolved it.

Let me know if that time suits.

P\u00e1draig
"""

R12_TEXT = """\
Dear Saoirse,

Re: Inside Sales Executive (Req. 2026-0193)

Thank you for taking the time to apply for the above role at Western Animal Health.

We have now completed the shortlisting process and, regrettably, your application has not been successful on this occasion.

Due to the volume of applications we are unable to provide individual feedback at this stage. We would however encourage you to create a job alert on our careers site so that you are notified of future vacancies.

Yours sincerely,

HR Department
Western Animal Health Ltd"""

R13_TEXT = """\
Hey Saoirse,

\u00d3rla from Calvr here. First off, thank you for applying to be our Farmer Success Lead \u2013 we loved reading about the sensor trial you ran on your uncle's herd in Mayo.

I'm sorry to say we're not going to take your application further this time round. We had 212 applications for one seat (!!) and went with someone who has done onboarding for an agtech product before.

This is genuinely not a template-and-forget email: if you want feedback, hit reply and a real human (me) will get back to you.

Go n-\u00e9ir\u00ed an t-\u00e1dh leat,
\u00d3rla
Head of People, Calvr"""

R14_TEXT = """\
Dear Saoirse,

Many thanks for coming in on Tuesday and for your patience with the tour \u2013 I know the ICU was a wee bit chaotic that afternoon.

We've had a long think about it, and on this occasion we won't be taking things further. The panel felt the Referral Liaison role needs someone with more time in a referral setting, and that was the deciding factor rather than anything you did on the day.

It was a real pleasure to meet you, and I hope you find the right move soon.

All the best,
Fiona

Fiona MacLeod
Practice Manager
Kelvinside Veterinary Referrals
22 Gibson Street, Glasgow G12 8NX
0141 357 2200
"""

R15_TEXT = """\
Dear Saoirse,

Thank you for your interest in the Key Account Manager - Ruminants position (Req 26-0412) at Norvane Animal Health.

We have reviewed your application carefully against the requirements of the role. Unfortunately, we will not be progressing your application further on this occasion.

We appreciate the time you have taken and would encourage you to visit our careers page regularly for new opportunities.

Best regards,

Norvane Animal Health - Talent Acquisition Ireland & UK

Norvane Animal Health is a trading name of Aldergrove Life Sciences (Ireland) Limited, registered in Ireland under number 301577, registered office: Block 3, Eastpoint Business Park, Dublin 3.
Please do not reply to this message. Replies to this address are not monitored.
"""

R16_TEXT = """\
Dear Saoirse,

Animal Health Advisor (Fixed-term, 23 months) \u2013 Shannonside Co-operative Society

I am writing further to my email of 28 April, in which I confirmed your interview for Thursday 14 May.

Following a review of the Society's budget for the remainder of 2026, the Board has decided not to fill the position of Animal Health Advisor this year, and the competition is therefore closed. Your interview on 14 May will not go ahead.

I appreciate this is disappointing, particularly at this stage of the process, and I would like to thank you for the time you have put into your application. If the post is approved again in a future budget it will be advertised in the usual way.

Yours sincerely,

Marian Tuohy
HR Officer
Shannonside Co-operative Society
Main Street, Scariff, Co. Clare
061 921 440
"""

R17_TEXT = """\
Hi Saoirse,

Thanks for applying for the Shop & Animal Health Counter Assistant job at Flaherty's Farm & Pet Supplies in Athenry.

We've now filled the position, so we won't be taking your application any further. We really appreciated your interest \u2013 it's not every day a qualified vet nurse applies to stand behind our counter!

We're a small family business and we hire a couple of times a year, so do keep an eye on our Facebook page.

Best wishes,
The Flaherty family
Flaherty's Farm & Pet Supplies"""

R18_TEXT = """\
Dear Applicant

Competition: Scientific Officer (Veterinary Sciences Division)
Reference: NIAFL/26/022
Candidate number: 2260-0417

Thank you for applying for the above competition.

The sift panel has now assessed all applications against the essential and desirable criteria set out in the candidate information booklet. I regret to advise that you have not been successful at the sift stage and will not be invited to interview.

Sift results are final. You may request a copy of your sift marks by logging into the recruitment portal and selecting 'Request feedback' within 10 working days of this notification.

Please do not reply to this email. This mailbox is not monitored.

Recruitment Team
NI Agri-Food Laboratories
Newforge Lane, Belfast BT9 5PX
"""

R19_TEXT = """\
Madame,

Nous avons bien re\u00e7u votre candidature au poste de D\u00e9l\u00e9gu\u00e9e technique \u00e9levage (Auvergne-Rh\u00f4ne-Alpes, r\u00e9f. VET-2026-031) et nous vous remercions de l'int\u00e9r\u00eat que vous portez \u00e0 notre soci\u00e9t\u00e9.

Apr\u00e8s un examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable \u00e0 votre candidature. Le profil retenu justifie d'une exp\u00e9rience confirm\u00e9e de la fili\u00e8re bovine en r\u00e9gion.

Nous conservons toutefois vos coordonn\u00e9es et ne manquerons pas de revenir vers vous si une opportunit\u00e9 correspondant \u00e0 votre parcours se pr\u00e9sentait. N'h\u00e9sitez pas \u00e0 nous \u00e9crire \u00e0 cette adresse pour toute question.

Nous vous prions d'agr\u00e9er, Madame, l'expression de nos salutations distingu\u00e9es.

\u00c9lise Moreau
Charg\u00e9e de recrutement
Laboratoires V\u00e9talis SAS
12, avenue Tony Garnier - 69007 Lyon
SAS au capital de 2 400 000 \u20ac - RCS Lyon 412 338 907
"""

R20_TEXT = """\
Salut Saoirse,

Bon, je vais \u00eatre franc, parce que tu m'as dit que tu pr\u00e9f\u00e9rais : on a retenu un autre profil pour le poste de technicienne conseil \u00e9levage. C'est quelqu'un du coin, qui conna\u00eet d\u00e9j\u00e0 la moiti\u00e9 des adh\u00e9rents, et \u00e7a a pes\u00e9 lourd dans la d\u00e9cision du bureau.

Ton entretien \u00e9tait vraiment bien, hein. Ton fran\u00e7ais est top et tes questions sur le protocole BVD ont impressionn\u00e9 tout le monde. Si jamais tu restes dans le coin de Lyon, tiens-moi au courant, on aura peut-\u00eatre un remplacement de cong\u00e9 maternit\u00e9 cet automne.

Bonne continuation et \u00e0 bient\u00f4t j'esp\u00e8re,
Julien

Julien Perrin
Responsable technique \u00e9levage
Coop\u00e9rative Dombes-Sa\u00f4ne
Route de Villars, 01330 Villars-les-Dombes

Le jeu. 7 mai 2026 \u00e0 18:22, Saoirse Lindqvist <saoirse.l@example.ie> a \u00e9crit :
> Bonjour Julien,
>
> Merci encore pour l'entretien de ce matin et pour la visite de l'atelier veaux. N'h\u00e9sitez pas si vous avez besoin d'autres documents (dipl\u00f4me, attestation d'inscription au registre irlandais).
>
> Bien cordialement,
> Saoirse
"""

R21_TEXT = """\
Bonjour Saoirse,

Merci pour l'int\u00e9r\u00eat que vous avez port\u00e9 \u00e0 Rh\u00f4ne Sant\u00e9 Animale et pour votre candidature au poste de Charg\u00e9(e) de pharmacovigilance v\u00e9t\u00e9rinaire (anglais courant).

Apr\u00e8s une \u00e9tude attentive de votre profil, nous avons d\u00e9cid\u00e9 de poursuivre le processus avec des candidats dont l'exp\u00e9rience correspond davantage aux exigences du poste.

Cette d\u00e9cision ne remet pas en cause la qualit\u00e9 de votre parcours. Nous vous invitons \u00e0 consulter r\u00e9guli\u00e8rement nos offres.

Bien cordialement,
L'\u00e9quipe Talent Acquisition
Rh\u00f4ne Sant\u00e9 Animale"""

R22_TEXT = """\
Bonjour Saoirse,

Je reviens vers vous concernant le poste de Responsable support technique que je vous avais pr\u00e9sent\u00e9 la semaine derni\u00e8re.

Notre client, VetoDiag, a pass\u00e9 en revue les profils que nous lui avons soumis et a malheureusement d\u00e9cid\u00e9 de ne pas retenir votre candidature pour la suite du processus. Ils privil\u00e9gient un profil ayant d\u00e9j\u00e0 encadr\u00e9 une petite \u00e9quipe de techniciens.

Je sais que ce n\u2019est pas la r\u00e9ponse que vous esp\u00e9riez. Je garde votre dossier en t\u00eate : j\u2019ai r\u00e9guli\u00e8rement des postes de sp\u00e9cialiste produit pour des laboratoires lyonnais et votre double comp\u00e9tence clinique / anglais est rare.

Bien \u00e0 vous,

Camille Garnier
Consultante senior \u2013 Sant\u00e9 & Sciences de la vie
Talentis Conseil
45, rue de la R\u00e9publique \u2013 69002 Lyon
T\u00e9l. : 04 78 92 15 60"""

R23_TEXT = """\
Madame,

Vous avez fait acte de candidature pour le poste d'auxiliaire sp\u00e9cialis\u00e9e v\u00e9t\u00e9rinaire au Centre hospitalier universitaire v\u00e9t\u00e9rinaire (service des grands animaux), publi\u00e9 sous la r\u00e9f\u00e9rence IVM-26-08.

Nous vous informons que le poste a \u00e9t\u00e9 pourvu en interne. En cons\u00e9quence, la proc\u00e9dure de recrutement externe est close et votre candidature ne pourra pas \u00eatre retenue.

Nous vous remercions de l'int\u00e9r\u00eat port\u00e9 \u00e0 notre \u00e9tablissement.

Le service des ressources humaines
Institut V\u00e9t\u00e9rinaire de Marcy
1, avenue Bourgelat - 69280 Marcy-l'\u00c9toile

Ce message est envoy\u00e9 automatiquement, merci de ne pas y r\u00e9pondre.
"""

R24_TEXT = """\
Sehr geehrte Frau Lindqvist,

vielen Dank f\u00fcr Ihre Bewerbung als Technische Fachberaterin Gro\u00dftier (m/w/d) und das Interesse an der Leinetal Tiergesundheit GmbH.

Leider m\u00fcssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht ber\u00fccksichtigen k\u00f6nnen. Wir haben uns f\u00fcr Kandidatinnen und Kandidaten entschieden, deren Profil den Anforderungen der Stelle noch st\u00e4rker entspricht \u2013 insbesondere mit Blick auf Erfahrung im deutschen Au\u00dfendienst.

Diese Entscheidung ist keine Bewertung Ihrer Person oder Ihrer fachlichen Qualifikation. Bei R\u00fcckfragen k\u00f6nnen Sie mich gern direkt kontaktieren.

F\u00fcr Ihre berufliche Zukunft w\u00fcnschen wir Ihnen alles Gute.

Mit freundlichen Gr\u00fc\u00dfen

Katrin Vogt
Personalreferentin
Leinetal Tiergesundheit GmbH"""

R25_TEXT = """\
Sehr geehrte Frau Lindqvist,

vielen Dank f\u00fcr das angenehme Gespr\u00e4ch am 12. Juni und die Zeit, die Sie sich f\u00fcr uns genommen haben.

Wir haben uns die Entscheidung nicht leicht gemacht. Nach sorgf\u00e4ltiger Abw\u00e4gung haben wir uns jedoch f\u00fcr eine andere Kandidatin entschieden, die bereits Erfahrung mit Mischfutter f\u00fcr Gefl\u00fcgel mitbringt.

Wir bedanken uns f\u00fcr Ihr Vertrauen und w\u00fcnschen Ihnen f\u00fcr Ihren weiteren Weg viel Erfolg.

Mit freundlichen Gr\u00fc\u00dfen
Ihr Recruiting-Team der
Nieders\u00e4chsische Futtermittelwerke AG"""

R26_TEXT = """\
Hallo Saoirse,

leider hat's diesmal nicht geklappt \u2013 wir haben die Stelle intern mit einer Kollegin aus der Kleintierabteilung besetzt. Trotzdem danke f\u00fcr deine Bewerbung und viel Gl\u00fcck!

Jana

--
Dr. Jana Br\u00fcckner
Tierklinik am Maschsee
"""

R27_TEXT = """\
Sehr geehrte Frau Lindqvist,

Ihre Bewerbung um die Stelle einer Technischen Assistentin (m/w/d) f\u00fcr die Abteilung Virologie, Kennziffer 14/2026, konnte im Auswahlverfahren leider nicht ber\u00fccksichtigt werden.

Die Auswahl erfolgte auf der Grundlage der in der Ausschreibung genannten Anforderungen; ausschlaggebend war insbesondere der fehlende Nachweis einer abgeschlossenen Ausbildung als MTLA bzw. VMTA oder einer vergleichbaren, in Deutschland anerkannten Qualifikation.

Ihre Bewerbungsunterlagen werden nach Abschluss des Verfahrens gem\u00e4\u00df den datenschutzrechtlichen Bestimmungen (Art. 17 DSGVO) vernichtet. F\u00fcr R\u00fcckfragen stehe ich Ihnen unter der untenstehenden Rufnummer oder per E-Mail an diese Adresse zur Verf\u00fcgung.

Mit freundlichen Gr\u00fc\u00dfen
Im Auftrag

Schulze

Landeslabor Niedersachsen f\u00fcr Tiergesundheit
- Personalstelle -
Eintrachtweg 17, 30173 Hannover
Telefon: 0511 28897-214
"""

R28_TEXT = """\
Liebe Frau Lindqvist,

ich melde mich wie versprochen zur\u00fcck: Unser Mandant hat sich nach den Zweitgespr\u00e4chen leider f\u00fcr eine andere Kandidatin entschieden. Den Ausschlag gab am Ende die Verf\u00fcgbarkeit \u2013 die Dame kann bereits zum 1. Juli starten.

Ich bedauere das sehr, denn ich hatte Sie f\u00fcr die Position als Produktmanagerin Tierern\u00e4hrung ehrlich gesagt vorne gesehen. Ihr Profil bleibt bei uns in der Datenbank, und ich w\u00fcrde mich freuen, Ihnen bald etwas Passenderes vorzustellen.

Herzliche Gr\u00fc\u00dfe aus der Podbielskistra\u00dfe

Stefan K\u00fchn
Partner

Hoffmann & K\u00fchn Personalberatung GmbH
Podbielskistra\u00dfe 158 | 30177 Hannover
Tel. +49 511 3360 478
Gesch\u00e4ftsf\u00fchrer: Anna Hoffmann, Stefan K\u00fchn | Amtsgericht Hannover HRB 219904

Von: Saoirse Lindqvist <saoirse.l@example.ie>
Gesendet: Dienstag, 2. Juni 2026 21:12
An: Stefan K\u00fchn <s.kuehn@hk-personal.example.de>
Betreff: AW: Einladung zum Zweitgespr\u00e4ch

Lieber Herr K\u00fchn,

vielen Dank f\u00fcr die Einladung zum Zweitgespr\u00e4ch beim Mandanten am Freitag. Ich best\u00e4tige den Termin gern und freue mich darauf.

Herzliche Gr\u00fc\u00dfe
Saoirse Lindqvist"""

R29_TEXT = """\
Hola, Saoirse:

Te agradecemos el inter\u00e9s que has mostrado en formar parte de Laboratorios Ebro Vet y el tiempo que has dedicado a nuestro proceso de selecci\u00f3n para el puesto de Delegada T\u00e9cnica \u2013 Irlanda.

Lamentamos comunicarte que en esta ocasi\u00f3n no continuaremos con tu candidatura.

Guardaremos tus datos en nuestra base de candidatos durante un a\u00f1o, por si surgiera una vacante que encaje con tu perfil.

Un saludo cordial,
Equipo de Talento
Laboratorios Ebro Vet"""

R30_TEXT = """\
Estimada Sra. Lindqvist:

Le escribo para informarle de que nuestro cliente, Piensos del Cierzo, ha decidido no seguir adelante con su candidatura para el puesto de T\u00e9cnica Comercial en Irlanda.

Seg\u00fan nos trasladan, valoraron muy positivamente su formaci\u00f3n veterinaria y su nivel de espa\u00f1ol, pero finalmente se han decantado por un perfil con experiencia previa en nutrici\u00f3n de rumiantes y cartera de clientes en la zona de Munster.

Le agradezco sinceramente su tiempo y su disposici\u00f3n durante todo el proceso. Conservar\u00e9 su CV y me pondr\u00e9 en contacto con usted si surge otra oportunidad acorde con su perfil.

Reciba un cordial saludo,

Marta Ib\u00e1\u00f1ez
Consultora de Selecci\u00f3n - Agroalimentaci\u00f3n
Orbe Talento
Paseo de la Independencia 24, 50004 Zaragoza
"""

R31_TEXT = """\
Hola Saoirse, gracias por la entrevista del martes. Al final hemos optado por otra persona con m\u00e1s experiencia en porcino. Mucha suerte!

Javier

Enviado desde mi m\u00f3vil

El vie, 15 may 2026 a las 9:47, Javier Lasa <jlasa@zoovital.example.com> escribi\u00f3:
> Hola Saoirse:
>
> Me gustar\u00eda tener una entrevista contigo para el puesto de T\u00e9cnica de Servicio Veterinario en Irlanda. \u00bfPodr\u00edas el martes 19 a las 16:00 (hora espa\u00f1ola) por Teams? Si te va bien, te mando la invitaci\u00f3n.
>
> Un saludo,
>
> Javier Lasa | Director Comercial | Zoovital Ib\u00e9rica
> Pol. Ind. Plaza, Calle Teresa Perales 12, 50197 Zaragoza
"""


MESSAGES: list[dict] = [
    {
        "kind": "rejection", "scenario": "workday_soft", "lang": "en",
        "company": "Vetlink Pharma Ireland", "contact": "",
        "frm": ("Vetlink Pharma Ireland Talent Acquisition", "vetlinkpharma@myworkday.com"),
        "subject": "Your application for Territory Manager \u2013 Companion Animal (Dublin South) R-004127",
        "subject_enc": "Q", "header_charset": "UTF-8",
        "date": "2026-02-10 16:42:11 +0000", "structure": "html", "charset": "utf-8", "cte": "qp",
        "mid_style": "ats",
        "html": corporate_html(
            title="Your application", logo=("https://vetlinkpharma.wd3.myworkdayjobs.com/assets/logo-vetlink.png", "Vetlink Pharma Ireland"),
            accent="#00558c",
            content=paras(R01_TEXT) + button("Visit Candidate Home", trk("vetlinkpharma.wd3.myworkdayjobs.com", "r01-home", "en-US/careers/userHome"), "#00558c"),
            footer="This email was sent from an unmonitored mailbox. Please do not reply.<br>"
                   "Vetlink Pharma Ireland Limited, Unit 4, Citywest Business Campus, Dublin 24, D24 KX30. Registered in Ireland No. 512233.<br>"
                   f'<a href="{trk("vetlinkpharma.wd3.myworkdayjobs.com", "r01-privacy", "privacy")}" style="color:#8a8a8a;">Privacy Notice</a>',
            track=pixel("vetlinkpharma.wd3.myworkdayjobs.com", "r01")),
        "headers": [("X-Mailer", "Workday Notification Service"), ("Auto-Submitted", "auto-generated")],
    },
    {
        "kind": "rejection", "scenario": "greenhouse_after_interview", "lang": "en",
        "company": "herdwise", "contact": "niamh.devlin@herdwise.example.com",
        "frm": ("herdwise via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Niamh Devlin", "niamh.devlin@herdwise.example.com"),
        "subject": "Update on your application \u2013 Customer Success Specialist",
        "date": "2026-02-24 11:05:37 +0000", "structure": "html", "charset": "utf-8", "cte": "qp",
        "irt": MID["herdwise_invite"], "mid_host": "greenhouse-mail.io", "mid_style": "ats",
        "html": card_html(
            logo=("https://s3.greenhouse-mail.io/logos/herdwise/herdwise-wordmark.png", "herdwise"),
            content=paras(R02_TEXT),
            footer="Sent by herdwise via Greenhouse. Replies to this email go to Niamh Devlin.<br>"
                   f'<a href="{trk("click.greenhouse-mail.io", "r02-privacy")}" style="color:#8c959f;">Privacy policy</a> &middot; '
                   "herdwise Technologies Ltd, Dock Road, Galway",
            track=pixel("click.greenhouse-mail.io", "r02")),
    },
    {
        "kind": "rejection", "scenario": "lever_role_on_hold", "lang": "en",
        "company": "Clydebank Animal Health", "contact": "",
        "frm": ("Clydebank Animal Health", "no-reply@hire.lever.co"),
        "subject": "Veterinary Technical Advisor \u2013 update from Clydebank Animal Health",
        "subject_enc": "Q",
        "date": "2026-03-05 14:20:03 +0000", "structure": "alt", "charset": "utf-8", "cte": "qp",
        "mid_host": "hire.lever.co", "mid_style": "ats",
        "body": R03_TEXT,
        "html": card_html(
            logo=("https://lever-client-logos.s3.amazonaws.com/clydebank-ah.png", "Clydebank Animal Health"),
            content=paras(R03_TEXT),
            footer="This message was sent via Lever on behalf of Clydebank Animal Health. "
                   f'<a href="{trk("jobs.lever.co", "r03-unsub", "clydebank-ah/unsubscribe")}" style="color:#8c959f;">Manage email preferences</a>',
            track=pixel("t.lever-analytics.com", "r03")),
    },
    {
        "kind": "rejection", "scenario": "filled_internally", "lang": "en",
        "company": "Lagan Veterinary Services", "contact": "deirdre@laganvets.example.co.uk",
        "frm": ("Deirdre McAuley", "deirdre@laganvets.example.co.uk"),
        "subject": "Re: your application", "irt": "<CAJx8kQ1rD6uY2b@mail.example.ie>",
        "date": "2026-01-28 17:51:40 +0000", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "mid_style": "outlook", "body": R04_TEXT,
        "headers": [("X-MS-Has-Attach", ""), ("Thread-Topic", "your application"), ("Content-Language", "en-GB")],
    },
    {
        "kind": "rejection", "scenario": "terse_iphone", "lang": "en",
        "company": "Leeside Animal Nutrition", "contact": "donal.kiely@leesideanimalnutrition.example.ie",
        "frm": ("Donal Kiely", "donal.kiely@leesideanimalnutrition.example.ie"),
        "subject": "Re: Application - Technical Sales Representative",
        "date": "2026-02-03 07:48:02 +0000", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "irt": MID["leeside_apply"], "mid_style": "apple", "body": R05_TEXT,
        "headers": [("X-Mailer", "iPhone Mail (21D61)")],
    },
    {
        "kind": "rejection", "scenario": "speculative_not_recruiting", "lang": "en",
        "company": "Corrib Veterinary Group", "contact": "hr@corribvets.example.ie",
        "frm": ("Corrib Veterinary Group", "hr@corribvets.example.ie"),
        "subject": "Your letter of 12 January",
        "date": "2026-01-21 12:30:00 +0000", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "body": R06_TEXT,
    },
    {
        "kind": "rejection", "scenario": "university_after_panel", "lang": "en",
        "company": "St. Brendan's University Dublin", "contact": "recruitment@sbu.example.ie",
        "frm": ("SBU Recruitment", "recruitment@sbu.example.ie"),
        "subject": "SBU/26/0117 Research Support Officer (Clinical Trials) - outcome of interview",
        "date": "2026-03-13 15:12:48 +0000", "structure": "alt", "charset": "utf-8", "cte": "qp",
        "body": R07_TEXT,
        "html": ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=__CHARSET__\"></head>"
              "<body style=\"font-family:Verdana,sans-serif;font-size:10pt;\">\n"
              + paras(R07_TEXT, "margin:0 0 10pt 0;")
              + "\n<p style=\"font-size:8pt;color:#666;\">St. Brendan's University Dublin is an equal opportunities employer. "
                "Privacy: personal data collected in the recruitment process is processed in accordance with the University's Data Protection Policy.</p>"
                "\n</body></html>\n"),
    },
    {
        "kind": "rejection", "scenario": "agency_unnamed_client", "lang": "en",
        "company": "Emerald Life Science Recruitment", "contact": "rory.flanagan@emeraldls.example.ie",
        "frm": ("Rory Flanagan", "rory.flanagan@emeraldls.example.ie"),
        "subject": "Update",
        "date": "2026-03-26 18:03:15 +0000", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "mid_style": "outlook", "body": R08_TEXT,
    },
    {
        "kind": "rejection", "scenario": "agency_named_client_ni", "lang": "en",
        "company": "Ulster Farm Health", "contact": "ciara@agristaffni.example.co.uk",
        "frm": ("Ciara Quinn", "ciara@agristaffni.example.co.uk"),
        "subject": "Ulster Farm Health \u2013 Ruminant Technical Advisor",
        "date": "2026-04-02 10:27:55 +0100", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "mid_style": "outlook", "body": R09_TEXT,
    },
    {
        "kind": "rejection", "scenario": "smartrecruiters_talent_pool", "lang": "en",
        "company": "Vaartsche Vet Diagnostics", "contact": "",
        "frm": ("Vaartsche Vet Diagnostics", "noreply@smartrecruiters.com"),
        "subject": "Your application at Vaartsche Vet Diagnostics", "subject_enc": "B", "header_charset": "UTF-8",
        "date": "2026-03-18 09:00:12 +0100", "structure": "html", "charset": "utf-8", "cte": "b64",
        "mid_host": "smartrecruiters.com", "mid_style": "ats",
        "html": card_html(
            logo=("https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/vaartsche-vet.png", "Vaartsche Vet Diagnostics logo"),
            content=paras(R10_TEXT) + '<p style="margin:0;"><a href="'
                    + trk("jobs.smartrecruiters.com", "r10-profile", "candidate/profile") + '">Manage my profile</a></p>',
            footer="Vaartsche Vet Diagnostics B.V. &middot; Vaartsche Rijn 88, 3523 AV Utrecht &middot; KvK 61234578<br>"
                   "Powered by SmartRecruiters. You received this email because you applied for a job. "
                   f'<a href="{trk("jobs.smartrecruiters.com", "r10-unsub", "unsubscribe")}" style="color:#8c959f;">Unsubscribe</a>',
            track=pixel("trk.smartrecruiters.com", "r10")),
    },
    {
        "kind": "rejection", "scenario": "after_interview_quoted_invite", "lang": "en",
        "company": "Shannon BioVet", "contact": "padraig.ose@shannonbiovet.example.ie",
        "frm": ("P\u00e1draig \u00d3 S\u00e9", "padraig.ose@shannonbiovet.example.ie"), "name_enc": "Q",
        "subject": "RE: Technical Support Specialist - interview",
        "date": "2026-03-02 16:40:21 +0000", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "irt": "<CAJx8kQ9pL2hVt6@mail.example.ie>", "refs": ["<AM0PR09MB3321E4C5D6A7B8C9@AM0PR09MB3321.eurprd09.prod.outlook.com>", "<CAJx8kQ9pL2hVt6@mail.example.ie>"],
        "mid_style": "outlook", "body": R11_TEXT,
    },
    {
        "kind": "rejection", "scenario": "icims_shortlisting", "lang": "en",
        "company": "Western Animal Health", "contact": "",
        "frm": ("Careers at Western Animal Health", "westernanimalhealth@icims.com"),
        "subject": "Inside Sales Executive (Req. 2026-0193)",
        "date": "2026-02-17 08:15:30 +0000", "structure": "html", "charset": "iso-8859-1", "cte": "qp",
        "mid_host": "icims.com", "mid_style": "ats",
        "html": corporate_html(
            title="Western Animal Health Careers", logo=("https://careers-wah.icims.com/images/wah-logo-header.gif", "Western Animal Health"),
            accent="#2e7d32", content=paras(R12_TEXT),
            footer="Western Animal Health Ltd, Ballybrit Business Park, Galway (www.wah.example.ie). Registered in Ireland No. 188420.<br>"
                   "This is an automated message from our recruitment system - replies are not read.<br>"
                   f'<a href="{trk("careers-wah.icims.com", "r12-alert", "jobs/alerts")}" style="color:#8a8a8a;">Create a job alert</a>',
            track=pixel("careers-wah.icims.com", "r12")),
    },
    {
        "kind": "rejection", "scenario": "teamtailor_startup_casual", "lang": "en",
        "company": "Calvr", "contact": "jobs@calvr.example.com",
        "frm": ("Calvr", "no-reply@teamtailor-mail.com"), "reply_to": ("Calvr jobs", "jobs@calvr.example.com"),
        "subject": "About your application to Calvr \U0001F404", "subject_enc": "Q", "header_charset": "UTF-8",
        "date": "2026-04-09 13:13:13 +0100", "structure": "html", "charset": "utf-8", "cte": "qp",
        "mid_host": "teamtailor-mail.com", "mid_style": "ats",
        "html": card_html(
            logo=("https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo/calvr.png", "Calvr"),
            content=paras(R13_TEXT), accent="#1b3a2d",
            footer="Calvr &middot; PorterShed, Galway &middot; "
                   f'<a href="{trk("career.calvr.example.com", "r13-data", "connect/data")}" style="color:#8c959f;">Manage your data</a>',
            track=pixel("t.teamtailor-mail.com", "r13")),
    },
    {
        "kind": "rejection", "scenario": "referral_hospital_scottish", "lang": "en",
        "company": "Kelvinside Veterinary Referrals", "contact": "f.macleod@kelvinsidevets.example.co.uk",
        "frm": ("Fiona MacLeod", "f.macleod@kelvinsidevets.example.co.uk"),
        "subject": "Referral Liaison post",
        "date": "2026-02-27 12:41:09 +0000", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "irt": MID["kelvinside_thanks"], "refs": [MID["kelvinside_invite"], MID["kelvinside_thanks"]],
        "mid_style": "gmail", "body": R14_TEXT,
    },
    {
        "kind": "rejection", "scenario": "taleo_brand_differs", "lang": "en",
        "company": "Norvane Animal Health", "contact": "",
        "frm": ("Norvane Careers", "careers-noreply@taleo.net"),
        "subject": "Your application - Key Account Manager - Ruminants (Req 26-0412)",
        "date": "2026-04-14 06:02:44 +0100", "structure": "alt", "charset": "iso-8859-1", "cte": "qp",
        "mid_host": "taleo.net", "mid_style": "ats", "body": R15_TEXT,
        "html": corporate_html(
            title="Norvane Careers", logo=("https://norvane.taleo.net/careersection/theme/norvane-logo.png", "Norvane Animal Health"),
            accent="#6a1b9a", content=paras(R15_TEXT),
            track=pixel("norvane.taleo.net", "r15"),
            footer="&copy; 2026 Norvane Animal Health. All rights reserved."),
    },
    {
        "kind": "rejection", "scenario": "coop_role_not_filled", "lang": "en",
        "company": "Shannonside Co-operative Society", "contact": "mtuohy@shannonside.example.ie",
        "frm": ("Marian Tuohy", "mtuohy@shannonside.example.ie"),
        "subject": "Animal Health Advisor competition",
        "date": "2026-05-08 11:36:27 +0100", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "mid_style": "outlook", "body": R16_TEXT,
    },
    {
        "kind": "rejection", "scenario": "bamboohr_family_shop", "lang": "en",
        "company": "Flaherty's Farm & Pet Supplies", "contact": "",
        "frm": ("Flaherty's Farm & Pet Supplies", "notifications@app.bamboohr.com"),
        "subject": "Counter Assistant position",
        "date": "2026-01-30 19:22:05 +0000", "structure": "html", "charset": "utf-8", "cte": "8bit",
        "mid_host": "app.bamboohr.com", "mid_style": "ats",
        "html": card_html(
            logo=("https://flahertys.bamboohr.com/employees/logo.php", "Flaherty's Farm & Pet Supplies"),
            content=paras(R17_TEXT),
            footer="Sent with BambooHR on behalf of Flaherty's Farm &amp; Pet Supplies, Church Street, Athenry, Co. Galway. "
                   "Please don't reply to this email, this inbox isn't monitored.",
            track=pixel("app.bamboohr.com", "r17")),
    },
    {
        "kind": "rejection", "scenario": "ni_public_sift", "lang": "en",
        "company": "NI Agri-Food Laboratories", "contact": "",
        "frm": ("NIAFL Recruitment", "recruitment@niafl.example.co.uk"),
        "subject": "NIAFL/26/022 Scientific Officer - sift outcome",
        "date": "2026-02-26 16:00:00 +0000", "structure": "plain", "charset": "utf-8", "cte": "b64",
        "body": R18_TEXT,
    },
    {
        "kind": "rejection", "scenario": "fr_labo_formel", "lang": "fr",
        "company": "Laboratoires V\u00e9talis", "contact": "recrutement@vetalis.example.fr",
        "frm": ("Service Recrutement - Laboratoires V\u00e9talis", "recrutement@vetalis.example.fr"),
        "subject": "Votre candidature - r\u00e9f. VET-2026-031", "subject_enc": "Q",
        "date": "2026-03-09 10:14:52 +0100", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "body": R19_TEXT,
    },
    {
        "kind": "rejection", "scenario": "fr_coop_tutoiement", "lang": "fr",
        "company": "Coop\u00e9rative Dombes-Sa\u00f4ne", "contact": "j.perrin@coop-dombes-saone.example.fr",
        "frm": ("Julien Perrin", "j.perrin@coop-dombes-saone.example.fr"),
        "subject": "Re: Entretien technicienne conseil \u00e9levage", "subject_enc": "Q",
        "date": "2026-05-13 08:55:10 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "irt": MID["coop_reply"], "refs": [MID["coop_invite"], MID["coop_reply"]],
        "mid_style": "gmail", "body": R20_TEXT,
    },
    {
        "kind": "rejection", "scenario": "fr_successfactors", "lang": "fr",
        "company": "Rh\u00f4ne Sant\u00e9 Animale", "contact": "",
        "frm": ("Rh\u00f4ne Sant\u00e9 Animale Recrutement", "noreply@successfactors.eu"),
        "subject": "Votre candidature chez Rh\u00f4ne Sant\u00e9 Animale", "subject_enc": "B",
        "date": "2026-04-21 17:45:00 +0200", "structure": "html", "charset": "utf-8", "cte": "b64",
        "mid_host": "successfactors.eu", "mid_style": "ats",
        "html": corporate_html(
            title="Rh\u00f4ne Sant\u00e9 Animale", logo=("https://career5.successfactors.eu/doc/custom/rhonesante/logo.png", "Rh\u00f4ne Sant\u00e9 Animale"),
            accent="#c62828", lang="fr", content=paras(R21_TEXT),
            footer="Rh\u00f4ne Sant\u00e9 Animale SAS \u2013 29 quai Perrache, 69002 Lyon \u2013 RCS Lyon 508 114 220<br>"
                   "Ce courriel a \u00e9t\u00e9 envoy\u00e9 automatiquement, merci de ne pas y r\u00e9pondre. "
                   f'<a href="{trk("career5.successfactors.eu", "r21-rgpd", "privacy")}" style="color:#8a8a8a;">Politique de confidentialit\u00e9</a>',
            track=pixel("career5.successfactors.eu", "r21")),
    },
    {
        "kind": "rejection", "scenario": "fr_cabinet_client_nomme", "lang": "fr",
        "company": "VetoDiag", "contact": "camille.garnier@talentis-conseil.example.fr",
        "frm": ("Camille Garnier", "camille.garnier@talentis-conseil.example.fr"),
        "subject": "Poste Responsable support technique - retour client",
        "date": "2026-06-04 12:02:33 +0200", "structure": "alt", "charset": "windows-1252", "cte": "qp",
        "mid_style": "outlook", "body": R22_TEXT,
        "html": ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=__CHARSET__\"></head>"
              "<body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt;color:#000;\">\n"
              + paras(R22_TEXT.split("\n\nCamille Garnier")[0], "margin:0 0 11pt 0;")
              + "\n<table cellpadding=\"0\" cellspacing=\"0\" style=\"font-size:9pt;color:#444;border-left:3px solid #5b2c83;\"><tr><td style=\"padding-left:8px;\">"
                "<b>Camille Garnier</b><br>Consultante senior &ndash; Sant&eacute; &amp; Sciences de la vie<br>"
                "<img src=\"https://www.talentis-conseil.example.fr/signature/logo-talentis.png\" alt=\"Talentis Conseil\" width=\"110\"><br>"
                "45, rue de la R&eacute;publique &ndash; 69002 Lyon<br>T&eacute;l. : 04 78 92 15 60 &middot; "
                "<a href=\"https://www.linkedin.example.com/company/talentis-conseil\">LinkedIn</a></td></tr></table>\n"
                "</div></body></html>\n"),
    },
    {
        "kind": "rejection", "scenario": "fr_pourvu_interne", "lang": "fr",
        "company": "Institut V\u00e9t\u00e9rinaire de Marcy", "contact": "",
        "frm": ("Ressources humaines IVM", "ne-pas-repondre@ivm.example.fr"),
        "subject": "Candidature IVM-26-08",
        "date": "2026-06-17 14:00:05 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
        "body": R23_TEXT,
    },
    {
        "kind": "rejection", "scenario": "de_personio_absage", "lang": "de",
        "company": "Leinetal Tiergesundheit", "contact": "k.vogt@leinetal-tg.example.de",
        "frm": ("Leinetal Tiergesundheit GmbH", "noreply@personio.de"),
        "reply_to": ("Katrin Vogt", "k.vogt@leinetal-tg.example.de"),
        "subject": "Ihre Bewerbung als Technische Fachberaterin Gro\u00dftier (m/w/d)", "subject_enc": "Q",
        "date": "2026-05-19 15:31:18 +0200", "structure": "html", "charset": "utf-8", "cte": "qp",
        "mid_host": "personio.de", "mid_style": "ats",
        "html": card_html(
            logo=("https://leinetal-tg.jobs.personio.de/company-logo.png", "Leinetal Tiergesundheit"),
            lang="de", content=paras(R24_TEXT),
            footer="Leinetal Tiergesundheit GmbH &middot; Vahrenwalder Str. 269 &middot; 30179 Hannover<br>"
                   "Gesch\u00e4ftsf\u00fchrer: Dr. Hartmut Blum &middot; Amtsgericht Hannover HRB 123456<br>"
                   f'<a href="{trk("leinetal-tg.jobs.personio.de", "r24-dsgvo", "privacy-policy")}" style="color:#8c959f;">Datenschutzerkl\u00e4rung</a>',
            track=pixel("leinetal-tg.jobs.personio.de", "r24")),
    },
    {
        "kind": "rejection", "scenario": "de_softgarden_nach_gespraech", "lang": "de",
        "company": "Nieders\u00e4chsische Futtermittelwerke", "contact": "",
        "frm": ("Nieders\u00e4chsische Futtermittelwerke AG", "noreply@softgarden.io"), "name_enc": "Q",
        "subject": "Ihre Bewerbung: Produktmanager/in Gefl\u00fcgelern\u00e4hrung", "subject_enc": "Q",
        "date": "2026-06-23 09:41:27 +0200", "structure": "html", "charset": "iso-8859-1", "cte": "qp",
        "mid_host": "softgarden.io", "mid_style": "ats",
        "html": corporate_html(
            title="Ihre Bewerbung", logo=("https://nfw.softgarden.io/assets/logo_nfw.jpg", "Nieders\u00e4chsische Futtermittelwerke"),
            accent="#f2a900", lang="de", content=paras(R25_TEXT),
            footer="Nieders\u00e4chsische Futtermittelwerke AG &middot; Hafenstra\u00dfe 3 &middot; 30880 Laatzen<br>"
                   "Vorstand: Dr. Ulrich Meyer (Vors.), Birgit Renner &middot; Aufsichtsratsvorsitzender: Hans-Georg Lindemann<br>"
                   "Sitz der Gesellschaft: Laatzen &middot; Registergericht: Amtsgericht Hildesheim HRB 200117<br>"
                   "Diese E-Mail wurde automatisch \u00fcber softgarden versendet.",
            track=pixel("nfw.softgarden.io", "r25")),
    },
    {
        "kind": "rejection", "scenario": "de_klinik_du_kurz", "lang": "de",
        "company": "Tierklinik am Maschsee", "contact": "brueckner@tierklinik-maschsee.example.de",
        "frm": ("Dr. Jana Br\u00fcckner", "brueckner@tierklinik-maschsee.example.de"), "name_enc": "B",
        "subject": "Deine Bewerbung",
        "date": "2026-04-28 21:17:40 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "headers": [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")],
        "body": R26_TEXT,
    },
    {
        "kind": "rejection", "scenario": "de_landeslabor_formal", "lang": "de",
        "company": "Landeslabor Niedersachsen f\u00fcr Tiergesundheit", "contact": "personalstelle@llnt.example.de",
        "frm": ("Personalstelle LLNT", "personalstelle@llnt.example.de"),
        "subject": "Ihre Bewerbung - Kennziffer 14/2026",
        "date": "2026-03-24 13:05:00 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "qp",
        "body": R27_TEXT,
    },
    {
        "kind": "rejection", "scenario": "de_agentur_mandant", "lang": "de",
        "company": "Hoffmann & K\u00fchn Personalberatung", "contact": "s.kuehn@hk-personal.example.de",
        "frm": ("Stefan K\u00fchn", "s.kuehn@hk-personal.example.de"), "name_enc": "Q",
        "subject": "AW: Einladung zum Zweitgespr\u00e4ch", "subject_enc": "Q",
        "irt": "<CAJx8kR8cVb1Ns5@mail.example.ie>",
        "date": "2026-06-09 18:26:51 +0200", "structure": "alt", "charset": "windows-1252", "cte": "qp",
        "mid_style": "outlook", "body": R28_TEXT,
        "html": ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=__CHARSET__\"></head><body>"
              "<div style=\"font-family:Arial,sans-serif;font-size:10pt;\">\n" + paras(R28_TEXT, "margin:0 0 10pt 0;")
              + "\n</div></body></html>\n"),
    },
    {
        "kind": "rejection", "scenario": "es_laboratorio_tu", "lang": "es",
        "company": "Laboratorios Ebro Vet", "contact": "",
        "frm": ("Laboratorios Ebro Vet - Talento", "no-responder@ebrovet.example.com"),
        "subject": "Tu candidatura a Delegada T\u00e9cnica \u2013 Irlanda", "subject_enc": "B",
        "date": "2026-07-14 10:30:00 +0200", "structure": "html", "charset": "utf-8", "cte": "qp",
        "html": corporate_html(
            title="Laboratorios Ebro Vet", logo=("https://www.ebrovet.example.com/img/mail/logo-ebrovet.png", "Ebro Vet"),
            accent="#0d47a1", lang="es", content=paras(R29_TEXT),
            footer="Laboratorios Ebro Vet, S.L. &middot; Carretera de Castell\u00f3n km 7 &middot; 50720 Zaragoza &middot; Inscrita en el Registro Mercantil de Zaragoza, Tomo 3120, Folio 88, Hoja Z-31544.<br>"
                   "Este mensaje se ha enviado desde una direcci\u00f3n que no acepta respuestas. "
                   f'<a href="{trk("www.ebrovet.example.com", "r29-lopd", "privacidad")}" style="color:#8a8a8a;">Pol\u00edtica de privacidad</a>',
            track=pixel("mail.ebrovet.example.com", "r29")),
    },
    {
        "kind": "rejection", "scenario": "es_headhunter_usted", "lang": "es",
        "company": "Piensos del Cierzo", "contact": "mibanez@orbetalento.example.com",
        "frm": ("Marta Ib\u00e1\u00f1ez", "mibanez@orbetalento.example.com"), "name_enc": "Q",
        "subject": "Proceso T\u00e9cnica Comercial Irlanda", "subject_enc": "Q",
        "date": "2026-06-30 16:48:12 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "qp",
        "irt": MID["orbe_invite"], "mid_style": "outlook", "body": R30_TEXT,
    },
    {
        "kind": "rejection", "scenario": "es_movil_tras_entrevista", "lang": "es",
        "company": "Zoovital Ib\u00e9rica", "contact": "jlasa@zoovital.example.com",
        "frm": ("Javier Lasa", "jlasa@zoovital.example.com"),
        "subject": "Re: Entrevista T\u00e9cnica de Servicio Veterinario", "subject_enc": "Q",
        "date": "2026-05-22 20:05:44 +0200", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "irt": MID["zoovital_yes"], "refs": [MID["zoovital_invite"], MID["zoovital_yes"]],
        "mid_style": "apple", "body": R31_TEXT,
    },
]
