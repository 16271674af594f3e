"""Interview invitations, moved/cancelled interviews and missed-interview notices of the
threehundredfiftieth corpus (outside the threads)."""

from __future__ import annotations

from msgs350_common import M, html_of, outlook, reply

MESSAGES = []
add = MESSAGES.append
INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

# ================================================================== invitations
# ------------------------------------------------------------------ English (7)
add(M("northgate_inv_assessment", INV, "en", "Northgate Diagnostics",
      "",
      ("Northgate Diagnostics Recruitment", "no-reply@hire.lever.co"),
      "Invitation: Sales Assessment Centre - Northgate Diagnostics", "2026-09-02 09:00 +0100",
      """Hi Rosalind,

Thank you for applying for our Graduate-to-Field Sales Programme (Veterinary Laboratory
Services). We're pleased to invite you to our assessment centre in Manchester.

Date: Wednesday 16 September 2026
Time: 09:30 - 16:00
Venue: Northgate Diagnostics, Manchester Science Park, Pencroft Way, M15 6SE

The day includes a group exercise, a role-play with a "practice manager" and a competency
interview. Please book your place using the link below by Friday 4 September:

https://jobs.lever.example/northgate/assessment/booking/5b8e

Travel expenses up to GBP 120 will be reimbursed.

Best wishes,
Northgate Diagnostics Early Careers Team
""", fmt="alt", html=html_of("""Hi Rosalind,

Thank you for applying for our Graduate-to-Field Sales Programme (Veterinary Laboratory
Services). We're pleased to invite you to our assessment centre in Manchester.

Date: Wednesday 16 September 2026
Time: 09:30 - 16:00
Venue: Northgate Diagnostics, Manchester Science Park, Pencroft Way, M15 6SE

Please book your place using the link below by Friday 4 September.

Best wishes,
Northgate Diagnostics Early Careers Team""", "Northgate Diagnostics", "#00727a")))

add(M("pennine_inv_phone", INV, "en", "Pennine Farmers Feed Co-operative",
      "dave.ackroyd@penninefeeds.example.co.uk",
      ("Dave Ackroyd", "dave.ackroyd@penninefeeds.example.co.uk"),
      "Phone chat re. Monogastric Sales Adviser role", "2026-05-13 07:52 +0100",
      """Morning Rosalind,

Got your CV through from our website for the Monogastric Sales Adviser job (pigs and
poultry, Lancashire/Cheshire patch). Your vet nursing background is a bit different from
what we normally see but I like it.

Could you do a phone call this Friday (15th) about 12.30? It'd be me and our nutritionist,
Ruth. Half an hour, informal. If Friday's no good give me a ring on 01706 555 213.

Cheers
Dave

Dave Ackroyd
Sales Manager (North West)
Pennine Farmers Feed Co-operative Ltd
Rochdale Road, Todmorden OL14 6AA
"""))

add(M("severn_inv_client", INV, "en", "Marlowe Pet Foods", "niamh.hollis@severnsales.example.co.uk",
      ("Niamh Hollis", "niamh.hollis@severnsales.example.co.uk"),
      "Interview confirmed - Marlowe Pet Foods, Veterinary Channel Manager",
      "2026-02-24 15:20 +0000",
      """Hi Rosalind,

Brilliant news - Marlowe Pet Foods would like to meet you! Details below:

Interview: first stage, competency-based, 45 minutes
With: Andrew Sykes (Head of Vet Channel) and Lorna Bell (HR Business Partner)
When: Thursday 5 March, 14:00
Where: Marlowe Pet Foods, 300 Kings Road, Reading RG1 4HP (sign in at reception)

They'd like you to bring an example of a time you persuaded a practice team to change a
product protocol. I'll give you a call on Monday to prep.

Good luck!
Niamh

Niamh Hollis | Senior Consultant | Severn Sales Recruitment
""", cte="quoted-printable"))

add(M("kestrel_inv_unnamed", INV, "en", "Kestrel Life Science Search",
      "h.ferreira-long@kestrelsearch.example.com",
      ("Helena Ferreira-Long", "h.ferreira-long@kestrelsearch.example.com"),
      "Meeting with my client - Thursday 2 July", "2026-06-24 08:47 +0100",
      """Dear Rosalind,

Following our conversation last week, I'm pleased to say my client - a European animal
health company expanding its diagnostics business in the UK - would like to meet you.

The meeting will be with their UK Commercial Director on Thursday 2 July at 16:00, by
video (a Zoom link will follow). I'll share the full company name and the role profile
under NDA once you confirm.

Please let me know that this works for you.

Kind regards,
Helena

Helena Ferreira-Long
Partner, Animal Health Practice
Kestrel Life Science Search
""", charset="windows-1252", cte="quoted-printable"))

