"""application_received and offer messages for the threehundredtenth corpus."""

from __future__ import annotations

from msgs310_common import AUTO_GEN, DISCLAIMER_DE, DISCLAIMER_EN, DISCLAIMER_FR, m

ACK = "application_received"
OFFER = "offer"

SPECS = [
    # ------------------------------------------------------------------ English acks
    m(ACK, "en", "corran_ack_demand_planner",
      ("Corran Medical", "corranmedical@myworkday.com"),
      "Thank you for applying – Demand Planner (R-10482)", "2026-01-19 14:02 +0000",
      """Dear Tomasz,

Thank you for your interest in Corran Medical. We have received your application for the
Demand Planner position (requisition R-10482) at our Cork campus.

Our Talent Acquisition team will review your profile against the requirements of the role. If
your experience is a match, a member of the team will contact you to discuss next steps.

You can follow the status of your application at any time by signing in to your candidate home
page on our careers site.

Best regards,
Talent Acquisition
Corran Medical

Please do not reply to this email; this mailbox is not monitored.
""", html="alt", style="ats", brand="Corran Medical Careers", company="Corran Medical",
      headers=AUTO_GEN),
    m(ACK, "en", "corran_ack_sop_galway",
      ("Corran Medical", "corranmedical@myworkday.com"),
      "Application received: S&OP Analyst, Galway (R-10511)", "2026-01-27 09:41 +0000",
      """Hi Tomasz,

We've got it! Your application for S&OP Analyst (R-10511), Galway, has been submitted
successfully.

What happens next? Our recruiters review every application. Because of the number of
applications we receive we can't always give individual feedback, but you can check your status
in your candidate account.

Thanks again for considering a career with Corran Medical.

Corran Medical Talent Acquisition
""", html="only", style="ats", brand="Corran Medical", company="Corran Medical", cte="base64"),
    m(ACK, "en", "leevalley_ack",
      ("Lee Valley Distillers", "no-reply@greenhouse-mail.io"),
      "Thanks for applying to Lee Valley Distillers!", "2026-02-02 11:17 +0000",
      """Hi Tomasz,

Thanks so much for applying for the Supply Planner role at Lee Valley Distillers. We're glad
you're interested in joining the team at the distillery in Midleton.

Our people team reads every application personally, so please bear with us: we'll be in touch
within two weeks either way.

Sláinte,
The Lee Valley Distillers People Team

**Please note: this is an automated message and replies are not monitored.**
""", html="alt", style="ats", brand="Lee Valley Distillers", company="Lee Valley Distillers",
      cte="quoted-printable"),
    m(ACK, "en", "blackwater_ack",
      ("Blackwater Dairy Co-op Careers", "donotreply@successfactors.eu"),
      "Blackwater Dairy Co-op – Confirmation of application", "2026-02-09 07:55 +0000",
      """Dear Tomasz Wróblewski,

Job Requisition: 4471 – Demand & Supply Planning Analyst (Mitchelstown)

This is to confirm that your application for the above position has been received and recorded
in our recruitment system.

Shortlisting will take place after the closing date of 20 February 2026. Candidates who are
shortlisted will be contacted by the HR Department.

Blackwater Dairy Co-operative Society is an equal opportunities employer.

HR Department
Blackwater Dairy Co-op
""", company="Blackwater Dairy Co-op", cte="8bit", headers=AUTO_GEN),
    m(ACK, "en", "havenlink_ack",
      ("Havenlink Logistics", "no-reply@hire.lever.co"),
      "Your application to Havenlink Logistics", "2026-02-11 16:30 +0100",
      """Hi Tomasz,

Thank you for applying for the S&OP Analyst position at Havenlink Logistics in Rotterdam! We
wanted to let you know that we've received your application.

Our recruiting team is reviewing applications and will reach out if your background is a good
fit. In the meantime, feel free to learn more about how we run contract logistics for 40+
brands from our Waalhaven hub.

Best,
Havenlink Logistics Recruiting
""", html="alt", style="ats", brand="Havenlink Logistics", company="Havenlink Logistics"),
    m(ACK, "en", "maasvlakte_ack",
      ("Maasvlakte Terminal Services", "mail@smartrecruiters.com"),
      "Maasvlakte Terminal Services: We've received your application",
      "2026-02-16 10:04 +0100",
      """Dear Tomasz,

Thank you for applying for the role of Planning Analyst – Container Flow at Maasvlakte Terminal
Services.

We appreciate the time you took to apply. Your application is now with our hiring team. As we
receive a high number of applications, it may take up to three weeks before you hear from us.

Kind regards,
Maasvlakte Terminal Services Talent Team

This email was sent via SmartRecruiters on behalf of Maasvlakte Terminal Services.
""", html="only", style="ats", brand="Maasvlakte Terminal Services",
      company="Maasvlakte Terminal Services", cte="base64"),
    m(ACK, "en", "freshway_ack",
      ("FreshWay Stores Recruitment", "freshwaystores@icims.com"),
      "FreshWay Stores – Application Acknowledgement", "2026-02-03 20:12 +0000",
      """Dear Tomasz,

Thank you for applying for the position of Replenishment Analyst (Head Office, Dublin 12) with
FreshWay Stores.

Please note that due to the high volume of applications we receive, we are unable to reply to
every applicant individually. If you have not heard from us within 21 days of the closing date,
please assume that your application has not been progressed on this occasion.

We wish you every success in your job search.

FreshWay Stores Recruitment Team
""", company="FreshWay Stores", cte="7bit", headers=AUTO_GEN),
    m(ACK, "en", "tidal_ack",
      ("Tidal Freight", "no-reply@ashbyhq.com"),
      "Thanks for applying to Tidal Freight", "2026-03-03 08:20 +0100",
      """Hi Tomasz,

Thanks for applying to the Demand Planning Analyst role at Tidal Freight! This email confirms
we've received your application.

We're a small team, so it can take us a week or two to review. We'll let you know either way.

Cheers,
Tidal Freight Talent
Sent with Ashby
""", html="alt", style="ats", brand="Tidal Freight", company="Tidal Freight"),
    m(ACK, "en", "midland_ack",
      ("Midland Cold Chain", "noreply@workablemail.com"),
      "Midland Cold Chain – we received your application for Inventory & Demand Planner",
      "2026-03-05 13:48 +0000",
      """Hello Tomasz,

Thanks for your application for the Inventory & Demand Planner job at Midland Cold Chain
(Limerick). Your application has been received and our hiring team will review it shortly.

Best regards,
Midland Cold Chain

Powered by Workable
""", html="alt", style="ats", brand="Midland Cold Chain", company="Midland Cold Chain",
      cte="base64"),
    m(ACK, "en", "corrib_ack",
      ("Corrib MedTech", "no-reply@teamtailor-mail.com"),
      "Your application – Junior Supply Planner", "2026-02-24 12:00 +0000",
      """Hi Tomasz!

Thank you for your application for Junior Supply Planner at Corrib MedTech in Galway. We have
received it and will get back to you as soon as we have looked through all applications.

Have a great day!

Best regards,
Corrib MedTech
""", html="alt", style="ats", brand="Corrib MedTech", company="Corrib MedTech"),
    # ------------------------------------------------------------------ German acks
    m(ACK, "de", "kessler_ack",
      ("Kessler Pharma", "noreply@softgarden.io"),
      "Eingangsbestätigung Ihrer Bewerbung: Demand Planner (m/w/d)", "2026-03-09 09:15 +0100",
      """Sehr geehrter Herr Wróblewski,

vielen Dank für Ihre Bewerbung als Demand Planner (m/w/d) an unserem Produktionsstandort
Düsseldorf-Reisholz und das damit verbundene Interesse an Kessler Pharma.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden diese sorgfältig prüfen und uns
schnellstmöglich bei Ihnen melden.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kessler Pharma

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""", html="alt", style="ats", brand="Kessler Pharma Karriere", company="Kessler Pharma",
      charset="iso-8859-1", senc=("iso-8859-1", "q")),
    m(ACK, "de", "rheinhafen_ack",
      ("Rheinhafen Logistik", "rheinhafen-logistik@personio.de"),
      "Ihre Bewerbung bei Rheinhafen Logistik", "2026-03-12 17:22 +0100",
      """Hallo Tomasz,

vielen Dank für deine Bewerbung als S&OP Analyst (m/w/d) bei Rheinhafen Logistik! Wir haben
deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen genau an.

Wir melden uns so schnell wie möglich bei dir.

Viele Grüße
dein Team von Rheinhafen Logistik
""", html="alt", style="ats", brand="Rheinhafen Logistik", company="Rheinhafen Logistik",
      cte="base64"),
    m(ACK, "de", "frischmarkt_ack",
      ("Frischmarkt Rhein Karriere", "noreply@successfactors.eu"),
      "Bestätigung: Bewerbung Disponent Warenversorgung (m/w/d)", "2026-03-18 06:40 +0100",
      """Guten Tag Herr Wróblewski,

wir haben Ihre Bewerbung für die Position Disponent Warenversorgung (m/w/d) in unserer Zentrale
in Düsseldorf erhalten. Herzlichen Dank für Ihr Interesse an Frischmarkt Rhein.

Aufgrund der großen Anzahl an Bewerbungen bitten wir um Verständnis, dass wir nicht jedem
Bewerber individuell antworten können. Sollten wir Sie in die engere Wahl nehmen, melden wir
uns innerhalb von vier Wochen.

Freundliche Grüße
Personalabteilung Frischmarkt Rhein
""", company="Frischmarkt Rhein", charset="iso-8859-1", cte="quoted-printable",
      headers=AUTO_GEN),
    m(ACK, "de", "niederrhein_ack",
      ("Ute Brandt", "u.brandt@niederrhein-getraenke.example.de"),
      "AW: Bewerbung als Bedarfsplaner – Tomasz Wróblewski", "2026-04-07 10:31 +0200",
      """Sehr geehrter Herr Wróblewski,

Ihre Bewerbungsunterlagen sind bei uns eingegangen, vielen Dank dafür. Ich habe sie an unseren
Leiter Supply Chain, Herrn Dohmen, weitergegeben. Sie hören in Kürze von uns.

Mit freundlichen Grüßen

Ute Brandt
Personal
Niederrhein Getränke GmbH & Co. KG
Hafenstraße 12 · 41460 Neuss
Tel. +49 2131 55 70 40
""" + "\n" + DISCLAIMER_DE, company="Niederrhein Getränke",
      contact="u.brandt@niederrhein-getraenke.example.de", charset="windows-1252", cte="8bit",
      parent="own_niederrhein_application", quote="de"),
    # ------------------------------------------------------------------ French acks
    m(ACK, "fr", "saone_ack",
      ("Saône Logistique", "no-reply@recruitee.com"),
      "Votre candidature chez Saône Logistique", "2026-03-20 15:05 +0100",
      """Bonjour Tomasz,

Merci pour votre candidature au poste d'Analyste S&OP (H/F) basé à Saint-Priest. Nous l'avons
bien reçue et notre équipe recrutement l'étudiera avec attention dans les prochains jours.

À très bientôt,
L'équipe Talents de Saône Logistique
""", html="alt", style="ats", brand="Saône Logistique", company="Saône Logistique",
      senc=("utf-8", "b")),
    m(ACK, "fr", "rhoneval_ack",
      ("Laboratoires Rhôneval", "rhoneval@taleo.net"),
      "Accusé de réception – Planificateur de la demande (H/F) – Réf. 26-0193",
      "2026-03-24 08:12 +0100",
      """Bonjour Tomasz Wróblewski,

Nous accusons réception de votre candidature pour le poste de Planificateur de la demande (H/F)
sur notre site de production de Lyon-Gerland et vous remercions de l'intérêt que vous portez aux
Laboratoires Rhôneval.

Votre dossier va être étudié avec la plus grande attention. Nous reviendrons vers vous dans les
meilleurs délais.

Cordialement,
La Direction des Ressources Humaines
Laboratoires Rhôneval

Merci de ne pas répondre à ce message généré automatiquement.
""", html="only", style="ats", brand="Laboratoires Rhôneval", company="Laboratoires Rhôneval",
      charset="iso-8859-1", cte="quoted-printable", senc=("windows-1252", "q")),
    m(ACK, "fr", "primeur_ack",
      ("Primeur & Cie", "primeuretcie@myworkday.com"),
      "Primeur & Cie : nous avons bien reçu votre candidature", "2026-04-02 19:47 +0200",
      """Bonjour Tomasz,

Merci d'avoir postulé à l'offre Approvisionneur / Prévisionniste (H/F) – Entrepôt de Corbas.

Votre candidature a bien été transmise. En raison du grand nombre de candidatures, nous ne
sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Si
votre profil est retenu pour la suite du processus, un membre de l'équipe vous contactera.

Bien cordialement,
Recrutement Primeur & Cie
""", html="alt", style="ats", brand="Primeur & Cie", company="Primeur & Cie", cte="base64"),
    m(ACK, "fr", "gerland_ack",
      ("Service Recrutement Transports Gerland", "recrutement@transports-gerland.example.fr"),
      "Re: Candidature spontanée – planification / ordonnancement", "2026-04-09 11:26 +0200",
      """Bonjour Monsieur,

Nous avons bien reçu votre candidature et vous en remercions. Mme Aubert, notre responsable
RH, reviendra vers vous après examen de votre dossier.

Bien à vous,

Chloé Dumas
Assistante RH - Transports Gerland
12 rue du Port-Édouard-Herriot, 69007 Lyon
04 72 00 18 55
""", company="Transports Gerland", contact="chloe.dumas@transports-gerland.example.fr",
      reply_to=("Chloé Dumas", "chloe.dumas@transports-gerland.example.fr"),
      charset="iso-8859-1", cte="8bit"),
    # ------------------------------------------------------------------ Spanish acks
    m(ACK, "es", "moncayo_ack",
      ("Logística Moncayo", "no-reply@teamtailor-mail.com"),
      "Hemos recibido tu candidatura – Planificador/a de Demanda", "2026-04-14 10:10 +0200",
      """¡Hola, Tomasz!

Gracias por tu interés en Logística Moncayo y por enviarnos tu candidatura para el puesto de
Planificador/a de Demanda en nuestra plataforma de PLAZA (Zaragoza).

Nuestro equipo de Personas revisará tu perfil y te contactaremos si encaja con lo que buscamos.

¡Un saludo!
Equipo de Personas – Logística Moncayo
""", html="alt", style="ats", brand="Logística Moncayo", company="Logística Moncayo",
      senc=("utf-8", "b")),
    m(ACK, "es", "ebrofresco_ack",
      ("Supermercados Ebro Fresco", "mail@smartrecruiters.com"),
      "Confirmación de candidatura: Analista de Aprovisionamiento", "2026-04-16 13:33 +0200",
      """Hola Tomasz:

Te confirmamos que hemos recibido correctamente tu candidatura para la posición de Analista de
Aprovisionamiento en nuestras oficinas centrales de Zaragoza.

Debido al elevado número de candidaturas, no podemos responder de forma individual a cada una de
ellas. Si tu perfil avanza en el proceso, nos pondremos en contacto contigo.

Gracias por confiar en Supermercados Ebro Fresco.
""", html="only", style="ats", brand="Supermercados Ebro Fresco",
      company="Supermercados Ebro Fresco", cte="quoted-printable"),
    m(ACK, "es", "gallego_ack",
      ("Laboratorios Gállego", "gallego@myworkday.com"),
      "Gracias por tu candidatura – Técnico/a de Planificación (JR-2291)",
      "2026-04-21 09:02 +0200",
      """Estimado/a Tomasz Wróblewski:

Gracias por presentar tu candidatura a la oferta Técnico/a de Planificación (JR-2291) en nuestra
planta de Zaragoza. La hemos recibido correctamente.

Revisaremos tu perfil y, si encaja con los requisitos, nos pondremos en contacto contigo. Puedes
consultar el estado de tu candidatura en el portal de empleo.

Atentamente,
Departamento de Talento
Laboratorios Gállego
""", company="Laboratorios Gállego", charset="iso-8859-1", cte="quoted-printable",
      senc=("windows-1252", "b")),
    # ------------------------------------------------------------------ offers
    m(OFFER, "en", "corran_verbal_offer",
      ("Aoife Brennan", "aoife.brennan@corranmedical.example.ie"),
      "Great news – Demand Planner", "2026-09-18 16:44 +0100",
      """Hi Tomasz,

Thanks for taking my call this afternoon. As promised, a quick note to confirm: we would love
to offer you the Demand Planner role in our Cork planning team, reporting to Ger Horgan.

To recap what we discussed on the phone:
- Base salary EUR 52,000 plus 10% annual bonus
- Hybrid working (3 days on site)
- Proposed start date: Monday 2 November 2026

Our HR team will send the formal offer letter in the next couple of days. In the meantime, do
shout if you have any questions at all.

Congratulations again!

Aoife Brennan
Senior Talent Acquisition Partner
Corran Medical | Model Farm Road, Cork T12 X2P4
+353 21 480 7712

""" + DISCLAIMER_EN, company="Corran Medical",
      contact="aoife.brennan@corranmedical.example.ie", html="alt", style="outlook"),
    m(OFFER, "en", "corran_offer_letter",
      ("Fionnuala Byrne", "fionnuala.byrne@corranmedical.example.ie"),
      "Offer of Employment – Demand Planner – Tomasz Wróblewski", "2026-09-21 10:05 +0100",
      """Dear Tomasz,

Further to your conversation with Aoife, I am pleased to attach your formal offer of employment
for the position of Demand Planner at Corran Medical, Cork.

Please review the attached letter and return a signed copy by Friday 2 October 2026. If you have
any questions about the terms, please let me know.

Kind regards,
Fionnuala Byrne
HR Business Partner, Operations
Corran Medical
""", company="Corran Medical", contact="fionnuala.byrne@corranmedical.example.ie",
      cc=[("Aoife Brennan", "aoife.brennan@corranmedical.example.ie")],
      pdfs=[("Offer_Letter_T_Wroblewski.pdf", [
          "Corran Medical - Offer of Employment", "", "Dear Tomasz,",
          "We are pleased to offer you the position of Demand Planner.",
          "Base salary: EUR 52,000 per annum. Annual bonus target: 10%.",
          "Start date: 2 November 2026. Location: Cork (hybrid).",
          "Please sign and return by 2 October 2026.", "", "Fionnuala Byrne, HR"])],
      parent="corran_verbal_offer"),
    m(OFFER, "en", "corran_revised_offer",
      ("Fionnuala Byrne", "fionnuala.byrne@corranmedical.example.ie"),
      "RE: Offer of Employment – Demand Planner – Tomasz Wróblewski", "2026-10-01 15:20 +0100",
      """Hi Tomasz,

Thanks for coming back to us. I've spoken with Ger and we're happy to revise the offer: base
salary of EUR 54,500, the 10% bonus unchanged, plus a one-off relocation and travel allowance of
EUR 1,500 towards the move from Fermoy. The updated offer letter is attached and replaces the
previous version.

If that works for you, please sign and return it and we'll get your contract issued.

Best,
Fionnuala
""", company="Corran Medical", contact="fionnuala.byrne@corranmedical.example.ie",
      pdfs=[("Revised_Offer_Letter_v2.pdf", [
          "Corran Medical - Revised Offer of Employment (v2)", "",
          "Position: Demand Planner", "Base salary: EUR 54,500 per annum",
          "Relocation and travel allowance: EUR 1,500 (one-off)",
          "Start date: 2 November 2026"])],
      parent="own_corran_counter", quote="outlook-en"),
    m(OFFER, "en", "corran_contract",
      ("Aoife Brennan", "aoife.brennan@corranmedical.example.ie"),
      "Your contract for signature – Corran Medical", "2026-10-06 09:30 +0100",
      """Hi Tomasz,

Delighted you've accepted! Your contract of employment is attached. Please sign on page 1 and
send it back to me or to Fionnuala, and bring your passport and PPS number on your first day.

Welcome aboard!

Aoife
""", company="Corran Medical", contact="aoife.brennan@corranmedical.example.ie",
      pdfs=[("Contract_of_Employment_Wroblewski.pdf", [
          "CONTRACT OF EMPLOYMENT", "Between Corran Medical and Tomasz Wroblewski",
          "Job title: Demand Planner. Commencement: 2 November 2026.",
          "Salary: EUR 54,500 per annum, paid monthly.", "",
          "Signed: ______________________  Date: __________"])],
      parent="own_corran_accept", quote="en"),
    m(OFFER, "en", "shiftready_assignment",
      ("Declan Murphy", "declan@shiftready.example.ie"),
      "Assignment available from Monday – Inventory Controller", "2026-05-07 17:58 +0100",
      """Hi Tomasz,

Good news - I can offer you a 12-week temp assignment as Inventory Controller at one of our
client sites in Little Island, starting Monday 11 May. Days, 8am to 4.30pm, EUR 17.40 per hour,
possibility of extension.

Can you confirm by tomorrow lunchtime if you're taking it? I'll send the assignment details
sheet and site induction info once you say yes.

Thanks,
Declan Murphy
Branch Consultant | ShiftReady Staffing Cork
Unit 4, Kinsale Road Business Park, Cork
021 496 3010 | 086 775 1203
""", company="ShiftReady Staffing", contact="declan@shiftready.example.ie", cte="7bit"),
    m(OFFER, "de", "kessler_offer",
      ("Markus Schäfer", "markus.schaefer@kesslerpharma.example.de"),
      "Ihr Vertragsangebot – Demand Planner (m/w/d)", "2026-09-29 14:12 +0200",
      """Sehr geehrter Herr Wróblewski,

wie heute Vormittag telefonisch besprochen, freuen wir uns sehr, Ihnen die Position als Demand
Planner (m/w/d) an unserem Standort Düsseldorf-Reisholz anbieten zu können.

Anbei erhalten Sie unser Angebotsschreiben mit den wesentlichen Konditionen (Jahresbruttogehalt
62.000 €, 30 Urlaubstage, Eintritt zum 1. Dezember 2026). Wir würden uns freuen, wenn Sie uns
Ihre Entscheidung bis zum 9. Oktober mitteilen.

Für Rückfragen stehe ich Ihnen jederzeit gern zur Verfügung.

Mit freundlichen Grüßen

Markus Schäfer
Talent Acquisition Manager
Kessler Pharma GmbH | Henkelstraße 210 | 40589 Düsseldorf
Tel.: +49 211 7409 330
""" + "\n" + DISCLAIMER_DE, company="Kessler Pharma",
      contact="markus.schaefer@kesslerpharma.example.de", charset="windows-1252",
      cte="quoted-printable", html="alt", style="outlook",
      pdfs=[("Angebot_Wroblewski.pdf", [
          "Kessler Pharma - Vertragsangebot", "Position: Demand Planner (m/w/d)",
          "Jahresbruttogehalt: 62.000 EUR", "Eintritt: 01.12.2026", "Urlaub: 30 Tage"])]),
    m(OFFER, "de", "kessler_contract",
      ("Sabine Krüger", "sabine.krueger@kesslerpharma.example.de", ("iso-8859-1", "b")),
      "Arbeitsvertrag zur Unterschrift", "2026-10-12 11:48 +0200",
      """Guten Tag Herr Wróblewski,

anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein
unterschriebenes Exemplar bis zum 23. Oktober zurück, gern auch vorab als Scan an mich.

Freundliche Grüße
Sabine Krüger
Personalreferentin
Kessler Pharma
""", company="Kessler Pharma", contact="sabine.krueger@kesslerpharma.example.de",
      charset="iso-8859-1", cte="base64",
      pdfs=[("Arbeitsvertrag_Wroblewski.pdf", [
          "ARBEITSVERTRAG", "zwischen Kessler Pharma und Herrn Tomasz Wroblewski",
          "Taetigkeit: Demand Planner, Beginn 01.12.2026",
          "Unterschrift Arbeitnehmer: ____________________"])]),
    m(OFFER, "fr", "saone_offer",
      ("Camille Roux", "camille.roux@saone-logistique.example.fr"),
      "Proposition d'embauche – Analyste S&OP", "2026-06-26 18:03 +0200",
      """Bonjour Tomasz,

Suite à vos entretiens avec Jérôme et l'équipe planification, j'ai le plaisir de vous proposer
le poste d'Analyste S&OP en CDI à Saint-Priest.

Vous trouverez ci-joint la promesse d'embauche précisant la rémunération (42 000 € bruts annuels
sur 13 mois), la date d'entrée envisagée (1er septembre 2026) et la période d'essai.

Nous serions ravis de vous compter parmi nous. Pourriez-vous me faire part de votre réponse
d'ici le 6 juillet ?

Belle soirée,

Camille Roux
Chargée de recrutement
Saône Logistique – 8 avenue des Frères Lumière, 69800 Saint-Priest
06 71 22 48 90
""", company="Saône Logistique", contact="camille.roux@saone-logistique.example.fr",
      charset="windows-1252", cte="quoted-printable",
      pdfs=[("Promesse_embauche_Wroblewski.pdf", [
          "Saone Logistique - Promesse d'embauche", "Poste : Analyste S&OP (CDI)",
          "Remuneration : 42 000 EUR bruts annuels", "Date d'entree : 1er septembre 2026"])]),
    m(OFFER, "fr", "saone_contract",
      ("Saône Logistique – RH", "rh@saone-logistique.example.fr"),
      "Votre contrat de travail à signer", "2026-07-02 09:15 +0200",
      """Bonjour Monsieur Wróblewski,

Comme convenu avec Camille Roux, veuillez trouver votre contrat de travail à durée indéterminée
en pièce jointe. Merci de nous le retourner paraphé et signé avant le 10 juillet.

Pour toute question, Camille reste votre interlocutrice (en copie de ce message).

Cordialement,
Le service RH

""" + DISCLAIMER_FR, company="Saône Logistique",
      contact="camille.roux@saone-logistique.example.fr",
      reply_to=("Camille Roux", "camille.roux@saone-logistique.example.fr"),
      cc=[("Camille Roux", "camille.roux@saone-logistique.example.fr")],
      pdfs=[("Contrat_CDI_Wroblewski.pdf", [
          "CONTRAT DE TRAVAIL A DUREE INDETERMINEE", "Saone Logistique / M. Tomasz Wroblewski",
          "Fonction : Analyste S&OP", "Signature : __________________"])]),
    m(OFFER, "es", "moncayo_offer",
      ("Irene Sanz", "irene.sanz@logisticamoncayo.example.es"),
      "Oferta – Planificador de Demanda", "2026-06-12 13:25 +0200",
      """Hola Tomasz:

¡Enhorabuena! Tras las entrevistas con el equipo, nos encantaría que te incorporases a Logística
Moncayo como Planificador de Demanda.

Te resumo la propuesta: contrato indefinido, 36.000 € brutos anuales en 14 pagas, jornada
intensiva los viernes e incorporación el 1 de septiembre. Te adjunto la carta de oferta con todos
los detalles.

Quedo pendiente de tu respuesta. Si quieres, lo hablamos por teléfono mañana.

Un abrazo,
Irene Sanz
Responsable de Personas
Logística Moncayo · Calle Bari 25, PLAZA, 50197 Zaragoza
+34 976 55 12 80
""", company="Logística Moncayo", contact="irene.sanz@logisticamoncayo.example.es",
      html="alt", style="outlook", senc=("utf-8", "b"),
      pdfs=[("Carta_oferta_Moncayo.pdf", [
          "Logistica Moncayo - Carta de oferta", "Puesto: Planificador de Demanda",
          "Salario: 36.000 EUR brutos anuales (14 pagas)", "Incorporacion: 1/09/2026"])]),
]
