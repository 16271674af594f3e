# ruff: noqa  (hand-written message data: dict(...) specs and long text lines are intended)
"""Corpus 287, application acknowledgements (21) and offers (10)."""

from __future__ import annotations

from msgs287_common import ats_card, button, paras, simple_html

ACK = "application_received"
OFFER = "offer"

MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================ received: German (11)

add(dict(
    kind=ACK, slug="ostwind_successfactors_eingang", lang="de", id="ostwind_ack",
    company="Ostwind Bahn", contact="",
    sender=("Ostwind Bahn Karriere", "noreply@successfactors.eu"),
    subject="Eingangsbestätigung: Teamleiter/in Kundencenter Ostschweiz (Req 8812)",
    date="2026-02-03 21:14", tz="+0000", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Guten Tag Herr Baumgartner-Osei

Vielen Dank für Ihre Online-Bewerbung als Teamleiter/in Kundencenter Ostschweiz (Req 8812). Ihre Unterlagen sind vollständig bei uns eingetroffen.

Wir prüfen alle Bewerbungen sorgfältig und melden uns innert drei Wochen bei Ihnen. Den Status Ihrer Bewerbung können Sie jederzeit im Kandidatenportal einsehen.

Freundliche Grüsse
Ostwind Bahn AG
Human Resources

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.
""",
    wrap=lambda body: ats_card("Ostwind Bahn – Karriere", "#d52b1e", body + button(
        "https://career5.successfactors.eu/career?company=ostwindbahn", "Zum Kandidatenportal", "#d52b1e"),
        "Ostwind Bahn AG · Bahnhofplatz 2 · 9001 St. Gallen"),
))

add(dict(
    kind=ACK, slug="limmat_workday_submitted", lang="de", id="limmat_ack",
    company="Limmat Telecom", contact="",
    sender=("Limmat Telecom", "limmattel@myworkday.com"),
    subject="Wir haben Ihre Bewerbung erhalten – R-10482",
    date="2026-04-02 19:40", tz="+0000", cte="8bit",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Guten Tag Reto

Danke, dass Sie sich für die Stelle Teamleiter/in Kundenservice (R-10482) bei Limmat Telecom beworben haben.

Ihre Bewerbung wurde erfolgreich übermittelt und wird nun von unserem Talent-Acquisition-Team geprüft. Wenn Ihr Profil zu den Anforderungen passt, nehmen wir Kontakt mit Ihnen auf.

Sie können den Status jederzeit unter "Meine Bewerbungen" in Ihrem Kandidatenkonto verfolgen:
https://limmattel.wd3.myworkday.com/limmattel/d/userHome.htmld

Freundliche Grüsse
Talent Acquisition Limmat Telecom
""",
))

add(dict(
    kind=ACK, slug="brueckner_registration_confirmed", lang="de", id="brueckner_ack",
    company="Brückner Personal", contact="jasmin.oertli@brueckner-personal.example.ch",
    sender=("Jasmin Oertli", "jasmin.oertli@brueckner-personal.example.ch"),
    subject="Ihre Registrierung bei Brückner Personal",
    date="2026-01-20 14:22", cte="qp",
    text="""Guten Tag Herr Baumgartner-Osei

Herzlichen Dank für das angenehme Telefonat und Ihre Unterlagen. Hiermit bestätige ich Ihnen, dass Sie bei uns als Kandidat registriert sind.

Ihr Suchprofil habe ich wie folgt erfasst:
- Funktion: Teamleitung Kundendienst / Kundenservice
- Branchen: Versicherungen, Energie, öffentlicher Verkehr
- Region: Ostschweiz und Rheintal, Pensum 80–100 %

Ihr Dossier wird nur mit Ihrer ausdrücklichen Zustimmung an einen Kunden weitergegeben. Sobald ich ein passendes Mandat habe, melde ich mich.

Beste Grüsse
Jasmin Oertli
Senior Consultant Versicherungen & Finanzen

Brückner Personal AG
Vadianstrasse 25, 9000 St. Gallen
+41 71 511 62 90 | www.brueckner-personal.example.ch

Diese E-Mail enthält vertrauliche Informationen und ist ausschliesslich für den Adressaten bestimmt.
""",
))