add(M("halcyon_inv_icims", INV, "en", "Halcyon Animal Health", "",
      ("Halcyon Animal Health Careers", "donotreply@icims.com"),
      "Schedule your interview - Key Account Manager, Equine (Req 2026-1530)",
      "2026-06-29 12:01 +0100",
      """Dear Rosalind Achterberg-Osei,

Congratulations! The hiring team for Key Account Manager, Equine (Req 2026-1530) would like
to invite you to a video interview.

Please use the link below to select an interview slot that is convenient for you. Slots are
offered between 6 and 10 July 2026. The interview will last approximately 60 minutes.

Select your interview time: https://careers-halcyon.icims.example/interview/self-schedule

If you have difficulties scheduling, please contact the Talent Acquisition team through
the candidate portal.

Halcyon Animal Health Talent Acquisition
This is an automated message. Please do not reply.
""", fmt="html"))
MESSAGES[-1]["body"] = html_of(MESSAGES[-1]["body"], "Halcyon Animal Health", "#34495e")

add(M("vanderhoek_inv_utrecht", INV, "en", "Vanderhoek Veterinary Diagnostics",
      "sanne.dewit@vanderhoek.example.nl", ("Sanne de Wit", "sanne.dewit@vanderhoek.example.nl"),
      "Interview Inside Sales Representative UK", "2026-09-14 11:30 +0200",
      """Dear Rosalind,

Thank you for your application for our new Inside Sales Representative UK position, which
can be done remotely from Bristol with four visits a year to our lab in Utrecht.

We would like to invite you to an online interview on Tuesday 22 September at 10:00 CEST
(09:00 in the UK) with Bram Verhoeven, our Commercial Manager, and myself. You will find a
calendar invitation attached.

Kind regards,
Sanne de Wit
HR Advisor | Vanderhoek Veterinary Diagnostics
Yalelaan 44, 3584 CM Utrecht | +31 30 555 0192
""", fmt="alt", html=html_of("""Dear Rosalind,

Thank you for your application for our new Inside Sales Representative UK position.

We would like to invite you to an online interview on Tuesday 22 September at 10:00 CEST
(09:00 in the UK) with Bram Verhoeven, our Commercial Manager, and myself.

Kind regards,
Sanne de Wit"""), ics={"method": "REQUEST", "uid": "vdh-isr-uk-77@vanderhoek.example.nl",
                       "seq": 0, "summary": "Interview Inside Sales Representative UK",
                       "start": "20260922T100000", "end": "20260922T110000",
                       "tz": "Europe/Amsterdam", "location": "Microsoft Teams"}))

add(M("dunmore_inv_second", INV, "en", "Dunmore Pet Insurance",
      "callum.reid@dunmorepet.example.co.uk", ("Callum Reid", "callum.reid@dunmorepet.example.co.uk"),
      "Second interview - Veterinary Practice Relationship Manager", "2026-05-22 16:05 +0100",
      """Dear Rosalind,

Thank you for your first interview with Kirsty last week. We'd like to invite you to a
second interview at our Edinburgh office on Monday 1 June at 10:00.

You'll meet Kirsty Lamont (Head of Partnerships) and me. We'd like you to prepare a short
presentation (no more than 10 minutes) on how you would introduce Dunmore to a practice that
currently recommends another insurer.

We can reimburse reasonable travel costs from Bristol. Please confirm your attendance by
replying to this email.

Kind regards,
Callum Reid
Recruitment Manager | Dunmore Pet Insurance
""", cte="base64"))

# ------------------------------------------------------------------ French (3)
add(M("sorelis_inv_visio", INV, "fr", "Laboratoires Sorelis", "camille.perrin@sorelis.example.fr",
      ("Camille Perrin", "camille.perrin@sorelis.example.fr"),
      "Entretien téléphonique - Délégué(e) vétérinaire rurale", "2026-08-26 10:25 +0200",
      """Bonjour Rosalind,

Votre candidature au poste de Délégué(e) vétérinaire rurale (secteur Rhône-Loire) a retenu
notre attention. Je vous propose un entretien téléphonique de 30 minutes le jeudi 3
septembre à 11h00.

Pourriez-vous me confirmer ce créneau et m'indiquer le numéro auquel vous joindre ?

Dans l'attente de votre retour, je vous souhaite une bonne journée.

Camille Perrin
Chargée de recrutement - Laboratoires Sorelis
""", charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "q")))

