"""Corpus 277: application acknowledgements and offers, written by hand (one dict per message)."""

from __future__ import annotations

from msgs277_common import (
    ME_ADDR,
    ats_card,
    mso,
    outlook_block,
    outlook_html,
    paras,
    plain_html,
    quote,
    wrote,
)

# --------------------------------------------------------------------------- texts quoted later

GAMS_ACK = """Grüß Gott Frau Adjei-Sommer,

vielen Dank für Ihre Bewerbung als Marketing Manager:in Winter & Sommer (Vollzeit, Kitzbühel) bei den Gamsberg Bergbahnen. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wie geht es weiter? Unser Personalteam sichtet alle Bewerbungen bis Ende Jänner. Sie hören spätestens in drei Wochen von uns – per Mail oder telefonisch.

Den Status Ihrer Bewerbung können Sie jederzeit hier einsehen:
https://gamsberg-bahnen.jobs.personio.de/application-status/7f3c9a

Bergige Grüße
Ihr Team der Gamsberg Bergbahnen

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail."""

RH_ACK = """Sehr geehrte Frau Adjei-Sommer,

Ihre Bewerbungsunterlagen für die Stelle Marketing & Sales Coordinator sind gestern bei uns eingelangt – vielen Dank dafür.

Unser Direktor, Herr Dr. Kofler, ist bis Mittwoch auf einer Messe in München. Ich lege ihm Ihre Mappe gleich nach seiner Rückkehr vor und melde mich dann mit einem Terminvorschlag oder einer Rückmeldung bei Ihnen.

Mit freundlichen Grüßen
Judith Ebner
Personalbüro
Rittner Höhenhotels
Dorfstraße 22 · I-39054 Klobenstein/Ritten (BZ)
Tel. +39 0471 356 118"""

AK_ACK = """Liebe Frau Adjei-Sommer,

bestens angekommen, danke! Ich melde mich, sobald die Bewerbungsfrist am 31. August abgelaufen ist und wir alle Unterlagen gesichtet haben.

LG Thomas Wechselberger
Geschäftsführer Ferienregion Achenkamm"""

AK_APPLICATION = """Sehr geehrter Herr Wechselberger,

auf der Website der Ferienregion Achenkamm habe ich gelesen, dass Sie ab Herbst eine Verstärkung für Marketing & Kommunikation suchen. Nach sieben Wintern als Skilehrerin kenne ich die Wünsche unserer Gäste sehr genau, und seit drei Jahren betreue ich die Website und die Social-Media-Kanäle der Skischule Sonnenhang in Axams.

Meinen Lebenslauf und zwei Arbeitsproben finden Sie im Anhang. Über die Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Henrike Adjei-Sommer"""

GAMS_OFFER = """Liebe Frau Adjei-Sommer,

wie heute Vormittag am Telefon angekündigt, freue ich mich sehr, Ihnen im Namen der Geschäftsführung die Stelle als Marketing Manager:in Winter & Sommer anzubieten!

Im Anhang finden Sie unser Vertragsangebot mit allen Eckdaten:
• Eintritt: 1. Mai 2026, unbefristet, 38,5 Wochenstunden
• Bruttomonatsgehalt: € 3.650,– (14 x jährlich), Einstufung nach KV Seilbahnen
• Saisonkarte für die ganze Familie und Zugang zum Dienstwagen-Pool

Bitte lassen Sie uns Ihre Entscheidung bis Freitag, 27. Februar, wissen. Für Fragen zum Vertrag bin ich jederzeit für Sie da – gerne auch auf einen Kaffee bei uns in der Talstation.

Wir würden uns riesig freuen, Sie im Team zu haben!

Herzliche Grüße
Magdalena Hechenberger
Personalentwicklung & Recruiting
Gamsberg Bergbahnen AG
Talstationsweg 9 · 6370 Kitzbühel
T +43 5356 64 21-330"""

