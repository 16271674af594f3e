"""Corpus 170: application acknowledgements and offers. Hand-written, blind."""

from __future__ import annotations

from msgs170_common import (
    CAND_ADDR,
    CAND_NAME,
    ats_card,
    forwarded,
    mso,
    paras,
    reply_chain,
    word_html,
)
from msgs170_invites import (
    ANNA,
    ANNA_SIG,
    BEATRIZ,
    BEATRIZ_SIG,
    HANNAH,
    KATHARINA,
    KATHARINA_SIG,
    MARTA,
    MARTA_SIG,
    NATHALIE,
    NINA,
    NINA_SIG,
    RAUCH,
    RAUCH_SIG,
    SEBASTIEN,
    TAB_LEGAL,
    TANJA,
    TANJA_SIG,
    THERESA,
)

PETRA = ("Petra Kübler", "p.kuebler@autohaus-degerloch.example.de")
NADJA = ("Nadja Keller", "nadja.keller@limmat-pruef.example.ch")

ISAR_OFFER_TEXT = f"""Hallo Lukas,

ich freue mich sehr, Ihnen im Namen von Dr. Strobl und dem ganzen Aftermarket-Team die Stelle als Sales Engineer Aftermarket Sensorik bei Isartal Mobility Systems anbieten zu dürfen!

Die wichtigsten Eckdaten:
- Eintritt: 1. Juni 2026 (oder nach Absprache)
- Jahresbruttogehalt: 61.500 € fix zzgl. variabler Vergütung von bis zu 12 %
- Dienstwagen, auch zur privaten Nutzung
- 30 Urlaubstage, mobiles Arbeiten zwei Tage pro Woche
- Einarbeitung mit Produktschulung in unserem Werk in Regensburg

Das vollständige Angebotsschreiben finden Sie im Anhang. Bitte geben Sie uns bis Freitag, 17. April, Bescheid, ob Sie das Angebot annehmen möchten. Für Fragen zum Vertrag oder zum Umzug nach München rufen Sie mich jederzeit an.

Herzliche Grüße
{ANNA_SIG}

Isartal Mobility Systems GmbH · Sitz München · Amtsgericht München HRB 250000 · Geschäftsführer: Dr. Katrin Obermaier
Diese E-Mail einschließlich ihrer Anhänge ist vertraulich und ausschließlich für den bezeichneten Adressaten bestimmt."""

