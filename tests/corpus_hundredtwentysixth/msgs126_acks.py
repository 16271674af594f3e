"""Application acknowledgements and offers (126th corpus). Each message written by hand."""

from __future__ import annotations

from msgs126_common import ats, gmail, outlook

SPECS: list[dict] = []

# ----------------------------------------------------------------------------------------------
# application_received
# ----------------------------------------------------------------------------------------------

# 1 -- Workday, Munich department store, HTML only, no-reply
_t = """Sehr geehrte Frau Hofbauer,

vielen Dank für Ihre Bewerbung als Abteilungsleitung Damenmode (m/w/d) – München Innenstadt (R-04417). Wir bestätigen hiermit den Eingang Ihrer Unterlagen.

Unser Recruiting-Team prüft Ihre Bewerbung sorgfältig und meldet sich in den kommenden Wochen bei Ihnen. Den aktuellen Stand können Sie jederzeit in Ihrem Kandidatenprofil einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Modehaus Ostermeier"""
SPECS.append(dict(
    kind="application_received", scenario="workday_eingang_munich", lang="de",
    company="Modehaus Ostermeier", contact="",
    **{"from": ("Ostermeier Talent Acquisition", "ostermeier@myworkday.com")},
    subject="Eingangsbestätigung Ihrer Bewerbung – R-04417", date="2026-01-20 19:02 +0100",
    structure="html", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="Modehaus Ostermeier", logo="https://ostermeier.wd3.myworkday.com/wday/asset/logo/ostermeier.png",
             accent="#8a1538", button=("Zum Kandidatenprofil", "https://ostermeier.wd3.myworkday.com/de-DE/Ostermeier_Careers/userHome"),
             pixel="https://ostermeier.wd3.myworkday.com/o/p.gif?e=R-04417&r=1102",
             footer="Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.\n\nModehaus Ostermeier GmbH & Co. KG · Kaufingerstraße 12 · 80331 München"),
))

# 2 -- family fashion house: automatic reply, "if you hear nothing in four weeks" (still an acknowledgement)
SPECS.append(dict(
    kind="application_received", scenario="four_weeks_silence_means_no", lang="de",
    company="Modehaus Sailer", contact="",
    **{"from": ("Modehaus Sailer Bewerbungen", "bewerbung@modehaus-sailer.example.at")},
    subject="Automatische Antwort: Bewerbung als Filialleiterin", date="2026-02-09 07:12 +0100",
    thread=["<6f0c2b7e-5a41-4d7e-9c1b-3e8a2f4d9b10@example.at>"],
    charset="iso-8859-1", cte="qp",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    text="""Sehr geehrte Bewerberin, sehr geehrter Bewerber,

vielen Dank für Ihre Bewerbung bei Modehaus Sailer. Ihre Unterlagen sind bei uns eingegangen und werden an die zuständige Abteilung weitergeleitet.

Aufgrund der großen Zahl an Zuschriften können wir leider nicht jede Bewerbung einzeln beantworten. Sollten Sie innerhalb von vier Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung bitte als nicht berücksichtigt.

Wir bitten um Verständnis.

Modehaus Sailer
Stadtplatz 18 · 4600 Wels""",
))

# 3 -- job board forwards to a Vienna department store, HTML only
_t = """Hallo Greta,

deine Bewerbung wurde erfolgreich an Kaufhaus Lindengasse übermittelt.

Stelle: Abteilungsleitung Kosmetik (w/m/d)
Arbeitgeber: Kaufhaus Lindengasse, 1070 Wien
Gesendet am: 23.02.2026, 21:47
Unterlagen: Lebenslauf_Hofbauer.pdf, Motivationsschreiben.pdf

Das Unternehmen meldet sich direkt bei dir. Tipp: Im Bereich "Meine Bewerbungen" kannst du den Status verfolgen und Notizen hinzufügen.

Viel Erfolg!
Dein karrierewelt-Team"""
SPECS.append(dict(
    kind="application_received", scenario="job_board_sent_to_employer", lang="de",
    company="Kaufhaus Lindengasse", contact="",
    **{"from": ("karrierewelt.at", "noreply@karrierewelt.example.at")},
    subject="Deine Bewerbung bei Kaufhaus Lindengasse wurde gesendet", date="2026-02-23 21:47 +0100",
    structure="html", cte="qp",
    headers={"List-Unsubscribe": "<https://www.karrierewelt.example.at/einstellungen/mail?u=g7h2>"},
    text=_t,
    html=ats(_t, logo_alt="karrierewelt.at – Jobs in Österreich", logo="https://static.karrierewelt.example.at/img/logo-mail.png",
             accent="#00a19a", tracker="https://click.karrierewelt.example.at/c",
             pixel="https://click.karrierewelt.example.at/o.gif?m=appl-881276",
             button=("Meine Bewerbungen", "https://www.karrierewelt.example.at/meine-bewerbungen"),
             footer="karrierewelt.at GmbH · Wienerbergstraße 7 · 1100 Wien · FN 199731 b\n\nE-Mail-Einstellungen ändern: https://www.karrierewelt.example.at/einstellungen/mail"),
))

