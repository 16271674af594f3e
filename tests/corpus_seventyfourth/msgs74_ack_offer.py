"""Application acknowledgements (20) and offers (10)."""

from __future__ import annotations

from msgs74_base import dt, m

ACK, OFFER = "application_received", "offer"

MESSAGES = [
    # ---- acknowledgements
    m(ACK, "workday_eingang", "de", ("Vohwinkel Fahrzeugsysteme", "vohwinkel@myworkday.com"),
      "Eingangsbestätigung Ihrer Bewerbung - R-0048812", dt("2026-01-08 23:41"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

vielen Dank für Ihre Bewerbung als Projektleiter Fahrwerk (m/w/d) am Standort Ingolstadt. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen nun Ihre Bewerbung und melden uns so schnell wie möglich bei Ihnen. Den aktuellen Status können Sie jederzeit in Ihrem Kandidatenkonto einsehen.

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Vohwinkel Fahrzeugsysteme SE

Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.""",
      co="Vohwinkel Fahrzeugsysteme", fmt="alt"),
    m(ACK, "karriere_at_volume_disclaimer", "de", ("Personalabteilung Lechner Aufzüge", "bewerbung@lechner-aufzuege.example.at"),
      "Ihre Bewerbung über karriere.at", dt("2026-01-13 08:03"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

herzlichen Dank für Ihre Bewerbung als Servicetechniker-Teamleiter, die wir über karriere.at erhalten haben.

Aufgrund der sehr hohen Anzahl an Bewerbungen bitten wir um etwas Geduld. Leider ist es uns nicht möglich, jede Bewerbung individuell zu beantworten - wir melden uns jedoch in jedem Fall, sobald die Vorauswahl abgeschlossen ist, spätestens in drei Wochen.

Mit freundlichen Grüßen
Personalabteilung
Lechner Aufzüge GmbH, Graz""",
      co="Lechner Aufzüge", ct="bewerbung@lechner-aufzuege.example.at", fmt="latin1"),
    m(ACK, "dvinci_kurz", "de", ("Hochrhein Medizintechnik", "noreply@dvinci-hr.com"),
      "Vielen Dank für Ihre Bewerbung", dt("2026-01-21 12:30"),
      """Guten Tag Herr Reitmayr-Lindqvist,

Ihre Bewerbung für die Stelle "Regulatory Affairs Projektmanager (m/w/d)" ist bei uns eingegangen. Vielen Dank!

Wir werden Ihre Unterlagen sorgfältig prüfen. Bitte haben Sie Verständnis, dass dies einige Zeit in Anspruch nehmen kann.

Freundliche Grüße
Hochrhein Medizintechnik GmbH
Personal""",
      co="Hochrhein Medizintechnik", fmt="html"),
    m(ACK, "personio_du", "de", ("Kinetiq Systems", "jobs@kinetiq-systems.jobs.personio.de"),
      "Danke für deine Bewerbung!", dt("2026-01-25 19:02"),
      """Hey Jonas,

danke für deine Bewerbung als Technical Product Manager bei Kinetiq! Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen an.

Bis bald
Das Kinetiq-Team""",
      co="Kinetiq Systems", fmt="b64"),
    m(ACK, "umantis_kein_feedback", "de", ("Stellenportal Kanton Zürich", "noreply@umantis.com"),
      "Bestätigung Ihrer Bewerbung - Projektleiter/in Tiefbau Verkehrstechnik", dt("2026-02-12 15:20"),
      """Guten Tag Herr Reitmayr-Lindqvist

Wir bestätigen Ihnen den Eingang Ihrer Online-Bewerbung. Besten Dank für Ihr Interesse an einer Tätigkeit beim Tiefbauamt des Kantons Zürich.

Wir bitten Sie um Verständnis, dass wir in dieser Phase leider keine individuellen Rückmeldungen geben können. Sie hören von uns, sobald die Auswahl der Kandidatinnen und Kandidaten für die Gespräche getroffen ist.

Freundliche Grüsse
Tiefbauamt Kanton Zürich
Personal""",
      co="Tiefbauamt Kanton Zürich", fmt="qp"),
    m(ACK, "stepstone_weitergeleitet", "de", ("StepStone", "noreply@stepstone.de"),
      "Ihre Bewerbung wurde erfolgreich versendet", dt("2026-02-18 10:45"),
      """Hallo Jonas Reitmayr-Lindqvist,

Ihre Bewerbung auf die Stelle "Key Account Manager Gebäudeautomation (m/w/d)" bei Schimmel & Sohn Gebäudeleittechnik wurde erfolgreich an das Unternehmen übermittelt.

Das Unternehmen wird sich direkt bei Ihnen melden. Viel Erfolg!

Ihr StepStone Team""",
      co="Schimmel & Sohn Gebäudeleittechnik", fmt="html",
      hdr={"List-Unsubscribe": "<https://www.stepstone.de/unsubscribe?u=8a1>"}),
    m(ACK, "oeffentlicher_dienst_eingang", "de", ("Landeshauptstadt München - Personal", "bewerbung.bau@muenchen.example.de"),
      "Eingangsbestätigung - Kennziffer BAU-26-042", dt("2026-03-05 09:00"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

Ihre Bewerbung für die Stelle als Ingenieur/in (w/m/d) für Gebäudetechnik im Baureferat ist bei uns eingegangen. Das Auswahlverfahren wird voraussichtlich bis Ende April abgeschlossen sein.

Bitte sehen Sie von Sachstandsanfragen ab; Sie erhalten unaufgefordert Nachricht.

Mit freundlichen Grüßen
Landeshauptstadt München
Baureferat - Personal- und Organisationsservice""",
      co="Landeshauptstadt München", ct="bewerbung.bau@muenchen.example.de"),
    m(ACK, "headhunter_eingang_persoenlich", "de", ("Dr. Clemens Aigner", "aigner@aigner-cie.example.at"),
      "Ihre Unterlagen", dt("2026-03-30 17:12", "+0200"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

danke für die Übermittlung Ihrer Unterlagen zum Mandat "Projektleitung Medizintechnik". Ich sehe sie mir in den kommenden Tagen in Ruhe an und melde mich dann telefonisch bei Ihnen.

Herzliche Grüße
Clemens Aigner
Aigner & Cie.""",
      co="Aigner & Cie."),
    m(ACK, "rexx_mit_rot_weiss_rot", "de", ("Recruiting Alpenwatt", "recruiting@alpenwatt.example.at"),
      "Ihre Bewerbung - Projektleiter Wasserkraft", dt("2026-04-14 11:30", "+0200"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

wir bestätigen den Erhalt Ihrer Bewerbung für die Position Projektleiter Wasserkraft in Innsbruck.

Im Bewerbungsformular haben Sie angegeben, derzeit in München gemeldet zu sein. Dürfen wir kurz nachfragen, ob Sie für eine Tätigkeit in Österreich eine Arbeitserlaubnis bzw. Rot-Weiß-Rot-Karte benötigen? Als EU-Bürger wäre das in der Regel nicht erforderlich.

Wir melden uns nach Sichtung aller Unterlagen in ca. zwei Wochen.

Freundliche Grüße
Romana Thaler
Recruiting
Alpenwatt AG""",
      co="Alpenwatt", rt=("Romana Thaler", "romana.thaler@alpenwatt.example.at"), fmt="cp1252"),
    m(ACK, "xing_bestaetigt", "de", ("Grünauer Prüfsysteme", "bewerbung@gruenauer-pruefsysteme.example.de"),
      "Bewerbungseingang", dt("2026-06-08 07:55", "+0200"),
      """Guten Morgen Herr Reitmayr-Lindqvist,

Ihre über XING übermittelte Bewerbung ist bei uns angekommen. Unser Fachbereich sichtet derzeit alle Bewerbungen, wir kommen zeitnah auf Sie zu.

Schöne Grüße
Stefanie Wolf
Grünauer Prüfsysteme GmbH | Nürnberg""",
      co="Grünauer Prüfsysteme"),
    # English
    m(ACK, "greenhouse_received", "en", ("Corvalis Surgical", "no-reply@us.greenhouse-mail.io"),
      "Thanks for applying to Corvalis Surgical!", dt("2026-01-12 16:20", "-0500"),
      """Hi Jonas,

Thanks for applying for the Senior Program Manager, Capital Equipment role! Our team will review your application and if your experience is a match, we'll be in touch about next steps.

Due to the volume of applications we receive, we are unable to respond to every applicant individually. Please know that every application is read by a human.

Best,
The Corvalis Surgical Recruiting Team""",
      co="Corvalis Surgical", fmt="alt"),
    m(ACK, "lever_received_israeli", "en", ("Hemiflow", "no-reply@hire.lever.co"),
      "Hemiflow - we got your application", dt("2026-02-26 10:10", "+0200"),
      """Hi Jonas,

Thank you for your interest in Hemiflow and the Clinical Product Manager position. We've received your application and our team is reviewing it.

Unfortunately we are unable to provide individual feedback at this stage, but if there's a fit, someone from our team will reach out within two weeks.

Todah,
Hemiflow Talent""",
      co="Hemiflow", fmt="html"),
    m(ACK, "bamboohr_received", "en", ("Loopwise", "notifications@app.bamboohr.com"),
      "Application received: Product Manager", dt("2026-01-27 14:00", "+0000"),
      """Hi Jonas,

Thank you for applying for the Product Manager position at Loopwise. We have received your application and will review it shortly.

Regards,
Loopwise Hiring Team""",
      co="Loopwise"),
    m(ACK, "indian_ack_do_revert", "en", ("Vasudha Power Systems - Careers", "careers@vasudha-power.example.in"),
      "Acknowledgement: Application for Project Manager - Grid Solutions (Europe)", dt("2026-07-29 09:00", "+0530"),
      """Dear Jonas,

Thank you for applying. This is to acknowledge receipt of your application for the post of Project Manager - Grid Solutions (Europe).

Our team will go through your profile and get in touch with you if shortlisted. Kindly do revert with your current CTC and notice period at your earliest convenience.

Regards,
HR Department
Vasudha Power Systems""",
      co="Vasudha Power Systems", ct="careers@vasudha-power.example.in"),
    m(ACK, "icims_received_au", "en", ("Southern Cross Energy Careers", "careers-noreply@icims.com"),
      "We've received your application - Grid Storage Project Manager", dt("2026-03-11 07:30", "+1100"),
      """G'day Jonas,

Thanks for your application for Grid Storage Project Manager (Remote - EMEA). We've got it and our recruitment team will be in touch if you're shortlisted.

Please note due to high volumes we're unable to reply to every applicant, so if you haven't heard from us within 4 weeks, your application hasn't been successful on this occasion.

Cheers,
Southern Cross Energy Talent Team""",
      co="Southern Cross Energy", fmt="html"),
    # French
    m(ACK, "fr_accuse_reception", "fr", ("Aerolys Recrutement", "recrutement-noreply@aerolys.example.fr"),
      "Accusé de réception de votre candidature", dt("2026-02-16 11:45"),
      """Bonjour Monsieur Reitmayr-Lindqvist,

Nous accusons bonne réception de votre candidature au poste de Chef de projet industrialisation (H/F) à Toulouse et vous remercions de l'intérêt que vous portez à notre entreprise.

Votre dossier est en cours d'étude. Compte tenu du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles dans l'immédiat.

Cordialement,
L'équipe Recrutement Aerolys""",
      co="Aerolys", fmt="qp"),
    m(ACK, "fr_wttj_candidature_envoyee", "fr", ("Pilotis via Welcome to the Jungle", "no-reply@welcometothejungle.com"),
      "Ta candidature chez Pilotis a bien été envoyée", dt("2026-06-11 20:44", "+0200"),
      """Hello Jonas,

Ta candidature pour le poste de Product Manager Hardware chez Pilotis a bien été transmise à l'entreprise. Tu recevras une réponse directement de leur part.

Bonne chance !
L'équipe Welcome to the Jungle""",
      co="Pilotis", fmt="html"),
    # Spanish
    m(ACK, "es_infojobs_recibida", "es", ("Voltaris Energía", "empleo@voltaris.example.es"),
      "Hemos recibido tu candidatura", dt("2026-04-20 09:30", "+0200"),
      """Hola Jonas,

Gracias por tu interés en Voltaris. Hemos recibido tu candidatura para Product Manager Almacenamiento y la estamos revisando.

Debido al gran volumen de solicitudes no podemos responder de forma individual a cada persona, pero si tu perfil encaja te contactaremos en las próximas semanas.

Un saludo,
Equipo de People
Voltaris Energía""",
      co="Voltaris Energía", ct="empleo@voltaris.example.es"),
    m(ACK, "es_acuse_formal", "es", ("Departamento de Personas Ingeniería Vizcaína", "empleo@ingvizcaina.example.es"),
      "Acuse de recibo - Ref. JP-0426", dt("2026-03-02 10:10", "+0100"),
      """Estimado Jonas:

Le confirmamos la recepción de su candidatura para el puesto de Jefe/a de Proyecto Ferroviario (Ref. JP-0426).

Una vez finalizado el plazo de inscripción, el equipo de selección revisará todas las solicitudes. Le rogamos disculpe que no podamos ofrecer información individualizada sobre el estado del proceso en esta fase.

Atentamente,
Departamento de Personas
Ingeniería Vizcaína, S.A.""",
      co="Ingeniería Vizcaína", ct="empleo@ingvizcaina.example.es", fmt="latin1"),
    m(ACK, "es_mexico_postulacion", "es", ("Cobrex Industrial", "talento@cobrex-industrial.example.mx"),
      "Gracias por tu postulación", dt("2026-06-30 15:00", "-0600"),
      """Hola Jonas,

¡Gracias por postularte a Gerente de Proyectos Europa en Cobrex Industrial! Recibimos tu CV y el equipo de Atracción de Talento lo está revisando. Te contactaremos si avanzas a la siguiente etapa.

Saludos,
Talento Cobrex""",
      co="Cobrex Industrial", ct="talento@cobrex-industrial.example.mx"),
    # ---- offers
    m(OFFER, "angebot_vertrag_pdf", "de", ("Eva Kogler", "eva.kogler@hainzl-schiene.example.at"),
      "Ihr Dienstvertrag - Projektingenieur Drehgestelle", dt("2026-03-02 15:40"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

wie gestern telefonisch mit Herrn DI Wurzer besprochen, freuen wir uns sehr, Ihnen die Position als Projektingenieur Drehgestelle anbieten zu dürfen.

Im Anhang finden Sie den Dienstvertrag (Einstufung gemäß KV Metallindustrie, Verwendungsgruppe H, Überzahlung wie besprochen) mit Eintritt 1. Mai 2026. Bitte senden Sie uns ein unterschriebenes Exemplar bis 13. März zurück.

Wir freuen uns auf die Zusammenarbeit!

Mit freundlichen Grüßen
Eva Kogler
Hainzl Schienentechnik GmbH""",
      co="Hainzl Schienentechnik", att="Dienstvertrag_Reitmayr-Lindqvist.pdf"),
    m(OFFER, "zusage_muendlich_followup", "de", ("Harald Pirker", "harald.pirker@murtal-stahl.example.at"),
      "Zusage und nächste Schritte", dt("2026-04-20 10:30", "+0200"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

wie heute Vormittag telefonisch mitgeteilt, möchten wir Ihnen die Stelle als Leiter Qualitätssicherung gerne anbieten. Die Geschäftsführung und der Betriebsrat haben zugestimmt.

Das schriftliche Angebot mit den besprochenen Konditionen (Jahresbrutto EUR 78.000, All-in, Firmenwagen) erhalten Sie bis Ende der Woche.

Mit freundlichen Grüßen
Harald Pirker
Murtal Stahl GmbH""",
      co="Murtal Stahl", fmt="qp"),
    m(OFFER, "swiss_angebot", "de", ("Reto Ammann", "reto.ammann@huerlimann-antriebe.example.ch"),
      "Vertragsangebot", dt("2026-09-22 16:05", "+0200"),
      """Grüezi Herr Reitmayr-Lindqvist

Es freut mich ausserordentlich, Ihnen im Namen der Geschäftsleitung die Stelle als Projektleiter Service anbieten zu können. Die Vertragsunterlagen sowie das Merkblatt zur Grenzgänger-/Aufenthaltsbewilligung liegen bei.

Über eine Rückmeldung bis am 2. Oktober würde ich mich freuen.

Freundliche Grüsse
Reto Ammann
Hürlimann Antriebe AG""",
      co="Hürlimann Antriebe", att="Arbeitsvertrag_Huerlimann.pdf"),
    m(OFFER, "startup_offer_du", "de", ("Moritz Langer", "moritz@kinetiq-systems.example.de"),
      "Angebot 🎉", dt("2026-02-20 19:30"),
      """Hi Jonas,

nach den Gesprächen mit dem Team sind wir uns einig: wir würden dich super gerne als Technical Product Manager an Bord holen! Anbei das Offer Letter mit Gehalt, VSOP und Startdatum. Lass uns gern morgen kurz telefonieren, falls du Fragen hast.

Moritz""",
      co="Kinetiq Systems", att="Kinetiq_Offer_Jonas.pdf"),
    m(OFFER, "pleased_to_offer_uk", "en", ("Harriet Oakes", "harriet.oakes@pembridge-rail.example.co.uk"),
      "Offer of employment - Senior Project Engineer", dt("2026-07-15 12:00", "+0100"),
      """Dear Jonas,

Further to your conversation with Gareth this morning, I am delighted to confirm that we are pleased to offer you the position of Senior Project Engineer based at our Derby office, with hybrid working.

Your offer letter and contract are attached. This offer is conditional upon satisfactory references and confirmation of your right to work in the UK.

Please do let me know if you have any questions.

Kind regards,
Harriet Oakes
Resourcing Partner
Pembridge Rail Services Ltd""",
      co="Pembridge Rail Services", att="Offer_Letter_JRL.pdf", fmt="alt"),
    m(OFFER, "conditional_offer_swedish", "en", ("Erik Lindström", "erik.lindstrom@vastkust-energy.example.se"),
      "Your offer from Västkust Energy", dt("2026-09-25 14:20", "+0200"),
      """Hi Jonas,

Thank you for spending the day with us in Gothenburg. I'm happy to share that we'd like to offer you the role of Project Manager, Offshore Grid Connection.

The attached offer is conditional on a background check and two references. Please sign via the DocuSign link you'll receive separately by 5 October.

Välkommen (hopefully)!
Erik""",
      co="Västkust Energy", att="Vastkust_Offer.pdf"),
    m(OFFER, "verbal_offer_followup_israeli", "en", ("Noa Ben-David", "noa.bendavid@hemiflow.example.com"),
      "Following up on our call", dt("2026-08-20 17:10", "+0300"),
      """Hi Jonas,

Great speaking earlier! As promised, here's a summary of the offer for the Clinical Product Manager (DACH) role:
- Base: EUR 92,000
- Bonus: up to 15%
- Options: 0.1% vesting over 4 years
- Start: 1 October 2026

Formal offer letter to follow from our HR platform. Mazal tov - we're really excited.

Noa""",
      co="Hemiflow", fmt="html"),
    m(OFFER, "fr_promesse_embauche", "fr", ("Claire Vasseur", "claire.vasseur@aerolys.example.fr"),
      "Promesse d'embauche", dt("2026-09-03 10:00", "+0200"),
      """Bonjour Monsieur Reitmayr-Lindqvist,

Suite à nos échanges, nous avons le plaisir de vous proposer le poste de Responsable Qualité Programme au sein d'Aerolys. Vous trouverez ci-joint votre promesse d'embauche précisant la rémunération et la date de prise de poste.

Nous vous remercions de nous retourner le document signé avant le 15 septembre.

Bien cordialement,
Claire Vasseur
Aerolys SAS""",
      co="Aerolys", att="Promesse_embauche_Aerolys.pdf", fmt="latin1"),
    m(OFFER, "es_oferta_carta", "es", ("Marta Casals", "marta.casals@voltaris.example.es"),
      "¡Oferta!", dt("2026-10-06 12:30", "+0200"),
      """Hola Jonas,

¡Qué alegría escribirte esto! Nos encantaría que te unieras a Voltaris como Senior Product Manager. Te adjunto la carta de oferta con las condiciones que hablamos (salario, teletrabajo dos días y fecha de incorporación el 2 de noviembre).

Tómate unos días y cualquier duda me llamas.

Un abrazo,
Marta""",
      co="Voltaris Energía", att="Carta_Oferta_Voltaris.pdf"),
    m(OFFER, "es_contrato_firmar", "es", ("Iñaki Etxeberria", "inaki@norte-seleccion.example.es"),
      "Propuesta de contratación - Aerogeneradores Cantábrico", dt("2026-10-14 09:05", "+0200"),
      """Buenos días Jonas,

Excelentes noticias: Aerogeneradores Cantábrico te hace una propuesta formal para el puesto de Jefe de Proyecto Offshore. Adjunto el contrato para que lo revises y lo firmes; la incorporación sería el 1 de diciembre.

Llámame cuando lo hayas leído y lo comentamos.

Iñaki Etxeberria
Norte Selección""",
      co="Aerogeneradores Cantábrico", att="Contrato_AeroCantabrico.pdf"),
]
