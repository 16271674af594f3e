"""Rejections, written one by one (31): ATS form letters, soft wordings, rejections after an
interview, of a speculative application, in one line, relayed by agencies, in en/de/es/fr."""

from __future__ import annotations

from msgs131_common import ats_card, gmail_html, outlook_html

MESSAGES: list[dict] = []
add = MESSAGES.append

add({
    "name": "workday_soft", "kind": "rejection", "company": "Brightpath Learning", "contact": "", "lang": "en",
    "frm": ("Brightpath Learning Talent Acquisition", "brightpath@myworkday.com"),
    "subject": "Your application for Learning Experience Designer (R-04417)",
    "date": "2026-02-17 16:42 +0000", "structure": "html",
    "html": ats_card("""<p>Dear Aoife,</p>
<p>Thank you for your interest in the <strong>Learning Experience Designer</strong> position
(requisition R-04417) at Brightpath Learning, and for the time you took to put your application together.</p>
<p>We had a very strong response to this opening. Having reviewed your profile against the
requirements of the role, we have decided to move forward with candidates whose experience
more closely matches what the team needs at this stage.</p>
<p>This was not an easy decision. Your background in primary teaching was noted by the hiring team,
and we would encourage you to keep an eye on our
<a href="https://brightpath.wd3.myworkday.com/en-US/Brightpath_Careers?src=email_rej" style="color:#0b5cab">careers site</a>
for future openings that fit your experience.</p>
<p>With best wishes for your search,<br>Brightpath Learning Talent Acquisition</p>""",
        brand="Brightpath Learning", accent="#0b5cab",
        logo="https://brightpath.wd3.myworkday.com/brightpath/assets/logo/email_header.png",
        footer="""Brightpath Learning Group Limited is registered in Ireland, company number 612408.
Registered office: 4 Grand Canal Quay, Dublin 2, D02 X285.<br>
This email was sent from an unmonitored mailbox. Please do not reply. Read how we handle candidate data in our
<a href="https://brightpath.wd3.myworkday.com/privacy" style="color:#7b8794">Candidate Privacy Notice</a>.""",
        track="https://brightpath.wd3.myworkday.com/wday/email/open?id=7f3a9c02e1"),
})

add({
    "name": "greenhouse_after_interview", "kind": "rejection", "company": "Tidewell",
    "contact": "corrin.haughey@tidewell.example.com", "lang": "en",
    "frm": ("Corrin Haughey via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Corrin Haughey", "corrin.haughey@tidewell.example.com"),
    "subject": "Tidewell - Instructional Designer (Curriculum)",
    "date": "2026-03-03 11:05 +0000", "structure": "plain",
    "text": """Hi Aoife,

Thanks so much for making the time to meet with Ruth and Declan last Thursday, and for the
storyboard you walked us through -- the fractions unit was a lovely piece of work and the team
enjoyed talking to you.

I'm sorry to say that we won't be moving forward with your application. It came down to two
people in the end and we went with someone who has already shipped a full course in Articulate
Rise for an adult audience, which is what the first six months of this role will need.

I know that's disappointing after a panel round. If you'd like more detailed feedback I'm happy
to jump on a 15-minute call -- just reply here and I'll send a couple of times.

All the best,
Corrin

Corrin Haughey
Talent Partner, Tidewell
Tidewell | The Digital Hub, Thomas Street, Dublin 8
""",
})

add({
    "name": "terse_iphone", "kind": "rejection", "company": "Shannon Skills Academy",
    "contact": "niamh@shannonskills.example.ie", "lang": "en",
    "frm": ("Niamh O'Callaghan", "niamh@shannonskills.example.ie"),
    "subject": "Re: Training content developer - Aoife Nakamura-Byrne",
    "date": "2026-01-27 19:48 +0000", "structure": "plain",
    "in_reply_to": "<8B2F6C1E-77A0-4E0D-9C5B-1A3F2D9E0B44@example.ie>",
    "text": """Hi Aoife, thanks for this - we've gone with someone else for now, sorry. Best of luck with it. N

Sent from my iPhone

> On 21 Jan 2026, at 08:57, Aoife Nakamura-Byrne <aoife.nb@example.ie> wrote:
>
> Dear Niamh,
>
> I saw on LinkedIn that Shannon Skills Academy is looking for a training content developer
> and I'd love to be considered. I have eleven years' classroom experience in Limerick and have
> spent the last year building e-learning modules in Rise and Storyline for our school's staff
> CPD. My CV and a link to my portfolio are attached.
>
> I'd be delighted to come in for an interview at any time that suits.
>
> Kind regards,
> Aoife
""",
})