# 4 -- Zurich department store via SuccessFactors, multipart/alternative
_t = """Sehr geehrte Frau Hofbauer

Besten Dank für Ihre Bewerbung als Abteilungsleiterin Beauty & Accessoires bei der Limmat Warenhaus AG. Wir haben Ihre Unterlagen erhalten.

Wir prüfen Ihr Dossier und melden uns innert zwei bis drei Wochen bei Ihnen. Bitte haben Sie Verständnis, dass wir bis dahin keine Auskünfte zum Stand geben können.

Freundliche Grüsse
Limmat Warenhaus AG
Human Resources"""
SPECS.append(dict(
    kind="application_received", scenario="zurich_successfactors_eingang", lang="de",
    company="Limmat Warenhaus", contact="",
    **{"from": ("Limmat Warenhaus Karriere", "limmat-jobs@successfactors.eu")},
    subject="Eingangsbestätigung – Abteilungsleiterin Beauty & Accessoires (Job-ID 22014)",
    date="2026-02-16 10:31 +0100", structure="alt", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="LIMMAT Warenhaus", logo="https://career5.successfactors.eu/public/ui-resource/limmat/logo.png",
             accent="#00205b",
             footer="Limmat Warenhaus AG, Bahnhofstrasse 88, 8001 Zürich. Diese E-Mail wurde automatisch versendet; Antworten werden nicht gelesen."),
))

# 5 -- Salzburg family business, personal note, Latin-1
SPECS.append(dict(
    kind="application_received", scenario="family_business_personal_note", lang="de",
    company="Trachten Moser & Söhne", contact="a.moser@trachten-moser.example.at",
    **{"from": ("Trachten Moser & Söhne", "a.moser@trachten-moser.example.at")},
    subject="Ihr Schreiben vom 14.1.", date="2026-01-16 09:40 +0100",
    charset="iso-8859-1", header_charset="iso-8859-1", cte="8bit",
    text="""Sehr geehrte Frau Hofbauer,

Ihre Unterlagen sind gut bei uns angekommen, danke dafür. Mein Mann und ich sehen sie uns in Ruhe an, sobald der Winterschlussverkauf vorbei ist, und melden uns dann bei Ihnen.

Mit freundlichen Grüßen
Anneliese Moser
Trachten Moser & Söhne, Salzburg""",
))

# 6 -- Graz department store, own careers portal, no-reply, HTML only
_t = """Sehr geehrte Frau Hofbauer,

herzlichen Dank für Ihr Interesse an Kessler & Obermayr!

Ihre Bewerbung für die Position Storemanagerin (w/m/d) Sporgasse ist vollständig bei uns eingelangt. Die Referenznummer lautet KO-2026-0193.

Wir sehen uns Ihre Unterlagen genau an und melden uns so bald wie möglich.

Mit freundlichen Grüßen
Recruiting Kessler & Obermayr"""
SPECS.append(dict(
    kind="application_received", scenario="graz_portal_reference_number", lang="de",
    company="Kessler & Obermayr", contact="",
    **{"from": ("Kessler & Obermayr Karriere", "karriere-noreply@ko-graz.example.at")},
    subject="Ihre Bewerbung KO-2026-0193", date="2026-02-20 12:00 +0100",
    structure="html", charset="iso-8859-1", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="KESSLER & OBERMAYR · GRAZ SEIT 1873", logo="https://jobs.ko-graz.example.at/img/ko_logo.png",
             accent="#003b5c",
             footer="Kessler & Obermayr GmbH · Sporgasse 2 · 8010 Graz · FN 48713 s\n\nDiese E-Mail wurde automatisch erstellt."),
))

# 7 -- temp agency: CV received, exclamation marks, client not named
SPECS.append(dict(
    kind="application_received", scenario="leasing_cv_received_du", lang="de",
    company="JOBWERK Personaldienste", contact="kevin.schmid@jobwerk.example.de",
    **{"from": ("Kevin Schmid | JOBWERK", "kevin.schmid@jobwerk.example.de")},
    subject="Deine Bewerbung ist da!", date="2026-07-20 11:11 +0200", cte="qp",
    text="""Hallo Greta,

danke für deine Bewerbung über unsere Website – ist bei mir angekommen!!

Ich schau mir deinen Lebenslauf in Ruhe an und melde mich spätestens Mittwoch telefonisch bei dir. Wir haben gerade einige spannende Kunden im Handel in München, da ist sicher was dabei!

Bis dahin schöne Grüße
Kevin

Kevin Schmid
Personaldisponent
JOBWERK Personaldienste GmbH – Niederlassung München-Ost
St.-Martin-Str. 53 · 81541 München · 089 20 11 88 40""",
))

# 8 -- Bolzano, bilingual acknowledgement, German first
SPECS.append(dict(
    kind="application_received", scenario="bozen_bilingual_receipt", lang="de",
    company="Kaufhaus Pichler", contact="personale@kaufhaus-pichler.example.it",
    **{"from": ("Kaufhaus Pichler - Personalbüro", "personale@kaufhaus-pichler.example.it")},
    subject="Eingangsbestätigung / Conferma di ricezione", date="2026-03-13 08:47 +0100",
    charset="iso-8859-1", header_charset="iso-8859-1", cte="qp",
    text="""Sehr geehrte Frau Hofbauer,

wir bestätigen den Eingang Ihrer Bewerbung als Abteilungsleiterin Damenmode. Wir melden uns innerhalb von zwei Wochen. Bei Fragen antworten Sie einfach auf diese Nachricht.

Gentile Signora Hofbauer,
confermiamo la ricezione della Sua candidatura. La contatteremo entro due settimane.

Mit freundlichen Grüßen / Cordiali saluti
Verena Gasser
Personalbüro / Ufficio personale
Kaufhaus Pichler KG / s.a.s., Bozen/Bolzano""",
))

