"""Corpus 294: everything else (other): digests, newsletters, press and podcast interviews,
user research, parcels, bank and GPS "positions", viewings, appointments, friends' news,
refused course places, head-hunter approaches and out-of-office replies."""

from __future__ import annotations

from msgs294_common import m

K = "other"


def bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


MESSAGES = [
    # ------------------------------------------------------------------ English
    m("h_approach", K, "en", "2026-01-14T12:40:00+00:00",
      ("Declan Hurley", "declan@kinsale-lsr.example.ie"),
      "Clinical trials roles in Cork - quick intro",
      """Hi Niamh,

I came across your profile and noticed you've been handling IMP dispensing for oncology trials
at the hospital. I specialise in clinical operations hiring across Munster and I'm often asked
for people who understand the pharmacy side of trials.

I don't have a specific role to put to you today, but if you're thinking about a move into CTA
or study coordinator work this year, I'd be happy to have a no-strings chat about the market
and salaries.

Best regards,
Declan Hurley
Senior Consultant, Clinical & Regulatory
Kinsale Life Science Recruitment
""", contact="declan@kinsale-lsr.example.ie"),

    m("alert_en1", K, "en", "2026-02-02T06:00:00+00:00",
      ("CareerHarbour Job Alerts", "alerts@careerharbour.example.ie"),
      "12 new jobs for \"clinical trial assistant\" in Cork",
      """Your daily job alert - 12 new matches

Clinical Trial Assistant - Shandon Therapeutics - Little Island, Cork
Study Coordinator (Oncology) - Mercyfield University Hospital - Cork
Trial Administrator - Confidential (via Kinsale Life Science Recruitment) - Cork
Regulatory Associate - Blackpool Biologics - Cork

Career tip of the day: Interview coming up? Don't let a rejection knock your confidence -
unfortunately most candidates hear "no" several times before a "yes". Read our guide to
bouncing back.

You are receiving this email because you created a job alert on CareerHarbour.
Manage alerts or unsubscribe: https://careerharbour.example.ie/alerts
""", fmt="alt", brand="CareerHarbour",
      headers=bulk("CareerHarbour alerts <alerts.careerharbour.example.ie>",
                   "https://careerharbour.example.ie/unsub?u=8812")),

    m("news_en1", K, "en", "2026-03-19T07:30:00+00:00",
      ("Clinical Careers Weekly", "newsletter@clinicalcareers.example.com"),
      "This week: 7 interview questions every CTA gets asked (and what to do after a rejection)",
      """CLINICAL CAREERS WEEKLY - Issue 212

1. The 7 interview questions every Clinical Trial Assistant gets asked
Hiring managers tell us they always ask about the TMF, about prioritising and about a time you
spotted an error. We list model answers.

2. "Unfortunately, we have decided not to proceed" - how to read a rejection email
A recruiter explains what the standard phrases really mean, and when to ask for feedback.

3. Offer season: negotiating your first CRA salary
What a good offer looks like in Ireland, the UK and the EU in 2026.

You're receiving this because you subscribed at clinicalcareers.example.com.
Unsubscribe: https://clinicalcareers.example.com/u/4471
""", fmt="html", brand="Clinical Careers Weekly", colour="#6a1b9a",
      headers=bulk("Clinical Careers Weekly <weekly.clinicalcareers.example.com>",
                   "mailto:unsubscribe@clinicalcareers.example.com?subject=unsubscribe")),

    m("podcast_en", K, "en", "2026-04-22T13:13:00+01:00",
      ("Fionnuala Reddy", "fionnuala@trialtalkpodcast.example.ie"),
      "Interview for Trial Talk podcast?",
      """Hi Niamh,

I host Trial Talk, a small podcast about the people behind clinical research in Ireland. A
colleague of yours mentioned you've been the go-to person for investigational drug
accountability at the hospital.

Would you be up for a 30-minute recorded interview for an episode on "the unsung roles in
trials"? We record remotely, any evening in May suits us. No preparation needed beyond a good
microphone (or we can post you one).

Thanks,
Fionnuala
Trial Talk Podcast
""", contact="fionnuala@trialtalkpodcast.example.ie"),

    m("radio_en", K, "en", "2026-02-27T10:05:00+00:00",
      ("Barry O'Mahony", "barry.omahony@leevalleyradio.example.ie"),
      "Lee Valley Radio - interview request re pharmacy staffing",
      """Hi Niamh,

I'm a producer on the Morning Call show on Lee Valley Radio. We're doing a segment on Friday
about staff shortages in hospital pharmacies and the union told us you might be willing to
speak about the technician's side of things.

It would be a short live phone interview, about 8 minutes, around 09:40 on Friday 6 March. Let
me know if you're interested and I'll send more details.

Cheers,
Barry O'Mahony
Producer, Morning Call, Lee Valley Radio
""", contact="barry.omahony@leevalleyradio.example.ie"),

    m("uxr_en", K, "en", "2026-05-28T15:00:00+01:00",
      ("Priya Nathan", "priya.nathan@dosewise.example.com"),
      "Invitation: 45-min user research interview (EUR 40 voucher)",
      """Hi Niamh,

Thanks for signing up to our research panel. I'm a UX researcher at Dosewise, and we're
building software for pharmacy teams that manage clinical trial drug supplies.

We'd love to interview you about how you currently track temperature excursions and returns.
It's a 45-minute video call, and as a thank-you we'll send a EUR 40 voucher. You can pick a time
here: https://dosewise.example.com/research/book

This is not a job interview - we just want to learn from your experience.

Best,
Priya
""", contact="priya.nathan@dosewise.example.com", fmt="alt"),

    m("parcel_en", K, "en", "2026-03-06T09:45:12+00:00",
      ("ParcelPoint Ireland", "no-reply@parcelpoint.example.ie"),
      "Unfortunately your parcel is delayed",
      """Hi Niamh,

Unfortunately your parcel (tracking number PP4471902IE) is delayed due to severe weather at our
Athlone hub. We're sorry for the inconvenience.

New estimated delivery: Tuesday 10 March

You don't need to do anything. We'll let you know when your parcel is out for delivery.

ParcelPoint Ireland
""", fmt="html", brand="ParcelPoint"),

    m("gps_en", K, "en", "2026-06-07T08:31:44+01:00",
      ("Stridely", "no-reply@stridely.example.com"),
      "We couldn't get a GPS position for your run",
      """Hi Niamh,

Your activity "Sunday morning run - Marina" was saved, but we couldn't get a reliable GPS
position for the first 2.1 km, so your pace for that section may be wrong.

Tip: wait for the blue dot to settle before starting your run.

Keep moving!
The Stridely team
""", fmt="html"),

    m("viewing_en", K, "en", "2026-08-26T18:22:00+01:00",
      ("Colm Ryan", "colm.ryan.lettings@example.ie"),
      "Viewing - 2-bed apartment, Salthill",
      """Hi Niamh,

Thanks for your enquiry about the apartment on Upper Salthill Road. I can do a viewing on
Saturday 29 August at 11:30, or Sunday at 14:00 if that suits better. There are a few others
coming on Saturday, so please bring references and proof of income if you want to apply on
the day.

Regards,
Colm Ryan
""", contact="colm.ryan.lettings@example.ie"),

    m("dentist_en", K, "en", "2026-05-04T09:00:00+01:00",
      ("Douglas Dental Care", "reminders@douglasdental.example.ie"),
      "Your appointment has been rescheduled",
      """Dear Niamh,

Due to staff illness, your appointment with Dr Keane has been rescheduled.

New appointment: Thursday 14 May 2026 at 08:40
Location: Douglas Dental Care, Unit 3, Douglas Village, Cork

If this time does not suit, please call us on 021 489 0012. A fee applies for missed
appointments without 24 hours' notice.

Douglas Dental Care
""", fmt="alt"),

    m("friend_en", K, "en", "2026-03-22T21:48:00+00:00",
      ("Orla Twomey", "orlatwomey88@example.com"),
      "ugh",
      """Niamh!!

Got my rejection from that medtech in Galway today. "We have decided to move forward with other
candidates" - after THREE interviews and a presentation. I'm raging. Wine on Friday? I need to
hear about your Berlin one, did you hear back yet?

O x
""", contact="orlatwomey88@example.com"),

    m("friend_fwd_en", K, "en", "2026-08-30T10:15:00+01:00",
      ("Ciara Walsh", "ciara.walsh@example.net"),
      "Fwd: Interview invitation - Regulatory Affairs Associate",
      """Hey Niamh,

Look what came in! My first proper interview in pharma. You've done loads of these now - any
chance you'd look at my answers before Tuesday? The invite is below.

Ciara
""", contact="ciara.walsh@example.net",
      fwd={"key": "friend_fwd_en/inner", "date": "2026-08-28T16:02:00+01:00",
           "frm": ("Rachel Moore", "rachel.moore@lucan-labs.example.ie"),
           "to": [("Ciara Walsh", "ciara.walsh@example.net")],
           "subject": "Interview invitation - Regulatory Affairs Associate",
           "body": """Dear Ciara,

Thank you for your application. We would like to invite you to an interview on Tuesday
1 September at 10:00 at our Lucan office.

Kind regards,
Rachel Moore
Lucan Labs
"""}),

    m("course_en", K, "en", "2026-07-17T12:00:00+01:00",
      ("Postgraduate Admissions", "pgadmissions@rivermouth-university.example.ie"),
      "Your application: Postgraduate Certificate in Clinical Trials Management",
      """Dear Niamh O'Donoghue,

Thank you for your application for a place on the Postgraduate Certificate in Clinical Trials
Management (part-time, online) commencing September 2026.

We regret to inform you that the programme is now fully subscribed and we are unable to offer
you a place for this intake. Your application has been placed on the waiting list, and we will
contact you if a place becomes available.

You may also wish to apply for the January 2027 intake, which opens on 1 October.

Yours sincerely,
Postgraduate Admissions Office
Rivermouth University
""", cs="windows-1252", cte="quoted-printable"),

    m("ooo_en", K, "en", "2026-09-02T09:00:03+01:00",
      ("Declan Hurley", "declan@kinsale-lsr.example.ie"),
      "Automatic reply: checking in",
      """Thank you for your email. I am on annual leave until Monday 14 September with limited access
to email. For urgent matters, please contact my colleague Aisling at
aisling@kinsale-lsr.example.ie or call the office on 021 477 0190.

Declan Hurley
Kinsale Life Science Recruitment
""", contact="declan@kinsale-lsr.example.ie",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      re="checkin_declan"),

    m("webinar_en", K, "en", "2026-05-13T11:00:00+01:00",
      ("Clinical Research Ireland Network", "events@crin.example.ie"),
      "Live webinar: From pharmacy to trial coordination - interviews, offers and rejections",
      """Join us on Thursday 21 May at 13:00 (IST) for a free lunchtime webinar.

Panellists: a CRO hiring manager, a hospital research nurse manager and two former pharmacy
technicians now working as CTAs. Topics: what interview panels look for, why candidates get
rejected at the CV stage, and how to evaluate an offer.

Register: https://crin.example.ie/events/pharmacy-to-trials

Clinical Research Ireland Network
You are receiving this email as a member of CRIN. Unsubscribe at any time.
""", fmt="alt", brand="CRIN",
      headers=bulk("CRIN members <members.crin.example.ie>",
                   "https://crin.example.ie/unsubscribe?m=2291")),

    # ------------------------------------------------------------------ German
    m("alert_de", K, "de", "2026-04-13T06:30:00+02:00",
      ("JobRadar Berlin", "news@jobradar-berlin.example.de"),
      "Dein Job-Alarm: 9 neue Stellen für \"Studienassistenz\"",
      """Hallo Niamh,

hier sind die neuen Stellen zu Deiner Suche "Studienassistenz" in Berlin:

- Studienassistenz (m/w/d) Kardiologie - Klinikum Prenzlauer Tor
- Clinical Trial Assistant (m/w/d) - Tegel Trials
- Study Start-Up Specialist (m/w/d) - Kreuzberg Genomics

Ratgeber der Woche: Absage erhalten? So bereitest Du Dich auf das nächste
Vorstellungsgespräch vor - und was Du leider nie sagen solltest.

Du erhältst diese E-Mail, weil Du einen Job-Alarm angelegt hast. Abmelden:
https://jobradar-berlin.example.de/abmelden
""", fmt="alt", brand="JobRadar Berlin",
      headers=bulk("JobRadar Berlin <alarm.jobradar-berlin.example.de>",
                   "https://jobradar-berlin.example.de/abmelden?id=55120")),

    m("flat_de", K, "de", "2026-05-20T12:14:00+02:00",
      ("Hausverwaltung Lenz", "vermietung@hv-lenz.example.de"),
      "Besichtigungstermin 2-Zimmer-Wohnung, Moabit",
      """Sehr geehrte Frau O'Donoghue,

vielen Dank für Ihre Anfrage zur Wohnung in der Stromstraße 21. Wir bieten einen
Sammelbesichtigungstermin am Samstag, 30. Mai 2026, um 10:15 Uhr an.

Bitte bringen Sie eine Mieterselbstauskunft, eine SCHUFA-Auskunft und die letzten drei
Gehaltsnachweise mit.

Mit freundlichen Grüßen
Hausverwaltung Lenz
""", cs="iso-8859-1", cte="quoted-printable"),

    m("course_de", K, "de", "2026-02-16T10:00:00+01:00",
      ("Sprachschule Deutsch am Hafen", "kurse@deutsch-am-hafen.example.de"),
      "Ihre Anmeldung zum Intensivkurs B2 - leider ausgebucht",
      """Liebe Frau O'Donoghue,

vielen Dank für Ihre Anmeldung zum Online-Intensivkurs Deutsch B2 (März bis Mai 2026).

Leider ist der Kurs bereits ausgebucht und wir können Ihnen keinen Platz mehr anbieten. Wir
haben Sie auf die Warteliste gesetzt. Der nächste Kurs beginnt im Juni; die Anmeldung ist ab
sofort möglich.

Herzliche Grüße
Ihr Team der Sprachschule Deutsch am Hafen
""", cs="utf-8", cte="8bit"),

    # ------------------------------------------------------------------ French
    m("news_fr", K, "fr", "2026-03-31T08:00:00+02:00",
      ("La Lettre de la Recherche Clinique", "lettre@metiers-recherche-clinique.example.fr"),
      "Lettre n°58 : réussir son entretien d'ARC, rebondir après un refus",
      """LA LETTRE DES MÉTIERS DE LA RECHERCHE CLINIQUE - n°58

Dossier du mois : réussir son entretien d'embauche d'ARC ou de TEC.
Témoignage : « Malheureusement, votre profil ne correspond pas » - comment j'ai rebondi après
six refus.
Offres : 42 nouvelles offres en Auvergne-Rhône-Alpes cette semaine.

Vous recevez cette lettre car vous êtes inscrit(e) sur notre site.
Se désinscrire : https://metiers-recherche-clinique.example.fr/desinscription
""", fmt="html", brand="La Lettre de la Recherche Clinique", colour="#b71c1c",
      cs="iso-8859-1", cte="quoted-printable",
      headers=bulk("Lettre RC <lettre.metiers-recherche-clinique.example.fr>",
                   "https://metiers-recherche-clinique.example.fr/desinscription?u=3391")),

    m("ooo_fr", K, "fr", "2026-04-14T16:20:05+02:00",
      ("Camille Durand", "camille.durand@rhone-essais.example.fr"),
      "Réponse automatique : RE: Entretien - Assistante d'études cliniques",
      """Bonjour,

Je suis absente du bureau jusqu'au jeudi 16 avril inclus. Votre message sera traité à mon
retour. Pour toute demande urgente, merci de contacter recrutement@rhone-essais.example.fr.

Cordialement,
Camille Durand
""", contact="camille.durand@rhone-essais.example.fr",
      headers={"Auto-Submitted": "auto-replied"}, re="d_accept", cs="iso-8859-1"),

    m("parcel_fr", K, "fr", "2026-05-25T14:02:00+02:00",
      ("ColiExpress", "ne-pas-repondre@coliexpress.example.fr"),
      "Votre colis est retardé",
      """Bonjour,

Malheureusement, la livraison de votre colis n° CX88120455FR est retardée en raison d'un
incident sur notre plateforme de tri de Saint-Priest.

Nouvelle date de livraison estimée : jeudi 28 mai.

Nous vous prions de nous excuser pour ce désagrément.
ColiExpress - Service clients
""", fmt="html", brand="ColiExpress", colour="#f39200"),

    m("friend_fr", K, "fr", "2026-06-05T22:10:00+02:00",
      ("Julie Marchand", "julie.marchand@example.fr"),
      "des nouvelles de Lyon",
      """Coucou Niamh !

Alors, ta proposition de Rhône Essais, tu as décidé ? De mon côté, j'ai reçu un refus pour le
poste de TEC au CHU : « nous regrettons de ne pouvoir donner une suite favorable ». Bref, je
continue à chercher.

Si tu viens à Lyon, tu dors à la maison bien sûr !

Bises,
Julie
""", contact="julie.marchand@example.fr", cs="utf-8", cte="8bit"),

    m("press_fr", K, "fr", "2026-07-02T11:30:00+02:00",
      ("Antoine Girard", "a.girard@lyonsantemag.example.fr"),
      "Demande d'interview - Lyon Santé Mag",
      """Bonjour Madame O'Donoghue,

Je suis journaliste à Lyon Santé Mag et je prépare un article sur les professionnels de santé
européens qui envisagent de venir travailler dans la recherche clinique lyonnaise.

Accepteriez-vous de répondre à quelques questions lors d'une interview téléphonique d'une
vingtaine de minutes, la semaine prochaine ? L'article paraîtra dans notre numéro de
septembre.

Bien cordialement,
Antoine Girard
Journaliste - Lyon Santé Mag
""", contact="a.girard@lyonsantemag.example.fr", fmt="alt"),

    m("course_fr", K, "fr", "2026-09-10T16:45:00+01:00",
      ("Alliance Française de Cork", "inscriptions@afcork.example.ie"),
      "Inscription au cours de français B2 - liste d'attente",
      """Chère Niamh,

Merci pour votre inscription au cours de français B2 du mardi soir (trimestre d'automne).

Nous sommes désolés : le groupe est complet et nous ne pouvons malheureusement pas vous
proposer de place. Vous êtes en deuxième position sur la liste d'attente. Le cours du jeudi
soir a encore deux places disponibles si cela vous intéresse.

À bientôt,
L'équipe de l'Alliance Française de Cork
""", cs="windows-1252", cte="quoted-printable", subj_enc="q:windows-1252"),

    # ------------------------------------------------------------------ Spanish
    m("alert_es", K, "es", "2026-05-04T07:00:00+02:00",
      ("EmpleoSalud Alertas", "alertas@empleosalud.example.es"),
      "Nuevas ofertas: coordinador/a de ensayos clínicos en Barcelona",
      """Hola Niamh,

Tenemos 7 ofertas nuevas que coinciden con tu alerta:

- Coordinador/a de Ensayos Clínicos - Mediterrània Clinical Trials - Barcelona
- Study Coordinator - Hospital Universitari Vall de Collserola - Barcelona
- CTA junior - Biotech Gràcia - Barcelona

Consejo: ¿te han rechazado tras la entrevista? Lamentablemente es habitual; pide siempre
feedback.

Para dejar de recibir estas alertas, haz clic aquí:
https://empleosalud.example.es/baja
""", fmt="alt", brand="EmpleoSalud",
      headers=bulk("Alertas EmpleoSalud <alertas.empleosalud.example.es>",
                   "https://empleosalud.example.es/baja?u=90017")),

    m("flat_es", K, "es", "2026-07-21T13:10:00+02:00",
      ("Jordi Roca - Finques Gràcia", "jordi@finquesgracia.example.es"),
      "Visita piso calle Verdi",
      """Hola Niamh,

Te confirmo la visita al piso de la calle Verdi para el miércoles 22 a las 18:30. Es un
segundo sin ascensor, 55 m², amueblado. El propietario pide dos meses de fianza y nómina.

Cualquier cosa me llamas.

Jordi Roca
Finques Gràcia
""", contact="jordi@finquesgracia.example.es", cs="utf-8", cte="quoted-printable"),

    m("flight_es", K, "es", "2026-07-22T06:05:00+02:00",
      ("Aerolíneas Mediterráneo", "avisos@aerolineasmed.example.es"),
      "Lamentablemente tu vuelo AM1874 se ha retrasado",
      """Hola Niamh,

Lamentablemente, tu vuelo AM1874 Cork - Barcelona de hoy se ha retrasado por motivos
operativos.

Nueva hora de salida: 11:45 (antes 09:20)
Puerta: se anunciará en el aeropuerto

Sentimos las molestias.
Aerolíneas Mediterráneo
""", fmt="html", brand="Aerolíneas Mediterráneo", colour="#0077c8", subj_enc="b:utf-8"),

    m("friend_es", K, "es", "2026-09-18T20:20:00+02:00",
      ("Lucía Fernández", "lucia.fdez@example.es"),
      "Fwd: Convocatoria entrevista - ¿me ayudas?",
      """¡Niamh! Mira lo que me ha llegado. Es para un puesto de técnica de farmacia en un hospital
de Sevilla. ¿Me ayudas a prepararla? Tú ya eres una experta en entrevistas jajaja.

---------- Mensaje reenviado ---------
De: Selección Hospital Giralda <seleccion@hgiralda.example.es>
Fecha: jue, 17 sept 2026 a las 13:02
Asunto: Convocatoria entrevista
Para: Lucía Fernández <lucia.fdez@example.es>

Estimada Lucía: le convocamos a una entrevista personal el día 24 de septiembre a las 10:00.
""", contact="lucia.fdez@example.es", name_enc="q:iso-8859-1", cs="iso-8859-1"),

    m("news_es", K, "es", "2026-06-15T09:00:00+02:00",
      ("Boletín SEIC", "boletin@seic-investigacion.example.es"),
      "Boletín de junio: entrevistas con coordinadores, ofertas y formación",
      """BOLETÍN DE LA SOCIEDAD ESPAÑOLA DE INVESTIGACIÓN CLÍNICA - junio 2026

Entrevista del mes: hablamos con tres coordinadoras de ensayos sobre su día a día.
Formación: nuevo curso online de Buenas Prácticas Clínicas (plazas limitadas).
Bolsa de empleo: 15 ofertas nuevas para socios.

Has recibido este boletín porque estás suscrita. Darse de baja:
https://seic-investigacion.example.es/baja
""", fmt="html", brand="SEIC", cs="iso-8859-1", cte="quoted-printable",
      headers=bulk("Boletin SEIC <boletin.seic-investigacion.example.es>",
                   "mailto:baja@seic-investigacion.example.es")),

    m("course_es", K, "es", "2026-09-07T12:00:00+02:00",
      ("Escola d'Idiomes Barcelona Online", "matricula@eidiomes-bcn.example.es"),
      "Resultado de la solicitud de plaza - Catalán A2",
      """Hola Niamh:

Te informamos de que, tras el sorteo de plazas, tu solicitud para el curso de catalán A2
(modalidad online, octubre-enero) no ha obtenido plaza. Quedas en la posición 37 de la lista de
espera.

Si se libera alguna plaza antes del 30 de septiembre, te avisaremos por correo electrónico.

Un saludo,
Secretaría de Matrícula
""", cs="windows-1252", cte="base64"),

    m("podcast_es", K, "es", "2026-08-05T18:00:00+02:00",
      ("Pau Serrano", "pau@cienciaenbata.example.es"),
      "¿Te apetece una entrevista para Ciencia en Bata?",
      """Hola Niamh,

Soy Pau, presento el pódcast Ciencia en Bata. Laia Puig me ha contado que estás en proceso de
cambiar de la farmacia hospitalaria a la coordinación de ensayos, y nos encantaría
entrevistarte para un episodio sobre carreras internacionales en investigación clínica.

Serían unos 40 minutos por videollamada, en inglés o castellano, como prefieras. ¿Te animas?

Un abrazo,
Pau Serrano
""", contact="pau@cienciaenbata.example.es"),

    m("bank_es", K, "es", "2026-10-01T07:40:00+02:00",
      ("Banco Ejemplo Online", "avisos@bancoejemplo.example.es"),
      "Tu posición global a 30 de septiembre",
      """Hola Niamh,

Ya puedes consultar tu posición global a 30 de septiembre de 2026 en la app o en la banca
online: cuentas, tarjetas y transferencias recibidas.

Recuerda que nunca te pediremos tus claves por correo electrónico.

Banco Ejemplo
""", fmt="alt", brand="Banco Ejemplo"),
]
