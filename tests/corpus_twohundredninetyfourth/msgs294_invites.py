"""Corpus 294: invitations to interviews, calls, screens, assessment and trial days."""

from __future__ import annotations

from msgs294_common import m

K = "interview_invitation"

AOIFE = ("Aoife Brennan", "aoife.brennan@corribclinical.example.ie")
JANA = ("Jana Köhler", "jana.koehler@spreebio.example.de")
CAMILLE = ("Camille Durand", "camille.durand@rhone-essais.example.fr")
LAIA = ("Laia Puig i Serra", "laia.puig@mediterrania-ct.example.es")
RORY = ("Rory Kavanagh", "rory@liffeybio.example.ie")

MESSAGES = [
    m("b_inv", K, "en", "2026-01-30T15:12:40+00:00",
      ("Dr Ciarán Whelan", "c.whelan@mcrf.example.ie"),
      "Interview invitation - Clinical Trial Assistant (MCRF-0417)",
      """Dear Niamh,

Thank you for your application for the post of Clinical Trial Assistant at the Munster Clinical
Research Facility. I am pleased to let you know that you have been shortlisted for interview.

Interviews will take place in person on Tuesday 10 February 2026. Your slot is 14:00, in
Meeting Room 2, Level 1, MCRF Building, Western Gateway, Cork. The panel will consist of
myself, our Quality Lead and a representative from HR, and the interview will last around
40 minutes. You will be asked to give a 5-minute presentation on "What good source
documentation looks like in a phase II trial" - no slides required, a handout is fine.

Please confirm your attendance by reply. If you need any reasonable accommodation, let me know.

Kind regards,
Ciarán

Dr Ciarán Whelan
Operations Manager
Munster Clinical Research Facility
Western Gateway, Cork T12 XF62
+353 21 420 5533
""", company="Munster Clinical Research Facility", contact="c.whelan@mcrf.example.ie",
      name_enc="q:iso-8859-1"),

    m("h_inv", K, "en", "2026-03-04T10:02:19+00:00",
      ("Declan Hurley", "declan@kinsale-lsr.example.ie"),
      "Shandon Therapeutics - CTA interview Thursday?",
      """Hi Niamh,

Good news - Shandon Therapeutics liked your CV and want to meet you for the Clinical Trial
Assistant role we spoke about (12-month contract, Little Island, hybrid 3 days on site).

They're proposing a first interview by Teams with Orla Dunne (Clinical Project Manager) this
Thursday 5 March at 11:30 or Friday 6 March at 09:00. Which suits? It'll be about 45 mins,
mostly competency questions plus a chat about your GCP training and the TMF.

Give me a ring after if you like and we'll debrief.

Thanks,
Declan

Declan Hurley | Senior Consultant, Clinical & Regulatory
Kinsale Life Science Recruitment
Unit 4, Kinsale Business Park, Co. Cork | +353 87 331 2045
""", company="Shandon Therapeutics", contact="declan@kinsale-lsr.example.ie"),

    m("c_inv", K, "de", "2026-03-13T09:31:00+01:00",
      ("Jana Köhler via Personio", "noreply@personio.de"),
      "Einladung zum Kennenlernen: Clinical Trial Assistant (m/w/d)",
      """Hallo Niamh,

vielen Dank für Deine Geduld! Deine Bewerbung hat uns gut gefallen und wir würden Dich gern
in einem ersten Videogespräch kennenlernen.

Termin: Dienstag, 24. März 2026, 10:00-10:45 Uhr (MEZ)
Ort: Google Meet (der Link steht in der Kalendereinladung)
Gesprächspartnerinnen: Dr. Frauke Lindner (Head of Clinical Operations) und ich

Das Gespräch können wir gern auf Englisch führen. Bitte nimm die Einladung im Kalender an oder
antworte mir kurz, falls der Termin nicht passt.

Viele Grüße
Jana Köhler
Talent Acquisition Partner
Spree BioPharma
""", company="Spree BioPharma", contact="jana.koehler@spreebio.example.de", reply_to=JANA,
      ics={"uid": "spree-cta-2026-0324@spreebio.example.de", "seq": 0,
           "start": "2026-03-24T10:00", "end": "2026-03-24T10:45", "tz": "Europe/Berlin",
           "summary": "Kennenlernen Niamh O'Donoghue / Spree BioPharma",
           "location": "Google Meet"}),

    m("pp_inv", K, "en", "2026-02-18T13:05:44+00:00",
      ("Sarah Quinn via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      "Next steps with Portobello Research Partners",
      """Hi Niamh,

Thanks again for applying for the Clinical Trial Assistant role. The team enjoyed reading your
application and we'd love to invite you to a 30-minute video screen with me.

Please use the link below to pick a time that works for you over the next week:

https://app.greenhouse.example/schedule/portobello/cta-dublin

If none of the times suit, just reply to this email and I'll find another slot.

Best,
Sarah Quinn
Talent Partner, Portobello Research Partners
""", company="Portobello Research Partners", contact="sarah.quinn@portobello-rp.example.ie",
      reply_to=("Sarah Quinn", "sarah.quinn@portobello-rp.example.ie"), fmt="alt"),

    m("sm_inv", K, "en", "2026-04-08T11:20:00+01:00",
      ("Gearóid Ó Súilleabháin", "gearoid.osuilleabhain@salthillmedtech.example.ie"),
      "Phone call re: Clinical Research Coordinator",
      """Hi Niamh,

I'm the clinical affairs lead at Salthill Medtech and I've been passed your application for
the CRC role. Would you be free for an introductory phone call on Wednesday 15 April at
16:00? I'll ring you on the mobile number on your CV (087 xxx 4412). It's informal, 20 minutes
or so, about our first-in-human study of the catheter device and what the CRC would do on it.

Let me know if that time works.

Gearóid
""", company="Salthill Medtech",
      contact="gearoid.osuilleabhain@salthillmedtech.example.ie", name_enc="b:utf-8"),

    m("uh_inv", K, "en", "2026-05-06T09:48:03+01:00",
      ("Siobhan Costigan", "s.costigan@mercyfield-hospital.example.ie"),
      "Invitation to interview - Trial Coordinator (CRU/26/08)",
      """Dear Niamh,

Further to your application for the above post, I am pleased to invite you to attend for
interview on Wednesday 20 May 2026 at 11:15 in the Boardroom, Clinical Research Unit, Block D,
Mercyfield University Hospital.

Please find attached a letter with the details of the interview and the documents you need to
bring (photo ID, original qualification certificates and the completed Garda vetting form).

Kindly confirm your attendance by return email.

Kind regards,
Siobhán Costigan
HR Officer, Clinical Research Unit
Mercyfield University Hospital, Cork
""", company="Mercyfield University Hospital",
      contact="s.costigan@mercyfield-hospital.example.ie",
      pdfs=[("Interview_letter_CRU-26-08.pdf",
             ["Mercyfield University Hospital - Clinical Research Unit",
              "Ms Niamh O'Donoghue",
              "Re: Trial Coordinator (CRU/26/08)",
              "You are invited to interview on Wednesday 20 May 2026 at 11:15.",
              "Venue: Boardroom, Clinical Research Unit, Block D.",
              "Please bring photo ID and original certificates.",
              "Siobhan Costigan, HR Officer"])]),

    m("f_inv", K, "en", "2026-05-11T16:02:55+00:00",
      ("Rory Kavanagh via Ashby", "no-reply@ashbyhq.com"),
      "Let's find a time to chat - Liffey Biotherapeutics",
      """Hi Niamh,

Rory here, I head up clinical operations at Liffey Bio. I really liked your application -
especially the IMP accountability work you've done in the hospital pharmacy.

Could we do a 45-minute video interview this week or next? Grab any slot that suits here:
https://jobs.ashby.example/liffeybio/schedule/3f9c2a

Talk soon,
Rory
""", company="Liffey Biotherapeutics", contact="rory@liffeybio.example.ie", reply_to=RORY,
      fmt="html"),

    m("f_inv2", K, "en", "2026-05-20T09:15:08+01:00", RORY,
      "Re: Sorry about yesterday",
      """Hi Niamh,

No harm done at all - these things happen, and thanks for letting me know so quickly. Let's
try again: how about Friday 22 May at 14:00 on the same Zoom link? I'll send a fresh calendar
invite once you confirm.

Rory
""", company="Liffey Biotherapeutics", contact="rory@liffeybio.example.ie", re="f_sorry",
      quote="en"),

    m("d_inv", K, "fr", "2026-04-14T10:45:30+02:00", CAMILLE,
      "Entretien - Assistante d'études cliniques",
      """Bonjour Niamh,

Suite à votre candidature pour le poste d'Assistante d'études cliniques, je souhaiterais
échanger avec vous lors d'un premier entretien en visio (Teams), d'une durée d'environ 45
minutes.

Seriez-vous disponible le jeudi 23 avril à 14h00 (heure de Paris) ? L'entretien pourra se
dérouler en anglais et en français.

Dans l'attente de votre retour,
Bien cordialement,

Camille Durand
Chargée de recrutement
Rhône Essais Cliniques
12 avenue Tony Garnier, 69007 Lyon
""", company="Rhône Essais Cliniques", contact="camille.durand@rhone-essais.example.fr",
      fmt="alt", cs="iso-8859-1", cte="quoted-printable"),

    m("d_inv2", K, "fr", "2026-05-06T17:30:12+02:00", CAMILLE,
      "Second entretien sur site - Rhône Essais Cliniques",
      """Bonjour Niamh,

Merci encore pour l'échange de la semaine dernière avec Mme Bertin. Nous avons le plaisir de
vous convier à un second entretien dans nos locaux à Lyon, le mardi 19 mai de 10h00 à 12h00.

Au programme : rencontre avec l'équipe start-up, un cas pratique sur la constitution d'un
dossier de soumission au CPP (30 minutes de préparation) et une visite du site.

Vous trouverez l'invitation en pièce jointe. Nous prenons en charge vos frais de déplacement
sur présentation des justificatifs.

Bien cordialement,
Camille Durand
""", company="Rhône Essais Cliniques", contact="camille.durand@rhone-essais.example.fr",
      ics={"uid": "rec-2e-entretien-odonoghue@rhone-essais.example.fr", "mode": "attach",
           "start": "2026-05-19T10:00", "end": "2026-05-19T12:00", "tz": "Europe/Paris",
           "summary": "Second entretien - N. O'Donoghue",
           "location": "Rhône Essais Cliniques, 12 avenue Tony Garnier, Lyon"}),

    m("g_inv", K, "de", "2026-05-26T14:12:00+02:00",
      ("Mehmet Yıldız", "m.yildiz@havel-personal.example.de"),
      "Vorstellungsgespräch beim Studienzentrum am Lindenhof",
      """Hallo Frau O'Donoghue,

wie eben am Telefon besprochen, hier noch einmal schriftlich: Das Studienzentrum am Lindenhof
möchte Sie gern persönlich kennenlernen für die Stelle als Study Nurse/Studienassistenz
(Einsatz über uns, zunächst 6 Monate, Option auf Übernahme).

Datum: Montag, 1. Juni 2026, 13:30 Uhr
Adresse: Studienzentrum am Lindenhof, Lindenhofstraße 9, 10965 Berlin, 2. OG
Ansprechpartnerin vor Ort: Frau Dr. Albrecht

Da Sie noch in Cork sind, ist alternativ auch ein Videotermin möglich - sagen Sie mir einfach
Bescheid.

Freundliche Grüße
Mehmet Yıldız
Personaldisponent Medizin & Pharma
Havel Personal GmbH, Niederlassung Berlin-Mitte
Tel. 030 2456 7780
""", company="Studienzentrum am Lindenhof", contact="m.yildiz@havel-personal.example.de",
      cs="utf-8", cte="8bit"),

    m("e_inv", K, "es", "2026-06-22T12:40:19+02:00",
      ("Laia Puig via Teamtailor", "no-reply@teamtailor-mail.com"),
      "Entrevista - Coordinador/a de Ensayos Clínicos",
      """Hola Niamh,

¡Gracias por tu paciencia! Nos ha gustado mucho tu perfil y nos encantaría conocerte en una
primera entrevista por videollamada con Jordi Ferrer (Clinical Operations Manager) y conmigo.

Puedes reservar el horario que mejor te venga aquí:
https://mediterrania.teamtailor.example/meetings/8813

La entrevista durará unos 40 minutos y será en inglés y castellano.

Un abrazo,
Laia Puig
People Partner - Mediterrània Clinical Trials
""", company="Mediterrània Clinical Trials", contact="laia.puig@mediterrania-ct.example.es",
      reply_to=LAIA, fmt="html"),

    m("e_inv2", K, "es", "2026-07-14T11:03:00+02:00", LAIA,
      "Segunda entrevista presencial en Barcelona",
      """Hola Niamh,

Te escribo con buenas noticias: Jordi y el equipo quieren verte en persona para la segunda y
última fase del proceso. Sería el jueves 23 de julio a las 10:00 en nuestra oficina de
Poblenou (carrer de Pujades 151, 3ª planta).

Tendrás una entrevista con la directora de operaciones y una pequeña prueba práctica sobre
seguimiento de pacientes en un estudio (unos 20 minutos). Cubrimos el vuelo y una noche de
hotel; dime si te va bien y te paso los detalles de la reserva.

Un saludo,

Laia Puig i Serra
People Partner
Mediterrània Clinical Trials
C/ Pujades 151, 08005 Barcelona
+34 931 22 40 18
""", company="Mediterrània Clinical Trials", contact="laia.puig@mediterrania-ct.example.es",
      fmt="alt", cs="windows-1252", cte="quoted-printable"),

    m("a_inv", K, "en", "2026-08-18T12:21:05+01:00", AOIFE,
      "Study Start-Up Associate - initial call",
      """Hi Niamh,

Thanks for applying for the Study Start-Up Associate role here in Galway. I'd love to set up an
initial 30-minute video call to talk through your background and the role.

Would Tuesday 25 August at 10:00 work for you? I'll send a Teams link once confirmed.

Best regards,
Aoife

Aoife Brennan
Talent Acquisition Specialist
Corrib Clinical Research
Parkmore West Business Park, Galway H91 P2W7
M: +353 86 204 7719
""", company="Corrib Clinical Research", contact="aoife.brennan@corribclinical.example.ie"),

    m("a_panel", K, "en", "2026-09-03T15:48:51+01:00", AOIFE,
      "Panel interview invitation - Study Start-Up Associate",
      """Hi Niamh,

Great news - following your call with Eoin, we'd like to invite you to a panel interview on
Thursday 10 September, 13:00-14:30, at our Parkmore office (reception on the ground floor).

Panel: Eoin Fahy (Start-Up Manager), Dr Meera Nair (Regulatory Lead) and me. There'll be a
short exercise: we'll give you a mock country start-up timeline and ask you to spot the risks.

A calendar invitation is attached - please accept it so the room booking goes through.

Best regards,
Aoife
""", company="Corrib Clinical Research", contact="aoife.brennan@corribclinical.example.ie",
      fmt="alt",
      ics={"uid": "ccr-panel-r-2026-0881-od@corribclinical.example.ie", "seq": 0,
           "start": "2026-09-10T13:00", "end": "2026-09-10T14:30", "tz": "Europe/Dublin",
           "summary": "Panel interview - Niamh O'Donoghue (R-2026-0881)",
           "location": "Corrib Clinical Research, Parkmore West, Galway"}),

    m("cc_inv", K, "en", "2026-03-11T08:30:27+00:00",
      ("Claddagh CRO Talent", "no-reply@claddaghcro.hire.lever.co"),
      "Interview confirmed: Clinical Trial Assistant with Claddagh CRO",
      """Hi Niamh,

Your interview with Claddagh CRO is confirmed.

When: Wednesday, 18 March 2026, 15:00 - 15:45 (GMT)
Where: Microsoft Teams (link in the calendar invitation)
With: Fiona Hegarty, Clinical Operations Lead

If you need to make any changes, please contact fiona.hegarty@claddaghcro.example.ie.

Good luck!
Claddagh CRO Talent Team
""", company="Claddagh CRO", contact="",
      ics={"uid": "lever-int-7d1e0b2c@claddaghcro.hire.lever.co", "seq": 0,
           "start": "2026-03-18T15:00", "end": "2026-03-18T15:45", "tz": "Europe/Dublin",
           "summary": "Interview: Niamh O'Donoghue - Clinical Trial Assistant",
           "location": "Microsoft Teams",
           "organizer": ("Fiona Hegarty", "fiona.hegarty@claddaghcro.example.ie")},
      fmt="alt"),

    m("gr_inv", K, "en", "2026-07-03T10:11:31+01:00",
      ("Tadhg Murray", "tadhg.murray@grafton-lab.example.ie"),
      "Interview for the trial admin temp role - Monday",
      """Morning Niamh,

The client I mentioned (Dublin-based CRO, can't name them until you've interviewed - their
policy, not mine!) would like to meet you Monday 6 July at 15:00 by phone for the 3-month
trial administrator temp role. 35k pro rata, start mid-July.

They'll call you on 087 xxx 4412. Can you confirm you're available?

Thanks a mil,
Tadhg

Tadhg Murray
Recruitment Consultant - Science & Lab
Grafton Locum & Lab Staffing
""", company="Grafton Locum & Lab Staffing", contact="tadhg.murray@grafton-lab.example.ie"),

    m("hc_inv", K, "en", "2026-08-06T14:55:00+01:00",
      ("Ella Byrne from Howth Clinical", "no-reply@howthclinical.hire.lever.co"),
      "Invitation: Howth Clinical assessment day",
      """Hi Niamh,

Thanks for your patience. We'd like to invite you to our assessment day for Clinical Trial
Associates on Wednesday 19 August, 09:30-15:00, at our Sutton Cross office.

The day includes a group exercise, a written TMF reconciliation task and a 30-minute
interview. Lunch is provided. Please reply to confirm your place and let us know about any
dietary requirements.

Ella Byrne
Recruitment Coordinator, Howth Clinical
""", company="Howth Clinical", contact="ella.byrne@howthclinical.example.ie",
      reply_to=("Ella Byrne", "ella.byrne@howthclinical.example.ie"), fmt="alt"),

    m("gc_inv", K, "en", "2026-06-25T12:34:56+01:00",
      ("Dr Maeve Lynch", "maeve.lynch@gctg.example.ie"),
      "Trial Administrator - short call?",
      """Dear Niamh,

Thank you for applying for the Trial Administrator post. Before we finalise the shortlist, I'd
like to have a short call with you (15 minutes) to discuss the hours, as the role is 0.6 FTE
and you're based in Cork.

Could you let me know a couple of times on Monday or Tuesday next week that suit you?

Best wishes,
Maeve

Dr Maeve Lynch
Trials Manager, Galway Cancer Trials Group
""", company="Galway Cancer Trials Group", contact="maeve.lynch@gctg.example.ie"),

    m("tt_inv", K, "de", "2026-05-04T10:22:48+02:00",
      ("Benedikt Sauer", "benedikt.sauer@tegeltrials.example.de"),
      "Einladung zum Telefoninterview - Site Start-Up Specialist",
      """Liebe Niamh,

danke für Deine Bewerbung! Wir möchten Dich gern näher kennenlernen und laden Dich zu einem
Telefoninterview ein:

Donnerstag, 7. Mai 2026, 15:00 Uhr (Berliner Zeit, also 14:00 Uhr in Irland)

Ich rufe Dich unter der Nummer aus Deinem Lebenslauf an. Das Gespräch dauert etwa 30 Minuten
und findet auf Englisch statt.

Bis Donnerstag!
Benedikt

Benedikt Sauer
Team Lead Site Start-Up | Tegel Trials GmbH
Am Borsigturm 40, 13507 Berlin
""", company="Tegel Trials", contact="benedikt.sauer@tegeltrials.example.de",
      cs="iso-8859-1", cte="quoted-printable"),

    m("mp_inv", K, "de", "2026-07-10T09:05:00+02:00",
      ("Dr. Ulrike Brandt", "u.brandt@mueggelsee-pharma.example.de"),
      "Einladung zum Vorstellungsgespräch - Kennziffer 2026-117",
      """Sehr geehrte Frau O'Donoghue,

vielen Dank für Ihre Geduld. Wir möchten Sie gern zu einem Vorstellungsgespräch per
Videokonferenz (MS Teams) einladen:

Mittwoch, 22. Juli 2026, 11:00 bis 12:00 Uhr MESZ

Teilnehmen werden Herr Krüger (Leitung Clinical Supplies) und ich. Bitte bestätigen Sie den
Termin kurz per E-Mail.

Mit freundlichen Grüßen
Dr. Ulrike Brandt
Personalreferentin
Müggelsee Pharma GmbH
""", company="Müggelsee Pharma", contact="u.brandt@mueggelsee-pharma.example.de",
      fmt="html", cs="iso-8859-1", cte="quoted-printable", subj_enc="q:iso-8859-1"),

    m("ilrc_inv", K, "fr", "2026-06-03T11:28:00+02:00",
      ("Dr Hélène Lefèvre", "helene.lefevre@institut-lumiere.example.fr"),
      "Convocation à un entretien - ARC junior DRCI",
      """Madame,

Votre candidature au poste d'attaché(e) de recherche clinique junior a retenu notre attention.
Je vous propose un entretien téléphonique le mardi 9 juin à 9h30. Je vous appellerai au
numéro indiqué sur votre CV (+353).

Merci de me confirmer votre disponibilité.

Bien à vous,

Dr Hélène Lefèvre
Responsable de l'Unité de Recherche Clinique
Institut Lumière de Recherche Clinique
""", company="Institut Lumière de Recherche Clinique",
      contact="helene.lefevre@institut-lumiere.example.fr", name_enc="q:iso-8859-1",
      cs="iso-8859-1", cte="8bit"),

    m("cfl_inv", K, "fr", "2026-07-15T15:40:00+02:00",
      ("Claire Morel", "claire.morel@fourviere-talents.example.fr"),
      "Entretien avec notre client - coordinatrice d'études",
      """Bonjour Niamh,

Bonne nouvelle : après notre échange téléphonique, j'ai présenté votre profil à mon client et
il souhaite vous rencontrer. Je ne peux pas encore vous communiquer son nom (confidentialité du
recrutement), mais je vous le donnerai la veille.

Il vous propose un entretien en visio le lundi 27 juillet à 16h00 avec la responsable des
opérations cliniques. Pouvez-vous me confirmer ?

Belle soirée,
Claire Morel
Cabinet Fourvière Talents
06 12 48 90 33
""", company="Cabinet Fourvière Talents", contact="claire.morel@fourviere-talents.example.fr"),

    m("lcr_inv", K, "fr", "2026-09-08T09:00:00+02:00",
      ("Laboratoires Croix-Rousse", "no-reply@croixrousse.recruitee.com"),
      "Invitation : journée d'immersion - Assistant(e) études cliniques",
      """Bonjour Niamh,

Nous avons le plaisir de vous inviter à une journée d'immersion au sein de notre département
des opérations cliniques, le jeudi 17 septembre de 9h00 à 16h30, 4 rue Dumenge, Lyon 4e.

Vous passerez la matinée avec l'équipe et l'après-midi sera consacrée à un entretien avec le
responsable du département. Le déjeuner vous est offert.

Merci de confirmer votre présence en répondant à Sophie Lambert, qui organise la journée.

À très bientôt,
L'équipe RH - Laboratoires Croix-Rousse
""", company="Laboratoires Croix-Rousse", contact="sophie.lambert@croixrousse.example.fr",
      reply_to=("Sophie Lambert", "sophie.lambert@croixrousse.example.fr"), fmt="html"),

    m("bcn_inv", K, "es", "2026-06-01T13:00:00+02:00",
      ("Montserrat Vidal", "mvidal@recercallobregat.example.es"),
      "Convocatoria a entrevista - FRCL-26-014",
      """Estimada Niamh:

Nos complace comunicarle que ha sido admitida a la fase de entrevista de la convocatoria
FRCL-26-014. La entrevista se realizará por videoconferencia (Zoom) el lunes 8 de junio a las
12:00 h (hora peninsular).

Le enviaremos el enlace el mismo día por la mañana. Por favor, confirme su asistencia
respondiendo a este correo.

Atentamente,

Montserrat Vidal
Servicio de Selección
Fundació Recerca Clínica Llobregat
""", company="Fundació Recerca Clínica Llobregat", contact="mvidal@recercallobregat.example.es",
      cs="iso-8859-1", cte="quoted-printable", subj_enc="q:iso-8859-1"),

    m("vc_inv", K, "es", "2026-08-27T17:45:00+02:00",
      ("Núria Casals", "ncasals@hospitalcollserola.example.es"),
      "Videollamada para el puesto de coordinadora de estudios",
      """Hola Niamh,

Soy Núria Casals, coordinadora de la Unidad de Ensayos Clínicos del Hospital Universitari Vall
de Collserola. Hemos recibido tu CV a través de la web y nos gustaría hacerte una videollamada
para conocerte.

¿Te vendría bien el miércoles 2 de septiembre a las 17:00? Serían unos 30 minutos por Teams.

Gracias y un saludo,
Núria
""", company="Hospital Universitari Vall de Collserola",
      contact="ncasals@hospitalcollserola.example.es", name_enc="b:iso-8859-1"),
]