# 9 -- Vienna rental-fashion start-up via Teamtailor, casual Du, HTML only
_t = """Hey Greta!

Danke, dass du dich als Store & Community Lead bei Kleidkiste beworben hast 💚

Wir haben deine Bewerbung bekommen und schauen sie uns in den nächsten Tagen gemeinsam im Team an. Wir sind zu fünft, also dauert es manchmal ein bisschen – aber du hörst auf jeden Fall von uns.

Bis bald,
Mira von Kleidkiste"""
SPECS.append(dict(
    kind="application_received", scenario="startup_teamtailor_du", lang="de",
    company="Kleidkiste", contact="",
    **{"from": ("Kleidkiste", "notifications@teamtailor-mail.com")},
    subject="Danke für deine Bewerbung, Greta!", date="2026-06-22 13:18 +0200",
    structure="html", cte="base64",
    text=_t,
    html=ats(_t, logo_alt="kleidkiste – Mode leihen statt kaufen", logo="https://assets.teamtailor-cdn.com/kleidkiste/logo.png",
             accent="#2e8b57", tracker="https://email.teamtailor-mail.com/c",
             footer="Kleidkiste GmbH · Zieglergasse 38 · 1070 Wien\n\nDeine Daten verwalten: https://kleidkiste.teamtailor.com/connect/privacy"),
))

# 10 -- university: formal receipt, asks not to call
SPECS.append(dict(
    kind="application_received", scenario="hochschule_receipt_no_queries", lang="de",
    company="Hochschule Donau-Traun", contact="",
    **{"from": ("Personalabteilung HDT", "personal@hs-donautraun.example.at")},
    subject="GZ 2026/PA-113 - Bestätigung des Einlangens", date="2026-04-14 11:20 +0200",
    charset="iso-8859-1", cte="qp",
    text="""Sehr geehrte Frau Hofbauer,

wir bestätigen das Einlangen Ihrer Bewerbung zur Ausschreibung GZ 2026/PA-113 (Leitung Campus-Shop) am 13. April 2026.

Die Bewerbungsfrist endet am 24. April 2026. Nach Ablauf der Frist prüft die Auswahlkommission alle Bewerbungen; Sie werden über das Ergebnis schriftlich informiert. Wir ersuchen, bis dahin von telefonischen oder schriftlichen Rückfragen abzusehen.

Mit freundlichen Grüßen
Personalabteilung
Hochschule Donau-Traun
Stelzhamerstraße 23, 4600 Wels""",
))

# 11 -- Zurich pharmacy chain via SmartRecruiters, privacy notice attached
_t = """Liebe Frau Hofbauer

Vielen Dank für Ihre Bewerbung als Filialleiterin Drogerie (80-100%) in Zürich-Oerlikon. Wir freuen uns über Ihr Interesse an Vitalis!

Ihre Bewerbung ist bei uns eingegangen und wird nun von unserem Team geprüft. Im Anhang finden Sie unsere Datenschutzhinweise für Bewerbende.

Herzliche Grüsse
Ihr Vitalis Recruiting Team"""
SPECS.append(dict(
    kind="application_received", scenario="smartrecruiters_privacy_pdf", lang="de",
    company="Vitalis Apotheken & Drogerien", contact="",
    **{"from": ("Vitalis Apotheken & Drogerien", "noreply@smartrecruiters.com")},
    subject="Wir haben Ihre Bewerbung erhalten", date="2026-06-15 15:27 +0200",
    structure="html", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="vitalis – Apotheken & Drogerien", logo="https://c.smartrecruiters.com/sr-company-logo/vitalis.png",
             accent="#7ab800", tracker="https://jobs.smartrecruiters.com/track/click",
             pixel="https://jobs.smartrecruiters.com/track/open.gif?m=vit9921",
             footer="Vitalis Apotheken & Drogerien AG · Hardturmstrasse 161 · 8005 Zürich\n\nBitte antworten Sie nicht auf diese E-Mail."),
    attachments=[{"filename": "Datenschutzhinweise_Bewerbende.pdf", "pdf": [
        "Vitalis Apotheken & Drogerien AG",
        "Datenschutzhinweise fuer Bewerbende",
        "",
        "1. Verantwortliche Stelle: Vitalis Apotheken & Drogerien AG, Zuerich",
        "2. Zweck: Durchfuehrung des Bewerbungsverfahrens",
        "3. Aufbewahrung: bis 6 Monate nach Abschluss des Verfahrens"]}],
))

# 12 -- job platform confirms a salon application, multipart/alternative
_t = """Hallo Greta,

super, deine Bewerbung ist raus! 🎉

Haarwerk Friseure hat deine Bewerbung als Salonleitung Urfahr erhalten. Du hast dich mit deinem StellenPilot-Profil und deinem Lebenslauf beworben.

Wie geht es weiter? Arbeitgeber melden sich meist innerhalb von 14 Tagen. Wir erinnern dich, falls sich bis dahin nichts tut.

Dein StellenPilot-Team"""
SPECS.append(dict(
    kind="application_received", scenario="platform_salon_confirm_alt", lang="de",
    company="Haarwerk Friseure", contact="",
    **{"from": ("StellenPilot", "bewerbungen@mail.stellenpilot.example.de")},
    subject="Deine Bewerbung bei Haarwerk Friseure", date="2026-01-12 09:33 +0100",
    structure="alt", cte="qp",
    headers={"List-Unsubscribe": "<mailto:unsubscribe@mail.stellenpilot.example.de?subject=appl-44718>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    text=_t + "\n\nBewerbung ansehen: https://www.stellenpilot.example.de/bewerbungen/44718",
    html=ats(_t, logo_alt="StellenPilot", logo="https://cdn.stellenpilot.example.de/mail/logo.png", accent="#5b2a86",
             button=("Bewerbung ansehen", "https://www.stellenpilot.example.de/bewerbungen/44718"),
             tracker="https://t.stellenpilot.example.de/click", pixel="https://t.stellenpilot.example.de/open/44718.gif",
             footer="StellenPilot GmbH · Schanzenstraße 19 · 20357 Hamburg · Geschäftsführer: Arne Petersen · HRB 177204\n\nBenachrichtigungen verwalten: https://www.stellenpilot.example.de/einstellungen"),
))

# 13 -- London department store via Greenhouse: "we cannot reply to every applicant"
_t = """Hi Greta,

Thank you for applying for the Visual Merchandising Manager position at Harwood & Pryce. We have received your application and our team will review it shortly.

Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If you have not heard from us within 4 weeks, please consider your application unsuccessful on this occasion.

Thank you again for your interest in joining us.

The Harwood & Pryce Talent Team"""
SPECS.append(dict(
    kind="application_received", scenario="greenhouse_cannot_reply_everyone", lang="en",
    company="Harwood & Pryce", contact="",
    **{"from": ("Harwood & Pryce Talent Team", "no-reply@greenhouse-mail.io")},
    subject="Thank you for applying to Harwood & Pryce", date="2026-04-02 22:14 +0100",
    structure="html", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="HARWOOD & PRYCE · LONDON", logo="https://s3.greenhouse-mail.io/logos/harwoodpryce.png",
             accent="#0f3b2e", lang="en", font="Georgia,serif", tracker="https://click.greenhouse-mail.io/ls/click",
             pixel="https://click.greenhouse-mail.io/wf/open?upn=hp0Ak",
             footer="Harwood & Pryce Limited, 400 Oxford Street, London W1A 1HP. Registered in England No. 01842277.\n\nThis mailbox is not monitored."),
))

