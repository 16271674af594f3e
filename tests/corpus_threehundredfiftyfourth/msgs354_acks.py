"""Corpus 354: stand-alone acknowledgements of an application (ATS and human)."""

from __future__ import annotations

from msgs354_common import Spec, html_shell, m

ACK = "application_received"

SPECS: list[Spec] = [
    # ------------------------------------------------------------------ English
    m(ACK, "en", "harbourlight_received", "Harbourlight Hotels", "",
      ("Harbourlight Hotels Careers", "harbourlight@myworkday.com"),
      "Thank you for applying - Beverage Sales & Partnerships Manager",
      "2026-01-28 22:14 +0000",
      "Dear Cormac,\n\n"
      "Thank you for your application for Beverage Sales & Partnerships Manager\n"
      "(JR-04412) at Harbourlight Hotels, Dublin.\n\n"
      "Your application has been received and will be reviewed by our Talent team. You\n"
      "can track its progress in your Candidate Home account.\n\n"
      "Kind regards,\nHarbourlight Hotels Talent Acquisition\n"),
    m(ACK, "en", "copperthorn_received", "Copperthorn Whiskey", "",
      ("Copperthorn Whiskey Distillery", "no-reply@smartrecruiters.com"),
      "We've received your application!", "2026-02-10 07:48 +0000",
      None,
      html=html_shell("Copperthorn Whiskey", [
          "Hello Cormac,",
          "Thank you for applying for <b>Trade Development Executive</b> at Copperthorn "
          "Whiskey Distillery. We're reviewing your application and will get back to you "
          "as soon as possible.",
          "Due to the high volume of applications we receive, we are unable to reply to "
          "every applicant individually. If you have not heard from us within four weeks, "
          "please assume your application is still being considered for future roles.",
          "Sláinte,<br>The Copperthorn Recruitment Team"], colour="#b87333",
          footer="Powered by SmartRecruiters. Please do not reply to this email.")),
    m(ACK, "en", "barrowfinch_got_your_cv", "Barrow & Finch Beverages",
      "tom.hegarty@barrowfinch.example.ie", ("Tom Hegarty", "tom.hegarty@barrowfinch.example.ie"),
      "RE: Field Sales Representative - Cork", "2026-03-02 09:26 +0000",
      "Hi Cormac,\n\n"
      "Thanks for sending on your CV and the cover letter - both received. We're\n"
      "collecting applications until Friday 13 March and I'll be in touch after that\n"
      "about next steps.\n\n"
      "Regards,\nTom Hegarty\nSales Operations Manager\nBarrow & Finch Beverages Ltd.\n"
      "Little Island, Co. Cork | 021 555 6120\n",
      charset="windows-1252"),
    m(ACK, "en", "belfastbrew_cannot_reply", "Belfast Brew Collective", "",
      ("Belfast Brew Collective", "noreply@workablemail.com"),
      "Belfast Brew Collective: application received", "2026-04-12 19:55 +0100",
      "Hi Cormac,\n\n"
      "Thanks for applying to be our Sales & Distribution Coordinator. This is to confirm\n"
      "we have your application.\n\n"
      "We're a small team and we can't reply to every applicant individually. If we'd\n"
      "like to take things further, we'll get in touch within three weeks.\n\n"
      "Cheers,\nBelfast Brew Collective\nGasworks Yard, Ormeau Road, Belfast\n\n"
      "Sent with Workable\n"),
    m(ACK, "en", "hospojobs_docklands_sent", "The Docklands Taproom", "",
      ("HospoJobs.ie", "no-reply@hospojobs.example.ie"),
      "Your application has been sent to The Docklands Taproom", "2026-06-25 20:31 +0100",
      "Hi Cormac,\n\n"
      "Good news - your application for Beer Sales Manager has been delivered to The\n"
      "Docklands Taproom. The employer has received your CV and cover letter.\n\n"
      "You'll be notified here when the employer views or updates your application.\n\n"
      "Good luck!\nThe HospoJobs team\n",
      html=html_shell("HospoJobs.ie", [
          "Hi Cormac,",
          "Good news - your application for <b>Beer Sales Manager</b> has been delivered to "
          "<b>The Docklands Taproom</b>. The employer has received your CV and cover letter.",
          "You'll be notified here when the employer views or updates your application.",
          "Good luck!<br>The HospoJobs team"], colour="#e4572e")),
    # ------------------------------------------------------------------ French
    m(ACK, "fr", "sablon_accuse", "Sablon Hotels", "",
      ("Sablon Hotels - Recrutement", "noreply@successfactors.eu"),
      "Accusé de réception de votre candidature", "2026-02-25 18:40 +0100",
      "Madame, Monsieur,\n\n"
      "Nous accusons bonne réception de votre candidature au poste de Responsable\n"
      "boissons & partenariats (réf. SH-2026-018) et vous remercions de l'intérêt que\n"
      "vous portez à notre groupe.\n\n"
      "Votre dossier est en cours d'examen. Nous reviendrons vers vous dans les\n"
      "meilleurs délais.\n\n"
      "Le service Recrutement - Sablon Hotels\n\n"
      "Ceci est un message automatique, merci de ne pas y répondre.\n",
      subject_ew=("utf-8", "Q")),
    m(ACK, "fr", "horecatalents_bien_recu", "Limonaderie Bruxelloise", "sarah.peeters@horecatalents.example.be",
      ("Sarah Peeters", "sarah.peeters@horecatalents.example.be"),
      "Ta candidature - Key account CHR (Limonaderie Bruxelloise)", "2026-05-08 12:02 +0200",
      "Hello Cormac,\n\n"
      "Merci pour ta candidature pour le poste de Key account CHR chez notre client la\n"
      "Limonaderie Bruxelloise. J'ai bien reçu ton CV et ta lettre de motivation.\n\n"
      "Je fais une première sélection cette semaine avant de transmettre les dossiers\n"
      "au client. Je reviens vers toi d'ici une dizaine de jours.\n\n"
      "Sarah Peeters\nConsultante - Horeca Talents\nAvenue Louise 231, 1050 Ixelles\n"
      "+32 2 555 87 40\n",
      charset="iso-8859-1", cte="quoted-printable"),
    # ------------------------------------------------------------------ German
    m(ACK, "de", "sprudelwerk_eingang", "Sprudelwerk Südbayern", "",
      ("Sprudelwerk Südbayern", "no-reply@softgarden.io"),
      "Eingangsbestätigung Ihrer Bewerbung", "2026-01-20 14:03 +0100",
      "Sehr geehrter Herr Ó Briain-Castellanos,\n\n"
      "vielen Dank für Ihre Bewerbung als Außendienstmitarbeiter Getränkefachhandel\n"
      "(Kennziffer 2026-07). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.\n\n"
      "Wir werden Ihre Bewerbung sorgfältig prüfen und uns schnellstmöglich bei Ihnen\n"
      "melden. Bitte haben Sie Verständnis, dass dies einige Wochen dauern kann.\n\n"
      "Mit freundlichen Grüßen\nIhr Recruiting-Team\nSprudelwerk Südbayern\n",
      html=html_shell("Sprudelwerk Südbayern", [
          "Sehr geehrter Herr Ó Briain-Castellanos,",
          "vielen Dank für Ihre Bewerbung als <b>Außendienstmitarbeiter "
          "Getränkefachhandel</b> (Kennziffer 2026-07). Hiermit bestätigen wir den Eingang "
          "Ihrer Unterlagen.",
          "Wir werden Ihre Bewerbung sorgfältig prüfen und uns schnellstmöglich bei Ihnen "
          "melden.",
          "Mit freundlichen Grüßen<br>Ihr Recruiting-Team"], colour="#2a9d8f"),
      subject_ew=("iso-8859-1", "B")),
    m(ACK, "de", "alpenblick_eingegangen", "Hotelgruppe Alpenblick", "",
      ("Hotelgruppe Alpenblick Karriere", "noreply@successfactors.eu"),
      "Vielen Dank für Ihre Bewerbung - Beverage Manager Cluster München",
      "2026-05-04 23:10 +0200",
      "Sehr geehrter Herr Ó Briain-Castellanos,\n\n"
      "Ihre Bewerbung für die Position Beverage Manager Cluster München ist erfolgreich\n"
      "bei uns eingegangen.\n\n"
      "Aufgrund der Vielzahl an Bewerbungen ist es uns leider nicht möglich, jedem\n"
      "Bewerber einen individuellen Zwischenbescheid zu geben. Wir melden uns, sobald\n"
      "wir Ihre Unterlagen geprüft haben.\n\n"
      "Mit freundlichen Grüßen\nTalent Acquisition, Hotelgruppe Alpenblick\n",
      cte="base64"),
    m(ACK, "de", "schwabingerlimo_personio", "Schwabinger Limonaden Manufaktur", "",
      ("Schwabinger Limonaden Manufaktur", "no-reply@personio.de"),
      "Bewerbung eingegangen: Gebietsverkaufsleiter Gastronomie (m/w/d)",
      "2026-06-02 08:30 +0200",
      "Hallo Cormac,\n\n"
      "danke, dass du dich bei uns beworben hast! Deine Bewerbung als\n"
      "Gebietsverkaufsleiter Gastronomie (m/w/d) ist angekommen.\n\n"
      "Wir schauen uns alle Unterlagen persönlich an und melden uns in den nächsten zwei\n"
      "Wochen bei dir.\n\n"
      "Prickelnde Grüße\nDein Team der Schwabinger Limonaden Manufaktur\n",
      charset="utf-8", cte="8bit"),
    # ------------------------------------------------------------------ Spanish
    m(ACK, "es", "artxanda_recibida", "Cervecera Artxanda", "",
      ("Cervecera Artxanda", "no-reply@teamtailor-mail.com"),
      "¡Gracias por tu candidatura!", "2026-02-11 17:45 +0100",
      None,
      html=html_shell("Cervecera Artxanda", [
          "¡Hola Cormac!",
          "Gracias por presentar tu candidatura al puesto de <b>Comercial de Zona (Bizkaia "
          "y Cantabria)</b>. La hemos recibido correctamente.",
          "Revisaremos tu perfil en los próximos días y te diremos algo lo antes posible.",
          "¡Salud!<br>El equipo de Cervecera Artxanda"], colour="#1d3557"),
      subject_ew=("utf-8", "B")),
    m(ACK, "es", "abando_recibida", "Grupo Hotelero Abando", "",
      ("Grupo Hotelero Abando", "abando@myworkday.com"),
      "Confirmación de candidatura - Responsable de Compras de Bebidas",
      "2026-03-20 08:12 +0100",
      "Estimado Cormac:\n\n"
      "Te confirmamos que hemos recibido tu candidatura para el puesto de Responsable de\n"
      "Compras de Bebidas (REQ-1187).\n\n"
      "Debido al elevado volumen de candidaturas, no nos es posible responder\n"
      "personalmente a cada una de ellas. Si tu perfil resulta seleccionado, nos\n"
      "pondremos en contacto contigo.\n\n"
      "Atentamente,\nDepartamento de Personas - Grupo Hotelero Abando\n",
      charset="iso-8859-1", cte="quoted-printable"),
]