add(M("gamelle_inv_journee", INV, "fr", "Maison Gamelle", "lucie.brunet@maisongamelle.example.fr",
      ("Lucie Brunet", "lucie.brunet@maisongamelle.example.fr"),
      "Invitation : journée de découverte à l'atelier", "2026-03-02 09:40 +0100",
      """Bonjour Rosalind,

Merci pour votre candidature ! Avant la décision finale, nous invitons les candidat(e)s
présélectionné(e)s à une demi-journée de découverte à notre atelier de Lyon :

- mardi 17 mars, de 9h à 13h ;
- visite de la production, rencontre avec l'équipe commerciale ;
- entretien de 45 minutes avec notre directrice générale, Mme Aubry.

Merci de me confirmer votre venue. Un café et nos biscuits maison vous attendent !

À bientôt,
Lucie Brunet
Maison Gamelle
""", fmt="alt", html=html_of("""Bonjour Rosalind,

Merci pour votre candidature ! Nous vous invitons à une demi-journée de découverte à notre
atelier de Lyon le mardi 17 mars, de 9h à 13h, avec un entretien de 45 minutes avec notre
directrice générale, Mme Aubry.

Merci de me confirmer votre venue.

Lucie Brunet
Maison Gamelle""", "Maison Gamelle", "#d35400"), cte="8bit"))

add(M("assur_inv_visio", INV, "fr", "Assur'Compagnon", "",
      ("Assur'Compagnon via Teamtailor", "no-reply@teamtailor-mail.com"),
      "Planifiez votre entretien vidéo avec Assur'Compagnon", "2026-06-10 14:14 +0200",
      """Bonjour Rosalind,

Bonne nouvelle : l'équipe d'Assur'Compagnon souhaite échanger avec vous au sujet du poste
de Chargé(e) de partenariats vétérinaires.

Choisissez dès maintenant le créneau qui vous convient pour un entretien vidéo de 30
minutes : https://assurcompagnon.teamtailor.example/meetings/3f9a

Le lien est valable 7 jours.

À très vite,
L'équipe Assur'Compagnon
""", cte="quoted-printable"))

# ------------------------------------------------------------------ German (3)
add(M("lindner_inv", INV, "de", "Lindner Heimtiernahrung", "tobias.wendt@lindner-heimtier.example.de",
      ("Lindner Heimtiernahrung", "noreply@personio.de"),
      "Einladung zum Kennenlernen - Gebietsverkaufsleiter/in Fachhandel", "2026-07-06 09:00 +0200",
      """Hallo Frau Achterberg-Osei,

vielen Dank für Ihre Bewerbung als Gebietsverkaufsleiter/in Fachhandel (m/w/d). Wir würden
Sie gerne in einem ersten Video-Call kennenlernen.

Bitte wählen Sie über den folgenden Link einen passenden Termin (30 Minuten) aus:
https://lindner.jobs.personio.example/interview/8812

Bei Rückfragen antworten Sie einfach auf diese E-Mail - sie geht direkt an Tobias Wendt,
Teamlead Vertrieb.

Viele Grüße
Ihr People-Team von Lindner Heimtiernahrung
""", reply_to=("Tobias Wendt", "tobias.wendt@lindner-heimtier.example.de"), charset="utf-8",
      cte="base64"))

add(M("calenberg_inv", INV, "de", "Agrargenossenschaft Calenberg", "h.meyerhoff@calenberg-agrar.example.de",
      ("Heiner Meyerhoff", "h.meyerhoff@calenberg-agrar.example.de"),
      "Ihre Bewerbung Fachberater/in Tierernährung - Gesprächstermin", "2026-05-07 16:44 +0200",
      """Guten Tag Frau Achterberg-Osei,

danke für Ihre Bewerbung als Fachberater/in Tierernährung Schwein und Rind. Wir möchten
Sie gern zu einem persönlichen Gespräch in unsere Zentrale nach Pattensen einladen:

Donnerstag, 21. Mai 2026, 13:30 Uhr
Agrargenossenschaft Calenberg eG, Hauptstraße 55, 30982 Pattensen

Anschließend würden wir mit Ihnen einen unserer Mitgliedsbetriebe besuchen; bitte denken
Sie an festes Schuhwerk. Die Reisekosten erstatten wir Ihnen.

Bitte geben Sie uns kurz Bescheid, ob der Termin passt.

Mit freundlichen Grüßen
Heiner Meyerhoff
Vertriebsleitung Futtermittel
Agrargenossenschaft Calenberg eG
Tel. 05101 555 280
""", charset="iso-8859-1", cte="8bit"))