# 14 -- London fashion label via iCIMS, multipart/alternative
_t = """Dear Greta,

Thank you for your application for Visual Merchandiser - Regent Street (Req 2026-1502). This email confirms that we have received it.

What happens next: our recruitment team reviews every application against the role requirements. If your experience is a match, a member of the team will contact you to arrange a telephone screen.

You can track the progress of your application at any time in the Marlowe Studio careers portal.

Kind regards,
Marlowe Studio Recruitment"""
SPECS.append(dict(
    kind="application_received", scenario="icims_confirmation_alt", lang="en",
    company="Marlowe Studio", contact="",
    **{"from": ("Marlowe Studio Careers", "marlowestudio@icims.com")},
    subject="Application Received - Visual Merchandiser - Regent Street", date="2026-06-01 07:44 +0100",
    structure="alt", charset="windows-1252", cte="qp",
    text=_t + "\n\nCareers portal: https://careers-marlowestudio.icims.com/jobs/login",
    html=ats(_t, logo_alt="MARLOWE", logo="https://careers-marlowestudio.icims.com/logo.png", accent="#000000",
             lang="en", button=("View my application", "https://careers-marlowestudio.icims.com/jobs/login"),
             footer="Marlowe Studio Ltd. Registered in England and Wales, company number 10488231.\n\nPlease do not reply to this email."),
))

# 15 -- job network tells her the application went to a start-up, HTML only
_t = """Your application was sent to Threadly

Community Store Manager · Threadly · London, England (On-site)

Applied 2 Feb 2026 with your Jobvine profile and Greta_Hofbauer_CV.pdf.

Now, stand out: recruiters are 3x more likely to respond when your profile includes a headline and a photo. Complete your profile

Good luck!
The Jobvine team"""
SPECS.append(dict(
    kind="application_received", scenario="job_network_sent_startup", lang="en",
    company="Threadly", contact="",
    **{"from": ("Jobvine", "jobs-noreply@jobvine.example.com")},
    subject="Greta, your application was sent to Threadly", date="2026-02-02 20:05 +0000",
    structure="html", cte="qp",
    headers={"List-Unsubscribe": "<https://www.jobvine.example.com/settings/email/unsubscribe?t=appl&m=GH812>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    text=_t,
    html=ats(_t, logo_alt="Jobvine", logo="https://static.jobvine.example.com/email/logo.png", accent="#0a66c2",
             lang="en", tracker="https://www.jobvine.example.com/comm/track", pixel="https://www.jobvine.example.com/emimp/GH812.gif",
             button=("View application", "https://www.jobvine.example.com/jobs/view/39918271"),
             footer="This email was intended for Greta Hofbauer (Visual merchandising | Salon & retail management). You are receiving job application emails.\n\nUnsubscribe: https://www.jobvine.example.com/settings/email/unsubscribe?t=appl\n\nJobvine Technologies Ltd, 2 Kingdom Street, London W2 6BD. Registered in England No 11802433."),
))

# 16 -- London beauty hall via BambooHR, plain text, recruiter in Reply-To
SPECS.append(dict(
    kind="application_received", scenario="bamboohr_plain_reply_to", lang="en",
    company="Kingsley Beauty Hall", contact="priya.shah@kingsleybeauty.example.co.uk",
    **{"from": ("Kingsley Beauty Hall", "notifications@kingsleybeauty.bamboohr.com")},
    reply_to=("Priya Shah", "priya.shah@kingsleybeauty.example.co.uk"),
    subject="Thanks for applying to Kingsley Beauty Hall", date="2026-05-02 10:08 +0100",
    cte="qp",
    text="""Hi Greta,

Thanks for applying for the Assistant Store Manager position at Kingsley Beauty Hall. We've received your application and we're excited to take a look.

Our hiring team will review your CV over the next week or so. If you have any questions in the meantime, just reply to this email and it will reach Priya in our recruitment team.

Thanks again,
Kingsley Beauty Hall""",
))

# 17 -- Barcelona fashion brand via SmartRecruiters, HTML only
_t = """Hola Greta:

¡Gracias por tu interés en Nuvola Moda!

Hemos recibido tu candidatura para el puesto de Visual Merchandiser – Passeig de Gràcia. Nuestro equipo la revisará con atención y, si tu perfil encaja, nos pondremos en contacto contigo.

Mientras tanto, puedes conocer mejor nuestra marca en nuestro blog y en Instagram.

Un saludo,
Equipo de Talento
Nuvola Moda"""
SPECS.append(dict(
    kind="application_received", scenario="barcelona_smartrecruiters_recibida", lang="es",
    company="Nuvola Moda", contact="",
    **{"from": ("Nuvola Moda", "noreply@smartrecruiters.com")},
    subject="Hemos recibido tu candidatura", date="2026-02-10 14:41 +0100",
    structure="html", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="NUVOLA", logo="https://c.smartrecruiters.com/sr-company-logo/nuvolamoda.png",
             accent="#d35400", lang="es", tracker="https://jobs.smartrecruiters.com/track/click",
             pixel="https://jobs.smartrecruiters.com/track/open.gif?m=11a0f",
             footer="Nuvola Moda S.L. · Carrer de Pujades 77 · 08005 Barcelona. Por favor, no respondas a este correo."),
))