add({
    "name": "on_hold_university", "kind": "rejection", "company": "Kilmurry University College",
    "contact": "hr-recruitment@kilmurry.example.ie", "lang": "en",
    "frm": ("HR Recruitment - Kilmurry University College", "hr-recruitment@kilmurry.example.ie"),
    "subject": "Digital Learning Officer (Ref KUC-26-031)",
    "date": "2026-04-09 14:20 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Dear Ms Nakamura-Byrne,

Digital Learning Officer, Centre for Teaching & Learning (Ref KUC-26-031)

Thank you for applying for the above post.

I am writing to let you know that, following a review of the Centre's staffing plan for the
2026/27 academic year, the College has put this role on hold and we will not proceed with the
competition. No candidate will be shortlisted or interviewed and the post will not be filled
in its current form.

We appreciate that this is not the outcome you would have hoped for and we apologise for any
inconvenience caused. Should the post be re-advertised, it will appear on our website and you
are very welcome to apply again.

If you have any questions, please reply to this email and a member of the team will get back
to you.

Yours sincerely,

Órla Twomey
HR Recruitment
Kilmurry University College
Kilmurry, Co. Clare  V94 KX20
T: +353 61 555 0142
""",
})

add({
    "name": "icims_filled_internally", "kind": "rejection", "company": "Harland & Doyle Publishing", "contact": "",
    "lang": "en", "frm": ("Careers at Harland & Doyle", "harlanddoyle@icims.com"),
    "subject": "An update on your application",
    "date": "2026-04-08 09:02 +0100", "structure": "html", "html_cte": "quoted-printable",
    "html": ats_card("""<p style="margin:0 0 16px 0">Hello Aoife,</p>
<p style="margin:0 0 16px 0">Thank you for applying for the role of <b>Digital Learning Editor &ndash; Primary</b>
(Job ID 2026-1183) with Harland &amp; Doyle Publishing.</p>
<p style="margin:0 0 16px 0">We wanted to let you know that this position has now been filled internally.
As a result we are closing the vacancy and will not be progressing any external applications.</p>
<p style="margin:0 0 16px 0">We know how much effort goes into an application and we are grateful that you
considered us. Your candidate profile stays active, so you can apply for other roles at any time through the
<a href="https://careers-harlanddoyle.icims.com/jobs/intro?utm_source=rejection_email&amp;utm_medium=email" style="color:#9b1c31">candidate portal</a>.</p>
<p style="margin:0">Warm regards,<br>
Talent Team<br>
Harland &amp; Doyle Publishing</p>""",
        brand="Harland &amp; Doyle Publishing", accent="#9b1c31",
        logo="https://careers-harlanddoyle.icims.com/images/hd_logo_email.png",
        footer="""Harland &amp; Doyle Publishing Limited. Registered in England No. 04417820.
Registered office: 21 Lamb's Conduit Street, London WC1N 3NL.<br>
You are receiving this email because you applied for a role with us. This inbox is not monitored.
<a href="https://careers-harlanddoyle.icims.com/privacy" style="color:#7b8794">Privacy</a> |
<a href="https://careers-harlanddoyle.icims.com/unsubscribe?c=88120" style="color:#7b8794">Email preferences</a>""",
        track="https://careers-harlanddoyle.icims.com/track/open.gif?m=a81c22f0"),
})

add({
    "name": "speculative_family_business", "kind": "rejection", "company": "Mulcahy Training Services",
    "contact": "brid@mulcahytraining.example.ie", "lang": "en",
    "frm": ("Brid Mulcahy", "brid@mulcahytraining.example.ie"),
    "subject": "RE: Speculative application - instructional design",
    "date": "2026-05-26 10:37 +0100", "structure": "plain",
    "in_reply_to": "<CAOa9nB+3kQx1Tz=Yb5Vd0mP@mail.example.ie>",
    "text": """Dear Aoife,

Thanks a million for sending on your CV, and apologies for the slow reply - it's been a busy few
weeks with the apprenticeship intake.

We're a small family business (there are seven of us, my brother does the health and safety
courses and I do everything else!) and to be honest we're not in a position to take on anyone
for course design at the moment. We mostly buy in content and adapt it ourselves. So I won't be
able to offer you anything, I'm afraid.

Your portfolio is very good though and I'd say you'll have no bother finding something. If
things change in the autumn I'll keep you in mind.

Best wishes,
Brid

Brid Mulcahy
Mulcahy Training Services
Unit 4, Raheen Business Park, Limerick
061 555 2290 | www.mulcahytraining.example.ie
""",
})

add({
    "name": "lever_after_panel", "kind": "rejection", "company": "Wavelength Learning",
    "contact": "sinead.kavanagh@wavelength.example.com", "lang": "en",
    "frm": ("Wavelength Learning", "no-reply@hire.lever.co"),
    "reply_to": ("Sinead Kavanagh", "Sinead.Kavanagh@wavelength.example.com"),
    "subject": "Following up on your interview with Wavelength Learning",
    "date": "2026-03-20 15:12 +0000", "structure": "alt",
    "text": """Hi Aoife,

Thank you for coming in for the panel interview on Tuesday and for the care you put into the
task. We really appreciated your honesty about what you have and haven't done with SCORM yet.

After a lot of discussion we have decided not to offer you the Learning Designer position. The
panel felt you would thrive here in a year or two, but for this hire we need someone who can
own our LMS migration from day one.

We'd genuinely like to stay in touch, and I'll reach out if a junior design role opens.

Best,
Sinead Kavanagh
People & Talent | Wavelength Learning
""",
    "html": gmail_html("""<p>Hi Aoife,</p>
<p>Thank you for coming in for the panel interview on Tuesday and for the care you put into the
task. We really appreciated your honesty about what you have and haven&#39;t done with SCORM yet.</p>
<p>After a lot of discussion we have decided not to offer you the Learning Designer position. The
panel felt you would thrive here in a year or two, but for this hire we need someone who can
own our LMS migration from day one.</p>
<p>We&#39;d genuinely like to stay in touch, and I&#39;ll reach out if a junior design role opens.</p>
<p>Best,<br>Sinead Kavanagh<br>People &amp; Talent | Wavelength Learning</p>
<img src="https://hire.lever.co/email/open/5d0c7e19-0f1b-4b7e-9a57-7c8e2b1a0f43.png" width="1" height="1" alt="">"""),
})

add({
    "name": "agency_named_council", "kind": "rejection", "company": "Irwell Valley Council",
    "contact": "tom.beckett@clarendontalent.example.co.uk", "lang": "en",
    "frm": ("Tom Beckett", "tom.beckett@clarendontalent.example.co.uk"),
    "subject": "Irwell Valley Council - feedback",
    "date": "2026-04-15 17:55 +0100", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Hi Aoife,

I’ve just come off the phone with the L&D lead at Irwell Valley Council about the Learning &
Development Officer (e-learning) post.

Unfortunately they’ve decided not to take you through to interview. They had 64 applications
and shortlisted six, all of whom had worked in local government or the NHS before, and the
feedback was that the role involves a lot of mandatory compliance training (GDPR, safeguarding,
fire safety) where they wanted someone who already knows the landscape. They did comment that
your supporting statement was one of the best written they received, for what it’s worth.

I know it’s frustrating – I genuinely thought this one would get you a foot in the door. I’ve
got a couple of other public sector roles coming through next month and I’ll be in touch.

Cheers,
Tom

Tom Beckett
Senior Consultant – Public Sector
Clarendon Talent
0161 555 0188 | 07700 900 412
Clarendon Talent Ltd is registered in England and Wales, company no. 09876543. Clarendon Talent acts
as an employment agency for permanent recruitment.
""",
})

add({
    "name": "headhunter_unnamed_client", "kind": "rejection", "company": "Forth Search Partners",
    "contact": "euan@forthsearch.example.co.uk", "lang": "en",
    "frm": ("Euan Drummond", "euan@forthsearch.example.co.uk"),
    "subject": "Edinburgh opportunity",
    "date": "2026-06-18 12:31 +0100", "structure": "plain",
    "text": """Aoife

Quick one on the Edinburgh learning design role I put you forward for last week.

My client has reviewed the shortlist and won't be progressing your application. They're leaning
heavily towards people with corporate onboarding experience and, between us, I think they've
been a bit narrow about it. I did push back.

Not the news either of us wanted. I have your details on file and I'll call you when the next
brief comes in that suits a teacher moving across -- they do come up.

Regards

Euan Drummond
Director
Forth Search Partners
3 Melville Crescent, Edinburgh EH3 7HW
+44 131 555 0907
""",
})

