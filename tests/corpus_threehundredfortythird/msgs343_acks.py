"""Corpus 343: acknowledgements (application_received) and offers."""

from __future__ import annotations

from msgs343_common import m, pdf, sig

ACK = "application_received"
OFFER = "offer"

TAFEL_HR = ("Sabine Kreuzer", "s.kreuzer@tafelwerk-catering.example.de")
TAFEL_BL = ("Markus Feil", "markus.feil@tafelwerk-catering.example.de")
GIV_RH = ("Claire Bontemps", "claire.bontemps@givrelle.example.fr")

MESSAGES = [
    # ------------------------------------------------------------ acknowledgements, de
    m("tafel_ack", ACK, "de", "2026-07-20 14:02 +0000",
      ("Tafelwerk Catering", "noreply@personio.de"),
      "Eingangsbestätigung: Qualitätsmanager Lebensmittelsicherheit (m/w/d) – München",
      """
Hallo Benedikt Schwarzenbacher,

vielen Dank für Ihre Bewerbung als Qualitätsmanager Lebensmittelsicherheit (m/w/d) an
unserem Standort München-Freimann. Ihre Unterlagen sind vollständig bei uns eingegangen.

Unser Recruiting-Team sichtet alle Bewerbungen sorgfältig. Bitte haben Sie Verständnis
dafür, dass dies bis zu drei Wochen dauern kann. Den Stand Ihrer Bewerbung können Sie
jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Tafelwerk Catering GmbH

Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.
""",
      company="Tafelwerk Catering", contact="", layout="alt", brand="Tafelwerk Catering",
      headers={"Auto-Submitted": "auto-generated"}),
    m("bks_ack", ACK, "de", "2026-03-03 08:41 +0000",
      ("Bordküche Süd Karriere", "bordkuechesued@myworkday.com"),
      "Ihre Bewerbung ist eingegangen – Referenz R-10482",
      """
Sehr geehrter Herr Schwarzenbacher,

wir bestätigen den Eingang Ihrer Bewerbung auf die Position

  Hygiene- und Qualitätskoordinator Flugzeugverpflegung (m/w/d)
  Standort: Flughafen München, Referenz R-10482

Wir prüfen Ihre Unterlagen und melden uns, sobald wir eine Entscheidung über die nächsten
Schritte getroffen haben. Ihren Bewerbungsstatus finden Sie im Kandidatenportal unter
„Meine Bewerbungen“.

Freundliche Grüße
Talent Acquisition | Bordküche Süd GmbH
""",
      company="Bordküche Süd", contact="", charset="windows-1252", cte="quoted-printable"),
    m("donau_ack", ACK, "de", "2026-01-12 11:20 +0100",
      ("Klinikum Donautal – Personalabteilung", "no-reply@softgarden.io"),
      "Bewerbung als Leitung Qualitätssicherung Zentralküche",
      """
Sehr geehrter Herr Schwarzenbacher,

herzlichen Dank für Ihr Interesse am Klinikum Donautal und für Ihre Bewerbung als Leitung
Qualitätssicherung Zentralküche (m/w/d).

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Die zuständige Fachabteilung wird
diese in den nächsten Tagen prüfen. Wir melden uns anschließend bei Ihnen.

Freundliche Grüße

Personalabteilung
Klinikum Donautal Regensburg
Donaustaufer Straße 310, 93055 Regensburg

Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.
""",
      company="Klinikum Donautal", contact="", layout="html"),
    m("rheinknie_ack", ACK, "de", "2026-05-04 09:05 +0200",
      ("Spital Rheinknie Jobs", "noreply@successfactors.eu"),
      "Bestätigung Ihrer Bewerbung – Fachexperte Lebensmittelhygiene (80-100%)",
      """
Guten Tag Herr Schwarzenbacher

Vielen Dank für Ihre Bewerbung als Fachexperte Lebensmittelhygiene (80-100%) in unserer
Zentralküche am Standort Basel. Ihre Bewerbung ist bei uns eingetroffen.

Wir prüfen Ihr Dossier gewissenhaft und melden uns innerhalb von zwei bis drei Wochen.
Aufgrund der grossen Zahl an Bewerbungen bitten wir Sie, von telefonischen Nachfragen
abzusehen.

Freundliche Grüsse
HR Recruiting Center
Spital Rheinknie
""",
      company="Spital Rheinknie", contact="", layout="alt", brand="Spital Rheinknie"),
    m("eiskr_ack", ACK, "de", "2026-06-08 16:48 +0200",
      ("Eiskristall Tiefkühlkost via Recruitee", "eiskristall@recruitee.com"),
      "Danke für Ihre Bewerbung, Benedikt!",
      """
Hallo Benedikt,

danke, dass Sie sich als QS-Mitarbeiter Produktion (m/w/d) bei Eiskristall Tiefkühlkost in
Nürnberg beworben haben! Wir haben Ihre Unterlagen erhalten.

Julia Hartung aus unserem People-Team schaut sich Ihre Bewerbung an und meldet sich bei
Ihnen. Bei Fragen können Sie einfach auf diese E-Mail antworten.

Viele Grüße
Julia Hartung
People & Culture, Eiskristall Tiefkühlkost
""",
      company="Eiskristall Tiefkühlkost", contact="reply",
      reply_to=("Julia Hartung", "julia.hartung@eiskristall.example.de")),
    m("gutmahl_ack", ACK, "de", "2026-01-19 07:30 +0100",
      ("Gastrojobs Bayern", "bewerbung@gastrojobs-bayern.example.de"),
      "Ihre Bewerbung wurde an Gutmahl Gemeinschaftsverpflegung übermittelt",
      """
Hallo Benedikt Schwarzenbacher,

Ihre Bewerbung auf die Stelle „Hygienebeauftragter Großküche (m/w/d)“ wurde erfolgreich
an den Arbeitgeber Gutmahl Gemeinschaftsverpflegung GmbH, Regensburg, übermittelt.

Der Arbeitgeber hat Ihre Unterlagen erhalten und meldet sich direkt bei Ihnen. Über den
weiteren Verlauf können wir leider keine Auskunft geben.

Viel Erfolg wünscht Ihnen
Ihr Team von Gastrojobs Bayern

Sie erhalten diese E-Mail, weil Sie sich über gastrojobs-bayern.example.de beworben haben.
""",
      company="Gutmahl Gemeinschaftsverpflegung", contact="", contact_none_ok=True, layout="html",
      brand="Gastrojobs Bayern"),
    m("aurelis_ack", ACK, "de", "2026-01-07 10:15 +0100",
      ("Aurelis Foodservice", "aurelis@taleo.net"),
      "Aurelis Foodservice: Eingang Ihrer Bewerbung (Req. 26-0117)",
      """
Sehr geehrter Herr Schwarzenbacher,

vielen Dank für Ihre Bewerbung als Quality & Food Safety Specialist (m/w/d) für unsere
Betriebsrestaurants in der Region Nürnberg.

Ihre Bewerbung ist bei uns eingegangen. Wir erhalten sehr viele Bewerbungen und bitten um
Ihr Verständnis, dass wir nicht jeder Bewerberin und jedem Bewerber individuell antworten
können. Wenn Ihr Profil zu unseren Anforderungen passt, wird sich eine Recruiterin innerhalb
von vier Wochen bei Ihnen melden.

Mit freundlichen Grüßen
Aurelis Foodservice Deutschland GmbH - Talent Acquisition
""",
      company="Aurelis Foodservice", contact="", charset="iso-8859-1", cte="8bit"),
    m("pruef_ack", ACK, "de", "2026-03-10 13:37 +0100",
      ("Prüflabor Südbayern", "pruefsuedbayern-noreply@icims.com"),
      "Bewerbungseingang: Probenahme & Hygienemonitoring (m/w/d)",
      """
Guten Tag Herr Schwarzenbacher,

wir haben Ihre Bewerbung für die Position Probenahme & Hygienemonitoring (m/w/d) in
München erhalten. Vielen Dank!

Sie können den Status Ihrer Bewerbung jederzeit über unser Karriereportal abrufen.

Beste Grüße
Prüflabor Südbayern – Human Resources
""",
      company="Prüflabor Südbayern", contact="", layout="alt", subj_enc=("utf-8", "B")),
    m("mensa_ack", ACK, "de", "2026-01-14 18:22 +0100",
      ("Gerda Wimmer", "g.wimmer@mensa-service-franken.example.de"),
      "AW: Bewerbung Hygienekoordinator",
      """
Hallo Herr Schwarzenbacher,

danke für Ihre Unterlagen, sind angekommen. Unser Geschäftsführer ist diese Woche auf
Messe, wir melden uns nächste Woche bei Ihnen.

Schöne Grüße
Gerda Wimmer
Sekretariat
Mensa-Service Franken GmbH & Co. KG
Fürther Str. 212, 90429 Nürnberg
Tel. 0911 3305 120
""",
      company="Mensa-Service Franken", contact="from", charset="iso-8859-1", cte="8bit"),
    m("pausen_ack", ACK, "de", "2026-07-02 09:48 +0200",
      ("Pausenbrot Schulverpflegung", "karriere@pausenbrot.example.at"),
      "Ihre Bewerbung bei Pausenbrot",
      """
Sehr geehrter Herr Schwarzenbacher!

Wir bestätigen Ihnen hiermit den Erhalt Ihrer Bewerbung als Qualitätsbeauftragter
Zentralküche Linz. Frau Mag. Eder aus der Personalabteilung ist für Ihre Bewerbung
zuständig und wird sich nach Ablauf der Bewerbungsfrist (17. Juli) bei Ihnen melden.

Für Rückfragen erreichen Sie Frau Eder direkt unter elisabeth.eder@pausenbrot.example.at.

Mit freundlichen Grüßen
Ihr Pausenbrot-Team
Pausenbrot Schulverpflegung GmbH | Industriezeile 47 | 4020 Linz
""",
      company="Pausenbrot", contact="reply",
      reply_to=("Elisabeth Eder", "elisabeth.eder@pausenbrot.example.at"),
      layout="alt"),
    # ------------------------------------------------------------ acknowledgements, en
    m("aero_ack", ACK, "en", "2026-01-26 15:12 +0000",
      ("Aerofare Kitchens", "no-reply@greenhouse-mail.io"),
      "Thank you for applying to Aerofare Kitchens",
      """
Hi Benedikt,

Thanks for your interest in Aerofare Kitchens! We have received your application for the
Food Safety & Quality Supervisor (Heathrow Unit) role.

Our team reviews every application and we'll be in touch if your experience matches what
we're looking for. In the meantime, feel free to learn more about life at Aerofare on our
careers page.

Best,
The Aerofare Kitchens Talent Team
""",
      company="Aerofare Kitchens", contact="", layout="alt", brand="Aerofare Kitchens"),
    m("foodsure_ack", ACK, "en", "2026-08-03 10:02 +0100",
      ("Foodsure Labs", "no-reply@ashbyhq.com"),
      "We received your application – Food Safety Auditor (Food Service)",
      """
Hi Benedikt,

Thanks for applying for the Food Safety Auditor (Food Service) position at Foodsure Labs.
This email confirms that we've got your application.

We look at every application by hand, so it may take up to two weeks before you hear from
us. Please don't reply to this email, the inbox is not monitored.

Foodsure Labs Recruiting
Unit 4, Riverside Works, London SE16 4DG
""",
      company="Foodsure Labs", contact=""),
    m("meadow_ack", ACK, "en", "2026-06-01 12:30 +0100",
      ("Meadowlark School Meals", "notifications@bamboohr.com"),
      "Application received: Quality & Compliance Lead",
      """
Dear Benedikt,

Thank you for applying for the Quality & Compliance Lead position at Meadowlark School
Meals. We have received your application and our hiring team will review it shortly.

Due to the volume of applications we receive, we're unable to respond to every applicant
individually. If you are selected to move forward, a member of our team will contact you.

Kind regards,
Rachel Obi
People Team, Meadowlark School Meals
""",
      company="Meadowlark School Meals", contact="reply",
      reply_to=("Rachel Obi", "rachel.obi@meadowlark.example.co.uk"), layout="html",
      brand="Meadowlark School Meals"),
    m("northgate_ack", ACK, "en", "2026-05-05 17:44 +0100",
      ("Northgate Foods", "no-reply@hire.lever.co"),
      "Your application to Northgate Foods",
      """
Hi Benedikt,

Thank you for your application to the QA Technologist - Frozen Ready Meals position at
Northgate Foods. We appreciate you taking the time to apply and we'll review your
application as soon as possible.

Warm regards,
Northgate Foods Recruitment

Sent via Lever
""",
      company="Northgate Foods", contact=""),
    # ------------------------------------------------------------ acknowledgements, fr
    m("giv_ack", ACK, "fr", "2026-06-02 11:10 +0200",
      ("Givrelle Recrutement", "noreply@smartrecruiters.com"),
      "Givrelle – Nous avons bien reçu votre candidature",
      """
Bonjour Benedikt,

Nous vous remercions pour votre candidature au poste de Responsable Qualité & Sécurité
des Aliments (H/F) sur notre site de production de Mulhouse.

Votre dossier a bien été transmis à notre équipe Ressources Humaines. Nous l'étudions avec
attention et reviendrons vers vous dans les meilleurs délais.

Bien cordialement,
L'équipe Recrutement Givrelle

Merci de ne pas répondre à ce message automatique.
""",
      company="Givrelle", contact="", layout="alt", brand="Givrelle"),
    m("alsalab_ack", ACK, "fr", "2026-07-06 09:31 +0200",
      ("Nathalie Krebs", "n.krebs@alsalab.example.fr"),
      "Votre candidature – Technicien(ne) hygiène alimentaire",
      """
Bonjour Monsieur Schwarzenbacher,

J'accuse bonne réception de votre candidature pour le poste de technicien hygiène
alimentaire (audits en restauration collective). Votre profil de chef avec une expérience
HACCP nous intéresse.

Je transmets votre dossier à notre responsable technique et je reviens vers vous d'ici la
fin du mois.

Bien à vous,

Nathalie Krebs
Chargée RH, Alsalab
12 rue de l'Ill, 68100 Mulhouse
03 89 45 21 70
""",
      company="Alsalab", contact="from", charset="iso-8859-1", cte="quoted-printable"),
    m("restal_ack", ACK, "fr", "2026-03-16 08:12 +0100",
      ("Restalsace via Workable", "noreply@workablemail.com"),
      "Merci pour votre candidature chez Restalsace",
      """
Bonjour Benedikt,

Merci de l'intérêt que vous portez à Restalsace. Votre candidature pour le poste
d'Animateur Qualité Hygiène – Restauration collective (Mulhouse) a bien été reçue.

Nous recevons un grand nombre de candidatures et ne pouvons malheureusement pas répondre
personnellement à chacune d'entre elles. Si votre profil est retenu, nous vous contacterons
dans un délai de trois semaines.

L'équipe Restalsace
""",
      company="Restalsace", contact="", layout="html"),
    m("sundgau_ack", ACK, "fr", "2026-02-09 14:55 +0100",
      ("Sundgau Surgelés", "no-reply@teamtailor-mail.com"),
      "Candidature reçue : Technicien qualité surgelés",
      """
Bonjour Benedikt,

Merci d'avoir postulé au poste de Technicien qualité (H/F) chez Sundgau Surgelés à
Altkirch ! Nous avons bien reçu votre candidature et nous allons l'examiner dans les
prochains jours.

À très bientôt,
Sundgau Surgelés
""",
      company="Sundgau Surgelés", contact="", layout="alt", brand="Sundgau Surgelés",
      subj_enc=("iso-8859-1", "Q")),
    # ------------------------------------------------------------ acknowledgements, es
    m("turia_ack", ACK, "es", "2026-08-24 19:03 +0200",
      ("Comedores Turia", "no-reply@teamtailor-mail.com"),
      "¡Gracias por tu candidatura, Benedikt!",
      """
Hola Benedikt:

Gracias por tu interés en Comedores Turia. Hemos recibido tu candidatura para el puesto de
Técnico/a de Calidad y Seguridad Alimentaria (cocina central de Paterna).

Revisaremos tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo
en las próximas semanas.

Un saludo,
Equipo de Personas de Comedores Turia
""",
      company="Comedores Turia", contact="", layout="alt", brand="Comedores Turia",
      subj_enc=("utf-8", "Q")),
    m("labiolev_ack", ACK, "es", "2026-08-05 12:40 +0200",
      ("Labiolev", "noreply@workablemail.com"),
      "Confirmación de candidatura – Auditor/a de higiene alimentaria",
      """
Estimado Benedikt:

Te confirmamos que hemos recibido correctamente tu candidatura a la oferta de Auditor/a de
higiene alimentaria en Valencia. Nuestro equipo de selección la revisará con atención.

Debido al elevado número de solicitudes, no podemos responder de forma individual a todas
las personas candidatas.

Atentamente,
Departamento de RR. HH.
Labiolev - Laboratorio Agroalimentario de Levante
""",
      company="Labiolev", contact="", charset="iso-8859-1", cte="8bit"),
    m("aeroco_ack", ACK, "es", "2026-09-01 08:58 +0200",
      ("Aerococina Levante", "noreply@smartrecruiters.com"),
      "Aerococina Levante – Hemos recibido tu solicitud",
      """
Hola Benedikt,

¡Gracias por postularte a Responsable de Calidad Catering Aéreo (Aeropuerto de Valencia)!
Tu solicitud ha llegado correctamente. Te informaremos sobre los siguientes pasos.

Saludos cordiales,
Talento – Aerococina Levante
""",
      company="Aerococina Levante", contact="", layout="html", brand="Aerococina Levante"),
    # ------------------------------------------------------------ offers
    m("tafel_offer_verbal", OFFER, "de", "2026-09-08 17:26 +0200", TAFEL_BL,
      "Unser Angebot – wie eben am Telefon besprochen",
      f"""
Lieber Herr Schwarzenbacher,

vielen Dank noch einmal für das angenehme Telefonat eben. Wie besprochen möchten wir
Ihnen sehr gern die Stelle als Qualitätsmanager Lebensmittelsicherheit bei uns in Freimann
anbieten. Ihr Probetag in der Produktionsküche hat das ganze Team überzeugt.

Eckdaten wie besprochen: unbefristet, 40 Stunden, Eintritt zum 1. November 2026,
Jahresgehalt 54.000 € brutto. Frau Kreuzer schickt Ihnen in den nächsten Tagen das
schriftliche Vertragsangebot.

Ich freue mich sehr auf die Zusammenarbeit!

Herzliche Grüße
Markus Feil

{sig("Markus Feil", "Betriebsleiter Produktionsküche München", "Tafelwerk Catering GmbH",
     "Lilienthalstraße 8, 80939 München", "Tel. +49 89 3249 770-30")}
""",
      company="Tafelwerk Catering", contact="from", charset="windows-1252", cte="8bit",
      cc=[TAFEL_HR]),
    m("tafel_offer_letter", OFFER, "de", "2026-09-10 10:05 +0200", TAFEL_HR,
      "Vertragsangebot Qualitätsmanager Lebensmittelsicherheit",
      """
Sehr geehrter Herr Schwarzenbacher,

anbei erhalten Sie wie angekündigt unser schriftliches Vertragsangebot sowie den Entwurf
Ihres Arbeitsvertrags. Wir würden uns freuen, wenn Sie uns Ihre Entscheidung bis zum
18. September 2026 mitteilen.

Für Fragen zu Vertrag, Umzugspauschale oder Startdatum stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Sabine Kreuzer
HR Business Partnerin
Tafelwerk Catering GmbH | Lilienthalstraße 8 | 80939 München
Tel. +49 89 3249 770-12

Tafelwerk Catering GmbH, Sitz München, Amtsgericht München HRB 219 774.
Geschäftsführung: Dr. Henrike Bauer, Stefan Lohr.
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
""",
      company="Tafelwerk Catering", contact="from", layout="alt",
      pdfs=[pdf("Vertragsangebot_Schwarzenbacher.pdf",
                "Tafelwerk Catering GmbH - Vertragsangebot",
                "Herrn Benedikt Schwarzenbacher, Obere Bachgasse 14, 93047 Regensburg",
                "Position: Qualitaetsmanager Lebensmittelsicherheit (m/w/d)",
                "Eintritt: 01.11.2026, unbefristet, 40 Std./Woche",
                "Jahresbruttogehalt: 54.000 EUR, Umzugspauschale 2.000 EUR",
                "Bitte Rueckmeldung bis 18.09.2026.")]),
    m("tafel_offer_revised", OFFER, "de", "2026-09-16 15:40 +0200", TAFEL_HR,
      "AW: Vertragsangebot Qualitätsmanager Lebensmittelsicherheit",
      """
Hallo Herr Schwarzenbacher,

danke für Ihre offenen Worte. Ich habe mit Herrn Feil und der Geschäftsführung
gesprochen: Wir können Ihnen ein Jahresgehalt von 57.000 € brutto anbieten, dazu die
Übernahme der Kosten für die Weiterbildung zum IFS-Auditor im ersten Jahr. Alle übrigen
Konditionen bleiben wie im Angebot vom 10. September.

Wenn das für Sie passt, schicke ich Ihnen den finalen Vertrag über Personio zur digitalen
Unterschrift.

Viele Grüße
Sabine Kreuzer
""",
      company="Tafelwerk Catering", contact="from", parent="tafel_negotiate", quote="outlook_de",
      charset="windows-1252", cte="quoted-printable"),
    m("tafel_offer_nbg", OFFER, "de", "2026-09-17 08:55 +0200",
      ("Jörg Albrecht", "joerg.albrecht@tafelwerk-catering.example.de"),
      "Alternative: Standort Nürnberg",
      """
Guten Morgen Herr Schwarzenbacher,

Frau Kreuzer hat mir erzählt, dass Sie aus Regensburg pendeln würden. Falls Ihnen das
lieber ist: Wir können Ihnen dieselbe Position zu denselben Konditionen auch an unserem
Standort Nürnberg-Hafen anbieten (Produktionsküche für 14 Betriebsrestaurants). Das
Angebot gilt parallel zu dem für München – Sie entscheiden.

Melden Sie sich gern direkt bei mir.

Beste Grüße
Jörg Albrecht
Regionalleiter Franken
Tafelwerk Catering GmbH
Tel. +49 911 6598 440
""",
      company="Tafelwerk Catering", contact="from", from_enc=("iso-8859-1", "Q")),
    m("tafel_offer_contract", OFFER, "de", "2026-09-22 09:12 +0200",
      ("Tafelwerk Catering via Personio", "noreply@personio.de"),
      "Ihr Arbeitsvertrag ist bereit zur Unterschrift",
      """
Hallo Benedikt Schwarzenbacher,

Sabine Kreuzer von Tafelwerk Catering hat Ihnen Ihren Arbeitsvertrag
(Qualitätsmanager Lebensmittelsicherheit, Eintritt 01.11.2026) zur digitalen Unterschrift
gesendet.

Bitte prüfen und unterschreiben Sie das Dokument bis zum 29.09.2026 über den folgenden
Link: https://tafelwerk-catering.personio.de/sign/7f3c0e2a

Dies ist eine automatisch erstellte Nachricht.
""",
      company="Tafelwerk Catering", contact="", layout="alt",
      pdfs=[pdf("Arbeitsvertrag_Entwurf.pdf",
                "Arbeitsvertrag (Entwurf zur Ansicht)",
                "zwischen Tafelwerk Catering GmbH und Benedikt Schwarzenbacher",
                "Taetigkeit: Qualitaetsmanager Lebensmittelsicherheit",
                "Beginn: 01.11.2026 - Verguetung: 57.000 EUR brutto jaehrlich")]),
    m("giv_offer", OFFER, "fr", "2026-07-15 16:20 +0200", GIV_RH,
      "Proposition d'embauche – Responsable Qualité & Sécurité des Aliments",
      """
Bonjour Benedikt,

Suite à votre journée d'immersion sur le site et à votre échange avec notre directeur
industriel, j'ai le plaisir de vous annoncer que nous souhaitons vous proposer le poste de
Responsable Qualité & Sécurité des Aliments à Mulhouse.

Les grandes lignes : CDI statut cadre, 46 000 € bruts annuels sur 13 mois, prise de poste
souhaitée au 1er octobre 2026. Je vous enverrai la promesse d'embauche écrite d'ici
vendredi.

Pouvez-vous me confirmer votre intérêt de principe ?

Très cordialement,
Claire Bontemps
Responsable Ressources Humaines
Givrelle SAS – 5 rue des Frigoristes, 68200 Mulhouse
+33 3 89 31 62 00
""",
      company="Givrelle", contact="from", layout="alt"),
    m("giv_offer_letter", OFFER, "fr", "2026-07-17 11:45 +0200", GIV_RH,
      "Promesse d'embauche – B. Schwarzenbacher",
      """
Bonjour Benedikt,

Comme convenu, vous trouverez ci-joint votre promesse d'embauche. Merci de nous la
retourner signée avant le 31 juillet si notre proposition vous convient.

Je reste à votre disposition pour toute question (logement à Mulhouse, mutuelle, etc.).

Bien cordialement,
Claire Bontemps
""",
      company="Givrelle", contact="from", parent="giv_offer", quote="fr",
      charset="windows-1252", cte="quoted-printable",
      pdfs=[pdf("Promesse_embauche_Schwarzenbacher.pdf",
                "Givrelle - Promesse d'embauche",
                "Poste : Responsable Qualite & Securite des Aliments (CDI, cadre)",
                "Remuneration : 46 000 EUR bruts annuels sur 13 mois",
                "Date d'entree : 1er octobre 2026",
                "A retourner signee avant le 31 juillet 2026.")]),
    m("giv_offer_improved", OFFER, "fr", "2026-08-28 12:06 +0200", GIV_RH,
      "Givrelle – notre proposition revue",
      """
Bonjour Benedikt,

Merci pour notre échange téléphonique de mardi. Je comprends que vous hésitez encore entre
deux propositions. Notre directeur industriel tient beaucoup à votre candidature : nous
pouvons porter la rémunération à 48 500 € bruts annuels et décaler votre prise de poste au
1er novembre 2026 si cela vous arrange.

Notre offre reste valable jusqu'au 25 septembre. N'hésitez pas à m'appeler.

Bien cordialement,
Claire Bontemps
Responsable Ressources Humaines – Givrelle
""",
      company="Givrelle", contact="from", layout="html"),
    m("giv_offer_en", OFFER, "en", "2026-07-17 14:02 +0200",
      ("James Whitcombe", "james.whitcombe@givrelle.example.fr"),
      "Your offer from Givrelle – English summary",
      """
Dear Benedikt,

Claire asked me to send you an English summary of the offer we made for the Food Safety &
Quality Manager role in Mulhouse, as our group contracts are also issued in English for
international hires.

- Permanent contract, management status, start 1 October 2026
- EUR 46,000 gross per year, paid over 13 months
- Relocation support: two months of temporary housing and French lessons

The French promesse d'embauche is the binding document. Do let me know if anything is
unclear.

Best regards,
James Whitcombe
Group Talent Partner, Givrelle
""",
      company="Givrelle", contact="from", cc=[GIV_RH]),
    m("giv_offer_de", OFFER, "de", "2026-07-20 10:30 +0200",
      ("Sandrine Muller", "sandrine.muller@givrelle.example.fr"),
      "Ihr Angebot von Givrelle – Zusammenfassung auf Deutsch",
      """
Guten Tag Herr Schwarzenbacher,

ich bin Elsässerin und betreue bei Givrelle die deutschsprachigen Mitarbeitenden. Damit
Sie unser Angebot in Ruhe prüfen können, hier das Wichtigste auf Deutsch:

Wir bieten Ihnen die unbefristete Stelle als Leiter Qualität und Lebensmittelsicherheit in
Mulhouse an, Beginn 1. Oktober 2026, 46.000 € brutto im Jahr (13 Gehälter). Wir helfen
Ihnen bei Wohnungssuche und Anmeldung in Frankreich.

Bei Fragen rufen Sie mich gern an: +33 3 89 31 62 14.

Freundliche Grüße
Sandrine Muller
Personalreferentin, Givrelle
""",
      company="Givrelle", contact="from", charset="windows-1252", cte="8bit"),
]
