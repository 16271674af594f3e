"""Corpus 298, threads: one employer's mail from acknowledgement to offer or rejection.

Written blind by hand. Each thread quotes its earlier messages; labels follow the NEW text.
"""

from __future__ import annotations

from msgs298_common import SIG_YUKI, YUKI, M, cal

QP = "Quillpay"
PRIYA = ("Priya Raman", "priya.raman@quillpay.example.co.uk")
APB = "Albion Public Broadcasting"
GWEN = ("Gwen Morley", "gwen.morley@apb.example.org.uk")
LENA = ("Lena Voigt", "lena.voigt@zahlwerk.example.de")
MARTA = ("Marta Ibáñez", "marta.ibanez@tiendalia.example.es")
CAMILLE = ("Camille Roux", "camille.roux@monnaieclaire.example.fr")
OWEN = ("Owen Pritchard", "owen.pritchard@greyhaven.example.gov.uk")
SANNE = ("Sanne de Wit", "sanne.dewit@brightledger.example.nl")
JONAS = ("Jonas Petersen", "jonas.petersen@kaufhafen.example.de")
BIRTE = ("Birte Hansen", "birte.hansen@nordfunk.example.de")

MESSAGES = [
    # ---------------------------------------------------------------- Quillpay (London fintech)
    M("qp_ack", "application_received", "en", "2026-01-14 09:12 +0000",
      ("Quillpay Recruiting", "no-reply@greenhouse-mail.io"),
      "Thanks for applying to Quillpay!",
      "Hi Yuki,\n\n"
      "Thanks for applying for the Senior Content Designer (Payments) role at Quillpay. "
      "This note is to let you know that your application has reached us safely.\n\n"
      "Our team reads every application themselves, so it can take up to two weeks before "
      "you hear from us. If your experience is a match for what the team needs, someone "
      "will get in touch to arrange a first conversation.\n\n"
      "In the meantime you can read how we work at quillpay.example.co.uk/careers.\n\n"
      "Best,\nThe Quillpay Talent Team\n\n"
      "Please don't reply to this email - this mailbox isn't monitored.",
      QP, "", fmt="alt", brand="Quillpay", footer="Quillpay, 41 Leonard Street, London EC2A"),
    M("qp_invite", "interview_invitation", "en", "2026-01-22 15:40 +0000",
      ("Priya Raman via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Quillpay - let's chat about the Senior Content Designer role",
      "Hi Yuki,\n\n"
      "Thanks so much for your patience. I've had a look through your application and "
      "portfolio with Tom, our Head of Design, and we'd love to set up a 30-minute call to get "
      "to know you and tell you more about the team.\n\n"
      "Please pick whichever time suits you best using the link below:\n"
      "https://app.greenhouse.io/scheduling/invite/7f3c91aa\n\n"
      "The call will be on Google Meet; the link will be in the calendar invitation once you "
      "have chosen a slot.\n\n"
      "Speak soon,\nPriya\n\n"
      "Priya Raman\nTalent Partner, Quillpay",
      QP, "priya.raman@quillpay.example.co.uk", reply_to=PRIYA),
    M("qp_move", "interview_reschedule_or_cancel", "en", "2026-01-27 11:03 +0000", PRIYA,
      "Re: Quillpay - let's chat about the Senior Content Designer role",
      "Hi Yuki,\n\n"
      "I'm really sorry to do this - Tom has been pulled into an all-day incident review on "
      "Thursday, so we need to move our call. Would Friday 30 January at 11:30 work instead? "
      "I've sent an updated invitation; if the new time doesn't suit just reply here and "
      "we'll find another one.\n\n"
      "Apologies again,\nPriya",
      QP, "priya.raman@quillpay.example.co.uk", reply="qp_invite", quote="en",
      ics=cal(method="REQUEST", uid="gh-7f3c91aa@quillpay.example.co.uk", seq=1,
               stamp="20260127T110300Z", start="20260130T113000", end="20260130T120000",
               tz="Europe/London", summary="Yuki Tanabe-Schmidt <> Quillpay (Priya, Tom)",
               location="Google Meet", organizer=PRIYA)),
    M("qp_yuki_thanks", "other", "en", "2026-01-30 13:05 +0000", YUKI,
      "Re: Quillpay - let's chat about the Senior Content Designer role",
      "Hi Priya,\n\n"
      "Thank you and Tom for the conversation this morning - I really enjoyed hearing about "
      "the plans for the merchant dashboard and the style guide work. It sounds like a team I "
      "would love to be part of.\n\n"
      "Looking forward to hearing about next steps.\n\n"
      "Best wishes,\n" + SIG_YUKI,
      to=[PRIYA], reply="qp_move", quote="en"),
    M("qp_panel", "interview_invitation", "en", "2026-02-05 10:20 +0000", PRIYA,
      "Final stage: panel interview at Quillpay",
      "Hi Yuki,\n\n"
      "Great news - the team would like to invite you to the final stage. This is a 90-minute "
      "panel at our office (41 Leonard Street, EC2A) on Thursday 12 February at 14:00.\n\n"
      "It has two parts:\n"
      "- 30 minutes: you walk us through one piece of work you are proud of\n"
      "- 60 minutes: conversation with Tom (Head of Design), Ines (Product Lead) and me\n\n"
      "There's no take-home task. A calendar invitation is attached - please accept it so we "
      "know the time works, and let me know about any adjustments you need.\n\n"
      "Best,\nPriya\n\n"
      "Priya Raman | Talent Partner\nQuillpay | 41 Leonard Street, London EC2A 4LS\n"
      "+44 20 7946 0321",
      QP, "priya.raman@quillpay.example.co.uk", fmt="alt", html="simple",
      ics=cal(method="REQUEST", uid="panel-2291@quillpay.example.co.uk", seq=0,
               stamp="20260205T102000Z", start="20260212T140000", end="20260212T153000",
               tz="Europe/London", summary="Final panel - Yuki Tanabe-Schmidt",
               location="Quillpay, 41 Leonard Street, London EC2A 4LS", organizer=PRIYA)),
    M("qp_offer_call", "offer", "en", "2026-02-17 18:47 +0000",
      ("Tom Okafor", "tom.okafor@quillpay.example.co.uk"),
      "Following up on our call",
      "Hi Yuki,\n\n"
      "Just wanted to put in writing what I said on the phone earlier: we would love you to "
      "join Quillpay as Senior Content Designer, leading content for Payments. Everyone on "
      "the panel came out of Thursday's session buzzing.\n\n"
      "Hannah from our People team will send the formal offer letter with the full package "
      "(salary of GBP 67,000, share options, 28 days holiday) in the next day or two. If "
      "you have questions in the meantime, call me any time on 07700 900 562.\n\n"
      "Really hope you say yes!\n\nTom\n\n"
      "Tom Okafor\nHead of Design, Quillpay",
      QP, "tom.okafor@quillpay.example.co.uk", cc=[PRIYA]),
    M("qp_offer_letter", "offer", "en", "2026-02-19 16:10 +0000",
      ("Quillpay People", "people@quillpay.example.co.uk"),
      "Your offer from Quillpay - Senior Content Designer",
      "Dear Yuki,\n\n"
      "Following your conversations with Tom and Priya, I am pleased to attach your offer of "
      "employment for the position of Senior Content Designer.\n\n"
      "The letter sets out your salary, start date (proposed: Monday 13 April 2026), benefits "
      "and the conditions of the offer (references and right-to-work check). To accept, "
      "please sign and return it by Friday 27 February, or reply to me with any questions.\n\n"
      "Kind regards,\n\n"
      "Hannah Leigh\nPeople Partner\nQuillpay\n\n"
      "This email and any attachments are confidential and intended solely for the "
      "addressee. If you have received it in error, please notify the sender and delete it.",
      QP, "hannah.leigh@quillpay.example.co.uk",
      reply_to=("Hannah Leigh", "hannah.leigh@quillpay.example.co.uk"),
      pdf=[("Quillpay_offer_letter_YTS.pdf",
            ["Quillpay - Offer of Employment", "Private and confidential",
             "Dear Yuki Tanabe-Schmidt,",
             "We are delighted to offer you the role of Senior Content Designer.",
             "Salary: GBP 67,000 per annum. Start date: 13 April 2026.",
             "Please sign and return by 27 February 2026.", "Hannah Leigh, People Partner"])]),
    M("qp_yuki_question", "other", "en", "2026-02-20 09:31 +0000", YUKI,
      "Re: Your offer from Quillpay - Senior Content Designer",
      "Dear Hannah,\n\n"
      "Thank you very much for the offer letter. Before I sign, could you tell me whether the "
      "role could be four days a week from the start, and whether the April start date has any "
      "flexibility? I have a notice period of four weeks.\n\n"
      "Many thanks,\nYuki",
      to=[("Hannah Leigh", "hannah.leigh@quillpay.example.co.uk")],
      reply="qp_offer_letter", quote="ol-en", fmt="alt", html="simple"),

    # ---------------------------------------------------------------- APB (Manchester broadcaster)
    M("apb_ack", "application_received", "en", "2026-03-02 07:58 +0000",
      ("Albion Public Broadcasting", "apb@myworkday.com"),
      "Application received: Content Design Lead (R-20418)",
      "Dear Yuki,\n\n"
      "Thank you for applying for Content Design Lead (R-20418) at Albion Public "
      "Broadcasting.\n\n"
      "We have received your application. Because of the number of applications we receive, "
      "we are unable to respond to every applicant individually. You can follow the status of "
      "your application at any time in your candidate home.\n\n"
      "Shortlisting for this role will take place after the closing date (15 March 2026).\n\n"
      "Albion Public Broadcasting Resourcing\n\n"
      "This is an automated message. Replies to this address are not read.",
      APB, "", fmt="html", brand="Albion Public Broadcasting", accent="#6a1b4d",
      footer="APB, Quay House, Salford M50 - Careers"),
    M("apb_invite", "interview_invitation", "en", "2026-03-19 12:15 +0000", GWEN,
      "Invitation to interview - Content Design Lead (R-20418)",
      "Dear Yuki,\n\n"
      "Thank you for your application for the Content Design Lead role. I'm delighted to let "
      "you know that you have been shortlisted, and we would like to invite you to an "
      "interview and assessment at Quay House, Salford, on Wednesday 1 April at 10:00.\n\n"
      "The session lasts two hours: a 45-minute content exercise (you'll be given a brief "
      "on the day, no preparation needed) followed by a competency-based interview with "
      "the Head of Digital Content and me.\n\n"
      "Please confirm you can attend by replying to this email. If you need any reasonable "
      "adjustments, let me know and we'll arrange them.\n\n"
      "Kind regards,\n\n"
      "Gwen Morley\nSenior Talent Acquisition Partner\nAlbion Public Broadcasting\n"
      "Quay House, Salford M50 2QH\nT: 0161 496 0755",
      APB, "gwen.morley@apb.example.org.uk",
      ics=cal(method="REQUEST", uid="apb-R20418-yts@apb.example.org.uk", seq=0,
               stamp="20260319T121500Z", start="20260401T100000", end="20260401T120000",
               tz="Europe/London", summary="Interview: Content Design Lead (R-20418)",
               location="Quay House, Salford M50 2QH", organizer=GWEN,
               prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", cte="base64")),
    M("apb_cancel", "interview_reschedule_or_cancel", "en", "2026-03-27 16:42 +0000", GWEN,
      "Cancelled: Interview: Content Design Lead (R-20418)",
      "Dear Yuki,\n\n"
      "I'm afraid we have to postpone your interview on Wednesday 1 April: two members of "
      "the panel are needed at an emergency editorial meeting that day. I'm cancelling the "
      "calendar entry for now and will send a new date early next week. Your application "
      "is not affected in any way.\n\n"
      "Apologies for the short notice.\n\nKind regards,\nGwen",
      APB, "gwen.morley@apb.example.org.uk", reply="apb_invite", quote="ol-en",
      ics=cal(method="CANCEL", uid="apb-R20418-yts@apb.example.org.uk", seq=1,
               stamp="20260327T164200Z", start="20260401T100000", end="20260401T120000",
               tz="Europe/London", summary="Interview: Content Design Lead (R-20418)",
               location="Quay House, Salford M50 2QH", organizer=GWEN,
               prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")),
    M("apb_newslot", "interview_reschedule_or_cancel", "en", "2026-03-31 09:05 +0100", GWEN,
      "Updated: Interview: Content Design Lead (R-20418) - new date",
      "Dear Yuki,\n\n"
      "Thank you for bearing with us. We can now offer you Thursday 9 April at 13:30, same "
      "format and same place. An updated invitation is attached.\n\n"
      "Kind regards,\nGwen",
      APB, "gwen.morley@apb.example.org.uk", reply="apb_cancel", quote="ol-en",
      ics=cal(method="REQUEST", uid="apb-R20418-yts@apb.example.org.uk", seq=2,
               stamp="20260331T080500Z", start="20260409T133000", end="20260409T153000",
               tz="Europe/London", summary="Interview: Content Design Lead (R-20418)",
               location="Quay House, Salford M50 2QH", organizer=GWEN,
               prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")),
    M("apb_yuki_confirm", "other", "en", "2026-03-31 10:14 +0100", YUKI,
      "RE: Updated: Interview: Content Design Lead (R-20418) - new date",
      "Dear Gwen,\n\nThursday 9 April at 13:30 is perfect - I have accepted the invitation. "
      "See you at Quay House.\n\nBest regards,\nYuki",
      to=[GWEN], reply="apb_newslot", quote="ol-en"),
    M("apb_offer", "offer", "en", "2026-04-21 15:30 +0100", GWEN,
      "Conditional offer - Content Design Lead",
      "Dear Yuki,\n\n"
      "Following your interview on 9 April, I am very pleased to offer you the post of "
      "Content Design Lead in APB Digital, subject to satisfactory references.\n\n"
      "This is a 12-month fixed-term contract (maternity cover) on grade 8, salary "
      "GBP 58,400, based in Salford with hybrid working. The attached letter has the details. "
      "Could you let me know within a week whether you wish to accept?\n\n"
      "Congratulations - the panel was very impressed with your content exercise.\n\n"
      "Kind regards,\n\n"
      "Gwen Morley\nSenior Talent Acquisition Partner\nAlbion Public Broadcasting\n\n"
      "---\nThis e-mail (and any attachments) is confidential and may contain personal "
      "views which are not the views of APB unless specifically stated.",
      APB, "gwen.morley@apb.example.org.uk",
      pdf=[("APB_conditional_offer_R-20418.pdf",
            ["Albion Public Broadcasting", "Conditional Offer of Employment",
             "Post: Content Design Lead (R-20418), APB Digital",
             "Contract: fixed term, 12 months. Grade 8. Salary GBP 58,400.",
             "Location: Quay House, Salford (hybrid).",
             "This offer is subject to two satisfactory references."])]),
    M("apb_contract", "offer", "en", "2026-05-05 11:02 +0100",
      ("APB People Services", "people.services@apb.example.org.uk"),
      "Your contract of employment is ready to sign",
      "Dear Yuki,\n\n"
      "Thank you for accepting our offer. Your contract of employment for the role of "
      "Content Design Lead is attached. Please read it carefully, then sign and date page 6 "
      "and return it by Friday 15 May. A countersigned copy will be sent to you afterwards.\n\n"
      "If anything in the contract is not as you expected, please contact Gwen Morley, who "
      "is copied in.\n\n"
      "APB People Services",
      APB, "gwen.morley@apb.example.org.uk", reply_to=GWEN, cc=[GWEN],
      pdf=[("APB_contract_Tanabe-Schmidt.pdf",
            ["Albion Public Broadcasting - Contract of Employment",
             "Employee: Yuki Tanabe-Schmidt", "Job title: Content Design Lead",
             "Start date: 1 June 2026. End date: 31 May 2027.",
             "Signature: ____________________  Date: __________"])]),

    # ---------------------------------------------------------------- Zahlwerk (Hamburg fintech)
    M("zw_ack", "application_received", "de", "2026-02-09 08:30 +0100",
      ("Zahlwerk GmbH", "noreply@personio.de"),
      "Ihre Bewerbung bei Zahlwerk",
      "Hallo Yuki Tanabe-Schmidt,\n\n"
      "vielen Dank für Ihre Bewerbung als Lead Content Designer (m/w/d) bei Zahlwerk. Ihre "
      "Unterlagen sind vollständig bei uns eingegangen.\n\n"
      "Wir prüfen jede Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei "
      "Wochen bei Ihnen.\n\n"
      "Viele Grüße\nIhr People-Team von Zahlwerk\n\n"
      "Zahlwerk GmbH · Großer Burstah 12 · 20457 Hamburg\n"
      "Diese E-Mail wurde automatisch versendet.",
      "Zahlwerk", "", fmt="alt", brand="Zahlwerk", footer="Zahlwerk GmbH, Hamburg"),
    M("zw_invite", "interview_invitation", "de", "2026-02-16 14:22 +0100", LENA,
      "Einladung zum Videointerview – Lead Content Designer",
      "Hallo Yuki,\n\n"
      "danke für Deine Bewerbung! Wir duzen uns bei Zahlwerk, ich hoffe, das ist okay. Dein "
      "Portfolio hat uns sehr gefallen, und wir würden Dich gern in einem ersten "
      "Videointerview kennenlernen.\n\n"
      "Vorschlag: Montag, 23. Februar, 11:00 Uhr (deutsche Zeit), ca. 45 Minuten, mit mir "
      "und Malte aus dem Produktteam. Den Link zu Microsoft Teams schicke ich Dir nach "
      "Deiner Bestätigung.\n\n"
      "Passt Dir der Termin?\n\n"
      "Viele Grüße\nLena\n\n"
      "Lena Voigt\nTalent Acquisition Managerin\nZahlwerk GmbH · Großer Burstah 12 · "
      "20457 Hamburg\nTel. +49 40 5553 1187",
      "Zahlwerk", "lena.voigt@zahlwerk.example.de"),
    M("zw_missed", "missed_interview_notice", "de", "2026-02-23 11:24 +0100", LENA,
      "AW: Einladung zum Videointerview – Lead Content Designer",
      "Hallo Yuki,\n\n"
      "Malte und ich sitzen seit 11 Uhr im Teams-Call und warten auf Dich - leider bist Du "
      "nicht dazugekommen. Ist etwas dazwischengekommen? Falls es ein technisches Problem "
      "gab, melde Dich gern, dann suchen wir einen neuen Termin.\n\n"
      "Viele Grüße\nLena",
      "Zahlwerk", "lena.voigt@zahlwerk.example.de", reply="zw_invite", quote="de",
      henc="iso-8859-1/q", charset="iso-8859-1"),
    M("zw_yuki_sorry", "other", "de", "2026-02-23 12:02 +0000", YUKI,
      "Re: AW: Einladung zum Videointerview – Lead Content Designer",
      "Liebe Lena,\n\n"
      "es tut mir sehr leid! Ich hatte 11 Uhr in meinem Kalender als Londoner Zeit "
      "eingetragen und war deshalb eine Stunde zu spät. Das ist mir wirklich unangenehm.\n\n"
      "Wenn es noch möglich ist, würde ich mich sehr über einen neuen Termin freuen – diese "
      "Woche passt mir jeder Nachmittag.\n\n"
      "Viele Grüße\nYuki",
      to=[LENA], reply="zw_missed", quote="de"),
    M("zw_reject", "rejection", "de", "2026-03-12 17:05 +0100", LENA,
      "Deine Bewerbung bei Zahlwerk",
      "Hallo Yuki,\n\n"
      "vielen Dank noch einmal für das zweite Gespräch letzte Woche und die Zeit, die Du Dir "
      "für die Case-Präsentation genommen hast.\n\n"
      "Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für eine "
      "Kandidatin entschieden, die bereits ein Content-Team in einem regulierten Umfeld "
      "aufgebaut hat. Deshalb können wir Dir leider kein Angebot machen.\n\n"
      "Dein Feedback-Dokument hänge ich Dir gern noch an, wenn Du magst. Wir würden uns "
      "freuen, wenn wir in Kontakt bleiben.\n\n"
      "Alles Gute und viele Grüße\nLena",
      "Zahlwerk", "lena.voigt@zahlwerk.example.de", charset="iso-8859-1",
      cte="quoted-printable", senc="iso-8859-1/q"),

    # ---------------------------------------------------------------- Tiendalia (Madrid e-commerce)
    M("td_ack", "application_received", "es", "2026-04-06 10:01 +0200",
      ("Tiendalia", "no-reply@teamtailor-mail.com"),
      "Hemos recibido tu candidatura – Content Design Lead",
      "¡Hola, Yuki!\n\n"
      "Gracias por tu interés en Tiendalia. Te confirmamos que hemos recibido tu candidatura "
      "para el puesto de Content Design Lead.\n\n"
      "Nuestro equipo la revisará en los próximos días. Si tu perfil encaja, nos pondremos en "
      "contacto contigo para los siguientes pasos.\n\n"
      "Un saludo,\nEl equipo de Talento de Tiendalia\n\n"
      "Este mensaje se ha enviado automáticamente, por favor no respondas.",
      "Tiendalia", "", fmt="alt", brand="Tiendalia", accent="#e4572e", cte="base64"),
    M("td_invite", "interview_invitation", "es", "2026-04-14 13:47 +0200",
      ("Marta Ibáñez de Tiendalia", "no-reply@teamtailor-mail.com"),
      "Entrevista con Tiendalia: elige tu horario",
      "Hola Yuki:\n\n"
      "Soy Marta, del equipo de Talento de Tiendalia. Nos ha gustado mucho tu perfil y nos "
      "encantaría conocerte en una primera entrevista por videollamada de unos 40 minutos "
      "con Álvaro, nuestro Head of UX.\n\n"
      "Puedes elegir el horario que mejor te venga aquí:\n"
      "https://tiendalia.teamtailor.example/meetings/book/5521\n\n"
      "Si ninguna opción te va bien, contéstame a este correo y lo buscamos juntas.\n\n"
      "¡Un abrazo!\nMarta Ibáñez\nTalent Acquisition · Tiendalia",
      "Tiendalia", "marta.ibanez@tiendalia.example.es", reply_to=MARTA, henc="utf-8/b"),
    M("td_move", "interview_reschedule_or_cancel", "es", "2026-04-17 09:12 +0200", MARTA,
      "RE: Entrevista con Tiendalia: elige tu horario",
      "Hola de nuevo, Yuki:\n\n"
      "Álvaro tiene un viaje imprevisto el martes, así que tenemos que cambiar la entrevista. "
      "¿Te vendría bien el jueves 23 de abril a las 16:00 (hora de Madrid)? Si no, dime dos o "
      "tres huecos que te vayan bien la semana que viene.\n\n"
      "Perdona el cambio y gracias por tu flexibilidad.\n\nMarta",
      "Tiendalia", "marta.ibanez@tiendalia.example.es", reply="td_invite", quote="es",
      henc="utf-8/b"),
    M("td_reject", "rejection", "es", "2026-05-05 18:20 +0200", MARTA,
      "Tu proceso con Tiendalia",
      "Hola Yuki:\n\n"
      "Muchas gracias por tu tiempo en las entrevistas con Álvaro y con el equipo de "
      "producto. Ha sido un proceso muy reñido y queremos ser transparentes contigo: hemos "
      "decidido continuar con otra persona cuyo perfil encaja mejor con el momento actual "
      "del equipo, sobre todo por la experiencia en español nativo.\n\n"
      "Nos ha encantado conocerte y guardaremos tu candidatura para futuras vacantes.\n\n"
      "Un saludo muy cordial,\nMarta Ibáñez\nTalent Acquisition · Tiendalia\n"
      "Calle de Alcalá 201, 28028 Madrid",
      "Tiendalia", "marta.ibanez@tiendalia.example.es", charset="windows-1252", cte="8bit",
      henc="windows-1252/q", reply="td_move", quote="ol-es"),

    # ---------------------------------------------------------------- Monnaie Claire (Paris fintech)
    M("mc_ack", "application_received", "fr", "2026-05-11 09:40 +0000",
      ("Monnaie Claire", "no-reply@hire.lever.co"),
      "Merci pour votre candidature chez Monnaie Claire",
      "Bonjour Yuki,\n\n"
      "Merci d'avoir postulé au poste de Lead UX Writer chez Monnaie Claire ! Nous avons bien "
      "reçu votre candidature et notre équipe va l'étudier avec attention.\n\n"
      "Nous revenons vers vous dans les meilleurs délais, que la réponse soit positive ou "
      "non.\n\n"
      "À très vite,\nL'équipe Talent de Monnaie Claire",
      "Monnaie Claire", "", fmt="alt", brand="Monnaie Claire", accent="#0f766e"),
    M("mc_invite", "interview_invitation", "fr", "2026-05-19 11:25 +0200", CAMILLE,
      "Entretien – Lead UX Writer chez Monnaie Claire",
      "Bonjour Yuki,\n\n"
      "Suite à l'étude de votre candidature, j'ai le plaisir de vous proposer un premier "
      "entretien en visio avec Nadia, notre Head of Design, le mercredi 27 mai à 10h "
      "(heure de Paris). L'échange durera environ une heure et se fera en anglais ou en "
      "français, comme vous préférez.\n\n"
      "Pourriez-vous me confirmer votre disponibilité ? Je vous enverrai ensuite le lien "
      "Google Meet.\n\n"
      "Belle journée,\n\nCamille Roux\nTalent Acquisition, Monnaie Claire\n"
      "18 rue du Faubourg Poissonnière, 75010 Paris",
      "Monnaie Claire", "camille.roux@monnaieclaire.example.fr", fmt="alt",
      html="simple"),
    M("mc_move", "interview_reschedule_or_cancel", "fr", "2026-05-22 16:08 +0200", CAMILLE,
      "Re: Entretien – Lead UX Writer chez Monnaie Claire",
      "Bonjour Yuki,\n\n"
      "Je suis désolée, Nadia a un empêchement mercredi matin. Pouvons-nous décaler "
      "l'entretien au jeudi 28 mai à 15h ? Je vous renvoie une invitation dès que vous me "
      "confirmez.\n\n"
      "Merci pour votre compréhension,\nCamille",
      "Monnaie Claire", "camille.roux@monnaieclaire.example.fr", reply="mc_invite",
      quote="fr", henc="iso-8859-1/b", charset="iso-8859-1", cte="8bit"),
    M("mc_offer", "offer", "fr", "2026-06-15 17:30 +0200",
      ("Julien Marchand", "julien.marchand@monnaieclaire.example.fr"),
      "Proposition d'embauche – Lead UX Writer",
      "Bonjour Yuki,\n\n"
      "Au nom de toute l'équipe, j'ai le plaisir de vous adresser notre proposition "
      "d'embauche pour le poste de Lead UX Writer, en CDI, basé à Paris avec deux jours de "
      "télétravail par semaine.\n\n"
      "Vous trouverez en pièce jointe la lettre d'offre détaillant la rémunération "
      "(62 000 euros bruts annuels), la date de démarrage envisagée et les avantages. Nous "
      "vous serions reconnaissants de nous faire part de votre réponse d'ici le 26 juin.\n\n"
      "Je reste à votre disposition pour en discuter par téléphone.\n\n"
      "Bien cordialement,\n\nJulien Marchand\nDirecteur des ressources humaines\n"
      "Monnaie Claire SAS – 18 rue du Faubourg Poissonnière, 75010 Paris\n"
      "Tél. : +33 1 84 60 22 17\n\n"
      "Ce message et ses pièces jointes sont confidentiels et établis à l'intention "
      "exclusive de ses destinataires.",
      "Monnaie Claire", "julien.marchand@monnaieclaire.example.fr", cc=[CAMILLE],
      pdf=[("Proposition_embauche_Tanabe-Schmidt.pdf",
            ["Monnaie Claire - Proposition d'embauche", "Madame Yuki Tanabe-Schmidt",
             "Poste : Lead UX Writer (CDI), Paris.",
             "Rémunération : 62 000 euros bruts annuels.",
             "Date de démarrage envisagée : 1er septembre 2026.",
             "Réponse souhaitée avant le 26 juin 2026."])]),
    M("mc_yuki_decline", "other", "fr", "2026-06-24 20:15 +0100", YUKI,
      "Re: Proposition d'embauche – Lead UX Writer",
      "Bonjour Julien,\n\n"
      "Merci beaucoup pour cette proposition et pour la qualité des échanges avec Camille et "
      "Nadia. Après beaucoup de réflexion, j'ai décidé de ne pas quitter Londres pour le "
      "moment et je dois donc décliner votre offre, à regret.\n\n"
      "J'espère que nos chemins se recroiseront.\n\n"
      "Bien cordialement,\nYuki Tanabe-Schmidt",
      to=[("Julien Marchand", "julien.marchand@monnaieclaire.example.fr")],
      reply="mc_offer", quote="fr"),

    # ---------------------------------------------------------------- Greyhaven council (Manchester)
    M("gh_ack", "application_received", "en", "2026-06-01 23:14 +0100",
      ("Greyhaven City Council", "noreply@taleo.net"),
      "Greyhaven City Council - Application Acknowledgement - Ref DS-0412",
      "Dear Yuki Tanabe-Schmidt,\n\n"
      "Thank you for submitting your application for the post of Lead Content Designer "
      "(Digital Services), reference DS-0412.\n\n"
      "Your application will be considered by the recruiting manager after the closing date. "
      "Due to the volume of applications, we are unable to contact every applicant "
      "individually. If you have not heard from us within four weeks of the closing date, "
      "please assume that on this occasion your application has not been successful.\n\n"
      "Greyhaven City Council Recruitment Team\n\n"
      "Please do not reply to this email.",
      "Greyhaven City Council", ""),
    M("gh_invite", "interview_invitation", "en", "2026-06-10 10:41 +0100",
      ("Digital Services Recruitment", "digitalrecruitment@greyhaven.example.gov.uk"),
      "Invitation to telephone interview - Lead Content Designer DS-0412",
      "Dear Yuki,\n\n"
      "I am pleased to tell you that you have been shortlisted for the post of Lead Content "
      "Designer (DS-0412). The first stage is a 30-minute telephone interview with me, on "
      "Wednesday 17 June at 14:00. I will call you on the number given in your "
      "application.\n\n"
      "Please reply to confirm, or suggest another time that week.\n\n"
      "Regards,\n\n"
      "Owen Pritchard\nHead of Content, Digital Services\nGreyhaven City Council\n"
      "Town Hall Extension, Lloyd Street, Manchester\n\n"
      "Greyhaven City Council: This email and any attachments are intended only for the "
      "named recipient and may contain information that is confidential or protected under "
      "the Freedom of Information Act. Views expressed are those of the sender.",
      "Greyhaven City Council", "owen.pritchard@greyhaven.example.gov.uk", reply_to=OWEN),
    M("gh_missed", "missed_interview_notice", "en", "2026-06-17 14:26 +0100", OWEN,
      "RE: Invitation to telephone interview - Lead Content Designer DS-0412",
      "Dear Yuki,\n\n"
      "I tried to call you at 14:00 as arranged, and again at 14:15, on 07700 900418, but "
      "there was no answer and I could not leave a voicemail. I hope everything is alright.\n\n"
      "If you are still interested, please let me know a couple of times that would work "
      "and I will try to fit you in before Friday.\n\n"
      "Regards,\nOwen",
      "Greyhaven City Council", "owen.pritchard@greyhaven.example.gov.uk",
      reply="gh_invite", quote="ol-en"),
    M("gh_reject", "rejection", "en", "2026-07-02 16:55 +0100", OWEN,
      "RE: Invitation to telephone interview - Lead Content Designer DS-0412",
      "Dear Yuki,\n\n"
      "Thank you for speaking with me on the 19th, and sorry again about the crossed "
      "numbers.\n\n"
      "I'm writing to let you know that you have not been shortlisted for the next stage. "
      "We had a strong field and have decided to progress candidates with more experience "
      "of local government services. I'm happy to give feedback by phone if that is "
      "useful.\n\n"
      "Thank you for your interest in working for Greyhaven.\n\n"
      "Regards,\nOwen",
      "Greyhaven City Council", "owen.pritchard@greyhaven.example.gov.uk",
      reply="gh_missed", quote="ol-en", fmt="alt",
      html="simple"),

    # ---------------------------------------------------------------- Brightledger (Amsterdam)
    M("bl_ack", "application_received", "en", "2026-02-25 13:00 +0100",
      ("Brightledger", "no-reply@hire.lever.co"),
      "Brightledger: we received your application",
      "Hi Yuki,\n\n"
      "Thank you for your interest in Brightledger! We've received your application for "
      "Content Design Lead and our team will review it shortly.\n\n"
      "Cheers,\nBrightledger Talent",
      "Brightledger", "", fmt="html", brand="brightledger", accent="#111827",
      footer="Brightledger B.V., Keizersgracht 500, Amsterdam"),
    M("bl_invite", "interview_invitation", "en", "2026-03-05 10:32 +0100", SANNE,
      "Brightledger x Yuki - first call?",
      "Hey Yuki,\n\n"
      "Sanne here, I look after design hiring at Brightledger. Loved the case study on "
      "error messages in your portfolio. Could we do a first 30-min video call next week? "
      "Tuesday 10 March at 15:00 CET or Wednesday 11 March at 11:00 CET both work for me.\n\n"
      "Just reply with the one you prefer and I'll send the invite.\n\n"
      "Cheers,\nSanne\n\n--\nSanne de Wit | Design Recruiter | Brightledger\n"
      "Keizersgracht 500, 1017 EK Amsterdam",
      "Brightledger", "sanne.dewit@brightledger.example.nl"),
    M("bl_reject", "rejection", "en", "2026-03-30 17:12 +0200", SANNE,
      "Re: Brightledger x Yuki - first call?",
      "Hi Yuki,\n\n"
      "Thanks again for all the time you put into the process - the two interviews and the "
      "writing exercise. The team really enjoyed meeting you.\n\n"
      "After a lot of discussion we've decided to go with another candidate who has more "
      "hands-on experience with B2B onboarding flows, so we won't be moving ahead with "
      "your application this time. I know that's disappointing to hear at the last stage.\n\n"
      "If you'd like feedback on the exercise, I'm happy to jump on a quick call.\n\n"
      "All the best,\nSanne",
      "Brightledger", "sanne.dewit@brightledger.example.nl", reply="bl_invite", quote="en"),

    # ---------------------------------------------------------------- Kaufhafen (Hamburg e-commerce)
    M("kh_ack", "application_received", "de", "2026-07-06 15:20 +0200",
      ("Kaufhafen Karriere", "noreply@smartrecruiters.com"),
      "Eingangsbestätigung Ihrer Bewerbung – Senior UX Writer (w/m/d)",
      "Sehr geehrte Frau Tanabe-Schmidt,\n\n"
      "herzlichen Dank für Ihre Bewerbung als Senior UX Writer (w/m/d) und Ihr Interesse an "
      "Kaufhafen. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.\n\n"
      "Bitte haben Sie Verständnis dafür, dass die Prüfung einige Zeit in Anspruch nehmen "
      "kann. Wir melden uns so bald wie möglich bei Ihnen.\n\n"
      "Mit freundlichen Grüßen\nIhr Recruiting-Team der Kaufhafen GmbH",
      "Kaufhafen", "", fmt="alt", brand="KAUFHAFEN", accent="#004b87", cte="base64"),
    M("kh_invite", "interview_invitation", "de", "2026-07-14 09:50 +0200",
      ("Jonas Petersen von Kaufhafen", "noreply@smartrecruiters.com"),
      "Einladung zum Kennenlernen bei Kaufhafen",
      "Sehr geehrte Frau Tanabe-Schmidt,\n\n"
      "vielen Dank für Ihre Bewerbung. Wir möchten Sie gern persönlich kennenlernen und "
      "laden Sie herzlich zu einem Vorstellungsgespräch in unser Büro in der HafenCity ein:\n\n"
      "Dienstag, 21. Juli 2026, 10:00–11:30 Uhr\n"
      "Kaufhafen GmbH, Am Sandtorkai 50, 20457 Hamburg\n\n"
      "Gesprächspartner sind Frau Dr. Anke Brandt (Head of UX) und ich. Ihre Reisekosten "
      "übernehmen wir selbstverständlich. Bitte bestätigen Sie den Termin kurz per "
      "Antwort auf diese E-Mail.\n\n"
      "Mit freundlichen Grüßen\nJonas Petersen\nRecruiting · Kaufhafen GmbH",
      "Kaufhafen", "jonas.petersen@kaufhafen.example.de", reply_to=JONAS,
      henc="iso-8859-1/q"),
    M("kh_move", "interview_reschedule_or_cancel", "de", "2026-07-16 16:33 +0200", JONAS,
      "AW: Einladung zum Kennenlernen bei Kaufhafen – Terminverschiebung",
      "Sehr geehrte Frau Tanabe-Schmidt,\n\n"
      "leider muss ich unseren Termin am 21. Juli verschieben, da Frau Dr. Brandt an dem "
      "Tag kurzfristig verhindert ist. Wäre Ihnen Donnerstag, der 23. Juli, um 14:00 Uhr "
      "recht? Alternativ biete ich Montag, den 27. Juli, vormittags an.\n\n"
      "Entschuldigen Sie bitte die Umstände.\n\n"
      "Mit freundlichen Grüßen\nJonas Petersen",
      "Kaufhafen", "jonas.petersen@kaufhafen.example.de", reply="kh_invite", quote="ol-de",
      charset="windows-1252", cte="quoted-printable"),
    M("kh_reject", "rejection", "de", "2026-08-03 10:05 +0200", JONAS,
      "Ihre Bewerbung als Senior UX Writer",
      "Sehr geehrte Frau Tanabe-Schmidt,\n\n"
      "vielen Dank für das angenehme Gespräch und Ihre Geduld bei der Terminfindung.\n\n"
      "Wir müssen Ihnen heute leider mitteilen, dass die Position inzwischen intern besetzt "
      "wurde. Eine Kollegin aus unserem Marketing-Team wechselt in die Rolle, sodass wir "
      "das Auswahlverfahren beenden und Ihre Bewerbung nicht weiter berücksichtigen "
      "können.\n\n"
      "Wir bedauern das sehr und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\n"
      "Mit freundlichen Grüßen\nJonas Petersen\nRecruiting · Kaufhafen GmbH\n"
      "Am Sandtorkai 50 · 20457 Hamburg\n\n"
      "Kaufhafen GmbH · Sitz Hamburg · Amtsgericht Hamburg HRB 123456 · "
      "Geschäftsführung: Hauke Lindner",
      "Kaufhafen", "jonas.petersen@kaufhafen.example.de", fmt="alt",
      html="simple"),

    # ---------------------------------------------------------------- Nordfunk (Hamburg broadcaster)
    M("nf_invite", "interview_invitation", "de", "2026-08-20 13:10 +0200", BIRTE,
      "Einladung zum Auswahlgespräch: Content Designerin / Content Designer Mediathek",
      "Sehr geehrte Frau Tanabe-Schmidt,\n\n"
      "wir freuen uns, Sie zu einem Auswahlgespräch für die Stelle Content Designer:in "
      "Mediathek (Kennziffer NF-2026-117) einladen zu können.\n\n"
      "Termin: Donnerstag, 3. September 2026, 9:30 Uhr\n"
      "Ort: Nordfunk, Funkhaus Rothenbaum, Haus 4, Raum 2.17\n\n"
      "Das Gespräch dauert etwa 75 Minuten und beinhaltet eine kurze Arbeitsprobe (Texten "
      "einer Programmankündigung). Am Gespräch nimmt auch ein Mitglied des Personalrats "
      "teil. Bitte bringen Sie einen Lichtbildausweis mit.\n\n"
      "Mit freundlichen Grüßen\n\nBirte Hansen\nPersonalgewinnung\nNordfunk - Anstalt des "
      "öffentlichen Rechts\nRothenbaumchaussee 88, 20149 Hamburg",
      "Nordfunk", "birte.hansen@nordfunk.example.de", charset="iso-8859-1", cte="8bit",
      senc="iso-8859-1/b"),
    M("nf_offer", "offer", "de", "2026-09-15 14:44 +0200", BIRTE,
      "Ihr Vertragsangebot – Content Designer:in Mediathek (NF-2026-117)",
      "Sehr geehrte Frau Tanabe-Schmidt,\n\n"
      "wir freuen uns sehr, Ihnen nach dem Auswahlverfahren die Stelle als Content "
      "Designer:in Mediathek anbieten zu können. Anbei erhalten Sie unser Vertragsangebot "
      "(unbefristet, Vergütungsgruppe 10 des Tarifvertrags, Beginn 1. November 2026).\n\n"
      "Bitte senden Sie uns den unterschriebenen Vertrag bis zum 29. September zurück oder "
      "rufen Sie mich an, falls Sie Fragen haben.\n\n"
      "Mit freundlichen Grüßen\n\nBirte Hansen\nPersonalgewinnung\nNordfunk\n"
      "Tel. +49 40 5550 4412",
      "Nordfunk", "birte.hansen@nordfunk.example.de", reply="nf_invite", quote="de",
      pdf=[("Vertragsangebot_NF-2026-117.pdf",
            ["Nordfunk - Vertragsangebot", "Frau Yuki Tanabe-Schmidt",
             "Stelle: Content Designer:in Mediathek (NF-2026-117)",
             "Beginn: 1. November 2026, unbefristet, Vollzeit",
             "Bitte unterschrieben zurücksenden bis 29.09.2026."])]),
]
