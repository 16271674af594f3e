"""Corpus 273: application received (21: de 11, en 5, fr 3, es 2) and offers (10: de 5, en 3,
fr 1, es 1)."""

from msgs273_common import (
    CANDIDATE,
    DISCLAIMER_DE,
    DISCLAIMER_ES,
    ats_card,
    button,
    paras,
)

ME = CANDIDATE
AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

MESSAGES = [
    # ================================================================ application_received
    # ------------------------------------------------------------------ German
    {
        "id": "a_konzerthaus_personio",
        "kind": "application_received", "scenario": "personio_eingangsbestaetigung",
        "lang": "de", "company": "Konzerthaus Mainfranken", "contact": "",
        "frm": ("Konzerthaus Mainfranken", "noreply@personio.de"),
        "subject": "Ihre Bewerbung als Veranstaltungskoordinator (m/w/d)",
        "date": "2026-01-19 08:02",
        "headers": AUTO,
        "html_cte": "quoted-printable",
        "text": """Sehr geehrter Herr Osei-Kranz,

vielen Dank für Ihre Bewerbung als Veranstaltungskoordinator (m/w/d) beim Konzerthaus Mainfranken. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen alle Bewerbungen sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen. Bis dahin bitten wir um etwas Geduld.

Mit freundlichen Grüßen
Ihr Team des Konzerthauses Mainfranken

Diese E-Mail wurde automatisch versendet.""",
        "html": ats_card(
            "Konzerthaus Mainfranken",
            """<p>Sehr geehrter Herr Osei-Kranz,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Veranstaltungskoordinator (m/w/d)</b> beim Konzerthaus
Mainfranken. Ihre Unterlagen sind vollständig bei uns eingegangen.</p>
<p>Wir prüfen alle Bewerbungen sorgfältig und melden uns innerhalb der nächsten drei Wochen
bei Ihnen. Bis dahin bitten wir um etwas Geduld.</p>
<p>Mit freundlichen Grüßen<br>Ihr Team des Konzerthauses Mainfranken</p>""",
            "Diese E-Mail wurde automatisch versendet. · Powered by Personio",
            color="#3d2b56"),
    },
    {
        "id": "a_messe_frankenland",
        "kind": "application_received", "scenario": "cannot_reply_individually_not_rejection",
        "lang": "de", "company": "Messe Frankenland", "contact": "",
        "frm": ("Messe Frankenland Karriere", "noreply@successfactors.eu"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung (Req. 4471)",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-01-26 14:17", "tz": "UTC",
        "headers": AUTO,
        "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Osei-Kranz,

wir bestätigen den Eingang Ihrer Bewerbung für die Position Projektleiter Gastveranstaltungen (m/w/d), Req. 4471.

Aufgrund der großen Zahl an Bewerbungen ist es uns leider nicht möglich, jede Zuschrift individuell zu beantworten oder Zwischenstände mitzuteilen. Sie hören von uns, sobald die Vorauswahl abgeschlossen ist – in der Regel innerhalb von vier Wochen.

Den Status Ihrer Bewerbung sehen Sie jederzeit im Kandidatenportal:
https://career2.successfactors.eu/career?company=messefrank&site=candidate

Mit freundlichen Grüßen
Recruiting | Messe Frankenland

Dies ist eine automatisch erzeugte Nachricht.""",
    },
    {
        "id": "a_taktwerk_registration",
        "kind": "application_received", "scenario": "agency_registration_confirmed",
        "lang": "de", "company": "Taktwerk Personal", "contact": "s.hufnagel@taktwerk.example.de",
        "frm": ("Sandra Hufnagel | Taktwerk Personal", "s.hufnagel@taktwerk.example.de"),
        "subject": "Ihre Registrierung bei Taktwerk Personal",
        "date": "2026-04-13 09:12",
        "html_from": "simple",
        "text": """Hallo Herr Osei-Kranz,

vielen Dank für Ihre Registrierung bei Taktwerk Personal und das nette
Telefonat am Freitag. Ihr Bewerberprofil ist jetzt in unserem System
angelegt, Lebenslauf und Zeugnisse sind vollständig.

Wie besprochen stelle ich Sie ausschließlich nach Rücksprache mit Ihnen bei
Kunden vor; ohne Ihr Okay geht kein Profil raus. Schwerpunkt sind Stellen im
Raum Frankfurt/Offenbach in Messe, Hotellerie und Kultur.

Viele Grüße
Sandra Hufnagel
Personalberaterin Events & Hospitality

Taktwerk Personal GmbH
Hanauer Landstraße 188, 60314 Frankfurt am Main
Tel. 069 5550 8812 | www.taktwerk.example.de""",
    },
    {
        "id": "a_haus_klaenge",
        "kind": "application_received", "scenario": "human_unterlagen_erhalten_latin1",
        "lang": "de", "company": "Haus der Klänge Bamberg",
        "contact": "k.doetsch@hausderklaenge.example.de",
        "frm": ("Kathrin Dötsch", "k.doetsch@hausderklaenge.example.de"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Re: Bewerbung Veranstaltungsleitung",
        "date": "2026-02-04 10:31",
        "reply_of": "x_haus_klaenge_application",
        "charset": "iso-8859-1", "cte": "8bit",
        "text": """Sehr geehrter Herr Osei-Kranz,

Ihre Bewerbung auf die Stelle der Veranstaltungsleitung haben wir erhalten,
herzlichen Dank dafür. Die Bewerbungsfrist läuft noch bis zum 13. Februar;
danach sichten wir alle Unterlagen gemeinsam mit der Intendanz.

Sie hören in der zweiten Februarhälfte von uns.

Mit freundlichen Grüßen

Kathrin Dötsch
Intendanzbüro
Haus der Klänge Bamberg""",
    },
    {
        "id": "a_rheinmain_workday",
        "kind": "application_received", "scenario": "workday_html_base64", "lang": "de",
        "company": "Rhein-Main Messehallen", "contact": "",
        "frm": ("Rhein-Main Messehallen", "rheinmainmesse@myworkday.com"),
        "subject": "Vielen Dank für Ihre Bewerbung – R-2026-0193",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-02-09 01:14", "tz": "USW",
        "headers": AUTO,
        "html_cte": "base64",
        "html": ats_card(
            "Rhein-Main Messehallen",
            """<p>Sehr geehrter Herr Osei-Kranz,</p>
<p>vielen Dank für Ihr Interesse an den Rhein-Main Messehallen. Wir haben Ihre Bewerbung für die
Stelle <b>Referent/in Veranstaltungsmanagement (R-2026-0193)</b> erhalten.</p>
<p>Unser Team prüft nun Ihre Unterlagen. Über den weiteren Verlauf informieren wir Sie über
Ihr Kandidatenprofil und per E-Mail.</p>"""
            + button("Zum Kandidatenprofil",
                     "https://rheinmainmesse.wd3.myworkday.com/recruiting/candidate", "#005a8c")
            + "<p>Freundliche Grüße<br>Talent Acquisition</p>",
            "Powered by Workday · Diese Nachricht wurde automatisch erstellt.",
            color="#005a8c"),
    },
    {
        "id": "a_kongressforum_softgarden",
        "kind": "application_received", "scenario": "softgarden_austrian_ack", "lang": "de",
        "company": "Salzburger Kongressforum", "contact": "",
        "frm": ("Salzburger Kongressforum", "noreply@softgarden.io"),
        "subject": "Bestätigung: Bewerbung Event Operations Manager:in",
        "date": "2026-03-03 19:25",
        "headers": AUTO,
        "html_from": "simple",
        "text": """Sehr geehrter Herr Osei-Kranz,

Ihre Bewerbung als Event Operations Manager:in ist bei uns eingelangt. Vielen Dank für Ihr Interesse am Salzburger Kongressforum!

Wir sehen uns Ihre Unterlagen in den nächsten Tagen an und melden uns dann bei Ihnen. Das Mindestentgelt laut Kollektivvertrag beträgt 3.150 Euro brutto (14 x jährlich); eine Überzahlung ist je nach Qualifikation vorgesehen.

Freundliche Grüße
Personalentwicklung
Salzburger Kongressforum

Diese Nachricht wurde über softgarden automatisch versendet.""",
    },
    {
        "id": "a_klangsaal_teamtailor",
        "kind": "application_received", "scenario": "teamtailor_du_danke", "lang": "de",
        "company": "Klangsaal Wien", "contact": "",
        "frm": ("Klangsaal Wien", "no-reply@teamtailor-mail.com"),
        "subject": "Danke für deine Bewerbung! 🎶",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-04-20 22:41",
        "headers": AUTO,
        "cte": "quoted-printable",
        "text": """Hallo Friedemann,

super, dass du dich als Produktionsleitung Veranstaltungen beim Klangsaal Wien beworben hast! Deine Bewerbung ist angekommen.

Wie geht's weiter? Lena aus unserem People-Team schaut sich alle Bewerbungen persönlich an. Wenn es passt, laden wir dich zu einem kurzen Video-Call ein.

Bis bald
Dein Klangsaal-Team""",
    },
    {
        "id": "a_alpenlicht_registration",
        "kind": "application_received", "scenario": "agency_profile_created_austrian",
        "lang": "de", "company": "Alpenlicht Personalservice",
        "contact": "s.moosbrugger@alpenlicht-personal.example.at",
        "frm": ("Alpenlicht Personalservice", "no-reply@alpenlicht-personal.example.at"),
        "reply_to": ("Stefan Moosbrugger", "s.moosbrugger@alpenlicht-personal.example.at"),
        "subject": "Willkommen bei Alpenlicht: Ihr Profil ist angelegt",
        "subj_enc": ("iso-8859-1", "B"),
        "date": "2026-02-23 11:00",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "html_from": "simple",
        "text": """Sehr geehrter Herr Osei-Kranz,

danke für Ihre Bewerbung und Ihre Registrierung bei Alpenlicht
Personalservice. Wir haben Ihren Lebenslauf erhalten und Ihr Profil für
Stellen in Hotellerie, Gastronomie und Veranstaltungen im Land Salzburg
angelegt.

Ihr persönlicher Ansprechpartner ist Herr Stefan Moosbrugger. Er wird sich in
den nächsten Tagen telefonisch bei Ihnen melden. Antworten auf diese Nachricht
gehen direkt an ihn.

Mit freundlichen Grüßen
Ihr Alpenlicht-Team
Rainerstraße 27, 5020 Salzburg""",
    },
    {
        "id": "a_kurpfalz_ack",
        "kind": "application_received", "scenario": "university_portal_ack_disclaimer",
        "lang": "de", "company": "Kurpfalz-Universität Heidelberg", "contact": "",
        "frm": ("Kurpfalz-Universität Heidelberg – Bewerbungsportal",
                "bewerbungsportal-noreply@kurpfalz-uni.example.de"),
        "frm_enc": ("utf-8", "Q"),
        "subject": "Eingangsbestätigung Kennziffer 2026/117",
        "date": "2026-06-22 07:58",
        "headers": AUTO,
        "text": """Sehr geehrter Herr Osei-Kranz,

hiermit bestätigen wir den Eingang Ihrer Online-Bewerbung auf die Stelle

  Koordinatorin / Koordinator für Hochschulveranstaltungen (E 9b TV-L)
  Kennziffer 2026/117

Die Bewerbungsfrist endet am 30.06.2026. Nach Ablauf der Frist wird die
Auswahlkommission die Unterlagen sichten. Bitte sehen Sie von Nachfragen zum
Sachstand ab; wir informieren alle Bewerberinnen und Bewerber unaufgefordert.

Ihre Daten werden gemäß Art. 6 Abs. 1 lit. b DSGVO ausschließlich für das
Auswahlverfahren verarbeitet und sechs Monate nach dessen Abschluss gelöscht.

Mit freundlichen Grüßen
Abteilung Personal und Recht
Kurpfalz-Universität Heidelberg

Diese Nachricht wurde automatisch erzeugt; Antworten an diese Adresse werden
nicht gelesen.

--
""" + DISCLAIMER_DE,
    },
    {
        "id": "a_frankenhoehe_recruitee",
        "kind": "application_received", "scenario": "recruitee_ack_reply_to_human", "lang": "de",
        "company": "Congress Centrum Frankenhöhe",
        "contact": "jana.pfisterer@cc-frankenhoehe.example.de",
        "frm": ("Congress Centrum Frankenhöhe", "frankenhoehe@jobs.recruitee.com"),
        "frm_enc": ("iso-8859-1", "Q"),
        "reply_to": ("Jana Pfisterer", "jana.pfisterer@cc-frankenhoehe.example.de"),
        "subject": "Wir haben Ihre Bewerbung erhalten",
        "date": "2026-08-10 13:33",
        "html_from": "simple",
        "text": """Hallo Herr Osei-Kranz,

schön, dass Sie sich für die Projektkoordination Kongresse im Congress Centrum Frankenhöhe interessieren. Ihre Bewerbung ist gut bei uns angekommen.

Ich melde mich persönlich bei Ihnen, sobald ich Ihre Unterlagen mit dem Fachbereich besprochen habe. Bei Fragen können Sie einfach auf diese E-Mail antworten.

Viele Grüße
Jana Pfisterer
Personalreferentin""",
    },
    {
        "id": "a_maria_weinberg",
        "kind": "application_received", "scenario": "pfarrbuero_weitergeleitet", "lang": "de",
        "company": "Pfarreiengemeinschaft Maria im Weinberg",
        "contact": "m.hoefling@maria-im-weinberg.example.de",
        "frm": ("Monika Höfling", "m.hoefling@maria-im-weinberg.example.de"),
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "Ihre Bewerbung Kirchenmusik und Veranstaltungen",
        "date": "2026-01-12 10:45",
        "refs": ["<bewerbung-maria-im-weinberg-osei-kranz@example.de>"],
        "charset": "windows-1252", "cte": "8bit",
        "text": """Grüß Gott Herr Osei-Kranz,

Ihre Bewerbung für die Stelle „Kirchenmusik und Veranstaltungen“ ist im Pfarrbüro angekommen. Ich habe sie heute an Herrn Pfarrer Kempf und die Kirchenverwaltung weitergeleitet.

Die Kirchenverwaltung trifft sich Mitte Februar; danach hören Sie von uns.

Freundliche Grüße
Monika Höfling
Pfarrsekretärin
Pfarreiengemeinschaft Maria im Weinberg
Kirchplatz 2 · 97234 Reichenberg
Bürozeiten: Di und Do 9–12 Uhr""",
    },
    # ------------------------------------------------------------------ English
    {
        "id": "a_forthview_greenhouse",
        "kind": "application_received", "scenario": "greenhouse_thanks_for_applying",
        "lang": "en", "company": "Forthview Conference Centre", "contact": "",
        "frm": ("Forthview Conference Centre", "no-reply@us.greenhouse-mail.io"),
        "subject": "Thanks for applying to Forthview Conference Centre",
        "date": "2026-04-07 15:03", "tz": "UK",
        "msgid_domain": "greenhouse-mail.io",
        "headers": AUTO,
        "html": ats_card(
            "Forthview Conference Centre",
            """<p>Hi Friedemann,</p>
<p>Thanks for applying for the <strong>Venue Events Coordinator</strong> position. Your
application has been received and our team will review it shortly.</p>
<p>If your experience is a match, a member of the team will be in touch about next steps.</p>
<p>Best,<br>The Forthview Conference Centre Talent Team</p>""",
            "Sent via Greenhouse. Please do not reply to this automated message.",
            color="#0b4f6c", lang="en"),
    },
    {
        "id": "a_leithbank_lever",
        "kind": "application_received", "scenario": "lever_cannot_respond_individually",
        "lang": "en", "company": "Leithbank Concert Hall", "contact": "",
        "frm": ("Leithbank Concert Hall", "no-reply@hire.lever.co"),
        "subject": "We've received your application - Events and Hires Coordinator",
        "date": "2026-03-09 12:30", "tz": "UK",
        "headers": AUTO,
        "text": """Dear Friedemann,

Thank you for your interest in the Events and Hires Coordinator position at Leithbank Concert Hall. This email confirms that we have received your application.

Due to the high volume of applications we receive, unfortunately we cannot reply to every applicant individually. If you are shortlisted for interview, we will contact you by 27 March.

With thanks,
Leithbank Concert Hall
12 Leithbank Walk, Edinburgh EH6 4AA""",
    },
    {
        "id": "a_brightwater_cv",
        "kind": "application_received", "scenario": "agency_received_cv_reply_to",
        "lang": "en", "company": "Brightwater Events Recruitment",
        "contact": "rory.calder@brightwater-events.example.co.uk",
        "frm": ("Brightwater Events Recruitment", "no-reply@brightwater-events.example.co.uk"),
        "reply_to": ("Rory Calder", "rory.calder@brightwater-events.example.co.uk"),
        "subject": "We've received your CV",
        "date": "2026-05-25 18:02", "tz": "UK",
        "html_from": "simple",
        "text": """Hi Friedemann,

Thanks for registering with Brightwater Events Recruitment - we've received your CV and added you to our candidate pool for events, hospitality and venue roles across Scotland.

Your consultant will be Rory Calder. He'll call you within two working days to talk about what you're looking for. You can reply to this email to reach him directly.

Speak soon,
The Brightwater team""",
    },
    {
        "id": "a_forthside_icims",
        "kind": "application_received", "scenario": "icims_application_submitted",
        "lang": "en", "company": "Forthside University", "contact": "",
        "frm": ("Forthside University Careers", "noreply@talent.icims.com"),
        "subject": "Application submitted: Events and Conference Coordinator (26-1142)",
        "date": "2026-06-29 11:47", "tz": "USE",
        "headers": AUTO,
        "html_cte": "quoted-printable",
        "text": """Dear Friedemann Osei-Kranz,

Thank you for submitting your application for Events and Conference Coordinator (Ref 26-1142).

The closing date for this vacancy is 10 July 2026. Shortlisting will take place after the closing date. You can track the progress of your application by logging in to your candidate account.

Yours sincerely,
Human Resources
Forthside University""",
        "html": ats_card(
            "Forthside University",
            paras("""Dear Friedemann Osei-Kranz,

Thank you for submitting your application for Events and Conference Coordinator (Ref 26-1142).

The closing date for this vacancy is 10 July 2026. Shortlisting will take place after the closing date. You can track the progress of your application by logging in to your candidate account.""")
            + button("Candidate account", "https://careers-forthside.icims.com/jobs/login",
                     "#00395d")
            + "<p>Yours sincerely,<br>Human Resources<br>Forthside University</p>",
            "Forthside University is a charity registered in Scotland.",
            color="#00395d", lang="en"),
    },
    {
        "id": "a_mainstage_ashby",
        "kind": "application_received", "scenario": "ashby_ack_plain", "lang": "en",
        "company": "Mainstage Live", "contact": "",
        "frm": ("Mainstage Live", "no-reply@ashbyhq.com"),
        "subject": "Thanks for your application to Mainstage Live",
        "date": "2026-09-07 10:22",
        "headers": AUTO,
        "text": """Hi Friedemann,

Thanks for applying to the Venue Partnerships Coordinator role at Mainstage Live! We've got your application and someone from the team will take a look soon.

In the meantime, feel free to check out what we're building at mainstage-live.example.com.

The Mainstage Live team""",
    },
    # ------------------------------------------------------------------ French
    {
        "id": "a_palais_rhenan",
        "kind": "application_received", "scenario": "accuse_reception_ne_pas_repondre",
        "lang": "fr", "company": "Palais Rhénan des Congrès", "contact": "",
        "frm": ("Palais Rhénan des Congrès", "ne-pas-repondre@palais-rhenan.example.fr"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Accusé de réception de votre candidature",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-05-04 08:15",
        "headers": AUTO,
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "html_from": "simple",
        "text": """Madame, Monsieur,

Nous accusons réception de votre candidature au poste de chargé(e) de projets
événementiels (réf. PRC-EV-2026-07) et vous remercions de l'intérêt que vous
portez au Palais Rhénan des Congrès.

Votre dossier sera étudié avec attention. Si votre profil est retenu, le
service des ressources humaines prendra contact avec vous dans un délai de
trois semaines.

Le service des ressources humaines

Ce message est envoyé automatiquement ; merci de ne pas y répondre.""",
    },
    {
        "id": "a_vosges_cv",
        "kind": "application_received", "scenario": "cabinet_bien_recu_cv", "lang": "fr",
        "company": "Cabinet Vosges Talents", "contact": "e.schaeffer@vosges-talents.example.fr",
        "frm": ("Élodie Schaeffer-Roth", "e.schaeffer@vosges-talents.example.fr"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Bien reçu votre CV",
        "date": "2026-03-16 12:02",
        "refs": ["<cv-vosges-talents-osei-kranz@example.de>"],
        "charset": "windows-1252", "cte": "quoted-printable",
        "html_from": "outlook",
        "msgid_style": "outlook",
        "text": """Bonjour Monsieur Osei-Kranz,

Nous avons bien reçu votre CV et votre lettre, merci. Votre profil – organiste passé à l'organisation d'événements culturels – est rare et m'intéresse beaucoup.

Je l'ai enregistré dans notre vivier « Culture & Événementiel ». Plusieurs clients en Alsace et dans le Bade recherchent en ce moment des coordinateurs ; je reviendrai vers vous dès qu'une mission correspondra à vos attentes.

Belle journée,
Élodie Schaeffer-Roth
Consultante associée – Cabinet Vosges Talents
12 quai des Bateliers – 67000 Strasbourg""",
    },
    {
        "id": "a_rhenane_ack",
        "kind": "application_received", "scenario": "universite_accuse_automatique",
        "lang": "fr", "company": "Université Rhénane de Strasbourg", "contact": "",
        "frm": ("Université Rhénane - Recrutement", "recrutement-noreply@univ-rhenane.example.fr"),
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "Candidature DC-2026-04 enregistrée",
        "date": "2026-01-14 16:40",
        "headers": AUTO,
        "cte": "base64",
        "text": """Bonjour,

Votre candidature au poste « Chargé d'événements – Direction de la
communication » (réf. DC-2026-04) a bien été enregistrée le 14/01/2026.

La commission de recrutement se réunira après la clôture des candidatures,
fixée au 6 février 2026. Les candidats retenus pour un entretien seront
contactés par courriel.

Bureau du recrutement des personnels BIATSS
Université Rhénane de Strasbourg""",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "id": "a_almenara_bamboo",
        "kind": "application_received", "scenario": "bamboohr_recibida", "lang": "es",
        "company": "Grupo Hotelero Almenara", "contact": "",
        "frm": ("Grupo Hotelero Almenara", "notifications@app.bamboohr.com"),
        "subject": "Hemos recibido tu candidatura",
        "date": "2026-06-08 09:44",
        "headers": AUTO,
        "html_cte": "quoted-printable",
        "html": ats_card(
            "Grupo Hotelero Almenara",
            """<p>Hola Friedemann:</p>
<p>¡Gracias por tu interés en formar parte de Almenara! Hemos recibido tu candidatura para el
puesto <b>Coordinador/a de Eventos y Banquetes – Almenara Frankfurt Mainufer</b>.</p>
<p>Nuestro equipo de selección revisará tu perfil y se pondrá en contacto contigo si encaja
con lo que buscamos.</p>
<p>Un saludo,<br>Talento Almenara</p>""",
            "Grupo Hotelero Almenara · Paseo de la Castellana 95 · 28046 Madrid · "
            "Enviado con BambooHR",
            color="#a05a2c", lang="es"),
    },
    {
        "id": "a_miravalle_smartrecruiters",
        "kind": "application_received", "scenario": "smartrecruiters_no_respuesta_individual",
        "lang": "es", "company": "Hoteles Miravalle", "contact": "",
        "frm": ("Hoteles Miravalle", "noreply@smartrecruiters.com"),
        "subject": "Confirmación de tu candidatura – Coordinador/a de Eventos (Viena)",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-04-06 20:10",
        "headers": AUTO,
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Hola Friedemann:

Te confirmamos que hemos recibido tu candidatura para el puesto de
Coordinador/a de Eventos en Miravalle Viena.

Recibimos muchas solicitudes, por lo que lamentablemente no podemos responder
de forma individual a cada candidatura. Si tu perfil avanza en el proceso,
nuestro equipo se pondrá en contacto contigo en las próximas semanas.

Gracias por pensar en Hoteles Miravalle.

Equipo de Talento""",
    },
    # ================================================================ offer
    # ------------------------------------------------------------------ German
    {
        "id": "o_konzerthaus_pdf",
        "kind": "offer", "scenario": "formal_offer_pdf_quotes_thanks", "lang": "de",
        "company": "Konzerthaus Mainfranken",
        "contact": "h.goesswein@konzerthaus-mainfranken.example.de",
        "frm": ("Dr. Hannelore Gößwein", "h.goesswein@konzerthaus-mainfranken.example.de"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "AW: Dank für das Gespräch – unser Angebot",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-02-24 09:30",
        "reply_of": "x_konzerthaus_thanks",
        "charset": "windows-1252", "cte": "quoted-printable",
        "msgid_style": "outlook",
        "html_from": "outlook",
        "text": """Sehr geehrter Herr Osei-Kranz,

das Auswahlgremium hat sich einstimmig für Sie entschieden, und ich freue mich sehr, Ihnen die Stelle als Veranstaltungskoordinator im Konzerthaus Mainfranken anbieten zu dürfen.

Die Eckdaten finden Sie im beigefügten Vertragsangebot: Eintritt zum 1. April 2026, unbefristet, Vollzeit (39 Wochenstunden), Vergütung in Anlehnung an TVöD EG 10, 30 Urlaubstage. Ihre Orgeldienste am Sonntag können Sie nach Absprache weiterhin wahrnehmen.

Bitte geben Sie uns bis zum 6. März Bescheid, ob Sie das Angebot annehmen. Für Rückfragen bin ich jederzeit erreichbar.

Mit herzlichen Grüßen
Hannelore Gößwein

Dr. Hannelore Gößwein
Leiterin Veranstaltungsbüro
Konzerthaus Mainfranken gGmbH
Rennweg 9 · 97070 Würzburg
Telefon 0931 5550 6620

{{outlook:x_konzerthaus_thanks}}""",
        "pdf": {"name": "Vertragsangebot_Osei-Kranz.pdf",
                "title": "Konzerthaus Mainfranken - Vertragsangebot",
                "lines": ["Würzburg, 24. Februar 2026", "",
                          "Herrn Friedemann Osei-Kranz", "",
                          "Angebot eines Arbeitsvertrags", "",
                          "Position: Veranstaltungskoordinator (m/w/d)",
                          "Beginn: 1. April 2026, unbefristet",
                          "Arbeitszeit: 39 Stunden/Woche",
                          "Vergütung: in Anlehnung an TVöD EG 10, Stufe 2",
                          "Urlaub: 30 Arbeitstage", "",
                          "Bitte bestätigen Sie die Annahme bis 6. März 2026 durch Unterschrift.",
                          "", "Dr. Florian Sauer, Intendant"]},
    },
    {
        "id": "o_kessler_client",
        "kind": "offer", "scenario": "headhunter_client_wants_offer", "lang": "de",
        "company": "Kongresszentrum Donaupark",
        "contact": "u.lindqvist@kessler-lindqvist.example.at",
        "frm": ("Dr. Ulrike Lindqvist", "u.lindqvist@kessler-lindqvist.example.at"),
        "subject": "Gute Nachrichten aus Wien",
        "date": "2026-06-16 18:20",
        "reply_of": "s_kessler_postpone",
        "html_from": "simple",
        "text": """Lieber Herr Osei-Kranz,

jetzt darf ich es offiziell sagen: Unser Mandant ist das Kongresszentrum
Donaupark, und die Geschäftsführung möchte Ihnen nach dem Gespräch vom
10. Juni ein Angebot für die Leitung Veranstaltungsbetrieb machen.

Die Eckpunkte, die man mir heute genannt hat:
- Dienstantritt 1. Oktober 2026
- Jahresbruttogehalt 64.000 Euro plus Erfolgsprämie
- Einstufung als Angestellter, All-in-Vertrag, 38,5 Stunden
- Unterstützung bei der Übersiedlung nach Wien

Den schriftlichen Dienstvertrag schickt Ihnen die Personalabteilung des
Kongresszentrums Ende der Woche direkt. Rufen Sie mich gern vorher an, wenn
Sie über einzelne Punkte sprechen möchten.

Herzliche Gratulation!
Ulrike Lindqvist

Dr. Ulrike Lindqvist
Partnerin, Kessler Lindqvist Executive Search GmbH
Wollzeile 24 · 1010 Wien · +43 1 555 8130""",
    },
    {
        "id": "o_maininsel_contract",
        "kind": "offer", "scenario": "contract_for_signature_pdf", "lang": "de",
        "company": "Kulturzentrum Maininsel", "contact": "r.wuest@maininsel.example.de",
        "frm": ("Ralf Wüst", "r.wuest@maininsel.example.de"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Arbeitsvertrag zur Unterschrift",
        "date": "2026-09-01 15:06",
        "refs": ["<gespraech-maininsel-20260825@maininsel.example.de>"],
        "cte": "quoted-printable",
        "text": """Hallo Herr Osei-Kranz,

wie letzte Woche besprochen, erhalten Sie anbei Ihren Arbeitsvertrag als
Veranstaltungsmanager im Kulturzentrum Maininsel in zweifacher Ausfertigung
(als PDF; das Original kommt zusätzlich per Post).

Bitte unterschreiben Sie beide Exemplare und schicken Sie eines bis zum
15. September an uns zurück – gern auch vorab als Scan. Sobald es da ist,
richten wir Ihnen Schlüssel, E-Mail-Adresse und den Zugang zum Ticketsystem
ein.

Wir freuen uns auf Sie!

Ralf Wüst
Kaufmännischer Leiter
Kulturzentrum Maininsel Schweinfurt
Gutermann-Promenade 3, 97421 Schweinfurt""",
        "pdf": [{"name": "Arbeitsvertrag_Osei-Kranz_Exemplar1.pdf",
                 "title": "Arbeitsvertrag",
                 "lines": ["zwischen Kulturzentrum Maininsel Schweinfurt gGmbH und "
                           "Herrn Friedemann Osei-Kranz",
                           "§ 1 Beginn: 1. November 2026. Tätigkeit: Veranstaltungsmanager.",
                           "§ 2 Probezeit: sechs Monate.",
                           "§ 3 Vergütung: 3.950 Euro brutto monatlich.",
                           "§ 4 Arbeitszeit: 40 Stunden, Veranstaltungsdienste nach Plan.",
                           "", "Ort, Datum, Unterschrift Arbeitnehmer: ______________"]},
                {"name": "Arbeitsvertrag_Osei-Kranz_Exemplar2.pdf",
                 "title": "Arbeitsvertrag (Exemplar Arbeitgeber)",
                 "lines": ["zwischen Kulturzentrum Maininsel Schweinfurt gGmbH und "
                           "Herrn Friedemann Osei-Kranz",
                           "§ 1 Beginn: 1. November 2026. Tätigkeit: Veranstaltungsmanager.",
                           "", "Ort, Datum, Unterschrift Arbeitnehmer: ______________"]}],
    },
    {
        "id": "o_fuerstbischof_verbal",
        "kind": "offer", "scenario": "verbal_offer_follow_up", "lang": "de",
        "company": "Hotel Fürstbischof", "contact": "b.kraus-ehrlich@hotel-fuerstbischof.example.de",
        "frm": ("Birgit Kraus-Ehrlich", "b.kraus-ehrlich@hotel-fuerstbischof.example.de"),
        "subject": "Wie heute telefonisch besprochen",
        "date": "2026-10-05 17:52",
        "refs": ["<vorstellung-fuerstbischof-20260929@hotel-fuerstbischof.example.de>"],
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "html_from": "simple",
        "text": """Lieber Herr Osei-Kranz,

wie heute Nachmittag am Telefon besprochen, bestätige ich Ihnen gern noch
einmal schriftlich: Wir möchten Sie als Leiter Bankett und Veranstaltungen
im Hotel Fürstbischof einstellen.

Start wäre der 1. Dezember, damit Sie die Weihnachtsfeiern schon mit
begleiten. Das Gehalt liegt wie besprochen bei 4.100 Euro brutto im Monat,
dazu kommen Zuschläge für Sonn- und Feiertagsdienste und ein Jobticket.

Den Vertragsentwurf schickt Ihnen unsere Personalabteilung bis Ende der
Woche. Geben Sie mir bitte bis zum 12. Oktober Bescheid, ob Sie zusagen.

Herzliche Grüße aus der Residenzstadt
Birgit Kraus-Ehrlich
Direktorin
Hotel Fürstbischof Würzburg
Hofstraße 11, 97070 Würzburg""",
    },
    {
        "id": "o_nonntal_dienstvertrag",
        "crlf": True,
        "kind": "offer", "scenario": "austrian_dienstvertrag_pdf", "lang": "de",
        "company": "Kulturhaus Nonntal", "contact": "t.gruber@kulturhaus-nonntal.example.at",
        "frm": ("Mag. Theresa Gruber", "t.gruber@kulturhaus-nonntal.example.at"),
        "subject": "Angebot Dienstvertrag – Veranstaltungskoordination",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-04-28 12:40",
        "refs": ["<hearing-nonntal-20260421@kulturhaus-nonntal.example.at>"],
        "charset": "windows-1252", "cte": "quoted-printable",
        "html_from": "outlook",
        "msgid_style": "outlook",
        "text": """Sehr geehrter Herr Osei-Kranz,

nach dem Hearing am 21. April freut es mich sehr, Ihnen im Namen des Vorstands die Stelle der Veranstaltungskoordination im Kulturhaus Nonntal anzubieten.

Beiliegend finden Sie den Entwurf des Dienstvertrags. Die wichtigsten Punkte:
• Dienstantritt mit 1. Juli 2026
• Einstufung gemäß Kollektivvertrag für Angestellte in Kulturbetrieben, Verwendungsgruppe IV
• Monatsbruttogehalt 3.380 €, 14 x jährlich
• 40 Wochenstunden, Abend- und Wochenenddienste laut Dienstplan

Wir ersuchen Sie um Rückmeldung bis 8. Mai. Für Fragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen
Theresa Gruber

Mag. Theresa Gruber
Geschäftsführung
Kulturhaus Nonntal · Nonntaler Hauptstraße 58 · 5020 Salzburg
T +43 662 555 8831""",
        "pdf": {"name": "Dienstvertrag_Entwurf.pdf",
                "title": "Dienstvertrag (Entwurf)",
                "lines": ["Kulturhaus Nonntal - Verein zur Förderung zeitgenössischer Kultur",
                          "Dienstnehmer: Friedemann Osei-Kranz",
                          "Verwendung: Veranstaltungskoordination",
                          "Dienstantritt: 1. Juli 2026",
                          "Einstufung: KV Kulturbetriebe, Verwendungsgruppe IV",
                          "Entgelt: EUR 3.380,00 brutto, 14 x jährlich",
                          "Probemonat gemäß § 19 AngG"]},
    },
    # ------------------------------------------------------------------ English
    {
        "id": "o_forthview_verbal",
        "kind": "offer", "scenario": "verbal_offer_follow_up_pdf", "lang": "en",
        "company": "Forthview Conference Centre", "contact": "euan.baird@forthview.example.co.uk",
        "frm": ("Euan Baird", "euan.baird@forthview.example.co.uk"),
        "cc": [("Isla Ferguson", "isla.ferguson@forthview.example.co.uk")],
        "subject": "Following up on our call - offer of employment",
        "date": "2026-05-06 17:45", "tz": "UK",
        "reply_of": "x_forthview_thanks",
        "html_from": "simple",
        "text": """Dear Friedemann,

As discussed on the phone this afternoon, I'm delighted to confirm that we would like to offer you the position of Venue Events Coordinator at Forthview Conference Centre.

The attached letter sets out the details: a start date of 1 July 2026, a salary of GBP 31,500 per annum, 28 days' holiday plus public holidays, and a relocation allowance of GBP 2,000. The offer is subject to right-to-work checks and two satisfactory references.

Please let Isla or me know your decision by Friday 15 May. We really hope you'll join us.

Best wishes,
Euan Baird
Head of Events
Forthview Conference Centre
2 Lochrin Quay, Edinburgh EH3 9QG""",
        "pdf": {"name": "Forthview_offer_letter.pdf",
                "title": "Forthview Conference Centre - Offer of Employment",
                "lines": ["6 May 2026", "Dear Friedemann Osei-Kranz,",
                          "We are pleased to offer you the position of Venue Events Coordinator.",
                          "Start date: 1 July 2026. Salary: GBP 31,500 per annum.",
                          "Holidays: 28 days plus public holidays. Relocation: GBP 2,000.",
                          "This offer is conditional on right-to-work checks and references.",
                          "Please sign and return a copy by 15 May 2026.",
                          "", "Euan Baird, Head of Events"]},
    },
    {
        "id": "o_brightwater_holyrood",
        "kind": "offer", "scenario": "agency_client_wants_to_offer", "lang": "en",
        "company": "Holyrood Gate Hotel",
        "contact": "rory.calder@brightwater-events.example.co.uk",
        "frm": ("Rory Calder", "rory.calder@brightwater-events.example.co.uk"),
        "subject": "Holyrood Gate want you!",
        "date": "2026-08-12 12:15", "tz": "UK",
        "text": """Friedemann,

Brilliant news - the Holyrood Gate Hotel wants to make you an offer for the
Events & Conference Coordinator role after Friday's interview!

What they've told me so far:
- GBP 30,000 basic + service charge share (roughly GBP 3k a year)
- Start 21 September, which gives you time to sort the move
- 4 days on / 3 off rota, mostly daytime with event evenings

The formal offer letter will come from their HR in the next couple of days.
Give me a call when you've had a think - I can go back on the start date if
you need more time.

Cheers,
Rory

Rory Calder | Senior Consultant, Events & Venues
Brightwater Events Recruitment
0131 555 0148""",
    },
    {
        "id": "o_quayside_contract",
        "kind": "offer", "scenario": "contract_attached_sign_return", "lang": "en",
        "company": "Quayside Events", "contact": "hannah.strachan@quayside-events.example.co.uk",
        "frm": ("Hannah Strachan", "hannah.strachan@quayside-events.example.co.uk"),
        "subject": "Your contract - Event Coordinator (please sign)",
        "date": "2026-10-12 09:40", "tz": "UK",
        "refs": ["<offer-call-quayside-20261009@quayside-events.example.co.uk>"],
        "charset": "windows-1252", "cte": "quoted-printable",
        "html_from": "outlook",
        "msgid_style": "outlook",
        "text": """Dear Friedemann,

Following your acceptance on Friday – we're thrilled! – please find your contract of employment attached.

Could you sign page 4, initial each page and send a scan back to me by 19 October? Your start date is Monday 2 November, and your first week will be spent shadowing the team at the Ocean Terminal autumn fair.

Any questions, just give me a shout.

Kind regards,
Hannah Strachan
People Manager
Quayside Events Ltd · 7 Commercial Quay, Edinburgh EH6 6LX
0131 555 0433""",
        "pdf": {"name": "Quayside_Contract_Osei-Kranz.pdf",
                "title": "Quayside Events - Contract of Employment",
                "lines": ["Employee: Friedemann Osei-Kranz", "Job title: Event Coordinator",
                          "Start date: 2 November 2026",
                          "Salary: GBP 29,800 per annum, paid monthly",
                          "Hours: 37.5 per week; event evenings by rota",
                          "Notice: one month after probation",
                          "", "Signed (employee): __________  Date: ______"]},
    },
    # ------------------------------------------------------------------ French
    {
        "id": "o_orgues_alsace",
        "kind": "offer", "scenario": "promesse_embauche_pdf", "lang": "fr",
        "company": "Maison des Orgues d'Alsace", "contact": "py.munsch@orgues-alsace.example.fr",
        "frm": ("Pierre-Yves Munsch", "py.munsch@orgues-alsace.example.fr"),
        "subject": "Promesse d'embauche – coordinateur des événements",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-10-08 16:33",
        "refs": ["<entretien-orgues-alsace-20261001@orgues-alsace.example.fr>"],
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Cher Monsieur Osei-Kranz,

Suite à nos échanges du 1er octobre, j'ai le plaisir de vous proposer le
poste de coordinateur des événements et des concerts de la Maison des Orgues
d'Alsace, en CDI à temps plein.

Vous trouverez ci-joint la promesse d'embauche précisant les conditions :
prise de poste le 4 janvier 2027, rémunération annuelle brute de 34 000
euros, statut agent de maîtrise, convention collective de l'animation.

Je vous remercie de me retourner le document signé avant le 20 octobre.
Toute l'équipe se réjouit à l'idée de travailler avec un organiste !

Bien à vous,

Pierre-Yves Munsch
Directeur
Maison des Orgues d'Alsace
5 rue du Temple-Neuf, 67000 Strasbourg""",
        "pdf": {"name": "Promesse_embauche_Osei-Kranz.pdf",
                "title": "Promesse d'embauche",
                "lines": ["Strasbourg, le 8 octobre 2026",
                          "Monsieur Friedemann Osei-Kranz",
                          "Poste : coordinateur des événements et des concerts (CDI)",
                          "Date d'entrée : 4 janvier 2027",
                          "Rémunération : 34 000 euros bruts annuels",
                          "Période d'essai : deux mois renouvelable une fois",
                          "", "Bon pour accord, date et signature :"]},
    },
    # ------------------------------------------------------------------ Spanish
    {
        "id": "o_almenara_oferta",
        "kind": "offer", "scenario": "oferta_formal_pdf", "lang": "es",
        "company": "Grupo Hotelero Almenara", "contact": "lucia.beltran@almenara.example.es",
        "frm": ("Lucía Beltrán Ortega", "lucia.beltran@almenara.example.es"),
        "subject": "Oferta de empleo – Almenara Frankfurt Mainufer",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-07-01 13:20",
        "reply_of": "s_almenara_hora",
        "html_from": "simple",
        "cte": "quoted-printable",
        "text": """Hola Friedemann:

Tras la entrevista del 19 de junio y la conversación posterior con Jan
Vogelsang, nos complace ofrecerte el puesto de Coordinador de Eventos y
Banquetes en Almenara Frankfurt Mainufer.

En el documento adjunto encontrarás la carta oferta con las condiciones:
incorporación el 1 de septiembre de 2026, contrato indefinido según la
normativa alemana, salario bruto anual de 48.000 euros y alojamiento
gratuito en el hotel durante el primer mes.

Te agradeceríamos una respuesta antes del 10 de julio. Para cualquier duda
estoy a tu disposición.

Un saludo muy cordial,
Lucía Beltrán Ortega
Talent Acquisition – Grupo Hotelero Almenara
Paseo de la Castellana 95, 28046 Madrid

""" + DISCLAIMER_ES,
        "pdf": {"name": "Carta_oferta_Almenara.pdf",
                "title": "Grupo Hotelero Almenara - Carta oferta",
                "lines": ["Madrid, 1 de julio de 2026",
                          "Candidato: Friedemann Osei-Kranz",
                          "Puesto: Coordinador de Eventos y Banquetes",
                          "Centro: Almenara Frankfurt Mainufer",
                          "Incorporación: 1 de septiembre de 2026",
                          "Salario bruto anual: 48.000 EUR",
                          "Plazo de respuesta: 10 de julio de 2026"]},
    },
]
