"""Application acknowledgements and offers (hundredseventh corpus)."""

from msgs107_common import M

A = "application_received"
OF = "offer"

MESSAGES = [
    M(A, "workday_received", "en", "Hapag Nordlicht Talent Acquisition <hapagnordlicht@myworkday.com>",
      "Thank you for applying - Customs Compliance Specialist (R-20417)", "01-20 20:14",
      """Dear Yusuf,

Thank you for applying for the Customs Compliance Specialist (R-20417) role at Hapag Nordlicht. We have received your application and our Talent Acquisition team will review it shortly.

You can check the status of your application at any time in our candidate home.

Kind regards,
Talent Acquisition
Hapag Nordlicht""",
      company="Hapag Nordlicht", struct="html", brand="Hapag Nordlicht", color="#e35205",
      track="https://hapagnordlicht.myworkday.com/t", button=("Candidate Home", "https://hapagnordlicht.myworkday.com/hn/candidate-home"),
      footer="Hapag Nordlicht Shipping GmbH · Amtsgericht Hamburg HRB 99123 · Please do not reply to this email."),
    M(A, "vier_wochen", "de", "Bewerbermanagement Hanseatische Hafenbetriebe <noreply@softgarden.io>",
      "Eingangsbestätigung Ihrer Bewerbung – Teamleitung Import", "04-18 10:02",
      """Sehr geehrter Herr Demirci-Lindqvist,

vielen Dank für Ihre Bewerbung als Teamleitung Import (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Bitte haben Sie Verständnis, dass wir aufgrund der hohen Zahl an Bewerbungen nicht jedem Bewerber individuell antworten können. Sollten Sie innerhalb von vier Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung bitte als nicht erfolgreich.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Hanseatische Hafenbetriebe""",
      company="Hanseatische Hafenbetriebe", struct="html", brand="Hanseatische Hafenbetriebe", color="#003d6b",
      track="https://hhb.softgarden.io/trk", footer="Hanseatische Hafenbetriebe AG · Bei St. Annen 1 · 20457 Hamburg"),
    M(A, "cannot_reply_every", "en", "Meridian Retail Group <careers@taleo.net>",
      "Application Received: Requisition 26-0331", "05-02 03:12",
      """Dear Yusuf Demirci-Lindqvist,

Thank you for submitting your application for Import Compliance Specialist (Requisition 26-0331).

Due to the large number of applications we receive, we cannot reply to every applicant individually. If you are shortlisted, a member of our recruitment team will contact you within 3 weeks.

Meridian Retail Group - Global Talent Acquisition
THIS MAILBOX IS NOT MONITORED.""",
      company="Meridian Retail Group", cs="utf-8", cte="qp"),
    M(A, "personio_du", "de", "Fjordwerk Logistics <jobs@fjordwerk.personio.de>",
      "Danke für deine Bewerbung! 🚢", "03-22 12:30",
      """Hi Yusuf,

danke für deine Bewerbung als Werkstudent*in Zollabwicklung / Junior Customs bei Fjordwerk! Wir schauen uns deine Unterlagen in Ruhe an und melden uns in den nächsten zwei Wochen.

Bis dahin: schau doch mal auf unserem Blog vorbei.

Viele Grüße
Lena vom Fjordwerk People Team""",
      company="Fjordwerk Logistics", struct="alt", brand="Fjordwerk", color="#2d6a4f", track="https://fjordwerk.personio.de/t"),
    M(A, "accuse_reception", "fr", "Recrutement Normandie Portuaire <recrutement@normandie-portuaire.example.fr>",
      "Accusé de réception de votre candidature", "02-10 09:00",
      """Monsieur,

Nous accusons bonne réception de votre candidature au poste de Déclarant en douane (réf. NP-DD-2026-03) et vous remercions de l'intérêt que vous portez à Normandie Portuaire.

Votre dossier sera étudié avec attention. Sans réponse de notre part dans un délai d'un mois, vous pourrez considérer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature.

Cordialement,
Service Recrutement""",
      company="Normandie Portuaire", contact="recrutement@normandie-portuaire.example.fr", cs="iso-8859-1", cte="qp"),
    M(A, "stepstone_platform", "de", "StepUp Jobs <bewerbung-versendet@stepup-jobs.example.de>",
      "Ihre Bewerbung wurde an Elbe-Handel GmbH gesendet", "09-28 19:44",
      """Hallo Yusuf,

Ihre Bewerbung für die Stelle "Sachbearbeiter Import/Zoll (m/w/d)" wurde erfolgreich an Elbe-Handel GmbH übermittelt.

Das Unternehmen meldet sich direkt bei Ihnen. Den Status Ihrer Bewerbungen sehen Sie unter "Meine Bewerbungen".

Viel Erfolg!
Ihr StepUp Jobs Team""",
      company="Elbe-Handel", struct="html", brand="StepUp Jobs", color="#0c2577", track="https://trk.stepup-jobs.example.de/o",
      button=("Meine Bewerbungen", "https://trk.stepup-jobs.example.de/c?u=my-applications"),
      footer="StepUp Jobs GmbH · Berlin · <a href='https://trk.stepup-jobs.example.de/unsub'>E-Mail-Einstellungen</a>"),
    M(A, "linkedin_like_en", "en", "JobHarbour <jobs-noreply@jobharbour.example.com>",
      "Your application was sent to Øresund Bridge Logistics", "08-04 21:05",
      """Your application was sent to Øresund Bridge Logistics

Customs Broker · Copenhagen, Capital Region of Denmark

Applied on 4 Aug 2026. Good luck! We'll let you know if the employer views your application.

JobHarbour, Inc. · 500 Harbor Way, San Francisco CA""",
      company="Øresund Bridge Logistics", struct="html", brand="JobHarbour", color="#0a66c2",
      track="https://jobharbour.example.com/trk/open", footer="You are receiving Job application emails. <a href='https://jobharbour.example.com/unsub?t=ja'>Unsubscribe</a>"),
    M(A, "eingang_behoerde", "de", "Hauptzollamt-Nord Ausbildung & Personal <personalgewinnung@hza-nord.example.de>",
      "Eingangsbestätigung – Kennziffer HZA-N 07/2026", "06-03 13:20",
      """Sehr geehrter Herr Demirci-Lindqvist,

hiermit bestätigen wir den Eingang Ihrer Bewerbung zur Kennziffer HZA-N 07/2026. Nach Ablauf der Bewerbungsfrist am 15. Juni 2026 werden alle Bewerbungen gesichtet. Bitte sehen Sie von Sachstandsanfragen ab.

Im Auftrag
Bergmann
Sachgebiet Personal""",
      company="Hauptzollamt-Nord", contact="personalgewinnung@hza-nord.example.de", cs="iso-8859-1", cte="8bit"),
    M(A, "recibido_tu", "es", "Marítima Levante <no-reply@teamtailor-mail.com>",
      "¡Hemos recibido tu candidatura!", "03-18 08:30",
      """¡Hola Yusuf!

Gracias por presentar tu candidatura a Técnico/a de Aduanas en Marítima Levante. La hemos recibido correctamente y nuestro equipo la revisará en los próximos días.

¡Mucha suerte!
Equipo de Personas · Marítima Levante""",
      company="Marítima Levante", struct="html", brand="Marítima Levante", color="#c8102e",
      track="https://t.teamtailor-mail.com/p/41fe", footer="Marítima Levante S.L. · València · <a href='https://t.teamtailor-mail.com/unsubscribe/41fe'>Darse de baja</a>"),
    M(A, "agentur_eingang", "de", "Jana von PortJobs <jana.krueger@portjobs-personal.example.de>",
      "Deine Unterlagen sind da :)", "05-14 08:20",
      """Hi Yusuf,

danke für deine Unterlagen – CV und Zeugnisse sind angekommen! Ich stelle dich diese Woche bei der Reederei Carstensen vor und melde mich, sobald ich Feedback habe.

LG Jana
PortJobs Personal GmbH""",
      company="Reederei Carstensen", contact="jana.krueger@portjobs-personal.example.de"),
    M(A, "smartrecruiters_eingang", "de", "Nordchem Karriere <noreply@smartrecruiters.com>",
      "Vielen Dank für Ihre Bewerbung bei NORDCHEM", "02-14 22:51",
      """Hallo Yusuf,

vielen Dank für Ihre Bewerbung als Specialist Export Control (m/w/d). Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Wir melden uns in Kürze bei Ihnen.

Freundliche Grüße
Ihr Recruiting-Team der NORDCHEM""",
      company="NORDCHEM", struct="html", brand="NORDCHEM", color="#004b87", track="https://trk.smartrecruiters.com/nc/1812",
      footer="NORDCHEM AG · Sitz Hamburg"),
    M(A, "greenhouse_received", "en", "Portside Analytics via Greenhouse <no-reply@greenhouse-mail.io>",
      "Thanks for applying to Portside Analytics!", "02-08 15:15",
      """Hi Yusuf,

Thanks for applying for the Trade Operations Analyst role! Our team reviews every application and you'll hear from us either way within two weeks.

The Portside Analytics team""",
      company="Portside Analytics", struct="plain"),
    M(A, "bewerbung_erhalten_ch", "de", "HR Zollfrei Treuhand <hr@zollfrei-treuhand.example.ch>",
      "Bestätigung Bewerbungseingang", "09-03 16:00",
      """Guten Tag Herr Demirci-Lindqvist

Wir bestätigen den Eingang Ihres Dossiers für die Stelle Sachbearbeiter/in Zoll & MWST (80–100 %). Wir werden uns innert zwei Wochen bei Ihnen melden.

Freundliche Grüsse
Zollfrei Treuhand GmbH
Human Resources""",
      company="Zollfrei Treuhand", contact="hr@zollfrei-treuhand.example.ch", cs="windows-1252", cte="qp"),
    M(A, "icims_received", "de", "Careers at Rhenania Chemie <rhenania-chemie@icims.com>",
      "Ihre Bewerbung ist eingegangen - Req 11873", "03-19 07:55",
      """Sehr geehrte/r Yusuf Demirci-Lindqvist,

vielen Dank für Ihr Interesse an der Position "Trade Compliance Analyst (m/w/d)". Ihre Bewerbung ist bei uns eingegangen.

Ihr Recruiting Team
Rhenania Chemie""",
      company="Rhenania Chemie", struct="html", brand="Rhenania Chemie", color="#5b2c83",
      footer="Rhenania Chemie SE · Diese E-Mail wurde automatisch generiert."),
    M(A, "bamboo_received", "en", "Careers at Kattegat Cold Chain <notifications@bamboohr.com>",
      "Thank you for your application", "04-29 11:40",
      """Hi Yusuf,

Thanks for applying for the Compliance Coordinator role at Kattegat Cold Chain. We've got your application and our hiring team will be in touch if your experience is a good match.

Best,
Kattegat Cold Chain Hiring Team""",
      company="Kattegat Cold Chain", struct="alt", brand="Kattegat Cold Chain", color="#0077b6"),
    M(A, "reply_personal_de", "de", "Ole Brinkmann <ole.brinkmann@weserport.example.de>", "AW: Bewerbung Zollabwicklung",
      "03-06 13:13",
      """Hallo Herr Demirci-Lindqvist,

danke, Ihre Bewerbung ist angekommen. Ich habe sie an Frau Voss aus der Personalabteilung weitergeleitet, die sich zur Terminabstimmung bei Ihnen melden wird.

Gruß
Ole Brinkmann

Von: Yusuf Demirci-Lindqvist <yusuf.dl@example.se>
Gesendet: Donnerstag, 5. März 2026 21:40
An: Ole Brinkmann <ole.brinkmann@weserport.example.de>
Betreff: Bewerbung Zollabwicklung

Sehr geehrter Herr Brinkmann, über die Absage meines alten Arbeitgebers bin ich nicht unglücklich – ich bewerbe mich hiermit bei Ihnen. Über eine Einladung zum Gespräch würde ich mich freuen.""",
      company="WeserPort Terminals", contact="ole.brinkmann@weserport.example.de",
      irt="<CAY7e9kk@mail.example.se>", cs="iso-8859-1", cte="qp"),
    M(A, "bien_recu_tu", "fr", "DouaneLib <jobs@douanelib.example.fr>", "Candidature bien reçue 👋", "04-30 10:10",
      """Salut Yusuf,

Merci pour ta candidature au poste d'Ops Manager ! On l'a bien reçue. On est une petite équipe, donc on lit tout nous-mêmes : donne-nous une à deux semaines pour revenir vers toi.

L'équipe DouaneLib""",
      company="DouaneLib", struct="plain"),
    M(A, "acuse_publico", "es", "Autoridad Portuaria del Turia <empleo@apturia.example.es>",
      "Acuse de recibo – Convocatoria 12/2026", "06-05 12:45",
      """Estimado/a candidato/a:

Le confirmamos la recepción de su solicitud de participación en la convocatoria 12/2026 (Técnico/a de Comercio Exterior). La lista provisional de admitidos se publicará en la sede electrónica.

Este mensaje se ha generado automáticamente; no responda a esta dirección.

Autoridad Portuaria del Turia""",
      company="Autoridad Portuaria del Turia", cs="iso-8859-1", cte="qp", hdr_cs="iso-8859-1"),
    M(A, "workable_received", "en", "Skagen Marine Supplies <noreply@workablemail.com>",
      "Thanks for applying to Skagen Marine Supplies", "05-29 18:30",
      """Hello Yusuf,

Thank you for your interest in the Procurement & Customs Coordinator role. Your application has been received. We'll review it and get back to you as soon as possible.

Skagen Marine Supplies""",
      company="Skagen Marine Supplies", struct="html", brand="Skagen Marine Supplies", color="#1b4965",
      footer="Sent via Workable"),
    M(A, "kurz_eingang_spedition", "de", "Anke Reuter <a.reuter@nordsee-cargo.example.de>", "Bewerbung erhalten", "08-20 15:05",
      """Hallo Herr Demirci-Lindqvist,

Bewerbung ist angekommen, vielen Dank. Unser Chef ist bis 31.8. im Urlaub, danach melden wir uns.

Gruß
Anke Reuter
Nordsee Cargo Bremen""",
      company="Nordsee Cargo Bremen", contact="a.reuter@nordsee-cargo.example.de", cs="windows-1252", cte="8bit"),
    M(A, "successfactors_eingang", "de", "Bundesanstalt für Hafenlogistik <bewerbermanagement@successfactors.eu>",
      "Eingangsbestätigung BHL-2026-014", "03-30 09:00",
      """Sehr geehrter Herr Demirci-Lindqvist,

Ihre Bewerbung im Auswahlverfahren BHL-2026-014 ist bei uns eingegangen. Wir werden Ihre Unterlagen nach Ende der Ausschreibungsfrist prüfen. Bitte haben Sie Verständnis, dass dies einige Wochen dauern kann.

Im Auftrag
Referat Z 2 – Personal""",
      company="Bundesanstalt für Hafenlogistik", cs="iso-8859-1", cte="qp"),

    # ---- offers ----
    M(OF, "offer_pdf_en", "en", "Joris Bakker <joris.bakker@portside-analytics.example.nl>",
      "Offer - Trade Operations Analyst", "03-09 17:22",
      """Hi Yusuf,

It's my pleasure to offer you the position of Trade Operations Analyst at Portside Analytics in Rotterdam, starting 1 May 2026.

Attached you'll find the offer letter with the salary (EUR 58,000 gross per year plus 8% holiday allowance), relocation package and terms. Please review it and let us know by 16 March.

Welcome aboard - we really hope you'll say yes!

Joris Bakker
Head of Trade Ops | Portside Analytics
Wilhelminakade 91 | 3072 AP Rotterdam""",
      company="Portside Analytics", contact="joris.bakker@portside-analytics.example.nl", struct="mixed",
      attach=["Offer_Letter_Yusuf_Demirci-Lindqvist.pdf"]),
    M(OF, "zusage_vertrag", "de", "Marlene Voss <marlene.voss@weserport.example.de>",
      "Ihr Arbeitsvertrag – WeserPort Terminals", "04-10 12:05",
      """Hallo Herr Demirci-Lindqvist,

wie bereits telefonisch besprochen, freuen wir uns sehr, Ihnen die Stelle als Sachbearbeiter Zollabwicklung anbieten zu können!

Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung sowie den Personalfragebogen. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 24.04. zurück. Eintritt wäre der 1. Juni 2026.

Beste Grüße
Marlene Voss
HR Business Partnerin | WeserPort Terminals""",
      company="WeserPort Terminals", contact="marlene.voss@weserport.example.de", struct="mixed",
      attach=["Arbeitsvertrag_Demirci-Lindqvist.pdf", "Personalfragebogen.pdf"], cs="iso-8859-1", cte="qp"),
    M(OF, "verbal_confirmed", "de", "Jana von PortJobs <jana.krueger@portjobs-personal.example.de>",
      "ZUSAGE!!! 🎉", "09-24 16:45",
      """Yusuf!!!

Wie eben am Telefon gesagt: Nordsee Cargo Bremen will dich als Disponent Zoll! Gehalt wie besprochen 52k + Jobrad, Start 1.11. Den Vertrag schicken sie dir direkt nächste Woche.

Ich freu mich riesig für dich!!
Jana""",
      company="Nordsee Cargo Bremen", contact="jana.krueger@portjobs-personal.example.de"),
    M(OF, "conditional_offer", "en", "Sven Olufsen <sven.olufsen@hapag-nordlicht.example.de>",
      "Conditional offer - Trade Compliance Officer", "07-01 10:30",
      """Dear Yusuf,

Following your interview on 22 June, I am delighted to make you a conditional offer for the position of Trade Compliance Officer in Hamburg.

This offer is subject to satisfactory references and a background screening, as is standard for AEO-certified roles. Please find the details in the attached letter.

Kind regards,
Sven Olufsen
Talent Acquisition | Hapag Nordlicht
Hapag Nordlicht Shipping GmbH · Ballindamm 9 · 20095 Hamburg · Amtsgericht Hamburg HRB 99123""",
      company="Hapag Nordlicht", contact="sven.olufsen@hapag-nordlicht.example.de", struct="mixed",
      attach=["Conditional_Offer_R-20588.pdf"], html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Yusuf,</p><p>Following your interview on 22 June, I am delighted to make you a <b>conditional offer</b> for the position of Trade Compliance Officer in Hamburg.</p>
<p>This offer is subject to satisfactory references and a background screening, as is standard for AEO-certified roles. Please find the details in the attached letter.</p>
<p>Kind regards,<br>Sven Olufsen<br>Talent Acquisition | Hapag Nordlicht</p>
<p style="font-size:10px;color:#777">Hapag Nordlicht Shipping GmbH · Ballindamm 9 · 20095 Hamburg · Amtsgericht Hamburg HRB 99123</p></body></html>"""),
    M(OF, "oferta_tu", "es", "Javier Soler <jsoler@marlogix.example.es>", "¡Oferta!", "03-25 13:10",
      """Hola Yusuf,

Como te comenté por teléfono, queremos que te unas a Marlogix como Coordinador de Aduanas. Te adjunto la carta de oferta: 38.000 € brutos anuales, jornada completa, incorporación el 4 de mayo.

Si tienes dudas, llámame. ¡Ojalá digas que sí!

Javier""",
      company="Marlogix", contact="jsoler@marlogix.example.es", struct="mixed", attach=["Carta_oferta_Marlogix.pdf"],
      cs="windows-1252", cte="qp"),
    M(OF, "proposition_ch", "fr", "Sandrine Aubert <sandrine.aubert@lemanfret.example.ch>",
      "Proposition d'engagement", "10-06 11:00",
      """Bonjour Monsieur Demirci-Lindqvist,

Suite à nos entretiens, j'ai le plaisir de vous proposer le poste de coordinateur transit à Zurich, avec entrée en fonction au 1er janvier 2027. Le salaire annuel brut s'élève à CHF 92'000, versé en 13 mensualités.

Vous trouverez en pièce jointe le contrat de travail. Merci de nous le retourner signé d'ici au 20 octobre.

Meilleures salutations,
Sandrine Aubert
Responsable RH – LémanFret SA""",
      company="LémanFret", contact="sandrine.aubert@lemanfret.example.ch", struct="mixed",
      attach=["Contrat_de_travail_LemanFret.pdf"], cs="iso-8859-1", cte="qp"),
    M(OF, "zusage_ch", "de", "Regula Baumann <regula.baumann@zollfrei-treuhand.example.ch>", "Zusage", "09-25 17:15",
      """Grüezi Herr Demirci-Lindqvist

Wir freuen uns, Ihnen nach den Gesprächen die Stelle als Sachbearbeiter Zoll & MWST anbieten zu dürfen. Lohn CHF 88'000 brutto (13 x), 25 Ferientage, Eintritt nach Vereinbarung.

Den Arbeitsvertrag senden wir Ihnen per Post zu. Bitte geben Sie uns bis Ende nächster Woche Bescheid.

Freundliche Grüsse
Regula Baumann
Zollfrei Treuhand GmbH""",
      company="Zollfrei Treuhand", contact="regula.baumann@zollfrei-treuhand.example.ch", cs="utf-8", cte="b64"),
    M(OF, "angebot_elbe_handel", "de", "Dirk Abeling <d.abeling@elbe-handel.example.de>", "Unser Angebot", "10-16 09:10",
      """Sehr geehrter Herr Demirci-Lindqvist,

vielen Dank für das gute Gespräch am Dienstag. Wir möchten Ihnen die Position Sachbearbeiter Import/Zoll zu einem Jahresgehalt von 49.500 € brutto anbieten, Beginn 1. Januar 2027, unbefristet.

Wenn Sie einverstanden sind, lassen wir Ihnen umgehend den Vertrag zukommen.

Mit freundlichen Grüßen
Dirk Abeling
Geschäftsführer
Elbe-Handel GmbH · Hammerbrookstraße 90 · 20097 Hamburg""",
      company="Elbe-Handel", contact="d.abeling@elbe-handel.example.de", struct="alt", brand="Elbe-Handel",
      cs="windows-1252", cte="qp"),
    M(OF, "verbal_offer_dk", "en", "Mette Kjær <mette.kjaer@oresund-bridge-logistics.example.dk>",
      "Following our call", "08-27 14:50",
      """Hi Yusuf,

Just to confirm in writing what I told you on the phone: we'd like to offer you the Customs Broker position in Copenhagen. HR will send the formal contract by Friday. Salary DKK 42,000/month as discussed.

Congratulations!
Mette""",
      company="Øresund Bridge Logistics", contact="mette.kjaer@oresund-bridge-logistics.example.dk"),
    M(OF, "vertrag_unterschreiben", "de", "Personalabteilung Nordsee Cargo <personal@nordsee-cargo.example.de>",
      "Arbeitsvertrag zur Unterschrift", "09-30 08:40",
      """Sehr geehrter Herr Demirci-Lindqvist,

anbei übersenden wir Ihnen Ihren Arbeitsvertrag als Disponent Zoll (Beginn 01.11.2026). Bitte unterschreiben Sie beide Exemplare und senden Sie eines an uns zurück, gern auch eingescannt per E-Mail.

Willkommen an Bord!

Mit freundlichen Grüßen
Anke Reuter
Personalabteilung
Nordsee Cargo Bremen GmbH""",
      company="Nordsee Cargo Bremen", contact="personal@nordsee-cargo.example.de", struct="mixed",
      attach=["Arbeitsvertrag_Nordsee_Cargo.pdf"]),
]