add(M("tpnw_inv_probetag", INV, "de", "Tierarztpraxen Nordwest", "anke.roloff@tpnw.example.de",
      ("Anke Roloff", "anke.roloff@tpnw.example.de"),
      "Einladung zum Probearbeitstag",
      "2026-08-18 11:15 +0200",
      """Liebe Frau Achterberg-Osei,

wie telefonisch besprochen, laden wir Sie herzlich zu einem Probearbeitstag als
Praxisentwicklungsmanagerin in unserer Praxis Hannover-List ein:

Mittwoch, 2. September 2026, 8:30 bis ca. 15:00 Uhr
Tierarztpraxen Nordwest, Lister Meile 80, 30161 Hannover

Sie begleiten unsere Regionalleiterin bei zwei Praxisbesuchen. Im Anschluss haben Sie
Gelegenheit, Fragen an die Geschäftsführung zu stellen.

Wir freuen uns auf Sie!

Herzliche Grüße
Anke Roloff
Personalentwicklung | Tierarztpraxen Nordwest
""", fmt="alt", html=html_of("""Liebe Frau Achterberg-Osei,

wie telefonisch besprochen, laden wir Sie herzlich zu einem Probearbeitstag in unserer
Praxis Hannover-List ein: Mittwoch, 2. September 2026, 8:30 bis ca. 15:00 Uhr.

Herzliche Grüße
Anke Roloff"""), cte="quoted-printable", charset="windows-1252"))

# ------------------------------------------------------------------ Spanish (2)
add(M("moncayo_inv", INV, "es", "Laboratorios Moncayo Salud Animal",
      "irene.gil@moncayo-sa.example.es", ("Irene Gil Lahoz", "irene.gil@moncayo-sa.example.es"),
      "Convocatoria a entrevista - Delegado/a de Animales de Compañía", "2026-09-21 12:12 +0200",
      """Hola Rosalind:

Nos ha gustado mucho tu candidatura para el puesto de Delegado/a de Animales de Compañía
(Zaragoza, Teruel y Soria) y nos gustaría invitarte a una entrevista presencial:

Día: miércoles 30 de septiembre
Hora: 11:30 h
Lugar: Laboratorios Moncayo, Calle Bari 25, Plataforma Logística PLAZA, Zaragoza

Estarán Alberto Urzay, jefe regional de ventas, y yo misma. Te adjunto la convocatoria
para tu calendario.

Un saludo,
Irene Gil Lahoz
Técnica de Selección
""", fmt="alt", charset="utf-8", cte="quoted-printable",
      ics={"method": "REQUEST", "uid": "moncayo-ent-2026-311@moncayo-sa.example.es", "seq": 0,
           "summary": "Entrevista Rosalind Achterberg-Osei", "start": "20260930T113000",
           "end": "20260930T123000", "tz": "Europe/Madrid",
           "location": "Laboratorios Moncayo - Calle Bari 25 - Zaragoza"}))

add(M("talento_inv_nutrican", INV, "es", "Nutrican Ibérica", "sergio.blasco@talentocomercial.example.es",
      ("Sergio Blasco", "sergio.blasco@talentocomercial.example.es"),
      "Entrevista con Nutrican Ibérica", "2026-06-22 10:03 +0200",
      """Hola Rosalind:

¡Buenas noticias! Nutrican Ibérica quiere entrevistarte para el puesto de Key Account de
canal veterinario. Te proponen una videollamada el lunes 29 de junio a las 17:00 h con su
directora comercial, Begoña Lanaspa.

Confírmame si te va bien y te paso el enlace. Si quieres, hablamos antes para prepararla.

Un abrazo,
Sergio Blasco
Consultor - Talento Comercial
Paseo de la Independencia 24, Zaragoza
""", charset="windows-1252", cte="8bit"))