MESSAGES: list[dict] = [
    # ======================================================================= application_received
    {
        "kind": "application_received", "slug": "kolbenwerk_workday_eingang", "id": "kolb-ack", "lang": "de",
        "company": "Kolbenwerk Neckar", "contact": "",
        "frm": ("Kolbenwerk Neckar Karriere", "kolbenwerk@myworkday.com"),
        "subject": "Ihre Bewerbung ist eingegangen: Technischer Vertriebsinnendienst Aftermarket (R-10482)",
        "date": "2026-01-19 14:07", "tz": "-0800",
        "headers": [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
        "text": """Guten Tag Lukas Ferreira-Novak,

vielen Dank für Ihr Interesse an Kolbenwerk Neckar. Ihre Bewerbung für die Position Technischer Vertriebsinnendienst Aftermarket (m/w/d), Stellen-ID R-10482, ist bei uns eingegangen.

Unser Recruiting-Team prüft Ihre Unterlagen sorgfältig und meldet sich innerhalb der nächsten drei Wochen bei Ihnen. Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto einsehen:
https://kolbenwerk.wd3.myworkday.com/kolbenwerk_careers/userHome

Mit freundlichen Grüßen
Ihr Recruiting-Team
Kolbenwerk Neckar GmbH

Dies ist eine automatisch generierte Nachricht.""",
        "html": ats_card("Kolbenwerk Neckar – Karriere", "#0d47a1", """<p>Guten Tag Lukas Ferreira-Novak,</p>
<p>vielen Dank für Ihr Interesse an Kolbenwerk Neckar. Ihre Bewerbung für die Position <b>Technischer Vertriebsinnendienst Aftermarket (m/w/d)</b>, Stellen-ID R-10482, ist bei uns eingegangen.</p>
<p>Unser Recruiting-Team prüft Ihre Unterlagen sorgfältig und meldet sich innerhalb der nächsten drei Wochen bei Ihnen. Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="https://kolbenwerk.wd3.myworkday.com/kolbenwerk_careers/userHome">Kandidatenkonto</a> einsehen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Kolbenwerk Neckar GmbH</p>""",
                      "Dies ist eine automatisch generierte Nachricht. Powered by Workday."),
    },
    {
        "kind": "application_received", "slug": "isartal_greenhouse_danke", "id": "isar-ack", "lang": "de",
        "company": "Isartal Mobility Systems", "contact": "",
        "frm": ("Isartal Mobility Systems", "no-reply@greenhouse-mail.io"),
        "subject": "Danke für Ihre Bewerbung bei Isartal Mobility Systems",
        "date": "2026-02-09 21:14", "tz": "+0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hallo Lukas,

danke, dass Sie sich als Sales Engineer Aftermarket Sensorik (m/w/d) bei uns beworben haben! Wir haben Ihre Bewerbung erhalten und schauen sie uns in Ruhe an.

Wenn Ihr Profil zu unseren Anforderungen passt, meldet sich jemand aus unserem Talent-Acquisition-Team persönlich bei Ihnen.

Viele Grüße
Ihr Isartal Mobility Systems Team

Bitte antworten Sie nicht auf diese E-Mail – das Postfach wird nicht überwacht.""",
        "cte": "quoted-printable",
    },
    {
        "kind": "application_received", "slug": "neckarpersonal_registrierung", "id": "neckar-reg", "lang": "de",
        "company": "Neckarpersonal", "contact": TANJA[1],
        "frm": TANJA, "subject": "Willkommen bei Neckarpersonal – Ihre Registrierung",
        "date": "2026-01-12 15:30",
        "text": f"""Hallo Herr Ferreira-Novak,

vielen Dank für das nette Gespräch heute Vormittag in unserer Ulmer Niederlassung. Hiermit bestätige ich Ihnen, dass wir Sie als Bewerber in unserer Kartei aufgenommen haben – Lebenslauf, Gesellenbrief und Führerscheinkopie liegen uns vor.

Wie besprochen suchen wir für Sie gezielt nach Stellen im technischen Vertrieb und Innendienst bei Zulieferern und Händlern zwischen Stuttgart und Ulm, gerne auch als Direktvermittlung. Sobald ich ein passendes Angebot habe, melde ich mich.

Im Anhang finden Sie unsere Datenschutzhinweise zur Kenntnisnahme.

Freundliche Grüße

{TANJA_SIG}""",
        "pdfs": [{"name": "Datenschutzhinweise_Bewerber_Neckarpersonal.pdf",
                   "title": "Neckarpersonal GmbH - Datenschutzhinweise fuer Bewerber",
                   "lines": ["Verantwortlicher: Neckarpersonal GmbH, Olgastrasse 118, 89073 Ulm",
                          "Zweck: Vermittlung und Arbeitnehmerueberlassung",
                          "Speicherdauer: 24 Monate nach letztem Kontakt",
                          "Ihre Rechte: Auskunft, Berichtigung, Loeschung, Widerspruch"]}],
    },
    {
        "kind": "application_received", "slug": "durlacher_successfactors_keine_einzelantwort", "id": "durlach-ack", "lang": "de",
        "company": "Durlacher Werkzeugmaschinen", "contact": "",
        "frm": ("Durlacher Werkzeugmaschinen GmbH", "noreply@successfactors.eu"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung – Vertriebsingenieur Service & Retrofit",
        "date": "2026-02-23 07:41", "tz": "+0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Sehr geehrter Herr Ferreira-Novak,

wir bestätigen den Eingang Ihrer Bewerbung als Vertriebsingenieur Service & Retrofit (m/w/d), Referenz 40-2217.

Aufgrund der großen Zahl an Zuschriften können wir leider nicht jedem Bewerber individuell antworten. Wenn Ihr Profil zu unseren Anforderungen passt, nehmen wir innerhalb von vier Wochen Kontakt mit Ihnen auf.

Ihre Daten werden gemäß unserer Datenschutzerklärung verarbeitet.

Mit freundlichen Grüßen
Personalabteilung
Durlacher Werkzeugmaschinen GmbH
Pfinztalstraße 90, 76227 Karlsruhe""",
        "html": ats_card("Durlacher Werkzeugmaschinen", "#1f4e79", paras("""Sehr geehrter Herr Ferreira-Novak,

wir bestätigen den Eingang Ihrer Bewerbung als Vertriebsingenieur Service & Retrofit (m/w/d), Referenz 40-2217.

Aufgrund der großen Zahl an Zuschriften können wir leider nicht jedem Bewerber individuell antworten. Wenn Ihr Profil zu unseren Anforderungen passt, nehmen wir innerhalb von vier Wochen Kontakt mit Ihnen auf.

Ihre Daten werden gemäß unserer Datenschutzerklärung verarbeitet.

Mit freundlichen Grüßen
Personalabteilung
Durlacher Werkzeugmaschinen GmbH
Pfinztalstraße 90, 76227 Karlsruhe"""), "SAP SuccessFactors Recruiting"),
    },
    {
        "kind": "application_received", "slug": "limmat_smartrecruiters_erhalten", "id": "limmat-ack", "lang": "de",
        "company": "Limmat Prüftechnik", "contact": "",
        "frm": ("Limmat Prüftechnik AG", "noreply@smartrecruiters.com"),
        "subject": "Wir haben Ihre Bewerbung erhalten – Technischer Verkaufsberater Prüfstände",
        "date": "2026-06-01 06:12", "tz": "+0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Grüezi Lukas

Herzlichen Dank für Ihre Bewerbung als Technischer Verkaufsberater Prüfstände (80–100 %) in Zürich. Ihre Unterlagen sind vollständig bei uns angekommen.

Wir sichten alle Dossiers bis Mitte Juni und melden uns danach bei Ihnen. Bitte sehen Sie bis dahin von telefonischen Nachfragen ab.

Freundliche Grüsse
Limmat Prüftechnik AG
Human Resources""",
        "cte": "base64",
    },
    {
        "kind": "application_received", "slug": "soeflinger_personio_eingang", "id": "soefl-ack", "lang": "de",
        "company": "Söflinger Nutzfahrzeuge", "contact": "",
        "frm": ("Söflinger Nutzfahrzeuge GmbH", "noreply@personio.de"),
        "enc": {"from": ("iso-8859-1", "b"), "subject": ("iso-8859-1", "q")},
        "subject": "Bewerbungseingang: Verkaufsberater Nutzfahrzeug-Service (m/w/d)",
        "date": "2026-02-26 12:44",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hallo Lukas Ferreira-Novak,

vielen Dank für Ihre Bewerbung als Verkaufsberater Nutzfahrzeug-Service (m/w/d) in Ulm-Söflingen. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir melden uns so schnell wie möglich bei Ihnen.

Beste Grüße
Ihr Team von Söflinger Nutzfahrzeuge""",
        "html": ats_card("Söflinger Nutzfahrzeuge", "#2e7d32", paras("""Hallo Lukas Ferreira-Novak,

vielen Dank für Ihre Bewerbung als Verkaufsberater Nutzfahrzeug-Service (m/w/d) in Ulm-Söflingen. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir melden uns so schnell wie möglich bei Ihnen.

Beste Grüße
Ihr Team von Söflinger Nutzfahrzeuge"""), "Gesendet mit Personio"),
    },
    {
        "kind": "application_received", "slug": "blautal_recruitee_unterlagen", "id": "blautal-ack", "lang": "de",
        "company": "Blautal Elektromobil", "contact": "",
        "frm": ("Blautal Elektromobil", "blautal-elektromobil@jobs.recruitee.com"),
        "subject": "Ihre Unterlagen sind da – Vertriebstechniker Ladeinfrastruktur Werkstätten",
        "date": "2026-08-03 09:02",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hallo Lukas,

schön, dass du dich bei Blautal Elektromobil beworben hast! Wir haben deine Unterlagen für die Stelle Vertriebstechniker Ladeinfrastruktur Werkstätten erhalten.

Wir sind ein kleines Team in Blaustein bei Ulm und lesen jede Bewerbung selbst. Gib uns bitte zwei Wochen, dann hörst du von uns.

Bis bald
Das Blautal-Team""",
        "html": ats_card("Blautal Elektromobil", "#00838f", paras("""Hallo Lukas,

schön, dass du dich bei Blautal Elektromobil beworben hast! Wir haben deine Unterlagen für die Stelle Vertriebstechniker Ladeinfrastruktur Werkstätten erhalten.

Wir sind ein kleines Team in Blaustein bei Ulm und lesen jede Bewerbung selbst. Gib uns bitte zwei Wochen, dann hörst du von uns.

Bis bald
Das Blautal-Team"""), "Recruitee"),
        "cte": "base64",
    },
    {
        "kind": "application_received", "slug": "poestlingberg_softgarden_eingangsbestaetigung", "id": "poest-ack", "lang": "de",
        "company": "Pöstlingberg Antriebe", "contact": "",
        "frm": ("Pöstlingberg Antriebe GmbH", "noreply@softgarden.io"),
        "enc": {"from": ("iso-8859-1", "q"), "subject": ("iso-8859-1", "q")},
        "subject": "Eingangsbestätigung: Vertriebstechniker Innendienst (Linz)",
        "date": "2026-08-10 16:25",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("Pöstlingberg Antriebe – Karriere", "#3d5a80", """<p>Sehr geehrter Herr Ferreira-Novak,</p>
<p>wir haben Ihre Bewerbung als <b>Vertriebstechniker Innendienst</b> am Standort Linz erhalten und bedanken uns für Ihr Interesse.</p>
<p>Ihre Unterlagen werden nun von unserer Personalabteilung und der Fachabteilung gesichtet. Über den weiteren Verlauf informieren wir Sie per E-Mail; den Status können Sie auch in Ihrem <a href="https://app.softgarden.io/candidate/poestlingberg">Bewerberkonto</a> verfolgen.</p>
<p>Freundliche Grüße<br>Team Personal<br>Pöstlingberg Antriebe GmbH, Leonfeldner Straße 210, 4040 Linz</p>""",
                      "Versendet mit softgarden e-recruiting."),
    },
    {
        "kind": "application_received", "slug": "autohaus_degerloch_lebenslauf_bekommen", "id": "degerloch-ack", "lang": "de",
        "company": "Autohaus Degerloch", "contact": PETRA[1],
        "frm": PETRA, "enc": {"from": ("iso-8859-1", "q")},
        "subject": "AW: Bewerbung Teiledienst / Theke",
        "date": "2026-01-22 11:15", "reply": "<lfn-degerloch-bewerbung-0121@mail.example.de>",
        "text": f"""Grüß Gott Herr Ferreira-Novak,

Ihren Lebenslauf und das Anschreiben haben wir bekommen, danke schön. Mein Mann ist diese Woche auf Schulung; er schaut sich Ihre Unterlagen nächste Woche an und meldet sich dann wegen eines Termins.

Freundliche Grüße
Petra Kübler
Buchhaltung & Personal
Autohaus Degerloch · Epplestraße 90 · 70597 Stuttgart
0711 5550 3390

{reply_chain("de", "2026-01-21 20:33", CAND_NAME, CAND_ADDR, '''Sehr geehrter Herr Kübler,

über einen Bekannten habe ich erfahren, dass Sie jemanden für den Teiledienst an der
Theke suchen. Meine Unterlagen hänge ich an. Ich kenne Ihr Haus als Kunde und würde
mich freuen, Sie persönlich kennenzulernen.

Viele Grüße
Lukas Ferreira-Novak''')}""",
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "kind": "application_received", "slug": "wendlinger_taleo_eingang", "id": "wend-ack", "lang": "de",
        "company": "Wendlinger Lenksysteme", "contact": "",
        "frm": ("Wendlinger Lenksysteme Recruiting", "noreply@taleo.net"),
        "subject": "Bestätigung: Bewerbung WL-26-0417 „Technischer Vertrieb Lenksysteme Aftermarket“",
        "date": "2026-07-01 04:58", "tz": "+0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Guten Tag Lukas Ferreira-Novak,

Ihre Bewerbung für die Stelle „Technischer Vertrieb Lenksysteme Aftermarket (m/w/d)“ (Anforderung WL-26-0417) wurde erfolgreich übermittelt.

Was passiert jetzt? Unsere Personalabteilung prüft alle Bewerbungen und stimmt sich mit der Fachabteilung ab. Dies kann bis zu vier Wochen dauern. Sie erhalten in jedem Fall eine Nachricht von uns.

Ihre Bewerbung können Sie jederzeit unter „Meine Bewerbungen“ einsehen oder zurückziehen.

Mit freundlichen Grüßen
Talent Acquisition – Wendlinger Lenksysteme GmbH

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.""",
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "kind": "application_received", "slug": "sangone_lever_thanks", "id": "sangone-ack", "lang": "en",
        "company": "Sangone Powertrain", "contact": "",
        "frm": ("Sangone Powertrain", "no-reply@hire.lever.co"),
        "subject": "Thanks for applying to Sangone Powertrain",
        "date": "2026-03-05 08:40", "tz": "-0800", "reply": "sangone-apply",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hi Lukas,

Thank you for your application for Technical Sales Specialist – Transmission Components (Turin). We've received it and our team will review it shortly.

If your background is a good match, a member of our talent team will reach out to discuss next steps.

All the best,
Sangone Powertrain Talent Team

This email was sent by Lever on behalf of Sangone Powertrain. Replies to this address are not monitored.""",
        "html": ats_card("Sangone Powertrain", "#37474f", paras("""Hi Lukas,

Thank you for your application for Technical Sales Specialist – Transmission Components (Turin). We've received it and our team will review it shortly.

If your background is a good match, a member of our talent team will reach out to discuss next steps.

All the best,
Sangone Powertrain Talent Team"""), "This email was sent by Lever on behalf of Sangone Powertrain. Replies to this address are not monitored."),
    },
    {
        "kind": "application_received", "slug": "superga_workable_received", "id": "superga-ack", "lang": "en",
        "company": "Superga Automotive Electronics", "contact": "",
        "frm": ("Superga Automotive Electronics", "noreply@workablemail.com"),
        "subject": "Your application for Field Application Sales Engineer",
        "date": "2026-04-27 15:03",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Dear Lukas,

We've received your application for the Field Application Sales Engineer position at Superga Automotive Electronics, Turin.

Our hiring team is reviewing applications now. You'll hear from us either way within the next three weeks.

Thank you for your interest in joining us.

Superga Automotive Electronics
Sent with Workable""",
    },
    {
        "kind": "application_received", "slug": "voltaro_ashby_cannot_reply_individually", "id": "voltaro-ack", "lang": "en",
        "company": "Voltaro Charging Systems", "contact": "",
        "frm": ("Voltaro Charging Systems", "no-reply@ashbyhq.com"),
        "subject": "We received your application – Voltaro",
        "date": "2026-03-16 18:29",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hi Lukas,

Thanks for applying for Technical Sales Associate, DC Charging at Voltaro. This note confirms that your application has reached us.

We're a small team and the response to this role has been huge, so unfortunately we can't reply to every applicant individually. If we'd like to take things further, you'll hear from us within about two weeks.

Thanks again for your interest in what we're building.

The Voltaro Talent Team
Voltaro Charging Systems GmbH, Munich""",
        "html": ats_card("Voltaro", "#4a148c", paras("""Hi Lukas,

Thanks for applying for Technical Sales Associate, DC Charging at Voltaro. This note confirms that your application has reached us.

We're a small team and the response to this role has been huge, so unfortunately we can't reply to every applicant individually. If we'd like to take things further, you'll hear from us within about two weeks.

Thanks again for your interest in what we're building.

The Voltaro Talent Team"""), "Voltaro Charging Systems GmbH, Munich · Powered by Ashby"),
    },
    {
        "kind": "application_received", "slug": "alpine_sales_cv_in_pool", "id": "alpine-reg", "lang": "en",
        "company": "Alpine Sales Partners", "contact": NINA[1],
        "frm": NINA, "subject": "Your CV – Alpine Sales Partners",
        "date": "2026-05-04 13:47",
        "text": f"""Dear Lukas,

Thank you for sending your CV and for the call this morning. I've added your profile to our candidate pool for technical sales roles with automotive and workshop-equipment suppliers in Switzerland and southern Germany.

As discussed, I'll only present you to a client after checking with you first. You can expect to hear from me as soon as something fits – I already have one or two ideas in the Zürich area.

Best regards,
{NINA_SIG}""",
        "cte": "quoted-printable",
    },
    {
        "kind": "application_received", "slug": "trans_alpine_workday_received", "id": "tab-ack", "lang": "en",
        "company": "Trans-Alpine Bearings", "contact": "",
        "frm": ("Trans-Alpine Bearings Careers", "transalpine@myworkday.com"),
        "subject": "Application received: Technical Sales Engineer Aftermarket (JR-3381)",
        "date": "2026-08-24 03:15", "tz": "-0700",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Dear Lukas Ferreira-Novak,

Thank you for applying for the position of Technical Sales Engineer Aftermarket (JR-3381) in Linz, Austria.

We confirm that your application has been successfully submitted. Our recruitment team will review your profile and contact you if your qualifications match the requirements of the role.

You can track the status of your application in your candidate home:
https://transalpine.wd3.myworkday.com/tab_careers/userHome

Kind regards,
Talent Acquisition
Trans-Alpine Bearings GmbH""",
        "cte": "base64",
    },
    {
        "kind": "application_received", "slug": "alsace_freinage_teamtailor_bien_recue", "id": "alsace-ack", "lang": "fr",
        "company": "Alsace Freinage", "contact": "",
        "frm": ("Alsace Freinage", "no-reply@teamtailor-mail.com"),
        "subject": "Nous avons bien reçu votre candidature !",
        "date": "2026-04-13 20:11",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Bonjour Lukas,

Merci pour votre candidature au poste de Technico-commercial sédentaire (H/F) à Strasbourg. Nous l'avons bien reçue.

Notre équipe recrutement va l'étudier avec attention et reviendra vers vous dans les meilleurs délais.

À bientôt,
L'équipe Alsace Freinage""",
        "html": ats_card("Alsace Freinage", "#c62828", paras("""Bonjour Lukas,

Merci pour votre candidature au poste de Technico-commercial sédentaire (H/F) à Strasbourg. Nous l'avons bien reçue.

Notre équipe recrutement va l'étudier avec attention et reviendra vers vous dans les meilleurs délais.

À bientôt,
L'équipe Alsace Freinage"""), "Envoyé via Teamtailor"),
    },
    {
        "kind": "application_received", "slug": "technostaff_inscription_confirmee", "id": "technostaff-reg", "lang": "fr",
        "company": "TechnoStaff Suisse", "contact": SEBASTIEN[1],
        "frm": SEBASTIEN, "enc": {"from": ("utf-8", "b")},
        "subject": "Votre inscription chez TechnoStaff Suisse",
        "date": "2026-04-01 16:55",
        "text": """Bonjour Lukas,

Merci pour votre CV et pour notre entretien téléphonique de ce matin. Je vous confirme votre inscription dans notre vivier de candidats pour des missions et postes fixes de conseiller technique et de technico-commercial dans l'automobile, en Alsace et en Suisse romande.

Je vous contacterai dès qu'une opportunité correspondra à votre profil. N'hésitez pas à me signaler tout changement de disponibilité.

Belle journée,

Sébastien Rossier
Consultant recrutement – Automobile & Industrie
TechnoStaff Suisse SA
Rue du Rhône 65, 1204 Genève
+41 22 555 40 17""",
    },
    {
        "kind": "application_received", "slug": "rhin_equipements_accuse_reception", "id": "rhin-ack", "lang": "fr",
        "company": "Rhin Équipements Auto", "contact": "",
        "frm": ("Rhin Équipements Auto Recrutement", "ne-pas-repondre@rhin-equipements.example.fr"),
        "enc": {"from": ("iso-8859-1", "q"), "subject": ("iso-8859-1", "q")},
        "subject": "Accusé de réception de votre candidature",
        "date": "2026-03-02 09:00",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Monsieur,

Nous accusons bonne réception de votre candidature au poste d'attaché commercial atelier (réf. RE-2026-07) et vous remercions de l'intérêt que vous portez à notre entreprise.

En raison du nombre important de candidatures, nous ne pourrons malheureusement pas répondre individuellement à chacune d'entre elles. Si votre profil retient notre attention, nous prendrons contact avec vous dans un délai de trois semaines.

Le service des ressources humaines
Rhin Équipements Auto

Ce message est généré automatiquement, merci de ne pas y répondre.""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "kind": "application_received", "slug": "pisuerga_personio_recibida", "id": "pisuerga-ack", "lang": "es",
        "company": "Pisuerga Componentes", "contact": "",
        "frm": ("Pisuerga Componentes", "noreply@personio.de"),
        "subject": "Hemos recibido tu solicitud – Técnico comercial de recambios",
        "date": "2026-05-11 10:32", "reply": "pisuerga-apply",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hola Lukas:

Gracias por tu interés en Pisuerga Componentes. Te confirmamos que hemos recibido tu solicitud para el puesto de Técnico comercial de recambios en Valladolid.

Nuestro equipo de selección revisará tu perfil y se pondrá en contacto contigo si encaja con lo que buscamos.

Un saludo,
El equipo de Pisuerga Componentes""",
        "html": ats_card("Pisuerga Componentes", "#ef6c00", paras("""Hola Lukas:

Gracias por tu interés en Pisuerga Componentes. Te confirmamos que hemos recibido tu solicitud para el puesto de Técnico comercial de recambios en Valladolid.

Nuestro equipo de selección revisará tu perfil y se pondrá en contacto contigo si encaja con lo que buscamos.

Un saludo,
El equipo de Pisuerga Componentes"""), "Enviado con Personio"),
    },
    {
        "kind": "application_received", "slug": "talento_motor_cv_recibido", "id": "talento-ack", "lang": "es",
        "company": "Talento Motor", "contact": BEATRIZ[1],
        "frm": BEATRIZ, "enc": {"from": ("iso-8859-1", "b")},
        "subject": "Hemos recibido tu CV",
        "date": "2026-02-11 12:20",
        "text": f"""Hola Lukas:

Muchas gracias por enviarnos tu currículum. Lo hemos recibido correctamente y ya forma parte de nuestra base de candidatos para posiciones técnico-comerciales en el sector de automoción en Castilla y León.

En cuanto tengamos un proceso que encaje contigo te llamaré para contarte los detalles. Mientras tanto, si cambias de teléfono o de disponibilidad, avísame.

Un saludo,

{BEATRIZ_SIG}""",
        "cte": "8bit",
    },
    {
        "kind": "application_received", "slug": "esgueva_workable_candidatura", "id": "esgueva-ack", "lang": "es",
        "company": "Esgueva Automoción", "contact": "",
        "frm": ("Esgueva Automoción", "noreply@workablemail.com"),
        "enc": {"from": ("utf-8", "b")},
        "subject": "Gracias por tu candidatura a Esgueva Automoción",
        "date": "2026-09-21 18:46",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hola Lukas:

Hemos recibido tu candidatura para el puesto de Asesor técnico-comercial de utillaje (Valladolid). Gracias por pensar en nosotros.

El equipo de selección revisará todas las candidaturas durante las próximas semanas.

Esgueva Automoción
Enviado con Workable""",
    },
    # ======================================================================= offer
    {
        "kind": "offer", "slug": "isartal_angebot_pdf", "id": "isar-offer", "lang": "de",
        "company": "Isartal Mobility Systems", "contact": ANNA[1],
        "frm": ANNA, "subject": "Ihr Angebot: Sales Engineer Aftermarket Sensorik",
        "date": "2026-04-07 11:02", "reply": "isar-move",
        "text": ISAR_OFFER_TEXT, "html": word_html(mso(ISAR_OFFER_TEXT)),
        "pdfs": [{"name": "Angebotsschreiben_Ferreira-Novak_Isartal.pdf",
                   "title": "Isartal Mobility Systems GmbH - Angebotsschreiben",
                   "lines": ["Herrn Lukas Ferreira-Novak, Stuttgart",
                          "Position: Sales Engineer Aftermarket Sensorik",
                          "Eintritt: 01.06.2026, unbefristet, Probezeit 6 Monate",
                          "Jahresbruttogehalt: 61.500 EUR zzgl. bis zu 12 % variabel",
                          "Dienstwagen, 30 Urlaubstage",
                          "Annahmefrist: 17.04.2026"]}],
    },
    {
        "kind": "offer", "slug": "kessler_rauch_brennerlicht_will_angebot", "id": "kr-offer", "lang": "de",
        "company": "Brennerlicht Automotive", "contact": RAUCH[1],
        "frm": RAUCH, "subject": "Brennerlicht möchte Ihnen ein Angebot machen",
        "date": "2026-06-03 18:15", "reply": "kr-invite",
        "text": f"""Lieber Herr Ferreira-Novak,

ich habe sehr gute Nachrichten: Brennerlicht Automotive möchte Ihnen die Position Technical Sales Manager Aftermarket Lighting anbieten. Dr. Wastl hat mich heute Nachmittag angerufen – das zweite Gespräch und Ihre Präsentation zur Werkstattkalibrierung haben überzeugt.

Die Eckpunkte, die mir der Mandant genannt hat:
- 68.000 € Fixgehalt plus bis zu 15 % Bonus
- Dienstwagen der Mittelklasse, Homeoffice-Anteil nach Absprache
- Start zum 1. September 2026 oder früher

Das schriftliche Angebot schickt Ihnen Frau Ostermaier in den nächsten Tagen direkt. Lassen Sie uns morgen Abend telefonieren, bevor Sie antworten – gerade beim Bonusmodell lohnt sich ein genauer Blick.

Herzlichen Glückwunsch schon einmal!

{RAUCH_SIG}

{forwarded("de", "Dr. Alois Wastl <a.wastl@brennerlicht.example.de>", "2026-06-03 16:40", f"{RAUCH[0]} <{RAUCH[1]}>", "Kandidat Ferreira-Novak", '''Servus Herr Rauch,

wir haben uns im Kreis entschieden und möchten Herrn Ferreira-Novak ein Angebot machen.
Frau Ostermaier bereitet den Vertrag vor. Bitte geben Sie ihm schon einmal Bescheid.

Beste Grüße
Alois Wastl''')}""",
    },
    {
        "kind": "offer", "slug": "limmat_vertrag_zur_unterschrift", "id": "limmat-offer", "lang": "de",
        "company": "Limmat Prüftechnik", "contact": NADJA[1],
        "frm": NADJA, "cc": [("Reto Hürlimann", "reto.huerlimann@limmat-pruef.example.ch")],
        "enc": {"cc": ("utf-8", "b")},
        "subject": "Arbeitsvertrag zur Unterzeichnung – Technischer Verkaufsberater Prüfstände",
        "date": "2026-07-20 10:30", "reply": "limmat-move",
        "text": """Grüezi Herr Ferreira-Novak

Wie Ihnen Herr Hürlimann am Freitag bereits telefonisch mitgeteilt hat, möchten wir Sie sehr gerne als Technischen Verkaufsberater Prüfstände bei der Limmat Prüftechnik AG anstellen.

Im Anhang erhalten Sie den Arbeitsvertrag in zweifacher Ausführung:
- Pensum 100 %, Stellenantritt 1. Oktober 2026
- Jahreslohn CHF 96'000, ausbezahlt in 13 Monatslöhnen
- Geschäftsfahrzeug, 25 Ferientage

Bitte unterzeichnen Sie beide Exemplare und senden Sie eines bis zum 7. August 2026 an uns zurück (per Post oder eingescannt an diese Adresse). Für die Grenzgängerbewilligung bzw. den Wohnsitzwechsel unterstützen wir Sie gerne.

Wir freuen uns auf die Zusammenarbeit!

Freundliche Grüsse

Nadja Keller
HR-Verantwortliche
Limmat Prüftechnik AG · Hohlstrasse 560 · 8048 Zürich
+41 44 555 37 05

Diese E-Mail ist vertraulich. Falls Sie nicht der beabsichtigte Empfänger sind, benachrichtigen Sie bitte den Absender und löschen Sie diese Nachricht.""",
        "pdfs": [{"name": "Arbeitsvertrag_Ferreira-Novak_unterschriftsbereit.pdf",
                   "title": "Limmat Prueftechnik AG - Arbeitsvertrag",
                   "lines": ["Arbeitnehmer: Lukas Ferreira-Novak",
                          "Funktion: Technischer Verkaufsberater Pruefstaende",
                          "Beginn: 1. Oktober 2026, Pensum 100 %",
                          "Jahreslohn: CHF 96'000 (13 Monatsloehne)",
                          "Unterschrift Arbeitnehmer: ____________________"]}],
        "cte": "quoted-printable",
    },
    {
        "kind": "offer", "slug": "neckarpersonal_direktvermittlung_hohenlohe", "id": "neckar-offer", "lang": "de",
        "company": "Hohenlohe Kabelsysteme", "contact": TANJA[1],
        "frm": TANJA, "subject": "Zusage von Hohenlohe Kabelsysteme – Vertragsangebot im Anhang",
        "date": "2026-07-14 13:08",
        "text": f"""Hallo Herr Ferreira-Novak,

jetzt ist es offiziell: Hohenlohe Kabelsysteme möchte Sie im Rahmen der Direktvermittlung fest als Technischen Vertriebsmitarbeiter für Kabelsätze im Nutzfahrzeug-Ersatzteilgeschäft einstellen. Herr Dietz war von Ihrem Probearbeitstag in Künzelsau begeistert.

Das Vertragsangebot des Kunden hänge ich an. Eckdaten: unbefristet, 52.000 € Jahresgehalt plus Provision, Start am 1. September. Die Einstellung erfolgt direkt bei Hohenlohe Kabelsysteme, für Sie entstehen keine Kosten.

Bitte schauen Sie sich den Vertrag in Ruhe an und geben Sie mir bis Montag Bescheid, ob Sie annehmen. Bei Fragen rufen Sie mich einfach an.

Herzliche Grüße und Glückwunsch!

{TANJA_SIG}""",
        "pdfs": [{"name": "Vertragsangebot_Hohenlohe_Kabelsysteme.pdf",
                   "title": "Hohenlohe Kabelsysteme GmbH - Vertragsangebot",
                   "lines": ["Herr Lukas Ferreira-Novak",
                          "Position: Technischer Vertriebsmitarbeiter Kabelsaetze NFZ",
                          "Beginn: 01.09.2026, unbefristet",
                          "Jahresgehalt: 52.000 EUR zzgl. Provision",
                          "Bitte unterschrieben zurueck an Neckarpersonal GmbH"]}],
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "kind": "offer", "slug": "auer_muendliche_zusage_bestaetigung", "id": "auer-offer", "lang": "de",
        "company": "Auer Fahrzeugtechnik", "contact": THERESA[1],
        "frm": THERESA, "subject": "Wie besprochen: unser Angebot für den Teiledienst",
        "date": "2026-09-24 16:44",
        "text": """Hallo Herr Ferreira-Novak,

danke für das gute Gespräch gestern – schön, dass es im zweiten Anlauf geklappt hat!

Wie Herr Gruber Ihnen am Telefon schon gesagt hat, würden wir Sie sehr gerne als Serviceberater Teile & Zubehör in unserem Betrieb in Pasing einstellen. Hier noch einmal schriftlich, was wir besprochen haben:

- Beginn: 1. November 2026
- Gehalt: 3.900 € brutto im Monat, 13 Gehälter
- 5-Tage-Woche, jeder zweite Samstag frei
- Firmenwagen aus dem Gebrauchtbestand für die Fahrten zu Werkstattkunden

Den Arbeitsvertrag schicke ich Ihnen nächste Woche per Post. Sagen Sie uns bitte bis Mittwoch kurz zu, damit wir die Stelle nicht weiter ausschreiben.

Viele Grüße aus Pasing
Theresa Auer
Personal & Organisation
Auer Fahrzeugtechnik GmbH & Co. KG
Landsberger Straße 480 · 81241 München""",
        "cte": "8bit",
    },
    {
        "kind": "offer", "slug": "northline_verbal_offer_followup", "id": "northline-offer", "lang": "en",
        "company": "Northline Fleet Parts", "contact": HANNAH[1],
        "frm": HANNAH, "subject": "Following up on our call – offer details",
        "date": "2026-07-24 15:12", "reply": "northline-invite",
        "text": """Dear Lukas,

It was great to speak to you earlier, and I'm delighted that Mark's verbal offer was such good news for you.

To confirm in writing what we discussed on the phone:
- Role: Inside Sales Technician (Fleet & Trailer Parts), Karlsruhe branch
- Start date: 1 October 2026
- Salary: EUR 49,000 per year plus quarterly sales bonus
- 30 days' holiday, company pension scheme

The formal contract will come from our HR system within the next week; it will need your electronic signature. In the meantime, if you have any questions, just reply to this email.

Welcome aboard (almost)!

Kind regards,
Hannah Okafor
HR Manager DACH | Northline Fleet Parts
+49 721 555 6620""",
    },
    {
        "kind": "offer", "slug": "trans_alpine_offer_letter_pdf", "id": "tab-offer", "lang": "en",
        "company": "Trans-Alpine Bearings", "contact": KATHARINA[1],
        "frm": KATHARINA, "subject": "Offer of employment – Technical Sales Engineer Aftermarket",
        "date": "2026-09-30 14:20", "reply": "tab-move",
        "text": f"""Dear Mr Ferreira-Novak,

Following your panel interview on 11 September and our conversation last week, I am very pleased to offer you the position of Technical Sales Engineer Aftermarket at Trans-Alpine Bearings, based in Linz.

Your offer letter is attached. It sets out your annual gross salary of EUR 58,800 (paid in 14 instalments, as is customary in Austria), your company car, and a start date of 1 January 2027.

Please sign and return the letter by 14 October 2026. Should you have any questions regarding relocation support or the Austrian social security registration, I will be glad to help.

We look forward to welcoming you to the team.

Kind regards,

{KATHARINA_SIG}

{TAB_LEGAL}""",
        "html": word_html(mso(f"""Dear Mr Ferreira-Novak,

Following your panel interview on 11 September and our conversation last week, I am very pleased to offer you the position of Technical Sales Engineer Aftermarket at Trans-Alpine Bearings, based in Linz.

Your offer letter is attached. It sets out your annual gross salary of EUR 58,800 (paid in 14 instalments, as is customary in Austria), your company car, and a start date of 1 January 2027.

Please sign and return the letter by 14 October 2026. Should you have any questions regarding relocation support or the Austrian social security registration, I will be glad to help.

We look forward to welcoming you to the team.

Kind regards,

{KATHARINA_SIG}

{TAB_LEGAL}""")),
        "pdfs": [{"name": "Offer_Letter_Ferreira-Novak_TAB.pdf",
                   "title": "Trans-Alpine Bearings GmbH - Offer Letter",
                   "lines": ["Candidate: Lukas Ferreira-Novak",
                          "Position: Technical Sales Engineer Aftermarket, Linz",
                          "Start date: 1 January 2027",
                          "Annual gross salary: EUR 58,800 (14 instalments)",
                          "Please sign and return by 14 October 2026"]}],
    },
    {
        "kind": "offer", "slug": "ill_mecanique_promesse_embauche", "id": "ill-offer", "lang": "fr",
        "company": "Ill Mécanique Industrielle", "contact": NATHALIE[1],
        "frm": NATHALIE, "subject": "Proposition d'embauche – Technico-commercial machines-outils",
        "date": "2026-10-06 11:40", "reply": "ill-invite",
        "text": """Bonjour Lukas,

Suite à votre journée d'immersion et à l'entretien de synthèse avec M. Hoffmann, j'ai le plaisir de vous confirmer que nous souhaitons vous recruter au poste de technico-commercial machines-outils.

Vous trouverez en pièce jointe notre promesse d'embauche :
– CDI, statut agent de maîtrise, à compter du 4 janvier 2027
– rémunération annuelle brute de 42 000 € sur 13 mois, plus une part variable
– véhicule de service et téléphone portable

Nous vous remercions de nous retourner le document signé avant le 16 octobre. Nous restons bien sûr à votre disposition pour toute question, notamment sur l'œuvre sociale du CSE et la mutuelle.

Au plaisir de vous accueillir dans l'équipe,

Nathalie Kieffer
Responsable RH
Ill Mécanique Industrielle
3 rue de l'Industrie, 67400 Illkirch-Graffenstaden
03 88 55 50 93""",
        "pdfs": [{"name": "Promesse_embauche_Ferreira-Novak.pdf",
                   "title": "Ill Mecanique Industrielle - Promesse d'embauche",
                   "lines": ["M. Lukas Ferreira-Novak",
                          "Poste : technico-commercial machines-outils (CDI)",
                          "Date d'entree : 4 janvier 2027",
                          "Remuneration : 42 000 EUR bruts annuels sur 13 mois + variable",
                          "A retourner signe avant le 16 octobre 2026"]}],
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "kind": "offer", "slug": "pisuerga_oferta_incorporacion", "id": "pisuerga-offer", "lang": "es",
        "company": "Pisuerga Componentes", "contact": MARTA[1],
        "frm": MARTA, "subject": "Oferta de incorporación – Técnico comercial de recambios",
        "date": "2026-06-22 13:05", "reply": "pisuerga-move",
        "text": f"""Estimado Lukas:

Nos complace comunicarte que, tras la entrevista con Ignacio Herrero y conmigo, hemos decidido ofrecerte el puesto de técnico comercial de recambios en Pisuerga Componentes.

Te adjuntamos la carta de oferta con las condiciones:
- Contrato indefinido a jornada completa
- Salario bruto anual de 34.000 €, más variable por objetivos de hasta el 10 %
- Vehículo de empresa y teléfono móvil
- Incorporación prevista el 1 de septiembre de 2026

Te agradeceríamos que nos confirmaras tu aceptación antes del 3 de julio. Si necesitas ayuda con el traslado a Valladolid, podemos ponerte en contacto con una inmobiliaria con la que trabajamos.

Un saludo muy cordial,

{MARTA_SIG}""",
        "pdfs": [{"name": "Carta_oferta_Ferreira-Novak.pdf",
                   "title": "Pisuerga Componentes S.L. - Carta de oferta",
                   "lines": ["D. Lukas Ferreira-Novak",
                          "Puesto: Tecnico comercial de recambios",
                          "Contrato indefinido, jornada completa",
                          "Salario bruto anual: 34.000 EUR + variable hasta 10 %",
                          "Incorporacion: 1 de septiembre de 2026"]}],
        "cte": "base64",
    },
    {
        "kind": "offer", "slug": "talento_motor_duero_quiere_oferta", "id": "talento-offer", "lang": "es",
        "company": "Duero Motor Sistemas", "contact": BEATRIZ[1],
        "frm": BEATRIZ, "subject": "¡Duero Motor Sistemas quiere hacerte una oferta!",
        "date": "2026-03-27 10:14", "reply": "talento-move",
        "enc": {"from": ("iso-8859-1", "q"), "subject": ("utf-8", "b")},
        "text": f"""Hola Lukas:

Te llamo en cuanto salga de una reunión, pero no quería esperar: Duero Motor Sistemas quiere hacerte una oferta para el puesto de especialista técnico-comercial de sistemas de inyección.

Rubén Calvo me ha adelantado las condiciones: 36.500 € brutos al año más un variable de hasta 4.000 €, coche de empresa y teletrabajo un día a la semana. Les gustaría que empezaras el 4 de mayo.

La carta formal te la enviarán ellos directamente esta semana. Hablamos luego y lo vemos con calma.

¡Enhorabuena!

{BEATRIZ_SIG}""",
    },
]
