"""Corpus 346: rejections outside the main threads (soft, ATS, agency, on hold, after interview)."""

from __future__ import annotations

from msgs346_common import spec

K = "rejection"

SPECS = [
    # ------------------------------------------------------------------ English
    spec(id="veridian_no", kind=K, lang="en", company="Veridian Medical", contact="",
         date="2026-02-24 22:13 +0000",
         frm=("Veridian Medical", "veridian@myworkday.com"),
         subject="Update on your application – Clinical Education Specialist (R-20417)",
         fmt="alt", brand="Veridian Medical Careers", accent="#00695c",
         text="""Dear Siobhán,

Thank you for your interest in the Clinical Education Specialist position (R-20417) at Veridian Medical in Galway.

We have reviewed your application carefully. On this occasion, we will not be moving your application forward to the interview stage.

We encourage you to create job alerts on our careers site so that you hear about future opportunities that may fit your background.

Best regards,
Talent Acquisition
Veridian Medical

This is an automated message. Replies to this address are not monitored."""),
    spec(id="harbourline_hold", kind=K, lang="en", company="Harbourline Bank", contact="",
         date="2026-03-09 14:30 -0500",
         frm=("Harbourline Bank Careers", "harbourline@taleo.net"),
         subject="Harbourline Bank – Learning & Development Designer (Belfast), Req. 26-0311",
         fmt="html",
         html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><font face="Arial" size="2">
<p>Dear Siobhán Ní Mhurchú-Adeyemi,</p>
<p>We are writing regarding your application for the position of <b>Learning &amp; Development Designer</b> in our Belfast training department (Req. 26-0311).</p>
<p>Following an internal review of our 2026 headcount, this requisition has been placed on hold and will not be filled at this time. As a result, we will not be proceeding with your application.</p>
<p>We sincerely appreciate the time you took to apply and hope you will consider Harbourline Bank again in the future.</p>
<p>Yours sincerely,<br>Resourcing Team<br>Harbourline Bank</p>
</font></body></html>
""",
         text=""),
    spec(id="lagan_no", kind=K, lang="en", company="Lagan University",
         contact="r.mcilroy@lagan-university.example.ac.uk",
         date="2026-06-30 11:06 +0100",
         frm=("Ruth McIlroy", "r.mcilroy@lagan-university.example.ac.uk"),
         subject="School of Lifelong Learning – Digital Learning Developer (Ref LL-114)",
         fmt="alt",
         text="""Dear Siobhán,

Thank you for attending interview for the post of Digital Learning Developer (Ref LL-114) at the School of Lifelong Learning last Tuesday.

The panel was impressed by your presentation and your clear commitment to adult learners. However, after careful consideration, I'm sorry to let you know that you have not been successful on this occasion. The post has been offered to a candidate whose experience more closely matched the essential criteria around VLE administration.

If you would like feedback, I'd be glad to arrange a short call.

With best wishes,

Ruth McIlroy
HR Business Partner
Lagan University | University Road, Belfast BT7 1NN | +44 28 9555 3120

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Lagan University is a registered charity, NIC101234."""),
    spec(id="munster_internal", kind=K, lang="en", company="Munster Metropolitan University",
         contact="deirdre.oshea@mmu.example.ie",
         date="2026-04-21 15:52 +0100",
         frm=("O'Shea, Deirdre", "deirdre.oshea@mmu.example.ie"),
         subject="RE: Learning Technologist – Centre for Continuing Education",
         reply_of="munster_moved", quote="outlook", cs="windows-1252", cte="quoted-printable",
         text="""Dear Siobhán,

I'm afraid I have disappointing news. Before our rescheduled interview could take place, the Centre for Continuing Education was able to fill the Learning Technologist post internally through a redeployment, so the competition has been closed and we won't be proceeding with interviews.

I'm genuinely sorry for the inconvenience. Please do keep an eye on the Munster Metropolitan University vacancies page.

Kind regards,
Deirdre O’Shea
HR Officer – Recruitment, Munster Metropolitan University"""),
    spec(id="corrib_no", kind=K, lang="en", company="Corrib Digital Academy",
         contact="aoife.breathnach@corribdigital.example.ie",
         date="2026-05-06 16:21 +0100",
         frm=("Aoife from Corrib Digital Academy", "no-reply@hire.lever.co"),
         reply_to=("Aoife Breathnach", "aoife.breathnach@corribdigital.example.ie"),
         subject="Your application to Corrib Digital Academy",
         text="""Hi Siobhán,

Thanks so much for taking the time to speak with us about the Curriculum Designer role – we really appreciated it, especially after the mix-up with the first call.

After a lot of discussion, we've decided not to move forward with your candidacy at this time. It was a tough decision: we had a very strong pool and went with someone who has already built a full coding bootcamp curriculum.

We'd be happy to stay in touch for future roles. Wishing you every success.

Aoife Breathnach
People & Talent, Corrib Digital Academy"""),
    spec(id="lumo_no", kind=K, lang="en", company="Lumo EdTech", contact="",
         date="2026-07-21 09:02 +0000",
         frm=("Lumo EdTech", "no-reply@ashbyhq.com"),
         subject="Your application at Lumo EdTech",
         text="""Hi Siobhán,

Thank you for your interest in the Learning Experience Designer (Content) position at Lumo EdTech, and for taking the time to complete our take-home task.

We have now reviewed all submissions. Unfortunately, we've decided to move forward with candidates whose experience more closely matches the needs of the role at this time.

We really appreciate the effort you put in and wish you the best in your search.

The Lumo EdTech Talent Team"""),
    spec(id="sparrowhawk_no", kind=K, lang="en", company="Sparrowhawk Labs", contact="",
         date="2026-02-03 13:45 +0000",
         frm=("Sparrowhawk Labs", "noreply@workablemail.com"),
         subject="Sparrowhawk Labs – Academy Content Lead",
         fmt="alt", brand="Sparrowhawk Labs", accent="#1f3b57",
         text="""Hi Siobhán,

Thank you for applying for the Academy Content Lead role at Sparrowhawk Labs and for your patience while we reviewed applications.

We received a large number of applications for this position and, after careful review, we have decided not to proceed with yours at this stage. This is not a reflection on your abilities; this role needs several years of experience leading a software training team.

We'll keep your profile in our talent pool, and we hope you'll apply again for roles that suit you.

Kind regards,
The Sparrowhawk Labs hiring team"""),
    spec(id="tideway_no", kind=K, lang="en", company="Tideway Airways",
         contact="marcus.okafor@tidewayairways.example.co.uk",
         date="2026-08-20 10:15 +0100",
         frm=("Okafor, Marcus", "marcus.okafor@tidewayairways.example.co.uk"),
         subject="RE: Thank you – Training Designer interview",
         reply_of="tideway_thanks", quote="outlook",
         text="""Dear Siobhán,

Thank you for your kind note and for coming down to the Training Academy at Heathrow for the panel interview.

I'm sorry to tell you that we will not be offering you the Training Designer position. The panel felt your learning design was excellent, but we need someone who can start delivering recurrent training on our A320 programme straight away, and that tipped the balance towards a candidate with aviation experience.

I do hope we cross paths again.

Kind regards,

Marcus Okafor
Recruitment Manager, Flight & Cabin Training
Tideway Airways Training Academy
Bath Road, Harlington, UB3 5AN

Tideway Airways plc is registered in England and Wales. This e-mail is confidential and may be legally privileged. If you are not the intended recipient, please delete it and notify the sender."""),
    spec(id="hollis_unnamed_no", kind=K, lang="en", company="Hollis & Crane",
         contact="jess.whitlock@holliscrane.example.co.uk",
         date="2026-04-14 12:40 +0100",
         frm=("Jess Whitlock", "jess.whitlock@holliscrane.example.co.uk"),
         subject="E-learning Developer (12-month contract) – update",
         text="""Hi Siobhán,

Just a quick note on the 12-month E-learning Developer contract I mentioned last week for my client in financial services.

I've had a reply from the hiring manager and unfortunately they won't be shortlisting you – they're insisting on someone with at least two years of corporate e-learning. I did push back on the transferable skills, but they were firm.

Plenty more coming up though, so I'll be in touch.

Jess
--
Jess Whitlock | Senior Consultant, Learning & Talent
Hollis & Crane Recruitment | 22 Bishopsgate, London EC2N 4AJ
T: +44 20 7946 0752"""),
    spec(id="emerald_rathmore_no", kind=K, lang="en", company="Rathmore Medical",
         contact="conor@emeraldstaffing.example.ie",
         date="2026-09-16 17:48 +0100",
         frm=("Conor Healy", "conor@emeraldstaffing.example.ie"),
         subject="Rathmore Medical – training coordinator role",
         cs="iso-8859-1", cte="8bit",
         text="""Hi Siobhán,

Hope you're keeping well. I heard back from Rathmore Medical about the Training Coordinator role in Little Island this afternoon.

They've decided to go with someone already working in a GMP environment, so it's a no from them this time. They did say your application was "really well put together", for what it's worth.

I'll keep you posted on anything else in Cork.

Conor Healy
Emerald Staffing, 14 South Mall, Cork
021 455 5190"""),
    spec(id="owlstone_no", kind=K, lang="en", company="Owlstone Learning", contact="",
         date="2026-09-29 08:07 +0100",
         frm=("Owlstone Learning via EdTechJobs Hub", "applications@edtechjobs-hub.example.com"),
         subject="Owlstone Learning has updated your application status",
         fmt="alt", brand="EdTechJobs Hub",
         text="""Hi Siobhán,

Owlstone Learning has reviewed your application for Learning Designer (Remote, UK/IE).

Status: Not selected

Message from Owlstone Learning:
"Thank you for applying. We were impressed by the number of strong applicants and, after careful consideration, we have decided not to progress your application. We wish you every success in your career."

Keep going – there are 37 new learning design jobs on EdTechJobs Hub this week.

EdTechJobs Hub · You are receiving this because you applied through EdTechJobs Hub."""),
    spec(id="fernhill_suspended", kind=K, lang="en", company="Fernhill Insurance", contact="",
         date="2026-07-08 12:00 +0100",
         frm=("Fernhill Insurance", "notifications@bamboohr.com"),
         subject="Fernhill Insurance: Training & Development Specialist",
         text="""Dear Siobhán,

Thank you for your interest in the Training & Development Specialist position at Fernhill Insurance.

Due to an ongoing restructuring of our People function, we have suspended the recruitment process for this role. We will therefore not be continuing with any applications, including yours.

We appreciate the time you invested and wish you well.

Fernhill Insurance People Team"""),

    # ------------------------------------------------------------------ French
    spec(id="rhodanien_pourvu", kind=K, lang="fr", company="Crédit Rhodanien",
         contact="m.garnier@credit-rhodanien.example.fr",
         date="2026-07-15 18:12 +0200",
         frm=("Mathilde Garnier", "m.garnier@credit-rhodanien.example.fr"),
         subject="Votre candidature – Concepteur(trice) pédagogique, Université d'entreprise",
         subj_enc=("windows-1252", "q"), cs="iso-8859-1", cte="quoted-printable",
         text="""Madame,

Nous vous remercions pour l'intérêt que vous portez au Crédit Rhodanien et pour les échanges que nous avons eus lors de votre entretien du 9 juillet.

Nous avons le regret de vous informer que le poste de concepteur(trice) pédagogique au sein de notre Université d'entreprise a été pourvu. Votre candidature n'a donc pas été retenue.

Nous vous souhaitons une bonne continuation.

Mathilde Garnier
Chargée de développement RH
Crédit Rhodanien, 8 place des Terreaux, 69001 Lyon

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite."""),
    spec(id="kinetique_non", kind=K, lang="fr", company="Studio Kinétique", contact="",
         date="2026-06-26 10:30 +0200",
         frm=("Studio Kinétique", "noreply@workablemail.com"),
         frm_enc=("iso-8859-1", "q"),
         subject="Studio Kinétique – votre candidature",
         fmt="html", brand="Studio Kinétique", accent="#e4572e",
         text="""Bonjour Siobhán,

Merci d'avoir pris le temps de candidater au poste de motion designer pédagogique chez Studio Kinétique et de réaliser notre exercice.

Après étude attentive de votre dossier, nous ne donnerons malheureusement pas suite à votre candidature : nous recherchons un profil plus expérimenté en animation After Effects.

Nous vous souhaitons le meilleur pour la suite.

L'équipe Studio Kinétique"""),
    spec(id="merieva_suspendu", kind=K, lang="fr", company="Mérieva Medical",
         contact="sandrine.bouvier@merieva.example.fr",
         date="2026-06-03 09:41 +0200",
         frm=("Sandrine Bouvier", "sandrine.bouvier@merieva.example.fr"),
         subject="RE: Report de notre entretien – Formateur·rice produits",
         reply_of="merieva_decale", quote="fr", fmt="alt",
         text="""Bonjour Madame Ní Mhurchú-Adeyemi,

Je reviens vers vous comme promis. La direction a décidé de geler le recrutement du poste de formateur·rice produits jusqu'à nouvel ordre, suite à la réorganisation de nos équipes cliniques. Le processus est donc interrompu et nous ne pourrons pas donner suite à votre candidature.

Je suis sincèrement désolée de cette issue, d'autant que votre profil avait beaucoup plu.

Bien à vous,
Sandrine Bouvier
Talent Acquisition – Mérieva Medical"""),
    spec(id="airsaone_non", kind=K, lang="fr", company="Air Saône Formation",
         contact="recrutement.formation@airsaone.example.fr",
         date="2026-10-06 14:55 +0200",
         frm=("Julien Dufresne – Air Saône Formation", "recrutement.formation@airsaone.example.fr"),
         subject="Réponse suite à votre entretien",
         cs="windows-1252", cte="8bit",
         text="""Bonjour Siobhán,

Merci encore pour votre venue au centre de formation de Saint-Exupéry et pour la qualité de votre mise en situation.

Après réflexion, nous avons choisi de poursuivre avec une autre candidate, déjà formatrice PNC. Je sais que cette réponse n’est pas celle que vous espériez.

Nous conservons votre CV et n’hésiterons pas à vous recontacter si un poste de concepteur·rice s’ouvre.

Julien Dufresne
Responsable pédagogique – Air Saône Formation"""),

    # ------------------------------------------------------------------ German
    spec(id="kaleido_absage", kind=K, lang="de", company="Kaleido Learning", contact="",
         date="2026-05-22 07:30 +0200",
         frm=("Kaleido Learning Recruiting", "jobs@kaleido-learning.recruitee.com"),
         subject="Deine Bewerbung bei Kaleido Learning",
         fmt="alt", brand="Kaleido Learning", accent="#3d5a80",
         text="""Hallo Siobhán,

danke für deine Bewerbung als Instructional Designer (m/w/d) und für dein Interesse an Kaleido Learning.

Wir haben uns alle Unterlagen genau angesehen und uns leider für andere Bewerber:innen entschieden, deren Profil noch besser zu den Anforderungen passt.

Wir wünschen dir für deinen weiteren Weg alles Gute!

Viele Grüße
Dein Kaleido Learning Team"""),
    spec(id="nordlicht_absage", kind=K, lang="de", company="Nordlicht Software",
         contact="jana.voss@nordlicht-software.example.de",
         date="2026-08-12 16:03 +0200",
         frm=("Jana Voß", "jana.voss@nordlicht-software.example.de"),
         subject="Ihre Bewerbung als Trainerin Nordlicht Akademie",
         cs="iso-8859-1", cte="8bit",
         text="""Liebe Frau Ní Mhurchú-Adeyemi,

vielen Dank für das angenehme Gespräch und Ihre Zeit.

Wir haben uns nach reiflicher Überlegung für eine andere Kandidatin entschieden und müssen Ihnen deshalb leider absagen. Ausschlaggebend war am Ende die Erfahrung mit unserer ERP-Software, die für den Start in der Nordlicht Akademie sehr wichtig ist.

Wir bedanken uns für Ihr Interesse an Nordlicht Software und wünschen Ihnen viel Erfolg.

Beste Grüße
Jana Voß
People & Culture
Nordlicht Software GmbH, Arnulfstraße 60, 80335 München"""),
    spec(id="isarbank_intern", kind=K, lang="de", company="Isarbank", contact="",
         date="2026-09-03 11:11 +0200",
         frm=("Isarbank Karriere", "isarbank@softgarden.io"),
         subject="Ihre Bewerbung: Referentin Weiterbildung (w/m/d)",
         fmt="html", brand="Isarbank – Karriere", accent="#0b3d91",
         text="""Sehr geehrte Frau Ní Mhurchú-Adeyemi,

haben Sie vielen Dank für Ihre Bewerbung und die Gespräche mit uns.

Die Position als Referentin Weiterbildung (w/m/d) konnten wir inzwischen intern besetzen. Wir bedauern, Ihnen daher keine positive Nachricht geben zu können.

Ihre Unterlagen werden gemäß den Datenschutzbestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihre Personalabteilung der Isarbank"""),
    spec(id="isartal_absage", kind=K, lang="de", company="Universität Isartal",
         contact="weiterbildung-personal@uni-isartal.example.de",
         date="2026-02-18 10:02 +0100",
         frm=("Dr. Verena Hollerith", "weiterbildung-personal@uni-isartal.example.de"),
         subject="Ihre Bewerbung – Kennziffer ZWB-2026-04",
         subj_enc=("utf-8", "b"),
         text="""Sehr geehrte Frau Ní Mhurchú-Adeyemi,

wir danken Ihnen für Ihre Bewerbung auf die Stelle als wissenschaftsstützende Mitarbeiterin im Zentrum für Weiterbildung (Kennziffer ZWB-2026-04).

Nach Sichtung aller Bewerbungen müssen wir Ihnen mitteilen, dass wir Sie nicht in die engere Auswahl einbeziehen konnten. Bitte sehen Sie dies nicht als Abwertung Ihrer Qualifikation an.

Ihre Unterlagen werden nach Abschluss des Verfahrens vernichtet.

Mit freundlichen Grüßen
Im Auftrag
Dr. Verena Hollerith
Zentrum für Weiterbildung, Universität Isartal"""),

    # ------------------------------------------------------------------ Spanish
    spec(id="pixel_no", kind=K, lang="es", company="Estudio Píxel",
         contact="ines.calvo@estudiopixel.example.es",
         date="2026-07-29 13:17 +0200",
         frm=("Inés Calvo", "ines.calvo@estudiopixel.example.es"),
         subject="Tu proceso con Estudio Píxel",
         fmt="alt",
         text="""Hola Siobhán:

Gracias por tu tiempo en la entrevista y por la prueba práctica; nos gustó mucho tu guion sobre primeros auxilios.

Finalmente hemos decidido seguir adelante con otra persona que ya había trabajado con clientes del sector farmacéutico, así que esta vez no podremos contar contigo.

Te deseamos mucha suerte y ojalá coincidamos más adelante.

Un saludo,
Inés Calvo
Responsable de Personas · Estudio Píxel
Calle de Alcalá 120, 28009 Madrid"""),
    spec(id="alcaraz_no", kind=K, lang="es", company="Universidad de Alcaraz", contact="",
         date="2026-09-21 09:00 +0200",
         frm=("Universidad de Alcaraz", "no-responder@ualcaraz.example.es"),
         subject="Resolución del proceso de selección – Técnico/a de Formación Continua",
         cs="iso-8859-1", cte="quoted-printable",
         text="""Estimada candidata:

Le comunicamos que, una vez finalizado el proceso de selección para la plaza de Técnico/a de Formación Continua (ref. FC-07/2026) del Centro de Formación Permanente, su candidatura no ha resultado seleccionada.

La relación definitiva de personas seleccionadas puede consultarse en la sede electrónica de la Universidad de Alcaraz.

Agradecemos su participación.

Servicio de Personal de Administración y Servicios
Universidad de Alcaraz"""),
    spec(id="medisur_no", kind=K, lang="es", company="Medisur",
         contact="raquel.ibarra@medisur.example.es",
         date="2026-06-10 19:22 +0200",
         frm=("Raquel Ibarra", "raquel.ibarra@medisur.example.es"),
         reply_to=("Raquel Ibarra", "raquel.ibarra@medisur.example.es"),
         subject="RE: Candidatura Formadora clínica – Medisur",
         reply_of="medisur_missed", quote="es",
         text="""Hola Siobhán:

Gracias por tu explicación y por tu interés. Hemos seguido con el resto de entrevistas y, finalmente, el equipo ha optado por otras candidaturas que encajan mejor con lo que buscamos para el puesto de Formadora clínica.

Te deseamos mucha suerte en tu búsqueda.

Raquel Ibarra
Selección · Medisur Dispositivos Médicos"""),
    spec(id="nubia_no", kind=K, lang="es", company="Academia Nubia",
         contact="", date="2026-03-30 10:48 +0200",
         frm=("Academia Nubia – Talento", "talento@academianubia.example.es"),
         subject="Actualización de tu candidatura",
         fmt="html", brand="Academia Nubia", accent="#6a4c93",
         text="""Hola Siobhán,

Muchas gracias por tu interés en unirte a Academia Nubia como Diseñadora de Contenidos Formativos.

Tras analizar tu perfil, lamentamos comunicarte que en esta ocasión no continuarás en el proceso. Hemos recibido más de 300 candidaturas y hemos priorizado perfiles con experiencia en formación técnica de programación.

Guardaremos tus datos para futuras vacantes, salvo que nos indiques lo contrario.

Equipo de Talento de Academia Nubia"""),
]
