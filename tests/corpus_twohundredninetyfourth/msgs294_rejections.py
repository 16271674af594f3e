"""Corpus 294: every kind of "no" to Niamh's applications (rejection)."""

from __future__ import annotations

from msgs294_common import m

K = "rejection"

DISCLAIMER_EN = """
DISCLAIMER: This email and any attachments are confidential and may be legally privileged. If
you are not the intended recipient, please delete it and notify the sender. Any views expressed
are those of the individual sender unless otherwise stated."""

MESSAGES = [
    m("b_rej", K, "en", "2026-02-19T11:05:31+00:00",
      ("Dr Ciarán Whelan", "c.whelan@mcrf.example.ie"),
      "Re: Apologies - missed interview",
      """Dear Niamh,

Thank you for your email and your apology, which I appreciate. Unfortunately, the panel
completed the interviews last week and, having considered all candidates, we are not in a
position to offer a further interview date. We have now moved forward with candidates whose
experience more closely matches the requirements of the post.

I'd encourage you to keep an eye on our vacancies page; we recruit regularly.

With best wishes,
Ciarán
""", company="Munster Clinical Research Facility", contact="c.whelan@mcrf.example.ie",
      re="b_sorry", quote="en", name_enc="q:utf-8"),

    m("h_rej", K, "en", "2026-03-20T16:48:00+00:00",
      ("Declan Hurley", "declan@kinsale-lsr.example.ie"),
      "Shandon Therapeutics feedback",
      """Hi Niamh,

I've had feedback from Shandon Therapeutics and unfortunately it's a no this time. Orla said
she enjoyed the conversation and was impressed by your GCP knowledge, but they've gone with a
candidate who has two years of CRO experience, as the study is starting within weeks and they
need someone who can hit the ground running.

Don't be disheartened - honestly you interviewed well. I'll keep you front of mind for the
next CTA roles that come in.

Talk soon,
Declan
""", company="Shandon Therapeutics", contact="declan@kinsale-lsr.example.ie"),

    m("h_rej2", K, "en", "2026-07-07T09:12:40+01:00",
      ("Declan Hurley", "declan@kinsale-lsr.example.ie"),
      "Update on the study coordinator role",
      """Hi Niamh,

Just closing the loop on the study coordinator role I put you forward for last week. My client
has come back to say they won't be taking your application further - they've decided they
need someone with SOCRA or ACRP certification already in place.

Sorry it's not better news. Shall we have a chat next week about what else is out there?

Declan
Kinsale Life Science Recruitment
""", company="Kinsale Life Science Recruitment", contact="declan@kinsale-lsr.example.ie",
      fmt="alt"),

    m("c_rej", K, "de", "2026-04-09T10:14:22+02:00",
      ("Jana Köhler", "jana.koehler@spreebio.example.de"),
      "Re: Thank you - Clinical Trial Assistant interview",
      """Liebe Niamh,

vielen Dank für Deine nette Nachricht und noch einmal für das offene Gespräch mit Frauke und
mir.

Leider müssen wir Dir mitteilen, dass wir uns für eine andere Kandidatin entschieden haben,
die bereits Erfahrung mit deutschen Ethikkommissionen und dem CTIS-Portal mitbringt. Diese
Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Dir für Deinen weiteren Weg alles Gute und würden uns freuen, wenn Du Dich bei
passenden Stellen wieder bei uns bewirbst.

Herzliche Grüße
Jana

Jana Köhler
Talent Acquisition Partner | Spree BioPharma GmbH
Alt-Moabit 204, 10559 Berlin
Geschäftsführer: Dr. Martin Vogt | Amtsgericht Charlottenburg HRB 198877 B
""", company="Spree BioPharma", contact="jana.koehler@spreebio.example.de", re="c_thanks",
      quote="de", fmt="alt", cs="utf-8", cte="base64"),

    m("dp_rej", K, "en", "2026-03-09T15:01:00-05:00",
      ("Dodder Pharma Careers", "dodderpharma@icims.com"),
      "Update regarding your application - Clinical Supplies Coordinator",
      """Dear Niamh,

Thank you for your interest in the Clinical Supplies Coordinator position (Job ID 2026-3319).

We wanted to let you know that, following a review of business priorities, this position has
been put on hold and we will not be proceeding with the recruitment at this time. As a result,
your application will not be progressed further.

We appreciate your interest in Dodder Pharma and encourage you to apply for future
opportunities that match your skills.

Kind regards,
Dodder Pharma Talent Acquisition
""", company="Dodder Pharma", fmt="html", brand="Dodder Pharma", colour="#00665e"),

    m("cc_rej", K, "en", "2026-04-02T10:30:45+01:00",
      ("Fiona Hegarty", "fiona.hegarty@claddaghcro.example.ie"),
      "RE: Canceled: Interview: Niamh O'Donoghue - Clinical Trial Assistant",
      """Hi Niamh,

As promised, an update. Following the headcount review, the CTA position has been filled
internally by a colleague moving across from our data management team, so we won't be
rescheduling your interview.

I'm sorry it didn't work out this time, and thank you for your patience over the last few
weeks.

Kind regards,
Fiona Hegarty
Clinical Operations Lead
Claddagh CRO | Dock Road, Galway
""" + DISCLAIMER_EN, company="Claddagh CRO", contact="fiona.hegarty@claddaghcro.example.ie",
      re="cc_cancel", quote="outlook"),

    m("pp_rej", K, "en", "2026-03-25T17:12:09+00:00",
      ("Portobello Research Partners", "no-reply@us.greenhouse-mail.io"),
      "Your application with Portobello Research Partners",
      """Hi Niamh,

Thank you for taking the time to speak with us about the Clinical Trial Assistant role. We
really enjoyed learning more about your background.

After careful consideration, we have decided to move forward with candidates whose experience
more closely matches our current needs. This was a difficult decision given the strength of
the candidate pool.

We'd be happy to keep in touch about future roles, and we wish you every success in your search.

Best,
Sarah Quinn
Portobello Research Partners
""", company="Portobello Research Partners", contact="sarah.quinn@portobello-rp.example.ie",
      reply_to=("Sarah Quinn", "sarah.quinn@portobello-rp.example.ie"), fmt="alt"),

    m("sm_rej", K, "en", "2026-04-29T09:09:09+01:00",
      ("Salthill Medtech", "notifications@salthillmedtech.bamboohr.com"),
      "Clinical Research Coordinator - application update",
      """Hello Niamh,

Thank you for your interest in the Clinical Research Coordinator position and for speaking
with Gearóid last week.

We have now reviewed all applications and regret to inform you that we will not be progressing
your application to the next stage. We had a large number of strong candidates and the
decision was a difficult one.

We wish you the very best in your job search.

Salthill Medtech People & Culture
""", company="Salthill Medtech", fmt="html"),

    m("uh_rej", K, "en", "2026-06-12T12:12:12+01:00",
      ("Siobhan Costigan", "s.costigan@mercyfield-hospital.example.ie"),
      "Trial Coordinator (CRU/26/08) - outcome of interview",
      """Dear Niamh,

Thank you for attending for interview for the post of Trial Coordinator on 4 June.

I regret to inform you that on this occasion you were not successful. The panel noted your
strong knowledge of investigational medicinal product handling; the successful candidate had
more direct experience of patient recruitment and consent.

Should you wish to receive feedback, please contact me and I will arrange a call with the
chair of the panel.

Thank you for your interest in Mercyfield University Hospital.

Kind regards,
Siobhán Costigan
HR Officer, Clinical Research Unit
""", company="Mercyfield University Hospital",
      contact="s.costigan@mercyfield-hospital.example.ie", cs="iso-8859-1", cte="8bit",
      pdfs=[("Outcome_CRU-26-08.pdf",
             ["Mercyfield University Hospital", "Outcome of interview - CRU/26/08",
              "Candidate: Niamh O'Donoghue", "Result: not successful on this occasion"])]),

    m("gc_rej", K, "en", "2026-07-13T08:45:00+01:00",
      ("Galway Cancer Trials Group", "jobs@gctg.example.ie"),
      "Trial Administrator (0.6 FTE) - shortlisting outcome",
      """Dear Applicant,

Thank you for your application for the post of Trial Administrator (0.6 FTE).

The shortlisting panel has now met. We regret to inform you that you have not been shortlisted
for interview on this occasion.

We thank you for your interest in the Galway Cancer Trials Group.

Yours faithfully,
Recruitment Team, GCTG
""", company="Galway Cancer Trials Group"),

    m("hc_rej", K, "en", "2026-09-04T13:33:10+01:00",
      ("Ella Byrne", "ella.byrne@howthclinical.example.ie"),
      "Howth Clinical - assessment day outcome",
      """Hi Niamh,

Thank you so much for coming out to Sutton last week - we know it's a long day.

I'm sorry to say that we won't be offering you a Clinical Trial Associate position this time.
The team was impressed by your TMF task (one of the most accurate on the day), but in the
interview the panel felt that other candidates had more experience of working directly with
sites.

Please do stay in touch - we expect to open more CTA positions in spring.

All the best,
Ella
""", company="Howth Clinical", contact="ella.byrne@howthclinical.example.ie", fmt="alt",
      brand="Howth Clinical"),

    m("gr_rej", K, "en", "2026-07-10T17:02:00+01:00",
      ("Tadhg Murray", "tadhg.murray@grafton-lab.example.ie"),
      "RE: trial admin temp role",
      """Hi Niamh,

Bad news on this one I'm afraid - even though we got the call rescheduled, the client has gone
with another temp who could start on Monday. Nothing to do with your interview, purely timing.

I'll keep you in mind for anything else that comes up.

Tadhg
""", company="Grafton Locum & Lab Staffing", contact="tadhg.murray@grafton-lab.example.ie",
      re="gr_sorry", quote="outlook"),

    m("rd_rej", K, "en", "2026-05-27T22:14:51+00:00",
      ("Ringsend Diagnostics", "no-reply@smartrecruiters.com"),
      "Regarding your application for Clinical Evidence Assistant",
      """Dear Niamh,

Thank you for applying for the Clinical Evidence Assistant role at Ringsend Diagnostics.

Unfortunately, we will not be moving forward with your application at this time. We received
a high number of applications and we had to make some difficult choices.

Thank you for your interest in Ringsend Diagnostics, and good luck with your search.

The Ringsend Diagnostics Recruiting Team
""", company="Ringsend Diagnostics", fmt="html", brand="Ringsend Diagnostics"),

    m("glb_rej", K, "en", "2026-09-14T10:01:33+01:00",
      ("Sinéad from Blackpool Biologics", "no-reply@blackpoolbio.teamtailor-mail.com"),
      "Your application for Clinical Study Coordinator",
      """Hi Niamh,

Thanks for your patience while we reviewed applications for the Clinical Study Coordinator role.

We've now made our shortlist, and unfortunately you're not on it this time. This isn't a
reflection on you - we had over 200 applications for a single position.

We'd love to keep your details on file for future roles if that's ok with you.

All the best,
Sinéad
People Team, Blackpool Biologics
""", company="Blackpool Biologics", fmt="html", name_enc="b:utf-8"),

    m("whri_rej", K, "en", "2026-06-30T15:20:00+01:00",
      ("Noreen Keane", "noreen.keane@whri.example.ie"),
      "Competition WHRI/RA/2026/03 - Research Assistant (Clinical Trials)",
      """Dear Ms O'Donoghue,

We refer to your application for the above competition, for which you were shortlisted.

Due to a change in the funding arrangements for the study concerned, the Western Health
Research Institute has decided to cancel this competition. The scheduled interviews will not
take place and the post will not be filled. We regret any inconvenience this may cause.

Should a similar post be advertised in future, you are welcome to apply.

Yours sincerely,

Noreen Keane
Research Office
Western Health Research Institute, Galway
""", company="Western Health Research Institute", contact="noreen.keane@whri.example.ie",
      cs="windows-1252", cte="quoted-printable"),

    m("kg_rej", K, "en", "2026-08-21T14:00:05+02:00",
      ("Kreuzberg Genomics", "no-reply@eu.greenhouse-mail.io"),
      "Kreuzberg Genomics - Clinical Operations Assistant",
      """Hi Niamh,

Thanks so much for applying to the Clinical Operations Assistant role at Kreuzberg Genomics in
Berlin.

We wanted to let you know that this position has now been filled. We really appreciate the
time you put into your application.

We're growing quickly, so please keep an eye on our careers page.

The Kreuzberg Genomics Talent Team
""", company="Kreuzberg Genomics", fmt="alt"),

    m("kpt_rej", K, "de", "2026-03-03T09:40:11+01:00",
      ("Klinikum Prenzlauer Tor", "bewerbung@klinikum-prenzlauer-tor.softgarden.io"),
      "Ihre Bewerbung als Studienassistenz (w/m/d) Onkologie",
      """Sehr geehrte Frau O'Donoghue,

nochmals vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Haus.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre
Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte verstehen Sie diese
Entscheidung nicht als Wertung Ihrer Qualifikation.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten
gelöscht.

Mit freundlichen Grüßen
Ihr Team Personalgewinnung
Klinikum Prenzlauer Tor
""", company="Klinikum Prenzlauer Tor", cs="iso-8859-1", cte="quoted-printable",
      fmt="html"),

    m("tt_rej", K, "de", "2026-05-22T11:00:00+02:00",
      ("Tegel Trials Recruiting", "notifications@tegeltrials.recruitee.com"),
      "Deine Bewerbung bei Tegel Trials",
      """Hallo Niamh,

vielen Dank noch einmal für Dein Interesse an der Stelle als Site Start-Up Specialist (m/w/d)
und für das Telefonat mit Benedikt.

Wir haben uns inzwischen für eine Kandidatin entschieden, deren Profil noch besser zu den
Anforderungen passt. Wir wissen, dass das nicht die Nachricht ist, auf die Du gehofft hast.

Wir wünschen Dir viel Erfolg und alles Gute!
Dein Tegel Trials Team
""", company="Tegel Trials", fmt="alt", brand="Tegel Trials"),

    m("mp_rej", K, "de", "2026-08-11T08:20:30+02:00",
      ("Dr. Ulrike Brandt", "u.brandt@mueggelsee-pharma.example.de"),
      "Ihre Bewerbung - Kennziffer 2026-117",
      """Sehr geehrte Frau O'Donoghue,

haben Sie vielen Dank für das angenehme Gespräch am 28. Juli und Ihr Interesse an unserem
Unternehmen.

Nach eingehender Abwägung haben wir uns für einen anderen Bewerber entschieden. Ausschlaggebend
waren letztlich fließende Deutschkenntnisse, die für die Abstimmung mit unseren
Logistikpartnern unverzichtbar sind.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Dr. Ulrike Brandt
Personalreferentin
Müggelsee Pharma GmbH · Sitz: Berlin · Amtsgericht Charlottenburg HRB 45120
""", company="Müggelsee Pharma", contact="u.brandt@mueggelsee-pharma.example.de",
      cs="windows-1252", cte="8bit", subj_enc="q:windows-1252"),

    m("pcs_rej", K, "de", "2026-08-28T15:45:00+02:00",
      ("Katrin Wendt", "k.wendt@pankow-clinical.example.de"),
      "AW: Entschuldigung - Videotermin",
      """Sehr geehrte Frau O'Donoghue,

danke für Ihre Erklärung. Inzwischen hat sich die Lage allerdings geändert: Die Position der
Studienkoordinatorin wurde intern besetzt, eine Kollegin aus unserem Monitoring-Team wechselt
in die Koordination. Ein neuer Termin ist daher leider nicht mehr möglich.

Wir danken Ihnen für Ihr Interesse und wünschen Ihnen viel Erfolg.

Mit freundlichen Grüßen
Katrin Wendt
""", company="Pankow Clinical Services", contact="k.wendt@pankow-clinical.example.de",
      re="pcs_sorry", quote="outlook_de"),

    m("pw_rej", K, "de", "2026-06-24T17:10:00+02:00",
      ("Thorsten Haller", "haller@pb-weissensee.example.de"),
      "Rückmeldung Adlershof Biotech",
      """Hallo Frau O'Donoghue,

ich habe heute Rückmeldung von Adlershof Biotech bekommen: Man hat sich dort leider gegen eine
Einladung zum Zweitgespräch entschieden. Begründung: Für die Rolle wird doch jemand mit
mindestens zwei Jahren Erfahrung als CTA gesucht.

Ich finde das schade, Ihr Profil passt aus meiner Sicht gut. Ich melde mich, sobald ich etwas
Neues für Sie habe.

Beste Grüße
Thorsten Haller
Personalberatung Weißensee
""", company="Adlershof Biotech", contact="haller@pb-weissensee.example.de", cs="utf-8",
      cte="quoted-printable"),

    m("bs_rej", K, "fr", "2026-04-16T07:30:00+02:00",
      ("BioSaône Pharma Recrutement", "noreply@successfactors.eu"),
      "Votre candidature 48812 - Technicien(ne) essais cliniques",
      """Madame,

Nous avons bien étudié votre candidature au poste de Technicien(ne) essais cliniques et nous
vous remercions de l'intérêt que vous portez à BioSaône Pharma.

Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à
votre candidature, d'autres profils correspondant davantage aux exigences du poste.

Nous conservons néanmoins vos coordonnées et ne manquerons pas de vous recontacter si une
opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
""", company="BioSaône Pharma", fmt="html", cs="windows-1252", cte="quoted-printable"),

    m("ilrc_rej", K, "fr", "2026-06-23T14:18:00+02:00",
      ("Dr Hélène Lefèvre", "helene.lefevre@institut-lumiere.example.fr"),
      "Suite de votre candidature - ARC junior",
      """Madame,

Je vous remercie pour notre entretien téléphonique du 11 juin.

Après réflexion, je ne retiendrai pas votre candidature pour ce poste : la maîtrise du
français écrit est indispensable pour la rédaction des documents destinés aux patients et aux
comités d'éthique, et votre niveau actuel ne nous permet pas de vous confier ces tâches.

Je vous souhaite une bonne continuation dans votre projet professionnel, qui me paraît tout à
fait cohérent.

Bien cordialement,
Dr Hélène Lefèvre
Responsable de l'Unité de Recherche Clinique
Institut Lumière de Recherche Clinique
""", company="Institut Lumière de Recherche Clinique",
      contact="helene.lefevre@institut-lumiere.example.fr", cs="iso-8859-1", cte="8bit"),

    m("cfl_rej", K, "fr", "2026-08-03T10:05:00+02:00",
      ("Claire Morel", "claire.morel@fourviere-talents.example.fr"),
      "Retour de Confluence Biotech",
      """Bonjour Niamh,

Comme promis, je reviens vers vous après votre entretien avec Confluence Biotech (je peux
maintenant vous donner le nom !).

Malheureusement, ils ont décidé de poursuivre avec une autre candidate, qui avait déjà
coordonné des études de phase I en France. Ils ont apprécié votre rigueur et votre
enthousiasme, mais le calendrier de leur étude ne leur laisse pas le temps de former quelqu'un.

Je reste à votre écoute pour d'autres opportunités.

Bien à vous,
Claire
""", company="Confluence Biotech", contact="claire.morel@fourviere-talents.example.fr",
      fmt="alt", cs="utf-8", cte="quoted-printable"),

    m("lcr_rej", K, "fr", "2026-09-25T12:00:00+02:00",
      ("Sophie Lambert", "sophie.lambert@croixrousse.example.fr"),
      "Poste d'assistant(e) études cliniques - information",
      """Bonjour Niamh,

Suite au report de la journée d'immersion, je reviens vers vous avec une nouvelle que nous
aurions préféré ne pas avoir à annoncer : la direction a décidé de geler ce recrutement jusqu'à
nouvel ordre, dans le cadre d'une réorganisation du département.

Nous ne pourrons donc pas donner suite à votre candidature. Nous sommes sincèrement désolés
pour le temps que vous y avez consacré.

Bien cordialement,
Sophie Lambert
Assistante RH - Laboratoires Croix-Rousse
""", company="Laboratoires Croix-Rousse", contact="sophie.lambert@croixrousse.example.fr",
      cs="iso-8859-1", cte="quoted-printable"),

    m("chsi_rej", K, "fr", "2026-02-12T16:30:00+01:00",
      ("Direction des Ressources Humaines - CH Saint-Irénée", "drh@ch-saint-irenee.example.fr"),
      "Recrutement technicien(ne) de recherche clinique - suspension",
      """Madame,

Vous avez fait acte de candidature pour le poste de technicien(ne) de recherche clinique au
sein de notre pôle pharmacie.

Nous vous informons que, pour des raisons budgétaires, ce recrutement est suspendu et que la
procédure est close. Nous ne manquerons pas de publier une nouvelle offre si le poste venait à
être rouvert.

Veuillez agréer, Madame, nos salutations distinguées.

Le Directeur des Ressources Humaines
Centre Hospitalier Saint-Irénée
""", company="Centre Hospitalier Saint-Irénée", name_enc="q:iso-8859-1",
      subj_enc="q:iso-8859-1", cs="iso-8859-1", cte="quoted-printable"),

    m("ft_rej", K, "es", "2026-07-28T13:40:00+02:00",
      ("Álvaro Méndez", "alvaro.mendez@tibidabo-pharma.example.es"),
      "Proceso de selección - Técnico/a de Suministros Clínicos",
      """Hola Niamh:

Gracias de nuevo por la entrevista telefónica del día 17 y por tu interés en Farmacéutica
Tibidabo.

Tras valorar todas las candidaturas, hemos decidido continuar el proceso con otras personas
cuyo perfil se ajusta más a las necesidades actuales del puesto, principalmente por la
experiencia en distribución de medicación a centros en España.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Álvaro Méndez
Responsable de Selección
""", company="Farmacéutica Tibidabo", contact="alvaro.mendez@tibidabo-pharma.example.es",
      fmt="alt", name_enc="b:utf-8", cs="iso-8859-1", cte="quoted-printable"),

    m("bcn_rej", K, "es", "2026-06-19T09:00:00+02:00",
      ("Servei de Selecció - Fundació Llobregat", "seleccio@recercallobregat.example.es"),
      "Resolución convocatoria FRCL-26-014",
      """Estimada Sra. O'Donoghue:

Le comunicamos que la comisión de selección ha resuelto la convocatoria FRCL-26-014. La
persona seleccionada ha sido otra candidata, por lo que su candidatura no ha resultado
seleccionada en esta ocasión.

Le agradecemos su participación en el proceso.

Atentamente,
Servicio de Selección
Fundació Recerca Clínica Llobregat
""", company="Fundació Recerca Clínica Llobregat", cs="windows-1252", cte="base64",
      subj_enc="b:windows-1252"),

    m("vc_rej", K, "es", "2026-09-16T19:05:00+02:00",
      ("Núria Casals", "ncasals@hospitalcollserola.example.es"),
      "RE: Perdona por lo del jueves",
      """Hola Niamh,

Gracias por escribir y no te preocupes por lo del otro día. Te cuento: al final hemos cubierto
la plaza con una enfermera de la propia unidad que quería cambiar de puesto, así que no vamos a
seguir con el proceso externo.

Te deseo muchísima suerte, seguro que encuentras algo pronto.

Un abrazo,
Núria
""", company="Hospital Universitari Vall de Collserola",
      contact="ncasals@hospitalcollserola.example.es", re="vc_sorry", quote="outlook_es"),

    m("bg_rej", K, "es", "2026-05-21T16:16:16+02:00",
      ("Biotech Gràcia", "no-reply@biotechgracia.recruitee.com"),
      "Actualización sobre tu candidatura",
      """Hola Niamh,

Muchas gracias por tu interés en unirte a Biotech Gràcia como Clinical Trial Assistant.

Hemos revisado tu candidatura con detenimiento y, lamentablemente, no vamos a seguir adelante
con ella en esta ocasión. Hemos recibido muchas candidaturas muy buenas y ha sido una decisión
difícil.

Te deseamos lo mejor,
El equipo de Biotech Gràcia
""", company="Biotech Gràcia", fmt="html", brand="Biotech Gràcia"),

    m("etp_rej", K, "es", "2026-08-13T11:11:00+02:00",
      ("Marta Soler", "marta.soler@eixample-talent.example.es"),
      "Feedback de mi cliente",
      """Hola Niamh,

Ya tengo respuesta de mi cliente (la CRO de la que te hablé, en la zona de 22@). Finalmente no
van a avanzar con tu candidatura: buscan a alguien con catalán y castellano nativos para el
trato diario con los centros.

Lo siento mucho, de verdad. Seguimos en contacto por si sale algo en inglés.

Saludos,
Marta Soler
Eixample Talent Partners
""", company="Eixample Talent Partners", contact="marta.soler@eixample-talent.example.es",
      cs="utf-8", cte="8bit"),
]