add({
    "name": "smartrecruiters_de_sie", "kind": "rejection", "company": "Lernwerk Berlin", "contact": "", "lang": "de",
    "frm": ("Lernwerk Berlin GmbH", "noreply@smartrecruiters.com"),
    "subject": "Ihre Bewerbung als Instructional Designer (m/w/d)", "hcharset": "iso-8859-1",
    "date": "2026-02-24 08:15 +0100", "structure": "html", "html_cte": "quoted-printable",
    "html": ats_card("""<p>Sehr geehrte Frau Nakamura-Byrne,</p>
<p>vielen Dank für Ihre Bewerbung als <strong>Instructional Designer (m/w/d)</strong> und das damit
verbundene Interesse an der Lernwerk Berlin GmbH.</p>
<p>Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns
für Bewerberinnen und Bewerber entschieden haben, deren Profil den Anforderungen der Position
noch besser entspricht.</p>
<p>Bitte verstehen Sie diese Entscheidung nicht als Bewertung Ihrer Qualifikation. Wir würden uns
freuen, wenn Sie unsere <a href="https://jobs.smartrecruiters.com/LernwerkBerlin?trid=de-rej-0224" style="color:#e4572e">Stellenangebote</a>
weiterhin verfolgen.</p>
<p>Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Lernwerk Berlin GmbH</p>""",
        brand="Lernwerk Berlin", accent="#e4572e", lang="de",
        logo="https://c.smartrecruiters.com/sr-company-logo-prod/lernwerk-berlin.png",
        footer="""Lernwerk Berlin GmbH · Oranienstraße 183 · 10999 Berlin<br>
Geschäftsführer: Dr. Matthias Krüger, Selin Aydın · Amtsgericht Charlottenburg HRB 201774 B<br>
Diese E-Mail wurde automatisch versendet. Antworten auf diese Nachricht können nicht bearbeitet werden.
<a href="https://jobs.smartrecruiters.com/privacy-policy" style="color:#7b8794">Datenschutz</a>""",
        track="https://email.smartrecruiters.com/o/eJwNyEEKgCAQBdC7"),
})

