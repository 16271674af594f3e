"""Rejections: every shade of "no", from ATS form letters to a recruiter relaying a client."""

from __future__ import annotations

from msgs338_common import S

SPECS = [
    # ------------------------------------------------------------------ English
    S("rejection", "en", "voltway_not_shortlisted", "2026-01-28 17:05 +0000",
      ("Voltway Scooters", "no-reply@hire.lever.co"),
      "Update on your application to Voltway Scooters",
      """
      Hi Ruairí,

      Thank you for your interest in the Scooter Mechanic (Dublin North) position at
      Voltway Scooters and for the time you put into your application.

      We received a very large number of applications for this role. After reviewing
      yours, we regret to let you know that you have not been shortlisted for the next
      stage of the process.

      We'll keep your details on file for twelve months and may contact you should a
      suitable opportunity arise.

      Best wishes,
      The Voltway Talent Team
      """,
      company="Voltway Scooters", html="alt"),
    S("rejection", "en", "sharewheels_closer_match", "2026-02-11 13:22 +0000",
      ("ShareWheels Talent", "no-reply@ashbyhq.com"),
      "Your application for Fleet Care Technician at ShareWheels",
      """
      Hi Ruairí,

      Thanks so much for applying to be a Fleet Care Technician with ShareWheels in Dublin.
      We really enjoyed reading about your move from bike repair into e-mobility.

      We've now reviewed all applications, and we've decided to move forward with
      candidates whose experience more closely matches the requirements of this role, in
      particular hands-on work on high-voltage car systems.

      If you have any questions, you're welcome to reply to Priya directly.

      All the best,
      Priya Nair
      Talent Partner, ShareWheels
      """,
      company="ShareWheels", contact="priya.nair@sharewheels.example.ie",
      reply_to=("Priya Nair", "priya.nair@sharewheels.example.ie"), html="only"),
    S("rejection", "en", "liffey_cargo_filled", "2026-02-26 10:41 +0000",
      ("Síle Ní Bhriain", "sile@liffeycargo.example.ie"),
      "Assembly technician role",
      """
      Hi Ruairí,

      Thanks again for dropping in your CV at the workshop last month, and sorry for the
      slow reply. We're a small team and things have been mad with the new trike launch.

      I'm afraid the assembly technician position has been filled. We took on someone who
      had already been helping us part-time over the winter. I'd genuinely love to keep
      your details for when we expand the service side later in the year, if that's ok.

      Good luck with everything,
      Síle
      --
      Síle Ní Bhriain, co-founder
      Liffey Cargo Cycles, Unit 9, Docklands Innovation Park, Dublin 3
      """,
      company="Liffey Cargo Cycles", contact="sile@liffeycargo.example.ie",
      name_enc=("q", "iso-8859-1"), charset="iso-8859-1", cte="8bit"),
    S("rejection", "en", "citybike_limerick_hold", "2026-03-12 12:18 +0000",
      ("Gearóid Moran", "gmoran@citybikelimerick.example.ie"),
      "Citybike Limerick – Maintenance Technician vacancy",
      """
      Dear Ruairí,

      I am writing to let you know that, following a review of our budget for the coming
      year, the Maintenance Technician vacancy has been put on hold until further notice.
      We will therefore not proceed with any of the applications received, including yours.

      Please accept my apologies for any disappointment, and thank you for your interest in
      Citybike Limerick. If the position is re-advertised we would be happy to hear from
      you again.

      Yours sincerely,
      Gearóid Moran
      Operations Manager
      Citybike Limerick
      """,
      company="Citybike Limerick", contact="gmoran@citybikelimerick.example.ie",
      name_enc=("b", "utf-8"), charset="windows-1252", cte="qp"),
    S("rejection", "en", "kinetic_after_interview", "2026-03-27 16:50 +0100",
      ("Kinetic Fleet Services", "kineticfleet@talent.icims.com"),
      "Kinetic Fleet Services – Field Technician (Berlin): outcome",
      """
      Dear Ruairí,

      Thank you for interviewing with us for the Field Technician (Berlin) position. We
      appreciated the opportunity to learn more about your skills and experience.

      Unfortunately, after careful consideration, we will not be moving forward with your
      candidacy at this time. This decision was not easy given the strength of the
      candidates we met.

      We encourage you to apply for future openings that match your background.

      Sincerely,
      Kinetic Fleet Services Recruitment

      Please do not reply to this automated message.
      """,
      company="Kinetic Fleet Services", html="only", cte="base64"),
    S("rejection", "en", "greengear_client_no", "2026-04-14 11:35 +0100",
      ("Tom Keating | GreenGear Recruitment", "tom.keating@greengear.example.co.uk"),
      "Re: Mobile e-bike technician opportunity",
      """
      Hi Ruairí,

      Quick update on the mobile technician role I put you forward for last week. My client
      has come back to me and, unfortunately, they've decided not to progress your
      application. Their feedback was that they need someone who already holds a full
      C1 licence to drive the service van, which I know you're still working towards.

      Sorry it's not better news. I'll keep you in mind for roles without the driving
      requirement.

      Kind regards,
      Tom Keating
      Senior Consultant, GreenGear Recruitment
      """,
      company="GreenGear Recruitment", contact="tom.keating@greengear.example.co.uk",
      html="alt"),
    S("rejection", "en", "metromobility_taleo", "2026-05-04 08:03 +0000",
      ("Metro Mobility Dublin", "metromobility@taleo.net"),
      "Metro Mobility Dublin: Job Reference MMD-2291 – Technician Grade II",
      """
      Dear Applicant,

      Re: Technician Grade II (Micromobility Infrastructure), Ref. MMD-2291

      Thank you for your application for the above competition. The shortlisting board has
      now completed its assessment of all applications against the essential criteria set
      out in the candidate information booklet.

      I regret to inform you that your application was not among those shortlisted for
      interview on this occasion.

      Metro Mobility Dublin thanks you for your interest and wishes you every success in
      the future.

      Recruitment Unit
      Metro Mobility Dublin
      """,
      company="Metro Mobility Dublin", charset="windows-1252", cte="8bit"),
    S("rejection", "en", "hoppcargo_suspended", "2026-05-19 14:20 +0200",
      ("Hopp Cargo", "noreply@workablemail.com"),
      "Hopp Cargo – update on Cargo-Bike Service Lead",
      """
      Hi Ruairí,

      We wanted to let you know that we have paused hiring for the Cargo-Bike Service Lead
      role in Berlin. Our next funding round has been delayed and we have decided to
      suspend this recruitment process entirely.

      This means we will not be moving forward with your application. We're sorry to bring
      this news after you took the time to apply, and we hope to be able to reopen roles
      later this year.

      Thanks,
      Team Hopp Cargo
      """,
      company="Hopp Cargo", html="alt", cte="base64"),
    S("rejection", "en", "ampere_after_second", "2026-06-05 18:12 +0100",
      ("Fionnuala Burke", "fionnuala.burke@amperecarclub.example.ie"),
      "Ampere Car Club – after your second interview",
      """
      Hi Ruairí,

      Thank you for coming in for a second interview on Tuesday and for the effort you put
      into the fault-finding task. The panel really valued your attitude and your honesty
      about where you are in your EV training.

      It was a close call, but we have decided to offer the role to another candidate who
      already has the IMI Level 3 in electric and hybrid vehicles. I know this is not the
      answer you were hoping for.

      If it helps, I'm happy to give you more detailed feedback over the phone.

      Best wishes,
      Fionnuala
      Fionnuala Burke | People & Culture | Ampere Car Club | Galway
      """,
      company="Ampere Car Club", contact="fionnuala.burke@amperecarclub.example.ie",
      reply_to=("Fionnuala Burke", "fionnuala.burke@amperecarclub.example.ie"),
      headers={"X-Mailer": "BambooHR"}),
    S("rejection", "en", "boltline_internal", "2026-06-24 09:30 +0200",
      ("Boltline E-Mobility Recruiting", "no-reply@eu.greenhouse-mail.io"),
      "Your application for E-Bike Service Technician – Zurich",
      """
      Hi Ruairí,

      Thank you for applying for the E-Bike Service Technician position in Zurich.

      We wanted to let you know that the position has been filled internally. As a result,
      we are closing this vacancy and won't be proceeding with external applications.

      We'd love for you to keep an eye on our careers page for future roles.

      Best regards,
      Boltline E-Mobility
      """,
      company="Boltline E-Mobility", html="only"),
    S("rejection", "en", "fieldforce_wheelhouse", "2026-07-28 15:47 +0100",
      ("Gráinne Kelly", "grainne.kelly@fieldforce-rec.example.ie"),
      "Wheelhouse Mobility – feedback",
      """
      Hi Ruairí,

      Hope you're well. I've had feedback from Wheelhouse Mobility after last Thursday's
      interview for the Senior Field Engineer role.

      They thought you were personable and clearly very skilled mechanically, but for this
      role they need someone who can lead a team of six from day one, so they won't be
      taking your application further. They did suggest you'd be a strong fit for their
      Technician roles when they open again in the autumn.

      Talk soon,
      Gráinne

      Gráinne Kelly
      Fieldforce Technical Recruitment
      M: +353 87 555 4410
      """,
      company="Wheelhouse Mobility", contact="grainne.kelly@fieldforce-rec.example.ie",
      name_enc=("q", "utf-8"), quote=None),
    S("rejection", "en", "rideloop_short", "2026-08-12 07:55 +0000",
      ("Jess from RideLoop", "jess@rideloop.example.de"),
      "RideLoop application",
      """
      Hey Ruairi,

      Thanks for applying to RideLoop! We've looked at your profile and, unfortunately,
      we won't be moving you forward for the Berlin workshop role. We're only able to
      consider people who already live in Berlin and can start within two weeks.

      Best of luck!
      Jess
      People Ops @ RideLoop
      """,
      company="RideLoop", contact="jess@rideloop.example.de", cte="7bit"),
    # ------------------------------------------------------------------ German
    S("rejection", "de", "bmb_absage", "2026-03-18 10:02 +0100",
      ("Berliner Mobilitätsbetriebe", "bmb-karriere@mail.softgarden.io"),
      "Ihre Bewerbung als Kfz-Mechatroniker*in E-Flotte",
      """
      Sehr geehrter Herr Ó Donnchadha-Weiss,

      vielen Dank für Ihr Interesse an den Berliner Mobilitätsbetrieben und Ihre Bewerbung
      als Kfz-Mechatroniker*in E-Flotte.

      Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass
      wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Für die Stelle ist
      eine abgeschlossene Ausbildung als Kfz-Mechatroniker zwingend erforderlich.

      Wir wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.

      Mit freundlichen Grüßen
      Ihr Recruiting-Team der Berliner Mobilitätsbetriebe
      """,
      company="Berliner Mobilitätsbetriebe", html="alt", name_enc=("q", "iso-8859-1")),
    S("rejection", "de", "teilauto_intern", "2026-04-21 17:30 +0200",
      ("Teilauto Spree", "noreply@personio.de"),
      "Rückmeldung zu Deiner Bewerbung",
      """
      Hallo Ruairí,

      danke, dass Du Dich bei Teilauto Spree als Flottentechniker*in beworben hast.

      Wir haben uns entschieden, die Stelle intern mit einer Kollegin aus unserem
      Fahrzeugservice zu besetzen. Deshalb können wir Deine Bewerbung leider nicht weiter
      berücksichtigen.

      Wir wünschen Dir viel Erfolg bei der Suche!
      Dein Team von Teilauto Spree
      """,
      company="Teilauto Spree", html="only", cte="qp"),
    S("rejection", "de", "schrauberwerk_lastenkraft", "2026-05-13 16:44 +0200",
      ("Kerstin Vogt", "k.vogt@schrauberwerk-personal.example.de"),
      "Rückmeldung Lastenkraft",
      """
      Hallo Herr Ó Donnchadha-Weiss,

      ich habe heute Rückmeldung von unserem Kunden Lastenkraft bekommen. Leider hat man
      sich dort für einen anderen Bewerber entschieden, der bereits Erfahrung mit der
      Rahmenfertigung aus Aluminium mitbringt.

      Ich finde das schade, Ihr Gespräch lief aus meiner Sicht gut. Ich melde mich, sobald
      ich eine passende Einsatzstelle in Leipzig habe.

      Beste Grüße
      Kerstin Vogt
      Personaldisponentin
      Schrauberwerk Personal GmbH & Co. KG
      Georg-Schwarz-Straße 17, 04177 Leipzig
      """,
      company="Lastenkraft", contact="k.vogt@schrauberwerk-personal.example.de",
      charset="iso-8859-1", cte="qp"),
    S("rejection", "de", "velomotion_nach_gespraech", "2026-07-09 11:11 +0200",
      ("Reto Gisler", "reto.gisler@velomotion.example.ch"),
      "Ihre Bewerbung als E-Bike-Servicetechniker",
      """
      Grüezi Herr Ó Donnchadha-Weiss

      Besten Dank für das angenehme Gespräch von letzter Woche in unserer Werkstatt in
      Altstetten.

      Wir haben uns die Entscheidung nicht leicht gemacht. Schliesslich haben wir uns für
      eine Kandidatin entschieden, die Schweizerdeutsch spricht, da der Kundenkontakt im
      Laden einen grossen Teil der Stelle ausmacht. Wir müssen Ihnen deshalb eine Absage
      erteilen.

      Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

      Freundliche Grüsse
      Reto Gisler
      Werkstattchef, Velomotion Zürich
      """,
      company="Velomotion Zürich", contact="reto.gisler@velomotion.example.ch",
      charset="windows-1252", cte="8bit", html="alt"),
    S("rejection", "de", "eroller_eingefroren", "2026-08-25 09:45 +0200",
      ("E-Roller Rapid Recruiting", "jobs@eroller-rapid.recruitee.com"),
      "Update zu deiner Bewerbung bei E-Roller Rapid",
      """
      Hi Ruairí,

      wir müssen dir leider mitteilen, dass wir die Stelle "Field Mechanic E-Scooter
      (Leipzig)" vorerst auf Eis legen. Wegen der neuen Stadtratsregeln für Leihroller
      reduzieren wir unsere Flotte in Leipzig.

      Wir werden den Bewerbungsprozess daher nicht fortsetzen und deine Bewerbung nicht
      weiter berücksichtigen. Sorry für die schlechten Nachrichten!

      Viele Grüße
      Dein E-Roller Rapid Team
      """,
      company="E-Roller Rapid", subj_enc=("b", "utf-8")),
    # ------------------------------------------------------------------ French
    S("rejection", "fr", "cyclopolis_non_retenu", "2026-03-30 15:15 +0200",
      ("Cyclopolis Lyon", "no-reply@teamtailor-mail.com"),
      "Votre candidature chez Cyclopolis",
      """
      Bonjour Ruairí,

      Nous vous remercions pour l'intérêt que vous portez à Cyclopolis et pour votre
      candidature au poste de Mécanicien·ne vélos en libre-service.

      Après une étude attentive de votre dossier, nous sommes au regret de vous informer
      que votre candidature n'a pas été retenue. Nous avons privilégié des profils
      disposant déjà d'une expérience sur un réseau de stations.

      Nous vous souhaitons pleine réussite dans vos recherches.

      L'équipe Recrutement Cyclopolis
      """,
      company="Cyclopolis", html="alt", subj_enc=("q", "iso-8859-1")),
    S("rejection", "fr", "trottilyon_pourvu", "2026-06-09 10:58 +0200",
      ("Inès Haddad", "ines.haddad@trottilyon.example.fr"),
      "Poste de technicien·ne terrain – TrottiLyon",
      """
      Bonjour Ruairí,

      Je reviens vers vous concernant votre candidature au poste de technicien·ne terrain.
      Le poste vient d'être pourvu, et je ne suis donc malheureusement pas en mesure de
      vous proposer d'entretien.

      Je garde néanmoins votre CV : nous ouvrons régulièrement des postes en saison.

      Bonne journée,
      Inès Haddad
      Responsable RH, TrottiLyon
      """,
      company="TrottiLyon", contact="ines.haddad@trottilyon.example.fr",
      reply_to=("Inès Haddad", "ines.haddad@trottilyon.example.fr"),
      name_enc=("q", "iso-8859-1"), headers={"X-Mailer": "Workable"}),
    S("rejection", "fr", "mmr_suspendu", "2026-07-15 14:02 +0200",
      ("Métropole Mobilités Rhône – Recrutement", "ne-pas-repondre@mmr.example.fr"),
      "Avis de suspension de recrutement, réf. MMR-26-118",
      """
      Monsieur,

      Vous avez fait acte de candidature pour le poste de Technicien maintenance vélos et
      consignes (réf. MMR-26-118), ce dont nous vous remercions.

      Nous sommes au regret de vous informer que ce recrutement est suspendu en raison
      d'une réorganisation de la régie. La procédure est close et votre candidature ne
      pourra donc pas être examinée plus avant.

      Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

      Le service Recrutement
      Métropole Mobilités Rhône
      """,
      company="Métropole Mobilités Rhône", charset="iso-8859-1", cte="qp",
      subj_enc=("q", "iso-8859-1"), name_enc=("b", "utf-8")),
    S("rejection", "fr", "cargoroule_apres_essai", "2026-09-22 18:30 +0200",
      ("Mathieu Roux", "mathieu@cargoroule.example.fr"),
      "Suite à ta journée d'essai",
      """
      Salut Ruairí,

      Merci encore d'être venu passer la journée à l'atelier, l'équipe a bien apprécié ta
      bonne humeur et ton sens du détail sur les roues.

      On a longuement discuté, et on a finalement choisi quelqu'un qui soude déjà l'acier
      en TIG, parce que c'est vraiment le cœur du poste au montage des châssis. Ce ne sera
      donc pas pour cette fois.

      Si tu repasses par Lyon, la porte est ouverte pour un café.

      Mathieu
      Cargoroule – vélos cargo fabriqués à Villeurbanne
      """,
      company="Cargoroule", contact="mathieu@cargoroule.example.fr", cte="base64"),
    # ------------------------------------------------------------------ Spanish
    S("rejection", "es", "ecomovil_descartado", "2026-04-28 09:37 +0200",
      ("Ecomóvil Valencia", "ecomovil@careers.icims.com"),
      "Ecomóvil Valencia: estado de tu candidatura",
      """
      Hola Ruairí:

      Te agradecemos el interés mostrado en el puesto de Técnico/a de flota carsharing.

      Tras revisar detenidamente tu candidatura, lamentamos comunicarte que en esta
      ocasión no continuarás en el proceso de selección, ya que hemos optado por perfiles
      con más experiencia en vehículos eléctricos de cuatro ruedas.

      Guardaremos tus datos para futuras vacantes, salvo que nos indiques lo contrario.

      Atentamente,
      Equipo de Selección de Ecomóvil Valencia
      """,
      company="Ecomóvil Valencia", html="only", subj_enc=("q", "iso-8859-1"),
      name_enc=("q", "iso-8859-1")),
    S("rejection", "es", "ammv_cancelado", "2026-06-30 13:00 +0200",
      ("Agencia Municipal de Movilidad", "no-responder@ammv.example.es"),
      "Proceso de selección TM-2026-07: cancelación",
      """
      Estimado/a candidato/a:

      Le comunicamos que la Agencia Municipal de Movilidad de Valencia ha resuelto cancelar
      el proceso de selección TM-2026-07 (Técnico/a de mantenimiento de bicicleta pública)
      por falta de dotación presupuestaria.

      En consecuencia, el proceso queda cerrado y no se realizarán las entrevistas
      previstas. Agradecemos su participación.

      Un cordial saludo,
      Servicio de Personal
      Agencia Municipal de Movilidad de Valencia
      """,
      company="Agencia Municipal de Movilidad de Valencia", charset="windows-1252",
      cte="8bit"),
    S("rejection", "es", "bicisturia_cubierto", "2026-08-19 11:25 +0200",
      ("Nuria Pastor", "nuria.pastor@bicisturia.example.es"),
      "Tu candidatura en Bicis Turia",
      """
      Hola Ruairí,

      Gracias por escribirnos y por tu paciencia. Te cuento que el puesto de mecánico de
      estaciones ya está cubierto: lo ha ocupado un compañero del turno de noche que pidió
      el cambio.

      Siento no tener mejores noticias. Si en otoño abrimos más plazas, te aviso.

      Saludos,
      Nuria Pastor
      Bicis Turia · Operaciones
      """,
      company="Bicis Turia", contact="nuria.pastor@bicisturia.example.es", html="alt"),
    S("rejection", "es", "levante_cliente_no", "2026-10-06 10:10 +0200",
      ("Grupo Levante Talent", "rocio.sanz@levantetalent.example.es"),
      "Actualización de tu proceso",
      """
      Buenos días, Ruairí:

      Te escribo para darte feedback del proceso con nuestro cliente, una empresa de
      motosharing eléctrico en Valencia. Finalmente no van a continuar con tu candidatura:
      buscan a alguien con carné A2 para mover las motos entre zonas.

      Seguimos en contacto para otras oportunidades que encajen mejor.

      Un saludo,
      Rocío Sanz
      Consultora de Selección – Grupo Levante Talent
      """,
      company="Grupo Levante Talent", contact="rocio.sanz@levantetalent.example.es"),
]
