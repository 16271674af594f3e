"""Corpus 298, interview mail: invitations, moved or cancelled slots, missed interviews.

Written blind by hand.
"""

from __future__ import annotations

from msgs298_common import M, cal

HOLLIS = ("Rob Kettering", "rob.kettering@hollispenrose.example.co.uk")
VERNIER = ("Élodie Vernier", "elodie.vernier@cabinet-vernier.example.fr")
SELECTA = ("Nuria Castells", "nuria.castells@selectatalento.example.es")
ALBERS = ("Dr. Henrik Albers", "albers@talentbruecke.example.de")
LEAH = ("Leah Dunmore", "leah.dunmore@harbourandvine.example.co.uk")
IKER = ("Iker Etxeberria", "iker@estudiocardumen.example.es")
LUCIA = ("Lucía Ferrer", "lucia.ferrer@finovapagos.example.es")
NMW = ("Dele Osei", "dele.osei@northernmuseumofwork.example.org.uk")
FERNHILL = ("Callum Reid", "callum@fernhill.example.co.uk")
PAYSAIL = ("Georgia Mills", "georgia.mills@paysail.example.co.uk")
ORBIT = ("Ravi Chandran", "ravi.chandran@orbitgrocer.example.co.uk")

COPPERLINE_INNER = M(
    "copperline_inner", "", "en", "2026-02-24 17:05 +0000",
    ("Sophie Grant", "sophie.grant@copperline.example.co.uk"),
    "Interview - Yuki Tanabe-Schmidt - Content Design Lead",
    "Hi Rob,\n\n"
    "Thanks for sending Yuki's profile. We'd like to meet her for a first interview on "
    "Tuesday 3 March at 10:00 at our offices, 60 Fenchurch Street, EC3. She'll meet me and "
    "Daniel Shaw (Head of Digital). Please ask her to bring two examples of work and to "
    "report to reception on the 4th floor.\n\n"
    "Many thanks,\nSophie\n\n"
    "Sophie Grant | Talent Acquisition Lead | Copperline Insurance",
    to=[HOLLIS])