add({
    "name": "personio_de_after_interview", "kind": "rejection", "company": "Kursfabrik",
    "contact": "lea.sommer@kursfabrik.example.de", "lang": "de",
    "frm": ("Kursfabrik Recruiting", "recruiting@kursfabrik.jobs.personio.de"),
    "reply_to": ("Lea Sommer", "lea.sommer@kursfabrik.example.de"),
    "subject": "Rückmeldung zu unserem Gespräch", "hcharset": "iso-8859-1",
    "date": "2026-03-25 13:44 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Liebe Frau Nakamura-Byrne,

noch einmal herzlichen Dank für das angenehme Gespräch am Montag und dafür, dass Sie sich trotz
der Zeitverschiebung so früh am Morgen Zeit genommen haben.

Wir haben uns im Team lange beraten. Am Ende haben wir uns für eine Kandidatin entschieden, die
bereits Erfahrung mit der Konzeption von Blended-Learning-Formaten für Erwachsene mitbringt.
Wir können Ihnen daher leider kein Angebot machen.

Ihr Praxisbeispiel aus dem Grundschulunterricht hat uns wirklich beeindruckt. Wenn Sie möchten,
gebe ich Ihnen gern noch ein ausführlicheres Feedback - antworten Sie einfach auf diese Mail.

Viele Grüße aus Köln
Lea Sommer
People & Culture

Kursfabrik GmbH | Hansaring 97 | 50670 Köln
Geschäftsführung: Jan-Philipp Özdemir | Registergericht Köln HRB 99014
""",
})

add({
    "name": "softgarden_du_startup", "kind": "rejection", "company": "Lernrakete", "contact": "", "lang": "de",
    "frm": ("Lernrakete Jobs", "jobs-noreply@lernrakete.softgarden.io"),
    "subject": "Deine Bewerbung bei Lernrakete 🚀",
    "date": "2026-03-30 18:03 +0200", "structure": "html", "html_charset": "utf-8", "html_cte": "base64",
    "html": ats_card("""<p>Hey Aoife,</p>
<p>danke, dass du dich als <b>Learning Content Creator (Remote)</b> bei uns beworben hast! Wir haben uns
über dein Interesse an Lernrakete riesig gefreut.</p>
<p>Leider müssen wir dir heute absagen. Wir haben sehr viele Bewerbungen bekommen und uns am Ende für
Menschen entschieden, die schon länger mit Gamification und Lern-Apps arbeiten.</p>
<p>Das heißt nicht, dass wir dich vergessen: Schau gern immer mal wieder auf unserer
<a href="https://lernrakete.softgarden.io/de/vacancies?utm_campaign=absage" style="color:#7c3aed">Jobseite</a> vorbei.</p>
<p>Alles Gute für deine Suche und liebe Grüße<br>
dein Team von Lernrakete</p>""",
        brand="Lernrakete", accent="#7c3aed", lang="de",
        logo="https://lernrakete.softgarden.io/assets/lernrakete_logo_mail.png",
        footer="""Lernrakete GmbH · Schönhauser Allee 36 · 10435 Berlin · HRB 218830 B · Geschäftsführerin: Mia Hofbauer<br>
Diese Nachricht wurde über softgarden versendet. Bitte antworte nicht auf diese E-Mail.
<a href="https://lernrakete.softgarden.io/de/privacy" style="color:#7b8794">Datenschutzerklärung</a>""",
        track="https://lernrakete.softgarden.io/mail/pixel/aa41be70.gif"),
})

add({
    "name": "de_one_line_professor", "kind": "rejection", "company": "Hochschule Spreetal",
    "contact": "j.albrecht@hs-spreetal.example.de", "lang": "de",
    "frm": ("Prof. Dr. Jonas Albrecht", "j.albrecht@hs-spreetal.example.de"),
    "subject": "AW: Bewerbung Mitarbeiterin E-Learning (Kennziffer 07/2026)",
    "date": "2026-02-20 07:58 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "in_reply_to": "<0a7c01dc81f2$3b9e4a10$b2dade30$@example.ie>",
    "text": """Sehr geehrte Frau Nakamura-Byrne,

die Stelle ist inzwischen besetzt, wir können Ihre Bewerbung daher nicht mehr berücksichtigen.

Mit freundlichen Grüßen
J. Albrecht

--
Prof. Dr. Jonas Albrecht
Zentrum für digitale Lehre
Hochschule Spreetal
Am Hafen 12, 03046 Cottbus

Von: Aoife Nakamura-Byrne <aoife.nb@example.ie>
Gesendet: Montag, 16. Februar 2026 10:21
An: Albrecht, Jonas <j.albrecht@hs-spreetal.example.de>
Betreff: Bewerbung Mitarbeiterin E-Learning (Kennziffer 07/2026)

Sehr geehrter Herr Professor Albrecht,

ich möchte mich nach dem Stand meiner Bewerbung erkundigen. Ich würde mich sehr über eine
Einladung zu einem Vorstellungsgespräch freuen.

Mit freundlichen Grüßen
Aoife Nakamura-Byrne
""",
})

add({
    "name": "de_agency_named_client", "kind": "rejection", "company": "Didaktika",
    "contact": "s.kessler@kessler-partner.example.de", "lang": "de",
    "frm": ("Sabine Keßler", "s.kessler@kessler-partner.example.de"),
    "subject": "Ihre Kandidatur bei der Didaktika AG", "hcharset": "utf-8",
    "date": "2026-05-08 11:26 +0200", "structure": "plain",
    "text": """Guten Tag Frau Nakamura-Byrne,

wie telefonisch angekündigt, melde ich mich zur Position "Learning Designer Corporate Academy"
bei unserem Mandanten, der Didaktika AG in München.

Die Didaktika AG hat sich nach Sichtung der Profile entschieden, Ihre Kandidatur nicht weiter zu
verfolgen. Ausschlaggebend war - so die Rückmeldung - dass für die Rolle verhandlungssicheres
Deutsch im Kundenkontakt verlangt wird und die Mehrzahl der Workshops vor Ort in München
stattfindet.

Ich bedaure das sehr, da ich Ihr Profil für spannend halte. Gern nehme ich Sie in unseren Pool
für englischsprachige Remote-Positionen auf, wenn Sie einverstanden sind.

Beste Grüße

Sabine Keßler
Senior Beraterin

Keßler & Partner Personalberatung GmbH
Leopoldstraße 41, 80802 München
Tel. +49 89 5550 3318
Geschäftsführer: Dr. Roland Keßler | HRB 187220, Amtsgericht München
""",
})

add({
    "name": "teamtailor_es_tu", "kind": "rejection", "company": "Aprendemás", "contact": "", "lang": "es",
    "frm": ("Aprendemás", "no-reply@teamtailor-mail.com"),
    "subject": "Gracias por tu interés en Aprendemás",
    "date": "2026-05-27 10:10 +0200", "structure": "html", "html_cte": "quoted-printable",
    "html": ats_card("""<p>¡Hola Aoife!</p>
<p>Muchas gracias por tu candidatura para el puesto de <strong>Diseñadora instruccional (remoto)</strong>
y por el tiempo que has dedicado al proceso.</p>
<p>Lamentablemente, en esta ocasión hemos decidido continuar con otras personas cuyo perfil
se ajusta más a lo que buscamos ahora mismo.</p>
<p>Nos encantaría seguir en contacto. Puedes unirte a nuestra
<a href="https://aprendemas.teamtailor.com/connect?utm_source=rechazo" style="color:#00a19a">comunidad de talento</a>
y te avisaremos cuando haya nuevas oportunidades.</p>
<p>¡Mucha suerte!<br>El equipo de Aprendemás</p>""",
        brand="Aprendemás", accent="#00a19a", lang="es",
        logo="https://images.teamtailor-cdn.com/images/aprendemas/logo-email.png",
        footer="""Aprendemás Educación S.L. · Calle de Fuencarral 121 · 28010 Madrid · CIF B-88123456<br>
Has recibido este correo porque te postulaste a una oferta de Aprendemás.
<a href="https://aprendemas.teamtailor.com/privacy" style="color:#7b8794">Política de privacidad</a> ·
<a href="https://aprendemas.teamtailor.com/unsubscribe/9f2c" style="color:#7b8794">Darse de baja</a>""",
        track="https://t.teamtailor-mail.com/o/9f2c6610b4.gif"),
})

add({
    "name": "es_usted_publisher", "kind": "rejection", "company": "Ediciones Castellana",
    "contact": "seleccion@edicionescastellana.example.es", "lang": "es",
    "frm": ("Selección de Personal - Ediciones Castellana", "seleccion@edicionescastellana.example.es"),
    "subject": "Proceso de selección: Editora de contenidos digitales", "hcharset": "iso-8859-1",
    "date": "2026-07-10 12:02 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "in_reply_to": "<VI1PR08MB5325E4C0A77D9B1F08E2C6A1F8F12@VI1PR08MB5325.eurprd08.prod.example.com>",
    "text": """Estimada Sra. Nakamura-Byrne:

Le agradecemos sinceramente su participación en el proceso de selección para el puesto de
Editora de contenidos digitales (Educación Primaria).

Tras valorar detenidamente todas las candidaturas recibidas, lamentamos comunicarle que su perfil
no ha sido seleccionado para continuar en el proceso. La decisión se debe principalmente a que el
puesto requiere un conocimiento profundo del currículo educativo español (LOMLOE).

Conservaremos sus datos durante un período de doce meses por si surgiera una vacante que se
ajuste a su experiencia, salvo que nos indique lo contrario. Para cualquier consulta puede
responder a este mismo correo.

Reciba un cordial saludo,

Departamento de Selección de Personal
Ediciones Castellana, S.L.
Calle de Alcalá 254, 28027 Madrid
Tel. 91 555 04 72

De: Aoife Nakamura-Byrne <aoife.nb@example.ie>
Enviado: lunes, 6 de julio de 2026 10:02
Para: Selección de Personal <seleccion@edicionescastellana.example.es>
Asunto: Consulta sobre mi candidatura - Editora de contenidos digitales

Buenos días:

Me inscribí en la oferta de Editora de contenidos digitales a través de Empleoya el 15 de junio.
Quería saber si el proceso sigue abierto y si tienen previsto convocar entrevistas pronto. Estoy
disponible para una entrevista por videollamada cualquier día de la semana.

Un cordial saludo,
Aoife Nakamura-Byrne
""",
})

add({
    "name": "es_after_interview_ngo", "kind": "rejection", "company": "Fundación Saber Compartido",
    "contact": "marta.gil@sabercompartido.example.org", "lang": "es",
    "frm": ("Marta Gil Ortega", "marta.gil@sabercompartido.example.org"),
    "subject": "Re: Entrevista coordinadora de formación online", "hcharset": "utf-8",
    "date": "2026-08-04 19:16 +0200", "structure": "plain",
    "in_reply_to": "<CAKx7p0eYH2n+Qw8mRz1sVt4@mail.example.ie>",
    "text": """Hola Aoife:

Perdona que haya tardado tanto en escribirte después de la entrevista del día 23. Queríamos
tener todas las conversaciones hechas antes de decidir.

Al final no vamos a seguir contigo en el proceso. El equipo valoró muchísimo tu experiencia en el
aula, pero para esta plaza necesitamos a alguien que pueda coordinar voluntariado en Andalucía y
viajar bastante, y con tu situación en Irlanda lo veíamos complicado.

Me ha encantado conocerte y te deseo lo mejor. Si algún día quieres colaborar con nosotras de
forma puntual en algún curso, escríbeme.

Un abrazo,
Marta

Marta Gil Ortega
Responsable de Formación
Fundación Saber Compartido
www.sabercompartido.example.org

El jue, 23 jul 2026 a las 18:40, Aoife Nakamura-Byrne (<aoife.nb@example.ie>) escribió:
> Hola Marta, muchas gracias por la entrevista de hoy, me ha gustado mucho conocer el proyecto.
> Quedo a la espera de vuestras noticias.
> Saludos, Aoife
""",
})

add({
    "name": "successfactors_fr_vous", "kind": "rejection", "company": "Maison Pédagogique", "contact": "", "lang": "fr",
    "frm": ("Maison Pédagogique - Recrutement", "ne-pas-repondre@successfactors.eu"),
    "hcharset": "iso-8859-1",
    "subject": "Votre candidature - Concepteur·rice pédagogique digital",
    "date": "2026-04-28 16:30 +0200", "structure": "html", "html_charset": "iso-8859-1",
    "html_cte": "quoted-printable",
    "html": ats_card("""<p>Madame,</p>
<p>Nous vous remercions de l'intérêt que vous portez à Maison Pédagogique et de votre candidature au poste de
<b>Concepteur·rice pédagogique digital (H/F)</b>, réf. MP-2604.</p>
<p>Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne sommes
pas en mesure de donner une suite favorable à votre candidature. Les profils retenus disposent d'une
expérience plus approfondie de la formation professionnelle des adultes.</p>
<p>Nous conservons votre CV dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité
correspondant à votre profil se présentait.</p>
<p>Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.</p>
<p>La Direction des Ressources Humaines<br>Maison Pédagogique</p>""",
        brand="Maison Pédagogique", accent="#2b4c7e", lang="fr", charset="iso-8859-1",
        logo="https://career5.successfactors.eu/companylogo/maisonpedagogique.png",
        footer="""Maison Pédagogique SAS au capital de 250 000 EUR - RCS Paris 812 554 301 - 18 rue de la Roquette, 75011 Paris<br>
Ce message a été envoyé automatiquement, merci de ne pas y répondre.
<a href="https://career5.successfactors.eu/privacy?company=maisonped" style="color:#7b8794">Données personnelles</a>""",
        track="https://career5.successfactors.eu/pixel/mp/rej/4410.gif"),
})

add({
    "name": "fr_tu_startup_after_interview", "kind": "rejection", "company": "Quiztopia",
    "contact": "hugo@quiztopia.example.com", "lang": "fr",
    "frm": ("Hugo Lambert", "hugo@quiztopia.example.com"),
    "subject": "Suite à notre échange", "hcharset": "utf-8",
    "date": "2026-02-27 21:04 +0100", "structure": "plain",
    "text": """Salut Aoife,

Merci encore pour ton temps mardi, c'était vraiment chouette d'échanger avec toi (et ton français
est bien meilleur que tu ne le dis !).

Je vais être direct : on ne va pas continuer le process avec toi. On a finalement besoin de
quelqu'un à Lyon deux jours par semaine, et on a trouvé une personne sur place qui a déjà monté
des parcours pour des profs de collège.

Je suis sincèrement désolé, ton mini-quiz sur le cycle de l'eau nous a fait marrer toute l'équipe.
Si on ouvre un poste full remote d'ici la fin de l'année, tu seras la première prévenue.

Belle suite à toi,
Hugo

--
Hugo Lambert
Co-fondateur & CEO · Quiztopia
quiztopia.example.com
""",
})

add({
    "name": "fr_no_accents_brussels", "kind": "rejection", "company": "Formapro Bruxelles",
    "contact": "recrutement@formapro-bxl.example.org", "lang": "fr",
    "frm": ("Recrutement Formapro", "recrutement@formapro-bxl.example.org"),
    "subject": "candidature",
    "date": "2026-06-02 09:47 +0200", "structure": "plain",
    "text": """Bonjour Madame,

Merci pour votre candidature au poste de formatrice e-learning. Le poste est deja pourvu.
Nous gardons votre CV.

Cordialement,

Service recrutement
Formapro Bruxelles ASBL
Rue de la Loi 155 - 1040 Bruxelles
""",
})

add({
    "name": "fr_cabinet_relays_publisher", "kind": "rejection", "company": "Éditions du Quai",
    "contact": "claire.dumont@talentis-conseil.example.com", "lang": "fr",
    "frm": ("Claire Dumont", "claire.dumont@talentis-conseil.example.com"),
    "subject": "Retour Éditions du Quai", "hcharset": "iso-8859-1",
    "date": "2026-04-02 18:22 +0200", "structure": "alt", "charset": "windows-1252", "cte": "quoted-printable",
    "msgid": "<DB9PR04MB8412A7C1E0F2B34C8D1A9E77D1422@DB9PR04MB8412.eurprd04.prod.example.com>",
    "in_reply_to": "<CAOa9nB+fr0326aoife=Xk2@mail.example.ie>",
    "text": """Bonsoir Aoife,

J’ai eu ce midi le retour des Éditions du Quai suite à votre entretien avec Mme Garnier.

Malheureusement, ils ne donneront pas suite. Ils ont apprécié votre approche et votre connaissance
du terrain, mais ils ont retenu une candidate qui travaille déjà sur leur collection numérique
en freelance depuis deux ans – difficile de lutter.

Je reste persuadée que votre profil trouvera preneur rapidement. Je vous recontacte la semaine
prochaine pour faire un point sur d’autres pistes.

Bien cordialement,

Claire Dumont
Consultante senior – Éducation & Édition
Talentis Conseil
01 55 50 48 21

De : Aoife Nakamura-Byrne <aoife.nb@example.ie>
Envoyé : jeudi 26 mars 2026 17:05
À : Claire Dumont <claire.dumont@talentis-conseil.example.com>
Objet : Re: Entretien Éditions du Quai

Bonjour Claire,
L’entretien s’est très bien passé, Mme Garnier m’a même dit qu’elle espérait me faire une
offre rapidement ! Je croise les doigts.
Aoife
""",
    "html": outlook_html("""<p class="MsoNormal">Bonsoir Aoife,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">J’ai eu ce midi le retour des Éditions du Quai suite à votre entretien avec Mme Garnier.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Malheureusement, ils ne donneront pas suite. Ils ont apprécié votre approche et votre connaissance
du terrain, mais ils ont retenu une candidate qui travaille déjà sur leur collection numérique
en freelance depuis deux ans – difficile de lutter.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Je reste persuadée que votre profil trouvera preneur rapidement. Je vous recontacte la semaine
prochaine pour faire un point sur d’autres pistes.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Bien cordialement,</p>
<p class="MsoNormal"><b><span style="color:#1F3864">Claire Dumont</span></b><br>
<span style="font-size:9.0pt;color:gray">Consultante senior – Éducation &amp; Édition<br>Talentis Conseil<br>01 55 50 48 21</span></p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>De :</b> Aoife Nakamura-Byrne &lt;aoife.nb@example.ie&gt;<br>
<b>Envoyé :</b> jeudi 26 mars 2026 17:05<br>
<b>À :</b> Claire Dumont &lt;claire.dumont@talentis-conseil.example.com&gt;<br>
<b>Objet :</b> Re: Entretien Éditions du Quai</p></div>
<p class="MsoNormal">Bonjour Claire,<br>L’entretien s’est très bien passé, Mme Garnier m’a même dit qu’elle espérait me faire une
offre rapidement ! Je croise les doigts.<br>Aoife</p>""", charset="windows-1252"),
})

add({
    "name": "taleo_insurer_update", "kind": "rejection", "company": "Halberd Insurance Group", "contact": "", "lang": "en",
    "frm": ("Halberd Careers", "halberd-careers@taleo.net"),
    "subject": "Update",
    "date": "2026-03-12 07:30 +0000", "structure": "html",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#333333">
<table width="640" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#14213d;padding:14px 20px"><img src="https://halberd.taleo.net/careersection/theme/halberd_logo_white.gif" alt="Halberd Insurance Group" height="32"></td></tr>
<tr><td style="padding:20px">
<p>Dear Aoife Nakamura-Byrne,</p>
<p>Re: Requisition 260014 &ndash; Learning Designer, Group L&amp;D (Manchester / hybrid)</p>
<p>Thank you for your recent application. We regret to advise you that, on this occasion, you have not been
selected to proceed to the next stage of the recruitment process.</p>
<p>Due to the volume of applications received we are unable to provide individual feedback at this stage.</p>
<p>We would like to thank you for your interest in a career with Halberd Insurance Group and wish you every
success in the future. You can view other vacancies and manage your profile at
<a href="https://halberd.taleo.net/careersection/ext/mysubmissions.ftl?lang=en&amp;src=CWS-10020">My Submissions</a>.</p>
<p>Yours sincerely,</p>
<p>Group Resourcing<br>Halberd Insurance Group</p>
</td></tr>
<tr><td style="padding:12px 20px;border-top:1px solid #dddddd;font-size:10px;color:#888888">
Halberd Insurance Group plc is registered in England and Wales (No. 02231907). Registered office: 1 Spinningfields Square,
Manchester M3 3AP. Halberd Insurance Limited is authorised by the Prudential Regulation Authority and regulated by the
Financial Conduct Authority and the Prudential Regulation Authority.<br>
This message is confidential and may be legally privileged. If you are not the intended recipient please delete it.
Please do not reply to this automated message.
</td></tr>
</table>
<img src="https://halberd.taleo.net/careersection/emailtrack.gif?r=260014&amp;c=88814" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "name": "bamboohr_people_partner", "kind": "rejection", "company": "Pennant Digital Academy",
    "contact": "olu.adeyemi@pennantacademy.example.co.uk", "lang": "en",
    "frm": ("Pennant Digital Academy", "notifications@app.bamboohr.com"),
    "reply_to": ("Olu Adeyemi", "olu.adeyemi@pennantacademy.example.co.uk"),
    "subject": "Your application to Pennant Digital Academy",
    "date": "2026-05-20 14:48 +0100", "structure": "plain",
    "text": """Dear Aoife,

Thank you for applying for the role of E-learning Developer with Pennant Digital Academy.

After careful consideration of all the applications we received, I'm sorry to let you know that
we will not be taking your application forward on this occasion. We were looking for someone
with more hands-on experience of Adobe Captivate and xAPI reporting than your application
showed.

I appreciate the effort that goes into applying and I'd like to wish you well with your career
change. If you'd like a couple of lines of feedback, feel free to reply.

Kind regards,

Olu Adeyemi
People Partner | Pennant Digital Academy
2nd Floor, 55 Princess Street, Manchester M2 4EW

Pennant Digital Academy Ltd. Registered in England No 11293004.
""",
})

add({
    "name": "belfast_public_body_shortlisting", "kind": "rejection", "company": "Belfast Regional Education Authority",
    "contact": "recruitment@brea.example.co.uk", "lang": "en",
    "frm": ("BREA Recruitment", "recruitment@brea.example.co.uk"),
    "subject": "Shortlisting outcome - Ref 26/0412 E-Learning Development Officer",
    "date": "2026-06-24 15:03 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Dear Applicant

Post: E-Learning Development Officer (Band 5), Professional Learning Unit
Reference: 26/0412

Thank you for your application for the above post.

The shortlisting panel met on 22 June 2026. I regret to inform you that, on the basis of the
information provided in your application form, you have not been shortlisted for interview.
The panel was unable to confirm that you met Essential Criterion 3 (a minimum of two years'
experience developing online learning for adult learners in a workplace setting).

Feedback on your application can be requested within 10 working days of the date of this email.
To request feedback, reply to this email quoting the reference number above.

We thank you for your interest in working with the Authority.

Recruitment & Selection
Belfast Regional Education Authority
40 Academy Street, Belfast BT1 2NQ
Tel: 028 9555 0611

The Authority is an Equal Opportunities Employer.
""",
})