add(dict(
    kind=ACK, slug="thurtal_softgarden_no_individual_reply", lang="de", id="thurtal_ack",
    company="Thurtal Energie", contact="",
    sender=("Thurtal Energie AG", "noreply@softgarden.io"),
    subject="Vielen Dank für Ihre Bewerbung",
    date="2026-01-13 22:05", tz="+0000", cte="b64",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Sehr geehrter Herr Baumgartner-Osei

Vielen Dank für Ihre Bewerbung als Teamleiter/in Kundendialog (80-100 %). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir sichten alle Bewerbungen nach Ablauf der Eingabefrist am 31. Januar. Leider können wir aufgrund der Vielzahl an Zuschriften nicht jeder Bewerberin und jedem Bewerber individuell antworten, bevor die Vorauswahl abgeschlossen ist. Sie hören in jedem Fall bis Mitte Februar von uns.

Freundliche Grüsse
Thurtal Energie AG, Personalabteilung
""",
    wrap=lambda body: ats_card("Thurtal Energie", "#ef6c00", body,
                               "Diese Nachricht wurde über softgarden versendet."),
))

add(dict(
    kind=ACK, slug="zueriberg_personio_du", lang="de", id="zueriberg_ack",
    company="Züriberg Assekuranz", contact="",
    sender=("Züriberg Assekuranz", "no-reply@personio.de"),
    subject="Danke für deine Bewerbung, Reto!",
    date="2026-01-08 18:31", cte="qp",
    text="""Hallo Reto

Schön, dass du dich für die Stelle als Teamlead Customer Care beworben hast! Deine Unterlagen sind bei uns angekommen.

Unser People-Team schaut sich jede Bewerbung persönlich an. Das dauert in der Regel zwei bis drei Wochen – wir melden uns so oder so bei dir.

Bis bald
Dein Team von Züriberg Assekuranz
""",
    wrap=lambda body: ats_card("Züriberg Assekuranz", "#00796b", body,
                               "Gesendet mit Personio · Bitte antworte nicht auf diese E-Mail."),
))

add(dict(
    kind=ACK, slug="seelinie_eingang_latin1", lang="de", id="seelinie_ack",
    company="Seelinie Konstanz", contact="",
    sender=("Seelinie Konstanz - Personal", "no-reply@seelinie-kn.example.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung (Kennziffer FG-07)",
    date="2026-03-03 08:02", charset="iso-8859-1", cte="qp",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Sehr geehrter Herr Baumgartner-Osei,

vielen Dank für Ihre Bewerbung auf die Stelle "Teamleitung Fahrgastservice" (Kennziffer FG-07). Ihre Unterlagen sind heute bei uns eingegangen.

Wir werden Ihre Bewerbung prüfen und uns in den nächsten Wochen mit Ihnen in Verbindung setzen. Bitte sehen Sie bis dahin von Rückfragen ab.

Mit freundlichen Grüssen
Seelinie Konstanz GmbH
Personalabteilung
Hafenstrasse 6, 78462 Konstanz

Dies ist eine automatisch erzeugte Nachricht.
""",
))

