"""Acknowledgements of applications (21) and offers (10) from a dairy and a lab or two."""

from __future__ import annotations

ALPENMILCH = ("Verena Kofler", "v.kofler@alpenmilch-tirol.example.at")
KESSLER = ("Sabine Aigner", "s.aigner@kessler-analytik.example.at")
LQ = ("Giulia Pircher", "g.pircher@labquality-alpine.example.it")
ARAVIS = ("Claire Dufour-Bouvier", "c.dufour-bouvier@laiterie-aravis.example.fr")

MESSAGES: list[dict] = [
    # ================================================================ acknowledgements, German
    {
        "id": "am_ack", "kind": "application_received", "lang": "de", "company": "Alpenmilch Tirol",
        "contact": "", "date": "2026-01-13 08:02 +0100",
        "frm": ("Alpenmilch Tirol", "noreply@personio.de"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung – Mitarbeiter Qualitätssicherung (m/w/d)",
        "html": True, "brand": "Alpenmilch Tirol", "colour": "#3f7fbf",
        "footer": "Diese E-Mail wurde automatisch über Personio versendet. Antworten an diese "
                  "Adresse werden nicht gelesen.",
        "text": """\
Guten Tag Herr Oberholzer,

vielen Dank für Ihre Bewerbung als Mitarbeiter Qualitätssicherung (m/w/d)
und Ihr Interesse an Alpenmilch Tirol.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen diese
sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.

Freundliche Grüße
Ihr Personalteam von Alpenmilch Tirol
""",
    },
    {
        "id": "ak_ack", "kind": "application_received", "lang": "de", "company": "Alpenkost Handel",
        "contact": "", "date": "2026-01-22 19:44 +0000",
        "frm": ("Alpenkost Handel Karriere", "alpenkost@taleo.net"),
        "subject": "Bewerbung erhalten – Qualitätsmanager/in Lebensmittel (Req. 26-0114)",
        "text": """\
Guten Tag Matthias Oberholzer,

wir bestätigen den Eingang Ihrer Bewerbung für die Stelle
Qualitätsmanager/in Lebensmittel (Req. 26-0114).

Den aktuellen Status Ihrer Bewerbung können Sie jederzeit in Ihrem
Kandidatenprofil einsehen:
https://alpenkost.taleo.net/careersection/2/mysubmissions.ftl

Bitte antworten Sie nicht auf diese E-Mail.

Ihr Recruiting-Team von Alpenkost
""",
    },
    {
        "id": "gr_ack", "kind": "application_received", "lang": "de",
        "company": "Gruber Fleischwaren",
        "contact": "", "date": "2026-02-09 06:30 +0000",
        "frm": ("Gruber Fleischwaren Recruiting", "no-reply@successfactors.eu"),
        "subject": "Wir haben Ihre Bewerbung erhalten",
        "html": True, "brand": "Gruber Fleischwaren – Karriere", "colour": "#8b1a1a",
        "text": """\
Sehr geehrter Herr Oberholzer,

herzlichen Dank für Ihre Bewerbung als QS-Leitung Schlachtung und
Zerlegung (Job-ID 4471) an unserem Standort München.

Ihre Bewerbung wird nun von unserer Personalabteilung und dem Fachbereich
geprüft. Bitte haben Sie Verständnis, dass dies einige Zeit in Anspruch
nehmen kann.

Mit freundlichen Grüßen
Gruber Fleischwaren – Personalabteilung
""",
    },
    {
        "id": "bm_ack", "kind": "application_received", "lang": "de", "company": "Backhaus Mair",
        "contact": "", "date": "2026-03-03 12:10 +0100",
        "frm": ("Backhaus Mair", "no-reply@teamtailor-mail.com"),
        "subject": "Danke für deine Bewerbung bei Backhaus Mair!",
        "html": True, "brand": "Backhaus Mair", "colour": "#d98a1f",
        "text": """\
Hallo Matthias,

danke, dass du dich als Qualitätsbeauftragter (m/w/d) bei uns beworben
hast! Deine Bewerbung ist gut angekommen.

Unser HR-Team schaut sich deine Unterlagen in den nächsten Tagen an.
Du hörst auf jeden Fall von uns.

Herzliche Grüße aus der Backstube
Dein Backhaus Mair Team
""",
    },
    {
        "id": "vm_ack", "kind": "application_received", "lang": "en", "company": "Veromart Europe",
        "contact": "", "date": "2026-03-10 08:17 +0000",
        "frm": ("Veromart Europe", "veromart@myworkday.com"),
        "subject": "Thank you for applying to Veromart Europe",
        "html": True, "brand": "Veromart Careers", "colour": "#1d4f91",
        "text": """\
Dear Matthias,

Thank you for applying for the Quality Assurance Specialist - Fresh Food
position (JR-40312).

We have received your application and our recruiting team will review it
shortly. Due to the high number of applications we receive, we are unable
to respond to each applicant individually. If your profile matches our
requirements, a member of our team will contact you.

You can check the status of your application at any time in your
candidate home.

Kind regards,
Veromart Europe Talent Acquisition
""",
    },
    {
        "id": "ic_ack", "kind": "application_received", "lang": "de",
        "company": "Isar Catering Gruppe",
        "contact": "", "date": "2026-04-02 01:12 -0700",
        "frm": ("Isar Catering Gruppe", "isarcatering@myworkday.com"),
        "subject": "Ihre Bewerbung ist bei uns eingegangen",
        "html_only": True, "brand": "Isar Catering Gruppe", "colour": "#003b6f",
        "footer": "Isar Catering Gruppe GmbH · Ridlerstraße 55 · 80339 München",
        "text": """\
Hallo Matthias,

vielen Dank für Ihre Bewerbung als Qualitätsmanager Hygiene (m/w/d).

Wir haben Ihre Unterlagen erhalten. Aufgrund der Vielzahl an Bewerbungen
ist es uns leider nicht möglich, jede Bewerbung einzeln zu beantworten.
Sollte Ihr Profil zu unseren Anforderungen passen, melden wir uns
innerhalb von vier Wochen bei Ihnen.

Beste Grüße
Talent Acquisition | Isar Catering Gruppe
""",
    },
    {
        "id": "sf_ack", "kind": "application_received", "lang": "en", "company": "Spicefield",
        "contact": "", "date": "2026-04-07 13:55 +0200",
        "frm": ("Spicefield Recruiting", "no-reply@greenhouse-mail.io"),
        "subject": "Thanks for applying to Spicefield!",
        "html": True,
        "text": """\
Hi Matthias,

Thanks for applying for the Quality Assurance Lead role at Spicefield. We
wanted to let you know we've received your application.

Our team reviews every application carefully. If your experience is a
match, someone from our Talent team will be in touch about next steps.

Thanks,
The Spicefield Talent Team
""",
    },
    {
        "id": "bl_ack", "kind": "application_received", "lang": "es", "company": "Biolab Levante",
        "contact": "", "date": "2026-04-08 09:03 +0200",
        "frm": ("Biolab Levante", "no-reply@bamboohr.com"),
        "subject": "Hemos recibido tu candidatura",
        "html": True, "brand": "Biolab Levante", "colour": "#006d77",
        "text": """\
Hola Matthias:

Gracias por enviarnos tu candidatura para el puesto de Técnico/a de
laboratorio agroalimentario. La hemos recibido correctamente.

Nuestro equipo de Recursos Humanos la revisará en los próximos días. Si
tu perfil encaja, nos pondremos en contacto contigo.

Saludos cordiales,
Biolab Levante
""",
    },
    {
        "id": "bg_ack", "kind": "application_received", "lang": "en",
        "company": "Brenner Meat Group",
        "contact": "", "date": "2026-04-09 15:31 -0400",
        "frm": ("Brenner Meat Group Recruiting", "brennermeat-noreply@icims.com"),
        "subject": "Application Received: Food Safety Coordinator (Req 7731)",
        "cte": "7bit",
        "text": """\
Dear Matthias Oberholzer,

Thank you for your interest in Brenner Meat Group. This email confirms
that we have received your application for Food Safety Coordinator
(Req 7731), Rosenheim, Germany.

What happens next? Our recruiting team reviews applications on a rolling
basis. Only candidates selected for an interview will be contacted.

Regards,
Talent Acquisition Team
Brenner Meat Group
""",
    },
    {
        "id": "go_ack", "kind": "application_received", "lang": "de",
        "company": "Gewürzhaus Ostschweiz", "contact": "reto.ammann@gewuerzhaus-ost.example.ch",
        "date": "2026-05-05 09:20 +0200",
        "frm": ("Reto Ammann", "reto.ammann@gewuerzhaus-ost.example.ch"),
        "subject": "AW: Bewerbung Qualitätssicherung – Matthias Oberholzer",
        "parent": "go_own_apply", "quote": "de", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """\
Grüezi Herr Oberholzer

Besten Dank für Ihre Bewerbung, die wir gerne erhalten haben. Wir sichten
die Unterlagen bis Mitte Mai und melden uns dann bei Ihnen.

Freundliche Grüsse
Reto Ammann
Leiter Personal
Gewürzhaus Ostschweiz AG
""",
    },
    {
        "id": "fm_ack", "kind": "application_received", "lang": "de", "company": "Frischmarkt",
        "contact": "", "date": "2026-05-06 18:00 +0000",
        "frm": ("Frischmarkt Karriere", "no-reply@smartrecruiters.com"),
        "subject": "Vielen Dank für Ihre Bewerbung bei Frischmarkt",
        "html": True, "brand": "Frischmarkt", "colour": "#5a9e1b",
        "text": """\
Hallo Matthias Oberholzer,

vielen Dank für Ihre Bewerbung als Referent Qualitätssicherung Obst &
Gemüse in München. Wir haben Ihre Unterlagen erhalten und werden sie
prüfen.

Den Stand Ihrer Bewerbung sehen Sie jederzeit in Ihrem Bewerberkonto.

Freundliche Grüße
Ihr Frischmarkt Recruiting Team
""",
    },
    {
        "id": "bmb_ack", "kind": "application_received", "lang": "fr",
        "company": "Boulangeries Mont-Blanc", "contact": "rh@boulangeries-montblanc.example.fr",
        "date": "2026-05-25 09:41 +0200",
        "frm": ("Service RH Boulangeries Mont-Blanc", "rh@boulangeries-montblanc.example.fr"),
        "subject": "Accusé de réception de votre candidature",
        "subj_enc": ("q", "iso-8859-1"),
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": """\
Bonjour Monsieur Oberholzer,

Nous accusons bonne réception de votre candidature au poste de
responsable qualité hygiène et vous en remercions.

Votre dossier est en cours d'étude. Nous vous contacterons si votre
profil correspond à nos attentes.

Cordialement,
Émilie Duret
Ressources humaines – Boulangeries Mont-Blanc
""",
    },
    {
        "id": "ka_ack", "kind": "application_received", "lang": "de", "company": "Kessler Analytik",
        "contact": "", "date": "2026-06-03 14:22 +0200",
        "frm": ("Kessler Analytik", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung bei Kessler Analytik",
        "html": True, "brand": "Kessler Analytik", "colour": "#234d6e",
        "text": """\
Sehr geehrter Herr Oberholzer,

vielen Dank für Ihre Bewerbung als Junior Auditor Lebensmittelsicherheit
(m/w/d) in Linz. Hiermit bestätigen wir Ihnen den Eingang Ihrer
Unterlagen.

Wir melden uns so bald wie möglich mit einer Rückmeldung.

Freundliche Grüße
Ihr Kessler Analytik Recruiting-Team

Diese Nachricht wurde automatisch über softgarden versendet.
""",
    },
    {
        "id": "la_ack", "kind": "application_received", "lang": "fr",
        "company": "Laiterie des Aravis",
        "contact": "c.dufour-bouvier@laiterie-aravis.example.fr",
        "date": "2026-06-04 08:33 +0200", "frm": ARAVIS,
        "subject": "RE: Candidature – Technicien qualité – Matthias Oberholzer",
        "parent": "la_own_apply", "quote": "fr", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": """\
Bonjour Monsieur Oberholzer,

Je vous remercie pour votre candidature, bien reçue, ainsi que pour votre
CV. Je la transmets au responsable qualité et reviens vers vous d'ici deux
semaines.

Bien cordialement,
Claire Dufour-Bouvier
Chargée de recrutement – Laiterie des Aravis
""",
    },
    {
        "id": "pd_ack", "kind": "application_received", "lang": "de", "company": "Prüflabor Donau",
        "contact": "b.hofstaetter@prueflabor-donau.example.at",
        "date": "2026-06-09 12:48 +0200",
        "frm": ("Birgit Hofstätter", "b.hofstaetter@prueflabor-donau.example.at"),
        "name_enc": ("b", "utf-8"),
        "subject": "Bewerbung Prüftechniker/in – Eingangsbestätigung",
        "text": """\
Sehr geehrter Herr Oberholzer,

danke für Ihre Bewerbung, die heute bei uns eingelangt ist. Ich habe sie
an unsere Laborleitung weitergegeben und melde mich, sobald wir die
Unterlagen gesichtet haben.

Mit freundlichen Grüßen
Mag. Birgit Hofstätter
Personal & Organisation
Prüflabor Donau GmbH
""",
    },
    {
        "id": "tl_ack", "kind": "application_received", "lang": "fr",
        "company": "Traiteur Lac & Montagne", "contact": "", "date": "2026-06-10 07:55 +0000",
        "frm": ("Traiteur Lac & Montagne", "no-reply@recruitee.com"),
        "subject": "Nous avons bien reçu votre candidature",
        "html": True, "brand": "Traiteur Lac & Montagne", "colour": "#7a4b2a",
        "text": """\
Bonjour Matthias,

Merci pour votre candidature au poste d'Animateur qualité / HACCP. Elle a
bien été transmise à notre équipe.

En raison du nombre important de candidatures, nous ne pourrons pas
répondre individuellement à chacune d'entre elles. Si votre profil est
retenu pour la suite, nous vous contacterons sous trois semaines.

L'équipe recrutement
""",
    },
    {
        "id": "pt_ack", "kind": "application_received", "lang": "es", "company": "Panaderías Turia",
        "contact": "", "date": "2026-06-25 10:30 +0000",
        "frm": ("Panaderías Turia", "noreply@workablemail.com"),
        "name_enc": ("q", "utf-8"),
        "subject": "Gracias por tu candidatura – Panaderías Turia",
        "html_only": True, "brand": "Panaderías Turia", "colour": "#c0792c",
        "text": """\
Hola Matthias:

Gracias por presentar tu candidatura para el puesto de Técnico/a de
Calidad y Seguridad Alimentaria. Hemos recibido tu solicitud y la
revisaremos con atención.

Te informaremos de cualquier novedad.

Un saludo,
El equipo de Personas de Panaderías Turia
""",
    },
    {
        "id": "lq_ack", "kind": "application_received", "lang": "en",
        "company": "LabQuality Alpine",
        "contact": "", "date": "2026-07-01 06:45 +0000",
        "frm": ("LabQuality Alpine", "no-reply@ashbyhq.com"),
        "subject": "Application received: Food Safety Auditor (German/English)",
        "html": True, "brand": "LabQuality Alpine", "colour": "#24527a",
        "text": """\
Hi Matthias,

Thanks for applying for the Food Safety Auditor (German/English) role at
LabQuality Alpine. Your application has been received and is now with
our hiring team in Bolzano.

We aim to get back to every candidate within 10 working days.

Best wishes,
LabQuality Alpine Talent Team
""",
    },
    {
        "id": "gm_ack", "kind": "application_received", "lang": "de", "company": "Gewürzmühle Rapp",
        "contact": "", "date": "2026-07-03 22:10 +0200",
        "frm": ("Gewürzmühle Rapp Karriere", "noreply@gewuerzmuehle-rapp.example.de"),
        "name_enc": ("q", "utf-8"),
        "subject": "Automatische Bestätigung: Ihre Bewerbung ist eingegangen",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """\
Sehr geehrte Bewerberin, sehr geehrter Bewerber,

Ihre Bewerbung für die Stelle "Qualitätsbeauftragte/r (m/w/d)" ist bei uns
eingegangen. Vielen Dank für Ihr Interesse an der Gewürzmühle Rapp.

Wir bitten um etwas Geduld; wir melden uns spätestens in drei Wochen.

Dies ist eine automatisch erzeugte Nachricht.
""",
    },
    {
        "id": "sa_ack", "kind": "application_received", "lang": "es",
        "company": "Supermercados Albufera", "contact": "", "date": "2026-08-20 11:11 +0200",
        "frm": ("Supermercados Albufera Empleo", "no-reply@albufera-super.example.es"),
        "subject": "Confirmación de recepción de candidatura",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """\
Estimado/a candidato/a:

Le confirmamos que hemos recibido su candidatura para la vacante
"Auditor/a de Calidad en tienda" (ref. CAL-0826).

Debido al elevado número de solicitudes, no podemos responder
individualmente a cada una. Si su perfil resulta seleccionado, el
Departamento de Calidad se pondrá en contacto con usted.

Supermercados Albufera
Este correo se ha generado automáticamente; por favor, no responda.
""",
    },
    {
        "id": "sc_ack", "kind": "application_received", "lang": "fr",
        "company": "Salaisons du Chéran",
        "contact": "", "date": "2026-09-10 10:00 +0200",
        "frm": ("Salaisons du Chéran", "ne-pas-repondre@salaisons-cheran.example.fr"),
        "name_enc": ("b", "utf-8"),
        "subject": "Votre candidature a bien été enregistrée",
        "text": """\
Madame, Monsieur,

Nous vous confirmons l'enregistrement de votre candidature au poste de
technicien qualité salaison (site d'Alby-sur-Chéran).

Votre dossier sera étudié avec attention. Ce message est envoyé
automatiquement, merci de ne pas y répondre.

La Direction des ressources humaines
Salaisons du Chéran
""",
    },
    # ================================================================ offers
    {
        "id": "am_offer_verbal", "kind": "offer", "lang": "de", "company": "Alpenmilch Tirol",
        "contact": "v.kofler@alpenmilch-tirol.example.at",
        "date": "2026-03-02 16:40 +0100", "frm": ALPENMILCH,
        "subject": "Unser Telefonat von heute – Angebot",
        "text": """\
Lieber Herr Oberholzer,

wie heute Nachmittag am Telefon besprochen, freuen wir uns sehr, Ihnen
die Stelle als Mitarbeiter Qualitätssicherung in unserer Molkerei
anbieten zu dürfen. Der Schnuppertag hat alle überzeugt.

Eckdaten, wie besprochen:
- Eintritt 1. Mai 2026, Vollzeit 38,5 Stunden
- Einstufung nach KV Molkereien, Verwendungsgruppe 4
- Bruttomonatsgehalt EUR 3.150,- (14 x)

Das schriftliche Angebot schicke ich Ihnen in den nächsten Tagen.

Liebe Grüße
Verena Kofler
Personalreferentin · Alpenmilch Tirol
""",
    },
    {
        "id": "am_offer_written", "kind": "offer", "lang": "de", "company": "Alpenmilch Tirol",
        "contact": "v.kofler@alpenmilch-tirol.example.at",
        "date": "2026-03-06 11:05 +0100", "frm": ALPENMILCH,
        "subject": "AW: Unser Telefonat von heute – Angebot",
        "parent": "am_offer_verbal", "quote": "de", "cte": "quoted-printable",
        "pdfs": [("Angebot_Oberholzer_Alpenmilch.pdf", "Alpenmilch Tirol - Stellenangebot",
                  ["Herrn Matthias Oberholzer, Innsbruck", "",
                   "Position: Mitarbeiter Qualitaetssicherung", "Eintritt: 1. Mai 2026",
                   "Gehalt: EUR 3.150,- brutto monatlich (14 x)",
                   "Gueltig bis: 20. Maerz 2026"])],
        "text": """\
Lieber Herr Oberholzer,

anbei wie versprochen unser schriftliches Angebot. Wenn alles für Sie
passt, senden Sie es bitte unterschrieben bis 20. März zurück, dann
bereiten wir den Dienstvertrag vor.

Für Fragen bin ich jederzeit da.

Liebe Grüße
Verena Kofler
""",
    },
    {
        "id": "am_offer_revised", "kind": "offer", "lang": "de", "company": "Alpenmilch Tirol",
        "contact": "v.kofler@alpenmilch-tirol.example.at",
        "date": "2026-03-11 09:27 +0100", "frm": ALPENMILCH,
        "subject": "AW: AW: Unser Telefonat von heute – Angebot",
        "parent": "am_own_negotiate", "quote": "de", "cte": "quoted-printable",
        "pdfs": [("Angebot_Oberholzer_Alpenmilch_v2.pdf",
                  "Alpenmilch Tirol - Stellenangebot (ueberarbeitet)",
                  ["Herrn Matthias Oberholzer, Innsbruck", "",
                   "Position: Mitarbeiter Qualitaetssicherung", "Eintritt: 1. Juni 2026",
                   "Gehalt: EUR 3.300,- brutto monatlich (14 x)",
                   "Zuschuss HACCP-Auditorkurs: EUR 1.200,-"])],
        "text": """\
Lieber Herr Oberholzer,

wir sind Ihnen gerne entgegengekommen: Im überarbeiteten Angebot finden
Sie ein Gehalt von EUR 3.300,- brutto, den Eintritt zum 1. Juni und die
Übernahme der Kosten für den HACCP-Auditorkurs.

Wir würden uns sehr freuen, wenn Sie zusagen.

Liebe Grüße
Verena Kofler
""",
    },
    {
        "id": "bl_offer", "kind": "offer", "lang": "es", "company": "Biolab Levante",
        "contact": "nuria.climent@biolab-levante.example.es",
        "date": "2026-05-05 13:33 +0200",
        "frm": ("Nuria Climent", "nuria.climent@biolab-levante.example.es"),
        "subject": "Oferta de empleo – Técnico/a de laboratorio agroalimentario",
        "subj_enc": ("b", "windows-1252"),
        "charset": "iso-8859-1", "cte": "8bit",
        "text": """\
Hola Matthias:

¡Enhorabuena! Tras las entrevistas, la Dra. Vidal y todo el equipo
estamos encantados de ofrecerte el puesto de técnico/a de laboratorio
agroalimentario en Biolab Levante.

Condiciones:
- Contrato indefinido, jornada completa, incorporación el 1 de junio
- Salario bruto anual: 27.500 euros en 14 pagas
- Periodo de prueba de seis meses

Te agradecería una respuesta antes del 12 de mayo. Si tienes cualquier
duda sobre la oferta, llámame.

Un saludo,
Nuria Climent
Recursos Humanos · Biolab Levante
""",
    },
    {
        "id": "la_offer", "kind": "offer", "lang": "fr", "company": "Laiterie des Aravis",
        "contact": "c.dufour-bouvier@laiterie-aravis.example.fr",
        "date": "2026-07-08 17:20 +0200", "frm": ARAVIS,
        "subject": "Proposition d'embauche – Technicien qualité",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """\
Bonjour Matthias,

Suite à votre visite du 2 juillet, j'ai le plaisir de vous confirmer ce
que M. Mermillod vous a annoncé par téléphone : nous souhaitons vous
proposer le poste de technicien qualité au Grand-Bornand.

CDI, statut agent de maîtrise, 2 450 euros bruts mensuels sur 13 mois,
prise de poste le 1er septembre 2026.

La promesse d'embauche écrite suivra dans les prochains jours.

Bien cordialement,
Claire Dufour-Bouvier
Laiterie des Aravis
""",
    },
    {
        "id": "la_offer_pdf", "kind": "offer", "lang": "fr", "company": "Laiterie des Aravis",
        "contact": "c.dufour-bouvier@laiterie-aravis.example.fr",
        "date": "2026-07-10 10:12 +0200", "frm": ARAVIS,
        "subject": "Promesse d'embauche – M. Oberholzer",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "parent": "la_offer", "quote": "fr",
        "pdfs": [("Promesse_embauche_Oberholzer.pdf", "Laiterie des Aravis - Promesse d'embauche",
                  ["M. Matthias Oberholzer", "Poste : Technicien qualite (CDI)",
                   "Remuneration : 2 450 EUR bruts mensuels sur 13 mois",
                   "Date d'entree : 1er septembre 2026",
                   "Reponse souhaitee avant le 17 juillet 2026"])],
        "text": """\
Bonjour Matthias,

Vous trouverez ci-joint votre promesse d'embauche. Merci de nous la
retourner datée et signée avant le 17 juillet si vous l'acceptez.

Bien cordialement,
Claire Dufour-Bouvier
""",
    },
    {
        "id": "lq_offer", "kind": "offer", "lang": "en", "company": "LabQuality Alpine",
        "contact": "g.pircher@labquality-alpine.example.it",
        "date": "2026-08-19 14:02 +0200", "frm": LQ,
        "subject": "Offer of employment - Food Safety Auditor",
        "html": True,
        "pdfs": [("LabQuality_Offer_Oberholzer.pdf", "LabQuality Alpine - Offer Letter",
                  ["Dear Matthias Oberholzer,",
                   "we are pleased to offer you the position of Food Safety Auditor.",
                   "Start date: 1 October 2026", "Gross annual salary: EUR 38,000",
                   "Contract: CCNL Commercio, permanent, full time",
                   "Please sign and return by 28 August 2026."])],
        "text": """\
Dear Matthias,

Following your interview with our lab director, I'm delighted to offer
you the position of Food Safety Auditor (German/English) at LabQuality
Alpine in Bolzano.

Please find your offer letter attached. The key terms are a permanent
full-time contract, a gross annual salary of EUR 38,000 and a start date
of 1 October 2026.

If you are happy with the offer, please sign and return it by 28 August.

Kind regards,
Giulia Pircher
HR Manager
LabQuality Alpine S.r.l. | Via Galvani 30 | 39100 Bolzano
""",
    },
    {
        "id": "lq_offer2", "kind": "offer", "lang": "en", "company": "LabQuality Alpine",
        "contact": "g.pircher@labquality-alpine.example.it",
        "date": "2026-08-26 11:48 +0200", "frm": LQ,
        "subject": "Re: Offer of employment - Food Safety Auditor",
        "parent": "lq_own_negotiate", "quote": "en",
        "text": """\
Dear Matthias,

Thank you for your candid reply. We've spoken with our managing
director and can improve the offer to EUR 40,500 gross per year, plus a
relocation allowance of EUR 2,000 for your move to Bolzano. All other
terms remain as in the offer letter.

I hope this helps you decide. Could you let us know by 2 September?

Kind regards,
Giulia
""",
    },
    {
        "id": "ka_offer", "kind": "offer", "lang": "de", "company": "Kessler Analytik",
        "contact": "s.aigner@kessler-analytik.example.at",
        "date": "2026-09-02 10:30 +0200", "frm": KESSLER,
        "subject": "Ihr Angebot – Junior Auditor Lebensmittelsicherheit",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "pdfs": [("Angebot_Kessler_Oberholzer.pdf", "Kessler Analytik - Angebot",
                  ["Herrn Matthias Oberholzer", "Funktion: Junior Auditor Lebensmittelsicherheit",
                   "Dienstort: Linz", "Beginn: 2. November 2026",
                   "Gehalt: EUR 3.450,- brutto (14 x), Firmen-Jahreskarte OOe"])],
        "text": """\
Sehr geehrter Herr Oberholzer,

ich freue mich sehr, Ihnen im Namen der Geschäftsführung die Stelle als
Junior Auditor Lebensmittelsicherheit in Linz anbieten zu können. Die
Gespräche mit Frau Dr. Fasching und dem Auditteam haben uns überzeugt.

Die Konditionen entnehmen Sie bitte dem beiliegenden Angebot. Geben Sie
uns bitte bis 9. September Bescheid, ob Sie annehmen.

Freundliche Grüße
Dr. Sabine Aigner
Leitung Personal · Kessler Analytik GmbH
Wiener Straße 131 · 4020 Linz · +43 732 90 41 0

Kessler Analytik GmbH, FN 388412 p, Landesgericht Linz. Diese Nachricht
ist vertraulich und nur für den angegebenen Empfänger bestimmt.
""",
    },
    {
        "id": "ka_contract", "kind": "offer", "lang": "de", "company": "Kessler Analytik",
        "contact": "s.aigner@kessler-analytik.example.at",
        "date": "2026-09-11 08:54 +0200", "frm": KESSLER,
        "subject": "AW: Zusage – Dienstvertrag zur Unterschrift",
        "parent": "ka_own_accept", "quote": "de", "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "pdfs": [("Dienstvertrag_Oberholzer.pdf", "Dienstvertrag Kessler Analytik",
                  ["zwischen Kessler Analytik GmbH und Herrn Matthias Oberholzer",
                   "Beginn des Dienstverhaeltnisses: 2. November 2026",
                   "Probezeit: 1 Monat", "Bitte beide Exemplare unterschreiben."])],
        "text": """\
Sehr geehrter Herr Oberholzer,

wir freuen uns sehr über Ihre Zusage! Anbei erhalten Sie Ihren
Dienstvertrag. Bitte unterschreiben Sie beide Exemplare und senden Sie
eines per Post an uns zurück, gerne auch vorab als Scan.

Herzlich willkommen im Team!

Dr. Sabine Aigner
Leitung Personal · Kessler Analytik GmbH
""",
    },
]