add({
    "name": "ashby_start_up_html", "kind": "rejection", "company": "Kitebridge", "contact": "", "lang": "en",
    "frm": ("Kitebridge Hiring", "no-reply@ashbyhq.com"),
    "subject": "Kitebridge | Senior Learning Designer",
    "date": "2026-06-05 20:11 +0100", "structure": "html",
    "html": """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background:#ffffff;margin:0;padding:32px 0">
<div style="max-width:560px;margin:0 auto;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:15px;line-height:1.6;color:#111827">
<img src="https://app.ashbyhq.com/api/images/org-theme-logo/kitebridge.png" alt="Kitebridge" height="28" style="margin-bottom:24px">
<p>Hi Aoife,</p>
<p>Thanks for your patience while we worked through applications for the Senior Learning Designer role.
We've read yours closely.</p>
<p>We're not going to move forward this time. Honestly, this role is senior and we need someone who has led
design for a product-led company before &mdash; your teaching background is strong but it's a different job to
the one we're hiring for right now.</p>
<p>We'll keep your details, and please don't let this put you off applying again as we grow.</p>
<p>Cheers,<br>The Kitebridge team</p>
<hr style="border:none;border-top:1px solid #e5e7eb;margin:28px 0">
<p style="font-size:12px;color:#6b7280">Kitebridge Inc. &middot; 10 Finsbury Square, London EC2A 1AF<br>
Sent via <a href="https://www.ashbyhq.com/?utm_source=email&amp;utm_campaign=candidate" style="color:#6b7280">Ashby</a>.
Manage how Kitebridge uses your data <a href="https://jobs.ashbyhq.com/kitebridge/privacy?token=3bf0a1" style="color:#6b7280">here</a>.</p>
</div>
<img src="https://app.ashbyhq.com/email-tracking/open/3bf0a1c94e72.gif" width="1" height="1" alt="" style="display:none">
</body></html>
""",
})

