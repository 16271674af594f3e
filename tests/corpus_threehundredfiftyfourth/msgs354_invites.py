"""Corpus 354: stand-alone interview invitations, moved/cancelled slots and no-show notices."""

from __future__ import annotations

from msgs354_common import DISCLAIMER_DE, DISCLAIMER_EN, Spec, html_shell, m

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MISS = "missed_interview_notice"

TREATY = ("Dave O'Mahony", "dave@treatycitybrewing.example.ie")
DOCK_ATS = ("Rachel Byrne from Dockside", "no-reply@ashbyhq.com")
CONOR = ("Conor Lynch", "conor@caskandkeg.example.ie")
SHAUNA = ("Shauna Kerr", "shauna.kerr@mournebrew.example.co.uk")
ALASDAIR = ("Alasdair Grant", "alasdair@gorbalsgin.example.co.uk")
ELISE = ("Élise Janssens", "elise.janssens@brasserieducanal.example.be")
SARAH = ("Sarah Peeters", "sarah.peeters@horecatalents.example.be")
LINKEBEEK = ("Pauline Dewit", "pauline.dewit@sources-linkebeek.example.be")
BRANDL = ("Markus Brandl", "m.brandl@getraenketalente.example.de")
SLM = ("Jana Vogl", "jana.vogl@schwabinger-limo.example.de")
NEREA = ("Nerea Olabarria", "nerea.olabarria@refrescoscantabrico.example.es")
LUCIA = ("Lucía Ferreira", "lucia.ferreira@talentobebidas.example.es")