# ================================================================== reschedules / cancellations
# ------------------------------------------------------------------ English (4)
add(M("pennine_moved", RES, "en", "Pennine Farmers Feed Co-operative",
      "dave.ackroyd@penninefeeds.example.co.uk",
      ("Dave Ackroyd", "dave.ackroyd@penninefeeds.example.co.uk"),
      "Re: Phone chat re. Monogastric Sales Adviser role", "2026-05-14 18:22 +0100",
      reply("""Rosalind,

Slight change - Ruth is stuck at a poultry unit near Preston on Friday with no signal. Can
we push our call to Monday 18th, same time (12.30)? Sorry about that.

Dave""", "On Wed, 13 May 2026 at 07:52, Dave Ackroyd "
              "<dave.ackroyd@penninefeeds.example.co.uk> wrote:",
              """Morning Rosalind,

Could you do a phone call this Friday (15th) about 12.30? It'd be me and our nutritionist,
Ruth. Half an hour, informal.

Cheers
Dave""")))

add(M("dunmore_postponed", RES, "en", "Dunmore Pet Insurance",
      "callum.reid@dunmorepet.example.co.uk", ("Callum Reid", "callum.reid@dunmorepet.example.co.uk"),
      "Second interview - change of date", "2026-05-27 08:30 +0100",
      """Dear Rosalind,

I'm afraid we need to postpone your second interview, which was scheduled for Monday 1 June
at 10:00. Kirsty has been called to a regulatory meeting in London that day.

Could you do Wednesday 3 June at 10:00 instead? If so, no need to change your travel plans
too much - we'll cover an extra night in Edinburgh if that helps.

Apologies for the inconvenience.

Kind regards,
Callum
""", fmt="alt", html=html_of("""Dear Rosalind,

I'm afraid we need to postpone your second interview, which was scheduled for Monday 1 June
at 10:00. Could you do Wednesday 3 June at 10:00 instead?

Kind regards,
Callum"""), cte="quoted-printable"))

add(M("halcyon_cancelled_ics", RES, "en", "Halcyon Animal Health",
      "rhys.bevan@halcyon-ah.example.co.uk", ("Rhys Bevan", "rhys.bevan@halcyon-ah.example.co.uk"),
      "Cancelled: Video interview - Key Account Manager, Equine", "2026-07-07 13:58 +0100",
      """Hi Rosalind,

I've had to cancel tomorrow's interview (Wednesday 8 July, 11:00) as our Equine Business
Unit Director is unwell. I'll send a new invitation as soon as I've checked diaries - most
likely the week of 20 July.

Apologies for the late notice.

Rhys Bevan
Talent Acquisition Specialist
Halcyon Animal Health | Cardiff Gate Business Park, Cardiff CF23 8RS
""", fmt="alt", ics={"method": "CANCEL", "uid": "icims-halcyon-1530-rachterberg@icims.example",
                     "seq": 1, "summary": "Video interview - KAM Equine - R. Achterberg-Osei",
                     "start": "20260708T110000", "end": "20260708T120000",
                     "tz": "Europe/London", "location": "Microsoft Teams"}))

add(M("vanderhoek_moved_ics", RES, "en", "Vanderhoek Veterinary Diagnostics",
      "sanne.dewit@vanderhoek.example.nl", ("Sanne de Wit", "sanne.dewit@vanderhoek.example.nl"),
      "Updated invitation: Interview Inside Sales Representative UK", "2026-09-17 15:02 +0200",
      """Dear Rosalind,

Bram has a clash on Tuesday, so we have moved your interview to Thursday 24 September at
14:00 CEST (13:00 UK time). The updated calendar invitation is attached and replaces the
previous one.

Kind regards,
Sanne
""", fmt="alt", ics={"method": "REQUEST", "uid": "vdh-isr-uk-77@vanderhoek.example.nl",
                     "seq": 1, "summary": "Interview Inside Sales Representative UK (moved)",
                     "start": "20260924T140000", "end": "20260924T150000",
                     "tz": "Europe/Amsterdam", "location": "Microsoft Teams"}))