add({
    "name": "outlook_chain_old_excitement", "kind": "rejection", "company": "Greyfriars Learning Partnership",
    "contact": "h.whitlock@greyfriarslp.example.co.uk", "lang": "en",
    "frm": ("Whitlock, Hannah", "h.whitlock@greyfriarslp.example.co.uk"),
    "subject": "RE: your application",
    "date": "2026-07-16 09:21 +0100", "structure": "plain",
    "in_reply_to": "<AM6PR10MB2214C3F0A8E9B1D24A6F0C55E8392@AM6PR10MB2214.eurprd10.prod.example.com>",
    "references": ["<CAOa9nB+ee20260702aoife@mail.example.ie>",
                "<AM6PR10MB2214C3F0A8E9B1D24A6F0C55E8392@AM6PR10MB2214.eurprd10.prod.example.com>"],
    "text": """Hi Aoife,

Thanks for chasing, and sorry for leaving you hanging.

The honest answer is that we have decided not to progress your application. We had a very
strong internal candidate and the partnership board approved the appointment on Monday.

I hope you find the right role soon.

Kind regards,
Hannah

Hannah Whitlock | Head of Curriculum Design | Greyfriars Learning Partnership
Greyfriars House, 8 Gloucester Road, Bristol BS7 8AE
This email and any attachments are confidential and intended solely for the addressee.

From: Aoife Nakamura-Byrne <aoife.nb@example.ie>
Sent: Thursday, July 9, 2026 8:02 PM
To: Whitlock, Hannah <h.whitlock@greyfriarslp.example.co.uk>
Subject: your application

Hi Hannah,

I hope you're well. I'm just following up on my application for the Curriculum Designer role.
When we spoke on the 2nd you mentioned you'd be sending interview invitations the following
week and I'm very excited about the possibility of meeting the team. Is there any update?

Many thanks,
Aoife

From: Whitlock, Hannah <h.whitlock@greyfriarslp.example.co.uk>
Sent: Thursday, July 2, 2026 4:47 PM
To: Aoife Nakamura-Byrne <aoife.nb@example.ie>
Subject: RE: Curriculum Designer - application

Hi Aoife,

Thanks for taking my call this afternoon - it was great to put a voice to the application.

As I said, the board meets next week and we're hoping to invite three or four people to
interview shortly after that. I'd be very surprised if you weren't one of them. We're also
looking at a possible offer of a short paid design task beforehand, which I'll confirm.

Speak soon,
Hannah

Hannah Whitlock | Head of Curriculum Design | Greyfriars Learning Partnership

From: Aoife Nakamura-Byrne <aoife.nb@example.ie>
Sent: Monday, June 29, 2026 9:15 PM
To: Whitlock, Hannah <h.whitlock@greyfriarslp.example.co.uk>
Subject: Curriculum Designer - application

Dear Hannah,

Please find attached my CV and cover letter for the Curriculum Designer role advertised on your
website. I have taught in primary schools for eleven years and have spent the last two years
designing blended CPD for teachers. I would love to discuss the role with you.

Kind regards,
Aoife Nakamura-Byrne
""",
})