GAMS_OFFER_PDF = ("Vertragsangebot_Adjei-Sommer.pdf", "Gamsberg Bergbahnen AG - Vertragsangebot", [
    "Dienstnehmerin: Henrike Adjei-Sommer, Innsbruck",
    "Position: Marketing Manager:in Winter & Sommer",
    "Eintritt: 1. Mai 2026, unbefristet",
    "Arbeitszeit: 38,5 Wochenstunden",
    "Entgelt: EUR 3.650,- brutto monatlich, 14 x jaehrlich",
    "Kollektivvertrag: Seilbahnen Oesterreich",
    "Annahmefrist: 27. Februar 2026",
    "Kitzbuehel, 18. Februar 2026",
])

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ application_received
    {
        "slug": "gamsberg_personio_eingang", "kind": "application_received", "lang": "de",
        "company": "Gamsberg Bergbahnen", "contact": "",
        "frm": ("Gamsberg Bergbahnen", "noreply@personio.de"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung – Marketing Manager:in Winter & Sommer",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-01-12 08:03 +0100",
        "text": GAMS_ACK,
        "html": ats_card("Gamsberg Bergbahnen · Karriere", "#1d4e89", paras(GAMS_ACK),
                      "Gamsberg Bergbahnen AG · Talstationsweg 9 · 6370 Kitzbühel · powered by Personio"),
        "cte": "b64",
        "hdr": [("Auto-Submitted", "auto-generated"), ("X-Personio-Event", "application.created")],
        "mid": "gams_ack",
    },
    {
        "slug": "bergwelt_softgarden_angekommen", "kind": "application_received", "lang": "de",
        "company": "Innsbrucker Bergwelt Tourismus", "contact": "",
        "frm": ("Innsbrucker Bergwelt Tourismus via softgarden", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung ist angekommen!",
        "date": "2026-01-26 14:37 +0100",
        "html": ats_card("Innsbrucker Bergwelt Tourismus", "#00806a", paras("""Sehr geehrte Frau Adjei-Sommer,

wir freuen uns über Ihr Interesse an der Position Content & Social Media Manager (w/m/d) und bestätigen hiermit den Eingang Ihrer Bewerbungsunterlagen.

Unser Recruiting-Team prüft nun Ihre Unterlagen. Bitte haben Sie Verständnis, dass dies einige Zeit in Anspruch nehmen kann – wir melden uns so bald wie möglich bei Ihnen.

Über Ihren persönlichen Bewerberbereich können Sie Ihre Daten einsehen oder die Bewerbung zurückziehen:
https://bergwelt-ibk.softgarden.io/de/candidate/home

Freundliche Grüße
Innsbrucker Bergwelt Tourismus – Team Personal"""),
            "Diese E-Mail wurde über softgarden versendet. Antworten auf diese Adresse werden nicht gelesen."),
        "cte": "qp",
        "hdr": [("Auto-Submitted", "auto-generated")],
        "mid": "bw_ack",
    },
    {
        "slug": "isarpeak_workday_eingang_keine_einzelantwort", "kind": "application_received", "lang": "de",
        "company": "Isarpeak Outdoor", "contact": "",
        "frm": ("Isarpeak Outdoor Recruiting", "isarpeak@myworkday.com"),
        "subject": "Bewerbungseingang – Brand Marketing Manager DACH (R-10482)",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-03-04 06:12 -0800",
        "text": """Hallo Henrike,

danke, dass Sie sich für die Position Brand Marketing Manager DACH (R-10482) in München beworben haben. Hiermit bestätigen wir, dass Ihre Bewerbung in unserem System eingegangen ist.

Unser Recruiting-Team sieht sich jede Bewerbung genau an. Aufgrund der hohen Zahl an Zuschriften können wir leider nicht jeder Bewerberin und jedem Bewerber individuell antworten. Wenn Ihr Profil zu unseren Anforderungen passt, kontaktieren wir Sie innerhalb von vier Wochen.

Den aktuellen Stand sehen Sie jederzeit unter „Meine Bewerbungen" in Ihrem Kandidatenkonto:
https://isarpeak.wd3.myworkday.com/isarpeak_careers/userHome

Viele Grüße
Talent Acquisition | Isarpeak Outdoor""",
        "cte": "8bit",
        "hdr": [("Auto-Submitted", "auto-generated")],
        "mid": "isar_ack",
    },
    {
        "slug": "bergmann_partner_kandidatenpool", "kind": "application_received", "lang": "de",
        "company": "Bergmann & Partner Personalberatung",
        "contact": "stefanie.mair@bergmann-personal.example.at",
        "frm": ("Stefanie Mair", "stefanie.mair@bergmann-personal.example.at"),
        "subject": "Willkommen in unserem Kandidatenpool – Datenschutzinformation",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-01-08 16:20 +0100",
        "text": """Liebe Frau Adjei-Sommer,

schön, dass wir vorgestern telefonieren konnten! Wie besprochen habe ich Sie mit Ihrem Lebenslauf in unseren Kandidatenpool aufgenommen. Ihr Profil – Marketing im Tourismus, Schwerpunkt Destination und Bergbahnen, Raum Tirol/Salzburg, ab Frühjahr verfügbar – ist jetzt für unsere Beraterinnen und Berater sichtbar.

Wir stellen Sie keinem Unternehmen vor, ohne vorher mit Ihnen Rücksprache zu halten. Sobald ein passendes Mandat hereinkommt, rufe ich Sie an.

Im Anhang finden Sie unsere Datenschutzinformation gemäß Art. 13 DSGVO. Sie müssen nichts unterschreiben; eine kurze Bestätigung per Mail genügt.

Herzliche Grüße
Stefanie Mair
Senior Consultant Tourismus & Freizeit
Bergmann & Partner Personalberatung GmbH
Anichstraße 6 | 6020 Innsbruck
Tel. +43 512 93 44 70-12 | Mobil +43 676 512 88 03""",
        "cte": "qp",
        "pdf": [("Datenschutzinformation_Bergmann_Partner.pdf", "Datenschutzinformation fuer Bewerberinnen und Bewerber", [
            "Verantwortlicher: Bergmann & Partner Personalberatung GmbH, Innsbruck",
            "Zweck: Vermittlung von Bewerberinnen und Bewerbern an Auftraggeber",
            "Speicherdauer: 24 Monate ab letztem Kontakt",
            "Ihre Rechte: Auskunft, Berichtigung, Loeschung, Widerspruch",
        ])],
        "mid": "bp_reg",
    },
    {
        "slug": "salzachland_recruitee_danke", "kind": "application_received", "lang": "de",
        "company": "SalzachLand Tourismus", "contact": "karriere@salzachland.example.at",
        "frm": ("SalzachLand Tourismus", "no-reply@jobs.recruitee.com"),
        "reply_to": ("SalzachLand Karriere", "karriere@salzachland.example.at"),
        "subject": "Danke für deine Bewerbung, Henrike!",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-06-15 22:41 +0200",
        "text": """Hallo Henrike,

danke für deine Bewerbung als Projektmanagerin Kampagnen & Kooperationen bei SalzachLand Tourismus! Wir haben deine Unterlagen gut erhalten.

In den nächsten zwei Wochen schauen sich Theresa und Markus aus dem Marketing-Team alle Bewerbungen an. Danach melden wir uns in jedem Fall bei dir – egal, wie es ausgeht.

Fragen? Antworte einfach auf diese Mail, sie landet direkt bei uns im Team.

Liebe Grüße aus Salzburg
Dein SalzachLand-Team""",
        "html": ats_card("SalzachLand Tourismus", "#c0392b", paras("""Hallo Henrike,

danke für deine Bewerbung als Projektmanagerin Kampagnen & Kooperationen bei SalzachLand Tourismus! Wir haben deine Unterlagen gut erhalten.

In den nächsten zwei Wochen schauen sich Theresa und Markus aus dem Marketing-Team alle Bewerbungen an. Danach melden wir uns in jedem Fall bei dir – egal, wie es ausgeht.

Fragen? Antworte einfach auf diese Mail, sie landet direkt bei uns im Team.

Liebe Grüße aus Salzburg
Dein SalzachLand-Team"""), "Gesendet mit Recruitee · SalzachLand Tourismus · Kaigasse 27 · 5020 Salzburg"),
        "cte": "qp",
        "hdr": [("Auto-Submitted", "auto-generated")],
        "mid": "sl_ack",
    },
    {
        "slug": "rittner_unterlagen_eingelangt", "kind": "application_received", "lang": "de",
        "company": "Rittner Höhenhotels", "contact": "j.ebner@ritten-hotels.example.it",
        "frm": ("Ebner, Judith", "j.ebner@ritten-hotels.example.it"),
        "subject": "Ihre Bewerbung - Marketing & Sales Coordinator",
        "date": "2026-04-13 09:26 +0200",
        "text": RH_ACK,
        "html": outlook_html(mso(RH_ACK)),
        "cs": "windows-1252", "cte": "qp",
        "hdr": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Ihre Bewerbung - Marketing & Sales Coordinator")],
        "mid": "rh_ack",
    },
    {
        "slug": "sonnwendjoch_lebenslauf_angekommen", "kind": "application_received", "lang": "de",
        "company": "Hotel Sonnwendjoch", "contact": "b.rieder@sonnwendjoch-hotel.example.at",
        "frm": ("Barbara Rieder", "b.rieder@sonnwendjoch-hotel.example.at"),
        "subject": "AW: Bewerbung als Marketing-Assistentin (Teilzeit)",
        "date": "2026-10-02 10:51 +0200",
        "text": """Hallo Frau Adjei-Sommer,

danke für Ihre Mail - Lebenslauf und Motivationsschreiben sind angekommen. Ich gebe beides heute noch an unsere Chefin, Frau Hörhager, weiter.

Wir sammeln die Bewerbungen bis zum 10. Oktober und melden uns danach bei allen.

Schöne Grüße vom Achensee
Barbara Rieder
Hotel Sonnwendjoch - Büro
6215 Achenkirch""",
        "cs": "iso-8859-1", "cte": "8bit",
        "mid": "sh_ack", "irt": "sh_app",
    },
    {
        "slug": "nordwand_smartrecruiters_erhalten", "kind": "application_received", "lang": "de",
        "company": "Nordwand Seilbahnen", "contact": "",
        "frm": ("Nordwand Seilbahnen", "noreply@smartrecruiters.com"),
        "subject": "Nordwand Seilbahnen: Wir haben Ihre Bewerbung erhalten",
        "date": "2026-07-20 11:05 +0000",
        "html": ats_card("Nordwand Seilbahnen", "#2c3e50", paras("""Hallo Henrike Adjei-Sommer,

vielen Dank für Ihre Bewerbung als Junior Marketing Manager (m/w/d) Seilbahnen & Events. Wir haben Ihre Unterlagen erhalten und werden diese nun sorgfältig prüfen.

Was passiert als Nächstes? Wenn Ihr Profil zu unseren Anforderungen passt, lädt Sie unser Recruiting-Team zur Terminwahl für ein erstes Gespräch ein. Andernfalls erhalten Sie in jedem Fall eine Nachricht von uns.

Sie möchten Ihre Angaben ändern? Melden Sie sich in Ihrem SmartRecruiters-Konto an:
https://jobs.smartrecruiters.com/NordwandSeilbahnen/candidate

Ihr Nordwand-Recruiting-Team"""),
            "Diese Nachricht wurde automatisch von SmartRecruiters im Auftrag von Nordwand Seilbahnen GmbH versendet."),
        "cte": "b64",
        "hdr": [("Auto-Submitted", "auto-generated")],
        "mid": "nw_ack",
    },
    {
        "slug": "achenkamm_bestens_angekommen", "kind": "application_received", "lang": "de",
        "company": "Ferienregion Achenkamm", "contact": "t.wechselberger@achenkamm.example.at",
        "frm": ("Thomas Wechselberger", "t.wechselberger@achenkamm.example.at"),
        "subject": "Re: Bewerbung Marketing & Kommunikation – Henrike Adjei-Sommer",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-08-11 07:58 +0200",
        "text": AK_ACK + "\n\n" + wrote("de", "Mo., 10. Aug. 2026 um 19:02", "Henrike Adjei-Sommer", ME_ADDR)
        + "\n" + quote(AK_APPLICATION),
        "cte": "8bit",
        "mid": "ak_ack",
    },
    {
        "slug": "alpine_talent_cv_erfasst", "kind": "application_received", "lang": "de",
        "company": "Alpine Talent Consulting", "contact": "c.auer@alpinetalent.example.at",
        "frm": ("Mag. Clemens Auer", "c.auer@alpinetalent.example.at"),
        "subject": "Ihr Lebenslauf – Alpine Talent Consulting",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-02-16 12:14 +0100",
        "text": """Sehr geehrte Frau Adjei-Sommer,

besten Dank für die Übermittlung Ihres Lebenslaufs über unser Kontaktformular. Wir haben Ihre Unterlagen erhalten und in unserer Datenbank erfasst.

Zurzeit betreuen wir mehrere Mandate im Bereich Hotellerie und Destinationsmarketing im Land Salzburg. Ich prüfe in den kommenden Tagen, ob eines davon zu Ihrem Profil passt. Bitte nennen Sie mir kurz, wann Sie tagsüber gut erreichbar sind - als Skilehrerin vermutlich eher nicht am Vormittag?

Freundliche Grüße

Mag. Clemens Auer
Partner
Alpine Talent Consulting e.U.
Linzer Gasse 41, 5020 Salzburg
+43 662 87 11 95""",
        "html": plain_html(paras("""Sehr geehrte Frau Adjei-Sommer,

besten Dank für die Übermittlung Ihres Lebenslaufs über unser Kontaktformular. Wir haben Ihre Unterlagen erhalten und in unserer Datenbank erfasst.

Zurzeit betreuen wir mehrere Mandate im Bereich Hotellerie und Destinationsmarketing im Land Salzburg. Ich prüfe in den kommenden Tagen, ob eines davon zu Ihrem Profil passt. Bitte nennen Sie mir kurz, wann Sie tagsüber gut erreichbar sind - als Skilehrerin vermutlich eher nicht am Vormittag?

Freundliche Grüße

Mag. Clemens Auer
Partner
Alpine Talent Consulting e.U.
Linzer Gasse 41, 5020 Salzburg
+43 662 87 11 95""")),
        "cs": "iso-8859-1", "cte": "qp",
        "mid": "atc_cv",
    },
    {
        "slug": "summitsea_greenhouse_received", "kind": "application_received", "lang": "en",
        "company": "Summit & Sea Travel", "contact": "",
        "frm": ("Summit & Sea Travel", "no-reply@us.greenhouse-mail.io"),
        "subject": "Thank you for applying to Summit & Sea Travel",
        "date": "2026-03-02 09:44 +0000",
        "text": """Hi Henrike,

Thanks for applying for the Digital Marketing Executive – Alpine Programmes role at Summit & Sea Travel. Your application has been received and our team will review it shortly.

If your background looks like a good match, someone from our People team will be in touch to arrange next steps. In the meantime, feel free to have a look at our winter brochure and our careers blog.

Best,
The Summit & Sea Talent Team

Please note: this inbox is not monitored.""",
        "html": ats_card("Summit & Sea Travel", "#0f6e8c", paras("""Hi Henrike,

Thanks for applying for the Digital Marketing Executive – Alpine Programmes role at Summit & Sea Travel. Your application has been received and our team will review it shortly.

If your background looks like a good match, someone from our People team will be in touch to arrange next steps. In the meantime, feel free to have a look at our winter brochure and our careers blog.

Best,
The Summit & Sea Talent Team"""), "Please note: this inbox is not monitored. Powered by Greenhouse.", lang="en"),
        "cte": "qp",
        "hdr": [("Auto-Submitted", "auto-generated")],
        "mid": "ss_ack",
    },
    {
        "slug": "peakline_lever_got_it", "kind": "application_received", "lang": "en",
        "company": "Peakline Agency", "contact": "",
        "frm": ("Peakline Agency", "no-reply@hire.lever.co"),
        "subject": "Peakline Agency – we've got your application",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-02-09 17:03 +0000",
        "text": """Hi Henrike,

Thanks so much for your interest in the Account Manager – Travel & Outdoor role at Peakline. We just wanted to let you know we've received your application and it's now with the hiring team.

We read every application ourselves (no robots!) and aim to get back to everyone within ten working days.

Cheers,
Peakline Talent
14 Leonard Street, London EC2A 4AQ""",
        "cte": "8bit",
        "mid": "pk_ack",
    },
    {
        "slug": "alpine_escapes_ashby_high_volume", "kind": "application_received", "lang": "en",
        "company": "Alpine Escapes UK", "contact": "",
        "frm": ("Alpine Escapes UK Hiring", "no-reply@ashbyhq.com"),
        "subject": "Application received: Content Marketing Manager (Ski & Snow)",
        "date": "2026-01-20 13:30 +0000",
        "text": """Dear Henrike,

Thank you for applying for the Content Marketing Manager (Ski & Snow) position at Alpine Escapes UK. This is to confirm that your application has reached us.

Due to the high volume of applications we receive, we are unfortunately unable to respond to every applicant individually. Our team reviews every application, and shortlisted candidates will be contacted within 21 days of the closing date.

Thank you again for your interest in joining us.

Alpine Escapes UK – Recruitment Team""",
        "html": ats_card("Alpine Escapes UK", "#3b3f8f", paras("""Dear Henrike,

Thank you for applying for the Content Marketing Manager (Ski & Snow) position at Alpine Escapes UK. This is to confirm that your application has reached us.

Due to the high volume of applications we receive, we are unfortunately unable to respond to every applicant individually. Our team reviews every application, and shortlisted candidates will be contacted within 21 days of the closing date.

Thank you again for your interest in joining us.

Alpine Escapes UK – Recruitment Team"""), "Sent via Ashby on behalf of Alpine Escapes UK Ltd.", lang="en"),
        "cte": "b64",
        "hdr": [("Auto-Submitted", "auto-generated")],
        "mid": "ae_ack",
    },
    {
        "slug": "harrow_registered", "kind": "application_received", "lang": "en",
        "company": "Harrow Talent Partners", "contact": "priya.raman@harrowtalent.example.co.uk",
        "frm": ("Priya Raman", "priya.raman@harrowtalent.example.co.uk"),
        "subject": "Great to speak today – you're registered with Harrow Talent",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-04-06 16:48 +0100",
        "text": """Hi Henrike,

Great to speak earlier – thanks for walking me through your move from ski instruction into marketing. It's a stronger story than you think!

You're now registered with us. Summary of what we agreed:
- Roles: marketing / content / partnerships in travel, outdoor and hospitality
- Location: London (hybrid) or remote from Innsbruck with regular travel
- Salary expectation: £38–45k
- Notice: available from May

I'll only put you forward with your explicit OK for each role. Expect a call from me when something relevant lands – I have a couple of conversations going with outdoor brands at the moment.

Best wishes,
Priya

Priya Raman
Principal Consultant – Travel, Leisure & Outdoor
Harrow Talent Partners Ltd
71 Farringdon Road, London EC1M 3JU
+44 20 7946 0812""",
        "cte": "qp",
        "mid": "hr_reg",
    },
    {
        "slug": "glacier_lane_icims_confirmation", "kind": "application_received", "lang": "en",
        "company": "Glacier Lane Hotels", "contact": "",
        "frm": ("Glacier Lane Hotels Careers", "careers-noreply@icims.com"),
        "subject": "Glacier Lane Hotels | Application Confirmation – Req #2026-1187",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-06-22 15:02 +0100",
        "html": ats_card("Glacier Lane Hotels", "#5a4636", paras("""Dear Henrike,

Thank you for your interest in Glacier Lane Hotels. This email confirms that we have received your application for Marketing Coordinator – Alpine Collection (Req #2026-1187), London Support Office.

Our talent acquisition team will review your qualifications against the requirements of the position. Candidates selected for an interview will be contacted directly.

You can check the status of your application at any time by logging into the Glacier Lane careers portal:
https://careers-glacierlane.icims.com/jobs/login

Kind regards,
Talent Acquisition
Glacier Lane Hotels"""), "This is an automated message. Please do not reply. Glacier Lane Hotels Ltd, 40 Bressenden Place, London SW1E 5DR.", lang="en"),
        "cte": "b64",
        "hdr": [("Auto-Submitted", "auto-generated")],
        "mid": "gl_ack",
    },
    {
        "slug": "helvetic_trails_teamtailor_received", "kind": "application_received", "lang": "en",
        "company": "Helvetic Trails", "contact": "nora.keller@helvetictrails.example.ch",
        "frm": ("Helvetic Trails", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Nora Keller", "nora.keller@helvetictrails.example.ch"),
        "subject": "We received your application 🏔",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-06-01 08:15 +0200",
        "text": """Hi Henrike,

Thank you for applying for Marketing Lead – Winter Products! We're a team of 23 hikers, skiers and product nerds in Zurich and we read every application carefully.

What happens next: Nora, our Head of Brand, will go through applications by 5 June. You'll hear from us either way.

If you want to add anything to your application, just reply to this email.

Best regards from Zurich,
Helvetic Trails""",
        "html": ats_card("Helvetic Trails", "#d35400", paras("""Hi Henrike,

Thank you for applying for Marketing Lead – Winter Products! We're a team of 23 hikers, skiers and product nerds in Zurich and we read every application carefully.

What happens next: Nora, our Head of Brand, will go through applications by 5 June. You'll hear from us either way.

If you want to add anything to your application, just reply to this email.

Best regards from Zurich,
Helvetic Trails"""), "Helvetic Trails AG · Hardstrasse 219 · 8005 Zürich · Sent with Teamtailor", lang="en"),
        "cte": "qp",
        "mid": "ht_ack",
    },
    {
        "slug": "ot_vallee_blanche_accuse", "kind": "application_received", "lang": "fr",
        "company": "Office de Tourisme de la Vallée Blanche", "contact": "",
        "frm": ("Office de Tourisme de la Vallée Blanche", "ne-pas-repondre@ot-valleeblanche.example.fr"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Accusé de réception - candidature Chargé(e) de promotion marchés germanophones",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-04-02 10:00 +0200",
        "text": """Madame,

Nous accusons bonne réception de votre candidature au poste de chargé(e) de promotion marchés germanophones (CDI, temps plein, basé à Chamonix-Mont-Blanc) et vous remercions de l'intérêt que vous portez à notre office.

Votre dossier sera étudié avec attention par le service des ressources humaines et la direction marketing. Les candidat(e)s retenu(e)s pour un entretien seront contacté(e)s d'ici la fin du mois d'avril.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Service Ressources Humaines
Office de Tourisme de la Vallée Blanche
12, rue des Moraines - 74400 Chamonix-Mont-Blanc

Ce message est généré automatiquement, merci de ne pas y répondre.""",
        "cs": "iso-8859-1", "cte": "qp",
        "hdr": [("Auto-Submitted", "auto-generated")],
        "mid": "ot_ack",
    },
    {
        "slug": "cordee_taleo_enregistree", "kind": "application_received", "lang": "fr",
        "company": "Agence Cordée Marketing", "contact": "",
        "frm": ("Agence Cordée Marketing - Recrutement", "noreply@taleo.net"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Votre candidature a bien été enregistrée",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-08-03 03:12 +0000",
        "text": """Bonjour Henrike Adjei-Sommer,

Nous vous remercions pour votre candidature au poste de Chef de projet marketing – clientèle tourisme (réf. CM-2026-044) au sein de l'Agence Cordée Marketing, à Annecy.

Votre candidature a bien été enregistrée dans notre système. Nos équipes l'examineront dans les meilleurs délais.

En raison du grand nombre de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Si votre profil correspond à nos besoins, un membre de l'équipe vous contactera directement.

Vous pouvez suivre l'état de votre candidature depuis votre espace candidat.

Cordialement,
L'équipe Recrutement
Agence Cordée Marketing""",
        "html": ats_card("Agence Cordée Marketing", "#6c3483", paras("""Bonjour Henrike Adjei-Sommer,

Nous vous remercions pour votre candidature au poste de Chef de projet marketing – clientèle tourisme (réf. CM-2026-044) au sein de l'Agence Cordée Marketing, à Annecy.

Votre candidature a bien été enregistrée dans notre système. Nos équipes l'examineront dans les meilleurs délais.

En raison du grand nombre de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Si votre profil correspond à nos besoins, un membre de l'équipe vous contactera directement.

Vous pouvez suivre l'état de votre candidature depuis votre espace candidat.

Cordialement,
L'équipe Recrutement
Agence Cordée Marketing"""), "Ce courriel a été envoyé automatiquement par Oracle Taleo. Merci de ne pas y répondre.", lang="fr"),
        "cte": "qp",
        "hdr": [("Auto-Submitted", "auto-generated")],
        "mid": "ac_ack",
    },
    {
        "slug": "cimes_inscription_vivier", "kind": "application_received", "lang": "fr",
        "company": "Cimes Recrutement", "contact": "j.perrollaz@cimes-recrutement.example.fr",
        "frm": ("Julien Perrollaz", "j.perrollaz@cimes-recrutement.example.fr"),
        "subject": "Votre inscription chez Cimes Recrutement",
        "date": "2026-05-19 12:31 +0200",
        "text": """Bonjour Henrike,

Merci pour notre échange de ce matin, c'était très instructif. Je vous confirme votre inscription dans notre vivier de candidats : vos CV (français et allemand) sont bien reçus et enregistrés.

Pour rappel, nous recrutons exclusivement pour des acteurs du tourisme de montagne entre Annecy, Chamonix et la Tarentaise. Je vous présenterai uniquement des postes qui correspondent à ce que vous m'avez décrit : marketing, promotion, clientèle germanophone.

Petite chose : pourriez-vous me renvoyer votre CV au format Word ? Certains clients le demandent.

Bien à vous,
Julien Perrollaz
Consultant senior – Tourisme & Loisirs
Cimes Recrutement
4, avenue de Chambéry – 74000 Annecy
06 12 48 77 31""",
        "cte": "8bit",
        "mid": "cr_reg",
    },
    {
        "slug": "pirineu_aventura_bamboohr_recibida", "kind": "application_received", "lang": "es",
        "company": "Pirineu Aventura", "contact": "",
        "frm": ("Pirineu Aventura", "notifications@app.bamboohr.com"),
        "subject": "Hemos recibido tu solicitud – Especialista en Marketing Digital",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-02-24 19:20 +0100",
        "text": """Hola Henrike:

¡Gracias por tu interés en Pirineu Aventura! Te confirmamos que hemos recibido tu solicitud para el puesto de Especialista en Marketing Digital (Andorra la Vella).

Nuestro equipo revisará tu candidatura en los próximos días. Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.

Un saludo,
Equipo de Personas – Pirineu Aventura

Este correo se ha enviado automáticamente; por favor, no respondas a este mensaje.""",
        "html": ats_card("Pirineu Aventura", "#27ae60", paras("""Hola Henrike:

¡Gracias por tu interés en Pirineu Aventura! Te confirmamos que hemos recibido tu solicitud para el puesto de Especialista en Marketing Digital (Andorra la Vella).

Nuestro equipo revisará tu candidatura en los próximos días. Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.

Un saludo,
Equipo de Personas – Pirineu Aventura"""), "Este correo se ha enviado automáticamente a través de BambooHR; por favor, no respondas.", lang="es"),
        "cte": "b64",
        "hdr": [("Auto-Submitted", "auto-generated")],
        "mid": "pa_ack",
    },
    {
        "slug": "coma_blanca_cv_recibido", "kind": "application_received", "lang": "es",
        "company": "Hotel Coma Blanca", "contact": "rrhh@comablanca.example.ad",
        "frm": ("Montse Vidal", "rrhh@comablanca.example.ad"),
        "subject": "Re: Candidatura Responsable de marketing y eventos",
        "date": "2026-05-11 10:07 +0200",
        "text": """Buenos días, Henrike:

Le escribo para confirmarle que hemos recibido su CV y su carta de presentación para el puesto de Responsable de marketing y eventos. Muchas gracias por pensar en nosotros.

La dirección revisará las candidaturas durante la próxima semana. En cuanto tengamos novedades, le escribiremos por este mismo medio.

Atentamente,

Montse Vidal
Recursos Humanos
Hotel Coma Blanca
Carretera General 3, AD400 La Massana (Andorra)
Tel. +376 73 52 10""",
        "cs": "iso-8859-1", "cte": "8bit",
        "mid": "cb_ack",
    },
    # ------------------------------------------------------------------ offer
    {
        "slug": "gamsberg_vertragsangebot_pdf", "kind": "offer", "lang": "de",
        "company": "Gamsberg Bergbahnen", "contact": "magdalena.hechenberger@gamsberg-bahnen.example.at",
        "frm": ("Magdalena Hechenberger", "magdalena.hechenberger@gamsberg-bahnen.example.at"),
        "subject": "Ihr Vertragsangebot – Marketing Manager:in Winter & Sommer",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-02-18 15:36 +0100",
        "text": GAMS_OFFER,
        "html": outlook_html(mso(GAMS_OFFER)),
        "cs": "windows-1252", "cte": "qp",
        "pdf": [GAMS_OFFER_PDF],
        "hdr": [("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes")],
        "mid": "gams_offer", "irt": "gams_panel",
    },
    {
        "slug": "bergmann_partner_kunde_will_angebot", "kind": "offer", "lang": "de",
        "company": "Seehotel Fuschlblick", "contact": "stefanie.mair@bergmann-personal.example.at",
        "frm": ("Stefanie Mair", "stefanie.mair@bergmann-personal.example.at"),
        "subject": "Gute Nachrichten aus Fuschl 🎉",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-05-06 13:12 +0200",
        "text": """Liebe Frau Adjei-Sommer,

ich habe gerade mit Herrn Pichler vom Seehotel Fuschlblick telefoniert – und darf Ihnen ausrichten: Man möchte Ihnen die Position der Marketing- & PR-Managerin anbieten!

Die Eckdaten, wie sie mir der Kunde genannt hat:
- Start 1. Juli 2026 (früher ist ebenfalls möglich)
- € 3.400 brutto monatlich, 14 Gehälter, auf Wunsch Logis im Personalhaus in der ersten Saison
- 4-Tage-Woche in der Nebensaison

Der schriftliche Vertrag kommt direkt vom Hotel, voraussichtlich Anfang nächster Woche. Bevor ich zurückmelde: Haben Sie heute Abend kurz Zeit für ein Telefonat? Ich würde gerne hören, wie es Ihnen damit geht, und eventuelle Wünsche zur Verhandlung mitnehmen.

Herzlichst
Stefanie Mair
Bergmann & Partner Personalberatung
+43 676 512 88 03""",
        "cte": "b64",
        "mid": "bp_fuschl_offer",
    },
    {
        "slug": "sarntaler_arbeitsvertrag_unterschrift", "kind": "offer", "lang": "de",
        "company": "Sarntaler Seilbahnen", "contact": "p.gasser@sarntaler-seilbahnen.example.it",
        "frm": ("Sarntaler Seilbahnen – Verwaltung", "verwaltung@sarntaler-seilbahnen.example.it"),
        "frm_enc": ("utf-8", "B"),
        "reply_to": ("Petra Gasser", "p.gasser@sarntaler-seilbahnen.example.it"),
        "subject": "Arbeitsvertrag zur Unterschrift – Marketing & Kommunikation",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-10-09 11:40 +0200",
        "text": """Sehr geehrte Frau Adjei-Sommer,

nach unserem Gespräch vom Montag und Ihrer mündlichen Zusage übermitteln wir Ihnen anbei den Arbeitsvertrag (Landeszusatzvertrag Seilbahnen Südtirol) als PDF.

Bitte unterschreiben Sie den Vertrag auf Seite 4 und senden Sie ihn eingescannt an Frau Gasser zurück. Das Original können Sie uns am ersten Arbeitstag, dem 2. November, mitbringen.

Für die Anmeldung beim NISF/INPS benötigen wir noch Ihre italienische Steuernummer (codice fiscale). Falls Sie diese noch nicht haben, hilft Ihnen Frau Gasser gerne weiter.

Freundliche Grüße
Verwaltung Sarntaler Seilbahnen
i.A. Petra Gasser
Sarner Straße 12 · I-39058 Sarnthein (BZ)""",
        "html": plain_html(paras("""Sehr geehrte Frau Adjei-Sommer,

nach unserem Gespräch vom Montag und Ihrer mündlichen Zusage übermitteln wir Ihnen anbei den Arbeitsvertrag (Landeszusatzvertrag Seilbahnen Südtirol) als PDF.

Bitte unterschreiben Sie den Vertrag auf Seite 4 und senden Sie ihn eingescannt an Frau Gasser zurück. Das Original können Sie uns am ersten Arbeitstag, dem 2. November, mitbringen.

Für die Anmeldung beim NISF/INPS benötigen wir noch Ihre italienische Steuernummer (codice fiscale). Falls Sie diese noch nicht haben, hilft Ihnen Frau Gasser gerne weiter.

Freundliche Grüße
Verwaltung Sarntaler Seilbahnen
i.A. Petra Gasser
Sarner Straße 12 · I-39058 Sarnthein (BZ)""")),
        "cte": "qp",
        "pdf": [("Arbeitsvertrag_Adjei-Sommer.pdf", "Arbeitsvertrag - Sarntaler Seilbahnen", [
            "Arbeitnehmerin: Henrike Adjei-Sommer",
            "Taetigkeit: Marketing & Kommunikation, Vollzeit",
            "Beginn des Arbeitsverhaeltnisses: 2. November 2026",
            "Probezeit: 3 Monate",
            "Unterschrift Arbeitnehmerin: ____________________ (Seite 4)",
        ])],
    },
    {
        "slug": "salzachland_muendliches_angebot", "kind": "offer", "lang": "de",
        "company": "SalzachLand Tourismus", "contact": "theresa.lindner@salzachland.example.at",
        "frm": ("Theresa Lindner", "theresa.lindner@salzachland.example.at"),
        "subject": "Wie besprochen: unser Angebot für dich",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-07-22 17:25 +0200",
        "text": """Hallo Henrike,

nochmal danke für das Telefonat vorhin – ich hab mich echt gefreut, dass du so spontan „ja, klingt super" gesagt hast!

Wie versprochen hier alles nochmal schriftlich:
Projektmanagerin Kampagnen & Kooperationen, 30 Stunden, Start 1. September
€ 2.980 brutto (14×), Homeoffice 2 Tage/Woche, Klimaticket Salzburg wird übernommen
Probezeit 1 Monat, wie im KV vorgesehen

Den Vertrag bereitet unsere Buchhaltung gerade vor, du bekommst ihn bis Ende nächster Woche per Post. Wenn du vorher noch Fragen hast, ruf mich jederzeit an.

Willkommen im Team (fast)!
Theresa

Theresa Lindner
Leitung Marketing
SalzachLand Tourismus
Kaigasse 27 · 5020 Salzburg
+43 662 88 90 77-15""",
        "cte": "8bit",
        "mid": "sl_offer", "irt": "sl_move",
    },
    {
        "slug": "gletscherblick_vertragsangebot_digital", "kind": "offer", "lang": "de",
        "company": "Gletscherblick Reisen", "contact": "simone.brunner@gletscherblick.example.ch",
        "frm": ("Gletscherblick Reisen HR", "noreply@successfactors.eu"),
        "reply_to": ("Simone Brunner", "simone.brunner@gletscherblick.example.ch"),
        "subject": "Vertragsangebot Gletscherblick Reisen – bitte digital unterzeichnen",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-08-04 08:02 +0200",
        "text": """Guten Tag Frau Adjei-Sommer

Wir freuen uns, Ihnen die Stelle als Marketing Managerin Wintersport (80–100 %) in Zürich anzubieten. Simone Brunner hat Sie gestern bereits telefonisch informiert; im Anhang finden Sie das Vertragsangebot als PDF.

Zur Annahme unterzeichnen Sie den Vertrag bitte bis am 14. August 2026 digital über den folgenden Link:
https://performancemanager5.successfactors.eu/sf/onboarding?company=gletscherbl&doc=OFR-5521

Bei Fragen zum Vertrag, zur Arbeitsbewilligung (EU/EFTA) oder zum Umzug wenden Sie sich bitte direkt an Simone Brunner – einfach auf diese E-Mail antworten.

Freundliche Grüsse
Human Resources
Gletscherblick Reisen AG, Bahnhofstrasse 71, 8001 Zürich

Diese E-Mail wurde automatisch generiert.""",
        "html": ats_card("Gletscherblick Reisen", "#1a5276", paras("""Guten Tag Frau Adjei-Sommer

Wir freuen uns, Ihnen die Stelle als Marketing Managerin Wintersport (80–100 %) in Zürich anzubieten. Simone Brunner hat Sie gestern bereits telefonisch informiert; im Anhang finden Sie das Vertragsangebot als PDF.

Zur Annahme unterzeichnen Sie den Vertrag bitte bis am 14. August 2026 digital über den folgenden Link:
https://performancemanager5.successfactors.eu/sf/onboarding?company=gletscherbl&doc=OFR-5521

Bei Fragen zum Vertrag, zur Arbeitsbewilligung (EU/EFTA) oder zum Umzug wenden Sie sich bitte direkt an Simone Brunner – einfach auf diese E-Mail antworten.

Freundliche Grüsse
Human Resources"""), "Gletscherblick Reisen AG, Bahnhofstrasse 71, 8001 Zürich · Diese E-Mail wurde automatisch generiert."),
        "cte": "b64",
        "pdf": [("Vertragsangebot_Gletscherblick.pdf", "Vertragsangebot - Gletscherblick Reisen", [
            "Funktion: Marketing Managerin Wintersport",
            "Pensum: 80-100 %",
            "Arbeitsort: Zuerich",
            "Stellenantritt: 1. Oktober 2026",
            "Jahreslohn: CHF 96'000 brutto (13 Monatsloehne)",
        ])],
        "hdr": [("Auto-Submitted", "auto-generated")],
        "mid": "gb_offer", "irt": "gb_cancel",
    },
    {
        "slug": "helvetic_trails_verbal_offer_followup", "kind": "offer", "lang": "en",
        "company": "Helvetic Trails", "contact": "nora.keller@helvetictrails.example.ch",
        "frm": ("Nora Keller", "nora.keller@helvetictrails.example.ch"),
        "subject": "Following up on our call – offer details",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-06-24 18:05 +0200",
        "text": """Hi Henrike,

It was a pleasure to tell you the good news on the phone this afternoon – and I'm glad the line held up halfway up the Hafelekar!

To put it in writing: we'd like to offer you the role of Marketing Lead – Winter Products at Helvetic Trails. The key terms we discussed:

  Start date: 1 September 2026 (flexible by a couple of weeks)
  Salary: CHF 98,000 per year, paid in 13 instalments
  Workload: 100%, two days per week remote
  Relocation support: CHF 4,000 plus help with the permit

Our lawyer is finalising the employment contract and you should have it by Friday. Take the weekend to think it over and let me know if anything needs adjusting.

Warmly,
Nora

Nora Keller
Head of Brand, Helvetic Trails AG
Hardstrasse 219, 8005 Zürich | +41 44 555 01 23""",
        "cte": "qp",
        "mid": "ht_offer", "irt": "ht_move",
    },
    {
        "slug": "harrow_client_offer_unnamed", "kind": "offer", "lang": "en",
        "company": "Harrow Talent Partners", "contact": "priya.raman@harrowtalent.example.co.uk",
        "frm": ("Priya Raman", "priya.raman@harrowtalent.example.co.uk"),
        "subject": "Offer!! (and a quick call?)",
        "date": "2026-09-14 12:58 +0100",
        "text": """Hi Henrike,

I've just come off the phone with my client – the London-based adventure travel operator we've been speaking about (I'll share the name once the paperwork is signed, as they've asked me to keep it confidential until then). They loved you in Tuesday's final round and want to make you an offer.

What they've put forward:
• Senior Marketing Executive, permanent, hybrid (2 days in the office near Old Street)
• £43,500 base + 10% bonus, 27 days holiday plus bank holidays
• Start date 2 November, flexible

I know £45k was your ideal, and there may be a bit of room. Shall we talk it through tonight before I go back to them? I'm free any time after 6pm UK time.

Congratulations – this is a big step!
Priya

""" + outlook_block("en", "Henrike Adjei-Sommer <henrike.as@example.at>", "Tuesday, September 8, 2026 9:14 PM",
                    "Priya Raman <priya.raman@harrowtalent.example.co.uk>", "RE: Final round on Tuesday") + """

Hi Priya,

Thanks for setting this up – the final round felt good! They asked a lot about how I'd work with ski schools and guides, and the Head of Marketing seemed to like my idea for a winter newsletter. They said they'd decide by the end of next week, so fingers crossed.

Speak soon,
Henrike""",
        "cte": "qp",
    },
    {
        "slug": "snowline_offer_letter_pdf", "kind": "offer", "lang": "en",
        "company": "Snowline Apparel", "contact": "marcus.lee@snowline.example.co.uk",
        "frm": ("Marcus Lee (Snowline Apparel)", "noreply@workablemail.com"),
        "reply_to": ("Marcus Lee", "marcus.lee@snowline.example.co.uk"),
        "subject": "Your offer from Snowline Apparel",
        "date": "2026-09-22 10:30 +0100",
        "text": """Dear Henrike,

Following your assessment day with us last week, I am delighted to offer you the position of Brand Marketing Manager – Europe at Snowline Apparel.

Your offer letter is attached and sets out the full terms, including a base salary of £47,000, our hybrid working policy and a start date of Monday 2 November 2026. This offer is conditional on satisfactory references and proof of your right to work in the UK.

To accept, please sign and return the letter by Friday 2 October. If you'd like to discuss anything before then, just reply to this email or call me on 020 7946 0377.

We're really excited about what you'll bring to the team.

Best regards,
Marcus Lee
Head of Marketing, Snowline Apparel""",
        "html": ats_card("Snowline Apparel", "#17202a", paras("""Dear Henrike,

Following your assessment day with us last week, I am delighted to offer you the position of Brand Marketing Manager – Europe at Snowline Apparel.

Your offer letter is attached and sets out the full terms, including a base salary of £47,000, our hybrid working policy and a start date of Monday 2 November 2026. This offer is conditional on satisfactory references and proof of your right to work in the UK.

To accept, please sign and return the letter by Friday 2 October. If you'd like to discuss anything before then, just reply to this email or call me on 020 7946 0377.

We're really excited about what you'll bring to the team.

Best regards,
Marcus Lee
Head of Marketing, Snowline Apparel"""), "Sent via Workable on behalf of Snowline Apparel Ltd, 28 Commercial Street, London E1 6LS.", lang="en"),
        "cte": "qp",
        "pdf": [("Snowline_Offer_Letter_Adjei-Sommer.pdf", "Snowline Apparel - Offer of Employment", [
            "Candidate: Henrike Adjei-Sommer",
            "Position: Brand Marketing Manager - Europe",
            "Base salary: GBP 47,000 per annum",
            "Start date: Monday 2 November 2026",
            "Please sign and return by Friday 2 October 2026",
        ])],
        "mid": "sn_offer", "irt": "sn_cancel",
    },
    {
        "slug": "chamonix_outdoor_lab_promesse_embauche", "kind": "offer", "lang": "fr",
        "company": "Chamonix Outdoor Lab", "contact": "camille@chamonix-outdoorlab.example.fr",
        "frm": ("Camille Devouassoux", "camille@chamonix-outdoorlab.example.fr"),
        "subject": "Proposition d'embauche – Responsable marketing & communauté",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-10-12 09:18 +0200",
        "text": """Bonjour Henrike,

Suite à nos échanges et à ta rencontre avec l'équipe jeudi dernier, j'ai le plaisir de te proposer le poste de Responsable marketing & communauté chez Chamonix Outdoor Lab, en CDI, à partir du 4 janvier 2027.

Tu trouveras en pièce jointe la promesse d'embauche détaillant les conditions : rémunération annuelle brute de 42 000 €, statut cadre, forfait jours, télétravail un jour par semaine, et bien sûr un forfait de ski saison pour la vallée.

Merci de nous retourner le document signé avant le 23 octobre. N'hésite pas à m'appeler si tu as la moindre question.

Au plaisir de t'accueillir dans l'équipe !

Camille Devouassoux
Co-fondatrice & directrice générale
Chamonix Outdoor Lab SAS
220, route des Pècles – 74400 Chamonix-Mont-Blanc
+33 4 50 00 12 34""",
        "cte": "qp",
        "pdf": [("Promesse_embauche_Adjei-Sommer.pdf", "Promesse d'embauche - Chamonix Outdoor Lab", [
            "Salariee : Henrike Adjei-Sommer",
            "Poste : Responsable marketing & communaute (CDI, statut cadre)",
            "Date d'entree : 4 janvier 2027",
            "Remuneration annuelle brute : 42 000 EUR",
            "A retourner signee avant le 23 octobre 2026",
        ])],
    },
    {
        "slug": "valira_alta_oferta_carta", "kind": "offer", "lang": "es",
        "company": "Estaciones Valira Alta", "contact": "jordi.puig@valiraalta.example.ad",
        "frm": ("Jordi Puig", "jordi.puig@valiraalta.example.ad"),
        "subject": "Oferta de empleo – Coordinadora de Marketing",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-09-29 16:44 +0200",
        "text": """Hola Henrike:

Después de la entrevista del jueves y de comentarlo con dirección, tengo el placer de ofrecerte el puesto de Coordinadora de Marketing de Estaciones Valira Alta para la temporada 2026-2027, con posibilidad de contrato indefinido a partir de la segunda temporada.

Condiciones principales:
- Incorporación: 2 de noviembre de 2026
- Salario bruto anual: 34.000 € en 14 pagas
- Alojamiento los dos primeros meses en Canillo y forfait de temporada
- Ayuda con los trámites de la autorización de residencia y trabajo

Te adjunto la carta de oferta. Si estás de acuerdo, fírmala y envíamela antes del 9 de octubre. Cualquier duda, llámame al +376 88 12 40.

Un abrazo y, ojalá, ¡bienvenida al equipo!
Jordi Puig
Director de Marketing y Comunicación
Estaciones Valira Alta""",
        "html": plain_html(paras("""Hola Henrike:

Después de la entrevista del jueves y de comentarlo con dirección, tengo el placer de ofrecerte el puesto de Coordinadora de Marketing de Estaciones Valira Alta para la temporada 2026-2027, con posibilidad de contrato indefinido a partir de la segunda temporada.

Condiciones principales:
- Incorporación: 2 de noviembre de 2026
- Salario bruto anual: 34.000 € en 14 pagas
- Alojamiento los dos primeros meses en Canillo y forfait de temporada
- Ayuda con los trámites de la autorización de residencia y trabajo

Te adjunto la carta de oferta. Si estás de acuerdo, fírmala y envíamela antes del 9 de octubre. Cualquier duda, llámame al +376 88 12 40.

Un abrazo y, ojalá, ¡bienvenida al equipo!
Jordi Puig
Director de Marketing y Comunicación
Estaciones Valira Alta"""), lang="es"),
        "cte": "b64",
        "pdf": [("Carta_oferta_Valira_Alta.pdf", "Carta de oferta - Estaciones Valira Alta", [
            "Candidata: Henrike Adjei-Sommer",
            "Puesto: Coordinadora de Marketing",
            "Incorporacion: 2 de noviembre de 2026",
            "Salario bruto anual: 34.000 EUR (14 pagas)",
            "Firmar y devolver antes del 9 de octubre de 2026",
        ])],
        "mid": "va_offer", "irt": "va_move",
    },
]
