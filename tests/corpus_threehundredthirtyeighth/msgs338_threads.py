"""Threads: one employer's mail over weeks, with replies, quotes and calendar updates."""

from __future__ import annotations

from msgs338_common import ME, S

VELO_AOIFE = ("Aoife Brennan", "aoife.brennan@velodock.example.ie")
PACK_JONAS = ("Jonas Freitag", "jonas.freitag@packesel.example.de")
PART_CAMILLE = ("Camille Mercier", "camille.mercier@partauto.example.fr")
PED_LUCIA = ("Lucía Ferrer", "lucia.ferrer@pedalia.example.es")
ZIPP_LENA = ("Lena Hoffmann", "lena.hoffmann@zippmobility.example.com")
WEST_DECLAN = ("Declan Fahy", "declan.fahy@westlinkbus.example.ie")
SVL_BEAT = ("Beat Züllig", "beat.zuellig@svl.example.ch")
TORQUE_ORLA = ("Orla Dunne", "orla@torquetalent.example.ie")
MECA_SANDRINE = ("Sandrine Aubert", "s.aubert@meca-interim.example.fr")
TALENTO_JAVIER = ("Javier Montesinos", "jmontesinos@talentotecnico.example.es")

SPECS = [
    # ---------------------------------------------------------------- Velodock (offer)
    S("application_received", "en", "velodock_ack", "2026-01-19 08:02 +0000",
      ("Velodock", "no-reply@teamtailor-mail.com"),
      "We've received your application – Fleet Technician, E-bikes (Galway)",
      """
      Hi Ruairí,

      Thanks for applying for the Fleet Technician, E-bikes (Galway) role at Velodock!

      Your application is safely with us. Our fleet operations team reads every application
      themselves, so it can take up to two weeks before you hear from us.

      In the meantime, you can check the status of your application in your candidate
      profile at any time.

      Ride on,
      The Velodock team

      --
      This email was sent by Teamtailor on behalf of Velodock. Please do not reply to this
      message; replies are not monitored.
      """,
      company="Velodock", html="alt"),
    S("interview_invitation", "en", "velodock_invite", "2026-01-27 14:21 +0000", VELO_AOIFE,
      "Video call – Fleet Technician (Galway)",
      """
      Hi Ruairí,

      Thanks for your application for the Fleet Technician role in Galway. Your background in
      the bike shop on Dominick Street is exactly the hands-on experience we look for, and
      I'd love to have a first chat.

      Would Tuesday 3 February at 10:30 work for a 45-minute video call? I've sent a calendar
      invite with the Meet link. We'll talk about the role, our e-bike fleet (mostly
      mid-drive motors and swappable batteries) and your plans.

      If the time doesn't suit, just reply with two or three alternatives.

      Best,
      Aoife

      Aoife Brennan
      Fleet Operations Lead, West of Ireland
      Velodock | Unit 4, Oranmore Business Park, Co. Galway
      +353 91 555 0142
      """,
      company="Velodock", contact="aoife.brennan@velodock.example.ie",
      ics={"method": "REQUEST", "uid": "velodock-screen-338@velodock.example.ie", "seq": 0,
           "start": "2026-02-03 10:30", "minutes": 45, "tz": "Europe/Dublin",
           "summary": "Velodock - Fleet Technician first call", "organizer": VELO_AOIFE}),
    S("other", "en", "velodock_own_confirm", "2026-01-27 19:05 +0000", ME,
      "Re: Video call – Fleet Technician (Galway)",
      """
      Hi Aoife,

      Thanks a million, Tuesday at 10:30 suits me perfectly. I've accepted the invite.

      Looking forward to it,
      Ruairí
      """,
      to=VELO_AOIFE, reply="velodock_invite", quote="en"),
    S("interview_reschedule_or_cancel", "en", "velodock_moved", "2026-01-30 09:40 +0000",
      VELO_AOIFE, "Re: Video call – Fleet Technician (Galway) – new time",
      """
      Hi Ruairí,

      Apologies, I've been asked to cover a battery recall at our Dublin hub on Tuesday
      morning, so I need to move our call. Could we do Wednesday 4 February at 15:00
      instead? Same link, I've updated the invite.

      Sorry for the shuffle, and thanks for being flexible.

      Aoife
      """,
      company="Velodock", contact="aoife.brennan@velodock.example.ie",
      reply="velodock_own_confirm", quote="en",
      ics={"method": "REQUEST", "uid": "velodock-screen-338@velodock.example.ie", "seq": 1,
           "start": "2026-02-04 15:00", "minutes": 45, "tz": "Europe/Dublin",
           "summary": "Velodock - Fleet Technician first call (moved)",
           "organizer": VELO_AOIFE}),
    S("other", "en", "velodock_own_thanks", "2026-02-04 17:22 +0000", ME,
      "Thank you for today's call",
      """
      Hi Aoife,

      Thank you for taking the time to talk to me this afternoon. It was great to hear how
      the swap-station model works in practice, and I'm even more keen on the role now.

      As promised, I'll send on the reference from my manager at the shop by Friday.

      Kind regards,
      Ruairí Ó Donnchadha-Weiss
      """,
      to=VELO_AOIFE, reply="velodock_moved"),
    S("interview_invitation", "en", "velodock_trial", "2026-02-09 11:15 +0000", VELO_AOIFE,
      "Re: Thank you for today's call",
      """
      Hi Ruairí,

      Thanks for the reference, it was glowing. We'd like to invite you to a paid trial
      shift at our Oranmore depot on Monday 16 February, 08:00 to 13:00. You'll work
      alongside Cian, our workshop lead, on brake and drivetrain jobs and a battery
      health check. Bring safety boots; we provide everything else.

      Could you confirm by Wednesday?

      Aoife
      """,
      company="Velodock", contact="aoife.brennan@velodock.example.ie",
      cc=[("Cian Walsh", "cian.walsh@velodock.example.ie")],
      reply="velodock_own_thanks", quote="en"),
    S("offer", "en", "velodock_offer", "2026-02-20 16:03 +0000",
      ("Niamh Kehoe", "niamh.kehoe@velodock.example.ie"),
      "Your offer from Velodock – Fleet Technician, Galway",
      """
      Dear Ruairí,

      Following your trial shift and the conversations with Aoife and Cian, I am delighted
      to offer you the position of Fleet Technician, E-bikes, based at our Oranmore depot.

      Your offer letter is attached. In summary:
      - Start date: Monday 16 March 2026
      - Salary: EUR 36,500 per year, plus a shift allowance for weekend rota
      - 25 days annual leave, company pension, tool allowance

      Please read it carefully and let me know by Friday 27 February whether you accept.
      If you have questions about anything, I'm happy to have a call.

      Warm regards,
      Niamh Kehoe
      People Partner, Velodock
      """,
      company="Velodock", contact="niamh.kehoe@velodock.example.ie",
      cc=[VELO_AOIFE], html="alt",
      pdf=[("Velodock_Offer_Letter_ODonnchadha-Weiss.pdf",
            ["Velodock - Offer of Employment", "Candidate: Ruairi O Donnchadha-Weiss",
             "Role: Fleet Technician, E-bikes (Oranmore depot)",
             "Start date: 16 March 2026", "Salary: EUR 36,500 per annum",
             "Please sign and return by 27 February 2026."])]),
    S("other", "en", "velodock_own_questions", "2026-02-21 10:48 +0000", ME,
      "Re: Your offer from Velodock – Fleet Technician, Galway",
      """
      Hi Niamh,

      Thank you so much, I'm thrilled. Two quick questions before I sign: is the tool
      allowance paid monthly or as a one-off, and would a start on 23 March be possible
      so I can give my current employer a full four weeks?

      Many thanks,
      Ruairí
      """,
      to=("Niamh Kehoe", "niamh.kehoe@velodock.example.ie"), reply="velodock_offer",
      quote="en"),
    # ---------------------------------------------------------------- Packesel (offer)
    S("application_received", "de", "packesel_ack", "2026-03-02 10:11 +0100",
      ("Packesel Cargobikes", "noreply@personio.de"),
      "Deine Bewerbung als Servicetechniker*in Lastenräder",
      """
      Hallo Ruairí,

      vielen Dank für Deine Bewerbung als Servicetechniker*in Lastenräder in Leipzig!

      Wir haben Deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen in Ruhe
      an. Du hörst spätestens in zwei Wochen von uns.

      Viele Grüße aus Plagwitz
      Dein Packesel-Team

      Diese E-Mail wurde automatisch über Personio versendet. Bitte antworte nicht direkt
      auf diese Nachricht.
      """,
      company="Packesel Cargobikes", html="only", cte="base64"),
    S("interview_invitation", "de", "packesel_probetag", "2026-03-09 13:47 +0100", PACK_JONAS,
      "Einladung zum Probearbeitstag – Werkstatt Plagwitz",
      """
      Hallo Ruairí,

      danke für Deine Bewerbung und das nette Telefonat letzte Woche. Wir würden Dich gern
      zu einem Probearbeitstag in unsere Werkstatt einladen:

      Donnerstag, 19. März 2026, 8:30 bis ca. 15:00 Uhr
      Packesel Cargobikes, Karl-Heine-Straße 200, 04229 Leipzig (Hinterhof, Tor 3)

      Du baust mit unserem Team ein Long-John-Rad aus dem Rahmen auf und machst eine
      Motorkontrolle am Mittelmotor. Mittagessen geht auf uns, Arbeitskleidung stellen wir.
      Die Reisekosten aus Irland erstatten wir bis 250 Euro.

      Gib mir bitte kurz Bescheid, ob der Termin passt.

      Viele Grüße
      Jonas

      Jonas Freitag
      Werkstattleitung
      Packesel Cargobikes GmbH
      Tel. 0341 555 2281
      """,
      company="Packesel Cargobikes", contact="jonas.freitag@packesel.example.de",
      charset="iso-8859-1", cte="qp", subj_enc=("q", "utf-8")),
    S("other", "de", "packesel_own_zusage", "2026-03-09 20:30 +0100", ME,
      "Re: Einladung zum Probearbeitstag – Werkstatt Plagwitz",
      """
      Hallo Jonas,

      vielen Dank für die Einladung! Der 19. März passt mir gut, ich buche den Flug nach
      Leipzig für den Vorabend. Mein Deutsch ist noch nicht perfekt, aber in der Werkstatt
      verstehen wir uns bestimmt.

      Bis bald
      Ruairí
      """,
      to=PACK_JONAS, reply="packesel_probetag", quote="de", name_enc=("b", "utf-8")),
    S("interview_reschedule_or_cancel", "de", "packesel_verschoben", "2026-03-12 08:55 +0100",
      PACK_JONAS, "AW: Einladung zum Probearbeitstag – neuer Termin",
      """
      Hallo Ruairí,

      leider muss ich den Probetag verschieben: die Lieferung unserer neuen Rahmen hängt
      beim Zoll fest, und ohne Rahmen können wir Dir nicht zeigen, was wir eigentlich
      machen. Ginge stattdessen Donnerstag, der 26. März, gleiche Uhrzeit?

      Falls Du den Flug schon gebucht hast, übernehmen wir die Umbuchungsgebühr.
      Tut mir leid für den Aufwand!

      Jonas
      """,
      company="Packesel Cargobikes", contact="jonas.freitag@packesel.example.de",
      charset="windows-1252", cte="8bit", reply="packesel_own_zusage", quote="de",
      subj_enc=("b", "utf-8")),
    S("offer", "de", "packesel_angebot", "2026-04-02 15:30 +0200", PACK_JONAS,
      "Dein Vertragsangebot bei Packesel",
      """
      Hallo Ruairí,

      nach Deinem Probetag waren sich alle einig: wir möchten Dich unbedingt im Team haben!
      Im Anhang findest Du unser Vertragsangebot als Servicetechniker*in Lastenräder
      (Vollzeit, unbefristet, Start 1. Juni 2026, 3.150 Euro brutto im Monat).

      Marta aus dem Personalbereich (in Kopie) hilft Dir gern bei Fragen zu Anmeldung,
      Krankenkasse und Wohnungssuche. Bitte schick uns den unterschriebenen Vertrag bis
      zum 15. April zurück.

      Wir freuen uns auf Dich!
      Jonas
      """,
      company="Packesel Cargobikes", contact="jonas.freitag@packesel.example.de",
      cc=[("Marta Kowalczyk", "marta.kowalczyk@packesel.example.de")],
      reply="packesel_verschoben", quote="outlook_de",
      pdf=[("Vertragsangebot_Packesel.pdf",
            ["Packesel Cargobikes - Vertragsangebot", "Ruairi O Donnchadha-Weiss",
             "Servicetechniker*in Lastenraeder, Vollzeit, unbefristet",
             "Beginn: 01.06.2026", "Bruttomonatsgehalt: 3.150 EUR"])]),
    # ---------------------------------------------------------------- Partauto (rejection)
    S("application_received", "fr", "partauto_ack", "2026-04-07 06:12 +0000",
      ("Partauto", "noreply@smartrecruiters.com"),
      "Partauto : nous avons bien reçu votre candidature",
      """
      Bonjour Ruairí,

      Merci pour votre candidature au poste de Technicien·ne de maintenance flotte
      autopartage (Lyon) chez Partauto.

      Notre équipe recrutement l'étudie avec attention. En raison du nombre important de
      candidatures, nous ne pouvons pas répondre individuellement à chacune d'entre elles,
      mais nous reviendrons vers vous si votre profil correspond à nos besoins.

      Belle journée,
      L'équipe Talents Partauto

      Ce message a été envoyé automatiquement via SmartRecruiters.
      """,
      company="Partauto", html="alt", subj_enc=("q", "iso-8859-1")),
    S("interview_invitation", "fr", "partauto_invite", "2026-04-14 10:05 +0200", PART_CAMILLE,
      "Entretien – Technicien·ne maintenance flotte",
      """
      Bonjour Ruairí,

      Votre parcours de mécanicien vélo nous a beaucoup intéressés. Je vous propose un
      premier entretien en visio le mardi 21 avril à 9h30 (heure de Paris), d'une durée
      d'environ 45 minutes, avec Thomas Girard, responsable de l'atelier de Gerland.

      Vous trouverez l'invitation Teams ci-jointe. L'entretien peut se faire en anglais si
      vous préférez.

      Bien cordialement,

      Camille Mercier
      Chargée de recrutement
      Partauto – 14 rue de Gerland, 69007 Lyon
      04 72 55 01 90
      """,
      company="Partauto", contact="camille.mercier@partauto.example.fr",
      ics={"method": "REQUEST", "uid": "partauto-entretien-338@partauto.example.fr",
           "seq": 0, "start": "2026-04-21 09:30", "minutes": 45, "tz": "Europe/Paris",
           "summary": "Entretien Partauto - Ruairí Ó Donnchadha-Weiss",
           "organizer": PART_CAMILLE, "location": "Microsoft Teams"}),
    S("interview_reschedule_or_cancel", "fr", "partauto_decale", "2026-04-17 16:48 +0200",
      PART_CAMILLE, "RE: Entretien – Technicien·ne maintenance flotte",
      """
      Bonjour Ruairí,

      Thomas est retenu sur un incident de recharge sur notre parc de Villeurbanne mardi
      matin. Je me permets donc de décaler notre entretien au jeudi 23 avril à 14h00,
      toujours sur Teams. L'invitation a été mise à jour.

      Merci de votre compréhension et à jeudi,
      Camille
      """,
      company="Partauto", contact="camille.mercier@partauto.example.fr",
      reply="partauto_invite", quote="fr",
      ics={"method": "REQUEST", "uid": "partauto-entretien-338@partauto.example.fr",
           "seq": 1, "start": "2026-04-23 14:00", "minutes": 45, "tz": "Europe/Paris",
           "summary": "Entretien Partauto - Ruairí Ó Donnchadha-Weiss (nouvel horaire)",
           "organizer": PART_CAMILLE, "location": "Microsoft Teams"}),
    S("missed_interview_notice", "fr", "partauto_absent", "2026-04-23 14:35 +0200",
      PART_CAMILLE, "Entretien de 14h – vous n'étiez pas connecté",
      """
      Bonjour Ruairí,

      Thomas et moi vous avons attendu sur Teams de 14h00 à 14h20, sans nouvelles de votre
      part. J'ai également essayé de vous joindre sur votre portable, sans succès.

      J'espère qu'il n'y a rien de grave. Si vous souhaitez toujours échanger avec nous,
      merci de me le faire savoir rapidement.

      Cordialement,
      Camille Mercier
      """,
      company="Partauto", contact="camille.mercier@partauto.example.fr",
      reply="partauto_decale", charset="iso-8859-1", cte="8bit"),
    S("other", "en", "partauto_own_sorry", "2026-04-23 18:10 +0100", ME,
      "Re: Entretien de 14h – vous n'étiez pas connecté",
      """
      Dear Camille,

      I am so sorry. I had the old time in my phone calendar and only saw the update this
      evening, which is entirely my fault. I would still very much like to speak with
      Thomas and you, at any time that suits you.

      With apologies,
      Ruairí
      """,
      to=PART_CAMILLE, reply="partauto_absent", quote="en"),
    S("rejection", "fr", "partauto_refus", "2026-05-05 11:20 +0200", PART_CAMILLE,
      "RE: Entretien de 14h – suite de votre candidature",
      """
      Bonjour Ruairí,

      Merci pour votre message et pour l'échange que nous avons finalement pu avoir la
      semaine dernière avec Thomas.

      Après réflexion, nous avons décidé de ne pas donner suite à votre candidature : nous
      recherchons pour ce poste une personne ayant déjà une expérience confirmée sur les
      véhicules électriques légers et thermiques. Votre profil reste néanmoins intéressant
      et nous le conservons pour nos futurs besoins en vélos et trottinettes.

      Je vous souhaite une bonne continuation,
      Camille Mercier
      """,
      company="Partauto", contact="camille.mercier@partauto.example.fr",
      reply="partauto_own_sorry", quote="fr", html="alt"),
    # ---------------------------------------------------------------- Pedalia (rejection)
    S("application_received", "es", "pedalia_ack", "2026-05-11 09:00 +0200",
      ("Pedalia", "noreply@recruitee.com"),
      "Hemos recibido tu candidatura – Técnico/a de mantenimiento e-bike",
      """
      ¡Hola Ruairí!

      Gracias por tu interés en Pedalia. Hemos recibido correctamente tu candidatura para
      el puesto de Técnico/a de mantenimiento de flota e-bike en Valencia.

      Nuestro equipo revisará tu perfil durante las próximas semanas. Si encaja con lo que
      buscamos, nos pondremos en contacto contigo.

      Un saludo,
      Equipo de Personas de Pedalia
      """,
      company="Pedalia", html="only", cte="qp"),
    S("interview_invitation", "es", "pedalia_invite", "2026-05-18 12:30 +0200", PED_LUCIA,
      "Entrevista por videollamada – Pedalia",
      """
      Hola Ruairí:

      Te escribo de Pedalia. Nos ha gustado mucho tu experiencia en el taller de Galway y
      nos gustaría conocerte en una videollamada de unos 30 minutos el jueves 21 de mayo a
      las 11:00 (hora peninsular). Te adjunto la convocatoria con el enlace.

      Si no te viene bien, dime qué otro momento de la semana te encaja.

      Un abrazo,
      Lucía Ferrer
      Responsable de Flota – Pedalia
      C/ de Colón 41, 46004 València
      """,
      company="Pedalia", contact="lucia.ferrer@pedalia.example.es",
      name_enc=("q", "iso-8859-1"),
      ics={"method": "REQUEST", "uid": "pedalia-video-338@pedalia.example.es", "seq": 0,
           "start": "2026-05-21 11:00", "minutes": 30, "tz": "Europe/Madrid",
           "summary": "Videollamada Pedalia", "organizer": PED_LUCIA}),
    S("interview_reschedule_or_cancel", "es", "pedalia_cancela", "2026-05-20 18:02 +0200",
      PED_LUCIA, "RE: Entrevista por videollamada – Pedalia",
      """
      Hola Ruairí:

      Siento avisarte tan tarde, pero mañana tenemos una inspección del Ayuntamiento en las
      estaciones del Cabanyal y tengo que cancelar nuestra videollamada. Te llamo el lunes
      para buscar otra fecha; tu candidatura sigue adelante, no te preocupes.

      Perdona las molestias,
      Lucía
      """,
      company="Pedalia", contact="lucia.ferrer@pedalia.example.es",
      name_enc=("q", "iso-8859-1"), reply="pedalia_invite", quote="es",
      ics={"method": "CANCEL", "uid": "pedalia-video-338@pedalia.example.es", "seq": 1,
           "start": "2026-05-21 11:00", "minutes": 30, "tz": "Europe/Madrid",
           "summary": "Videollamada Pedalia (cancelada)", "organizer": PED_LUCIA}),
    S("interview_invitation", "es", "pedalia_prueba", "2026-05-28 10:14 +0200", PED_LUCIA,
      "Prueba técnica en nuestro taller",
      """
      Hola de nuevo, Ruairí:

      Gracias por la charla del martes. El siguiente paso es una prueba técnica presencial
      en nuestro taller del Grau: diagnóstico de una e-bike con fallo de sensor de par y
      cambio de pastillas hidráulicas. Dura unas tres horas.

      ¿Te vendría bien el miércoles 10 de junio a las 9:00? Pagamos el desplazamiento.

      Lucía
      """,
      company="Pedalia", contact="lucia.ferrer@pedalia.example.es",
      name_enc=("q", "iso-8859-1"), reply="pedalia_cancela", charset="iso-8859-1",
      cte="qp"),
    S("rejection", "es", "pedalia_no", "2026-06-16 13:40 +0200", PED_LUCIA,
      "RE: Prueba técnica en nuestro taller",
      """
      Hola Ruairí:

      Muchas gracias por venir a Valencia y por el esfuerzo en la prueba. Hemos tenido que
      tomar una decisión difícil y finalmente hemos seleccionado a otra persona que ya
      conoce nuestro sistema de estaciones. Por eso no vamos a seguir adelante con tu
      candidatura.

      Me ha encantado conocerte y te deseo mucha suerte con el cambio de sector.

      Un abrazo,
      Lucía
      """,
      company="Pedalia", contact="lucia.ferrer@pedalia.example.es",
      name_enc=("q", "iso-8859-1"), reply="pedalia_prueba", quote="es", cte="base64"),
    # ---------------------------------------------------------------- Zipp Mobility
    S("application_received", "en", "zipp_ack", "2026-02-16 07:30 +0000",
      ("Zipp Mobility", "no-reply@us.greenhouse-mail.io"),
      "Thanks for applying to Zipp Mobility",
      """
      Hi Ruairí,

      Thanks for your interest in Zipp Mobility! We've received your application for
      Field Service Technician – Scooter Fleet (Berlin) and our team will review it soon.

      If your experience is a match, a member of our recruiting team will reach out to
      discuss next steps.

      Best,
      Zipp Mobility Recruiting
      """,
      company="Zipp Mobility", html="alt"),
    S("interview_invitation", "en", "zipp_invite", "2026-02-24 11:02 +0000",
      ("Lena Hoffmann via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      "Interview with Zipp Mobility – please pick a time",
      """
      Hi Ruairí,

      Thanks for applying for the Field Service Technician role in Berlin. I'd like to set
      up a 30-minute phone screen with you. Please choose a slot that works for you using
      the link below:

      https://app.greenhouse.example.io/schedule/zipp/8f3c21

      We'll call you on the number in your application.

      Cheers,
      Lena Hoffmann
      Talent Acquisition, Zipp Mobility
      """,
      company="Zipp Mobility", contact="lena.hoffmann@zippmobility.example.com",
      reply_to=ZIPP_LENA, html="alt"),
    S("missed_interview_notice", "en", "zipp_missed", "2026-03-03 14:25 +0100", ZIPP_LENA,
      "We tried to reach you – phone screen today",
      """
      Hi Ruairí,

      I called you at 14:00 CET as scheduled for our phone screen, twice, but couldn't
      reach you and left a voicemail. Maybe there was a time zone mix-up?

      If you're still interested, reply to this email and I'll see whether I can find
      another slot later this week.

      Lena
      """,
      company="Zipp Mobility", contact="lena.hoffmann@zippmobility.example.com"),
    S("other", "en", "zipp_own_sorry", "2026-03-03 15:02 +0000", ME,
      "Re: We tried to reach you – phone screen today",
      """
      Hi Lena,

      I'm really sorry. I booked 14:00 thinking it was Irish time, so I was waiting for your
      call at three. Completely my mistake. I'm free any time Thursday or Friday.

      Best regards,
      Ruairí
      """,
      to=ZIPP_LENA, reply="zipp_missed", quote="en"),
    S("rejection", "en", "zipp_no", "2026-03-20 09:15 +0000",
      ("Zipp Mobility", "no-reply@us.greenhouse-mail.io"),
      "Your application to Zipp Mobility",
      """
      Hi Ruairí,

      Thank you for taking the time to speak with our team about the Field Service
      Technician role in Berlin.

      After careful consideration, we have decided to move forward with candidates whose
      experience more closely matches what we need right now, particularly with large
      scooter fleets and German-language driving licence requirements.

      We appreciate your interest in Zipp Mobility and wish you all the best.

      Zipp Mobility Recruiting
      """,
      company="Zipp Mobility", html="only"),
    # ---------------------------------------------------------------- Westlink Bus
    S("application_received", "en", "westlink_ack", "2026-03-23 21:44 +0000",
      ("Westlink Bus Careers", "westlinkbus@myworkday.com"),
      "Application received: Depot Technician (Electric Buses) – Galway",
      """
      Dear Ruairí,

      Thank you for applying for Depot Technician (Electric Buses) - Galway, requisition
      R-10482. This is to confirm that we have received your application.

      You can follow the progress of your application by signing in to the Westlink Bus
      candidate home page.

      Kind regards,
      Westlink Bus Talent Acquisition

      This is an automated message. Please do not reply.
      """,
      company="Westlink Bus", html="only", cte="base64"),
    S("interview_invitation", "en", "westlink_assessment", "2026-04-01 10:30 +0100",
      WEST_DECLAN, "Assessment day – Depot Technician, Ballybrit",
      """
      Dear Ruairí,

      Further to your application for the Depot Technician role, I am pleased to invite you
      to our assessment day at the Ballybrit depot on Thursday 16 April, starting at 09:00.

      The day consists of a short aptitude test, a practical task on a battery-electric
      bus (under supervision) and a 30-minute interview with myself and our Engineering
      Manager. Please bring photo ID and safety footwear.

      Kindly confirm your attendance by return.

      Regards,
      Declan Fahy
      Depot Engineering Supervisor
      Westlink Bus, Ballybrit Industrial Estate, Galway H91 X2Y4
      T: +353 91 555 0177

      DISCLAIMER: This email and any attachments are confidential and intended solely for
      the addressee. If you have received it in error please notify the sender and delete
      it. Westlink Bus does not accept liability for any views expressed herein.
      """,
      company="Westlink Bus", contact="declan.fahy@westlinkbus.example.ie",
      charset="windows-1252", cte="qp"),
    S("interview_reschedule_or_cancel", "en", "westlink_postponed", "2026-04-08 15:12 +0100",
      WEST_DECLAN, "RE: Assessment day – Depot Technician, Ballybrit – POSTPONED",
      """
      Dear Ruairí,

      Due to the industrial action announced for next week, we have had to postpone the
      assessment day of 16 April. Your application remains active and we will be in touch
      with a new date as soon as the situation is clearer, most likely in early May.

      Apologies for any inconvenience.

      Regards,
      Declan
      """,
      company="Westlink Bus", contact="declan.fahy@westlinkbus.example.ie",
      reply="westlink_assessment", quote="outlook"),
    S("rejection", "en", "westlink_filled", "2026-04-29 12:01 +0100", WEST_DECLAN,
      "RE: Assessment day – Depot Technician, Ballybrit",
      """
      Dear Ruairí,

      I wanted to update you personally. Following the dispute, the company agreed a
      redeployment plan and the Depot Technician vacancy has now been filled internally by
      a colleague from our Limerick depot. As a result, we will not be holding the
      assessment day and will not be progressing your application further.

      Thank you for your patience, and I hope our paths cross again.

      Regards,
      Declan Fahy
      """,
      company="Westlink Bus", contact="declan.fahy@westlinkbus.example.ie",
      reply="westlink_postponed", quote="outlook"),
    # ---------------------------------------------------------------- Stadtverkehr Limmat
    S("application_received", "de", "svl_ack", "2026-06-02 06:40 +0000",
      ("Stadtverkehr Limmat", "noreply@successfactors.eu"),
      "Eingangsbestätigung Ihrer Bewerbung - Fahrzeugtechniker/in E-Mobilität",
      """
      Guten Tag Herr Ó Donnchadha-Weiss

      Wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Fahrzeugtechniker/in
      E-Mobilität (80-100 %), Referenz 26-0417.

      Ihre Unterlagen werden nun geprüft. Wir bitten Sie um etwas Geduld; Sie erhalten
      innerhalb von drei Wochen eine Rückmeldung.

      Freundliche Grüsse
      Stadtverkehr Limmat, Personalgewinnung

      Diese Nachricht wurde automatisch erstellt.
      """,
      company="Stadtverkehr Limmat", html="alt", charset="iso-8859-1",
      subj_enc=("q", "iso-8859-1")),
    S("interview_invitation", "de", "svl_einladung", "2026-06-15 09:20 +0200", SVL_BEAT,
      "Einladung zum Vorstellungsgespräch",
      """
      Guten Tag Herr Ó Donnchadha-Weiss

      Vielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem Vorstellungsgespräch in
      unserem Depot Hardau ein:

      Dienstag, 23. Juni 2026, 10.00 Uhr, Dauer ca. 75 Minuten
      Depot Hardau, Hardaustrasse 12, 8004 Zürich, Empfang Gebäude B

      Am Gespräch nehmen Frau Corinne Bachmann (HR) und ich teil. Eine Kalendereinladung
      liegt bei. Die Reisekosten werden nicht übernommen; eine Teilnahme per Video ist auf
      Wunsch möglich.

      Freundliche Grüsse
      Beat Züllig
      Leiter Unterhalt Busse und E-Flotte
      Stadtverkehr Limmat
      """,
      company="Stadtverkehr Limmat", contact="beat.zuellig@svl.example.ch",
      name_enc=("b", "iso-8859-1"),
      ics={"method": "REQUEST", "uid": "svl-gespraech-338@svl.example.ch", "seq": 0,
           "start": "2026-06-23 10:00", "minutes": 75, "tz": "Europe/Zurich",
           "summary": "Vorstellungsgespräch Fahrzeugtechniker/in E-Mobilität",
           "organizer": SVL_BEAT, "location": "Depot Hardau, Gebäude B"}),
    S("rejection", "de", "svl_abbruch", "2026-06-19 16:05 +0200", SVL_BEAT,
      "Absage Vorstellungsgespräch vom 23. Juni",
      """
      Guten Tag Herr Ó Donnchadha-Weiss

      Leider muss ich Ihnen mitteilen, dass die Geschäftsleitung im Rahmen einer
      Reorganisation des Unterhalts entschieden hat, die Stelle Fahrzeugtechniker/in
      E-Mobilität vorerst nicht zu besetzen. Wir stellen das Auswahlverfahren deshalb ein
      und müssen das Gespräch vom 23. Juni absagen.

      Wir bedauern dies sehr und danken Ihnen für Ihr Interesse an unserem Unternehmen.

      Freundliche Grüsse
      Beat Züllig
      """,
      company="Stadtverkehr Limmat", contact="beat.zuellig@svl.example.ch",
      name_enc=("b", "iso-8859-1"), reply="svl_einladung",
      ics={"method": "CANCEL", "uid": "svl-gespraech-338@svl.example.ch", "seq": 1,
           "start": "2026-06-23 10:00", "minutes": 75, "tz": "Europe/Zurich",
           "summary": "Abgesagt: Vorstellungsgespräch", "organizer": SVL_BEAT,
           "location": "Depot Hardau, Gebäude B"}),
    # ---------------------------------------------------------------- Torque Talent
    S("interview_invitation", "en", "torque_shannon_invite", "2026-07-06 12:44 +0100",
      TORQUE_ORLA, "Shannon eBikes would like to meet you!",
      """
      Hi Ruairí,

      Great news: I sent your CV over to Shannon eBikes for the Service & Warranty
      Technician role in Limerick and they'd like to meet you. Their workshop manager,
      Pádraig, has offered Friday 10 July at 11am at their unit in Raheen, about an hour.

      Can you let me know today if that works so I can lock it in? Happy to do a quick
      prep call on Thursday evening too.

      Orla

      Orla Dunne | Senior Consultant, Automotive & Mobility
      Torque Talent | 21 Fitzwilliam Place, Dublin 2 | +353 1 555 0193
      """,
      company="Shannon eBikes", contact="orla@torquetalent.example.ie"),
    S("rejection", "en", "torque_shannon_no", "2026-07-20 17:30 +0100", TORQUE_ORLA,
      "RE: Shannon eBikes would like to meet you!",
      """
      Hi Ruairí,

      I've just had feedback from Shannon eBikes. They liked you a lot and were impressed
      with your wheel-building, but in the end they've offered the role to someone with
      more warranty-claims experience on Bosch systems, so it's a no this time.

      Don't be discouraged. I have two more field roles coming in and I'll be in touch.

      Orla
      """,
      company="Shannon eBikes", contact="orla@torquetalent.example.ie",
      reply="torque_shannon_invite", quote="outlook"),
    # ---------------------------------------------------------------- Méca Intérim
    S("interview_invitation", "fr", "meca_entretien", "2026-08-03 09:12 +0200",
      MECA_SANDRINE, "Entretien chez notre client – mécanicien trottinettes",
      """
      Bonjour M. Ó Donnchadha-Weiss,

      Suite à notre échange téléphonique, notre client, un opérateur de trottinettes en
      libre-service implanté à Lyon, souhaite vous rencontrer pour une mission de trois
      mois renouvelable (mécanicien atelier, 35h).

      L'entretien aura lieu le jeudi 6 août à 10h00 dans leur entrepôt de Vénissieux.
      L'adresse exacte et le nom de votre interlocuteur vous seront transmis par SMS la
      veille.

      Merci de me confirmer votre présence.

      Sandrine Aubert
      Chargée de recrutement - Méca Intérim Lyon Sud
      """,
      company="Méca Intérim", contact="s.aubert@meca-interim.example.fr",
      charset="iso-8859-1", cte="8bit"),
    S("missed_interview_notice", "fr", "meca_absent", "2026-08-06 11:03 +0200",
      MECA_SANDRINE, "Absence à l'entretien de ce matin",
      """
      Bonjour,

      Notre client m'informe que vous ne vous êtes pas présenté à l'entretien prévu ce matin
      à 10h00 à Vénissieux. Ils vous ont attendu une demi-heure.

      Pouvez-vous me rappeler au 04 78 55 12 40 pour m'expliquer ce qui s'est passé ? Sans
      nouvelles de votre part, je ne pourrai pas vous proposer de nouvel entretien.

      Sandrine Aubert
      Méca Intérim Lyon Sud
      """,
      company="Méca Intérim", contact="s.aubert@meca-interim.example.fr",
      reply="meca_entretien", subj_enc=("b", "utf-8")),
    # ---------------------------------------------------------------- Talento Técnico
    S("interview_invitation", "es", "talento_rayo_invite", "2026-09-01 16:20 +0200",
      TALENTO_JAVIER, "Entrevista con Rayo Scooters – jueves 3",
      """
      Buenas tardes, Ruairí:

      Como hablamos, te confirmo la entrevista con Rayo Scooters para el puesto de técnico
      de campo en Valencia: jueves 3 de septiembre a las 12:30 en su nave de Vara de
      Quart (Calle del Pla de Foios 8). Te atenderá Marc Soler, jefe de operaciones.

      Lleva DNI o NIE y, si puedes, alguna foto de trabajos de taller.

      Saludos,
      Javier Montesinos
      Consultor – Talento Técnico
      """,
      company="Rayo Scooters", contact="jmontesinos@talentotecnico.example.es"),
    S("missed_interview_notice", "es", "talento_rayo_noshow", "2026-09-03 13:15 +0200",
      TALENTO_JAVIER, "RE: Entrevista con Rayo Scooters – jueves 3",
      """
      Ruairí, ¿va todo bien?

      Me acaba de llamar Marc desde Rayo: te estuvieron esperando a las 12:30 y no llegaste.
      Te he llamado dos veces al móvil y no lo coges. Llámame en cuanto leas esto, por
      favor, a ver si lo podemos arreglar.

      Javier
      """,
      company="Rayo Scooters", contact="jmontesinos@talentotecnico.example.es",
      reply="talento_rayo_invite", quote="es"),
    S("other", "es", "talento_own_perdon", "2026-09-03 19:40 +0200", ME,
      "RE: Entrevista con Rayo Scooters – jueves 3",
      """
      Hola Javier:

      Lo siento muchísimo. El autobús desde Valencia se averió en la autovía y me quedé sin
      batería en el móvil. Llegué a las 13:20, pero ya no había nadie. ¿Crees que Marc me
      daría otra oportunidad? Puedo ir cualquier día de la semana que viene.

      Perdona las molestias,
      Ruairí
      """,
      to=TALENTO_JAVIER, reply="talento_rayo_noshow", quote="es"),
]
