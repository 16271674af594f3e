"""Corpus 354: stand-alone rejections (every soft or plain "no")."""

from __future__ import annotations

from msgs354_common import DISCLAIMER_DE, DISCLAIMER_EN, DISCLAIMER_FR, Spec, html_shell, m

R = "rejection"

SPECS: list[Spec] = [
    # ------------------------------------------------------------------ English
    m(R, "en", "liffeybend_not_shortlisted", "Liffey Bend Brewing", "",
      ("Liffey Bend Brewing", "no-reply@ashbyhq.com"),
      "Your application to Liffey Bend Brewing", "2026-01-23 16:04 +0000",
      "Hi Cormac,\n\n"
      "Thanks so much for applying for the Territory Sales Rep (Dublin South) role at\n"
      "Liffey Bend Brewing and for the time you put into your application.\n\n"
      "We've now reviewed all applications and, on this occasion, you have not been\n"
      "shortlisted for interview. We had a huge response from people with strong brewery\n"
      "sales backgrounds.\n\n"
      "We'll keep your details for six months in case something suitable comes up.\n\n"
      "Cheers,\nLiffey Bend Brewing People Team\n"),
    m(R, "en", "harbourlight_filled_internally", "Harbourlight Hotels", "",
      ("Harbourlight Hotels Careers", "harbourlight@myworkday.com"),
      "Beverage Sales & Partnerships Manager - application update", "2026-02-12 10:30 +0000",
      None,
      html=html_shell("Harbourlight Hotels", [
          "Dear Cormac,",
          "Thank you for applying for the position of Beverage Sales &amp; Partnerships "
          "Manager with Harbourlight Hotels.",
          "We wanted to let you know that this position has now been filled by an internal "
          "candidate. As a result, your application will not be progressed further.",
          "We truly appreciate your interest in Harbourlight and hope you will consider us "
          "again in the future.",
          "Warm regards,<br>Harbourlight Hotels Talent Acquisition"],
          colour="#003b5c", footer="This is an automated message sent via Workday.")),
    m(R, "en", "copperthorn_soft_no", "Copperthorn Whiskey", "maeve.quinlan@copperthorn.example.ie",
      ("Maeve Quinlan via SmartRecruiters", "no-reply@smartrecruiters.com"),
      "Your application for Trade Development Executive at Copperthorn Whiskey",
      "2026-02-20 14:55 +0000",
      "Dear Cormac,\n\n"
      "Thank you for considering a career with Copperthorn Whiskey and for applying for\n"
      "the Trade Development Executive role.\n\n"
      "We were impressed by your hospitality background. However, after careful review we\n"
      "have decided to pursue other applicants whose experience aligns more closely with\n"
      "the needs of the role at this time.\n\n"
      "Thank you again, and we wish you every success.\n\n"
      "Maeve Quinlan\nHR Business Partner, Copperthorn Whiskey Distillery\n",
      reply_to=("Maeve Quinlan", "maeve.quinlan@copperthorn.example.ie"),
      from_ew=("utf-8", "Q")),
    m(R, "en", "barrowfinch_role_cancelled", "Barrow & Finch Beverages",
      "tom.hegarty@barrowfinch.example.ie",
      ("Tom Hegarty", "tom.hegarty@barrowfinch.example.ie"),
      "Field Sales Representative - Cork", "2026-03-18 12:02 +0000",
      "Hi Cormac,\n\n"
      "I wanted to write to you personally, as you were on our list for first interviews.\n\n"
      "Following a restructuring of our sales team, the Field Sales Representative role\n"
      "in Cork has been cancelled, so we will not proceed with any applications for it,\n"
      "including yours. I'm sorry - I know you'd put real effort into your application.\n\n"
      "If the role is re-opened I'll let you know.\n\n"
      "Regards,\nTom Hegarty\nSales Operations Manager\nBarrow & Finch Beverages Ltd.\n"
      "Little Island, Co. Cork\n\n" + DISCLAIMER_EN + "\n",
      charset="windows-1252", cte="quoted-printable"),
    m(R, "en", "caskkeg_belfastbrew_no", "Belfast Brew Collective", "conor@caskandkeg.example.ie",
      ("Conor Lynch", "conor@caskandkeg.example.ie"),
      "Belfast Brew Collective - feedback", "2026-04-28 15:17 +0100",
      "Hi Cormac,\n\n"
      "I've heard back from Belfast Brew Collective about the Sales & Distribution\n"
      "Coordinator role. Unfortunately they've decided not to take your application any\n"
      "further - they're prioritising people already based in Northern Ireland with\n"
      "their own trade contacts there.\n\n"
      "Don't be discouraged, your CV is getting good attention. I'll be in touch about\n"
      "a couple of other roles next week.\n\n"
      "Conor Lynch\nConsultant | Cask & Keg Recruitment\n+353 1 555 0193\n"),
    m(R, "en", "temptap_client_no", "TempTap Staffing", "grainne.oshea@temptap.example.ie",
      ("Gráinne O'Shea", "grainne.oshea@temptap.example.ie"),
      "Update - drinks wholesaler sales support role", "2026-05-13 11:22 +0100",
      "Hi Cormac,\n\n"
      "Quick update on the sales support job with the drinks wholesaler in Cork I put you\n"
      "forward for. The client has reviewed all the CVs we sent and is not moving forward\n"
      "with your application. They've gone for someone with warehouse and order-desk\n"
      "experience.\n\n"
      "I still have you on our books for other temporary and contract roles in the area.\n\n"
      "Thanks,\nGráinne\nTempTap Staffing | Cork | 021 555 7734\n",
      from_ew=("iso-8859-1", "Q")),
    m(R, "en", "clydeside_unsuccessful", "Clydeside Drinks", "",
      ("Clydeside Drinks", "notifications@bamboohr.com"),
      "Regarding your application for Business Development Manager",
      "2026-06-05 09:45 +0100",
      "Hi Cormac,\n\n"
      "Thanks for applying for the Business Development Manager position at Clydeside\n"
      "Drinks. We appreciate the time you took to apply.\n\n"
      "We've reviewed your application carefully, and we regret to let you know that we\n"
      "won't be moving forward with it at this time.\n\n"
      "Best wishes for your search,\nClydeside Drinks Hiring Team\n\n"
      "Replies to this email are not monitored.\n"),
    m(R, "en", "ardmore_process_suspended", "Ardmore Hospitality Group", "",
      ("Ardmore Hospitality Group", "ardmorehospitality@taleo.net"),
      "Requisition 26-0147 Group Beverage Buyer - status change", "2026-06-19 17:00 +0100",
      "Dear Cormac Ó Briain-Castellanos,\n\n"
      "Thank you for your interest in the Group Beverage Buyer opportunity (requisition\n"
      "26-0147) with Ardmore Hospitality Group.\n\n"
      "Due to a company-wide recruitment freeze, the recruitment process for this\n"
      "position has been suspended and all applications, including yours, have been\n"
      "closed. Should the position be re-advertised you are welcome to apply again.\n\n"
      "Sincerely,\nArdmore Hospitality Group Talent Acquisition\n\n"
      "Please do not reply to this message. This mailbox is not monitored.\n",
      cte="base64"),
    m(R, "en", "hospojobs_docklands_unsuccessful", "The Docklands Taproom", "",
      ("HospoJobs.ie", "no-reply@hospojobs.example.ie"),
      "Application status: Beer Sales Manager at The Docklands Taproom",
      "2026-07-08 08:15 +0100",
      None,
      html=html_shell("HospoJobs.ie", [
          "Hi Cormac,",
          "There's an update on your application for <b>Beer Sales Manager</b> at "
          "<b>The Docklands Taproom</b>, Dublin 1.",
          "The employer has reviewed your application and marked it as <b>unsuccessful</b>. "
          "They will not be taking it further.",
          "Don't give up - there are 214 new hospitality jobs on HospoJobs this week.",
          "The HospoJobs team"], colour="#e4572e",
          footer="You got this email because you applied through HospoJobs.ie.")),
    m(R, "en", "antrimcoast_after_trial", "Antrim Coast Cider", "lorna.mcauley@antrimcoast.example.co.uk",
      ("Lorna McAuley", "lorna.mcauley@antrimcoast.example.co.uk"),
      "RE: Trial day - any update?", "2026-07-21 13:40 +0100",
      "Hi Cormac,\n\n"
      "Sorry for the slow reply, it's been a mad couple of weeks with the festival season.\n\n"
      "Thanks again for coming up to Ballycastle for the trial day - the team liked you.\n"
      "We've had to make a tough call, though, and we've offered the job to someone who\n"
      "has covered the Causeway Coast route for a wholesaler before. So it's a no from us\n"
      "this time, I'm afraid.\n\n"
      "All the best,\nLorna\n\n"
      "Lorna McAuley | Sales Manager | Antrim Coast Cider\n"
      "Moyle Road, Ballycastle BT54 6LB | 028 2555 0912\n\n"
      "-----Original Message-----\n"
      "From: Cormac Ó Briain-Castellanos <cormac.obriain@example.ie>\n"
      "Sent: 14 July 2026 21:05\n"
      "To: Lorna McAuley <lorna.mcauley@antrimcoast.example.co.uk>\n"
      "Subject: Trial day - any update?\n\n"
      "Hi Lorna,\n"
      "Hope all's well. Just wondering if there's any news after the trial day?\n"
      "Thanks,\nCormac\n"),
    m(R, "en", "highlandthistle_declined", "Highland Thistle Distillers", "",
      ("Kirsty from Highland Thistle", "no-reply@greenhouse-mail.io"),
      "Highland Thistle Distillers | Your application", "2026-08-04 10:10 +0100",
      "Hi Cormac,\n\n"
      "Thanks for your interest in the On-Trade Account Manager (Glasgow West) role and\n"
      "for your patience while we worked through applications.\n\n"
      "We've made the difficult decision not to move forward with your candidacy. This\n"
      "was a very competitive process with a lot of talented applicants.\n\n"
      "Slàinte,\nKirsty & the Highland Thistle team\n"),
    # ------------------------------------------------------------------ French
    m(R, "fr", "sablon_pourvu_interne", "Sablon Hotels", "",
      ("Sablon Hotels - Recrutement", "noreply@successfactors.eu"),
      "Votre candidature - Responsable boissons & partenariats", "2026-03-10 09:12 +0100",
      "Madame, Monsieur,\n\n"
      "Nous vous remercions de l'intérêt que vous portez au groupe Sablon Hotels et à\n"
      "notre offre de Responsable boissons & partenariats.\n\n"
      "Nous vous informons que le poste a été pourvu en interne. Votre candidature ne\n"
      "pourra donc pas aboutir.\n\n"
      "Nous conservons votre profil dans notre base et ne manquerons pas de revenir vers\n"
      "vous si une opportunité correspondant à votre profil se présentait.\n\n"
      "Le service Recrutement - Sablon Hotels\n",
      charset="iso-8859-1", cte="quoted-printable", subject_ew=("iso-8859-1", "Q")),
    m(R, "fr", "lambertz_pas_retenu", "Distillerie Lambertz",
      "c.lambertz@distillerie-lambertz.example.be",
      ("Céline Lambertz", "c.lambertz@distillerie-lambertz.example.be"),
      "Suite à notre entretien", "2026-04-16 16:48 +0200",
      "Bonjour Monsieur Ó Briain-Castellanos,\n\n"
      "Je vous remercie encore pour notre entretien de la semaine dernière et pour\n"
      "l'intérêt que vous portez à notre distillerie.\n\n"
      "Après réflexion, nous avons décidé de retenir une autre candidature, plus\n"
      "expérimentée dans la vente de spiritueux auprès des cavistes. Ce choix ne remet pas\n"
      "en cause vos qualités, que nous avons appréciées.\n\n"
      "Je vous souhaite une belle continuation.\n\n"
      "Céline Lambertz\nDirectrice commerciale\nDistillerie Lambertz\n"
      "Chaussée de Wavre 412, 1040 Etterbeek\n\n" + DISCLAIMER_FR + "\n",
      charset="windows-1252", cte="8bit", from_ew=("windows-1252", "Q")),
    m(R, "fr", "horecatalents_client_non", "Limonaderie Bruxelloise",
      "sarah.peeters@horecatalents.example.be",
      ("Sarah Peeters", "sarah.peeters@horecatalents.example.be"),
      "Limonaderie Bruxelloise - retour sur ta candidature", "2026-05-22 11:30 +0200",
      "Hello Cormac,\n\n"
      "J'ai eu un retour de la Limonaderie Bruxelloise pour le poste de Key account\n"
      "CHR. Malheureusement, ils ne souhaitent pas aller plus loin avec ta candidature :\n"
      "ils cherchent quelqu'un parfaitement bilingue français-néerlandais.\n\n"
      "Je garde ton CV et je pense à toi pour les prochaines missions.\n\n"
      "Sarah Peeters\nConsultante - Horeca Talents\nAvenue Louise 231, 1050 Ixelles\n"),
    m(R, "fr", "cidrerie_brabant_suspendu", "Cidrerie du Brabant", "",
      ("Cidrerie du Brabant", "noreply@workablemail.com"),
      "Cidrerie du Brabant - Commercial·e itinérant·e", "2026-07-02 14:20 +0200",
      "Bonjour Cormac,\n\n"
      "Merci d'avoir postulé au poste de Commercial·e itinérant·e.\n\n"
      "Suite à une récolte 2025 plus faible que prévu, nous avons décidé de suspendre ce\n"
      "recrutement jusqu'à nouvel ordre. Nous ne donnerons donc pas suite à votre\n"
      "candidature pour le moment.\n\n"
      "Cordialement,\nL'équipe de la Cidrerie du Brabant\n"),
    m(R, "fr", "portenoire_profils_proches", "Brasserie de la Porte Noire", "",
      ("Brasserie de la Porte Noire", "no-reply@recruitee.com"),
      "Réponse à votre candidature", "2026-08-27 10:05 +0200",
      None,
      html=html_shell("Brasserie de la Porte Noire", [
          "Bonjour Cormac,",
          "Nous vous remercions pour votre candidature au poste de <b>Responsable des "
          "ventes export</b>.",
          "Après étude attentive de votre dossier, nous avons le regret de vous informer "
          "que nous avons choisi de poursuivre avec des profils plus proches de nos "
          "besoins actuels.",
          "Nous vous souhaitons beaucoup de succès dans vos recherches.",
          "L'équipe RH de la Brasserie de la Porte Noire"], colour="#222222"),
      subject_ew=("iso-8859-1", "Q")),
    # ------------------------------------------------------------------ German
    m(R, "de", "sprudelwerk_absage", "Sprudelwerk Südbayern", "",
      ("Sprudelwerk Südbayern", "no-reply@softgarden.io"),
      "Ihre Bewerbung bei Sprudelwerk Südbayern", "2026-02-05 13:30 +0100",
      "Sehr geehrter Herr Ó Briain-Castellanos,\n\n"
      "vielen Dank für Ihre Bewerbung als Außendienstmitarbeiter Getränkefachhandel und\n"
      "das damit verbundene Interesse an unserem Unternehmen.\n\n"
      "Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass\n"
      "wir Ihre Bewerbung nicht weiter berücksichtigen können. Bitte sehen Sie diese\n"
      "Entscheidung nicht als Wertung Ihrer Qualifikation.\n\n"
      "Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.\n\n"
      "Mit freundlichen Grüßen\nIhr Recruiting-Team\nSprudelwerk Südbayern GmbH & Co. KG\n",
      charset="iso-8859-1", cte="quoted-printable"),
    m(R, "de", "getraenketalente_mandant_nein", "Obstkelterei Würmtal",
      "m.brandl@getraenketalente.example.de",
      ("Markus Brandl", "m.brandl@getraenketalente.example.de"),
      "Rückmeldung Obstkelterei Würmtal", "2026-04-22 17:55 +0200",
      "Hallo Herr Ó Briain-Castellanos,\n\n"
      "wie versprochen melde ich mich mit der Rückmeldung meines Mandanten, der\n"
      "Obstkelterei Würmtal. Man hat sich nach den Gesprächen für einen anderen Kandidaten\n"
      "entschieden, der bereits den Lebensmitteleinzelhandel in Oberbayern betreut.\n\n"
      "Ich bedauere das sehr, denn Ihr Auftritt war überzeugend. Gerne halte ich Sie für\n"
      "weitere Mandate im Getränkebereich im Blick.\n\n"
      "Beste Grüße\nMarkus Brandl\nSenior Berater\nGetränkeTalente Personalberatung\n"
      "Leopoldstraße 54, 80802 München\n",
      charset="windows-1252", cte="8bit"),
    m(R, "de", "alpenblick_intern_besetzt", "Hotelgruppe Alpenblick", "",
      ("Hotelgruppe Alpenblick Karriere", "noreply@successfactors.eu"),
      "Statusänderung Ihrer Bewerbung - Beverage Manager Cluster München",
      "2026-05-29 08:02 +0200",
      None,
      html=html_shell("Hotelgruppe Alpenblick", [
          "Sehr geehrter Herr Ó Briain-Castellanos,",
          "vielen Dank für Ihre Bewerbung als Beverage Manager Cluster München.",
          "Wir möchten Sie darüber informieren, dass die Position intern besetzt wurde. "
          "Ihre Bewerbung wird daher nicht weiter berücksichtigt.",
          "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.",
          "Mit freundlichen Grüßen<br>Talent Acquisition, Hotelgruppe Alpenblick"],
          colour="#2e5e4e", footer=DISCLAIMER_DE.replace("\n", " ")),
      subject_ew=("utf-8", "B")),
    m(R, "de", "haidhausen_stelle_gestrichen", "Brauhaus Haidhausen",
      "k.lechner@brauhaus-haidhausen.example.de",
      ("Katrin Lechner", "k.lechner@brauhaus-haidhausen.example.de"),
      "AW: Bewerbung Verkaufsleiter Gastronomie", "2026-09-09 12:12 +0200",
      "Hallo Herr Ó Briain-Castellanos,\n\n"
      "danke für Ihre Bewerbung und Ihre Geduld. Leider hat sich die Situation bei uns\n"
      "geändert: Die Stelle des Verkaufsleiters wurde im Zuge der Budgetplanung\n"
      "gestrichen. Wir haben das Auswahlverfahren daher eingestellt und können Ihre\n"
      "Bewerbung nicht weiterverfolgen.\n\n"
      "Es tut mir leid, Ihnen keine bessere Nachricht geben zu können.\n\n"
      "Freundliche Grüße\nKatrin Lechner\nBrauhaus Haidhausen\n\n"
      "-----Ursprüngliche Nachricht-----\n"
      "Von: Cormac Ó Briain-Castellanos <cormac.obriain@example.ie>\n"
      "Gesendet: Montag, 17. August 2026 21:14\n"
      "An: Katrin Lechner <k.lechner@brauhaus-haidhausen.example.de>\n"
      "Betreff: Bewerbung Verkaufsleiter Gastronomie\n\n"
      "Sehr geehrte Frau Lechner,\n"
      "anbei sende ich Ihnen meine Bewerbungsunterlagen für die Stelle als\n"
      "Verkaufsleiter Gastronomie.\n"
      "Mit freundlichen Grüßen\nCormac Ó Briain-Castellanos\n"),
    # ------------------------------------------------------------------ Spanish
    m(R, "es", "artxanda_no_seleccionado", "Cervecera Artxanda", "",
      ("Cervecera Artxanda", "no-reply@teamtailor-mail.com"),
      "Actualización sobre tu candidatura", "2026-02-27 12:00 +0100",
      "Hola Cormac:\n\n"
      "Gracias por presentar tu candidatura al puesto de Comercial de Zona (Bizkaia y\n"
      "Cantabria) en Cervecera Artxanda.\n\n"
      "Después de revisar todos los perfiles, lamentamos comunicarte que no has sido\n"
      "seleccionado para continuar en el proceso. Hemos recibido muchísimas candidaturas\n"
      "con experiencia directa en distribución.\n\n"
      "¡Gracias por tu interés y mucha suerte!\nEl equipo de Cervecera Artxanda\n"),
    m(R, "es", "abando_otros_candidatos", "Grupo Hotelero Abando", "",
      ("Grupo Hotelero Abando", "abando@myworkday.com"),
      "Tu candidatura: Responsable de Compras de Bebidas", "2026-04-09 18:30 +0200",
      None,
      html=html_shell("Grupo Hotelero Abando", [
          "Estimado Cormac:",
          "Te agradecemos el interés mostrado en el puesto de <b>Responsable de Compras de "
          "Bebidas</b>.",
          "Tras analizar tu perfil, hemos decidido continuar el proceso con otros candidatos "
          "cuyo perfil se ajusta mejor a los requisitos de la posición.",
          "Guardaremos tus datos para futuras vacantes, salvo que nos indiques lo contrario.",
          "Atentamente,<br>Departamento de Personas - Grupo Hotelero Abando"],
          colour="#5b2c6f"),
      html_charset="iso-8859-1", html_cte="quoted-printable"),
    m(R, "es", "talentobebidas_cliente_no", "Talento Bebidas Consultores",
      "lucia.ferreira@talentobebidas.example.es",
      ("Lucía Ferreira", "lucia.ferreira@talentobebidas.example.es"),
      "Respuesta de nuestro cliente", "2026-06-24 10:48 +0200",
      "Hola Cormac,\n\n"
      "Te escribo para darte respuesta sobre el proceso de Delegado Comercial que te\n"
      "presenté la semana pasada. Nuestro cliente, una bodega y destilería del norte, ha\n"
      "decidido no avanzar con tu candidatura porque busca a alguien con cartera propia\n"
      "de clientes en Gipuzkoa.\n\n"
      "Siento no traerte mejores noticias. Seguimos en contacto para otros procesos.\n\n"
      "Lucía Ferreira\nConsultora Senior\nTalento Bebidas Consultores\n"
      "Gran Vía 45, 48011 Bilbao\n",
      from_ew=("utf-8", "B")),
    m(R, "es", "gorbea_proceso_cancelado", "Destilería Gorbea",
      "mikel.aranburu@destileriagorbea.example.es",
      ("Mikel Aranburu", "mikel.aranburu@destileriagorbea.example.es"),
      "Proceso de selección - Embajador de marca", "2026-09-15 09:20 +0200",
      "Buenos días, Cormac:\n\n"
      "Quería informarte personalmente de que hemos decidido cancelar el proceso de\n"
      "selección para el puesto de Embajador de marca. La dirección ha optado por\n"
      "reorganizar el equipo comercial, por lo que no continuaremos con ninguna de las\n"
      "candidaturas, tampoco con la tuya.\n\n"
      "Te agradezco mucho tu tiempo y tu interés en nuestro whisky.\n\n"
      "Un saludo,\nMikel Aranburu\nDirector Comercial - Destilería Gorbea\n",
      charset="iso-8859-1", cte="8bit"),
]
