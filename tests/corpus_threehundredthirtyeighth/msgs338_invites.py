"""Invitations, moved or cancelled interviews, and missed-interview notices."""

from __future__ import annotations

from msgs338_common import S

AMPERE = ("Fionnuala Burke", "fionnuala.burke@amperecarclub.example.ie")
SKOOTR = ("Conor Daly", "conor.daly@skootr.example.ie")
KIEZ = ("Kiez Logistics Talent", "kiezlogistics@myworkday.com")
APEX = ("Hannah Lindqvist", "hannah@apexmobilitysearch.example.com")
FIELDFORCE = ("Gráinne Kelly", "grainne.kelly@fieldforce-rec.example.ie")
GOVOLT = ("Marina Vidal", "marina@govolt.example.es")
CORRIB = ("Mick Joyce", "mick@corribebikes.example.ie")
RADNETZ = ("Radnetz Leipzig via softgarden", "radnetz-leipzig@mail.softgarden.io")
RADNETZ_ANNA = ("Anna Schubert", "anna.schubert@radnetz-leipzig.example.de")
MOBILGENOSS = ("Sabine Meier", "sabine.meier@mobilgenoss.example.ch")
MOBILOU = ("Mobilou Recrutement", "no-reply@hire.lever.co")
MOBILOU_JULIE = ("Julie Fontaine", "julie.fontaine@mobilou.example.fr")
CARGOROULE = ("Mathieu Roux", "mathieu@cargoroule.example.fr")
VALENBIKE = ("Valenbike Servicios", "no-reply@smartrecruiters.com")
VALENBIKE_PABLO = ("Pablo Gimeno", "pablo.gimeno@valenbike.example.es")
KINETIC = ("Kinetic Fleet Services", "kineticfleet@talent.icims.com")
KINETIC_MAX = ("Max Brandt", "max.brandt@kineticfleet.example.com")
SCHRAUBERWERK = ("Kerstin Vogt", "k.vogt@schrauberwerk-personal.example.de")