add({
    "name": "role_will_not_be_filled", "kind": "rejection", "company": "Lough Derg Learning",
    "contact": "fergal@loughderglearning.example.ie", "lang": "en",
    "frm": ("Fergal Brennan", "fergal@loughderglearning.example.ie"),
    "subject": "Thursday's interview",
    "date": "2026-09-14 08:41 +0100", "structure": "plain",
    "text": """Morning Aoife,

I'm afraid I have to cancel our interview this Thursday, and I'm sorry it's such short notice.

Over the weekend our main client pulled the contract that this role was going to support, and
the directors have decided not to fill the Learning Designer position at all. There's no plan
to re-open it, so I don't want to leave you waiting on a rescheduled date that won't come.

It was a strong application and I'm genuinely sorry it ended this way. I'm very happy to act as
a reference or make an introduction to a couple of people I know in Shannon if that would help.

Fergal

Fergal Brennan
Managing Director
Lough Derg Learning
Killaloe, Co. Clare | +353 61 555 7730
""",
})

add({
    "name": "gmail_quote_old_invite", "kind": "rejection", "company": "Pixel Tutor",
    "contact": "rachel@pixeltutor.example.co.uk", "lang": "en",
    "frm": ("Rachel Amankwah", "rachel@pixeltutor.example.co.uk"),
    "subject": "Re: Second interview - Content Designer",
    "date": "2026-10-06 17:19 +0100", "structure": "alt",
    "msgid": "<CAH4q0Ld7+Lr3ZbW2xN0kQy9eVf@mail.example.co.uk>",
    "in_reply_to": "<CAH4q0LcK8m1Rz0T=p2xYvU3bQw@mail.example.co.uk>",
    "text": """Hi Aoife,

Thank you for the second interview last week and for the lesson plan you sent afterwards.

We've made our decision and unfortunately it isn't good news for you this time - we've offered
the role to another candidate, who has accepted.

Please do keep in touch. We're a small team but we are growing.

Rachel

On Mon, 28 Sept 2026 at 10:02, Rachel Amankwah <rachel@pixeltutor.example.co.uk> wrote:

> Hi Aoife,
>
> Great news - we'd love to invite you to a second interview for the Content Designer role!
> Are you free on Thursday 1 October at 11am (UK time)? It'll be with me and our CTO, about an hour.
>
> Rachel
> --
> Rachel Amankwah | Founder | Pixel Tutor
""",
    "html": gmail_html("""<div>Hi Aoife,</div><div><br></div>
<div>Thank you for the second interview last week and for the lesson plan you sent afterwards.</div><div><br></div>
<div>We&#39;ve made our decision and unfortunately it isn&#39;t good news for you this time - we&#39;ve offered
the role to another candidate, who has accepted.</div><div><br></div>
<div>Please do keep in touch. We&#39;re a small team but we are growing.</div><div><br></div>
<div>Rachel</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 28 Sept 2026 at 10:02, Rachel Amankwah &lt;<a href="mailto:rachel@pixeltutor.example.co.uk">rachel@pixeltutor.example.co.uk</a>&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
<div dir="ltr">Hi Aoife,<br><br>Great news - we&#39;d love to invite you to a second interview for the Content Designer role!<br>
Are you free on Thursday 1 October at 11am (UK time)? It&#39;ll be with me and our CTO, about an hour.<br><br>Rachel<br>
-- <br>Rachel Amankwah | Founder | Pixel Tutor</div></blockquote></div><div>"""),
})