# 18 -- Spanish job board: sent to the department store, HTML only
_t = """¡Hola Greta!

Tu candidatura ha sido enviada correctamente a Almacenes Ribera para la oferta:

Jefa de Sección Perfumería - Barcelona
Fecha de inscripción: 21/04/2026

La empresa ya puede ver tu CV. Te avisaremos cuando lo lea o cambie el estado de tu proceso.

Consejo TrabajoYa: las candidaturas con carta de presentación tienen un 40 % más de visualizaciones.

El equipo de TrabajoYa"""
SPECS.append(dict(
    kind="application_received", scenario="trabajoya_enviada_empresa", lang="es",
    company="Almacenes Ribera", contact="",
    **{"from": ("TrabajoYa", "no-responder@trabajoya.example.es")},
    subject="Tu candidatura se ha enviado a Almacenes Ribera", date="2026-04-21 20:16 +0200",
    structure="html", charset="iso-8859-1", cte="qp",
    headers={"List-Unsubscribe": "<https://www.trabajoya.example.es/baja?c=gh2291>"},
    text=_t,
    html=ats(_t, logo_alt="TrabajoYa", logo="https://static.trabajoya.example.es/mail/logo.png", accent="#ff6f00",
             lang="es", tracker="https://click.trabajoya.example.es/r", pixel="https://click.trabajoya.example.es/o/gh2291.gif",
             footer="TrabajoYa Internet S.L. · C/ Alcalá 21 · 28014 Madrid\n\nDarse de baja: https://www.trabajoya.example.es/baja"),
))

# 19 -- perfumery chain: "if you hear nothing in 30 days" (acknowledgement, not rejection)
SPECS.append(dict(
    kind="application_received", scenario="thirty_days_silence_acuse", lang="es",
    company="Perfumerías Albéniz", contact="",
    **{"from": ("Perfumerías Albéniz – Empleo", "empleo@perfumeriasalbeniz.example.es")},
    subject="Acuse de recibo de su candidatura", date="2026-05-04 08:00 +0200",
    cte="base64", headers={"Auto-Submitted": "auto-generated"},
    text="""Estimada candidata:

Le confirmamos que hemos recibido su candidatura para el puesto de Encargada de tienda – Sant Antoni.

Debido al elevado número de solicitudes, no podemos responder personalmente a cada persona. Si en un plazo de 30 días no ha recibido noticias nuestras, entienda que su candidatura no ha sido seleccionada en esta ocasión.

Gracias por confiar en Perfumerías Albéniz.

Departamento de Personas
Perfumerías Albéniz, S.L.
Este correo se ha enviado de forma automática.""",
))

# 20 -- French beauty retailer via Taleo, HTML only
_t = """Madame Hofbauer,

Nous accusons réception de votre candidature au poste de Responsable de boutique – Vienne Kärntner Straße et vous remercions de l'intérêt que vous portez à Maison Clémence.

Votre dossier va être étudié avec la plus grande attention par notre équipe de recrutement. Nous reviendrons vers vous dans les meilleurs délais.

Bien cordialement,
La Direction des Ressources Humaines
Maison Clémence"""
SPECS.append(dict(
    kind="application_received", scenario="taleo_accuse_reception", lang="fr",
    company="Maison Clémence", contact="",
    **{"from": ("Maison Clémence Recrutement", "maisonclemence@taleo.net")},
    subject="Accusé de réception de votre candidature", date="2026-03-17 11:06 +0100",
    structure="html", charset="windows-1252", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="Maison Clémence – Paris", logo="https://maisonclemence.taleo.net/careersection/theme/logo.png",
             accent="#c8a2a2", lang="fr", font="'Didot','Times New Roman',serif",
             footer="Maison Clémence SAS – 18 rue du Faubourg Saint-Honoré, 75008 Paris.\n\nCe message a été envoyé automatiquement, merci de ne pas y répondre."),
))

# 21 -- French job platform: sent to the cosmetics brand, multipart/alternative
_t = """Bonjour Greta,

Votre candidature a bien été envoyée à Botanique Vergnes pour le poste Responsable boutique – Munich.

Et maintenant ? L'équipe de recrutement de Botanique Vergnes va étudier votre profil. Vous pouvez suivre l'avancement de votre candidature depuis votre espace.

Bonne chance !
L'équipe Bienvenue Carrières"""
SPECS.append(dict(
    kind="application_received", scenario="bienvenue_carrieres_envoyee", lang="fr",
    company="Botanique Vergnes", contact="",
    **{"from": ("Bienvenue Carrières", "candidatures@bienvenue-carrieres.example.com")},
    subject="Votre candidature chez Botanique Vergnes est envoyée ✔", date="2026-06-19 18:20 +0200",
    structure="alt", cte="qp",
    headers={"List-Unsubscribe": "<https://www.bienvenue-carrieres.example.com/fr/me/settings/notifications>"},
    text=_t + "\n\nSuivre ma candidature : https://www.bienvenue-carrieres.example.com/fr/me/applications",
    html=ats(_t, logo_alt="Bienvenue Carrières", logo="https://cdn.bienvenue-carrieres.example.com/mail/logo.png",
             accent="#ffcd00", lang="fr", button=("Suivre ma candidature", "https://www.bienvenue-carrieres.example.com/fr/me/applications"),
             tracker="https://links.bienvenue-carrieres.example.com/ls/click",
             footer="Bienvenue Carrières SAS · 31 rue du Faubourg Poissonnière · 75009 Paris\n\nGérer mes notifications : https://www.bienvenue-carrieres.example.com/fr/me/settings/notifications"),
))

