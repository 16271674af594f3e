"""Corpus 85 data: application acknowledgements and offers (hand-written).

Imported only by make_eightyfifth.py; each entry is one message with its labels.
"""

from make_eightyfifth import Msg as M

MESSAGES = [
    # ------------------------------------------------------------------ acknowledgements (de)
    M("application_received", "personio_eingang", "de", "Lindner Fördertechnik", "",
      '"Lindner Fördertechnik GmbH" <noreply@lindner-foerdertechnik.jobs.personio.de>',
      "Vielen Dank für Ihre Bewerbung",
      """Hallo Jonas Okonkwo-Brandt,

vielen Dank für Ihre Bewerbung als Teamleiter Arbeitsvorbereitung (m/w/d) und Ihr Interesse an Lindner Fördertechnik!

Wir haben Ihre Unterlagen erhalten und werden sie nun sorgfältig prüfen. Sie hören spätestens in zwei Wochen von uns.

Freundliche Grüße
Ihr Team von Lindner Fördertechnik
""", "2026-01-08 22:41 +0100", fmt="alt"),

    M("application_received", "softgarden_kein_individuelles_feedback", "de", "Medikon Versandapotheke", "",
      '"Medikon Versandapotheke" <noreply@softgarden.io>',
      "Eingangsbestätigung: Ihre Bewerbung als Einkäufer OTC (m/w/d)",
      """Hallo Herr Okonkwo-Brandt,

wir freuen uns über Ihre Bewerbung und bedanken uns für Ihr Vertrauen!

Ihre Unterlagen sind vollständig bei uns eingegangen. Aufgrund der Vielzahl an Bewerbungen bitten wir um etwas Geduld – leider können wir nicht jedem Bewerber zwischendurch eine individuelle Rückmeldung zum Stand geben. Wir melden uns, sobald die Vorauswahl abgeschlossen ist.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen: https://medikon.softgarden.io/de/applicant/login

Viele Grüße
Ihr Medikon People Team
""", "2026-02-02 08:13 +0100", fmt="html"),

    M("application_received", "stepstone_uebermittelt", "de", "Hartmann Kältetechnik", "",
      '"StepStone" <noreply@mail.stepstone.de>',
      "Ihre Bewerbung bei Hartmann Kältetechnik GmbH wurde versendet",
      """Hallo Jonas,

Ihre Bewerbung ist unterwegs! Wir haben Ihre Unterlagen für die Stelle

Einkäufer Produktionsmaterial (m/w/d)
Hartmann Kältetechnik GmbH · Nürnberg

erfolgreich an den Arbeitgeber übermittelt.

Wie geht es weiter? Der Arbeitgeber meldet sich direkt bei Ihnen. Den Status sehen Sie unter „Meine Bewerbungen“: https://www.stepstone.de/meine-bewerbungen

Ihr StepStone Team

Sie erhalten diese E-Mail, weil Sie ein StepStone-Konto haben. StepStone Deutschland GmbH, Völklinger Str. 1, 40219 Düsseldorf
""", "2026-02-11 20:33 +0100", fmt="html", headers={"List-Unsubscribe": "<https://www.stepstone.de/unsubscribe?u=8812>"}),

    M("application_received", "landesamt_eingangsbestaetigung", "de", "Bayerisches Landesamt für Beschaffung",
      "bewerbung@lfb.bayern.example.de",
      "Bewerbungsstelle LfB <bewerbung@lfb.bayern.example.de>",
      "Eingangsbestätigung Ihrer Bewerbung - Kennziffer 2026-114",
      """Sehr geehrter Herr Okonkwo-Brandt,

hiermit bestätigen wir den Eingang Ihrer Bewerbung vom 02.03.2026 auf die Stellenausschreibung Kennziffer 2026-114 (Sachgebietsleitung Zentraler Einkauf, E 13 TV-L).

Die Bewerbungsfrist endet am 20.03.2026. Im Anschluss werden alle Bewerbungen gesichtet. Wir bitten Sie, von telefonischen Sachstandsanfragen abzusehen; Sie erhalten unaufgefordert Nachricht.

Schwerbehinderte Menschen werden bei ansonsten im Wesentlichen gleicher Eignung bevorzugt berücksichtigt.

Mit freundlichen Grüßen
Bayerisches Landesamt für Beschaffung
Referat Z1 - Personal
""", "2026-03-03 09:00 +0100", charset="iso-8859-1"),

    M("application_received", "ch_dossier_erhalten", "de", "Universitätsspital Limmattal", "",
      '"Universitätsspital Limmattal" <no-reply@usl.example.ch>',
      "Bestätigung: Ihr Bewerbungsdossier ist eingetroffen",
      """Guten Tag Herr Okonkwo-Brandt

Wir bestätigen Ihnen gerne den Eingang Ihres Bewerbungsdossiers für die Stelle «Fachspezialist/in Supply Chain Management 100%».

Wir prüfen Ihre Unterlagen sorgfältig und melden uns innert drei Wochen bei Ihnen. Bitte haben Sie Verständnis, dass wir aufgrund der grossen Anzahl Bewerbungen keine telefonischen Auskünfte zum Stand des Verfahrens erteilen können.

Freundliche Grüsse
Universitätsspital Limmattal
Personaldienst
""", "2026-03-19 14:27 +0100", cte="quoted-printable"),

    M("application_received", "karriereat_danke", "de", "Donauhafen Linz Logistik", "",
      '"Donauhafen Linz Logistik" <noreply@karriere.at>',
      "Danke für Ihre Bewerbung!",
      """Sehr geehrter Herr Okonkwo-Brandt,

danke für Ihre Bewerbung als Lean Manager:in via karriere.at! Ihre Unterlagen sind bei Donauhafen Linz Logistik eingelangt.

Das Unternehmen wird Ihre Bewerbung prüfen und sich bei Ihnen melden.

Das karriere.at Team

Hinweis: Gemäß österreichischem Gleichbehandlungsgesetz ist für diese Position ein KV-Mindestgehalt von EUR 3.950,- brutto/Monat vorgesehen.
""", "2026-04-07 11:11 +0200", fmt="alt"),

    M("application_received", "rexx_mittelstand_drei_wochen", "de", "Gebr. Steinhauser Maschinenbau", "",
      '"Gebr. Steinhauser Maschinenbau" <no-reply@steinhauser.rexx-systems.com>',
      "Ihre Bewerbung bei Gebr. Steinhauser",
      """Sehr geehrter Herr Okonkwo-Brandt,

vielen Dank für Ihre Bewerbung als Projekteinkäufer (m/w/d) und das damit verbundene Vertrauen in unser Familienunternehmen.

Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen. Wir werden diese nun prüfen und uns in ca. drei Wochen bei Ihnen melden.

Mit freundlichen Grüßen

Gebr. Steinhauser Maschinenbau GmbH & Co. KG
Personalabteilung
Dieselstraße 2–6, 88250 Weingarten
""", "2026-04-20 06:58 +0200"),

    M("application_received", "persoenlich_weitergeleitet", "de", "Rauschenbach Chemie", "anke.wolter@rauschenbach-chemie.example.de",
      "Anke Wolter <anke.wolter@rauschenbach-chemie.example.de>",
      "Ihre Unterlagen",
      """Hallo Herr Okonkwo-Brandt,

danke für Ihre Unterlagen, die sind gut angekommen. Ich habe sie an unseren Werkleiter weitergegeben, der ist allerdings bis 15.5. im Urlaub. Ich melde mich danach bei Ihnen, spätestens Ende Mai.

Viele Grüße
Anke Wolter
Personal
Rauschenbach Chemie GmbH, Werk Burghausen
""", "2026-05-04 12:02 +0200"),

    M("application_received", "workday_de_referenz_cp1252", "de", "Ostermann Automotive", "",
      '"Ostermann Automotive" <ostermann@myworkday.com>',
      "Ihre Bewerbung für die Position Einkäufer Elektronik (m/w/d) – R-04471",
      """Sehr geehrter Herr Okonkwo-Brandt,

vielen Dank für Ihre Bewerbung für die Position Einkäufer Elektronik (m/w/d) (Referenz R-04471) bei Ostermann Automotive.

Wir haben Ihre Bewerbung erhalten. Unser Team wird Ihre Qualifikationen nun mit den Anforderungen der Stelle abgleichen. Bitte haben Sie Verständnis, dass wir Ihnen in dieser Phase leider kein individuelles Feedback geben können.

Den aktuellen Status finden Sie jederzeit in Ihrem Kandidatenprofil.

Mit freundlichen Grüßen
Ihr Ostermann Automotive Recruiting
""", "2026-05-25 03:12 +0200", charset="windows-1252", cte="quoted-printable", fmt="alt"),

    M("application_received", "onlyfy_stadtwerke", "de", "Stadtwerke Isarmoos", "",
      '"Stadtwerke Isarmoos" <no-reply@onlyfy.jobs>',
      "Bewerbungseingang",
      """Guten Tag Herr Okonkwo-Brandt,

Ihre Bewerbung als Referent Nachhaltigkeit im Einkauf (m/w/d) ist bei uns eingegangen – vielen Dank!

Wir sichten alle Unterlagen nach Ende der Bewerbungsfrist am 30.06. und melden uns danach. Sollten Sie Fragen haben, erreichen Sie uns unter karriere@stadtwerke-isarmoos.example.de.

Mit freundlichen Grüßen
Stadtwerke Isarmoos GmbH
""", "2026-06-15 10:44 +0200"),

    # ------------------------------------------------------------------ acknowledgements (en, fr, es)
    M("application_received", "greenhouse_thanks_applying", "en", "Verdanta", "",
      '"Verdanta Hiring Team" <no-reply@us.greenhouse-mail.io>',
      "Thank you for applying to Verdanta!",
      """Hi Jonas,

Thanks for applying to Verdanta! Your application for Supply Chain Sustainability Manager has been received and our team will review it soon.

If your experience looks like a good fit, someone from our recruiting team will reach out to you with next steps.

In the meantime, check out our impact report: https://verdanta.example.com/impact

Cheers,
The Verdanta Team
""", "2026-01-22 15:30 +0100", fmt="alt"),

    M("application_received", "workable_volume_note", "en", "Corvane Robotics", "",
      '"Corvane Robotics" <noreply@candidates.workablemail.com>',
      "Corvane Robotics: We received your application",
      """Dear Jonas,

Thank you for your application for the Procurement Manager, Electronics position at Corvane Robotics.

We have received it and will review it carefully. Please note that due to the high volume of applications we cannot respond to every applicant individually. If your profile matches our requirements, a member of our team will contact you within the next three weeks.

Kind regards,
Corvane Robotics
""", "2026-02-24 10:05 +0100", fmt="html"),

    M("application_received", "icims_received", "en", "Ridgeway Medical Devices", "",
      '"Ridgeway Medical Devices" <donotreply@talent.icims.com>',
      "We have received your application for Senior S&OP Analyst",
      """Jonas,

Thank you for your interest in the Senior S&OP Analyst (Req ID 2026-3317) position at Ridgeway Medical Devices in Zurich, Switzerland.

Your application has been received. We will review your background and if there is a fit, a member of the recruiting team will reach out.

Sincerely,
Ridgeway Medical Devices Talent Acquisition

***This is an automated message. Please do not reply.***
Ridgeway Medical Devices is an equal opportunity employer. Headquarters: Mississauga, Ontario, Canada.
""", "2026-04-13 18:24 +0200"),

    M("application_received", "indian_ack_kindly_await", "en", "Saraswat Chemicals Europe", "careers.eu@saraswat-chem.example.com",
      "Careers Europe - Saraswat <careers.eu@saraswat-chem.example.com>",
      "Acknowledgement - Application for Manager Procurement (Ref: SCE/PRC/26/09)",
      """Dear Candidate,

This is to acknowledge receipt of your application for the position of Manager - Procurement (Ref: SCE/PRC/26/09) at our Basel office.

Your candidature is under review. Kindly await further communication from our end. Shortlisted candidates shall be intimated regarding the interview schedule.

Thanks & Regards,
HR Team
Saraswat Chemicals Europe AG
""", "2026-05-14 07:06 +0200"),

    M("application_received", "taleo_no_individual_feedback", "en", "Aldridge Pharmaceuticals", "",
      '"Aldridge Pharmaceuticals" <aldridge@taleo.net>',
      "Aldridge Pharmaceuticals - Job Number 2600471 - Application Received",
      """Dear Jonas Okonkwo-Brandt ,

Thank you for your interest in Aldridge Pharmaceuticals and for applying to the position of  Lean Six Sigma Black Belt, Packaging Operations  (Job Number:  2600471 ).

We will now review your qualifications. Unfortunately we are unable to provide individual feedback at this stage. Should your profile be selected for the next step, we will contact you.

To check the status of your application, log into your candidate profile at any time.

Sincerely,
Aldridge Pharmaceuticals Recruiting

Please do not reply to this email; this mailbox is not monitored.
""", "2026-07-01 11:49 +0200", fmt="html", cte="quoted-printable"),

    M("application_received", "bamboohr_casual", "en", "Packwise", "",
      '"Packwise" <notifications@app.bamboohr.com>',
      "Thanks for applying — we got it!",
      """Hey Jonas!

Thanks for applying for the Ops Excellence Lead role at Packwise 📦 We got your application and a real human (hi, it's Jess) will read it this week.

Talk soon,
Jess & the Packwise crew
""", "2026-08-12 09:31 +0200"),

    M("application_received", "recruitee_fr", "fr", "Chaudron Industries", "",
      '"Chaudron Industries" <no-reply@recruitee.com>',
      "Nous avons bien reçu votre candidature",
      """Bonjour Jonas,

Merci pour votre candidature au poste d'Ingénieur Amélioration Continue (H/F) sur notre site de Villefranche-sur-Saône.

Nous avons bien reçu votre dossier et notre équipe va l'étudier avec attention. Nous reviendrons vers vous dans les meilleurs délais.

À bientôt,
L'équipe Chaudron Industries
""", "2026-03-26 16:16 +0100", fmt="alt"),

    M("application_received", "hopitaux_accuse_reception_ch", "fr", "Hôpitaux du Léman", "",
      '"Hôpitaux du Léman" <ne-pas-repondre@hopitaux-leman.example.ch>',
      "Accusé de réception de votre candidature",
      """Monsieur,

Nous accusons réception de votre candidature pour le poste de Responsable logistique hospitalière à 100% et vous en remercions.

En raison du grand nombre de dossiers reçus, nous ne sommes malheureusement pas en mesure de répondre individuellement à chaque candidat avant la fin de la période de sélection. Nous vous contacterons dans un délai de quatre semaines.

Avec nos meilleures salutations,

Hôpitaux du Léman
Service des ressources humaines
""", "2026-09-01 08:20 +0200", charset="iso-8859-1", cte="quoted-printable"),

    M("application_received", "teamtailor_es_recibida", "es", "Frutas Levante", "",
      '"Frutas Levante" <no-reply@teamtailor-mail.com>',
      "¡Hemos recibido tu candidatura!",
      """¡Hola Jonas!

Gracias por inscribirte en la oferta de Responsable de Mejora Continua en nuestra planta de Valencia. Hemos recibido tu candidatura correctamente.

El equipo revisará tu perfil en los próximos días. Si encajas con lo que buscamos, nos pondremos en contacto contigo.

¡Mucha suerte!
Equipo Frutas Levante
""", "2026-04-29 13:37 +0200", fmt="html"),

    M("application_received", "ferrocarriles_formal_es", "es", "Ferrocarriles Mediterráneos", "",
      '"Ferrocarriles Mediterráneos - Empleo" <noreply@fmed.example.es>',
      "=?iso-8859-1?q?Confirmaci=F3n_de_recepci=F3n_de_su_candidatura?=",
      """Estimado/a candidato/a:

Le confirmamos la recepción de su solicitud para la convocatoria 2026/017 "Técnico/a de Aprovisionamiento". Debido al elevado número de solicitudes, no es posible responder de forma individual a cada persona candidata. La lista de personas admitidas se publicará en nuestro portal de empleo.

Atentamente,
Ferrocarriles Mediterráneos
Dirección de Recursos Humanos
""", "2026-08-25 12:00 +0200", charset="iso-8859-1"),

    # ------------------------------------------------------------------ offers
    M("offer", "arbeitsvertrag_anbei", "de", "Lindqvist Medizintechnik", "h.peters@lindqvist-med.example.de",
      "Hannah Peters <h.peters@lindqvist-med.example.de>",
      "Ihr Vertragsangebot",
      """Sehr geehrter Herr Okonkwo-Brandt,

wie am Freitag besprochen, erhalten Sie anbei Ihren Arbeitsvertrag als Senior Manager S&OP in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 12. Juni zurück, gerne vorab als Scan.

Der Eintritt ist wie vereinbart zum 1. September 2026 vorgesehen. Bei Fragen zu Vertrag oder Betriebsrente rufen Sie mich einfach an.

Wir freuen uns sehr auf die Zusammenarbeit!

Mit freundlichen Grüßen
Hannah Peters
HR Business Partner
Lindqvist Medizintechnik GmbH – a Lindqvist Group company (Copenhagen)
Tel. +49 89 2155 4410
""", "2026-06-01 15:02 +0200", attach=("Arbeitsvertrag_Okonkwo-Brandt.pdf", "application/pdf")),

    M("offer", "muendliche_zusage_bestaetigt", "de", "Hallmeier Logistik", "t.hallmeier@hallmeier-logistik.example.de",
      "Thomas Hallmeier <t.hallmeier@hallmeier-logistik.example.de>",
      "Wie besprochen",
      """Hallo Herr Okonkwo-Brandt,

wie heute Mittag telefonisch besprochen: wir möchten Ihnen sehr gerne die Position Leiter Kontraktlogistik an unserem Standort Hamburg-Billbrook anbieten.

Eckdaten wie besprochen: 92.000 EUR Jahresfixum, 10 % variabel, Dienstwagen, 30 Tage Urlaub, Start nach Absprache, spätestens 1.10.

Den schriftlichen Vertrag schickt Ihnen Frau Brauer bis Mittwoch. Geben Sie mir gern bis Ende nächster Woche Bescheid.

Beste Grüße aus Hamburg
Thomas Hallmeier
Geschäftsführender Gesellschafter
Hallmeier Logistik GmbH & Co. KG
""", "2026-07-07 14:18 +0200"),

    M("offer", "bedingtes_angebot_fuehrungszeugnis", "de", "Flughafen Donaumoos", "personal@flughafen-donaumoos.example.de",
      "Personalabteilung Flughafen Donaumoos <personal@flughafen-donaumoos.example.de>",
      "Einstellungszusage unter Vorbehalt – Teamleitung Materialwirtschaft",
      """Sehr geehrter Herr Okonkwo-Brandt,

wir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission Sie für die Position Teamleitung Materialwirtschaft (EG 11 TVöD) ausgewählt hat.

Die Einstellung erfolgt vorbehaltlich
- der Vorlage eines erweiterten Führungszeugnisses (nicht älter als drei Monate),
- der erfolgreichen Zuverlässigkeitsüberprüfung nach § 7 LuftSiG sowie
- der Zustimmung des Personalrats.

Bitte bestätigen Sie uns bis zum 24.07.2026 schriftlich, ob Sie das Angebot annehmen. Die Vertragsunterlagen erhalten Sie nach Eingang aller Nachweise.

Mit freundlichen Grüßen
i. A. Doris Wenzl
Flughafen Donaumoos GmbH
Personalabteilung
""", "2026-07-13 10:30 +0200", charset="iso-8859-1", cte="quoted-printable"),

    M("offer", "ch_angebot_bewilligung", "de", "Basler Rheinlogistik", "r.meier@basler-rheinlogistik.example.ch",
      "Regula Meier <r.meier@basler-rheinlogistik.example.ch>",
      "Angebot Head of Procurement",
      """Lieber Herr Okonkwo-Brandt

Herzlichen Dank für die guten Gespräche mit Herrn Vogt und dem Verwaltungsrat. Wir freuen uns sehr, Ihnen die Stelle als Head of Procurement anbieten zu dürfen.

Im Anhang finden Sie unser Angebotsschreiben mit Jahreslohn (CHF 148'000, 13 Monatslöhne), Pensionskasse und Ferienregelung. Da Sie deutscher Staatsangehöriger sind, beantragen wir die Aufenthaltsbewilligung B für Sie, sobald der Vertrag unterzeichnet ist – das ist eine Formsache.

Wir würden uns über eine Rückmeldung bis Ende Monat freuen.

Beste Grüsse
Regula Meier
Leiterin HR
Basler Rheinlogistik AG · Hafenstrasse 25 · 4057 Basel
""", "2026-08-18 11:25 +0200", attach=("Angebot_Head_of_Procurement.pdf", "application/pdf")),

    M("offer", "startup_wir_wollen_dich", "de", "Frachtwerk", "anna@frachtwerk.example",
      "Anna Kessler <anna@frachtwerk.example>",
      "!!!",
      """Jonas!! 🎉

Wir wollen dich im Team. Offizielles Offer kommt morgen per DocuSign, Eckdaten schon mal: 78k fix + 10% Bonus + VSOP, remote-first mit 1 Woche/Monat Berlin.

Ruf mich an wenn du Fragen hast, ich bin heut noch bis 20 Uhr erreichbar.

LG Anna
Co-Founder Frachtwerk

Gesendet von Outlook für Android""", "2026-09-15 17:58 +0200", cte="8bit"),

    M("offer", "uk_pleased_to_offer", "en", "Brightwater Utilities", "olivia.grant@brightwater.example.co.uk",
      "Olivia Grant <olivia.grant@brightwater.example.co.uk>",
      "Offer of employment - Category Manager, Net Zero Supply Chain",
      """Dear Jonas,

Further to your recent interview, I am delighted to confirm that we are pleased to offer you the position of Category Manager, Net Zero Supply Chain, based at our London Bridge office with hybrid working.

Please find attached your formal offer letter and Statement of Main Terms. The offer is conditional upon satisfactory references and proof of your right to work in the UK.

Kindly sign and return the documents by Friday 14 August. Do let me know if anything is unclear.

Kind regards,

Olivia Grant
Senior Resourcing Advisor
Brightwater Utilities plc
""", "2026-08-06 10:00 +0200", attach=("Brightwater_Offer_Letter_JOB.pdf", "application/pdf"), fmt="alt"),

    M("offer", "lever_docusign_contract", "en", "Tessellate", "maya.chen@tessellate.example.io",
      '"Tessellate" <no-reply@hire.lever.co>',
      "Your offer from Tessellate",
      """Hi Jonas,

We're thrilled to extend you an offer to join Tessellate as Head of Operations Excellence!

Your employment agreement is ready for review and signature via DocuSign: https://hire.lever.co/offers/tessellate/5e1f0c2a

The offer expires on 28 September 2026. Reply here with any questions and Maya will get back to you.

Welcome (almost) aboard,
Maya Chen
Head of People, Tessellate
""", "2026-09-21 19:40 +0200", reply_to="Maya Chen <maya.chen@tessellate.example.io>", fmt="html"),

    M("offer", "agency_great_news", "en", "Kestrel Freight Systems", "jake.morrow@ryderblake.example.co.uk",
      "Jake Morrow <jake.morrow@ryderblake.example.co.uk>",
      "GREAT NEWS!!!",
      """Jonas!!!

Just come off the phone with Kestrel Freight Systems - they LOVED you in the final and want to make you an offer for the Head of Network Planning role!!! 🙌

Headline numbers: €105k base, 15% bonus, car allowance, start date flexible. Written offer to follow from their HR early next week but I wanted to let you know straight away!!

Give me a ring when you get a sec - 07700 900 412

Jake

Jake Morrow | Senior Consultant | Ryder Blake Associates
""", "2026-10-02 16:44 +0200"),

    M("offer", "promesse_embauche_fr", "fr", "Maison Vasseur", "c.vasseur@maison-vasseur.example.fr",
      "Claire Vasseur <c.vasseur@maison-vasseur.example.fr>",
      "Proposition d'embauche – Responsable Supply Chain",
      """Cher Jonas,

Suite à nos différents entretiens, nous avons le plaisir de vous proposer le poste de Responsable Supply Chain au sein de Maison Vasseur, sur notre site de Villeurbanne, en CDI, à compter du 2 novembre 2026.

Vous trouverez ci-joint la promesse d'embauche précisant votre rémunération (68 000 € bruts annuels, plus variable) ainsi que les avantages associés. Nous vous remercions de nous la retourner signée d'ici le 30 septembre.

Dans l'attente de vous accueillir parmi nous,

Bien cordialement,
Claire Vasseur
Directrice Générale – Maison Vasseur
""", "2026-09-18 09:12 +0200", attach=("Promesse_embauche_JOB.pdf", "application/pdf"), charset="windows-1252"),

    M("offer", "oferta_es", "es", "Logística Ebro", "p.sanz@logistica-ebro.example.es",
      "Pilar Sanz <p.sanz@logistica-ebro.example.es>",
      "Oferta - Jefe de Operaciones Zaragoza",
      """Hola Jonas,

¡Enhorabuena! Nos complace ofrecerte el puesto de Jefe de Operaciones en nuestra plataforma de Zaragoza (PLAZA). Te adjunto la carta de oferta con las condiciones que comentamos: 62.000 € brutos anuales más variable del 12 %, incorporación el 1 de noviembre.

Si estás de acuerdo, fírmala y devuélvemela antes del viernes 2 de octubre. Cualquier duda, llámame al 976 55 12 90.

Un saludo,
Pilar Sanz
Directora de Personas · Logística Ebro
""", "2026-09-25 13:05 +0200", attach=("Carta_oferta.pdf", "application/pdf"), cte="base64"),
]