add({
    "name": "successfactors_law_firm", "kind": "rejection", "company": "Marlowe & Finch", "contact": "", "lang": "en",
    "frm": ("Marlowe & Finch Recruitment", "no-reply@successfactors.eu"),
    "subject": "Learning Technologist - application outcome",
    "date": "2026-08-27 11:00 +0100", "structure": "alt", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Dear Aoife

Learning Technologist – Knowledge & Learning Team (London)

Thank you for your interest in Marlowe & Finch and for taking the time to complete our online
application and the situational judgement questionnaire.

We have now reviewed your application carefully. Unfortunately, we are unable to progress it
further on this occasion.

We appreciate your interest in the firm and wish you every success with your career.

Kind regards

Graduate & Business Services Recruitment
Marlowe & Finch

Marlowe & Finch LLP is a limited liability partnership registered in England and Wales with
registered number OC301184. It is authorised and regulated by the Solicitors Regulation
Authority. This is an automated message – replies to this address are not read.
""",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Georgia,serif;font-size:14px;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 0;border-bottom:2px solid #5c2d91">
<img src="https://career2.successfactors.eu/companylogo/marlowefinch_logo.png" alt="Marlowe &amp; Finch" width="180"></td></tr>
<tr><td style="padding:20px 0">
<p>Dear Aoife</p>
<p><b>Learning Technologist – Knowledge &amp; Learning Team (London)</b></p>
<p>Thank you for your interest in Marlowe &amp; Finch and for taking the time to complete our online
application and the situational judgement questionnaire.</p>
<p>We have now reviewed your application carefully. Unfortunately, we are unable to progress it further on this occasion.</p>
<p>We appreciate your interest in the firm and wish you every success with your career.</p>
<p>Kind regards<br><br>Graduate &amp; Business Services Recruitment<br>Marlowe &amp; Finch</p>
</td></tr>
<tr><td style="font-family:Arial,sans-serif;font-size:10px;color:#777;padding-top:12px;border-top:1px solid #ccc">
Marlowe &amp; Finch LLP is a limited liability partnership registered in England and Wales with registered number OC301184.
It is authorised and regulated by the Solicitors Regulation Authority. This is an automated message – replies to this address are not read.
<a href="https://career2.successfactors.eu/career?company=marlowefi&amp;career_ns=privacy">Privacy statement</a></td></tr></table>
<img src="https://career2.successfactors.eu/sfemail/open?eid=2210984" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "name": "allcaps_agency_hotels", "kind": "rejection", "company": "Castlebay Hotels",
    "contact": "jade@hireflow.example.ie", "lang": "en",
    "frm": ("Jade @ Hireflow", "jade@hireflow.example.ie"),
    "subject": "Castlebay Hotels update!!",
    "date": "2026-01-22 13:07 +0000", "structure": "plain",
    "text": """Hi Aoife!!

Hope ur keeping well!! So I heard back from Castlebay Hotels re the L&D Coordinator role (the
one covering their 9 hotels) and UNFORTUNATELY THEY HAVE DECIDED NOT TO PROGRESS with your
application :( :( They went with someone who's worked in hospitality training before, which
TBH I was worried about.

Honestly don't be disheartened!!! Your CV is class and I have LOADS of roles coming in for
Feb. I'll ring you Monday for a proper catch up!!

Jade x

Jade Moloney | Recruitment Consultant | Hireflow Recruitment
Cork | Limerick | Galway
""",
})

add({
    "name": "after_design_task_university", "kind": "rejection", "company": "Canongate University",
    "contact": "f.rennie@canongate-university.example.co.uk", "lang": "en",
    "frm": ("Fiona Rennie", "f.rennie@canongate-university.example.co.uk"),
    "subject": "Learning Designer (Online Programmes) - design task",
    "date": "2026-09-29 10:14 +0100", "structure": "plain",
    "text": """Dear Aoife,

Many thanks for completing the design task for the Learning Designer (Online Programmes) post
and for the thought you clearly put into the week-one learning pathway.

The panel has now reviewed all of the submitted tasks. I'm sorry to tell you that we will not
be taking your application further in this recruitment round. The tasks we took forward showed
more experience of designing for postgraduate, asynchronous cohorts, which is the core of the
role.

Please accept our thanks for your interest in Canongate University.

With best wishes,

Fiona Rennie
Digital Education Manager
Canongate University, Old College Wynd, Edinburgh EH8 8AQ
Canongate University is a charitable body, registered in Scotland, with registration number SC055102.
""",
})