MESSAGES = [
    # ================================================================ invitations, English
    M("copperline_invite", "interview_invitation", "en", "2026-02-24 17:40 +0000", HOLLIS,
      "Fwd: Interview - Yuki Tanabe-Schmidt - Content Design Lead",
      "Hi Yuki,\n\n"
      "Brilliant news - Copperline Insurance want to meet you! Their invitation is "
      "attached below: Tuesday 3 March, 10:00, at their Fenchurch Street office with "
      "Sophie Grant and Daniel Shaw.\n\n"
      "Can you confirm that works and I'll lock it in? Happy to do a prep call on Monday "
      "evening too.\n\n"
      "Rob\n\nRob Kettering\nSenior Consultant - Digital & Product\nHollis & Penrose",
      "Copperline Insurance", "rob.kettering@hollispenrose.example.co.uk",
      fwd=COPPERLINE_INNER, fwd_name="Interview - Yuki Tanabe-Schmidt.eml"),
    M("orbit_invite", "interview_invitation", "en", "2026-03-24 16:18 +0000",
      ("Ravi Chandran from Orbit Grocer", "no-reply@ashbyhq.com"),
      "Schedule your interview with Orbit Grocer",
      "Hi Yuki,\n\n"
      "Thanks for applying for the Lead Content Designer role at Orbit Grocer. We'd like to "
      "invite you to a 45-minute video interview with our Design Director.\n\n"
      "Please choose a time that works for you:\n"
      "https://jobs.ashbyhq.example/orbit-grocer/interview/schedule/a91d\n\n"
      "If none of the available times work, reply to this email and I'll help.\n\n"
      "Thanks,\nRavi Chandran\nRecruiter, Orbit Grocer",
      "Orbit Grocer", "ravi.chandran@orbitgrocer.example.co.uk", reply_to=ORBIT, fmt="alt",
      brand="Orbit Grocer", accent="#7c3aed"),
    M("harbourvine_invite", "interview_invitation", "en", "2026-05-06 09:27 +0100", LEAH,
      "Interview - Content Lead, Harbour & Vine",
      "Dear Yuki,\n\n"
      "Thank you for your application for our Content Lead role. We would very much like "
      "to meet you for a first interview at our office on Tooley Street on Thursday 14 May "
      "at 11:00. You'll meet me and Jo Whelan from our product team, and it should take about "
      "an hour.\n\n"
      "Could you let me know if this suits?\n\n"
      "Kind regards,\n\nLeah Dunmore\nHead of Customer Experience\nHarbour & Vine\n"
      "3rd Floor, 12 Tooley Street, London SE1 2SY",
      "Harbour & Vine", "leah.dunmore@harbourandvine.example.co.uk", fmt="alt",
      html="simple"),
    M("staffwise_trial", "interview_invitation", "en", "2026-03-11 08:44 +0000",
      ("Kerry Naylor", "kerry.naylor@staffwise.example.co.uk"),
      "Trial day - content editor assignment",
      "Morning Yuki,\n\n"
      "Good news: the client I mentioned (a retailer in Salford Quays - I can tell you more "
      "once they've signed our terms) would like you to come in for a paid trial day on "
      "Friday 13 March, 9:30 to 4:30. Ask for the digital team at reception.\n\n"
      "Can you text or reply to confirm by lunchtime?\n\n"
      "Cheers,\nKerry\n\nKerry Naylor | Recruitment Consultant\nStaffwise Temps, "
      "Manchester\n0161 496 0123",
      "Staffwise Temps", "kerry.naylor@staffwise.example.co.uk"),
    M("fernhill_invite", "interview_invitation", "en", "2026-06-23 12:00 +0100",
      FERNHILL, "Fernhill assessment day - 2 July",
      "Hi Yuki,\n\n"
      "Thanks for your application for Content Design Lead at Fernhill Digital. We'd like "
      "to invite you to our assessment day on Thursday 2 July in our Manchester studio "
      "(Ancoats, 9 Blossom Street), 9:30 to 15:00.\n\n"
      "The day includes a group workshop with two other candidates, a content critique and "
      "a one-to-one interview with me and our MD. Lunch is provided. A calendar invite is "
      "attached.\n\n"
      "Best,\nCallum\n\nCallum Reid\nDesign Director, Fernhill Digital\n"
      "9 Blossom Street, Manchester M4 6AJ",
      "Fernhill Digital", "callum@fernhill.example.co.uk",
      ics=cal(method="REQUEST", uid="fernhill-assess-0702@fernhill.example.co.uk", seq=0,
               stamp="20260623T110000Z", start="20260702T093000", end="20260702T150000",
               tz="Europe/London", summary="Fernhill Digital assessment day",
               location="Fernhill Digital, 9 Blossom Street, Manchester M4 6AJ",
               organizer=FERNHILL, attach=True, filename="assessment-day.ics")),
    M("nmw_invite", "interview_invitation", "en", "2026-04-02 14:50 +0100", NMW,
      "Northern Museum of Work - video interview invitation",
      "Dear Yuki,\n\n"
      "Thank you for applying for the role of Digital Content Lead. We were impressed by "
      "your application and would like to invite you to a video interview on Microsoft "
      "Teams on Friday 10 April at 10:30. The panel will be Dele Osei (Head of Digital) and "
      "Margaret Lunn (Head of Learning).\n\n"
      "The interview will last around 50 minutes. We will ask you to give a 10-minute "
      "presentation: 'How would you make our collection pages more useful to families?'\n\n"
      "Joining link:\nhttps://teams.example.com/l/meetup-join/19%3ameeting_nmw_0410\n\n"
      "Please confirm your attendance by return.\n\n"
      "Best wishes,\nDele Osei\nHead of Digital\nNorthern Museum of Work, Manchester",
      "Northern Museum of Work", "dele.osei@northernmuseumofwork.example.org.uk",
      fmt="alt"),
    M("paysail_invite", "interview_invitation", "en", "2026-08-04 10:10 +0100",
      ("Paysail", "noreply@workablemail.com"),
      "Paysail would like to speak with you",
      "Hi Yuki,\n\n"
      "Great news! The team at Paysail reviewed your application for Content Design Lead "
      "and would like to schedule a 20-minute phone screen with Georgia Mills, our Talent "
      "Lead.\n\n"
      "Pick a time that suits you:\n"
      "https://apply.workable.example/paysail/j/8A2C/schedule\n\n"
      "Georgia will call you on the number in your application.\n\n"
      "Good luck!\nPaysail",
      "Paysail", "", fmt="html", brand="Paysail", accent="#0891b2",
      footer="Powered by Workable"),

    # ================================================================ invitations, German
    M("leuchtpunkt_invite", "interview_invitation", "de", "2026-04-13 10:35 +0200",
      ("Jana Krüger", "j.krueger@leuchtpunkt.example.de"),
      "Gespräch am Donnerstag – Senior UX Writer",
      "Hallo Frau Tanabe-Schmidt,\n\n"
      "danke für Ihre Bewerbung bei der Agentur Leuchtpunkt. Wir würden Sie gern "
      "kennenlernen – am liebsten persönlich bei uns im Schanzenviertel. Passt Ihnen "
      "Donnerstag, der 23. April, um 15 Uhr? Falls Sie nicht nach Hamburg kommen können, "
      "machen wir das Gespräch auch gern per Video.\n\n"
      "Beste Grüße\nJana Krüger\nAgentur Leuchtpunkt\nSchanzenstraße 75, 20357 Hamburg",
      "Agentur Leuchtpunkt", "j.krueger@leuchtpunkt.example.de", henc="windows-1252/q",
      charset="windows-1252", cte="8bit"),
    M("fjordbank_invite", "interview_invitation", "de", "2026-06-02 15:05 +0200", ALBERS,
      "Telefoninterview mit der Fjordbank",
      "Liebe Frau Tanabe-Schmidt,\n\n"
      "gute Nachrichten: Die Fjordbank möchte Sie gern kennenlernen. Frau Meier, Leiterin "
      "Digitale Kanäle, würde Sie am Dienstag, 9. Juni, um 16:30 Uhr für ein etwa "
      "30-minütiges Telefoninterview anrufen. Das Gespräch kann auf Englisch geführt "
      "werden.\n\n"
      "Bitte geben Sie mir kurz Bescheid, ob der Termin passt und unter welcher Nummer Sie "
      "erreichbar sind.\n\n"
      "Herzliche Grüße\nHenrik Albers\n\nTalentBrücke Executive Search\n"
      "Ballindamm 3 · 20095 Hamburg · +49 40 5558 2200",
      "Fjordbank", "albers@talentbruecke.example.de"),

    # ================================================================ invitations, French
    M("contrepoint_invite", "interview_invitation", "fr", "2026-02-23 10:12 +0100",
      ("Mathilde Garnier", "mathilde@atelier-contrepoint.example.fr"),
      "Entretien chez Atelier Contrepoint",
      "Bonjour Yuki,\n\n"
      "Merci pour votre candidature, votre portfolio nous a beaucoup plu. Seriez-vous "
      "disponible pour venir nous rencontrer à l'atelier le mardi 3 mars à 14h30 ? Nous "
      "serons trois : Hugo, directeur artistique, Inès, cheffe de projet, et moi.\n\n"
      "Si vous ne pouvez pas venir à Paris, nous pouvons aussi organiser un entretien en "
      "visio.\n\n"
      "Bien à vous,\nMathilde Garnier\nCo-fondatrice – Atelier Contrepoint\n"
      "42 rue de Charonne, 75011 Paris",
      "Atelier Contrepoint", "mathilde@atelier-contrepoint.example.fr"),
    M("musee_invite", "interview_invitation", "fr", "2026-05-04 14:00 +0200",
      ("Aurélie Dumas", "aurelie.dumas@musee-arts-numeriques.example.fr"),
      "Convocation à un entretien – Chargée de contenus numériques (CDD)",
      "Madame,\n\n"
      "Nous avons le plaisir de vous informer que votre candidature au poste de Chargée de "
      "contenus numériques (CDD de 12 mois) a retenu notre attention.\n\n"
      "Nous vous proposons un entretien par visioconférence le lundi 11 mai à 11h00, "
      "d'une durée de 45 minutes, avec la directrice de la communication et moi-même. Le "
      "lien de connexion vous sera transmis la veille.\n\n"
      "Nous vous remercions de bien vouloir confirmer votre présence.\n\n"
      "Veuillez agréer, Madame, l'expression de nos salutations distinguées.\n\n"
      "Aurélie Dumas\nResponsable des ressources humaines\nMusée des Arts Numériques\n"
      "11 quai de la Rapée, 75012 Paris",
      "Musée des Arts Numériques", "aurelie.dumas@musee-arts-numeriques.example.fr",
      henc="iso-8859-1/q", charset="iso-8859-1", cte="quoted-printable"),
    M("vernier_lumen_invite", "interview_invitation", "fr", "2026-03-30 17:20 +0200",
      VERNIER, "Entretien Banque Lumen – lundi 6 avril",
      "Bonjour Yuki,\n\n"
      "Excellente nouvelle : Banque Lumen souhaite vous rencontrer pour le poste de Lead "
      "UX Writer ! L'entretien aurait lieu en visio le lundi 6 avril à 9h30 avec Thomas "
      "Brunet, directeur de l'expérience client, et une personne de l'équipe RH.\n\n"
      "Pouvez-vous me confirmer votre disponibilité ? Je vous propose un point de "
      "préparation de vingt minutes vendredi.\n\n"
      "Bien cordialement,\n\nÉlodie Vernier\nAssociée – Cabinet Vernier Recrutement\n"
      "8 rue Lafayette, 75009 Paris – 01 84 88 40 12",
      "Banque Lumen", "elodie.vernier@cabinet-vernier.example.fr", henc="iso-8859-1/q"),
    M("ferrand_invite", "interview_invitation", "fr", "2026-09-01 09:30 +0200",
      ("Maison Ferrand – Talents", "no-reply@smartrecruiters.com"),
      "Invitation à une journée d'immersion",
      "Bonjour Yuki,\n\n"
      "Suite à votre premier échange avec notre équipe, nous avons le plaisir de vous "
      "inviter à une journée d'immersion dans nos bureaux parisiens le mardi 8 septembre, "
      "de 9h30 à 17h00, au 27 rue du Bac, 75007 Paris.\n\n"
      "Au programme : rencontre avec l'équipe e-commerce, atelier d'écriture sur nos fiches "
      "produits et entretien final avec la directrice digitale.\n\n"
      "Merci de confirmer votre venue en répondant à Pauline Leroy, qui vous accueillera.\n\n"
      "À bientôt,\nL'équipe Talents – Maison Ferrand",
      "Maison Ferrand", "pauline.leroy@maisonferrand.example.fr",
      reply_to=("Pauline Leroy", "pauline.leroy@maisonferrand.example.fr"), fmt="alt",
      brand="MAISON FERRAND", accent="#111111"),

    # ================================================================ invitations, Spanish
    M("cardumen_invite", "interview_invitation", "es", "2026-06-03 11:20 +0200", IKER,
      "¿Charlamos? – Estudio Cardumen",
      "¡Hola, Yuki!\n\n"
      "Gracias por escribirnos y por el portfolio, nos ha encantado el proyecto del banco "
      "de alimentos. ¿Te apetece que nos conozcamos? Te proponemos una entrevista en el "
      "estudio el miércoles 10 de junio a las 12:00, con Carla (nuestra directora de "
      "estrategia) y conmigo. Si estás fuera de Madrid, lo hacemos por videollamada sin "
      "problema.\n\n"
      "Dime algo,\nIker\n\nIker Etxeberria · Director creativo\nEstudio Cardumen · "
      "Calle del Pez 18, Madrid",
      "Estudio Cardumen", "iker@estudiocardumen.example.es", henc="utf-8/b"),
    M("selecta_aurora_invite", "interview_invitation", "es", "2026-07-09 10:05 +0200",
      SELECTA, "Entrevista con Banco Aurora",
      "Hola Yuki,\n\n"
      "¡Buenas noticias! Banco Aurora quiere entrevistarte para la posición de Content "
      "Design Lead. Te proponen una videollamada el martes 14 de julio a las 10:00 (hora "
      "peninsular) con Javier Solís, Head of Digital Experience.\n\n"
      "Confírmame si te viene bien y te paso el enlace de Teams.\n\n"
      "Saludos cordiales,\n\nNuria Castells\nSenior Consultant · Selecta Talento\n"
      "Paseo de la Castellana 95, 28046 Madrid · +34 910 55 01 22",
      "Banco Aurora", "nuria.castells@selectatalento.example.es", fmt="alt",
      html="simple"),
    M("finova_invite", "interview_invitation", "es", "2026-07-22 12:30 +0200",
      ("Lucía Ferrer via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Te invitamos a una videollamada – Finova Pagos",
      "Hola Yuki,\n\n"
      "¡Gracias por tu interés en Finova Pagos! Nos gustaría invitarte a una primera "
      "videollamada de 30 minutos con nuestro equipo de People para conocerte mejor.\n\n"
      "Te hemos reservado el lunes 27 de julio a las 11:00 (hora de Madrid). Encontrarás la "
      "invitación de calendario adjunta con el enlace de Google Meet.\n\n"
      "¡Hasta pronto!\nLucía Ferrer\nPeople & Talent · Finova Pagos",
      "Finova Pagos", "lucia.ferrer@finovapagos.example.es", reply_to=LUCIA,
      henc="utf-8/b",
      ics=cal(method="REQUEST", uid="finova-screen-yts-0727@finovapagos.example.es",
               seq=0, stamp="20260722T103000Z", start="20260727T110000",
               end="20260727T113000", tz="Europe/Madrid",
               summary="Videollamada Finova Pagos – Yuki Tanabe-Schmidt",
               location="Google Meet", organizer=LUCIA, cte="base64")),

    # ================================================================ reschedule / cancel
    M("orbit_move", "interview_reschedule_or_cancel", "en", "2026-04-07 08:52 +0100", ORBIT,
      "Your Orbit Grocer interview - new time needed",
      "Hi Yuki,\n\n"
      "Unfortunately our Design Director is off sick this week, so we need to move your "
      "interview on Thursday 9 April. I've sent you a fresh scheduling link with slots next "
      "week:\nhttps://jobs.ashbyhq.example/orbit-grocer/interview/schedule/b27e\n\n"
      "Sorry for the disruption, and thanks for your flexibility.\n\n"
      "Ravi",
      "Orbit Grocer", "ravi.chandran@orbitgrocer.example.co.uk", reply="orbit_invite",
      quote="en"),
    M("harbourvine_postpone", "interview_reschedule_or_cancel", "en",
      "2026-05-13 17:31 +0100", LEAH,
      "RE: Interview - Content Lead, Harbour & Vine",
      "Dear Yuki,\n\n"
      "I'm so sorry, but we need to postpone tomorrow's interview - Jo has been called away "
      "on a family emergency and I don't want you to meet only half the panel. I'll come "
      "back to you by Monday with new dates.\n\n"
      "Apologies for the late notice.\n\nKind regards,\nLeah",
      "Harbour & Vine", "leah.dunmore@harbourandvine.example.co.uk",
      reply="yuki_confirm_harbourvine", quote="ol-en"),
    M("fernhill_cancel", "interview_reschedule_or_cancel", "en", "2026-06-29 18:05 +0100",
      FERNHILL, "Cancelled: Fernhill Digital assessment day",
      "Hi Yuki,\n\n"
      "Bad news on timing, I'm afraid: we have to cancel Thursday's assessment day because "
      "half the studio has come down with flu. I'm cancelling the calendar entry now and "
      "will send a new date as soon as we can get everyone in one room. Nothing changes "
      "about your application.\n\n"
      "Sorry,\nCallum",
      "Fernhill Digital", "callum@fernhill.example.co.uk", reply="fernhill_invite",
      quote="en",
      ics=cal(method="CANCEL", uid="fernhill-assess-0702@fernhill.example.co.uk", seq=1,
               stamp="20260629T170500Z", start="20260702T093000", end="20260702T150000",
               tz="Europe/London", summary="Fernhill Digital assessment day",
               location="Fernhill Digital, 9 Blossom Street, Manchester M4 6AJ",
               organizer=FERNHILL)),
    M("paysail_moved", "interview_reschedule_or_cancel", "en", "2026-08-06 09:03 +0100",
      ("Paysail", "noreply@workablemail.com"),
      "Your phone screen with Paysail has been rescheduled",
      "Hi Yuki,\n\n"
      "Your phone screen with Paysail has been rescheduled by the hiring team.\n\n"
      "Old time: Friday 7 August 2026, 10:00 BST\n"
      "New time: Monday 10 August 2026, 10:00 BST\n\n"
      "Georgia Mills will call you at the new time. If it doesn't work for you, use the "
      "link below to pick another slot:\n"
      "https://apply.workable.example/paysail/j/8A2C/reschedule\n\n"
      "Paysail",
      "Paysail", "", fmt="alt", brand="Paysail", accent="#0891b2",
      footer="Powered by Workable"),
    M("fjordbank_move", "interview_reschedule_or_cancel", "de", "2026-06-08 13:22 +0200",
      ALBERS, "AW: Telefoninterview mit der Fjordbank – neuer Termin",
      "Liebe Frau Tanabe-Schmidt,\n\n"
      "Frau Meier musste den morgigen Termin leider kurzfristig absagen (Vorstandssitzung). "
      "Sie schlägt stattdessen Donnerstag, 11. Juni, 17:00 Uhr vor. Ginge das bei "
      "Ihnen?\n\n"
      "Herzliche Grüße\nHenrik Albers",
      "Fjordbank", "albers@talentbruecke.example.de", reply="fjordbank_invite", quote="de",
      charset="iso-8859-1", cte="quoted-printable"),
    M("elbdaten_cancel", "interview_reschedule_or_cancel", "de", "2026-05-29 08:02 +0200",
      ("Elbdaten Recruiting", "no-reply@softgarden.io"),
      "Absage Ihres Interviewtermins am 2. Juni",
      "Sehr geehrte Frau Tanabe-Schmidt,\n\n"
      "leider müssen wir Ihren Interviewtermin am Dienstag, 2. Juni 2026, um 10:00 Uhr "
      "absagen, da die Fachabteilung an diesem Tag nicht verfügbar ist.\n\n"
      "Ihre Bewerbung bleibt selbstverständlich im Verfahren. Wir melden uns in Kürze mit "
      "einem neuen Terminvorschlag bei Ihnen.\n\n"
      "Mit freundlichen Grüßen\nIhr Elbdaten Recruiting-Team",
      "Elbdaten", "", fmt="html", brand="elbdaten", accent="#0e7490"),
    M("musee_report", "interview_reschedule_or_cancel", "fr", "2026-05-07 16:40 +0200",
      ("Aurélie Dumas", "aurelie.dumas@musee-arts-numeriques.example.fr"),
      "Report de votre entretien du 11 mai",
      "Madame,\n\n"
      "En raison d'un mouvement social prévu le 11 mai, nous sommes contraints de reporter "
      "votre entretien. Nous vous proposons le mercredi 13 mai à 14h30, toujours en "
      "visioconférence.\n\n"
      "Nous vous prions de bien vouloir nous excuser pour ce changement et vous remercions "
      "de nous confirmer ce nouveau créneau.\n\n"
      "Bien cordialement,\nAurélie Dumas\nMusée des Arts Numériques",
      "Musée des Arts Numériques", "aurelie.dumas@musee-arts-numeriques.example.fr",
      reply="yuki_confirm_musee", quote="fr", henc="iso-8859-1/q"),
    M("cardumen_move", "interview_reschedule_or_cancel", "es", "2026-06-08 20:14 +0200",
      IKER, "Re: ¿Charlamos? – Estudio Cardumen",
      "Hola Yuki:\n\n"
      "Perdona, tenemos que cambiar la hora del miércoles: Carla tiene una presentación con "
      "un cliente que se ha alargado. ¿Te iría bien a las 16:30 en lugar de a las 12:00? Si "
      "no, lo pasamos al jueves por la mañana.\n\n"
      "Gracias y perdona el lío,\nIker",
      "Estudio Cardumen", "iker@estudiocardumen.example.es", reply="cardumen_invite",
      quote="es", henc="utf-8/b"),
    M("selecta_aurora_cancel", "interview_reschedule_or_cancel", "es",
      "2026-07-13 18:50 +0200", SELECTA, "RE: Entrevista con Banco Aurora",
      "Hola Yuki,\n\n"
      "Me acaban de avisar de que Javier Solís tiene que cancelar la entrevista de mañana "
      "por un tema urgente del banco. Me han asegurado que te propondrán otra fecha esta "
      "misma semana o la siguiente; te escribo en cuanto la tenga.\n\n"
      "Disculpa las molestias,\nNuria",
      "Banco Aurora", "nuria.castells@selectatalento.example.es",
      reply="selecta_aurora_invite", quote="ol-es", charset="windows-1252",
      cte="quoted-printable"),

    # ================================================================ missed interviews
    M("nmw_missed", "missed_interview_notice", "en", "2026-04-10 10:52 +0100", NMW,
      "Today's interview",
      "Dear Yuki,\n\n"
      "We were expecting you on Teams at 10:30 this morning for your interview, and the "
      "panel waited for about twenty minutes, but you didn't join. I hope nothing is "
      "wrong.\n\n"
      "Could you let me know what happened? We may be able to offer another slot next "
      "week.\n\n"
      "Best wishes,\nDele",
      "Northern Museum of Work", "dele.osei@northernmuseumofwork.example.org.uk",
      reply="nmw_invite", quote="en"),
    M("copperline_missed", "missed_interview_notice", "en", "2026-03-03 10:41 +0000", HOLLIS,
      "Copperline - are you ok?",
      "Yuki, hi - Sophie at Copperline has just called me: you weren't at reception at 10 "
      "and they've been waiting 40 minutes. I've tried your mobile twice. Are you ok? Give "
      "me a call as soon as you see this and I'll see if they can fit you in later today "
      "or tomorrow.\n\nRob",
      "Copperline Insurance", "rob.kettering@hollispenrose.example.co.uk"),
    M("paysail_missed", "missed_interview_notice", "en", "2026-08-10 10:24 +0100",
      ("Georgia Mills via Workable", "noreply@workablemail.com"),
      "We missed you today",
      "Hi Yuki,\n\n"
      "I tried to call you at 10:00 as arranged for our phone screen, and again at 10:10, "
      "but couldn't reach you. No worries if something came up - if you'd still like to "
      "chat, just reply to this email and we'll find another time.\n\n"
      "Best,\nGeorgia Mills\nTalent Lead, Paysail",
      "Paysail", "georgia.mills@paysail.example.co.uk", reply_to=PAYSAIL),
    M("elbdaten_missed", "missed_interview_notice", "de", "2026-06-10 14:18 +0200",
      ("Stefan Wulff", "stefan.wulff@elbdaten.example.de"),
      "Unser Telefontermin heute um 14 Uhr",
      "Sehr geehrte Frau Tanabe-Schmidt,\n\n"
      "wir waren heute um 14:00 Uhr zum Telefoninterview verabredet. Ich habe Sie zweimal "
      "unter der angegebenen Nummer angerufen, Sie aber leider nicht erreicht.\n\n"
      "Sollten Sie weiterhin Interesse an der Stelle haben, teilen Sie mir bitte bis "
      "Freitag mit, wann ich Sie erreichen kann.\n\n"
      "Mit freundlichen Grüßen\nStefan Wulff\nTeamlead Product Design\nElbdaten GmbH\n"
      "Sitz der Gesellschaft: Hamburg · HRB 98765",
      "Elbdaten", "stefan.wulff@elbdaten.example.de", charset="iso-8859-1", cte="8bit"),
    M("ferrand_missed", "missed_interview_notice", "fr", "2026-09-08 10:35 +0200",
      ("Pauline Leroy", "pauline.leroy@maisonferrand.example.fr"),
      "Journée d'immersion – nous vous attendions",
      "Bonjour Yuki,\n\n"
      "Nous vous attendions ce matin à 9h30 à l'accueil du 27 rue du Bac pour la journée "
      "d'immersion, mais vous n'êtes pas venue et nous n'avons pas réussi à vous joindre "
      "par téléphone.\n\n"
      "J'espère qu'il ne vous est rien arrivé. Pouvez-vous me tenir au courant ?\n\n"
      "Cordialement,\nPauline Leroy\nChargée de recrutement – Maison Ferrand",
      "Maison Ferrand", "pauline.leroy@maisonferrand.example.fr", reply="ferrand_invite",
      quote="fr", fmt="alt", html="simple"),
    M("paniermalin_missed", "missed_interview_notice", "fr", "2026-08-12 10:20 +0200",
      ("Nicolas Lambert", "nicolas.lambert@paniermalin.example.fr"),
      "Entretien téléphonique de ce matin",
      "Bonjour Yuki,\n\n"
      "J'ai essayé de vous joindre à 10h comme convenu pour notre entretien téléphonique, "
      "sans succès, et je suis tombé directement sur votre messagerie.\n\n"
      "Si vous souhaitez toujours échanger, dites-moi quand vous seriez disponible cette "
      "semaine.\n\n"
      "Cordialement,\nNicolas Lambert\nTalent Acquisition – Panier Malin",
      "Panier Malin", "nicolas.lambert@paniermalin.example.fr", henc="iso-8859-1/b"),
    M("finova_missed", "missed_interview_notice", "es", "2026-07-27 11:22 +0200", LUCIA,
      "Te esperábamos en la videollamada",
      "Hola Yuki,\n\n"
      "Te estuvimos esperando en la videollamada de las 11:00, pero no llegaste a "
      "conectarte. ¿Ha pasado algo? Si tuviste algún problema con el enlace, dímelo y "
      "buscamos otro hueco esta semana.\n\n"
      "Un saludo,\nLucía",
      "Finova Pagos", "lucia.ferrer@finovapagos.example.es", reply="finova_invite",
      quote="es", charset="utf-8", cte="base64"),
    M("mercadonube_missed", "missed_interview_notice", "es", "2026-09-16 17:05 +0200",
      ("Raúl Domínguez", "raul.dominguez@mercadonube.example.es"),
      "Llamada de hoy",
      "Hola, Yuki:\n\n"
      "Intentamos llamarte hoy a las 16:30, a la hora que acordamos, pero no pudimos "
      "localizarte y el teléfono estaba apagado. Entendemos que pueden surgir imprevistos.\n\n"
      "¿Te parece si lo intentamos de nuevo el viernes a la misma hora?\n\n"
      "Saludos,\nRaúl Domínguez\nResponsable de Selección · Mercado Nube",
      "Mercado Nube", "raul.dominguez@mercadonube.example.es", henc="iso-8859-1/q",
      charset="iso-8859-1", cte="quoted-printable"),
]