# ------------------------------------------------------------------ French (2)
add(M("gamelle_report", RES, "fr", "Maison Gamelle", "lucie.brunet@maisongamelle.example.fr",
      ("Lucie Brunet", "lucie.brunet@maisongamelle.example.fr"),
      "Report de la journée de découverte", "2026-03-12 12:10 +0100",
      """Bonjour Rosalind,

Je suis navrée : un contrôle sanitaire imprévu a été programmé dans notre atelier le mardi
17 mars, et nous devons reporter votre demi-journée de découverte.

Nous vous proposons le jeudi 26 mars, mêmes horaires (9h-13h). Merci de me dire si cela vous
convient ; dans le cas contraire, je vous proposerai d'autres dates.

Toutes nos excuses pour ce contretemps.

Lucie Brunet
Maison Gamelle
""", charset="iso-8859-1", cte="base64"))

add(M("sorelis_annule", RES, "fr", "Laboratoires Sorelis", "camille.perrin@sorelis.example.fr",
      ("Camille Perrin", "camille.perrin@sorelis.example.fr"),
      "Annulation de notre entretien du 3 septembre", "2026-09-01 17:48 +0200",
      outlook("""Bonjour Rosalind,

Je dois malheureusement annuler notre entretien téléphonique de jeudi 3 septembre à 11h00,
suite à un empêchement de dernière minute. Je reviens vers vous très rapidement pour fixer
une nouvelle date.

Merci de votre compréhension.

Camille Perrin""", "Camille Perrin", "mercredi 26 août 2026 10:25", "Rosalind Achterberg-Osei",
              "Entretien téléphonique - Délégué(e) vétérinaire rurale",
              """Bonjour Rosalind,

Je vous propose un entretien téléphonique de 30 minutes le jeudi 3 septembre à 11h00.""",
              labels=("De", "Envoyé", "À", "Objet")), cte="quoted-printable",
      subj_enc=("utf-8", "b")))

# ------------------------------------------------------------------ German (1)
add(M("calenberg_verschoben", RES, "de", "Agrargenossenschaft Calenberg",
      "h.meyerhoff@calenberg-agrar.example.de",
      ("Heiner Meyerhoff", "h.meyerhoff@calenberg-agrar.example.de"),
      "Terminverschiebung Gespräch 21. Mai", "2026-05-18 07:35 +0200",
      """Guten Morgen Frau Achterberg-Osei,

wegen der Maschinenvorführung auf unserem Betriebshof, die kurzfristig auf den 21. Mai
gelegt wurde, müssen wir unser Gespräch leider verschieben. Passt Ihnen stattdessen
Mittwoch, der 27. Mai, um 10:00 Uhr? Ort und Ablauf bleiben gleich.

Entschuldigen Sie bitte die Umstände.

Mit freundlichen Grüßen
Heiner Meyerhoff
""", charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "q")))

# ------------------------------------------------------------------ Spanish (3)
add(M("moncayo_aplazada", RES, "es", "Laboratorios Moncayo Salud Animal",
      "irene.gil@moncayo-sa.example.es", ("Irene Gil Lahoz", "irene.gil@moncayo-sa.example.es"),
      "Cambio de fecha: entrevista 30 de septiembre", "2026-09-25 09:30 +0200",
      """Hola Rosalind:

Te escribo porque Alberto tiene que viajar a la central de Madrid esa semana y debemos
aplazar la entrevista del miércoles 30. La pasamos al martes 6 de octubre a las 11:30 h, en
el mismo sitio. Te envío la convocatoria actualizada.

Perdona las molestias.

Un saludo,
Irene
""", fmt="alt", ics={"method": "REQUEST", "uid": "moncayo-ent-2026-311@moncayo-sa.example.es",
                     "seq": 1, "summary": "Entrevista Rosalind Achterberg-Osei (nueva fecha)",
                     "start": "20261006T113000", "end": "20261006T123000",
                     "tz": "Europe/Madrid",
                     "location": "Laboratorios Moncayo - Calle Bari 25 - Zaragoza"},
      subj_enc=("utf-8", "q")))

add(M("talento_cancelada", RES, "es", "Nutrican Ibérica", "sergio.blasco@talentocomercial.example.es",
      ("Sergio Blasco", "sergio.blasco@talentocomercial.example.es"),
      "RE: Entrevista con Nutrican Ibérica", "2026-06-27 13:40 +0200",
      reply("""Hola Rosalind:

Me acaban de llamar de Nutrican: Begoña no puede el lunes y han cancelado la entrevista de
momento. Me dicen que en cuanto tenga agenda me pasan nuevas fechas. Te mantengo informada.

Un abrazo,
Sergio""", "El lun, 22 jun 2026 a las 10:03, Sergio Blasco "
              "(<sergio.blasco@talentocomercial.example.es>) escribió:",
              """Hola Rosalind:

¡Buenas noticias! Nutrican Ibérica quiere entrevistarte para el puesto de Key Account de
canal veterinario. Te proponen una videollamada el lunes 29 de junio a las 17:00 h."""),
      cte="quoted-printable"))