SPECS: list[Spec] = [
    # ================================================================ invitations, English
    m(INV, "en", "treatycity_trial_day", "Treaty City Brewing", TREATY[1], TREATY,
      "Trial day with the sales team?", "2026-01-14 21:32 +0000",
      "Hi Cormac,\n\n"
      "Good to get your email - I know the Locke bar well, you keep a great cellar.\n\n"
      "Rather than a formal interview, we'd like you to spend a trial day on the road with\n"
      "our sales rep Ciara on Thursday 22 January: Limerick city pubs in the morning,\n"
      "Ennis in the afternoon. Meet at the brewery, Dock Road, at 9am. We'll cover your\n"
      "mileage and lunch, and have a proper chat at the end of the day.\n\n"
      "Let me know if that suits.\n\n"
      "Dave O'Mahony\nCo-founder, Treaty City Brewing\n087 555 3120\n",
      id="tcb1", parent="cv_treaty"),
    m(INV, "en", "dockside_schedule_link", "Dockside Soft Drinks", "", DOCK_ATS,
      "Schedule your interview with Dockside Soft Drinks", "2026-02-03 11:06 +0000",
      "Hi Cormac,\n\n"
      "Thanks for applying for Regional Sales Executive (Dublin On-Trade). We'd like to\n"
      "invite you to a 45-minute video interview with our Sales Manager, Kevin.\n\n"
      "Please choose a time that works for you:\n"
      "https://jobs.ashbyhq.example.com/dockside/schedule/f3a9\n\n"
      "Looking forward to speaking!\nRachel Byrne\nTalent, Dockside Soft Drinks\n\n"
      "This message was sent from Ashby on behalf of Dockside Soft Drinks.\n",
      html=html_shell("Dockside Soft Drinks", [
          "Hi Cormac,",
          "Thanks for applying for <b>Regional Sales Executive (Dublin On-Trade)</b>. We'd "
          "like to invite you to a 45-minute video interview with our Sales Manager, Kevin.",
          '<a href="https://jobs.ashbyhq.example.com/dockside/schedule/f3a9">Choose a time</a>',
          "Looking forward to speaking!<br>Rachel Byrne<br>Talent, Dockside Soft Drinks"],
          colour="#0096c7"),
      id="dock1"),
    m(INV, "en", "caskkeg_wildatlantic_assessment", "Wild Atlantic Spirits", CONOR[1], CONOR,
      "Assessment centre - Wild Atlantic Spirits, Cork", "2026-03-24 14:25 +0000",
      "Hi Cormac,\n\n"
      "Great news: Wild Atlantic Spirits have shortlisted you for the Sales Executive\n"
      "(Munster) role and would like you to attend their assessment centre on Thursday\n"
      "9 April, 09:30-15:00, at the distillery on Kennedy Quay, Cork.\n\n"
      "The day includes a group exercise, a role-play with a 'difficult' publican (you'll\n"
      "be fine there!) and a one-to-one interview with the Commercial Manager. Lunch is\n"
      "provided. The full agenda is attached.\n\n"
      "Conor Lynch\nConsultant | Cask & Keg Recruitment\n+353 1 555 0193\n",
      pdfs=[("WAS_Assessment_Centre_Agenda.pdf", [
          "Wild Atlantic Spirits - Assessment Centre", "Thursday 9 April 2026",
          "09:30 Welcome and distillery tour", "10:30 Group exercise",
          "12:30 Lunch", "13:30 Role-play and interviews"])],
      id="was1"),
    m(INV, "en", "mournemountain_video_screen", "Mourne Mountain Brewery", SHAUNA[1], SHAUNA,
      "Video interview invitation - Trade Sales Executive", "2026-05-11 10:40 +0100",
      "Hi Cormac,\n\n"
      "Thank you for applying to Mourne Mountain Brewery. We'd love to invite you to a\n"
      "first-stage video interview on Tuesday 19 May at 13:00 with myself and Pete\n"
      "(Head of Trade). The calendar invitation is attached - please accept it to\n"
      "confirm.\n\n"
      "Best wishes,\nShauna Kerr\nHR Coordinator | Mourne Mountain Brewery\n"
      "Newcastle Road, Castlewellan BT31 9AA\n\n" + DISCLAIMER_EN + "\n",
      ics_file={"uid": "mmb-0519-cormac@mournebrew.example.co.uk", "seq": 0,
                "stamp": "20260511T094000Z", "start": "20260519T130000",
                "end": "20260519T134500", "summary": "Video interview - Cormac",
                "tz": "Europe/London", "location": "Google Meet"},
      id="mmb1"),
    m(INV, "en", "gorbalsgin_assessment", "Gorbals Gin Co.", ALASDAIR[1],
      ("Gorbals Gin Co.", "no-reply@recruitee.com"),
      "Invitation: sales assessment at the Gorbals Gin still house", "2026-08-12 15:00 +0100",
      None,
      html=html_shell("Gorbals Gin Co.", [
          "Hi Cormac,",
          "Thanks for your application for <b>Account Manager - Glasgow Bars</b>. We'd like "
          "to invite you to a sales assessment at our still house, 12 Ballater Street, on "
          "<b>Friday 21 August at 10:00</b>.",
          "You'll pitch our new navy-strength gin to two of our team playing bar owners, "
          "followed by an interview with Alasdair Grant, Sales Director. Allow two hours.",
          "Please reply to confirm, and let us know if you need travel support from "
          "Ireland.",
          "Cheers,<br>Gorbals Gin Co."], colour="#3a506b"),
      reply_to=ALASDAIR, id="gg1"),
    # ================================================================ invitations, French
    m(INV, "fr", "brasserieducanal_journee_essai", "Brasserie du Canal", "",
      ("Élise de Brasserie du Canal", "no-reply@teamtailor-mail.com"),
      "Invitation : journée d'essai", "2026-04-02 09:50 +0200",
      "Bonjour Cormac,\n\n"
      "Merci pour ta candidature au poste de Commercial CHR. Nous aimerions t'inviter à\n"
      "une journée d'essai avec notre équipe commerciale le mercredi 15 avril : tournée\n"
      "des cafés de Molenbeek et du centre le matin, débrief à la brasserie l'après-midi.\n\n"
      "Rendez-vous à 9h au 25 quai des Charbonnages. Réserve ta place ici :\n"
      "https://brasserieducanal.teamtailor.example.com/booking/77\n\n"
      "À bientôt,\nÉlise - Brasserie du Canal\n",
      from_ew=("utf-8", "Q"), id="bdc1"),
    m(INV, "fr", "horecatalents_galerieroyale", "Hôtels Galerie Royale", SARAH[1], SARAH,
      "Entretien avec les Hôtels Galerie Royale", "2026-06-30 16:15 +0200",
      "Hello Cormac,\n\n"
      "Bonne nouvelle : les Hôtels Galerie Royale souhaitent te rencontrer pour le poste\n"
      "de Responsable Food & Beverage - achats boissons. L'entretien aurait lieu le\n"
      "mercredi 8 juillet à 11h à l'hôtel, Galerie du Roi, avec la directrice des\n"
      "opérations.\n\n"
      "Peux-tu me confirmer ta présence ? Je t'appelle demain pour te briefer.\n\n"
      "Sarah Peeters\nConsultante - Horeca Talents\n",
      id="hgr1"),
    m(INV, "fr", "linkebeek_entretien_telephonique", "Sources de Linkebeek", LINKEBEEK[1],
      ("Pauline Dewit via SmartRecruiters", "no-reply@smartrecruiters.com"),
      "Invitation à un entretien téléphonique", "2026-09-03 10:30 +0200",
      "Bonjour Monsieur Ó Briain-Castellanos,\n\n"
      "Nous avons le plaisir de vous inviter à un entretien téléphonique pour le poste de\n"
      "Key Account Manager Horeca chez Sources de Linkebeek.\n\n"
      "Date : vendredi 11 septembre 2026\nHeure : 14h00 (heure belge)\n"
      "Durée : environ 30 minutes\n\n"
      "Je vous appellerai au numéro indiqué dans votre CV. Merci de confirmer en\n"
      "répondant à ce message.\n\n"
      "Cordialement,\nPauline Dewit\nChargée de recrutement\n",
      reply_to=LINKEBEEK, id="lnk1"),
    # ================================================================ invitations, German
    m(INV, "de", "getraenketalente_wuermtal_gespraech", "Obstkelterei Würmtal", BRANDL[1],
      BRANDL, "Gesprächseinladung: Obstkelterei Würmtal", "2026-04-08 09:05 +0200",
      "Hallo Herr Ó Briain-Castellanos,\n\n"
      "mein Mandant, die Obstkelterei Würmtal in Gauting, möchte Sie gern kennenlernen.\n"
      "Vorgeschlagen wird ein persönliches Gespräch mit dem Geschäftsführer Herrn Riedl\n"
      "am Donnerstag, 16. April 2026, um 15:00 Uhr direkt in der Kelterei.\n\n"
      "Da Sie noch in Limerick sind, wäre alternativ auch ein Videogespräch möglich.\n"
      "Bitte geben Sie mir kurz Bescheid, was Ihnen lieber ist.\n\n"
      "Beste Grüße\nMarkus Brandl\nSenior Berater\nGetränkeTalente Personalberatung\n"
      "Leopoldstraße 54, 80802 München\n",
      charset="utf-8", cte="base64", id="wt1"),
    m(INV, "de", "schwabingerlimo_assessment", "Schwabinger Limonaden Manufaktur", SLM[1],
      SLM, "Einladung zum Assessment Center am 7. Juli",
      "2026-06-22 13:13 +0200",
      None,
      html=html_shell("Schwabinger Limonaden Manufaktur", [
          "Hallo Herr Ó Briain-Castellanos,",
          "wir freuen uns, Sie zu unserem Assessment Center für die Position "
          "<b>Gebietsverkaufsleiter Gastronomie (m/w/d)</b> einzuladen.",
          "<b>Wann:</b> Dienstag, 7. Juli 2026, 9:00 - 16:00 Uhr<br>"
          "<b>Wo:</b> Manufaktur, Belgradstraße 12, 80796 München",
          "Sie erwartet eine Gruppenübung, ein Verkaufsrollenspiel und ein Einzelgespräch. "
          "Bitte bestätigen Sie Ihre Teilnahme bis zum 29. Juni.",
          "Sonnige Grüße<br>Jana Vogl<br>People &amp; Culture"], colour="#f4a261",
          footer=DISCLAIMER_DE.replace("\n", " ")),
      id="slm1"),
    # ================================================================ invitations, Spanish
    m(INV, "es", "refrescoscantabrico_telefonica", "Refrescos del Cantábrico", NEREA[1],
      ("Refrescos del Cantábrico", "refrescoscantabrico@icims.com"),
      "Invitación a entrevista telefónica - Gestor/a de Cuentas HORECA",
      "2026-07-06 12:00 +0200",
      "Hola Cormac:\n\n"
      "Gracias por tu candidatura al puesto de Gestor/a de Cuentas HORECA (Bilbao).\n"
      "Nos gustaría mantener contigo una entrevista telefónica de unos 30 minutos el\n"
      "martes 14 de julio a las 10:00 (hora peninsular).\n\n"
      "Te llamará Nerea Olabarria, del equipo de Selección. Si necesitas cambiar la\n"
      "hora, responde a este correo.\n\n"
      "Saludos,\nSelección - Refrescos del Cantábrico\n",
      reply_to=NEREA, subject_ew=("utf-8", "Q"), id="rc1"),
    m(INV, "es", "talentobebidas_entrevista_cliente", "Talento Bebidas Consultores", LUCIA[1],
      LUCIA, "Entrevista con nuestro cliente - Delegado Comercial", "2026-06-12 13:22 +0200",
      "Hola Cormac,\n\n"
      "Te escribo porque nuestro cliente, una bodega y destilería del norte con marcas\n"
      "muy conocidas en hostelería, quiere conocerte para el puesto de Delegado Comercial\n"
      "que hablamos. Por confidencialidad aún no puedo decirte el nombre.\n\n"
      "La entrevista sería por videollamada el jueves 18 de junio a las 17:00 con su\n"
      "director de ventas. ¿Te encaja? Confírmamelo y te envío el enlace.\n\n"
      "Lucía Ferreira\nConsultora Senior - Talento Bebidas Consultores\n",
      from_ew=("utf-8", "B")),
    # ================================================================ reschedules, English
    m(RES, "en", "dockside_rescheduled", "Dockside Soft Drinks", "",
      ("Dockside Soft Drinks", "no-reply@ashbyhq.com"),
      "Updated: your interview with Dockside Soft Drinks", "2026-02-09 16:44 +0000",
      "Hi Cormac,\n\n"
      "Your interview for Regional Sales Executive (Dublin On-Trade) has been\n"
      "rescheduled by the hiring team.\n\n"
      "New time: Friday 13 February 2026, 12:00-12:45 (Dublin)\n"
      "Previous time: Wednesday 11 February 2026, 10:00-10:45\n\n"
      "The video link stays the same. An updated calendar invitation is included.\n\n"
      "Sent by Ashby on behalf of Dockside Soft Drinks\n",
      ics={"uid": "ashby-dockside-7731@ashbyhq.com", "seq": 2, "stamp": "20260209T164400Z",
           "start": "20260213T120000", "end": "20260213T124500",
           "summary": "Interview: Dockside Soft Drinks", "location": "Video call",
           "organizer": "no-reply@ashbyhq.com"},
      id="dock2", parent="dock1"),
    m(RES, "en", "caskkeg_wildatlantic_postponed", "Wild Atlantic Spirits", CONOR[1], CONOR,
      "Re: Assessment centre - Wild Atlantic Spirits, Cork", "2026-04-03 12:30 +0100",
      "Hi Cormac,\n\n"
      "Just a heads-up: Wild Atlantic have postponed next Thursday's assessment centre.\n"
      "Their commercial manager is out on unexpected leave, and they'd rather run the day\n"
      "properly than without him. They expect to reschedule within the next three weeks -\n"
      "I'll confirm the new date as soon as I have it.\n\n"
      "Conor\n",
      quote="en", id="was2", parent="was1"),
    m(RES, "en", "mournemountain_cancelled", "Mourne Mountain Brewery", SHAUNA[1], SHAUNA,
      "Cancelled: Video interview - Cormac", "2026-05-18 17:25 +0100",
      "Hi Cormac,\n\n"
      "Unfortunately we need to cancel tomorrow's video interview, as Pete is unwell. I'm\n"
      "really sorry for the late notice. I'll be in touch later this week to find a new\n"
      "slot.\n\n"
      "Best wishes,\nShauna\n",
      ics={"uid": "mmb-0519-cormac@mournebrew.example.co.uk", "seq": 1, "method": "CANCEL",
           "stamp": "20260518T162500Z", "start": "20260519T130000", "end": "20260519T134500",
           "summary": "Video interview - Cormac", "tz": "Europe/London",
           "location": "Google Meet"},
      parent="mmb1"),
    m(RES, "en", "treatycity_trial_moved", "Treaty City Brewing", TREATY[1], TREATY,
      "RE: Trial day with the sales team?", "2026-01-19 08:03 +0000",
      "Morning Cormac,\n\n"
      "Slight change of plan - Ciara's van is in the garage until Friday, so can we push\n"
      "the trial day to Tuesday 27 January? Same meeting point and time.\n\n"
      "Dave\n",
      quote="outlook", parent="tcb1"),
    # ================================================================ reschedules, French
    m(RES, "fr", "brasserieducanal_report", "Brasserie du Canal", ELISE[1], ELISE,
      "Report de ta journée d'essai", "2026-04-10 18:40 +0200",
      "Bonjour Cormac,\n\n"
      "Petit changement : notre livraison de fûts pour le festival a été avancée au\n"
      "15 avril et toute l'équipe sera mobilisée. On doit donc reporter ta journée\n"
      "d'essai. Je te propose le mardi 21 avril, même heure, même endroit. Ça te va ?\n\n"
      "Désolée pour ce contretemps.\n\nÉlise Janssens\nBrasserie du Canal\n",
      from_ew=("iso-8859-1", "Q"), parent="bdc1"),
    m(RES, "fr", "horecatalents_galerieroyale_annule", "Hôtels Galerie Royale", SARAH[1], SARAH,
      "RE: Entretien avec les Hôtels Galerie Royale", "2026-07-06 09:10 +0200",
      "Hello Cormac,\n\n"
      "Je viens d'apprendre que l'entretien de mercredi avec les Hôtels Galerie Royale\n"
      "est annulé : la directrice des opérations doit se rendre en urgence à Anvers.\n"
      "Ils reviendront vers moi pour fixer une nouvelle date, sans doute la semaine\n"
      "prochaine. Je te tiens au courant.\n\n"
      "Sarah\n",
      quote="fr", parent="hgr1"),
    # ================================================================ reschedules, German
    m(RES, "de", "schwabingerlimo_verschoben", "Schwabinger Limonaden Manufaktur", SLM[1], SLM,
      "AW: Einladung zum Assessment Center am 7. Juli", "2026-07-01 11:45 +0200",
      "Hallo Herr Ó Briain-Castellanos,\n\n"
      "aus organisatorischen Gründen müssen wir das Assessment Center vom 7. Juli auf\n"
      "Dienstag, 14. Juli 2026, verschieben. Uhrzeit und Ort bleiben gleich.\n\n"
      "Bitte entschuldigen Sie die Änderung und bestätigen Sie uns kurz den neuen Termin.\n\n"
      "Viele Grüße\nJana Vogl\nPeople & Culture\n"
      "Schwabinger Limonaden Manufaktur GmbH\n",
      quote="outlook", id="slm2", parent="slm1"),
    m(RES, "de", "wuermtal_termin_abgesagt", "Obstkelterei Würmtal",
      "j.riedl@wuermtal-kelterei.example.de",
      ("Josef Riedl", "j.riedl@wuermtal-kelterei.example.de"),
      "Abgesagt: Gespräch Obstkelterei Würmtal", "2026-04-14 18:20 +0200",
      "Guten Abend Herr Ó Briain-Castellanos,\n\n"
      "leider muss ich unser Gespräch am Donnerstag absagen - wir haben einen\n"
      "Maschinenschaden an der Presse und ich werde hier gebraucht. Herr Brandl meldet\n"
      "sich mit einem neuen Terminvorschlag bei Ihnen.\n\n"
      "Mit freundlichen Grüßen\nJosef Riedl\nGeschäftsführer, Obstkelterei Würmtal\n",
      ics={"uid": "wuermtal-0416@wuermtal-kelterei.example.de", "seq": 1, "method": "CANCEL",
           "stamp": "20260414T162000Z", "start": "20260416T150000", "end": "20260416T160000",
           "summary": "Gespräch Obstkelterei Würmtal", "tz": "Europe/Berlin",
           "location": "Obstkelterei Würmtal, Gauting"},
      cc=BRANDL),
    # ================================================================ reschedule, Spanish
    m(RES, "es", "refrescoscantabrico_cambio", "Refrescos del Cantábrico", NEREA[1], NEREA,
      "Cambio de fecha de tu entrevista", "2026-07-10 15:35 +0200",
      "Hola Cormac:\n\n"
      "Te escribo para cambiar la fecha de la entrevista telefónica: el martes 14 tengo\n"
      "formación todo el día. ¿Te iría bien el miércoles 15 de julio a las 12:00? Si no,\n"
      "dime otra hora esa semana.\n\n"
      "Gracias y perdona el cambio,\n"
      "Nerea Olabarria\nTécnica de Selección - Refrescos del Cantábrico\n",
      id="rc2", parent="rc1"),
    # ================================================================ missed, English
    m(MISS, "en", "gorbalsgin_no_show", "Gorbals Gin Co.", ALASDAIR[1], ALASDAIR,
      "Today's assessment", "2026-08-21 11:02 +0100",
      "Hi Cormac,\n\n"
      "We were expecting you at the still house at 10:00 for the sales assessment, but\n"
      "you didn't arrive and we couldn't reach you on your mobile. We've waited an hour\n"
      "and have had to let the team go back to work.\n\n"
      "I hope everything is OK. Drop me a line when you can.\n\n"
      "Alasdair Grant\nSales Director, Gorbals Gin Co.\n",
      parent="gg1"),
    m(MISS, "en", "dockside_missed", "Dockside Soft Drinks", "",
      ("Dockside Soft Drinks", "no-reply@ashbyhq.com"),
      "We missed you today", "2026-02-13 12:20 +0000",
      "Hi Cormac,\n\n"
      "It looks like you weren't able to join your interview with Dockside Soft Drinks\n"
      "scheduled for 12:00 today. Kevin waited in the video call for 15 minutes.\n\n"
      "If you'd still like to be considered, you can book a new time here:\n"
      "https://jobs.ashbyhq.example.com/dockside/schedule/f3a9?rebook=1\n\n"
      "Sent by Ashby on behalf of Dockside Soft Drinks\n",
      parent="dock2"),
    m(MISS, "en", "temptap_trial_shift_no_show", "TempTap Staffing",
      "grainne.oshea@temptap.example.ie", ("Gráinne O'Shea", "grainne.oshea@temptap.example.ie"),
      "This morning - client trial shift", "2026-09-29 10:05 +0100",
      "Hi Cormac,\n\n"
      "The client rang me to say you didn't turn up for the trial shift at their depot\n"
      "at 8am this morning. I've tried calling you twice since.\n\n"
      "Can you let me know what happened? I need to get back to them today.\n\n"
      "Gráinne\nTempTap Staffing | Cork | 021 555 7734\n",
      from_ew=("utf-8", "B")),
    m(MISS, "en", "loughderg_waited_on_teams", "Lough Derg Distillery",
      "orla.kennedy@loughderg.example.ie", ("Orla Kennedy", "orla.kennedy@loughderg.example.ie"),
      "Our Teams interview at 11", "2026-10-07 11:22 +0100",
      "Dear Cormac,\n\n"
      "Our interview for the Brand Sales Manager position was due to start on Teams at\n"
      "11:00 this morning. My colleague and I waited for twenty minutes but you did not\n"
      "join. We also sent a message through the chat.\n\n"
      "Please let me know if there was a technical issue.\n\n"
      "Kind regards,\nOrla Kennedy\nHR Manager | Lough Derg Distillery\n"
      "Dromineer Road, Nenagh, Co. Tipperary\n",
      html=html_shell("Lough Derg Distillery", [
          "Dear Cormac,",
          "Our interview for the Brand Sales Manager position was due to start on Teams at "
          "11:00 this morning. My colleague and I waited for twenty minutes but you did not "
          "join. We also sent a message through the chat.",
          "Please let me know if there was a technical issue.",
          "Kind regards,<br>Orla Kennedy<br>HR Manager | Lough Derg Distillery"],
          colour="#1b4332")),
    # ================================================================ missed, others
    m(MISS, "fr", "linkebeek_injoignable", "Sources de Linkebeek", LINKEBEEK[1], LINKEBEEK,
      "Entretien téléphonique de ce jour", "2026-09-11 14:35 +0200",
      "Bonjour Monsieur Ó Briain-Castellanos,\n\n"
      "J'ai essayé de vous joindre à 14h00, comme convenu, pour notre entretien\n"
      "téléphonique, puis de nouveau à 14h15. Je suis tombée à chaque fois sur votre\n"
      "messagerie.\n\n"
      "Pourriez-vous me recontacter afin que nous voyions la suite ?\n\n"
      "Cordialement,\nPauline Dewit\nChargée de recrutement - Sources de Linkebeek\n",
      parent="lnk1", charset="iso-8859-1", cte="8bit"),
    m(MISS, "de", "weissbraeu_nicht_erschienen", "Weißbräu am Viktualienmarkt",
      "g.hofer@weissbraeu-vm.example.de",
      ("Georg Hofer", "g.hofer@weissbraeu-vm.example.de"),
      "Ihr Vorstellungstermin heute um 10 Uhr", "2026-05-07 11:30 +0200",
      "Sehr geehrter Herr Ó Briain-Castellanos,\n\n"
      "wir waren heute um 10:00 Uhr mit Ihnen zum Vorstellungsgespräch verabredet. Leider\n"
      "sind Sie zum vereinbarten Termin nicht erschienen und waren auch telefonisch nicht\n"
      "erreichbar.\n\n"
      "Sollte es einen wichtigen Grund gegeben haben, melden Sie sich bitte bis Ende der\n"
      "Woche bei mir.\n\n"
      "Mit freundlichen Grüßen\nGeorg Hofer\nBetriebsleiter\nWeißbräu am Viktualienmarkt\n",
      subject_ew=("iso-8859-1", "Q"), charset="iso-8859-1", cte="quoted-printable"),
    m(MISS, "es", "refrescoscantabrico_no_contesto", "Refrescos del Cantábrico", NEREA[1], NEREA,
      "RE: Cambio de fecha de tu entrevista", "2026-07-15 12:25 +0200",
      "Hola Cormac:\n\n"
      "Te he llamado a las 12:00 para la entrevista telefónica, tal como quedamos, y\n"
      "otra vez a las 12:10, pero no has contestado. Te he dejado un mensaje de voz.\n\n"
      "Si sigues interesado, dímelo y vemos si podemos encontrar otro hueco.\n\n"
      "Nerea\n",
      quote="es", parent="rc2"),
]
