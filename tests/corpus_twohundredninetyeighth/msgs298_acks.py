"""Corpus 298, acknowledgements of applications and offers outside the main threads.

Written blind by hand.
"""

from __future__ import annotations

from msgs298_common import M

HOLLIS = ("Rob Kettering", "rob.kettering@hollispenrose.example.co.uk")
FERNHILL = ("Callum Reid", "callum@fernhill.example.co.uk")

MESSAGES = [
    # ================================================================ acknowledgements, English
    M("orbit_ack", "application_received", "en", "2026-03-16 22:41 +0000",
      ("Orbit Grocer", "no-reply@ashbyhq.com"),
      "Thanks for applying to Orbit Grocer",
      "Hi Yuki,\n\n"
      "Thanks for applying for Lead Content Designer at Orbit Grocer! We've received your "
      "application and the hiring team will take a look.\n\n"
      "We aim to get back to every candidate within 10 working days.\n\n"
      "The Orbit Grocer Talent Team",
      "Orbit Grocer", "", fmt="alt", brand="Orbit Grocer", accent="#7c3aed"),
    M("paysail_ack", "application_received", "en", "2026-07-27 19:03 +0100",
      ("Paysail", "noreply@workablemail.com"),
      "Thanks for applying to Paysail",
      "Hi Yuki,\n\n"
      "Thank you for your application for the Content Design Lead position at Paysail. "
      "This is an automatic confirmation that we've got it.\n\n"
      "What happens next? Our hiring team reviews applications every week. If you're "
      "selected for the next step, we'll contact you to schedule a conversation.\n\n"
      "Thanks,\nPaysail",
      "Paysail", "", fmt="html", brand="Paysail", accent="#0891b2",
      footer="Powered by Workable. Please do not reply to this email."),
    M("nmw_ack", "application_received", "en", "2026-03-20 10:00 -0400",
      ("Northern Museum of Work", "nmw-recruitment@icims.com"),
      "Your application to Northern Museum of Work",
      "Dear Yuki,\n\n"
      "Thank you for your interest in the Northern Museum of Work. This message confirms "
      "that we have received your application for Digital Content Lead (Req. 2026-031).\n\n"
      "Please note that we receive many applications and cannot reply to every applicant "
      "individually. Shortlisted candidates will be contacted by the hiring manager after "
      "the closing date.\n\n"
      "Kind regards,\nRecruitment Team\nNorthern Museum of Work",
      "Northern Museum of Work", "", cte="quoted-printable"),
    M("fernhill_ack", "application_received", "en", "2026-06-15 12:34 +0100", FERNHILL,
      "Re: Application - Content Design Lead",
      "Hi Yuki,\n\n"
      "Thanks for this - your application's come through fine, portfolio link works too. "
      "I'm going to share it with Amira (our MD) this week and we'll come back to you by "
      "the end of next week either way.\n\n"
      "Cheers,\nCallum\n\nCallum Reid\nDesign Director, Fernhill Digital",
      "Fernhill Digital", "callum@fernhill.example.co.uk", reply="yuki_apply_fernhill",
      quote="en"),
    M("ledgerlight_ack", "application_received", "en", "2026-04-29 06:20 +0000",
      ("Ledgerlight", "ledgerlight@myworkday.com"),
      "Ledgerlight: Application Received - Lead Content Designer (JR-1182)",
      "Dear Yuki,\n\n"
      "Thank you for applying for Lead Content Designer (JR-1182). We have successfully "
      "received your application.\n\n"
      "You can review your submitted application and track its status by signing in to "
      "your candidate home account.\n\n"
      "Kind regards,\nLedgerlight Talent Acquisition",
      "Ledgerlight", "", fmt="html", brand="Ledgerlight", accent="#312e81"),
    M("sable_ack", "application_received", "en", "2026-09-04 14:12 +0200",
      ("Sable Commerce", "noreply@recruitee.com"),
      "We've received your application for Content Design Lead",
      "Hi Yuki,\n\n"
      "Thanks a lot for applying to Sable Commerce! Your application for Content Design "
      "Lead (Amsterdam, English-speaking team) has landed safely with us.\n\n"
      "We read every application ourselves, so please give us around two weeks. You'll "
      "hear from us either way.\n\n"
      "Warm regards,\nThe Sable Commerce People Team",
      "Sable Commerce", "", fmt="alt", brand="Sable Commerce", accent="#18181b"),

    # ================================================================ acknowledgements, German
    M("elbdaten_ack", "application_received", "de", "2026-05-14 09:15 +0200",
      ("Elbdaten Recruiting", "no-reply@softgarden.io"),
      "Eingangsbestätigung: Content Design Lead (m/w/d)",
      "Sehr geehrte Frau Tanabe-Schmidt,\n\n"
      "vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an Elbdaten. Wir "
      "haben Ihre Unterlagen erhalten und werden sie schnellstmöglich prüfen.\n\n"
      "Über den weiteren Verlauf informieren wir Sie so bald wie möglich.\n\n"
      "Mit freundlichen Grüßen\nIhr Elbdaten Recruiting-Team\n\n"
      "Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf.",
      "Elbdaten", "", fmt="html", brand="elbdaten", accent="#0e7490",
      charset="iso-8859-1"),
    M("altona_ack", "application_received", "de", "2026-08-07 16:55 +0200",
      ("Altonaer Designmuseum", "altonaer-designmuseum@successfactors.eu"),
      "Ihre Bewerbung: Leitung Digitale Redaktion (Kennziffer 14/2026)",
      "Sehr geehrte Frau Tanabe-Schmidt,\n\n"
      "wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Leitung Digitale "
      "Redaktion. Aufgrund der hohen Zahl an Bewerbungen bitten wir um Verständnis, dass "
      "wir nicht jede Bewerbung einzeln beantworten können. Wir werden uns nach Ablauf der "
      "Bewerbungsfrist (31. August 2026) bei Ihnen melden, sofern Sie in die engere Auswahl "
      "kommen.\n\n"
      "Mit freundlichen Grüßen\nPersonalabteilung – Altonaer Designmuseum",
      "Altonaer Designmuseum", "", cte="base64"),

    # ================================================================ acknowledgements, French
    M("paniermalin_ack", "application_received", "fr", "2026-07-30 21:47 +0000",
      ("Panier Malin", "paniermalin@myworkday.com"),
      "Accusé de réception de votre candidature – Content Design Lead",
      "Bonjour Yuki,\n\n"
      "Nous vous remercions pour votre candidature au poste de Content Design Lead (R-5530). "
      "Elle a bien été enregistrée.\n\n"
      "Notre équipe de recrutement l'étudiera avec attention. Vous pouvez suivre son "
      "avancement à tout moment depuis votre espace candidat.\n\n"
      "Cordialement,\nL'équipe Talent Acquisition – Panier Malin",
      "Panier Malin", "", fmt="alt", brand="Panier Malin", accent="#be123c",
      henc="utf-8/b"),
    M("ferrand_ack", "application_received", "fr", "2026-08-19 08:05 +0000",
      ("Maison Ferrand", "no-reply@smartrecruiters.com"),
      "Maison Ferrand – confirmation de candidature",
      "Chère Yuki,\n\n"
      "Nous avons bien reçu votre candidature pour le poste de Responsable Contenus "
      "E-commerce et nous vous remercions de l'intérêt que vous portez à notre Maison.\n\n"
      "En raison du nombre important de candidatures, nous ne sommes malheureusement pas "
      "en mesure de répondre personnellement à chacune d'elles. Si votre profil correspond "
      "à nos attentes, nous reviendrons vers vous sous trois semaines.\n\n"
      "Bien à vous,\nL'équipe Talents – Maison Ferrand",
      "Maison Ferrand", "", fmt="html", brand="MAISON FERRAND", accent="#111111",
      charset="windows-1252", html_cte="quoted-printable"),

    # ================================================================ acknowledgements, Spanish
    M("finova_ack", "application_received", "es", "2026-07-13 08:44 +0000",
      ("Finova Pagos", "no-reply@greenhouse-mail.io"),
      "Gracias por tu candidatura a Finova Pagos",
      "Hola Yuki,\n\n"
      "¡Gracias por postularte a Lead Content Designer en Finova Pagos! Hemos recibido tu "
      "candidatura correctamente.\n\n"
      "Revisamos cada perfil con cuidado, así que puede que tardemos un par de semanas en "
      "responderte.\n\n"
      "Un saludo,\nEl equipo de People & Talent de Finova Pagos",
      "Finova Pagos", "", fmt="alt", brand="Finova Pagos", accent="#1d4ed8"),
    M("mercadonube_ack", "application_received", "es", "2026-09-07 10:32 -0600",
      ("Mercado Nube", "notifications@bamboohr.com"),
      "Mercado Nube – Hemos recibido tu solicitud",
      "Hola Yuki:\n\n"
      "Gracias por tu interés en el puesto de Responsable de Contenidos UX en Mercado Nube. "
      "Confirmamos que tu solicitud se ha recibido correctamente.\n\n"
      "Debido al alto volumen de candidaturas, no podemos responder individualmente a cada "
      "persona, pero revisaremos tu perfil con atención.\n\n"
      "Atentamente,\nEquipo de Selección de Mercado Nube",
      "Mercado Nube", "", cte="quoted-printable", charset="iso-8859-1"),
    M("cardumen_ack", "application_received", "es", "2026-05-28 13:37 +0200",
      ("Carla Montero", "carla@estudiocardumen.example.es"),
      "Re: Candidatura – Content Designer Senior",
      "¡Hola Yuki!\n\n"
      "Te confirmo que hemos recibido tu candidatura y el portfolio. Esta semana estamos a "
      "tope con una entrega, pero Iker y yo lo miramos con calma la semana que viene y te "
      "decimos algo.\n\n"
      "¡Gracias por pensar en nosotros!\nCarla\n\n"
      "Carla Montero · Directora de estrategia\nEstudio Cardumen",
      "Estudio Cardumen", "carla@estudiocardumen.example.es", reply="yuki_apply_cardumen",
      quote="es"),

    # ================================================================ offers
    M("tallyhive_offer", "offer", "en", "2026-10-01 17:58 +0100", HOLLIS,
      "Tallyhive - OFFER!",
      "Yuki!\n\n"
      "Just got off the phone with Tallyhive and they want to offer you the Head of Content "
      "Design role. Headline terms: GBP 74,000 base, 10% bonus, 30 days holiday, hybrid "
      "(two days in Old Street), start date flexible around your APB contract.\n\n"
      "They'll send the written offer through me tomorrow. Give me a ring tonight if you "
      "can - I'd love to talk it through.\n\n"
      "Congrats, you smashed it.\nRob\n\n"
      "Rob Kettering\nSenior Consultant - Digital & Product\nHollis & Penrose\n"
      "M: +44 7700 900 771",
      "Tallyhive", "rob.kettering@hollispenrose.example.co.uk"),
    M("fernhill_offer", "offer", "en", "2026-07-20 15:15 +0100", FERNHILL,
      "Offer - Content Design Lead at Fernhill Digital",
      "Hi Yuki,\n\n"
      "It was great to finally have you in the studio last week. I'm delighted to confirm "
      "that we'd like to offer you the position of Content Design Lead.\n\n"
      "Your contract is attached for signature. The key points: GBP 55,000, 25 days "
      "holiday plus bank holidays, four days a week in the studio, start date 1 September. "
      "If you're happy, sign and send it back to me; if you want to talk anything through, "
      "call me.\n\n"
      "Really hope you'll join us.\n\nCallum",
      "Fernhill Digital", "callum@fernhill.example.co.uk",
      pdf=[("Fernhill_contract_Content_Design_Lead.pdf",
            ["Fernhill Digital - Statement of Main Terms of Employment",
             "Employee: Yuki Tanabe-Schmidt", "Position: Content Design Lead",
             "Salary: GBP 55,000 per annum. Start: 1 September 2026.",
             "Signed for the employee: ____________________"]),
           ("Fernhill_benefits_summary.pdf",
            ["Fernhill Digital - Benefits summary", "Pension: 5% employer contribution",
             "Learning budget: GBP 1,000 per year", "Cycle to work scheme"])]),
    M("musee_offer", "offer", "fr", "2026-05-26 11:48 +0200",
      ("Aurélie Dumas", "aurelie.dumas@musee-arts-numeriques.example.fr"),
      "Proposition de contrat – Chargée de contenus numériques",
      "Madame,\n\n"
      "Suite à votre entretien du 13 mai, nous avons le plaisir de vous proposer le poste "
      "de Chargée de contenus numériques, en contrat à durée déterminée de 12 mois à "
      "compter du 1er juillet 2026.\n\n"
      "Vous trouverez ci-joint le projet de contrat. Nous vous remercions de nous le "
      "retourner signé avant le 5 juin si cette proposition vous convient.\n\n"
      "Veuillez agréer, Madame, l'expression de nos salutations distinguées.\n\n"
      "Aurélie Dumas\nResponsable des ressources humaines\nMusée des Arts Numériques",
      "Musée des Arts Numériques", "aurelie.dumas@musee-arts-numeriques.example.fr",
      henc="iso-8859-1/q",
      pdf=[("Contrat_CDD_Tanabe-Schmidt.pdf",
            ["Musée des Arts Numériques - Contrat à durée déterminée",
             "Salariée : Yuki Tanabe-Schmidt",
             "Poste : Chargée de contenus numériques",
             "Durée : 12 mois à compter du 1er juillet 2026",
             "Signature précédée de la mention « lu et approuvé »"])]),
    M("mercadonube_offer", "offer", "es", "2026-10-02 13:30 +0200",
      ("Raúl Domínguez", "raul.dominguez@mercadonube.example.es"),
      "Oferta de empleo – Responsable de Contenidos UX",
      "Hola, Yuki:\n\n"
      "Después de las entrevistas de estas semanas, nos alegra mucho ofrecerte el puesto de "
      "Responsable de Contenidos UX en Mercado Nube. Te adjuntamos la carta de oferta con "
      "las condiciones: contrato indefinido, 52.000 euros brutos anuales, modalidad híbrida "
      "en Madrid e incorporación prevista el 2 de noviembre.\n\n"
      "Si estás de acuerdo, firma la carta y envíanosla antes del 9 de octubre. Cualquier "
      "duda, llámame al +34 910 44 78 31.\n\n"
      "¡Enhorabuena!\nRaúl Domínguez\nResponsable de Selección · Mercado Nube",
      "Mercado Nube", "raul.dominguez@mercadonube.example.es", charset="windows-1252",
      cte="8bit", henc="windows-1252/b",
      pdf=[("Carta_oferta_Mercado_Nube.pdf",
            ["Mercado Nube - Carta de oferta", "Yuki Tanabe-Schmidt",
             "Puesto: Responsable de Contenidos UX", "Salario: 52.000 euros brutos anuales",
             "Incorporación: 2 de noviembre de 2026"])]),
]