add(M("aragonvet_cambio", RES, "es", "AragónVet", "pilar.anson@aragonvet.example.es",
      ("Pilar Ansón", "pilar.anson@aragonvet.example.es"),
      "Cambio de hora de la entrevista", "2026-05-20 16:00 +0200",
      html_of("""Estimada Rosalind:

Por motivos de agenda de nuestra directora de operaciones, necesitamos cambiar la hora de su
entrevista del viernes 22 de mayo: en lugar de las 9:00 h, sería a las 12:30 h, por
videollamada. El enlace sigue siendo el mismo.

Disculpe las molestias.

Pilar Ansón
Recursos Humanos - AragónVet"""), fmt="html", charset="iso-8859-1", cte="quoted-printable",
      name_enc=("iso-8859-1", "b")))

# ================================================================== missed interviews
# ------------------------------------------------------------------ English (3)
add(M("northgate_noshow", MIS, "en", "Northgate Diagnostics",
      "amelia.shaw@northgate-diagnostics.example.co.uk",
      ("Amelia Shaw", "amelia.shaw@northgate-diagnostics.example.co.uk"),
      "Your telephone interview today", "2026-02-05 11:48 +0000",
      """Hi Rosalind,

I called you at 11:00 this morning for our scheduled telephone interview for the Field
Sales Executive role, but there was no answer, and I left a voicemail. I tried again at
11:15.

If you're still interested, please reply with a couple of times that would suit you next
week and I'll see what I can do.

Kind regards,
Amelia Shaw
Talent Acquisition Coordinator | Northgate Diagnostics
""", cte="quoted-printable"))

add(M("meridian_noshow", MIS, "en", "Meridian Pharma Sales Staffing",
      "tariq.bains@meridiansales.example.com",
      ("Meridian Pharma Sales Staffing", "candidates@meridiansales.example.com"),
      "We missed you at today's registration interview", "2026-03-17 15:30 +0000",
      """Hello Rosalind,

We had you booked in for a registration interview with Tariq at 14:00 today (video call)
but unfortunately you didn't join. Tariq waited in the call for 15 minutes.

We know things come up! You can rebook at any time by replying to Tariq directly.

Meridian Pharma Sales Staffing
""", reply_to=("Tariq Bains", "tariq.bains@meridiansales.example.com"), fmt="alt",
      html=html_of("""Hello Rosalind,

We had you booked in for a registration interview with Tariq at 14:00 today (video call)
but unfortunately you didn't join. Tariq waited in the call for 15 minutes.

You can rebook at any time by replying to Tariq directly.""", "Meridian", "#1abc9c")))

add(M("orchard_noshow", MIS, "en", "Orchard Lane Veterinary Group",
      "sophie.kerr@orchardlanevets.example.co.uk",
      ("Sophie Kerr", "sophie.kerr@orchardlanevets.example.co.uk"),
      "Video call this afternoon", "2026-04-02 14:40 +0100",
      """Hi Rosalind,

I was on the Teams link for our 14:00 call and waited until 14:20, but you didn't join.
Perhaps there was a technical hitch? Let me know if you'd like to find another slot.

Thanks,
Sophie

Sophie Kerr | People & Culture Manager | Orchard Lane Veterinary Group
""", charset="windows-1252", cte="7bit"))

# ------------------------------------------------------------------ French (2)
add(M("vernay_absence", MIS, "fr", "Vernay Conseil", "j.vernay@vernay-conseil.example.fr",
      ("Julien Vernay", "j.vernay@vernay-conseil.example.fr"),
      "Notre rendez-vous de ce matin", "2026-01-15 10:32 +0100",
      """Bonjour Rosalind,

Je vous ai attendue ce matin à 10h00 sur le lien Teams pour notre entretien de
qualification, sans nouvelles de votre part. J'ai également essayé de vous joindre sur votre
portable.

J'imagine qu'il s'agit d'un souci de fuseau horaire ; dites-moi si vous souhaitez que nous
fixions un nouveau rendez-vous.

Bien cordialement,
Julien Vernay
Vernay Conseil - Recrutement commercial & santé animale
""", charset="windows-1252", cte="quoted-printable"))

