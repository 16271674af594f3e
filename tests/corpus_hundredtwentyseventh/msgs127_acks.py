"""Application acknowledgements (21) and offers (10)."""

from __future__ import annotations

from msgs127_common import CAND_ADDR, quote

MESSAGES: list[dict] = []
add = MESSAGES.append

# =========================================================================== application received, German

add({
    "kind": "application_received", "scenario": "workday_hanseatic_eingang", "lang": "de", "key": "ack_hanseatic",
    "company": "Hanseatic Box Lines", "contact": "",
    "sender": ("Hanseatic Box Lines Talent Acquisition", "hanseaticbox@myworkday.com"),
    "to": CAND_ADDR,
    "subject": "Vielen Dank für Ihre Bewerbung bei Hanseatic Box Lines",
    "date": "2026-04-07 23:18", "mua": "ats", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

vielen Dank für Ihre Bewerbung als Recruiter (m/w/d) – Referenz JR-2026-0388 – bei Hanseatic Box Lines. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung nun sorgfältig und melden uns in den nächsten zwei bis drei Wochen bei Ihnen. Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto einsehen: [Zum Kandidatenkonto](https://hanseaticbox.wd3.myworkday.com/hbl/userHome)

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Hanseatic Box Lines
""",
    "html": {"style": "ats", "lang": "de", "color": "#e35205", "title": "Hanseatic Box Lines",
              "logo": "https://hanseaticbox.wd3.myworkday.com/hbl/assets/hbl_logo_email.png", "logo_alt": "Hanseatic Box Lines",
              "tracker": "https://hanseaticbox.wd3.myworkday.com/wday/email/click?u=",
              "pixel": "https://hanseaticbox.wd3.myworkday.com/wday/email/open/YWNrLWhibC0wMzg4.gif",
              "preheader": "Ihre Unterlagen sind vollständig bei uns eingegangen.",
              "footer": """\
Hanseatic Box Lines AG · Ballindamm 25 · 20095 Hamburg
Vorstand: Kristina Jessen (Vorsitzende), Mads Holmgaard · Amtsgericht Hamburg HRB 77420
Bitte antworten Sie nicht auf diese automatisch versendete E-Mail.""",
              "powered": "Powered by Workday"},
})

add({
    "kind": "application_received", "scenario": "taleo_trave_elbe_vier_wochen", "lang": "de",
    "company": "Trave & Elbe Logistics Group", "contact": "",
    "sender": ("Trave & Elbe Logistics Group", "trave-elbe@taleo.net"),
    "subject": "Eingangsbestätigung: HR Generalist (m/w/d) – Req. 2026-0417",
    "date": "2026-01-19 20:41", "mua": "ats", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

wir bestätigen den Eingang Ihrer Bewerbung für die Position HR Generalist (m/w/d), Req. 2026-0417, Standort Lübeck-Skandinavienkai.

Aufgrund der hohen Zahl an Bewerbungen ist es uns leider nicht möglich, jede Bewerbung individuell zu beantworten. Sollten Sie innerhalb von vier Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung bitte als nicht berücksichtigt.

Wir danken Ihnen für Ihr Interesse an der Trave & Elbe Logistics Group.

Mit freundlichen Grüßen
Talent Acquisition DACH

---
Trave & Elbe Logistics Group AG · Konrad-Adenauer-Str. 2 · 23558 Lübeck · Registergericht Lübeck HRB 15509 HL
Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf.
""",
})

add({
    "kind": "application_received", "scenario": "dvinci_weserhaefen_eingang", "lang": "de", "key": "ack_weserhaefen",
    "company": "Weserhäfen Management", "contact": "",
    "sender": ("Weserhäfen Management GmbH", "noreply@dvinci-hr.com"),
    "subject": "Ihre Bewerbung ist bei uns eingegangen",
    "date": "2026-02-12 09:57", "mua": "ats", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "name_charset": "iso-8859-1",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

herzlichen Dank für Ihre Bewerbung als HR Generalist (m/w/d) bei der Weserhäfen Management GmbH. Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen.

Die Fachabteilung sichtet die Bewerbungen nach Ende der Ausschreibungsfrist am 22.02.2026. Bitte haben Sie Verständnis dafür, dass dies einige Zeit in Anspruch nehmen kann.

Über Ihr [Bewerberportal](https://weserhaefen.dvinci-hr.com/de/p/weserhaefen/portal) können Sie Ihre Daten jederzeit einsehen oder Ihre Bewerbung zurückziehen.

Mit freundlichen Grüßen

Weserhäfen Management GmbH
Personalabteilung
""",
    "html": {"style": "ats", "lang": "de", "color": "#003f7d", "title": "Weserhäfen Management",
              "logo": "https://weserhaefen.dvinci-hr.com/media/logo/weserhaefen.png", "logo_alt": "Weserhäfen Management",
              "tracker": "https://weserhaefen.dvinci-hr.com/r/?t=",
              "footer": """\
Weserhäfen Management GmbH · Am Strom 2 · 27568 Bremerhaven
Geschäftsführung: Dr. Ingrid Schwiers · Registergericht Bremen HRB 3310 BHV
[Datenschutzerklärung](https://www.weserhaefen.example.de/datenschutz)""",
              "powered": "d.vinci Bewerbermanagement"},
})

add({
    "kind": "application_received", "scenario": "jobhafen_plattform_ctn", "lang": "de", "key": "ack_ctn",
    "company": "CTN Container Terminal Nordkai", "contact": "",
    "sender": ("Jobhafen", "noreply@jobhafen.example.de"),
    "subject": "Ihre Bewerbung wurde erfolgreich versendet",
    "date": "2026-01-27 21:03", "mua": "ses", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hallo Nikolai Brandt-Oyelaran,

Ihre Bewerbung wurde erfolgreich an CTN Container Terminal Nordkai GmbH übermittelt.

Stelle: Personalreferent Recruiting (m/w/d)
Arbeitgeber: CTN Container Terminal Nordkai GmbH
Ort: Hamburg-Waltershof
Gesendet am: 27.01.2026, 21:03 Uhr

Der Arbeitgeber meldet sich direkt bei Ihnen. Den Status verfolgen Sie unter [Meine Bewerbungen](https://www.jobhafen.example.de/konto/bewerbungen).

Tipp: Mit einem vollständigen Profil werden Sie von Arbeitgebern 3x häufiger gefunden. [Profil vervollständigen](https://www.jobhafen.example.de/konto/profil)

Viel Erfolg!
Ihr Jobhafen-Team
""",
    "html": {"style": "ats", "lang": "de", "color": "#0a7f8c", "title": "Jobhafen",
              "logo": "https://static.jobhafen.example.de/mail/jobhafen-logo.png", "logo_alt": "Jobhafen – Jobs an der Küste",
              "tracker": "https://click.jobhafen.example.de/c?u=", "pixel": "https://click.jobhafen.example.de/o/ab71c2.gif",
              "footer": """\
Jobhafen GmbH · Kehrwieder 4 · 20457 Hamburg · Amtsgericht Hamburg HRB 154001 · Geschäftsführer: Timo Wendland
Sie erhalten diese E-Mail, weil Sie sich über Jobhafen beworben haben.""",
              "unsubscribe": ("E-Mail-Einstellungen", "https://www.jobhafen.example.de/konto/benachrichtigungen")},
})

add({
    "kind": "application_received", "scenario": "kiezkraft_eingang_keine_einzelantwort", "lang": "de", "key": "ack_kiezkraft",
    "company": "Kiezkraft Sozialwerk", "contact": "",
    "sender": ("Kiezkraft Sozialwerk – Bewerbungen", "bewerbung@kiezkraft.example.de"),
    "subject": "Eingangsbestätigung Ihrer Bewerbung",
    "date": "2026-01-21 08:30", "charset": "utf-8", "cte": "8bit",
    "text": """\
Sehr geehrte*r Bewerber*in,

vielen Dank für Ihre Bewerbung und Ihr Interesse an einer Mitarbeit im Kiezkraft Sozialwerk. Ihre Unterlagen sind bei uns eingegangen.

Wir erhalten derzeit sehr viele Bewerbungen und können leider nicht jedem Bewerber und jeder Bewerberin einzeln antworten. Sollten Sie in die engere Auswahl kommen, melden wir uns innerhalb von sechs Wochen telefonisch oder per E-Mail bei Ihnen. Bitte sehen Sie von Nachfragen zum Stand Ihrer Bewerbung ab.

Mit freundlichen Grüßen
Ihr Team Personal

Kiezkraft Sozialwerk gGmbH · Wildenbruchstraße 67 · 12045 Berlin
""",
})

add({
    "kind": "application_received", "scenario": "softgarden_brandstaetter_eingang", "lang": "de",
    "company": "Brandstätter Logistik", "contact": "",
    "sender": ("Brandstätter Logistik SE - Recruiting", "brandstaetter-logistik@softgarden.io"),
    "name_charset": "iso-8859-1",
    "subject": "Danke für Ihre Bewerbung, Herr Brandt-Oyelaran!",
    "date": "2026-02-18 19:26", "mua": "ats", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hallo Herr Brandt-Oyelaran,

danke für Ihre Bewerbung als HR Business Partner (m/w/d) in Bremen! Wir haben Ihre Unterlagen erhalten und freuen uns über Ihr Interesse an Brandstätter Logistik.

So geht es weiter:
1. Unser Recruiting-Team sichtet Ihre Unterlagen (in der Regel innerhalb von 10 Arbeitstagen).
2. Passt Ihr Profil, laden wir Sie zu einem ersten Telefoninterview ein.
3. Danach lernen Sie den Fachbereich vor Ort kennen.

Sie können den Stand Ihrer Bewerbung jederzeit online abrufen: https://brandstaetter-logistik.softgarden.io/status/88b2f

Viele Grüße
Ihr Recruiting-Team
Brandstätter Logistik SE
""",
    "html": {"style": "ats", "lang": "de", "color": "#c8102e", "title": "Ihre Bewerbung",
              "logo": "https://cdn.softgarden.io/clients/brandstaetter/logo_email.png", "logo_alt": "Brandstätter Logistik",
              "tracker": "https://brandstaetter-logistik.softgarden.io/l/", "pixel": "https://brandstaetter-logistik.softgarden.io/o/88b2f0.png",
              "footer": """\
Brandstätter Logistik SE | Hansator 3 | 28217 Bremen | Amtsgericht Bremen HRB 40112
Diese Nachricht wurde über softgarden versendet.""", "powered": "softgarden e-recruiting"},
})

add({
    "kind": "application_received", "scenario": "alsterdorf_automatisch_kennziffer", "lang": "de", "key": "ack_alsterdorf",
    "company": "Universität Alsterdorf", "contact": "",
    "sender": ("Universität Alsterdorf - Abteilung Personal", "personal-bewerbung@uni-alsterdorf.example.de"),
    "name_charset": "iso-8859-1",
    "subject": "Eingangsbestätigung - Ausschreibung 26/114",
    "date": "2026-02-05 07:12", "charset": "iso-8859-1", "cte": "8bit",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

Ihre Bewerbung auf die Ausschreibung 26/114 (Personalsachbearbeiter/in im Team Recruiting) ist am 04.02.2026 bei uns eingegangen.

Bitte haben Sie Verständnis dafür, dass das Auswahlverfahren einige Wochen in Anspruch nehmen kann. Sie erhalten nach Abschluss der Vorauswahl eine Nachricht von uns.

Hinweis: Dies ist eine automatisch erzeugte Nachricht. Antworten an diese Adresse werden nicht bearbeitet.

Universität Alsterdorf
Abteilung Personal
Sengelmannstraße 50, 22297 Hamburg
""",
})

add({
    "kind": "application_received", "scenario": "vossberg_initiativ_erhalten", "lang": "de", "key": "ack_vossberg",
    "company": "Elbreederei Vossberg", "contact": "h.brodersen@vossberg-reederei.example.de",
    "sender": ("Hauke Brodersen", "h.brodersen@vossberg-reederei.example.de"),
    "subject": "AW: Initiativbewerbung – Personalwesen / Recruiting",
    "date": "2026-01-13 12:34", "irt": "<0c7d51aa-vossberg-initiativ@example.dk>", "mua": "outlook",
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

haben Sie vielen Dank für Ihre Initiativbewerbung, die ich gern erhalten habe. Es kommt nicht oft vor, dass sich jemand aus dem Kundenservice einer Linienreederei bei uns für das Personalwesen bewirbt – das macht neugierig.

Ich bespreche Ihre Unterlagen in den nächsten Tagen mit unserer Geschäftsführung und melde mich spätestens Mitte Februar wieder bei Ihnen.

Mit freundlichen Grüßen

Hauke Brodersen
Leiter Personal

Elbreederei Vossberg GmbH & Co. KG
Neumühlen 19 · 22763 Hamburg
T +49 40 3990 1177

Von: Nikolai Brandt-Oyelaran <nikolai.bo@example.dk>
Gesendet: Sonntag, 11. Januar 2026 17:22
An: Bewerbung Vossberg <bewerbung@vossberg-reederei.example.de>
Betreff: Initiativbewerbung – Personalwesen / Recruiting

Sehr geehrte Damen und Herren,

nach acht Jahren im Kundenservice einer Hamburger Linienreederei möchte ich in das Personalwesen wechseln. Auch wenn Sie derzeit keine Stelle ausgeschrieben haben, sende ich Ihnen meine Unterlagen …
""",
})

add({
    "kind": "application_received", "scenario": "personio_hirebird_eingang", "lang": "de", "key": "ack_hirebird",
    "company": "Hirebird", "contact": "",
    "sender": ("Hirebird Recruiting", "hirebird-recruiting@mail.personio.de"),
    "subject": "Wir haben deine Bewerbung erhalten 🐦",
    "date": "2026-05-04 22:10", "mua": "ats", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hi Nikolai,

danke für deine Bewerbung als Talent Acquisition Specialist bei Hirebird! Sie ist sicher bei uns gelandet.

Wir schauen uns jede Bewerbung persönlich an – ganz ohne Algorithmus, versprochen. Innerhalb von 10 Tagen hörst du von uns.

Bis dahin: Auf unserem Blog erzählen wir, wie wir arbeiten: https://hirebird.example.de/blog

Liebe Grüße
Dein Hirebird-Team

Hirebird GmbH · Paul-Lincke-Ufer 39 · 10999 Berlin · HRB 240118 B
Diese E-Mail wurde über Personio versendet. Antworten auf diese Adresse können nicht zugestellt werden.
""",
})

add({
    "kind": "application_received", "scenario": "seemannsmission_angekommen_du", "lang": "de", "key": "ack_seemannsmission",
    "company": "Seemannsmission Nord", "contact": "ute.claussen@seemannsmission-nord.example.org",
    "sender": ("Ute Claußen", "ute.claussen@seemannsmission-nord.example.org"),
    "subject": "Re: Bewerbung Koordination Ehrenamt",
    "date": "2026-02-02 16:49", "irt": "<74a0e9c2-smn-bewerbung@example.dk>", "mua": "gmail", "charset": "utf-8", "cte": "8bit",
    "text": """\
Hallo Nikolai,

danke dir, deine Bewerbung ist angekommen! Wir sammeln noch bis zum 15. und setzen uns dann im Vorstand zusammen. Ich melde mich danach auf jeden Fall bei dir, egal wie es ausgeht.

Liebe Grüße aus Altenwerder
Ute

Am So., 1. Feb. 2026 um 20:15 Uhr schrieb Nikolai Brandt-Oyelaran <nikolai.bo@example.dk>:
""" + quote("""\
Liebe Frau Claußen,

anbei meine Bewerbung als Koordinator für das Ehrenamt. Ich habe selbst zwei Jahre als Ehrenamtlicher im Seemannsclub Duckdalben mitgeholfen und würde mich freuen, von Ihnen zu hören.

Viele Grüße
Nikolai Brandt-Oyelaran
"""),
})

add({
    "kind": "application_received", "scenario": "join_onboardly_eingang", "lang": "de", "key": "ack_onboardly",
    "company": "Onboardly", "contact": "",
    "sender": ("Onboardly via JOIN", "notifications@join.com"),
    "subject": "Onboardly hat deine Bewerbung erhalten",
    "date": "2026-03-02 14:55", "mua": "ses", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hallo Nikolai,

deine Bewerbung als Recruiter (m/w/d) bei Onboardly ist eingegangen. 🎉

Onboardly wird deine Unterlagen prüfen und sich bei dir melden. Du kannst den Status deiner Bewerbung jederzeit in deinem JOIN-Konto verfolgen.

[Status ansehen](https://join.com/candidate/applications)

Viel Erfolg!
Dein JOIN-Team
""",
    "html": {"style": "ats", "lang": "de", "color": "#111111", "title": "JOIN",
              "logo": "https://cdn.join.com/mail/join-logo-white.png", "logo_alt": "JOIN",
              "tracker": "https://click.join.com/ls/click?upn=", "pixel": "https://click.join.com/wf/open?upn=ONB2603",
              "footer": """\
JOIN Solutions AG · Hardturmstrasse 253 · 8005 Zürich
Du erhältst diese E-Mail, weil du dich über JOIN auf eine Stelle beworben hast.""",
              "unsubscribe": ("Benachrichtigungen verwalten", "https://join.com/candidate/settings/notifications")},
})

# =========================================================================== application received, English

add({
    "kind": "application_received", "scenario": "workday_kattegat_received", "lang": "en",
    "company": "Kattegat Line", "contact": "",
    "sender": ("Kattegat Line Talent Acquisition", "kattegatline@myworkday.com"),
    "to": CAND_ADDR,
    "subject": "Thank you for applying to Kattegat Line",
    "date": "2026-03-12 08:05", "tz": "Europe/Copenhagen", "mua": "ats", "structure": "html", "charset": "utf-8", "cte": "base64",
    "text": """\
Dear Nikolai,

Thank you for applying for the Talent Acquisition Coordinator position (JR-10734). We have received your application and our recruitment team will now review it.

You can follow the status of your application and update your details at any time in your candidate home.

[Go to candidate home](https://kattegatline.wd3.myworkday.com/kattegat/userHome)

Kind regards,
Talent Acquisition
Kattegat Line
""",
    "html": {"style": "ats", "lang": "en", "color": "#00363d", "title": "Kattegat Line careers",
              "logo": "https://kattegatline.wd3.myworkday.com/kattegat/assets/kl-logo-white.png",
              "logo_alt": "Kattegat Line", "tracker": "https://kattegatline.wd3.myworkday.com/wday/email/click?u=",
              "pixel": "https://kattegatline.wd3.myworkday.com/wday/email/open/YWNrLTEwNzM0.gif",
              "footer": """\
Kattegat Line A/S · Amerika Plads 29 · 2100 København Ø · CVR 31 88 20 45
This message was sent from an unattended mailbox. Please do not reply.""",
              "powered": "Powered by Workday"},
})

add({
    "kind": "application_received", "scenario": "icims_greyline_volume", "lang": "en",
    "company": "Greyline Logistics", "contact": "",
    "sender": ("Greyline Logistics Careers", "careers-noreply@icims.com"),
    "subject": "Greyline Logistics: we've received your application",
    "date": "2026-03-05 13:37", "tz": "Europe/London", "mua": "ats", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Dear Nikolai,

Thank you for your interest in Greyline Logistics and for applying for the role of Talent Acquisition Advisor (Req #4417) based at our Thurrock distribution hub.

We’re pleased to confirm that we’ve received your application. Our Talent team will review it against the requirements of the role.

Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If you have not heard from us within 21 days of the closing date, please assume that your application has not been taken forward on this occasion.

Kind regards,

Talent Acquisition Team
Greyline Logistics plc

Greyline Logistics plc, registered in England No 02288164. Registered office: Greyline House, London Road, Grays RM17 5YZ.
""",
})

add({
    "kind": "application_received", "scenario": "portlink_platform_maasvlakte", "lang": "en",
    "company": "Maasvlakte Terminals", "contact": "",
    "sender": ("Portlink Jobs", "applications@mail.portlinkjobs.example.com"),
    "subject": "Your application was sent to Maasvlakte Terminals",
    "date": "2026-02-16 12:20", "tz": "Europe/Amsterdam", "mua": "ses", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Your application was sent to Maasvlakte Terminals

HR Business Partner · Rotterdam, South Holland · Full-time

Applied on 16 February 2026 with CV_Nikolai_Brandt-Oyelaran_EN.pdf

What happens next? The employer will review your application and contact you directly if they'd like to move forward. You can see who viewed your application in [My Jobs](https://www.portlinkjobs.example.com/my-jobs).

Similar jobs you might like:
[Recruitment Coordinator - Rotterdam Port Services](https://www.portlinkjobs.example.com/jobs/88127)
[People Advisor - North Sea Ferries](https://www.portlinkjobs.example.com/jobs/88310)
""",
    "html": {"style": "ats", "lang": "en", "color": "#243b80", "title": "Portlink Jobs",
              "logo": "https://static.portlinkjobs.example.com/email/logo-white@2x.png", "logo_alt": "Portlink Jobs",
              "tracker": "https://t.portlinkjobs.example.com/r/?u=", "pixel": "https://t.portlinkjobs.example.com/o/mvt-88001.png",
              "footer": """\
Portlink Jobs Ltd · 10 Lower Thames Street · London EC3R 6AF · Registered in England No 09911234
You are receiving application notifications from Portlink Jobs.""",
              "unsubscribe": ("Unsubscribe from application notifications", "https://www.portlinkjobs.example.com/settings/email?u=nbo")},
})

add({
    "kind": "application_received", "scenario": "east_thames_uni_auto_ack", "lang": "en",
    "company": "University of East Thames", "contact": "",
    "sender": ("University of East Thames Jobs", "noreply-jobs@uet.example.co.uk"),
    "subject": "Application received: HR Officer (Recruitment), ref. UET-0926",
    "date": "2026-05-18 00:04", "tz": "Europe/London", "charset": "us-ascii", "cte": "7bit",
    "text": """\
Dear Nikolai Brandt-Oyelaran,

Thank you for your application for the post of HR Officer (Recruitment), ref. UET-0926, which we received on 17 May 2026.

The closing date for this vacancy is 31 May 2026. Shortlisting will take place within two weeks of the closing date, and shortlisted candidates will be contacted by email.

This is an automated message sent from an unmonitored mailbox.

HR Recruitment Team
University of East Thames
""",
})

add({
    "kind": "application_received", "scenario": "ashby_hyrfly_received", "lang": "en", "key": "ack_hyrfly",
    "company": "Hyrfly", "contact": "",
    "sender": ("Hyrfly", "no-reply@ashbyhq.com"),
    "subject": "Thanks for applying to Hyrfly!",
    "date": "2026-02-09 17:16", "tz": "Europe/Amsterdam", "mua": "ats", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hi Nikolai,

Thanks for applying to the Recruiting Operations Specialist role at Hyrfly! We've got your application and our team will take a look.

We aim to get back to every candidate within two weeks. In the meantime, here's a peek at how we hire: https://hyrfly.example.nl/how-we-hire

Cheers,
The Hyrfly team
""",
    "html": {"style": "simple", "title": "Hyrfly", "font": "'Helvetica Neue', Helvetica, Arial, sans-serif",
              "tracker": "https://links.ashbyhq.com/ls/click?upn="},
})

# =========================================================================== application received, Spanish

add({
    "kind": "application_received", "scenario": "successfactors_llobregat_recibida", "lang": "es",
    "company": "Grupo Logístico Llobregat", "contact": "",
    "sender": ("Grupo Logístico Llobregat - Talento", "no-responder@successfactors.eu"),
    "subject": "Hemos recibido tu candidatura (Ref. 4471)",
    "date": "2026-02-23 21:45", "tz": "Europe/Madrid", "mua": "ats", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hola Nikolai:

¡Gracias por tu interés en formar parte de Grupo Logístico Llobregat!

Hemos recibido correctamente tu candidatura para la posición de Coordinador/a de RRHH (Ref. 4471). Nuestro equipo de Talento la revisará y, si tu perfil encaja, nos pondremos en contacto contigo.

Puedes consultar el estado de tu candidatura en [tu perfil de candidato](https://career5.successfactors.eu/career?company=gllobregat&career_ns=candidate_profile).

Un saludo,
Equipo de Talento
Grupo Logístico Llobregat
""",
    "html": {"style": "ats", "lang": "es", "color": "#004a8f", "title": "Grupo Logístico Llobregat",
              "logo": "https://career5.successfactors.eu/career/images/gllobregat_logo.png", "logo_alt": "GLL – Grupo Logístico Llobregat",
              "tracker": "https://career5.successfactors.eu/sfemail/track?l=",
              "pixel": "https://career5.successfactors.eu/sfemail/open?id=4471-a1c9",
              "footer": """\
Grupo Logístico Llobregat, S.A. · Carrer de la Logística 22, 08820 El Prat de Llobregat
Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo."""},
})

add({
    "kind": "application_received", "scenario": "empleamar_plataforma_naviera", "lang": "es",
    "company": "Naviera Mediterránea del Turia", "contact": "",
    "sender": ("Empleamar", "notificaciones@empleamar.example.es"),
    "subject": "Tu candidatura se ha enviado a Naviera Mediterránea del Turia",
    "date": "2026-03-09 18:32", "tz": "Europe/Madrid", "mua": "ses", "structure": "html", "charset": "utf-8", "cte": "base64",
    "text": """\
¡Hola, Nikolai!

Tu candidatura a la oferta "Técnico/a de Selección" de Naviera Mediterránea del Turia, S.L. (Valencia) se ha enviado correctamente.

La empresa revisará tu CV y, si encaja con lo que busca, se pondrá en contacto contigo. Puedes ver el estado (inscrito, CV leído, en proceso, descartado) en [Mis candidaturas](https://www.empleamar.example.es/candidato/mis-candidaturas).

¡Mucha suerte!
El equipo de Empleamar
""",
    "html": {"style": "ats", "lang": "es", "color": "#ff7a00", "title": "Empleamar",
              "logo": "https://static.empleamar.example.es/mail/logo-blanco.png", "logo_alt": "Empleamar",
              "tracker": "https://clic.empleamar.example.es/t?u=", "pixel": "https://clic.empleamar.example.es/o/nmt-20260309.gif",
              "footer": """\
Empleamar Portal de Empleo, S.L. · Av. de Aragón 30 · 46021 Valencia
Recibes este correo porque te has inscrito en una oferta a través de Empleamar.""",
              "unsubscribe": ("Darme de baja de estas notificaciones", "https://www.empleamar.example.es/baja?u=nbo")},
})

add({
    "kind": "application_received", "scenario": "vilamar_registro_solicitud", "lang": "es",
    "company": "Ayuntamiento de Vilamar", "contact": "",
    "sender": ("Ajuntament de Vilamar - Sede electrònica", "no-reply@sede.vilamar.example.es"),
    "subject": "Justificante de registro de entrada - Solicitud de admisión proceso selectivo 3/2026",
    "date": "2026-05-22 11:47", "tz": "Europe/Madrid", "charset": "iso-8859-1", "cte": "quoted-printable",
    "subject_charset": "iso-8859-1",
    "text": """\
Le informamos de que su solicitud ha sido registrada correctamente.

Número de registro: RE-2026-018842
Fecha y hora: 22/05/2026 11:47:09
Interesado: BRANDT-OYELARAN, NIKOLAI
Asunto: Solicitud de admisión al proceso selectivo 3/2026 - Técnico/a Medio de Recursos Humanos (bolsa de empleo)
Órgano destinatario: Departamento de Recursos Humanos - Ayuntamiento de Vilamar

Las listas provisionales de personas admitidas y excluidas se publicarán en el tablón de anuncios de la sede electrónica.

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
""",
})

# =========================================================================== application received, French

add({
    "kind": "application_received", "scenario": "smartrecruiters_escaut_sans_nouvelles", "lang": "fr", "key": "ack_escaut",
    "company": "Groupe Escaut Logistique", "contact": "",
    "sender": ("Groupe Escaut Logistique", "no-reply@smartrecruiters.com"),
    "subject": "Nous avons bien reçu votre candidature",
    "date": "2026-03-16 22:14", "tz": "Europe/Brussels", "mua": "ats", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Bonjour Nikolai,

Nous vous remercions pour votre candidature au poste de Chargé(e) de recrutement (H/F/X) à Anvers. Nous l'avons bien reçue et elle sera étudiée avec attention par notre équipe RH.

En raison du nombre important de candidatures, nous ne sommes pas en mesure de répondre personnellement à chacune d'entre elles. Si vous n'avez pas de nouvelles de notre part dans un délai de quatre semaines, vous pouvez considérer que votre candidature n'a pas été retenue.

Cordialement,

La Direction des Ressources Humaines
Groupe Escaut Logistique
""",
})

add({
    "kind": "application_received", "scenario": "ipa_anvers_accuse_html", "lang": "fr",
    "company": "Institut Portuaire d'Anvers", "contact": "recrutement@ipa-anvers.example.be",
    "sender": ("Institut Portuaire d'Anvers - Recrutement", "recrutement@ipa-anvers.example.be"),
    "subject": "Accusé de réception - Conseiller formation et recrutement",
    "date": "2026-06-22 14:26", "tz": "Europe/Brussels", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "name_charset": "iso-8859-1", "subject_charset": "iso-8859-1",
    "text": """\
Cher Monsieur Brandt-Oyelaran,

Nous accusons bonne réception de votre candidature pour le poste de Conseiller formation et recrutement (réf. IPA-2026-07) et vous remercions de l'intérêt porté à notre institut.

La sélection des dossiers aura lieu après la clôture de l'appel, le 3 juillet. Les candidats retenus seront invités à un entretien dans la seconde moitié de juillet.

Pour toute question, n'hésitez pas à nous répondre à cette adresse.

Bien à vous,

Delphine Peeters
Service Recrutement
Institut Portuaire d'Anvers asbl
Brouwersvliet 33 - 2000 Antwerpen
""",
    "html": {"style": "simple", "title": "Accusé de réception", "font": "Calibri, Arial, sans-serif"},
})

# =========================================================================== offers

add({
    "kind": "offer", "scenario": "hanseatic_vertragsangebot_pdf", "lang": "de",
    "company": "Hanseatic Box Lines", "contact": "anna.petersen@hanseatic-box.example.de",
    "sender": ("Anna Petersen", "anna.petersen@hanseatic-box.example.de"),
    "subject": "Ihr Vertragsangebot – Recruiter (m/w/d)",
    "date": "2026-06-12 15:02", "irt": "inv_hanseatic", "mua": "outlook", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

es freut mich sehr, Ihnen nach den Gesprächen mit Dr. Rautenberg und dem Team heute ganz offiziell schreiben zu dürfen: Wir möchten Sie als Recruiter (m/w/d) bei Hanseatic Box Lines einstellen.

Im Anhang finden Sie unser Vertragsangebot mit den besprochenen Eckdaten (Eintritt zum 1. September 2026, 40 Stunden, Jahresbruttogehalt 54.000 €, 30 Urlaubstage, hybrides Arbeiten mit zwei Bürotagen am Ballindamm).

Bitte lassen Sie uns bis zum 24. Juni wissen, ob Sie das Angebot annehmen. Den Arbeitsvertrag senden wir Ihnen nach Ihrer Zusage zur Unterschrift zu. Für Fragen bin ich jederzeit für Sie da.

Herzliche Grüße

Anna Petersen
Senior Recruiter
Hanseatic Box Lines AG
Ballindamm 25 · 20095 Hamburg · T +49 40 3001 2218
Vorstand: Kristina Jessen (Vorsitzende), Mads Holmgaard · Amtsgericht Hamburg HRB 77420
""",
    "attachments": [{"filename": "Vertragsangebot_Brandt-Oyelaran_Recruiter.pdf", "title": "Vertragsangebot",
                      "lines": ["Hanseatic Box Lines AG - Ballindamm 25 - 20095 Hamburg",
                             "", "Herrn Nikolai Brandt-Oyelaran", "", "Hamburg, 12. Juni 2026", "",
                             "Vertragsangebot: Recruiter (m/w/d), Talent Acquisition",
                             "", "Eintritt: 1. September 2026", "Wochenarbeitszeit: 40 Stunden",
                             "Jahresbruttogehalt: 54.000 EUR in 12 Monatsgehaeltern", "Urlaub: 30 Arbeitstage",
                             "Probezeit: 6 Monate", "", "Dieses Angebot gilt bis zum 24. Juni 2026.",
                             "", "Anna Petersen, Senior Recruiter"]}],
})

add({
    "kind": "offer", "scenario": "ctn_muendliche_zusage_vertrag", "lang": "de",
    "company": "CTN Container Terminal Nordkai", "contact": "b.ohlsen@ctn-nordkai.example.de",
    "sender": ("Ohlsen, Birte", "b.ohlsen@ctn-nordkai.example.de"),
    "subject": "Wie besprochen: Ihr Arbeitsvertrag",
    "date": "2026-04-22 16:40", "irt": "inv_ctn", "mua": "outlook", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hallo Herr Brandt-Oyelaran,

wie heute Mittag telefonisch mit Herrn Dittmer besprochen, freuen wir uns sehr, Ihnen die Stelle als Personalreferent Recruiting anzubieten – herzlichen Glückwunsch!

Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung. Bitte unterschreiben Sie beide Exemplare und senden Sie uns eines bis zum 6. Mai zurück (gern vorab als Scan). Eintrittsdatum ist wie vereinbart der 1. Juli 2026.

Außerdem benötigen wir noch Ihre Sozialversicherungsnummer, Steuer-ID und Bankverbindung für die Personalakte.

Viele Grüße
Birte Ohlsen
Personalmarketing & Recruiting

CTN Container Terminal Nordkai GmbH
Am Nordkai 3 | 21129 Hamburg
""",
    "html": {"style": "outlook", "lang": "DE"},
    "attachments": [{"filename": "Arbeitsvertrag_CTN_Brandt-Oyelaran.pdf", "title": "Arbeitsvertrag",
                      "lines": ["ARBEITSVERTRAG", "", "zwischen der CTN Container Terminal Nordkai GmbH, Am Nordkai 3, 21129 Hamburg",
                             "und Herrn Nikolai Brandt-Oyelaran", "", "§ 1 Beginn: 1. Juli 2026",
                             "§ 2 Taetigkeit: Personalreferent Recruiting", "§ 3 Verguetung: EG 10 Haustarifvertrag CTN",
                             "§ 4 Arbeitszeit: 38 Stunden pro Woche", "", "Hamburg, den 22.04.2026"]}],
})

add({
    "kind": "offer", "scenario": "albers_quast_bedingte_zusage", "lang": "de",
    "company": "Reederei Albers & Quast", "contact": "f.dahm@kessler-dahm.example.de",
    "sender": ("Friederike Dahm", "f.dahm@kessler-dahm.example.de"),
    "subject": "Gute Nachrichten von Albers & Quast",
    "date": "2026-07-03 11:26", "irt": "inv_albersquast", "mua": "outlook", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Lieber Herr Brandt-Oyelaran,

ich habe heute Morgen mit Herrn Quast gesprochen: Die Reederei Albers & Quast möchte Ihnen die Position „Referent Recruiting & Employer Branding (m/w/d)“ anbieten!

Das Angebot steht unter dem Vorbehalt von zwei positiven Referenzen (idealerweise Ihre aktuelle Teamleitung und eine Person aus Ihrem Ehrenamt) sowie der Vorlage Ihres Zeugnisses. Die Eckdaten: Start 1. Oktober, 58.000 € fix plus Bonus, 30 Tage Urlaub, Büro an der Palmaille.

Können Sie mir bis Mittwoch die Kontaktdaten Ihrer Referenzgeber schicken? Sobald diese eingeholt sind, erhalten Sie den Vertrag direkt von der Reederei.

Herzlichen Glückwunsch – ich freue mich sehr für Sie!

Friederike Dahm | Partnerin | Kessler & Dahm Personalberatung
Hohe Bleichen 11 | 20354 Hamburg | +49 40 8090 6420
""",
})

add({
    "kind": "offer", "scenario": "hirebird_vertrag_unterschrift_du", "lang": "de",
    "company": "Hirebird", "contact": "mira@hirebird.example.de",
    "sender": ("Mira Castellanos", "mira@hirebird.example.de"),
    "subject": "Willkommen an Bord 🐦 – dein Vertrag",
    "date": "2026-06-05 12:09", "mua": "gmail", "structure": "mixed", "charset": "utf-8", "cte": "8bit",
    "text": """\
Hey Nikolai,

wie gestern am Telefon gesagt: Wir wollen dich unbedingt im Team! Anbei dein Arbeitsvertrag als Talent Acquisition Specialist – Start am 1. August, 52k fix, 4 Tage Remote-Option, BVG-Ticket on top.

Bitte lies ihn dir in Ruhe durch und unterschreib ihn digital über den Link, den du gleich separat per DocuSign bekommst (oder ausgedruckt und eingescannt, auch okay). Wenn du Fragen hast, ruf mich einfach an: 0176 4420 9917.

Wir freuen uns riesig!!
Mira

Mira Castellanos
Founding Recruiter · Hirebird
""",
    "attachments": [{"filename": "Hirebird_Arbeitsvertrag_Nikolai_Brandt-Oyelaran.pdf", "title": "Arbeitsvertrag Hirebird",
                      "lines": ["Hirebird GmbH - Paul-Lincke-Ufer 39 - 10999 Berlin", "", "Arbeitsvertrag",
                             "Arbeitnehmer: Nikolai Brandt-Oyelaran", "Position: Talent Acquisition Specialist",
                             "Beginn: 01.08.2026", "Bruttojahresgehalt: 52.000 EUR",
                             "", "Unterschrift Arbeitgeber: ____________  Unterschrift Arbeitnehmer: ____________"]}],
})

add({
    "kind": "offer", "scenario": "alsterdorf_zusage_personalrat", "lang": "de",
    "company": "Universität Alsterdorf", "contact": "gesa.thormaehlen@uni-alsterdorf.example.de",
    "sender": ("Gesa Thormählen", "gesa.thormaehlen@uni-alsterdorf.example.de"),
    "name_charset": "iso-8859-1",
    "subject": "Einstellungszusage – Ausschreibung 26/114",
    "date": "2026-05-06 10:18", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

ich freue mich, Ihnen mitteilen zu können, dass sich die Auswahlkommission für Sie entschieden hat. Die Universität Alsterdorf beabsichtigt, Sie zum 1. Juli 2026 als Personalsachbearbeiter im Team Recruiting (EG 9b TV-L, Stufe 2, unbefristet) einzustellen.

Diese Einstellungszusage steht unter dem Vorbehalt der Zustimmung des Personalrats, die wir in der Sitzung am 20. Mai erwarten, sowie der gesundheitlichen Eignung. Nach der Zustimmung erhalten Sie den Arbeitsvertrag und die Einladung zu Ihrem ersten Arbeitstag.

Bitte teilen Sie mir bis zum 13. Mai mit, ob Sie die Stelle antreten möchten.

Mit freundlichen Grüßen

Gesa Thormählen
Abteilung Personal – Recruiting und Stellenbesetzung
Universität Alsterdorf
Sengelmannstraße 50, 22297 Hamburg
""",
})

add({
    "kind": "offer", "scenario": "nordhavn_offer_letter_pdf", "lang": "en",
    "company": "Nordhavn Shipping", "contact": "mette.lindqvist@nordhavn-shipping.example.dk",
    "sender": ("Mette Lindqvist", "mette.lindqvist@nordhavn-shipping.example.dk"),
    "subject": "RE: Thank you - interview on 22 April",
    "date": "2026-05-20 14:33", "tz": "Europe/Copenhagen", "irt": "<9f01b3d7-nordhavn-thanks@example.dk>",
    "refs": ["inv_nordhavn", "<9f01b3d7-nordhavn-thanks@example.dk>"], "mua": "outlook", "structure": "mixed",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Dear Nikolai,

Following our conversation on Monday, I am delighted to confirm our offer for the position of Talent Acquisition Partner at Nordhavn Shipping A/S. Please find the formal offer letter attached.

The key terms are a monthly salary of DKK 46,500 plus 12% pension, a start date of 1 August 2026, and relocation support of DKK 25,000 for your move from Hamburg. The offer is subject to a satisfactory reference from your current employer.

We would be grateful to receive your signed acceptance by 29 May. Do call me if you would like to talk anything through - we very much hope you will join us.

Warm regards,

Mette Lindqvist
Senior HR Partner, Talent Acquisition
Nordhavn Shipping A/S
Sundkaj 9 | DK-2150 Nordhavn | +45 33 63 18 40

-----Original Message-----
From: Nikolai Brandt-Oyelaran <nikolai.bo@example.dk>
Sent: Wednesday, April 22, 2026 7:40 PM
To: Mette Lindqvist <mette.lindqvist@nordhavn-shipping.example.dk>
Subject: Thank you - interview on 22 April

Dear Mette,

Thank you - and Jesper - for the interview this afternoon. I really enjoyed our conversation about hiring deck officers and shore staff at the same time.

I look forward to hearing from you.

Best regards,
Nikolai Brandt-Oyelaran
""",
    "html": {"style": "outlook", "lang": "EN-GB"},
    "attachments": [{"filename": "Offer_Letter_N_Brandt-Oyelaran.pdf", "title": "Offer letter",
                      "lines": ["Nordhavn Shipping A/S - Sundkaj 9 - DK-2150 Nordhavn", "", "20 May 2026", "",
                             "Dear Nikolai Brandt-Oyelaran,", "",
                             "We are pleased to offer you the position of Talent Acquisition Partner.",
                             "Start date: 1 August 2026", "Salary: DKK 46,500 per month plus 12% pension",
                             "Relocation support: DKK 25,000", "", "Please sign and return by 29 May 2026.",
                             "", "Jesper Kragh, HR Director"]}],
})

add({
    "kind": "offer", "scenario": "peoplewise_verbal_offer_conditions", "lang": "en",
    "company": "Peoplewise", "contact": "sam.okafor@peoplewise.example.co.uk",
    "sender": ("Sam Okafor", "sam.okafor@peoplewise.example.co.uk"),
    "subject": "Following up on today's call",
    "date": "2026-08-25 18:02", "tz": "Europe/London", "mua": "gmail", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hi Nikolai,

It was brilliant to speak earlier - just putting in writing what I said on the phone: we'd love you to join Peoplewise as Talent Partner (EMEA)!

To recap the verbal offer: £47,000 base, 25 days' holiday plus bank holidays, hybrid (Tuesdays and Thursdays in Shoreditch), start date to be agreed around your notice period.

The offer is conditional on two satisfactory references and our right-to-work check - as you'll be relocating from Hamburg, our immigration partner will be in touch about the Skilled Worker visa. Once those are in place our People Ops team will send the formal contract via DocuSign.

Any questions at all, shout!

Sam

Sam Okafor | Senior Talent Partner | Peoplewise
peoplewise.example.co.uk
""",
})

add({
    "kind": "offer", "scenario": "puentes_oferta_contrato_pdf", "lang": "es",
    "company": "Fundación Puentes", "contact": "ines.marti@fundacionpuentes.example.org",
    "sender": ("Inés Martí", "ines.marti@fundacionpuentes.example.org"),
    "name_charset": "iso-8859-1",
    "subject": "Propuesta de contratación - Técnico/a de Personas y Voluntariado",
    "subject_charset": "iso-8859-1",
    "date": "2026-09-14 12:44", "tz": "Europe/Madrid", "irt": "resched_puentes", "refs": ["inv_puentes", "resched_puentes"],
    "mua": "outlook", "structure": "mixed", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Hola Nikolai:

¡Tenemos muy buenas noticias! Después de la entrevista con nuestro director y de hablar con tus referencias, nos encantaría que te unieras al equipo de la Fundación Puentes como Técnico/a de Personas y Voluntariado.

Te adjunto la propuesta de contrato: jornada completa, contrato indefinido, 29.500 € brutos anuales en 14 pagas, incorporación el 1 de noviembre de 2026 en nuestra sede de Barcelona.

Si estás de acuerdo, fírmala y devuélvenosla escaneada antes del 25 de septiembre. Y si tienes cualquier duda, llámame cuando quieras.

Un abrazo,

Inés Martí
Responsable de Personas
Fundación Puentes
c/ de la Cera 51, 08001 Barcelona
""",
    "attachments": [{"filename": "Propuesta_contrato_Brandt-Oyelaran.pdf", "title": "Propuesta de contrato",
                      "lines": ["FUNDACION PUENTES - c/ de la Cera 51 - 08001 Barcelona", "",
                             "Propuesta de contrato laboral indefinido", "Trabajador: Nikolai Brandt-Oyelaran",
                             "Puesto: Tecnico/a de Personas y Voluntariado", "Incorporacion: 1 de noviembre de 2026",
                             "Retribucion: 29.500 EUR brutos anuales (14 pagas)", "", "Firma: ____________________"]}],
})

add({
    "kind": "offer", "scenario": "albufera_propietario_oferta", "lang": "es",
    "company": "Logística Albufera", "contact": "vicent@logisticaalbufera.example.es",
    "sender": ("Vicent Ferrandis", "vicent@logisticaalbufera.example.es"),
    "subject": "Re: Candidatura responsable de personal",
    "date": "2026-10-13 09:48", "tz": "Europe/Madrid", "irt": "<1d8e4b2f-albufera-gracias@example.dk>",
    "refs": ["own_albufera", "<1d8e4b2f-albufera-gracias@example.dk>"], "mua": "android", "charset": "utf-8", "cte": "8bit",
    "text": """\
Buenos días Nikolai,

Mi hermano y yo lo hemos hablado este fin de semana y lo tenemos claro: queremos ofrecerte el puesto de responsable de personal en Logística Albufera. Somos una empresa familiar de 60 personas y necesitamos a alguien que ponga orden en la selección y que hable con la gente como hablas tú.

Te ofrecemos 34.000 € brutos al año, contrato indefinido desde el 1 de diciembre, horario de 8 a 16 h y, si lo necesitas, te ayudamos a buscar piso en Catarroja o Silla.

Dime algo esta semana y te preparo el contrato. Un abrazo,

Vicent Ferrandis
Gerente – Logística Albufera, S.L.
Polígono Industrial Mas de Baló, 14 · 46470 Catarroja (Valencia) · 647 33 19 02

El vie, 9 oct 2026 a las 19:22, Nikolai Brandt-Oyelaran (<nikolai.bo@example.dk>) escribió:
""" + quote("""\
Estimado Vicent:

Muchas gracias por la entrevista de ayer y por enseñarme el almacén. Entiendo perfectamente si al final no es posible por mi nivel de español o si prefieren a alguien de la zona, pero quería decirles que me ilusiona mucho el proyecto.

Un saludo cordial,
Nikolai
"""),
})

add({
    "kind": "offer", "scenario": "remorquage_contrat_pdf", "lang": "fr",
    "company": "Compagnie Belge de Remorquage", "contact": "h.dubois@cbr-remorquage.example.be",
    "sender": ("Hélène Dubois", "h.dubois@cbr-remorquage.example.be"),
    "subject": "Proposition d'engagement – Gestionnaire RH équipages",
    "date": "2026-10-06 11:05", "tz": "Europe/Brussels", "irt": "resched_cbr", "refs": ["inv_cbr", "resched_cbr"],
    "mua": "outlook", "structure": "mixed", "charset": "utf-8", "cte": "base64",
    "text": """\
Bonjour Monsieur Brandt-Oyelaran,

Suite à nos deux entretiens et à la rencontre avec l'équipage du « Scaldis IV », j'ai le plaisir de vous proposer le poste de Gestionnaire RH équipages au sein de la Compagnie Belge de Remorquage.

Vous trouverez en pièce jointe votre contrat de travail à durée indéterminée (commission paritaire 226), avec une entrée en fonction le 1er décembre 2026, une rémunération mensuelle brute de 4 150 €, des chèques-repas et une assurance groupe.

Je vous remercie de nous retourner le contrat signé, ou de me faire part de vos questions, avant le 16 octobre.

Au plaisir de vous accueillir à bord,

Hélène Dubois
Directrice des Ressources Humaines
Compagnie Belge de Remorquage SA
Kaai 526 – 2030 Antwerpen – +32 3 541 22 06
""",
    "attachments": [{"filename": "Contrat_CDI_Brandt-Oyelaran.pdf", "title": "Contrat de travail",
                      "lines": ["COMPAGNIE BELGE DE REMORQUAGE SA - Kaai 526 - 2030 Antwerpen", "",
                             "CONTRAT DE TRAVAIL D'EMPLOYE A DUREE INDETERMINEE", "",
                             "Entre: Compagnie Belge de Remorquage SA", "Et: M. Nikolai Brandt-Oyelaran", "",
                             "Fonction: Gestionnaire RH equipages", "Entree en fonction: 1er decembre 2026",
                             "Remuneration mensuelle brute: 4.150 EUR", "Commission paritaire: 226", "",
                             "Fait a Anvers, le 6 octobre 2026"]}],
})