# ----------------------------------------------------------------------------------------------
# offer
# ----------------------------------------------------------------------------------------------

# 1 -- Zurich pharmacy chain: written offer letter attached
SPECS.append(dict(
    kind="offer", scenario="zurich_offer_letter_pdf", lang="de",
    company="Vitalis Apotheken & Drogerien", contact="reto.wyss@vitalis.example.ch",
    **{"from": ("Reto Wyss", "reto.wyss@vitalis.example.ch")},
    subject="Stellenangebot Filialleiterin Drogerie Oerlikon", date="2026-07-08 16:10 +0200",
    charset="iso-8859-1", cte="qp",
    text="""Liebe Frau Hofbauer

Nach den Gesprächen in Oerlikon freue ich mich sehr, Ihnen im Namen der Geschäftsleitung die Stelle als Filialleiterin unserer Drogerie Oerlikon anbieten zu dürfen.

Die Eckdaten finden Sie im beiliegenden Angebotsschreiben: Pensum 100%, Stellenantritt 1. September 2026, Jahreslohn CHF 78'000 brutto (13 Monatslöhne), fünf Wochen Ferien. Der Arbeitsvertrag folgt, sobald Sie uns Ihre Zusage gegeben haben.

Wir würden uns über Ihre Rückmeldung bis am 17. Juli freuen. Für Fragen rufen Sie mich jederzeit an.

Freundliche Grüsse
Reto Wyss
Regionalleiter Zürich Nord
Vitalis Apotheken & Drogerien AG
T +41 44 555 30 18""",
    attachments=[{"filename": "Angebot_Filialleitung_Oerlikon_Hofbauer.pdf", "pdf": [
        "Vitalis Apotheken & Drogerien AG - Hardturmstrasse 161 - 8005 Zuerich",
        "",
        "Angebot: Filialleiterin Drogerie Oerlikon",
        "Pensum: 100 %   Eintritt: 1. September 2026",
        "Jahreslohn: CHF 78'000 brutto, 13 Monatsloehne",
        "Ferien: 5 Wochen",
        "",
        "Zuerich, 8. Juli 2026"]}],
))

# 2 -- Graz: verbal offer confirmed in writing
SPECS.append(dict(
    kind="offer", scenario="graz_verbal_offer_confirmed", lang="de",
    company="Kessler & Obermayr", contact="anita.pucher@ko-graz.example.at",
    **{"from": ("Anita Pucher", "anita.pucher@ko-graz.example.at")},
    subject="Unser Telefonat von heute", date="2026-03-27 17:35 +0100",
    cte="qp",
    text="""Liebe Frau Hofbauer,

wie heute Nachmittag am Telefon besprochen, bestätige ich Ihnen gerne schriftlich unser Angebot: Wir möchten Sie als Storemanagerin für unser Haus in der Sporgasse gewinnen!

Zusammengefasst:
- Eintritt: 1. Mai 2026 (oder nach Vereinbarung)
- Vollzeit, 38,5 Stunden
- Einstufung nach KV Handel, Beschäftigungsgruppe 6, mit einer Überzahlung auf € 3.450 brutto monatlich
- Dienstwohnung in den ersten drei Monaten möglich

Den Dienstvertrag bereitet unsere Personalabteilung vor, Sie bekommen ihn nächste Woche per Post. Herr Dr. Obermayr lässt Sie herzlich grüßen – wir freuen uns alle sehr!

Herzliche Grüße
Anita Pucher
Leitung Visual Merchandising
Kessler & Obermayr · Sporgasse 2 · 8010 Graz""",
))

# 3 -- Vienna start-up: conditional offer, du, PDF attached
SPECS.append(dict(
    kind="offer", scenario="startup_conditional_offer_pdf", lang="de",
    company="Kleidkiste", contact="mira@kleidkiste.example.at",
    **{"from": ("Mira Novak", "mira@kleidkiste.example.at")},
    subject="Dein Angebot von Kleidkiste 🎉", date="2026-07-16 19:03 +0200",
    cte="8bit",
    text="""Liebe Greta,

wir wollen dich im Team! Anbei unser Angebot für die Rolle Store & Community Lead in unserem Laden in der Zieglergasse.

Ein paar Punkte, damit alles transparent ist: Das Angebot gilt vorbehaltlich positiver Referenzen (wir würden gerne mit deiner früheren Salonchefin sprechen) und steht unter dem Vorbehalt, dass unsere Förderung durch die Wirtschaftsagentur wie geplant im August ausgezahlt wird. Beides sollte bis Ende Juli klar sein.

Gehalt: € 3.100 brutto x 14, 32 Stunden, Start 1. September.

Schau dir alles in Ruhe an und ruf mich an, wenn du Fragen hast!

Alles Liebe
Mira

Mira Novak · Gründerin · Kleidkiste
Zieglergasse 38, 1070 Wien · +43 699 1 884 20 31""",
    attachments=[{"filename": "Kleidkiste_Angebot_Hofbauer.pdf", "pdf": [
        "Kleidkiste GmbH - Zieglergasse 38 - 1070 Wien",
        "",
        "Angebot: Store & Community Lead",
        "Beginn: 1. September 2026, 32 Wochenstunden",
        "Gehalt: EUR 3.100 brutto, 14 Monatsgehaelter",
        "Bedingungen: positive Referenzen; Auszahlung der Foerderung im August 2026",
        "",
        "Wien, 16. Juli 2026"]}],
))