SPECS = [
    # ------------------------------------------------------------------ Ampere Car Club
    S("interview_invitation", "en", "ampere_invite", "2026-05-08 12:05 +0100", AMPERE,
      "Interview invitation – EV Fleet Technician",
      """
      Hi Ruairí,

      Thank you for applying to Ampere Car Club. We'd like to invite you to a first
      interview for the EV Fleet Technician role on Thursday 21 May at 14:00 at our office,
      2nd floor, Merchants Quay, Galway. It will take about 45 minutes with me and Eoin,
      our Fleet Manager.

      Please let me know if this suits.

      Best wishes,
      Fionnuala Burke
      People & Culture | Ampere Car Club
      """,
      company="Ampere Car Club", contact="fionnuala.burke@amperecarclub.example.ie",
      html="alt", headers={"X-Mailer": "BambooHR"}),
    S("interview_reschedule_or_cancel", "en", "ampere_moved", "2026-05-15 09:48 +0100",
      AMPERE, "RE: Interview invitation – EV Fleet Technician",
      """
      Hi Ruairí,

      Eoin has to be in Dublin for a supplier meeting on the 21st, so could we move your
      interview to Friday 22 May at 10:00? Same place. Apologies for the change!

      Fionnuala
      """,
      company="Ampere Car Club", contact="fionnuala.burke@amperecarclub.example.ie",
      reply="ampere_invite", quote="outlook"),
    # ------------------------------------------------------------------ Kinetic (iCIMS)
    S("interview_invitation", "en", "kinetic_invite", "2026-03-05 15:30 +0100", KINETIC,
      "Interview Request: Field Technician (Berlin)",
      """
      Dear Ruairí,

      Max Brandt has invited you to a video interview for the position Field Technician
      (Berlin), Req ID 2026-1187.

      Date: Thursday, 12 March 2026
      Time: 11:00 - 11:45 (Europe/Berlin)
      Format: Microsoft Teams (link in the calendar invitation)

      Please accept or decline the calendar invitation. If you have questions, reply to
      this email and it will reach Max directly.

      Kinetic Fleet Services Recruitment
      """,
      company="Kinetic Fleet Services", contact="max.brandt@kineticfleet.example.com",
      reply_to=KINETIC_MAX, html="alt",
      ics={"method": "REQUEST", "uid": "icims-2026-1187-ruairi@kineticfleet.example.com",
           "seq": 0, "start": "2026-03-12 11:00", "minutes": 45, "tz": "Europe/Berlin",
           "summary": "Interview: Field Technician (Berlin)", "organizer": KINETIC_MAX,
           "location": "Microsoft Teams"}),
    S("interview_reschedule_or_cancel", "en", "kinetic_rescheduled", "2026-03-10 08:20 +0100",
      KINETIC, "Interview Rescheduled: Field Technician (Berlin)",
      """
      Dear Ruairí,

      Your interview for Field Technician (Berlin) has been rescheduled.

      New date: Monday, 16 March 2026
      New time: 13:30 - 14:15 (Europe/Berlin)

      The updated calendar invitation is attached. Reply to this email to reach Max
      Brandt.

      Kinetic Fleet Services Recruitment
      """,
      company="Kinetic Fleet Services", contact="max.brandt@kineticfleet.example.com",
      reply_to=KINETIC_MAX, reply="kinetic_invite",
      ics={"method": "REQUEST", "uid": "icims-2026-1187-ruairi@kineticfleet.example.com",
           "seq": 1, "start": "2026-03-16 13:30", "minutes": 45, "tz": "Europe/Berlin",
           "summary": "Interview: Field Technician (Berlin) - rescheduled",
           "organizer": KINETIC_MAX, "location": "Microsoft Teams"}),
    # ------------------------------------------------------------------ Skootr
    S("interview_invitation", "en", "skootr_invite", "2026-02-18 16:10 +0000",
      ("Conor Daly via Ashby", "no-reply@ashbyhq.com"),
      "Schedule your interview with Skootr",
      """
      Hi Ruairí,

      Conor Daly from Skootr would like to schedule a 30 minute video interview with you for
      the Night Shift Scooter Technician role.

      Pick a time that suits you here:
      https://jobs.ashby.example.com/skootr/schedule/4e1d9a

      You can reply to this email to contact Conor directly.

      Powered by Ashby
      """,
      company="Skootr", contact="conor.daly@skootr.example.ie", reply_to=SKOOTR,
      html="only"),
    S("interview_reschedule_or_cancel", "en", "skootr_cancelled", "2026-02-23 18:55 +0000",
      SKOOTR, "Cancelled: Skootr video interview (Tue 24 Feb)",
      """
      Hi Ruairí,

      I'm really sorry, but I have to cancel our interview tomorrow. Half of our night
      team is out sick and I'm covering the warehouse. I'll send you a new link for later
      next week. You're very much still in the running!

      Cheers,
      Conor
      Ops Manager, Skootr Dublin
      """,
      company="Skootr", contact="conor.daly@skootr.example.ie",
      ics={"method": "CANCEL", "uid": "ashby-skootr-4e1d9a@skootr.example.ie", "seq": 2,
           "start": "2026-02-24 17:00", "minutes": 30, "tz": "Europe/Dublin",
           "summary": "Skootr video interview", "organizer": SKOOTR}),
    # ------------------------------------------------------------------ Kiez Logistics
    S("interview_invitation", "en", "kiez_assessment", "2026-04-09 07:15 +0000", KIEZ,
      "Invitation: Assessment Centre – Cargo-Bike Fleet Mechanic",
      """
      Dear Ruairí,

      Congratulations! You have been selected to attend our assessment centre for the
      Cargo-Bike Fleet Mechanic position in Berlin-Neukölln.

      Date: Wednesday 22 April 2026, 09:00-15:00
      Location: Kiez Logistics Hub, Karl-Marx-Straße 250, 12057 Berlin

      The day includes a workshop task, a group exercise and an individual interview.
      Please confirm your attendance in your Workday candidate home within 3 days.

      Kind regards,
      Kiez Logistics Talent Acquisition

      This message was sent from an unmonitored address.
      """,
      company="Kiez Logistics", html="alt", cte="base64"),
    S("interview_reschedule_or_cancel", "en", "kiez_postponed", "2026-04-17 12:40 +0000",
      KIEZ, "Update: Assessment Centre on 22 April postponed",
      """
      Dear Ruairí,

      Due to building works at our Neukölln hub, the assessment centre planned for
      22 April 2026 has been postponed. A new date will be communicated to you shortly.

      Your application is still in progress and no action is needed from you at this
      time.

      Kind regards,
      Kiez Logistics Talent Acquisition
      """,
      company="Kiez Logistics", html="only"),
    # ------------------------------------------------------------------ Apex head-hunter
    S("interview_invitation", "en", "apex_client_call", "2026-06-01 10:00 +0200", APEX,
      "Call with my client – Fleet Maintenance Supervisor, Zurich",
      """
      Hi Ruairí,

      Thanks for the chat on Friday. As discussed, my client, a leading European
      car-sharing operator expanding in Switzerland, would like to meet you by video for
      the Fleet Maintenance Supervisor role in Zurich.

      Their Head of Operations has proposed Monday 8 June at 16:00 CEST (15:00 Irish time).
      I'll share the company name and the link once you confirm, as the search is still
      confidential.

      Best,
      Hannah Lindqvist
      Partner, Apex Mobility Search | Zurich · Stockholm
      """,
      company="Apex Mobility Search", contact="hannah@apexmobilitysearch.example.com"),
    S("interview_reschedule_or_cancel", "en", "apex_postponed", "2026-06-05 17:20 +0200",
      APEX, "Re: Call with my client – postponed by a week",
      """
      Hi Ruairí,

      Small change: my client's Head of Operations has been pulled into their board
      meeting on Monday, so the call is postponed to Monday 15 June, same time. Sorry about
      that. They are still very keen.

      Hannah
      """,
      company="Apex Mobility Search", contact="hannah@apexmobilitysearch.example.com",
      reply="apex_client_call", quote="en"),
    # ------------------------------------------------------------------ Wheelhouse
    S("interview_invitation", "en", "fieldforce_wheelhouse_invite", "2026-07-13 09:05 +0100",
      FIELDFORCE, "Interview: Wheelhouse Mobility, Senior Field Engineer",
      """
      Hi Ruairí,

      Brilliant news, Wheelhouse Mobility want to meet you! They've offered a Teams call
      this Thursday, 16 July at 10:00 with Siobhán (Head of Field Ops) and one of their
      lead engineers. They will send the Teams link to you directly.

      Give me a buzz if you want to prep.

      Gráinne
      Fieldforce Technical Recruitment
      """,
      company="Wheelhouse Mobility", contact="grainne.kelly@fieldforce-rec.example.ie",
      name_enc=("q", "utf-8")),
    S("missed_interview_notice", "en", "fieldforce_wheelhouse_missed",
      "2026-07-16 10:32 +0100", FIELDFORCE, "RE: Interview: Wheelhouse Mobility",
      """
      Ruairí, Wheelhouse have just been on to me. Siobhán and her engineer were on the
      Teams call from 10:00 and waited 20 minutes but you didn't join. Is everything ok?

      Please ring me as soon as you see this. I'll try to smooth it over but I need to know
      what happened.

      Gráinne
      """,
      company="Wheelhouse Mobility", contact="grainne.kelly@fieldforce-rec.example.ie",
      name_enc=("b", "utf-8"), reply="fieldforce_wheelhouse_invite", quote="outlook"),
    # ------------------------------------------------------------------ GoVolt Valencia
    S("interview_invitation", "en", "govolt_trial", "2026-09-08 13:13 +0200", GOVOLT,
      "GoVolt – trial day in the workshop?",
      """
      Hi Ruairí,

      Thanks for your application! We're a small team (everyone speaks English here, don't
      worry about your Spanish) and we prefer to get to know people in the workshop.

      Would you like to come for a paid trial day on Tuesday 15 September from 9:00? Our
      workshop is at Carrer de Sant Vicent Màrtir 300, València. We'll do a short video call
      on Friday at 10:00 before that so you can meet Jordi, our lead mechanic.

      Marina
      Co-founder, GoVolt
      """,
      company="GoVolt", contact="marina@govolt.example.es"),
    S("missed_interview_notice", "en", "govolt_missed_call", "2026-09-11 10:41 +0200",
      GOVOLT, "Re: GoVolt – trial day in the workshop?",
      """
      Hi Ruairí,

      Jordi and I were on the video call at 10:00 as agreed but you didn't join. We waited
      until 10:25. Did something come up? Let us know, the trial day is still pencilled in
      for now.

      Marina
      """,
      company="GoVolt", contact="marina@govolt.example.es", reply="govolt_trial",
      quote="en"),
    # ------------------------------------------------------------------ Corrib E-Bikes
    S("interview_invitation", "en", "corrib_trial", "2026-01-12 19:30 +0000", CORRIB,
      "trial morning",
      """
      Ruairi

      Good to talk earlier. Come in Saturday at 9 and spend the morning with us in the
      workshop, we'll see how you get on with the Bafang and Shimano Steps stuff. Ask for
      me at the counter.

      Mick
      Corrib E-Bikes, Headford Rd

      Sent from my phone
      """,
      company="Corrib E-Bikes", contact="mick@corribebikes.example.ie", cte="7bit"),
    S("missed_interview_notice", "en", "corrib_no_show", "2026-01-17 11:02 +0000", CORRIB,
      "Re: trial morning",
      """
      Ruairi, we were expecting you at 9 this morning for the trial. No sign of you and no
      answer on the phone. Let me know if you're still interested.

      Mick

      Sent from my phone
      """,
      company="Corrib E-Bikes", contact="mick@corribebikes.example.ie", cte="7bit",
      reply="corrib_trial", quote="en"),
    # ------------------------------------------------------------------ Quayside Scooters
    S("missed_interview_notice", "en", "quayside_tried_call", "2026-08-20 15:18 +0100",
      ("Evan Cullen", "evan.cullen@quayside.example.ie"),
      "Missed phone screen – Quayside Scooters",
      """
      Hi Ruairí,

      I tried calling you at 15:00 today for our phone screen for the Scooter Technician
      role but it rang out. I've left a voicemail.

      Unfortunately my diary is full for the rest of the week. If you'd like to reschedule,
      please use the booking link in the original email and pick a slot next week.

      Thanks,
      Evan Cullen
      Recruiter, Quayside Scooters
      """,
      company="Quayside Scooters", contact="evan.cullen@quayside.example.ie",
      html="alt", headers={"X-Mailer": "Lever"}),
    # ------------------------------------------------------------------ German
    S("interview_invitation", "de", "schrauberwerk_lastenkraft_einladung",
      "2026-05-04 10:20 +0200", SCHRAUBERWERK, "Vorstellungsgespräch bei Lastenkraft",
      """
      Hallo Herr Ó Donnchadha-Weiss,

      wie telefonisch besprochen, hat unser Kunde Lastenkraft Interesse an Ihrem Profil.
      Das Vorstellungsgespräch findet statt am

      Freitag, 8. Mai 2026, um 13:00 Uhr
      Lastenkraft, Zschochersche Straße 60, 04229 Leipzig, Ansprechpartner Herr Lenz

      Bitte bringen Sie Ihren Lebenslauf in Papierform und Ihre Zeugnisse mit. Geben Sie
      mir kurz Bescheid, ob Sie den Termin wahrnehmen können.

      Beste Grüße
      Kerstin Vogt
      Personaldisponentin, Schrauberwerk Personal
      """,
      company="Lastenkraft", contact="k.vogt@schrauberwerk-personal.example.de",
      charset="iso-8859-1", cte="qp"),
    S("interview_invitation", "de", "radnetz_video", "2026-02-02 11:30 +0100", RADNETZ,
      "Einladung zum Videointerview – Radnetz Leipzig",
      """
      Hallo Ruairí,

      vielen Dank für Deine Bewerbung als Mechaniker*in für unser Fahrradverleihsystem.
      Wir möchten Dich gern kennenlernen und laden Dich zu einem Videointerview ein:

      Mittwoch, 11. Februar 2026, 15:00 Uhr (MEZ)
      mit Anna Schubert (Teamleitung Werkstatt)

      Den Link zum Videocall erhältst Du einen Tag vorher. Bei Fragen antworte einfach auf
      diese E-Mail.

      Viele Grüße
      Dein Radnetz-Team
      """,
      company="Radnetz Leipzig", contact="anna.schubert@radnetz-leipzig.example.de",
      reply_to=RADNETZ_ANNA, html="alt"),
    S("interview_reschedule_or_cancel", "de", "radnetz_verlegt", "2026-02-06 14:05 +0100",
      RADNETZ_ANNA, "Videointerview verlegt auf Donnerstag",
      """
      Hallo Ruairí,

      ich muss unser Videointerview leider verlegen, weil am Mittwoch die
      Jahreswartung der Stationen ansteht. Passt Dir Donnerstag, 12. Februar, um 16:00 Uhr?
      Der Link bleibt derselbe.

      Danke und bis Donnerstag
      Anna Schubert
      Teamleitung Werkstatt, Radnetz Leipzig
      """,
      company="Radnetz Leipzig", contact="anna.schubert@radnetz-leipzig.example.de",
      reply="radnetz_video", charset="windows-1252", cte="qp"),
    S("missed_interview_notice", "de", "radnetz_nicht_erschienen", "2026-02-12 16:30 +0100",
      RADNETZ_ANNA, "AW: Videointerview verlegt auf Donnerstag",
      """
      Hallo Ruairí,

      ich war ab 16:00 Uhr im Videocall und habe eine Viertelstunde auf Dich gewartet,
      leider bist Du nicht erschienen. Ist etwas dazwischengekommen?

      Melde Dich gern, wenn Du weiterhin Interesse hast.

      Anna
      """,
      company="Radnetz Leipzig", contact="anna.schubert@radnetz-leipzig.example.de",
      reply="radnetz_verlegt", quote="de"),
    S("interview_invitation", "de", "mobilgenoss_telefon", "2026-07-01 08:45 +0200",
      MOBILGENOSS, "Telefoninterview – Fahrzeugpfleger/in E-Carsharing",
      """
      Grüezi Herr Ó Donnchadha-Weiss

      Herzlichen Dank für Ihre Bewerbung bei Mobilgenoss. Gerne möchte ich Sie in einem
      kurzen Telefoninterview (ca. 20 Minuten) näher kennenlernen.

      Vorschlag: Dienstag, 7. Juli, 09.00 Uhr. Ich rufe Sie auf der angegebenen irischen
      Nummer an. Passt Ihnen dieser Termin?

      Freundliche Grüsse
      Sabine Meier
      HR-Fachfrau, Mobilgenoss Genossenschaft, Zürich
      """,
      company="Mobilgenoss", contact="sabine.meier@mobilgenoss.example.ch",
      charset="iso-8859-1", cte="8bit"),
    S("interview_reschedule_or_cancel", "de", "mobilgenoss_abgesagt", "2026-07-06 17:10 +0200",
      MOBILGENOSS, "Telefoninterview morgen muss leider ausfallen",
      """
      Grüezi Herr Ó Donnchadha-Weiss

      Leider bin ich krankgeschrieben und muss unser Telefoninterview von morgen absagen.
      Ich melde mich nächste Woche mit einem neuen Terminvorschlag. Ihre Bewerbung bleibt
      selbstverständlich im Prozess.

      Freundliche Grüsse
      Sabine Meier
      """,
      company="Mobilgenoss", contact="sabine.meier@mobilgenoss.example.ch",
      reply="mobilgenoss_telefon"),
    S("missed_interview_notice", "de", "mobilgenoss_nicht_erreicht", "2026-07-14 09:20 +0200",
      MOBILGENOSS, "Telefoninterview heute – nicht erreicht",
      """
      Grüezi Herr Ó Donnchadha-Weiss

      Ich habe heute um 09.00 Uhr wie vereinbart versucht, Sie anzurufen, zweimal, leider
      ohne Erfolg. Könnten Sie mir bitte mitteilen, ob Sie weiterhin an der Stelle
      interessiert sind?

      Freundliche Grüsse
      Sabine Meier
      HR-Fachfrau, Mobilgenoss Genossenschaft
      Hohlstrasse 400, 8048 Zürich, +41 44 555 18 20
      """,
      company="Mobilgenoss", contact="sabine.meier@mobilgenoss.example.ch",
      reply="mobilgenoss_abgesagt", quote="outlook_de", html="alt"),
    # ------------------------------------------------------------------ French
    S("interview_invitation", "fr", "mobilou_entretien", "2026-05-26 14:00 +0000", MOBILOU,
      "Mobilou : entretien téléphonique",
      """
      Bonjour Ruairí,

      Julie Fontaine, de l'équipe Recrutement de Mobilou, souhaiterait échanger avec vous
      par téléphone au sujet du poste d'Agent·e technique véhicules en autopartage.

      Merci de choisir un créneau de 30 minutes via le lien ci-dessous :
      https://hire.lever.example.co/mobilou/interview/77a0c2

      Pour toute question, répondez simplement à ce message.

      L'équipe Mobilou
      """,
      company="Mobilou", contact="julie.fontaine@mobilou.example.fr",
      reply_to=MOBILOU_JULIE, html="alt", subj_enc=("b", "iso-8859-1")),
    S("interview_reschedule_or_cancel", "fr", "mobilou_reporte", "2026-06-02 09:22 +0200",
      MOBILOU_JULIE, "Report de notre entretien téléphonique",
      """
      Bonjour Ruairí,

      Je suis contrainte de reporter notre entretien téléphonique prévu demain à 10h : je
      serai en formation toute la journée. Pouvons-nous le décaler à vendredi 5 juin, même
      heure ? Je vous appellerai sur votre numéro irlandais.

      Merci et à vendredi,
      Julie Fontaine
      Chargée de recrutement, Mobilou
      """,
      company="Mobilou", contact="julie.fontaine@mobilou.example.fr",
      charset="iso-8859-1", cte="qp"),
    S("interview_invitation", "fr", "cargoroule_essai", "2026-09-02 12:30 +0200", CARGOROULE,
      "Journée d'essai à l'atelier ?",
      """
      Salut Ruairí,

      Merci pour ton message et ton CV, ton expérience en montage de roues nous intéresse
      beaucoup. Est-ce que tu serais partant pour venir passer une journée d'essai à
      l'atelier de Villeurbanne, le jeudi 10 septembre de 8h30 à 17h ?

      Tu seras avec Karim au montage des châssis. On prend en charge le repas du midi.

      À bientôt,
      Mathieu
      Cargoroule
      """,
      company="Cargoroule", contact="mathieu@cargoroule.example.fr"),
    S("interview_reschedule_or_cancel", "fr", "cargoroule_decale", "2026-09-07 08:05 +0200",
      CARGOROULE, "Re: Journée d'essai à l'atelier ?",
      """
      Salut Ruairí,

      Petit changement : Karim sera sur un salon à Francfort jeudi, du coup on décale ta
      journée d'essai au mardi 15 septembre, mêmes horaires. Ça te va toujours ?

      Mathieu
      """,
      company="Cargoroule", contact="mathieu@cargoroule.example.fr",
      reply="cargoroule_essai", quote="fr", cte="8bit"),
    # ------------------------------------------------------------------ Spanish
    S("interview_invitation", "es", "valenbike_jornada", "2026-07-20 11:00 +0000", VALENBIKE,
      "Invitación: jornada de evaluación – Técnico/a de campo",
      """
      Hola Ruairí:

      Nos alegra comunicarte que has superado la primera fase del proceso para el puesto de
      Técnico/a de campo en Valenbike Servicios.

      Te invitamos a una jornada de evaluación el lunes 27 de julio a las 9:30 en nuestras
      instalaciones de la Avenida del Puerto 120, Valencia. Incluye una prueba práctica y
      una entrevista con el equipo de operaciones.

      Si tienes cualquier duda, responde a este correo y te contestará Pablo Gimeno.

      Equipo de Selección de Valenbike
      """,
      company="Valenbike Servicios", contact="pablo.gimeno@valenbike.example.es",
      reply_to=VALENBIKE_PABLO, html="alt", subj_enc=("q", "windows-1252")),
    S("interview_reschedule_or_cancel", "es", "valenbike_aplazada", "2026-07-23 17:45 +0200",
      VALENBIKE_PABLO, "Jornada de evaluación aplazada",
      """
      Hola Ruairí:

      Por la ola de calor y la alerta roja del lunes, hemos decidido aplazar la jornada de
      evaluación del 27 de julio. Te propondremos una nueva fecha en agosto en cuanto
      tengamos confirmadas las instalaciones. Tu candidatura sigue activa.

      Disculpa las molestias,
      Pablo Gimeno
      Jefe de Operaciones · Valenbike Servicios
      """,
      company="Valenbike Servicios", contact="pablo.gimeno@valenbike.example.es",
      reply="valenbike_jornada", quote="outlook_es", charset="windows-1252", cte="8bit"),
]
