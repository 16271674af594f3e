"""Corpus 298, rejections: every soft or blunt "no" to Yuki's applications. Written blind."""

from __future__ import annotations

from msgs298_common import M

HOLLIS = ("Rob Kettering", "rob.kettering@hollispenrose.example.co.uk")
VERNIER = ("Élodie Vernier", "elodie.vernier@cabinet-vernier.example.fr")
SELECTA = ("Nuria Castells", "nuria.castells@selectatalento.example.es")

MESSAGES = [
    # ------------------------------------------------------------------ English
    M("fieldnote_no", "rejection", "en", "2026-01-20 16:48 +0000",
      ("Ada Whitcombe", "ada@fieldnote.example.co.uk"),
      "Your application to Fieldnote",
      "Hi Yuki,\n\n"
      "Thanks for sending your CV and portfolio over - it was a genuinely nice read, and "
      "the microcopy audit for the charity client stood out.\n\n"
      "We've now looked at everyone who applied for the Content Design Lead role and, "
      "honestly, it was close, but we've decided not to take your application to interview. "
      "We're leaning towards people with more agency-side, multi-client experience for this "
      "one.\n\n"
      "I'd be really happy to keep your details on file for freelance work, if that's of "
      "interest?\n\n"
      "Ada\n\n--\nAda Whitcombe\nCreative Director, Fieldnote Studio\n"
      "Unit 4, 22 Hackney Road, London E2 7NX",
      "Fieldnote Studio", "ada@fieldnote.example.co.uk", reply="yuki_apply_fieldnote",
      quote="en"),
    M("basketloop_no", "rejection", "en", "2026-02-11 03:12 -0500",
      ("Basketloop", "no-reply@ashbyhq.com"),
      "Update on your Basketloop application",
      "Hi Yuki,\n\n"
      "Thank you for your interest in the Lead UX Writer position at Basketloop and for "
      "taking the time to apply.\n\n"
      "We received a large number of applications, and after careful consideration we have "
      "decided to move forward with candidates whose experience more closely matches the "
      "requirements of the role at this time.\n\n"
      "We'll keep your profile in our talent community and may reach out about future "
      "openings that fit your background. We wish you every success in your search.\n\n"
      "The Basketloop Recruiting Team",
      "Basketloop", "", fmt="alt", brand="basketloop", accent="#16a34a",
      footer="Basketloop, Prinsengracht 263, Amsterdam. You received this email because you "
             "applied for a job at Basketloop."),
    M("thameside_filled", "rejection", "en", "2026-02-26 12:30 +0000",
      ("Thameside Museum of Design - Careers", "careers@thameside-museum.example.org.uk"),
      "Digital Content Manager (ref. TMD/26/07)",
      "Dear Yuki Tanabe-Schmidt,\n\n"
      "Thank you for your application for the post of Digital Content Manager.\n\n"
      "We are writing to let all applicants know that the post has now been filled by an "
      "internal candidate, and the recruitment process for this vacancy has therefore "
      "closed. We will not be inviting external applicants to interview.\n\n"
      "We are grateful for the time you spent on your application and hope you will "
      "consider applying for future roles at the Museum.\n\n"
      "With best wishes,\nPeople & Culture Team\nThameside Museum of Design",
      "Thameside Museum of Design", "", fmt="html", brand="Thameside Museum of Design",
      accent="#3b3b3b",
      footer="Thameside Museum of Design is a registered charity no. 1234567. 1 Riverside "
             "Walk, London SE1"),
    M("copperline_no", "rejection", "en", "2026-03-09 13:02 +0000", HOLLIS,
      "Copperline - feedback",
      "Hi Yuki,\n\n"
      "Hope you're well. I've just had feedback from Copperline Insurance after your second "
      "interview on Thursday, and I'm afraid it's not the news we wanted: they've decided not "
      "to progress your application. They were very complimentary about your writing "
      "sample, but felt another candidate had more experience with claims journeys.\n\n"
      "I know you put a lot into this one. I've got a couple of other content roles coming in "
      "next week that I think could be an even better fit - shall we catch up on Monday?\n\n"
      "Speak soon,\nRob\n\n"
      "Rob Kettering\nSenior Consultant - Digital & Product\nHollis & Penrose\n"
      "M: +44 7700 900 771 | 30 Gresham Street, London EC2V\n\n"
      "Hollis & Penrose Talent Ltd is an employment agency and employment business. This "
      "email is confidential; if you are not the intended recipient please delete it.",
      "Copperline Insurance", "rob.kettering@hollispenrose.example.co.uk"),
    M("hollis_unnamed_no", "rejection", "en", "2026-04-15 10:20 +0100", HOLLIS,
      "Re: Head of Content role (fintech, Shoreditch)",
      "Morning Yuki,\n\n"
      "Quick one: my client on the Head of Content role has come back to say they are going "
      "with a candidate who was further along in their process, so they won't be taking "
      "your CV forward. Sorry - I'd talked you up a lot and thought you'd sail through to "
      "first stage.\n\n"
      "Keep me posted on how the APB process goes!\n\nRob",
      "Hollis & Penrose", "rob.kettering@hollispenrose.example.co.uk",
      reply="hollis_cold", quote="en"),
    M("parcelwise_hold", "rejection", "en", "2026-04-28 17:46 +0100",
      ("Parcelwise Hiring Team", "noreply@workablemail.com"),
      "Senior Content Designer at Parcelwise",
      "Hi Yuki,\n\n"
      "Thanks for applying for the Senior Content Designer role at Parcelwise.\n\n"
      "We wanted to let you know that, following a review of our plans for the rest of the "
      "year, this role has been put on hold. As a result we will not be proceeding with any "
      "applications for it, including yours.\n\n"
      "We're sorry to bring this news, and we appreciate the effort you put into your "
      "application. If the role reopens, we will advertise it on our careers page.\n\n"
      "Best regards,\nParcelwise Hiring Team",
      "Parcelwise", "", fmt="alt", brand="Parcelwise", accent="#f59e0b",
      footer="Sent via Workable on behalf of Parcelwise"),
    M("ledgerlight_paused", "rejection", "en", "2026-05-13 20:01 +0000",
      ("Ledgerlight", "ledgerlight@myworkday.com"),
      "An update on Lead Content Designer (JR-1182)",
      "Dear Yuki,\n\n"
      "We are writing to let you know that Ledgerlight has paused recruitment for the Lead "
      "Content Designer position (JR-1182). The requisition has been closed and all open "
      "applications, including yours, have been withdrawn from consideration.\n\n"
      "We understand this is disappointing. We encourage you to keep an eye on our careers "
      "site for future opportunities.\n\n"
      "Kind regards,\nLedgerlight Talent Acquisition",
      "Ledgerlight", "", fmt="html", brand="Ledgerlight", accent="#312e81"),
    M("harbourvine_no", "rejection", "en", "2026-06-05 15:22 +0100",
      ("Leah Dunmore", "leah.dunmore@harbourandvine.example.co.uk"),
      "RE: Final interview - Harbour & Vine",
      "Hi Yuki,\n\n"
      "Thank you for coming in on Tuesday and for presenting to the team - it was a really "
      "thoughtful session.\n\n"
      "I'm sorry to say that we won't be offering you the role on this occasion. It was a "
      "very close decision between you and one other candidate; in the end we went with "
      "someone who has led a content team through a replatform, which is the big job for "
      "the next year.\n\n"
      "Some feedback from the panel, in case it's useful:\n"
      "- your content exercise was the strongest we saw\n"
      "- we'd have liked more detail on how you measure content performance\n\n"
      "Thanks again, and good luck with everything.\n\n"
      "Kind regards,\n\n"
      "Leah Dunmore\nHead of Customer Experience\nHarbour & Vine\n"
      "3rd Floor, 12 Tooley Street, London SE1 2SY\n\n"
      "DISCLAIMER: This email and any files transmitted with it are confidential and "
      "intended solely for the use of the individual or entity to whom they are addressed. "
      "Harbour & Vine Ltd, registered in England and Wales no. 09876543.",
      "Harbour & Vine", "leah.dunmore@harbourandvine.example.co.uk",
      reply="harbourvine_postpone", quote="ol-en", fmt="alt", html="simple"),
    M("staffwise_filled", "rejection", "en", "2026-03-18 11:11 +0000",
      ("Kerry Naylor", "kerry.naylor@staffwise.example.co.uk"),
      "Content assignment - update",
      "Hi Yuki,\n\n"
      "Just a quick update on the 3-month content editor assignment I put you forward for "
      "last week. The client has filled it with someone who could start on Monday, so it "
      "won't be going ahead for you, I'm afraid.\n\n"
      "I'll keep you on our books and call you as soon as something similar comes up.\n\n"
      "Thanks,\nKerry\n\nKerry Naylor | Recruitment Consultant\nStaffwise Temps, Manchester\n"
      "0161 496 0123",
      "Staffwise Temps", "kerry.naylor@staffwise.example.co.uk"),
    M("meridian_no", "rejection", "en", "2026-07-08 09:00 -0400",
      ("Meridian Mutual Careers", "meridianmutual-careers@icims.com"),
      "Thank you for your interest in Meridian Mutual",
      "Dear Yuki,\n\n"
      "Thank you for your recent application for the position of Content Design Lead, "
      "Member Experience (London).\n\n"
      "After careful review of your qualifications, we regret to inform you that we will "
      "not be moving forward with your candidacy for this position. Please know that this "
      "decision does not reflect on your skills or potential.\n\n"
      "We appreciate your interest in Meridian Mutual and encourage you to apply for future "
      "openings for which you are qualified.\n\n"
      "Sincerely,\nMeridian Mutual Talent Acquisition\n\n"
      "*** This is a system-generated email. Please do not reply. ***",
      "Meridian Mutual", "", cte="base64"),
    M("kettle_no", "rejection", "en", "2026-07-21 14:37 +0100",
      ("Kettle & Crumb", "notifications@bamboohr.com"),
      "Your application for Content Lead at Kettle & Crumb",
      "Hi Yuki,\n\n"
      "Thanks so much for applying to be our Content Lead - we loved reading about your "
      "work on the returns flow.\n\n"
      "We've had a huge response and, after reviewing every application, we've decided not "
      "to move forward with yours at this stage. It's not a reflection on your talent; the "
      "shortlist this time leaned towards people with food and drink retail experience.\n\n"
      "If you have any questions, just reply and it'll reach Mo, our hiring manager.\n\n"
      "Warmly,\nThe Kettle & Crumb team",
      "Kettle & Crumb", "mo.adeyemi@kettleandcrumb.example.co.uk",
      reply_to=("Mo Adeyemi", "mo.adeyemi@kettleandcrumb.example.co.uk"), fmt="alt",
      brand="Kettle & Crumb", accent="#92400e"),
    M("northway_no", "rejection", "en", "2026-08-12 08:15 +0200",
      ("Northway Bank Recruitment", "northwaybank@successfactors.eu"),
      "Northway Bank - Your application for Content Design Lead (REQ 44721)",
      "Dear Yuki Tanabe-Schmidt,\n\n"
      "Thank you for your interest in the Content Design Lead role at Northway Bank.\n\n"
      "Unfortunately your application has been unsuccessful on this occasion. We had a high "
      "number of strong applications and it was a difficult decision.\n\n"
      "Your candidate profile will remain active, and you will be notified of new roles "
      "that match your job alerts.\n\n"
      "Yours sincerely,\nNorthway Bank Resourcing Team\nManchester",
      "Northway Bank", "", fmt="html", brand="Northway Bank", accent="#005eb8"),
    M("pixelgrove_cancel", "rejection", "en", "2026-09-02 16:03 +0200",
      ("Femke Jansen from Pixelgrove", "no-reply@recruitee.com"),
      "About the Content Design Lead vacancy",
      "Hi Yuki,\n\n"
      "I wanted to let you know personally that we've decided to cancel the Content "
      "Design Lead vacancy. Two large client projects were postponed to next year, and we "
      "can't justify the new position right now, so we're stopping the process for all "
      "candidates.\n\n"
      "I'm really sorry, because we enjoyed our first chat with you. If the role comes back "
      "in 2027 I'll reach out to you first.\n\n"
      "Best,\nFemke Jansen\nStudio Manager, Pixelgrove",
      "Pixelgrove", "femke@pixelgrove.example.nl",
      reply_to=("Femke Jansen", "femke@pixelgrove.example.nl")),

    # ------------------------------------------------------------------ German
    M("leuchtpunkt_no", "rejection", "de", "2026-04-24 12:40 +0200",
      ("Jana Krüger", "j.krueger@leuchtpunkt.example.de"),
      "AW: Gespräch am Donnerstag – Senior UX Writer",
      "Hallo Frau Tanabe-Schmidt,\n\n"
      "vielen Dank noch einmal für das offene Gespräch am Donnerstag. Wir haben uns im Team "
      "ausführlich beraten und uns am Ende für einen Bewerber entschieden, der bereits "
      "fließend deutschsprachige Kampagnen textet. Für die Rolle ist das leider "
      "entscheidend, deshalb müssen wir Ihnen heute absagen.\n\n"
      "Ihr Portfolio hat uns trotzdem beeindruckt – vielleicht ergibt sich bei einem "
      "englischsprachigen Kundenprojekt eine freie Zusammenarbeit?\n\n"
      "Beste Grüße\nJana Krüger\nAgentur Leuchtpunkt\nSchanzenstraße 75, 20357 Hamburg",
      "Agentur Leuchtpunkt", "j.krueger@leuchtpunkt.example.de", charset="windows-1252",
      cte="quoted-printable", henc="windows-1252/q", reply="leuchtpunkt_invite",
      quote="ol-de"),
    M("talentbruecke_no", "rejection", "de", "2026-05-27 09:48 +0200",
      ("Dr. Henrik Albers", "albers@talentbruecke.example.de"),
      "Rückmeldung Hanse Versand",
      "Liebe Frau Tanabe-Schmidt,\n\n"
      "ich habe Ihr Profil wie besprochen bei Hanse Versand vorgestellt. Heute kam die "
      "Rückmeldung: Der Kunde sucht für die Position doch jemanden mit mehrjähriger "
      "Führungserfahrung im deutschen Onlinehandel und wird Sie daher nicht zum Gespräch "
      "einladen.\n\n"
      "Das tut mir leid – ich hatte mir für Sie mehr erhofft. Ich melde mich, sobald ich "
      "ein passenderes Mandat habe.\n\n"
      "Herzliche Grüße\nHenrik Albers\n\n"
      "TalentBrücke Executive Search\nBallindamm 3 · 20095 Hamburg · +49 40 5558 2200",
      "Hanse Versand", "albers@talentbruecke.example.de", henc="utf-8/b"),
    M("elbdaten_no", "rejection", "de", "2026-06-22 07:30 +0200",
      ("Elbdaten Recruiting", "no-reply@softgarden.io"),
      "Ihre Bewerbung als Content Design Lead (m/w/d)",
      "Sehr geehrte Frau Tanabe-Schmidt,\n\n"
      "nochmals vielen Dank für Ihr Interesse an Elbdaten und die Zeit, die Sie in unser "
      "Auswahlverfahren investiert haben.\n\n"
      "Nach sorgfältiger Prüfung aller Unterlagen haben wir uns für andere Bewerberinnen "
      "und Bewerber entschieden, deren Profil noch genauer zu unseren Anforderungen passt. "
      "Wir bedauern, Ihnen keine positivere Nachricht geben zu können.\n\n"
      "Ihre Daten löschen wir gemäß DSGVO nach sechs Monaten.\n\n"
      "Mit freundlichen Grüßen\nIhr Elbdaten Recruiting-Team",
      "Elbdaten", "", fmt="alt", brand="elbdaten", accent="#0e7490", cte="base64",
      html_cte="base64"),
    M("altona_suspended", "rejection", "de", "2026-09-10 11:00 +0200",
      ("Altonaer Designmuseum", "bewerbung@altonaer-designmuseum.example.de"),
      "Ausschreibung Digitale Redaktion (Kennziffer 14/2026) – Verfahren eingestellt",
      "Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\n"
      "wir danken Ihnen für Ihre Bewerbung auf die Stelle Leitung Digitale Redaktion.\n\n"
      "Aufgrund einer Haushaltssperre der Stiftung müssen wir das Besetzungsverfahren leider "
      "bis auf Weiteres aussetzen. Das laufende Auswahlverfahren wird hiermit eingestellt; "
      "Ihre Bewerbung kann daher nicht weiter berücksichtigt werden. Eine eventuelle "
      "Neuausschreibung wird auf unserer Website veröffentlicht.\n\n"
      "Ihre Unterlagen werden datenschutzgerecht vernichtet.\n\n"
      "Mit freundlichen Grüßen\nPersonalabteilung\nAltonaer Designmuseum\n"
      "Museumstraße 23, 22765 Hamburg",
      "Altonaer Designmuseum", "", fmt="html", brand="Altonaer Designmuseum",
      accent="#7c2d12", charset="iso-8859-1", senc="iso-8859-1/q"),

    # ------------------------------------------------------------------ French
    M("contrepoint_no", "rejection", "fr", "2026-03-06 18:02 +0100",
      ("Mathilde Garnier", "mathilde@atelier-contrepoint.example.fr"),
      "Re: Entretien chez Atelier Contrepoint",
      "Bonjour Yuki,\n\n"
      "Merci encore d'être venue nous rencontrer à l'atelier mardi, c'était un vrai plaisir "
      "d'échanger avec vous.\n\n"
      "Après mûre réflexion, nous avons décidé de ne pas donner suite à votre candidature "
      "pour le poste de Directrice de contenu. Nous recherchons finalement un profil plus "
      "orienté rédaction publicitaire en français.\n\n"
      "Nous gardons précieusement votre portfolio et n'hésiterons pas à vous recontacter "
      "pour des missions en anglais.\n\n"
      "Bien à vous,\nMathilde Garnier\nCo-fondatrice – Atelier Contrepoint\n"
      "42 rue de Charonne, 75011 Paris",
      "Atelier Contrepoint", "mathilde@atelier-contrepoint.example.fr",
      reply="contrepoint_invite", quote="fr"),
    M("vernier_lumen_no", "rejection", "fr", "2026-04-10 12:25 +0200", VERNIER,
      "Banque Lumen – retour du client",
      "Bonjour Yuki,\n\n"
      "Je reviens vers vous suite à votre entretien de lundi avec Banque Lumen. Le client "
      "m'a fait un retour très positif sur votre approche du langage clair, mais il a "
      "finalement retenu un autre profil, déjà en poste dans le secteur bancaire "
      "français.\n\n"
      "Je suis sincèrement désolée de ne pas vous apporter une meilleure nouvelle. Je garde "
      "votre dossier en tête pour mes prochaines missions.\n\n"
      "Bien cordialement,\n\nÉlodie Vernier\nAssociée – Cabinet Vernier Recrutement\n"
      "8 rue Lafayette, 75009 Paris – 01 84 88 40 12",
      "Banque Lumen", "elodie.vernier@cabinet-vernier.example.fr", henc="iso-8859-1/q",
      reply="vernier_lumen_invite", quote="ol-fr"),
    M("musee_filled", "rejection", "fr", "2026-07-17 10:30 +0200",
      ("Musée des Arts Numériques – Recrutement", "no-reply@smartrecruiters.com"),
      "Votre candidature – Responsable éditoriale numérique",
      "Madame,\n\n"
      "Nous vous remercions de l'intérêt que vous portez au Musée des Arts Numériques et de "
      "votre candidature au poste de Responsable éditoriale numérique.\n\n"
      "Nous avons le regret de vous informer que ce poste a été pourvu en interne. Nous ne "
      "sommes donc pas en mesure de donner une suite favorable à votre candidature.\n\n"
      "Nous vous souhaitons pleine réussite dans vos recherches.\n\n"
      "Le service des ressources humaines\nMusée des Arts Numériques",
      "Musée des Arts Numériques", "", fmt="alt", brand="Musée des Arts Numériques",
      accent="#4c1d95", henc="utf-8/b"),
    M("paniermalin_no", "rejection", "fr", "2026-08-26 02:14 +0000",
      ("Panier Malin", "paniermalin@myworkday.com"),
      "Suite donnée à votre candidature",
      "Bonjour Yuki,\n\n"
      "Nous vous remercions pour votre candidature au poste de Content Design Lead et pour "
      "le temps consacré à nos échanges.\n\n"
      "Malheureusement, nous sommes au regret de vous informer que votre candidature n'a pas "
      "été retenue. Cette décision ne remet pas en cause vos compétences.\n\n"
      "Nous vous souhaitons bonne continuation.\n\n"
      "L'équipe Talent Acquisition\nPanier Malin",
      "Panier Malin", "", fmt="html", brand="Panier Malin", accent="#be123c",
      footer="Panier Malin SAS – 5 avenue de France, 75013 Paris"),
    M("vernier_suspend", "rejection", "fr", "2026-09-23 09:05 +0200", VERNIER,
      "Mission Head of Content – suspension",
      "Bonjour Yuki,\n\n"
      "Je voulais vous prévenir rapidement : mon client, une fintech parisienne que je ne "
      "peux toujours pas nommer, a décidé de suspendre le recrutement du Head of Content "
      "suite à une réorganisation interne. Le processus est donc arrêté pour l'ensemble des "
      "candidats, vous comprise, et il n'y aura pas de second entretien.\n\n"
      "J'en suis navrée. Je vous tiens au courant si le poste est réouvert.\n\n"
      "Bien cordialement,\nÉlodie Vernier\nCabinet Vernier Recrutement",
      "Cabinet Vernier Recrutement", "elodie.vernier@cabinet-vernier.example.fr",
      charset="iso-8859-1", cte="quoted-printable", henc="iso-8859-1/b"),

    # ------------------------------------------------------------------ Spanish
    M("cardumen_no", "rejection", "es", "2026-06-19 19:40 +0200",
      ("Iker Etxeberria", "iker@estudiocardumen.example.es"),
      "Re: Gracias por la entrevista",
      "Hola Yuki:\n\n"
      "Gracias a ti por venir y por tu mensaje tan majo. Te escribo con la decisión, aunque "
      "no es la que nos habría gustado darte: al final no vamos a seguir adelante con tu "
      "candidatura. Necesitamos a alguien que pueda llevar cuentas en castellano desde el "
      "primer día y no queremos ponerte en una situación complicada.\n\n"
      "Ha sido un gusto conocerte. Si algún proyecto en inglés nos cae del cielo, te "
      "llamamos.\n\n"
      "Un abrazo,\nIker\n\nIker Etxeberria · Director creativo\nEstudio Cardumen · "
      "Calle del Pez 18, Madrid",
      "Estudio Cardumen", "iker@estudiocardumen.example.es", reply="yuki_thanks_cardumen",
      quote="es", charset="iso-8859-1", cte="8bit"),
    M("selecta_aurora_no", "rejection", "es", "2026-07-29 13:15 +0200", SELECTA,
      "Proceso Banco Aurora – novedades",
      "Hola Yuki,\n\n"
      "Te escribo para contarte que Banco Aurora ha cerrado el proceso de Content Design "
      "Lead. Aunque les gustó mucho tu entrevista, se han decantado por un candidato interno "
      "que ya conocía el producto, así que no vas a pasar a la siguiente fase.\n\n"
      "Lo siento de verdad. Me quedo con tu perfil para otras posiciones de producto "
      "digital que tengo abiertas en Madrid.\n\n"
      "Saludos cordiales,\n\nNuria Castells\nSenior Consultant · Selecta Talento\n"
      "Paseo de la Castellana 95, 28046 Madrid · +34 910 55 01 22\n\n"
      "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su "
      "destinatario y pueden contener información confidencial.",
      "Banco Aurora", "nuria.castells@selectatalento.example.es"),
    M("finova_filled", "rejection", "es", "2026-08-18 16:45 +0200",
      ("Lucía Ferrer via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Tu candidatura en Finova Pagos",
      "Hola Yuki,\n\n"
      "Gracias por tu paciencia durante estas semanas. Queríamos informarte de que la "
      "posición de Lead Content Designer ya se ha cubierto, por lo que cerramos el proceso "
      "y no podremos avanzar con tu candidatura.\n\n"
      "Te agradecemos mucho el tiempo y el interés que has mostrado por Finova Pagos. "
      "¡Mucha suerte en tus próximos pasos!\n\n"
      "Lucía Ferrer\nPeople & Talent · Finova Pagos",
      "Finova Pagos", "lucia.ferrer@finovapagos.example.es",
      reply_to=("Lucía Ferrer", "lucia.ferrer@finovapagos.example.es"), henc="utf-8/b",
      fmt="alt", brand="Finova Pagos", accent="#1d4ed8"),
    M("museo_cancel", "rejection", "es", "2026-10-07 12:00 +0200",
      ("Museo del Diseño de Madrid", "empleo@museodiseno.example.es"),
      "Cancelación del proceso de selección – Responsable de Contenidos Digitales",
      "Estimada candidata:\n\n"
      "Le agradecemos su participación en el proceso de selección para el puesto de "
      "Responsable de Contenidos Digitales.\n\n"
      "Le comunicamos que, por razones presupuestarias, el Museo ha decidido cancelar el "
      "proceso de selección. Por tanto, no se realizarán las entrevistas previstas y su "
      "candidatura no continuará.\n\n"
      "Lamentamos las molestias y le deseamos mucho éxito profesional.\n\n"
      "Atentamente,\nDepartamento de Recursos Humanos\nMuseo del Diseño de Madrid",
      "Museo del Diseño de Madrid", "", charset="windows-1252", cte="quoted-printable",
      senc="windows-1252/b"),
]