add(dict(
    kind=ACK, slug="prater_successfactors_eingelangt", lang="de", id="prater_ack",
    company="Prater Versicherung", contact="",
    sender=("Prater Versicherung Karriere", "noreply@successfactors.eu"),
    subject="Ihre Bewerbung ist bei uns eingelangt",
    date="2026-02-12 20:50", tz="+0000", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Prater Versicherung", "#8e0000", paras("""Sehr geehrter Herr Baumgartner-Osei,

Ihre Bewerbung für die Position Teamleitung Kundenservice (Landesdirektion Wien) ist bei uns eingelangt. Herzlichen Dank für Ihr Interesse!

Unser Recruiting-Team prüft Ihre Unterlagen und wird sich so bald wie möglich bei Ihnen melden.

Mit freundlichen Grüssen
Ihr Recruiting-Team der Prater Versicherung"""),
        "Prater Versicherung AG · Praterstrasse 38 · 1020 Wien · Diese E-Mail wurde automatisch versendet."),
))

add(dict(
    kind=ACK, slug="kanton_amt_eingangsbestaetigung_disclaimer", lang="de", id="amt_ack",
    company="Amt für Bürgerdienste St. Gallen", contact="monika.gaehwiler@buergerdienste.sg.example.ch",
    sender=("Gähwiler Monika BD", "monika.gaehwiler@buergerdienste.sg.example.ch"),
    from_enc=("iso-8859-1", "Q"),
    subject="Eingangsbestätigung – Stelle 2026-114",
    date="2026-09-02 09:12", cte="qp",
    text="""Sehr geehrter Herr Baumgartner-Osei

Wir bestätigen Ihnen den Eingang Ihrer Bewerbung für die Stelle 2026-114 "Teamleitung Schalter und Telefonie".

Die Bewerbungsfrist läuft bis am 10. September. Danach prüfen wir alle Dossiers und informieren Sie voraussichtlich Mitte September über das weitere Vorgehen.

Freundliche Grüsse

Monika Gähwiler
Leiterin Personaldienst
Kanton St. Gallen, Amt für Bürgerdienste
Davidstrasse 35, 9001 St. Gallen
Tel. 058 229 71 40

**********************************************************************
Diese Nachricht ist ausschliesslich für die adressierte Person bestimmt
und kann vertrauliche oder durch das Amtsgeheimnis geschützte
Informationen enthalten. Wenn Sie nicht die richtige adressierte Person
sind, benachrichtigen Sie bitte umgehend den Absender und löschen Sie
diese Nachricht.
**********************************************************************
""",
))

add(dict(
    kind=ACK, slug="toesstal_dossier_registriert", lang="de", id="toesstal_ack",
    company="Tösstal Personal", contact="andrea.bosshard@toesstal-personal.example.ch",
    sender=("Andrea Bosshard", "andrea.bosshard@toesstal-personal.example.ch"),
    subject="Willkommen bei Tösstal Personal: Ihr Dossier ist registriert",
    subject_enc=("iso-8859-1", "B"),
    date="2026-06-15 16:44", cte="qp",
    text="""Guten Tag Herr Baumgartner-Osei

Danke für Ihre Spontanbewerbung über unsere Website. Ihr Dossier ist nun in unserer Kandidatendatenbank registriert, und ich bin Ihre persönliche Ansprechpartnerin.

Ihre Angaben zu Lohnvorstellung, Pensum und Verfügbarkeit habe ich aus dem Online-Formular übernommen. Ihr Dossier geht nie ohne Ihr Einverständnis an einen Kunden; Änderungen an Ihrem Profil teilen Sie mir am einfachsten per Mail mit.

Herzliche Grüsse
Andrea Bosshard
Personalberaterin

Tösstal Personal AG
Stadthausstrasse 71, 8400 Winterthur
052 269 33 10
""",
))

add(dict(
    kind=ACK, slug="gallusbus_teamtailor_received", lang="de", id="gallus_ack",
    company="Gallus Bus", contact="",
    sender=("Gallus Bus", "no-reply@teamtailor-mail.com"),
    subject="Bewerbung erhalten: Teamleiter/in Kundenzentrum",
    date="2026-04-07 07:58", cte="qp",
    text="""Hallo Reto

Herzlichen Dank für deine Bewerbung als Teamleiter/in Kundenzentrum bei Gallus Bus. Wir haben sie gut erhalten.

Wir melden uns innerhalb von zehn Arbeitstagen bei dir. In der Zwischenzeit kannst du dein Profil in unserem Karriereportal ergänzen.

Freundliche Grüsse
Gallus Bus AG
""",
    wrap=lambda body: ats_card("Gallus Bus", "#00838f", body,
                               "Gesendet mit Teamtailor · Meine Daten verwalten"),
))

add(dict(
    kind=ACK, slug="eulach_cv_erhalten_kurz", lang="de", id="eulach_ack",
    company="Eulach Energie", contact="nicole.baumann@eulach-energie.example.ch",
    sender=("Nicole Baumann", "nicole.baumann@eulach-energie.example.ch"),
    subject="AW: Bewerbung Teamleiter Kundenservice",
    date="2026-08-10 10:03", cte="8bit",
    text="""Guten Tag Herr Baumgartner-Osei

Wir haben Ihr CV und das Motivationsschreiben erhalten, besten Dank. Herr Wyss schaut sich die Unterlagen in den nächsten Tagen an.

Freundliche Grüsse
Nicole Baumann
Personaladministration, Eulach Energie AG
""",
))

# ================================================================ received: French (5)

add(dict(
    kind=ACK, slug="leman_rail_teamtailor_bien_recu", lang="fr", id="leman_ack",
    company="Léman Rail", contact="",
    sender=("Léman Rail", "no-reply@teamtailor-mail.com"),
    from_enc=("utf-8", "B"),
    subject="Nous avons bien reçu votre candidature",
    date="2026-01-12 19:22", cte="qp",
    text="""Bonjour Reto,

Merci d'avoir postulé au poste de chef d'équipe Centre clients chez Léman Rail. Votre candidature nous est bien parvenue.

Notre équipe RH l'examinera avec attention et reviendra vers vous d'ici deux semaines.

Belle soirée,
L'équipe Léman Rail
""",
    wrap=lambda body: ats_card("Léman Rail", "#004b87", body,
                               "Envoyé avec Teamtailor · Gérer mes données", lang="fr"),
))

add(dict(
    kind=ACK, slug="romandie_smartrecruiters_accuse", lang="fr", id="romandie_ack",
    company="Romandie Télécom", contact="",
    sender=("Romandie Télécom", "no-reply@smartrecruiters.com"),
    subject="Merci pour votre candidature chez Romandie Télécom",
    subject_enc=("iso-8859-1", "Q"),
    date="2026-04-27 15:07", tz="+0000", cte="qp",
    text="""Bonjour Reto,

Nous vous confirmons la réception de votre candidature pour le poste de Chef·fe d'équipe Service clientèle à Lausanne.

Si votre profil correspond à nos besoins, une personne de notre équipe vous contactera pour la suite.

Cordialement,
L'équipe Talent Acquisition
Romandie Télécom
""",
))

add(dict(
    kind=ACK, slug="riponne_inscription_confirmee", lang="fr", id="riponne_ack",
    parent="riponne_application", quote="gmail",
    company="Placement Riponne", contact="yann.dubois@placement-riponne.example.ch",
    sender=("Yann Dubois", "yann.dubois@placement-riponne.example.ch"),
    subject="Re: Candidature spontanée – chef d'équipe service clients",
    date="2026-08-04 09:26", cte="qp",
    text="""Bonjour Reto (on se tutoie, c'est l'usage chez nous),

Merci pour ton dossier, il est complet. Ton inscription chez Placement Riponne est confirmée et ton profil est désormais visible par nos conseillers en Suisse romande.

Je regarde cette semaine quels mandats dans le service clients pourraient te correspondre et je te rappelle vendredi.

À bientôt,
Yann

Yann Dubois
Conseiller en personnel
Placement Riponne SA · Place de la Riponne 3 · 1005 Lausanne
+41 21 320 77 15
""",
))

add(dict(
    kind=ACK, slug="jorat_bamboohr_pas_de_reponse_individuelle", lang="fr", id="jorat_ack",
    company="Gaz et Lumière du Jorat", contact="",
    sender=("Gaz et Lumière du Jorat", "notifications@bamboohr.com"),
    from_enc=("iso-8859-1", "Q"),
    subject="Confirmation de réception de votre dossier",
    date="2026-05-26 12:00", tz="+0000", cte="b64",
    html=simple_html(paras("""Bonjour Reto,

Nous accusons réception de votre candidature au poste de responsable d'équipe Service clients. Merci pour votre intérêt.

En raison du grand nombre de dossiers, nous ne pouvons malheureusement pas répondre individuellement à chaque candidature. Si votre profil est retenu pour un entretien, nous vous contacterons d'ici la fin du mois de juin.

Gaz et Lumière du Jorat SA
Ressources humaines""") + '\n<p style="color:#888;font-size:11px">Powered by BambooHR</p>', lang="fr"),
))

add(dict(
    kind=ACK, slug="mutuelle_lavaux_accuse_humain", lang="fr", id="lavaux_ack",
    company="Mutuelle Lavaux", contact="celine.bovet@mutuelle-lavaux.example.ch",
    sender=("Céline Bovet", "celine.bovet@mutuelle-lavaux.example.ch"),
    subject="Votre candidature – Responsable d'équipe Relation membres",
    date="2026-03-02 14:35", cte="qp",
    text="""Bonjour Monsieur,

Nous avons bien reçu votre dossier de candidature et vous en remercions.

Le délai de postulation court jusqu'au 9 mars. Mme Sophie Rochat, responsable du recrutement, prendra contact avec vous dans les jours qui suivent si votre profil est retenu pour la suite.

Meilleures salutations,

Céline Bovet
Assistante RH
Mutuelle Lavaux SA
Avenue de la Gare 9 · 1003 Lausanne
""",
))

# ================================================================ received: English (3)

add(dict(
    kind=ACK, slug="alpine_connect_greenhouse_thanks", lang="en", id="alpine_ack",
    company="Alpine Connect", contact="",
    sender=("Alpine Connect", "no-reply@us.greenhouse-mail.io"),
    subject="Thank you for applying to Alpine Connect",
    date="2026-06-08 06:12", tz="-0400", cte="qp",
    text="""Hi Reto,

Thanks for applying for the Customer Care Team Lead (Zurich) position at Alpine Connect. We've received your application and our team is reviewing it.

If your experience is a good fit, someone from our Talent team will reach out to discuss next steps.

Best regards,
Alpine Connect Talent Team

Please do not reply to this email; this mailbox is not monitored.
""",
    wrap=lambda body: simple_html(body + '\n<p style="font-size:11px;color:#999">Powered by Greenhouse</p>', lang="en"),
))

add(dict(
    kind=ACK, slug="northlake_lever_received", lang="en", id="northlake_ack",
    company="Northlake Insurance Services", contact="",
    sender=("Northlake Insurance Services", "no-reply@hire.lever.co"),
    subject="We've received your application",
    date="2026-02-23 11:45", tz="+0000", cte="7bit",
    text="""Hi Reto,

Thank you for your application for Service Desk Team Lead (Zurich). This note is just to confirm that it has reached us.

Our recruiting team reviews every application and will be in touch if there is a match.

The Northlake Talent Team
""",
))

add(dict(
    kind=ACK, slug="meridian_cv_received_registered", lang="en", id="meridian_ack", parent="meridian_cold",
    company="Meridian Search Partners", contact="priya.nandakumar@meridiansearch.example.co.uk",
    sender=("Priya Nandakumar", "priya.nandakumar@meridiansearch.example.co.uk"),
    subject="Re: Customer service leadership roles in Zurich",
    date="2026-04-14 08:30", tz="+0100", cte="qp",
    text="""Hello Reto,

Many thanks - I've received your CV and your notes on availability, and you're now registered with us.

I'll present you to clients only after checking each opportunity with you first. I should have two briefs to discuss with you within the next fortnight: one in rail services, one at a telecoms operator.

Kind regards,
Priya

Priya Nandakumar
Principal Consultant, Transport & Utilities
Meridian Search Partners
30 Finsbury Square, London EC2A 1AG | +44 20 7946 0321
""",
))

# ================================================================ received: Spanish (2)

add(dict(
    kind=ACK, slug="tibidabo_workable_recibida", lang="es", id="tibidabo_ack",
    company="Seguros Tibidabo", contact="",
    sender=("Seguros Tibidabo", "noreply@workablemail.com"),
    subject="Hemos recibido tu candidatura",
    date="2026-05-04 16:20", cte="qp",
    text="""Hola Reto:

Gracias por presentar tu candidatura al puesto de Jefe/a de Equipo de Atención al Cliente en Seguros Tibidabo.

Hemos recibido tu CV correctamente. El equipo de Selección lo revisará en los próximos días y, si tu perfil encaja, nos pondremos en contacto contigo.

Un saludo,
Seguros Tibidabo
""",
    wrap=lambda body: ats_card("Seguros Tibidabo", "#6a1b9a", body,
                               "Enviado a través de Workable", lang="es"),
))

add(dict(
    kind=ACK, slug="diagonal_icims_sin_respuesta_individual", lang="es", id="diagonal_ack",
    company="Telefonía Diagonal", contact="",
    sender=("Telefonía Diagonal", "donotreply@icims.com"),
    from_enc=("iso-8859-1", "Q"),
    subject="Confirmación de tu candidatura", charset="iso-8859-1", cte="qp",
    date="2026-03-10 09:31", tz="+0000",
    text="""Hola Reto:

Te confirmamos que hemos recibido tu candidatura para Jefe/a de equipo de Atención al Cliente (Barcelona).

Recibimos un gran número de solicitudes y, lamentablemente, no podemos responder a cada persona de forma individual. Si tu perfil se ajusta a lo que buscamos, te contactaremos en un plazo de tres semanas.

Gracias por tu interés en Telefonía Diagonal.

Equipo de Selección
""",
))

# ================================================================ offers (10)

add(dict(
    kind=OFFER, slug="saentis_contract_pdf", lang="de", id="saentis_offer", parent="saentis_move",
    company="Säntis Versicherungen", contact="mirjam.frei@saentis-vers.example.ch",
    sender=("Mirjam Frei", "mirjam.frei@saentis-vers.example.ch"),
    subject="Vertragsangebot Teamleiter Kundendienst",
    date="2026-04-14 14:05", cte="qp",
    text="""Guten Tag Herr Baumgartner-Osei

Es freut mich sehr, Ihnen im Namen der Säntis Versicherungen die Stelle als Teamleiter Kundendienst anzubieten.

Die wichtigsten Eckdaten:
– Eintritt: 1. Juli 2026 oder nach Vereinbarung
– Pensum: 100 %
– Jahreslohn: CHF 98'500, 13 Monatslöhne
– 25 Ferientage, Halbtax-Abonnement

Den Arbeitsvertrag in zweifacher Ausführung sowie den Stellenbeschrieb finden Sie im Anhang. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 28. April zurück. Für Fragen bin ich jederzeit für Sie da.

Herr Zünd und das Team freuen sich auf Sie!

Freundliche Grüsse
Mirjam Frei
Talent Acquisition
Säntis Versicherungen AG
Unterstrasse 15, 9001 St. Gallen
+41 71 227 63 41
""",
    pdfs=[
        dict(filename="Arbeitsvertrag_Säntis_Baumgartner-Osei.pdf", lines=[
            "Säntis Versicherungen AG", "Arbeitsvertrag", "",
            "zwischen Säntis Versicherungen AG, Unterstrasse 15, 9001 St. Gallen",
            "und Herrn Reto Baumgartner-Osei, Rosenbergstrasse 41, 9000 St. Gallen",
            "Funktion: Teamleiter Kundendienst", "Eintritt: 1. Juli 2026",
            "Jahreslohn brutto: CHF 98'500 (13 x)", "Ort, Datum / Unterschrift"]),
        dict(filename="Stellenbeschrieb_TL_Kundendienst.pdf", lines=[
            "Stellenbeschrieb Teamleiter Kundendienst", "Führung von 12 Mitarbeitenden",
            "Qualität und Erreichbarkeit der Kundenhotline", "Einsatzplanung und Coaching"]),
    ],
))

add(dict(
    kind=OFFER, slug="donaustrom_verbal_offer_follow_up", lang="de", id="donaustrom_offer", parent="donaustrom_move",
    company="Donaustrom Energie", contact="thomas.gruber@donaustrom.example.at",
    sender=("Thomas Gruber", "thomas.gruber@donaustrom.example.at"),
    subject="Unser Telefonat von heute – Ihr Angebot",
    date="2026-07-31 16:12", cte="qp",
    text="""Sehr geehrter Herr Baumgartner-Osei,

wie heute Vormittag telefonisch besprochen, möchten wir Sie sehr gerne als Teamleiter in unserem Kundenservice-Center in Wien an Bord holen.

Zur Zusammenfassung unseres Gesprächs:
- Beginn: 1. Oktober 2026
- Bruttojahresgehalt: EUR 58.800 (14 Gehälter), Überstundenpauschale inklusive
- Unterstützung bei der Übersiedlung bis EUR 3.000
- Führung eines Teams von 14 Mitarbeitenden

Den schriftlichen Dienstvertrag erhalten Sie in den nächsten Tagen von unserer Personalabteilung. Bis dahin freue ich mich über Ihre Zusage per Mail, sobald Sie mit Ihrer Familie gesprochen haben.

Mit freundlichen Grüssen
Thomas Gruber
Leiter Kundenservice
Donaustrom Energie GmbH
T +43 1 260 44 215
""",
))

add(dict(
    kind=OFFER, slug="fuerstenland_contract_for_signature", lang="de",
    company="Fürstenland Energie", contact="heidi.ammann@fuerstenland-energie.example.ch",
    sender=("Heidi Ammann", "heidi.ammann@fuerstenland-energie.example.ch"),
    subject="Arbeitsvertrag zur Unterschrift", charset="windows-1252", cte="qp",
    date="2026-10-05 11:40",
    text="""Grüezi Herr Baumgartner-Osei

Wie von Herrn Scherrer am Freitag angekündigt, erhalten Sie im Anhang Ihren Arbeitsvertrag als „Teamleiter Kundenservice“ bei der Fürstenland Energie AG.

Bitte prüfen Sie den Vertrag, unterschreiben Sie beide Exemplare und senden Sie eines per Post an uns zurück – gerne auch vorab als Scan an diese Adresse. Der Stellenantritt ist auf den 1. Januar 2027 festgelegt.

Wir freuen uns sehr, dass Sie zu uns kommen!

Freundliche Grüsse
Heidi Ammann
HR-Fachfrau
Fürstenland Energie AG
St. Gallerstrasse 60 · 9200 Gossau SG
Tel. +41 71 388 22 15
""",
    pdfs=[dict(filename="Arbeitsvertrag_Baumgartner-Osei.pdf", lines=[
        "Fürstenland Energie AG", "Einzelarbeitsvertrag", "",
        "Arbeitnehmer: Reto Baumgartner-Osei", "Funktion: Teamleiter Kundenservice",
        "Stellenantritt: 1. Januar 2027", "Jahreslohn: CHF 96'000 brutto", "Unterschrift Arbeitnehmer:"])],
))

add(dict(
    kind=OFFER, slug="toesstal_client_toess_offer", lang="de", parent="toesstal_ack",
    company="Töss Assekuranz", contact="andrea.bosshard@toesstal-personal.example.ch",
    sender=("Andrea Bosshard", "andrea.bosshard@toesstal-personal.example.ch"),
    subject="Gute Nachricht von der Töss Assekuranz!",
    date="2026-09-08 17:25", cte="qp",
    text="""Lieber Herr Baumgartner-Osei

Ich habe soeben mit der Personalchefin der Töss Assekuranz telefoniert: Der Kunde möchte Ihnen ein Angebot für die Teamleitung Kundenservice machen!

Angeboten werden CHF 95'000 brutto (13 Monatslöhne), 100 %, Start per 1. November oder nach Vereinbarung, dazu ein Beitrag an die SVF-Führungsausbildung. Der Vertrag wird Ihnen direkt von der Töss Assekuranz zugestellt.

Rufen Sie mich an, wenn Sie über einzelne Punkte noch verhandeln möchten – ich übernehme das gerne.

Herzliche Gratulation!
Andrea Bosshard
Personalberaterin
Tösstal Personal AG
052 269 33 10
""",
))

add(dict(
    kind=OFFER, slug="montafon_formal_offer_html", lang="de",
    company="Montafon Netz", contact="verena.naegele@montafon-netz.example.at",
    sender=("Verena Nägele", "verena.naegele@montafon-netz.example.at"),
    subject="Angebot: Teamleitung Kundenservice Bregenz", subject_enc=("utf-8", "B"),
    date="2026-08-26 10:10", cte="b64",
    html=simple_html(paras("""Sehr geehrter Herr Baumgartner-Osei,

nach den Gesprächen mit unserer Geschäftsführung freuen wir uns, Ihnen die Position der Teamleitung Kundenservice an unserem Standort Bregenz anzubieten.

Unser Angebot umfasst:
• Eintritt per 1. November 2026
• Bruttojahresgehalt EUR 55.000 (14 Gehälter)
• Gleitzeit mit Kernzeit 9–15 Uhr, zwei Homeoffice-Tage pro Woche
• Jahreskarte für den Verkehrsverbund Vorarlberg

Wir bitten Sie, uns Ihre Entscheidung bis 9. September mitzuteilen. Nach Ihrer Zusage senden wir Ihnen den Dienstvertrag zu.

Mit freundlichen Grüssen
Verena Nägele
Personalleitung
Montafon Netz GmbH
Bahnhofstrasse 21, 6900 Bregenz
+43 5574 63 100""")),
))

add(dict(
    kind=OFFER, slug="riponne_client_ouchy_offre", lang="fr", parent="riponne_move",
    company="Énergie Ouchy", contact="yann.dubois@placement-riponne.example.ch",
    sender=("Yann Dubois", "yann.dubois@placement-riponne.example.ch"),
    subject="Énergie Ouchy veut te faire une offre !",
    date="2026-09-01 18:02", cte="qp",
    text="""Salut Reto,

Ça y est : Énergie Ouchy souhaite te faire une offre pour le poste de chef d'équipe du service clients !

Les grandes lignes : CHF 94'000 brut sur 13 mois, 100 %, entrée au 1er novembre, 5 semaines de vacances. Mme Perrin aimerait t'appeler demain pour te présenter l'offre en détail, et le contrat suivra par courrier.

Appelle-moi ce soir si tu veux en discuter avant – je suis joignable jusqu'à 21h.

Bravo !
Yann
Placement Riponne SA · +41 21 320 77 15
""",
))

add(dict(
    kind=OFFER, slug="bellerive_lettre_offre_pdf", lang="fr",
    company="Assurances Bellerive", contact="pascal.jaccard@bellerive-assurances.example.ch",
    sender=("Pascal Jaccard", "pascal.jaccard@bellerive-assurances.example.ch"),
    subject="Proposition d'engagement – Chef d'équipe Service à la clientèle",
    subject_enc=("utf-8", "Q"),
    date="2026-10-01 15:45", cte="qp",
    text="""Monsieur Baumgartner-Osei,

Suite à nos entretiens, nous avons le plaisir de vous proposer le poste de chef d'équipe Service à la clientèle au sein d'Assurances Bellerive SA, à Lausanne.

Vous trouverez ci-joint notre lettre d'offre détaillant les conditions : entrée en fonction le 1er janvier 2027, salaire annuel brut de CHF 97'000 versé en 13 mensualités, abonnement général CFF pris en charge à 50 %.

Nous vous serions reconnaissants de nous faire part de votre décision d'ici au 12 octobre.

Dans l'attente de votre réponse, nous vous prions d'agréer, Monsieur, nos salutations les meilleures.

Pascal Jaccard
Directeur des ressources humaines
Assurances Bellerive SA
Avenue de Rhodanie 40 · 1007 Lausanne
+41 21 613 55 00
""",
    pdfs=[dict(filename="Lettre_offre_Baumgartner-Osei.pdf", lines=[
        "Assurances Bellerive SA", "Lettre d'offre", "",
        "Poste : Chef d'équipe Service à la clientèle", "Entrée en fonction : 1er janvier 2027",
        "Salaire annuel brut : CHF 97'000 (13 x)", "Lausanne, le 1er octobre 2026"])],
))

add(dict(
    kind=OFFER, slug="harbourview_offer_letter_pdf", lang="en", parent="harbourview_move",
    company="Harbourview Telecom", contact="daniel.okafor@harbourview.example.at",
    sender=("Daniel Okafor", "daniel.okafor@harbourview.example.at"),
    subject="Your offer from Harbourview Telecom",
    date="2026-10-06 13:30", cte="qp",
    text="""Hi Reto,

Congratulations! Following your interviews with Anna and the service leadership team, I'm delighted to offer you the position of Service Team Lead at our Vienna hub.

Please find your offer letter attached. In short: start date 1 December 2026, gross annual salary of EUR 57,400 paid in 14 instalments, relocation support and a German-language course for your partner if needed.

Kindly sign and return the letter by 16 October. I'm happy to jump on a call to go through any questions.

Warm regards,
Daniel Okafor
Senior Talent Acquisition Partner
Harbourview Telecom | Wiedner Gürtel 9, 1100 Vienna
""",
    pdfs=[dict(filename="Harbourview_Offer_Letter_RBO.pdf", lines=[
        "Harbourview Telecom GmbH", "Offer of Employment", "",
        "Position: Service Team Lead, Vienna hub", "Start date: 1 December 2026",
        "Gross annual salary: EUR 57,400 (14 instalments)", "Signature:"])],
))

add(dict(
    kind=OFFER, slug="tibidabo_oferta_pdf", lang="es", parent="tibidabo_move",
    company="Seguros Tibidabo", contact="marta.puig@segurostibidabo.example.es",
    sender=("Marta Puig", "marta.puig@segurostibidabo.example.es"),
    subject="Oferta de empleo – Jefe de Equipo de Atención al Cliente",
    date="2026-06-09 13:50", cte="qp",
    text="""Hola Reto:

¡Enhorabuena! Nos complace ofrecerte el puesto de Jefe de Equipo de Atención al Cliente en Seguros Tibidabo.

Adjuntamos la carta de oferta con las condiciones: incorporación el 1 de septiembre de 2026, salario bruto anual de 42.000 € en 14 pagas, contrato indefinido y ayuda para el alojamiento durante los dos primeros meses.

Te agradeceríamos una respuesta antes del 19 de junio. Albert y yo estamos a tu disposición para cualquier duda.

Un saludo,
Marta Puig
Técnica de Selección
Seguros Tibidabo
+34 932 41 77 60
""",
    pdfs=[dict(filename="Carta_oferta_Baumgartner-Osei.pdf", lines=[
        "Seguros Tibidabo, S.L.", "Carta de oferta", "",
        "Puesto: Jefe de Equipo de Atención al Cliente", "Incorporación: 1 de septiembre de 2026",
        "Salario bruto anual: 42.000 EUR (14 pagas)", "Firma del candidato:"])],
))

add(dict(
    kind=OFFER, slug="sagrera_oferta_verbal_confirmacion", lang="es",
    company="Seguros Sagrera", contact="elena.roca@segurossagrera.example.es",
    sender=("Elena Roca", "elena.roca@segurossagrera.example.es"),
    subject="Lo que hablamos esta mañana", cte="b64",
    date="2026-10-08 14:15",
    text="""Hola Reto:

Como te he comentado esta mañana por teléfono, queremos que te incorpores a Seguros Sagrera como responsable del equipo de atención al asegurado.

Te resumo lo que acordamos: incorporación en enero de 2027, 40.500 € brutos anuales más un variable de hasta el 10 %, y teletrabajo dos días por semana. El contrato te lo enviará Recursos Humanos la semana que viene.

Quedo pendiente de tu confirmación por escrito.

Un abrazo,
Elena Roca
Directora de Atención al Asegurado
Seguros Sagrera
Carrer Gran de Sant Andreu 210, 08030 Barcelona
""",
))