add(M("montslyonnais_absence", MIS, "fr", "Coopérative des Monts du Lyonnais",
      "p.chazal@montslyonnais.example.fr",
      ("Pascal Chazal", "p.chazal@montslyonnais.example.fr"),
      "Entretien du 12 mai - absence", "2026-05-12 15:05 +0200",
      """Madame,

Vous étiez attendue ce jour à 14h00 à notre siège de Saint-Symphorien-sur-Coise pour un
entretien concernant le poste de technico-commercial(e) nutrition animale. Vous ne vous
êtes pas présentée et nous n'avons reçu aucun message de votre part.

Je vous saurais gré de me faire savoir si vous maintenez votre candidature.

Pascal Chazal
Directeur commercial
Coopérative des Monts du Lyonnais
""", fmt="alt", html=html_of("""Madame,

Vous étiez attendue ce jour à 14h00 à notre siège de Saint-Symphorien-sur-Coise pour un
entretien. Vous ne vous êtes pas présentée et nous n'avons reçu aucun message de votre part.

Pascal Chazal
Directeur commercial"""), cte="base64", subj_enc=("iso-8859-1", "q")))

# ------------------------------------------------------------------ German (2)
add(M("leinetal_nicht_erschienen", MIS, "de", "VetLab Leinetal", "s.kruse@leinetal-labor.example.de",
      ("Sabine Kruse", "s.kruse@leinetal-labor.example.de"),
      "Unser Telefontermin heute um 9 Uhr", "2026-03-31 09:40 +0200",
      """Sehr geehrte Frau Achterberg-Osei,

wir waren heute um 9:00 Uhr zu einem Telefoninterview verabredet. Leider konnte ich Sie
unter der angegebenen Nummer nicht erreichen; ich habe Ihnen eine Nachricht auf der Mailbox
hinterlassen.

Sollten Sie weiterhin Interesse an der Stelle haben, melden Sie sich bitte bis Freitag bei
mir, damit wir einen neuen Termin finden können.

Mit freundlichen Grüßen
Sabine Kruse
Personalabteilung | VetLab Leinetal
""", charset="utf-8", cte="quoted-printable", name_enc=("utf-8", "b")))

add(M("tpnw_nicht_erschienen", MIS, "de", "Tierarztpraxen Nordwest", "anke.roloff@tpnw.example.de",
      ("Anke Roloff", "anke.roloff@tpnw.example.de"),
      "AW: Einladung zum Probearbeitstag", "2026-09-02 10:20 +0200",
      reply("""Liebe Frau Achterberg-Osei,

wir haben heute ab 8:30 Uhr in der Praxis Hannover-List auf Sie gewartet, leider vergeblich.
Telefonisch konnten wir Sie auch nicht erreichen. Ich hoffe, es ist nichts passiert.

Bitte geben Sie mir kurz Bescheid, wie Sie weiter verfahren möchten.

Herzliche Grüße
Anke Roloff""", "Am 18.08.2026 um 11:15 schrieb Anke Roloff <anke.roloff@tpnw.example.de>:",
            """Liebe Frau Achterberg-Osei,

wie telefonisch besprochen, laden wir Sie herzlich zu einem Probearbeitstag ein:
Mittwoch, 2. September 2026, 8:30 bis ca. 15:00 Uhr."""), parent="tpnw_inv_probetag",
      charset="windows-1252", cte="8bit"))

# ------------------------------------------------------------------ Spanish (1)
add(M("aragonvet_no_conectada", MIS, "es", "AragónVet", "pilar.anson@aragonvet.example.es",
      ("Pilar Ansón", "pilar.anson@aragonvet.example.es"),
      "Entrevista de hoy a las 12:30", "2026-05-22 13:05 +0200",
      """Estimada Rosalind:

Le hemos estado esperando en la videollamada desde las 12:30 h, pero no se ha conectado.
También hemos intentado llamarle por teléfono sin éxito.

Si desea continuar en el proceso, le ruego que me lo indique para valorar una nueva fecha.

Atentamente,
Pilar Ansón
Recursos Humanos - AragónVet
""", parent="aragonvet_cambio", charset="iso-8859-1", cte="8bit",
      name_enc=("iso-8859-1", "q")))