# 4 -- Zurich department store: employment contract to sign
SPECS.append(dict(
    kind="offer", scenario="zurich_contract_to_sign", lang="de",
    company="Limmat Warenhaus", contact="corinne.keller@limmat-warenhaus.example.ch",
    **{"from": ("Keller Corinne", "corinne.keller@limmat-warenhaus.example.ch")},
    subject="Ihr Arbeitsvertrag – bitte unterzeichnen", date="2026-04-29 10:47 +0200",
    charset="windows-1252", cte="qp",
    text="""Grüezi Frau Hofbauer

Herzlich willkommen bei der Limmat Warenhaus AG! Wie am Montag mündlich vereinbart, erhalten Sie im Anhang Ihren Arbeitsvertrag als Abteilungsleiterin Beauty & Accessoires per 1. Juli 2026 in zweifacher Ausführung.

Bitte unterzeichnen Sie beide Exemplare und senden Sie uns eines bis zum 15. Mai zurück – eingescannt per E-Mail reicht vorerst, das Original bitte per Post. Für die Grenzgänger- bzw. Aufenthaltsbewilligung melden wir Sie an, sobald der unterschriebene Vertrag bei uns ist.

Bei Fragen zum Vertrag bin ich gerne für Sie da.

Freundliche Grüsse
Corinne Keller
HR Business Partner
Limmat Warenhaus AG | Bahnhofstrasse 88 | 8001 Zürich
T +41 44 555 71 20""",
    attachments=[{"filename": "Arbeitsvertrag_Hofbauer_Greta.pdf", "pdf": [
        "ARBEITSVERTRAG",
        "zwischen Limmat Warenhaus AG, Bahnhofstrasse 88, 8001 Zuerich",
        "und Frau Greta Hofbauer, Linz",
        "",
        "Funktion: Abteilungsleiterin Beauty & Accessoires",
        "Beginn: 1. Juli 2026   Pensum: 100 %",
        "Probezeit: 3 Monate",
        "",
        "Ort, Datum, Unterschrift Arbeitnehmerin: ____________________"]}],
))

# 5 -- temp agency: the client wants her, caps and exclamation marks, client named
SPECS.append(dict(
    kind="offer", scenario="leasing_zusage_client_named", lang="de",
    company="Fräulein Fein", contact="kevin.schmid@jobwerk.example.de",
    **{"from": ("Kevin Schmid | JOBWERK", "kevin.schmid@jobwerk.example.de")},
    subject="ZUSAGE!!! 🎉", date="2026-09-03 12:20 +0200", cte="qp",
    text="""Greta!!!

Fräulein Fein hat sich gerade gemeldet: SIE WOLLEN DICH als Showroom-Leitung in der Maxvorstadt!!

Das Angebot: Start 1. Oktober, Vollzeit, 3.300 € brutto im Monat, Einsatz über uns mit fester Übernahme nach 6 Monaten (steht so schriftlich vom Kunden da). Den Arbeitsvertrag mit JOBWERK schicke ich dir morgen zum Unterschreiben.

Ruf mich an, sobald du das liest – ich will deine Zusage hören 😄

Kevin

Kevin Schmid
Personaldisponent
JOBWERK Personaldienste GmbH – Niederlassung München-Ost
089 20 11 88 40""",
))

# 6 -- Bolzano department store: contract offer, bilingual letter attached
SPECS.append(dict(
    kind="offer", scenario="bozen_vertragsangebot_pdf", lang="de",
    company="Kaufhaus Pichler", contact="t.pichler@kaufhaus-pichler.example.it",
    **{"from": ("Thomas Pichler", "t.pichler@kaufhaus-pichler.example.it")},
    cc=[("Verena Gasser", "personale@kaufhaus-pichler.example.it")],
    subject="Vertragsangebot / proposta di assunzione", date="2026-05-05 18:02 +0200",
    charset="iso-8859-1", header_charset="iso-8859-1", cte="qp",
    text="""Sehr geehrte Frau Hofbauer,

es hat uns sehr gefreut, Sie in Bozen kennenzulernen. Wir möchten Ihnen die Stelle als Abteilungsleiterin Damenmode anbieten, mit Eintritt am 1. Juli 2026.

Das Angebot nach dem Kollektivvertrag Handel (CCNL Terziario), 3. Ebene, mit Zusatzvereinbarung, liegt als PDF bei. Bei der Wohnungssuche in Bozen helfen wir Ihnen gerne; für die ersten zwei Monate können Sie unsere Personalwohnung in Gries nutzen.

Bitte lassen Sie uns bis 15. Mai wissen, ob Sie das Angebot annehmen.

Cordiali saluti / Mit freundlichen Grüßen
Thomas Pichler
Geschäftsführung
Kaufhaus Pichler KG / s.a.s.
Lauben 31 Portici · 39100 Bozen/Bolzano""",
    attachments=[{"filename": "Angebot_Proposta_Hofbauer.pdf", "pdf": [
        "Kaufhaus Pichler KG / s.a.s. - Lauben 31 Portici - 39100 Bozen/Bolzano",
        "",
        "Vertragsangebot / Proposta di assunzione",
        "Frau / Signora Greta Hofbauer",
        "Funktion / Mansione: Abteilungsleiterin Damenmode",
        "Eintritt / Decorrenza: 01.07.2026   CCNL Terziario, 3. Ebene / 3o livello",
        "",
        "Bozen/Bolzano, 05.05.2026"]}],
))

