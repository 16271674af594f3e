"""Acknowledgements of applications (ATS and human) and the offers outside the long threads.
Written blind for the 326th corpus."""

from __future__ import annotations

from msgs326_common import DISCLAIMER_DE, DISCLAIMER_ES, m

ALPEN = ("Reto Baumgartner", "reto.baumgartner@alpenlabor.example.ch")
NADJA = ("Nadja Keller", "nadja.keller@alpenlabor.example.ch")
NORD = ("Camille Lefebvre", "c.lefebvre@nordanalyse.example.fr")
HARW = ("Oliver Pennington", "oliver@harwood-foodtalent.example.co.uk")
GORB = ("Iñaki Zubizarreta", "izubizarreta@gorbea-lactea.example.es")

SPECS = [
    # ---------------- acknowledgements
    m("frischmarkt_ack", "application_received", "de", "2026-01-08 21:47 +0100",
      ("FrischMarkt Karriere", "frischmarkt@myworkday.com"),
      "Eingangsbestätigung: Qualitätsmanager Eigenmarken Backwaren (R-10382)",
      """Sehr geehrter Herr Engelhardt-Kühn,

vielen Dank für Ihre Bewerbung als Qualitätsmanager Eigenmarken Backwaren (R-10382). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Sie können den Status Ihrer Bewerbung jederzeit in Ihrem Kandidatenkonto einsehen. Sollten wir Sie für ein Gespräch berücksichtigen, melden wir uns bei Ihnen.

Ihr Talent-Acquisition-Team
FrischMarkt Eigenmarken

Dies ist eine automatisch generierte E-Mail. Antworten an diese Adresse werden nicht gelesen.""",
      company="FrischMarkt", fmt="html", cte="b64", subj_enc=("b", "utf-8")),
    m("llv_ack", "application_received", "de", "2026-02-20 08:15 +0100",
      ("Ute Brandhorst", "ute.brandhorst@lv-nordhessen.example.de"),
      "Eingangsbestätigung – Kennziffer 2026-17",
      """Sehr geehrter Herr Engelhardt-Kühn,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Ausschreibung Kennziffer 2026-17 (Lebensmittelkontrolleur/in in Ausbildung).

Nach Ablauf der Bewerbungsfrist am 28. Februar 2026 werden alle Bewerbungen geprüft. Wir bitten Sie, bis dahin von Sachstandsanfragen abzusehen.

Mit freundlichen Grüßen
Im Auftrag
Ute Brandhorst
Sachgebiet Personal
Landesamt für Verbraucherschutz Nordhessen""",
      company="Landesamt für Verbraucherschutz Nordhessen",
      contact="ute.brandhorst@lv-nordhessen.example.de", cs="iso-8859-1", cte="qp"),
    m("untersberg_ack", "application_received", "de", "2026-06-02 13:26 +0200",
      ("Untersberg Backwaren", "recruiting@untersberg-backwaren.personio.de"),
      "Danke für Ihre Bewerbung bei Untersberg Backwaren",
      """Grüß Gott Herr Engelhardt-Kühn,

herzlichen Dank für Ihre Bewerbung als Hygienebeauftragter (m/w/d) in unserem Werk in Grödig. Wir haben Ihre Unterlagen erhalten und melden uns so rasch wie möglich bei Ihnen.

Freundliche Grüße
Team HR, Untersberg Backwaren

Diese E-Mail wurde automatisch erstellt.""",
      company="Untersberg Backwaren", fmt="alt", cte="qp"),
    m("backkontor_ack", "application_received", "de", "2026-03-03 19:20 +0100",
      ("Göttinger Backkontor", "bewerbung@backkontor.softgarden.io"),
      "Eingangsbestätigung Ihrer Bewerbung",
      """Sehr geehrter Herr Engelhardt-Kühn,

vielen Dank für Ihre Bewerbung als Schichtleiter Hygiene. Ihre Unterlagen sind vollständig bei uns eingegangen.

Bitte haben Sie Verständnis dafür, dass wir aufgrund der hohen Zahl an Bewerbungen nicht jedem Bewerber individuell antworten können. Wenn Ihr Profil zu unseren Anforderungen passt, kommen wir innerhalb von vier Wochen auf Sie zu.

Mit freundlichen Grüßen
Göttinger Backkontor – Personalteam""",
      company="Göttinger Backkontor", fmt="html", cs="windows-1252", cte="qp",
      subj_enc=("q", "iso-8859-1")),
    m("hessenmuehle_ack", "application_received", "de", "2026-05-18 11:03 +0200",
      ("Hessenmühle Backmittel", "hessenmuehle@bamboohr.com"),
      "Wir haben Ihre Bewerbung erhalten – QS-Koordinator (m/w/d)",
      """Hallo Tobias,

danke für Ihre Bewerbung als QS-Koordinator (m/w/d) bei der Hessenmühle in Kassel-Bettenhausen. Wir haben alles erhalten, was wir brauchen.

Unser Team schaut sich Ihre Unterlagen in den nächsten Tagen an. Sie hören in jedem Fall von uns.

Viele Grüße
Hessenmühle Backmittel – People & Culture""",
      company="Hessenmühle Backmittel", fmt="html", name_enc=("q", "windows-1252"),
      subj_enc=("q", "windows-1252"), cs="windows-1252", cte="qp"),
    m("propersonal_ack", "application_received", "de", "2026-01-19 16:33 +0100",
      ("Jens Hartung | ProPersonal Nordhessen", "j.hartung@propersonal-nh.example.de"),
      "Ihre Bewerbung bei ProPersonal Nordhessen",
      """Hallo Herr Engelhardt-Kühn,

vielen Dank für Ihre Bewerbung über unser Online-Portal. Ihre Unterlagen sind bei mir angekommen. Ich sehe sie mir in den nächsten Tagen genauer an und melde mich telefonisch bei Ihnen, um Ihre Wünsche (Einsatzort, Schichtbereitschaft, Gehaltsvorstellung) zu besprechen.

Viele Grüße
Jens Hartung
Personaldisponent
ProPersonal Nordhessen GmbH
Wilhelmshöher Allee 210, 34119 Kassel""",
      company="ProPersonal Nordhessen", contact="j.hartung@propersonal-nh.example.de",
      cte="8bit"),

    m("northbridge_ack", "application_received", "en", "2026-02-09 08:02 +0100",
      ("Northbridge Ingredients", "no-reply@hire.lever.co"),
      "Thanks for applying to Northbridge Ingredients",
      """Hi Tobias,

Thanks for applying for the Quality Assurance Specialist role at Northbridge Ingredients. We've received your application and our team will review it shortly.

If your experience is a good fit, someone from our team will reach out to discuss next steps.

Best,
The Northbridge Talent Team""",
      company="Northbridge Ingredients", fmt="alt"),
    m("brightwater_ack", "application_received", "en", "2026-06-26 14:44 +0200",
      ("Brightwater Dairy Careers", "careers@brightwater.icims.com"),
      "Application Received – Requisition 2026-3317",
      """Dear Tobias,

Thank you for submitting your application for Quality Technician (Requisition 2026-3317) at Brightwater Dairy Europe. This email confirms that we have received it.

Due to the volume of applications, we are unable to respond to each applicant individually. If your qualifications match our needs, a member of our recruiting team will contact you.

Sincerely,
Brightwater Dairy Europe Talent Acquisition""",
      company="Brightwater Dairy Europe", fmt="html", cte="b64"),
    m("hallam_ack", "application_received", "en", "2026-04-29 09:09 +0200",
      ("Hallam Snacks Europe", "no-reply@ashbyhq.com"),
      "We've received your application – QA Technician, Frankfurt",
      """Hi Tobias,

Thanks for your interest in Hallam Snacks Europe! We've received your application for QA Technician in Frankfurt.

Our team reviews every application, and we aim to get back to you within ten working days.

Cheers,
Hallam Snacks Talent Team""",
      company="Hallam Snacks Europe", fmt="alt", cte="qp"),
    m("acp_ack", "application_received", "en", "2026-06-17 18:18 +0200",
      ("Alpine Cereal Partners", "no-reply@greenhouse-mail.io"),
      "Thank you for applying to Alpine Cereal Partners",
      """Hello Tobias,

Thank you for your interest in Alpine Cereal Partners! We have received your application for Quality Assurance Technician (Zurich) and will review it carefully.

Should your background match the role, our recruiting team will contact you to arrange next steps.

Kind regards,
Alpine Cereal Partners Recruiting""",
      company="Alpine Cereal Partners", fmt="html"),

    m("avesnois_ack", "application_received", "fr", "2026-03-09 10:30 +0100",
      ("Laiterie Coopérative de l'Avesnois", "noreply@workablemail.com"),
      "Merci pour votre candidature – Animateur qualité",
      """Bonjour Tobias,

Merci d'avoir postulé au poste d'Animateur qualité à la Laiterie Coopérative de l'Avesnois. Votre candidature a bien été transmise à notre équipe.

Nous étudions chaque dossier avec attention et reviendrons vers vous dans les meilleurs délais.

Cordialement,
L'équipe recrutement""",
      company="Laiterie Coopérative de l'Avesnois", fmt="html", name_enc=("q", "utf-8")),
    m("vauban_ack", "application_received", "fr", "2026-08-11 06:58 +0200",
      ("Supermarchés Vauban Recrutement", "vauban@taleo.net"),
      "Accusé de réception – Candidature n° 26-0871",
      """Madame, Monsieur,

Nous accusons réception de votre candidature au poste de Chargé qualité produits marque propre (réf. 26-0871) et vous remercions de l'intérêt que vous portez à Supermarchés Vauban.

Votre dossier sera étudié avec la plus grande attention. Sans réponse de notre part dans un délai de six semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

La Direction des Ressources Humaines""",
      company="Supermarchés Vauban", fmt="alt", cs="windows-1252", cte="qp",
      name_enc=("q", "windows-1252"), subj_enc=("q", "windows-1252")),

    m("ibaizabal_ack", "application_received", "es", "2026-08-20 20:05 +0200",
      ("Supermercados Ibaizabal", "ibaizabal@recruitee.com"),
      "Hemos recibido tu candidatura",
      """Hola Tobias:

¡Gracias por presentar tu candidatura para Técnico/a de Calidad de Marca Propia en Supermercados Ibaizabal! La hemos recibido correctamente.

Revisaremos tu perfil en las próximas semanas. Si pasas a la siguiente fase, te escribiremos para concertar una entrevista.

Equipo de Personas
Supermercados Ibaizabal""",
      company="Supermercados Ibaizabal", fmt="html", cs="iso-8859-1", cte="b64"),
    m("gorb_ack", "application_received", "es", "2026-07-22 09:40 +0200", GORB,
      "RE: Candidatura Técnico de Calidad",
      """Buenos días, Tobias:

Acuso recibo de tu currículum y de la carta de presentación. Muchas gracias por tu interés en la Cooperativa Láctea Gorbea.

Lo paso al equipo de Calidad y en cuanto tengamos una valoración te escribo.

Saludos cordiales,
Iñaki Zubizarreta
Director de Recursos Humanos""",
      company="Cooperativa Láctea Gorbea", contact=GORB[1], name_enc=("b", "utf-8"),
      cte="8bit", parent="gorb_app", quote="es"),

    # ---------------- offers
    m("alpen_verbal", "offer", "de", "2026-08-31 17:05 +0200", ALPEN,
      "Unser Telefonat von vorhin",
      """Guten Tag Herr Engelhardt-Kühn

Wie soeben am Telefon besprochen, möchten wir Ihnen sehr gerne die Stelle als Lebensmitteltechniker Qualitätssicherung bei uns im Labor anbieten. Das ganze Team war nach Ihrem Probetag begeistert.

Das schriftliche Angebot mit allen Konditionen erhalten Sie in den nächsten Tagen von Frau Keller.

Freundliche Grüsse
Reto Baumgartner""",
      company="Alpenlabor", contact=ALPEN[1], cs="iso-8859-1", cte="qp"),
    m("alpen_contract", "offer", "de", "2026-09-18 09:30 +0200", NADJA,
      "Arbeitsvertrag Alpenlabor AG – bitte unterzeichnen",
      """Guten Tag Herr Engelhardt-Kühn

Herzlichen Dank für Ihre Zusage! Im Anhang finden Sie den Arbeitsvertrag sowie das Merkblatt zur Grenzgänger- bzw. Aufenthaltsbewilligung.

Bitte unterzeichnen Sie den Vertrag und senden Sie uns ein Exemplar bis zum 30. September zurück. Ihr erster Arbeitstag ist wie besprochen der 2. November 2026.

Freundliche Grüsse
Nadja Keller
HR Business Partner
Alpenlabor AG

""" + DISCLAIMER_DE,
      company="Alpenlabor", contact=NADJA[1], cc=ALPEN, fmt="alt",
      pdf=[("Arbeitsvertrag_Alpenlabor.pdf", ["Arbeitsvertrag Alpenlabor AG",
            "Herr Tobias Engelhardt-Kuehn", "Eintritt: 02.11.2026"]),
           ("Merkblatt_Bewilligung.pdf", ["Merkblatt Bewilligung", "Kanton Zuerich"])]),
    m("kestrel_offer", "offer", "en", "2026-10-05 16:10 +0100", HARW,
      "Offer from Kestrel Food Labs!",
      """Hi Tobias,

Brilliant news – Kestrel Food Labs have come back with an offer for the Food Safety Technician role: EUR 48,000 base, 30 days' holiday, start date 1 December (negotiable). The formal offer letter from their HR is attached.

Give me a call when you've had a chance to read it. They'd like an answer by Friday 9 October.

Congratulations, well deserved!
Oliver""",
      company="Kestrel Food Labs", contact=HARW[1],
      pdf=[("Kestrel_Offer_Letter.pdf", ["Kestrel Food Labs - Offer of Employment",
            "Position: Food Safety Technician", "Base salary: EUR 48,000"])]),
    m("nord_verbal", "offer", "fr", "2026-07-10 18:20 +0200", NORD,
      "Suite à notre échange téléphonique",
      """Bonjour Monsieur Engelhardt-Kühn,

Comme Mme Roussel vous l'a annoncé au téléphone cet après-midi, nous sommes ravis de vous proposer le poste de technicien qualité au sein du laboratoire. La promesse d'embauche écrite vous parviendra la semaine prochaine.

Encore félicitations !

Camille Lefebvre
Assistante RH – Laboratoire Nordanalyse""",
      company="Laboratoire Nordanalyse", contact=NORD[1], cs="windows-1252", cte="8bit",
      subj_enc=("b", "iso-8859-1")),
    m("deusto_offer", "offer", "es", "2026-09-29 12:50 +0200",
      ("Nerea Goikoetxea", "nerea.goikoetxea@labagro-deusto.example.es"),
      "Propuesta de incorporación – Laboratorio Agroalimentario Deusto",
      """Estimado Tobias:

Nos alegra comunicarte que, tras el proceso de selección, queremos ofrecerte el puesto de Técnico de Laboratorio (área de microbiología alimentaria). Te adjuntamos la propuesta con las condiciones: contrato indefinido, jornada completa, 31.500 € brutos anuales e incorporación a convenir en noviembre.

Quedamos a la espera de tu respuesta. Si quieres comentar algún punto, llámame cuando quieras.

Un saludo cordial,
Nerea Goikoetxea
Responsable de Personas
Laboratorio Agroalimentario Deusto
Avenida de las Universidades 24, 48007 Bilbao

""" + DISCLAIMER_ES,
      company="Laboratorio Agroalimentario Deusto",
      contact="nerea.goikoetxea@labagro-deusto.example.es", fmt="alt", cs="windows-1252",
      cte="qp",
      pdf=[("Propuesta_Deusto.pdf", ["Laboratorio Agroalimentario Deusto",
            "Propuesta de incorporacion", "31.500 EUR brutos anuales"])]),
]