# 7 -- London beauty retailer: offer email, offer letter attached, multipart/alternative
_t = """Hi Greta,

I'm delighted to let you know that we'd like to offer you the role of Store Manager at Lumen Apothecary Marylebone!

Hannah and the team were so impressed by you on Zoom and in the shop. Your offer letter is attached with all the details - a salary of £38,500 per year, 25 days' holiday plus bank holidays, and a start date of 1 June 2026, subject to right-to-work checks and references.

Please have a read and let me know if you have any questions. We'd love to have your answer by Friday 1 May.

Congratulations!
Olivia

Olivia Grant
Talent Partner, Lumen Apothecary
07700 900 412"""
SPECS.append(dict(
    kind="offer", scenario="london_offer_letter_alt_pdf", lang="en",
    company="Lumen Apothecary", contact="olivia.grant@lumenapothecary.example.co.uk",
    **{"from": ("Olivia Grant", "olivia.grant@lumenapothecary.example.co.uk")},
    subject="Your offer from Lumen Apothecary", date="2026-04-24 15:36 +0100",
    structure="alt", cte="qp",
    text=_t, html=gmail(_t),
    attachments=[{"filename": "Lumen_Offer_Letter_G_Hofbauer.pdf", "pdf": [
        "Lumen Apothecary Ltd - 41 Marylebone High Street - London W1U 5HG",
        "",
        "Dear Greta,",
        "We are pleased to offer you the position of Store Manager, Marylebone.",
        "Salary: GBP 38,500 per annum. Holiday: 25 days plus bank holidays.",
        "Start date: 1 June 2026, subject to right-to-work checks and references.",
        "",
        "Olivia Grant, Talent Partner"]}],
))

# 8 -- London fashion label: verbal offer confirmed, Outlook
_t = """Hi Greta,

Great speaking to you this afternoon - just putting in writing what we discussed on the phone.

We're very pleased to offer you the position of Visual Merchandiser at our Regent Street store:
- Start date: Monday 7 September 2026
- Salary: £31,000 per annum, plus 40% staff discount
- Full time, 40 hours across five days including one weekend day

A formal contract will follow from our HR team early next week. In the meantime, please reply to confirm you're happy to accept.

Best wishes,
Ella

Ella Mbeki | Visual Merchandising Manager | Marlowe Studio
27 Long Acre, London WC2E 9LA"""
SPECS.append(dict(
    kind="offer", scenario="london_verbal_offer_outlook", lang="en",
    company="Marlowe Studio", contact="ella.mbeki@marlowestudio.example.co.uk",
    **{"from": ("Ella Mbeki", "ella.mbeki@marlowestudio.example.co.uk")},
    subject="Following up", date="2026-08-13 16:58 +0100",
    structure="alt", charset="windows-1252", cte="qp",
    text=_t, html=outlook(_t, lang="EN-GB"),
))

# 9 -- Barcelona fashion shop: offer, tú, conditions
SPECS.append(dict(
    kind="offer", scenario="barcelona_oferta_tu", lang="es",
    company="Colorín Barcelona", contact="nuria@colorinbcn.example.es",
    **{"from": ("Núria Vidal", "nuria@colorinbcn.example.es")},
    subject="¡Buenas noticias!", date="2026-07-15 13:40 +0200", cte="8bit",
    text="""¡Hola Greta!

Después de la entrevista del jueves y de hablarlo con Pau (nuestro fundador), nos encantaría que te unieras a Colorín como encargada de la tienda del Born.

Te cuento la propuesta:
- Contrato indefinido, jornada completa (40 h)
- 26.000 € brutos anuales en 14 pagas + comisión trimestral por objetivos
- Incorporación el 1 de septiembre
- Periodo de prueba de 6 meses, como marca el convenio

Si te encaja, te mando el contrato para que lo revises con calma. ¡Espero tu respuesta!

Un abrazo,
Núria
Colorín Barcelona · Responsable de tiendas""",
))

# 10 -- French cosmetics brand: promesse d'embauche attached
SPECS.append(dict(
    kind="offer", scenario="promesse_embauche_pdf", lang="fr",
    company="Botanique Vergnes", contact="sophie.garnier@botanique-vergnes.example.com",
    **{"from": ("Sophie Garnier", "sophie.garnier@botanique-vergnes.example.com")},
    subject="Proposition d'embauche – Responsable boutique Munich", date="2026-07-24 11:14 +0200",
    charset="windows-1252", header_charset="windows-1252", cte="qp",
    text="""Bonjour Greta,

Suite à nos échanges, j'ai le grand plaisir de vous proposer le poste de Responsable de notre boutique de Munich, Theatinerstraße.

Vous trouverez ci-joint votre promesse d'embauche : CDI de droit allemand avec notre filiale Botanique Vergnes GmbH, prise de poste le 1er octobre 2026, rémunération annuelle brute de 52 000 €, plus une prime sur objectifs. Une semaine d'intégration à Grasse est prévue en septembre.

Je vous remercie de me retourner le document signé d'ici le 3 août.

Très heureuse de vous accueillir dans l'aventure,

Sophie Garnier
Responsable Retail Europe
Botanique Vergnes""",
    attachments=[{"filename": "Promesse_embauche_Hofbauer.pdf", "pdf": [
        "Botanique Vergnes SAS - 12 avenue Thiers - 06130 Grasse",
        "",
        "PROMESSE D'EMBAUCHE",
        "Madame Greta Hofbauer - Responsable de boutique, Munich",
        "Contrat a duree indeterminee, Botanique Vergnes GmbH (Muenchen)",
        "Prise de poste : 1er octobre 2026 - Remuneration : 52 000 EUR bruts annuels",
        "",
        "Bon pour accord, date et signature : ____________________"]}],
))
