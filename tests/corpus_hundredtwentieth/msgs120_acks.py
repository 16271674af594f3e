"""Application acknowledgements (21) and offers (10). Several acknowledgements warn that silence
after some weeks means no: they are still acknowledgements, not rejections."""

from __future__ import annotations

from msgs120_common import card_shell, table_shell

MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------- application_received (21)

# 1 -- Workday acknowledgement; "cannot answer every applicant individually".
add({
    "slug": "workday_eingang", "kind": "application_received", "company": "Isarwerk Versicherung",
    "contact": "", "lang": "de",
    "sender": ("Isarwerk Versicherung Talent Acquisition", "isarwerk@myworkday.com"),
    "subject": "Vielen Dank für Ihre Bewerbung – Underwriter Gewerbe Sach (m/w/d)",
    "date": "2026-01-20 22:41 +0100",
    "mid": "<1783524661.71544.1768945260312@wd3-prod-mailer-05.myworkday.com>",
    "cte": "quoted-printable",
    "html": table_shell("""
<p style="margin:0 0 14px 0;">Sehr geehrter Herr Rennert,</p>
<p style="margin:0 0 14px 0;">vielen Dank für Ihre Bewerbung als <strong>Underwriter Gewerbe Sach (m/w/d)</strong> (JR-10482). Ihre Unterlagen sind vollständig bei uns eingegangen.</p>
<p style="margin:0 0 14px 0;">Unser Team prüft nun alle Bewerbungen sorgfältig. Bitte haben Sie Verständnis dafür, dass dies einige Wochen dauern kann. Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="https://isarwerk.wd3.myworkday.com/de-DE/Isarwerk_Karriere/userHome" style="color:#00507d;">Kandidatenkonto</a> einsehen.</p>
<p style="margin:0 0 14px 0;">Aufgrund der hohen Anzahl an Bewerbungen ist es uns leider nicht möglich, jede Anfrage zum Bearbeitungsstand individuell zu beantworten.</p>
<p style="margin:0;">Mit freundlichen Grüßen<br />Ihr Talent-Acquisition-Team<br /><strong>Isarwerk Versicherung</strong></p>
""", logo="https://isarwerk.wd3.myworkday.com/isarwerk/assets/logo/isarwerk_logo_mail.png",
        alt="Isarwerk Versicherung", color="#00507d",
        footer="""Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.<br />
Isarwerk Versicherung AG · Leopoldstraße 212 · 80807 München · Registergericht: Amtsgericht München HRB 48 112"""),
})

# 2 -- softgarden: "if you hear nothing within four weeks ..." -- still an acknowledgement.
add({
    "slug": "softgarden_vier_wochen", "kind": "application_received",
    "company": "Sparkasse Rhein-Wupper", "contact": "", "lang": "de",
    "sender": ("Sparkasse Rhein-Wupper via softgarden", "noreply@softgarden.io"),
    "subject": "Eingangsbestätigung: Risikocontroller Versicherungsprodukte (w/m/d)",
    "date": "2026-03-09 19:02 +0100",
    "mid": "<20260309180244.9c2e11aa0f3d@mail.softgarden.io>",
    "cte": "base64",
    "html": table_shell("""
<p>Guten Tag Herr Rennert,</p>
<p>herzlichen Dank für Ihre Bewerbung als <b>Risikocontroller Versicherungsprodukte (w/m/d)</b>. Wir freuen uns über Ihr Interesse an der Sparkasse Rhein-Wupper und bestätigen Ihnen hiermit den Eingang Ihrer Unterlagen.</p>
<p>Wir sichten alle Bewerbungen nach Ende der Ausschreibungsfrist am 27. März. Bitte haben Sie Verständnis, dass wir nicht jeder Bewerberin und jedem Bewerber eine individuelle Rückmeldung zum Zwischenstand geben können.</p>
<p>Sollten Sie innerhalb von vier Wochen nach Ende der Ausschreibungsfrist nichts von uns gehört haben, betrachten Sie Ihre Bewerbung bitte als nicht berücksichtigt.</p>
<p>Freundliche Grüße<br/>Ihr Recruiting-Team der Sparkasse Rhein-Wupper</p>
""", logo="https://static.softgarden.io/tenants/sparkasse-rhein-wupper/logo-email.png",
        alt="Sparkasse Rhein-Wupper – Logo", color="#e2001a",
        pixel="https://mail.softgarden.io/o/eyJ0IjoiOWMyZTExIiwiYSI6IjEwNDQ3In0.gif",
        footer="""Sparkasse Rhein-Wupper · Anstalt des öffentlichen Rechts · Kölner Straße 1 · 42651 Solingen<br/>
Diese E-Mail wurde automatisch versendet. <a href="https://sparkasse-rhein-wupper.softgarden.io/de/applicant/privacy">Datenschutz</a>"""),
})

# 3 -- Personio, du-form, start-up.
add({
    "slug": "personio_danke_du", "kind": "application_received", "company": "clevercover", "contact": "",
    "lang": "de",
    "sender": ("clevercover Recruiting", "no-reply@clevercover-gmbh.jobs.personio.de"),
    "subject": "Deine Bewerbung ist da! 🎉",
    "date": "2026-04-20 08:03 +0200",
    "mid": "<0102018f2a7c1e90-b3d4e5f6-0a1b-4c2d-8e3f-4a5b6c7d8e9f-000000@eu-central-1.amazonses.com>",
    "cte": "quoted-printable",
    "html": card_shell("""
<p>Hi Tobias,</p>
<p>mega, dass du dich als <strong>Pricing Analyst Kfz (m/w/d)</strong> bei uns beworben hast! Deine Unterlagen sind gut angekommen.</p>
<p>Wie geht's jetzt weiter? Lea aus unserem People-Team schaut sich deine Bewerbung in den nächsten Tagen an und meldet sich bei dir – in der Regel innerhalb von zwei Wochen.</p>
<p>Bis dahin: Schau gern auf unserem <a href="https://www.clevercover.example.de/blog?utm_source=personio&amp;utm_medium=email">Blog</a> vorbei, da erzählt das Team, woran wir gerade bauen.</p>
<p>Cheers<br>dein clevercover-Team</p>
""", alt="clevercover", logo="https://images.personio.de/clevercover-gmbh/logo/email-header.png",
        accent="#6c4cf1", lang="de",
        footer="""clevercover GmbH · Rosenheimer Str. 145e · 81671 München · HRB 254 118 (AG München)<br>
Versendet mit Personio · Bitte antworte nicht auf diese automatisch erzeugte E-Mail."""),
})

# 4 -- speculative application received, ISO-8859-1 letter.
add({
    "slug": "initiativ_eingang_latin1", "kind": "application_received", "company": "BKK Alpenland",
    "contact": "bewerbung@bkk-alpenland.example.de", "lang": "de",
    "sender": ("BKK Alpenland - Personalservice", "bewerbung@bkk-alpenland.example.de"),
    "subject": "Eingangsbestätigung Ihrer Initiativbewerbung",
    "date": "2026-02-04 09:12 +0100",
    "charset": "iso-8859-1", "cte": "quoted-printable", "subject_cs": "iso-8859-1",
    "text": """Sehr geehrter Herr Rennert,

vielen Dank für Ihre Initiativbewerbung vom 03.02.2026, die wir heute erhalten haben.

Wir werden Ihre Unterlagen prüfen und mit den Fachbereichen abstimmen, ob eine Beschäftigung in unserem Haus in Frage kommt. Bitte haben Sie etwas Geduld; wir melden uns in jedem Fall bei Ihnen.

Mit freundlichen Grüßen

i. A. Renate Kübler
Personalservice

BKK Alpenland
Körperschaft des öffentlichen Rechts
Bahnhofstraße 7 · 83022 Rosenheim
bewerbung@bkk-alpenland.example.de
""",
})

# 5 -- a job board confirms that it passed the application on; the employer is named.
add({
    "slug": "jobboard_uebermittelt", "kind": "application_received",
    "company": "Landbrand Versicherungsverein", "contact": "", "lang": "de",
    "sender": ("Jobwelt", "noreply@jobwelt.example.de"),
    "subject": "Ihre Bewerbung wurde erfolgreich versendet",
    "date": "2026-02-25 20:17 +0100",
    "cte": "base64",
    "headers": {"List-Unsubscribe": "<https://www.jobwelt.example.de/konto/benachrichtigungen?abmelden=versand>",
             "X-Campaign": "application-sent"},
    "html": """<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Bewerbung versendet</title></head>
<body style="margin:0;background:#eef1f4;font-family:Helvetica,Arial,sans-serif;">
<table width="100%" cellspacing="0" cellpadding="0" role="presentation"><tr><td align="center">
<table width="600" cellspacing="0" cellpadding="0" role="presentation" style="background:#fff;margin:20px 0;">
<tr><td style="background:#14325c;padding:14px 24px;"><img src="https://static.jobwelt.example.de/mail/jobwelt-logo-weiss.png" alt="Jobwelt – Ihr Stellenmarkt" height="28"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#222;">
<p style="margin:0 0 12px">Hallo Tobias Rennert,</p>
<p style="margin:0 0 12px">✔ Ihre Bewerbung wurde erfolgreich an <b>Landbrand Versicherungsverein a.G.</b> übermittelt.</p>
<table cellpadding="10" cellspacing="0" width="100%" style="border:1px solid #d7dde3"><tr><td style="font-size:14px">
<b>Underwriter Landwirtschaft (m/w/d)</b><br>Landbrand Versicherungsverein a.G. · München<br>Gesendete Dokumente: Lebenslauf_Rennert.pdf, Anschreiben_Landbrand.pdf, Zeugnisse.pdf</td></tr></table>
<p style="margin:12px 0">Das Unternehmen meldet sich direkt bei Ihnen. Den Status Ihrer Bewerbungen sehen Sie unter <a href="https://click.jobwelt.example.de/r/?u=meine-bewerbungen&amp;c=sent">Meine Bewerbungen</a>.</p>
<p style="margin:12px 0;font-size:13px;color:#555">Tipp: Mit einem vollständigen Profil werden Sie von Arbeitgebern <a href="https://click.jobwelt.example.de/r/?u=profil&amp;c=sent">3× häufiger gefunden</a>.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#7a8490;border-top:1px solid #e5e9ee">Jobwelt GmbH · Speditionstraße 9 · 40221 Düsseldorf · HRB 70431<br><a href="https://www.jobwelt.example.de/konto/benachrichtigungen?abmelden=versand" style="color:#7a8490">Abmelden</a></td></tr>
</table><img src="https://click.jobwelt.example.de/o/sent/771220/t.gif" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
})

# 6 -- Basel reinsurer via SuccessFactors, text derived from HTML.
add({
    "slug": "successfactors_basel_eingang", "kind": "application_received",
    "company": "Basler Rhein Rück", "contact": "", "lang": "de",
    "sender": ("Basler Rhein Rück Careers", "noreply+brr@successfactors.eu"),
    "subject": "Bestätigung Ihrer Bewerbung – Treaty Analyst (Req. 3391)",
    "date": "2026-05-28 13:48 +0200",
    "mid": "<1779968880555.11873.SF.mail@successfactors.eu>",
    "text": "auto", "cte": "quoted-printable",
    "html": table_shell("""
<p>Sehr geehrter Herr Rennert</p>
<p>Vielen Dank für Ihre Bewerbung als Treaty Analyst. Wir bestätigen den Eingang Ihres Dossiers.</p>
<p>Wir prüfen Ihre Unterlagen sorgfältig und melden uns innerhalb der nächsten zwei bis drei Wochen bei Ihnen.</p>
<p>Freundliche Grüsse<br>Human Resources<br>Basler Rhein Rück</p>
""", logo="https://career5.successfactors.eu/companyLogo?company=baslerrheinrP", alt="Basler Rhein Rück",
        color="#00427a",
        footer="""Basler Rhein Rück AG · St. Alban-Anlage 46 · 4052 Basel<br>Dies ist eine automatisch generierte Nachricht."""),
})

# 7 -- Vienna: acknowledgement, text and HTML written separately.
add({
    "slug": "vienna_bewerbungseingang", "kind": "application_received",
    "company": "Alpenrück Versicherungsverein", "contact": "", "lang": "de",
    "sender": ("ALPENRÜCK Karriere", "keine-antwort@alpenrueck.example.at"),
    "subject": "Bewerbungseingang – Aktuarieller Analyst Rückversicherung",
    "date": "2026-04-14 07:30 +0200",
    "cte": "quoted-printable", "charset": "windows-1252", "subject_cs": "windows-1252",
    "text": """Sehr geehrter Herr Rennert,

wir bestätigen den Eingang Ihrer Bewerbung für die Position „Aktuarieller Analyst Rückversicherung“ und bedanken uns für Ihr Interesse an der Alpenrück.

Das kollektivvertragliche Mindestgehalt für diese Position beträgt EUR 3.812,– brutto pro Monat (14 Gehälter); eine Überzahlung abhängig von Qualifikation und Erfahrung ist vorgesehen.

Wir melden uns nach Sichtung aller Unterlagen bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalmanagement
Alpenrück Versicherungsverein a.G.

Diese Nachricht wurde automatisch erstellt.
""",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Georgia,serif;font-size:14px;color:#2b2b2b">
<div style="border-bottom:3px solid #8b0000;padding-bottom:8px;margin-bottom:16px"><img src="https://www.alpenrueck.example.at/img/alpenrueck_wortmarke.png" alt="ALPENRÜCK" width="180"></div>
<p>Sehr geehrter Herr Rennert,</p>
<p>wir bestätigen den Eingang Ihrer Bewerbung für die Position „Aktuarieller Analyst Rückversicherung“ und bedanken uns für Ihr Interesse an der Alpenrück.</p>
<p style="background:#f5f0f0;padding:8px">Das kollektivvertragliche Mindestgehalt für diese Position beträgt EUR 3.812,– brutto pro Monat (14 Gehälter); eine Überzahlung abhängig von Qualifikation und Erfahrung ist vorgesehen.</p>
<p>Wir melden uns nach Sichtung aller Unterlagen bei Ihnen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Personalmanagement<br>Alpenrück Versicherungsverein a.G.</p>
<p style="font-size:11px;color:#888">Diese Nachricht wurde automatisch erstellt. Schwarzenbergplatz 5, 1030 Wien · FN 88210 k</p>
</body></html>
""",
})

# 8 -- head-hunter confirms receipt personally.
add({
    "slug": "headhunter_unterlagen_erhalten", "kind": "application_received",
    "company": "Vossberg Executive Search", "contact": "h.vossberg@vossberg-search.example.de",
    "lang": "de",
    "sender": ("Dr. Henning Vossberg", "h.vossberg@vossberg-search.example.de"),
    "subject": "AW: Unterlagen Leitung Schadenanalytik",
    "date": "2026-03-30 07:48 +0200",
    "reply": "<CAF7r3nnert+Vs4bH7e@mail.example.de>",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Rennert,

herzlichen Dank für die rasche Zusendung Ihrer Unterlagen. Lebenslauf und Zeugnisse sind vollständig angekommen.

Ich werde Ihr Profil in den nächsten Tagen mit meinem Mandanten besprechen und melde mich spätestens Mitte April mit einer Einschätzung bei Ihnen.

Mit besten Grüßen

Dr. Henning Vossberg
Managing Partner
Vossberg Executive Search
Maximilianstraße 13 · 80539 München
+49 89 5558 7210

> Am 27.03.2026 um 18:11 schrieb Tobias Rennert <tobias.rennert@example.de>:
> Sehr geehrter Herr Dr. Vossberg,
> wie telefonisch besprochen anbei meine Unterlagen. Ich hoffe, ich bin
> nicht zu spät – leider hat es mit den Zeugnissen etwas gedauert.
> Mit freundlichen Grüßen
> Tobias Rennert
""",
})

# 9 -- Taleo acknowledgement for the Cologne reinsurer.
add({
    "slug": "taleo_domstadt_eingang", "kind": "application_received", "company": "Domstadt Rück",
    "contact": "", "lang": "de",
    "sender": ("Domstadt Rück Karriere", "domstadtrueck@taleo.net"),
    "subject": "Domstadt Rück: Ihre Bewerbung ist eingegangen (Ref. 26-0217)",
    "date": "2026-02-16 12:02 +0100",
    "mid": "<TALEO.26-0217.5519012.1771239720@taleo.net>",
    "cte": "quoted-printable",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial;font-size:10pt">
<table width="620" cellpadding="8" cellspacing="0" border="0">
<tr><td style="border-bottom:2px solid #1a3a6b"><img src="https://domstadtrueck.taleo.net/careersection/theme/drs/img/logo_email.png" alt="Domstadt Rück" border="0"></td></tr>
<tr><td>
<p>Sehr geehrter Herr Rennert,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Treaty Underwriter Property (m/w/d)</b>, Referenz 26-0217.</p>
<p>Wir haben Ihre Unterlagen erhalten und werden sie nun prüfen. Aufgrund der Vielzahl an Bewerbungen bitten wir Sie, von Rückfragen zum Bearbeitungsstand abzusehen; Sie erhalten in jedem Fall eine Nachricht von uns.</p>
<p>Mit freundlichen Grüßen<br>Human Resources<br>Domstadt Rück SE</p>
</td></tr>
<tr><td style="font-size:8pt;color:#777">Domstadt Rück SE · Konrad-Adenauer-Ufer 41 · 50668 Köln · HRB 90 211 AG Köln<br>
Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail. <a href="https://domstadtrueck.taleo.net/careersection/2/mysubmissions.ftl">Meine Bewerbungen</a></td></tr>
</table></body></html>
""",
})

# 10 -- university: please refrain from asking about the status.
add({
    "slug": "hochschule_eingang_nachfragen", "kind": "application_received",
    "company": "Technische Hochschule Rheinaue", "contact": "", "lang": "de",
    "sender": ("TH Rheinaue – Personalabteilung", "noreply-personal@th-rheinaue.example.de"),
    "subject": "Eingangsbestätigung – Kennziffer 26/041",
    "date": "2026-06-05 10:30 +0200",
    "cte": "8bit",
    "text": """Sehr geehrter Herr Rennert,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle mit der Kennziffer 26/041 (Wissenschaftliche/r Mitarbeiter/in, Lehrstuhl für Versicherungsmathematik).

Das Auswahlverfahren beginnt nach Ablauf der Bewerbungsfrist am 30.06.2026. Bitte sehen Sie von telefonischen Nachfragen zum Stand des Verfahrens ab. Sie werden nach Abschluss des Verfahrens schriftlich benachrichtigt.

Hinweis: Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt. Die TH Rheinaue fördert die Gleichstellung aller Geschlechter.

Mit freundlichen Grüßen
Ihre Personalabteilung

Technische Hochschule Rheinaue · Rheinauer Allee 100 · 50996 Köln
Diese E-Mail wurde automatisch erzeugt – Antworten auf diese Adresse werden nicht gelesen.
""",
})

# 11 -- Recruitee acknowledgement for the actuarial consultancy.
add({
    "slug": "recruitee_eingang", "kind": "application_received",
    "company": "Kessler Actuarial Consulting", "contact": "", "lang": "de",
    "sender": ("Kessler Actuarial Consulting", "no-reply@recruitee.com"),
    "subject": "Ihre Bewerbung bei Kessler Actuarial Consulting",
    "date": "2026-07-20 23:54 +0200",
    "mid": "<recruitee.kessleractuarial.offer_1029384.cand_8812744.ack@recruitee.com>",
    "cte": "base64",
    "html": card_shell("""
<p>Hallo Herr Rennert,</p>
<p>danke für Ihre Bewerbung als <strong>Consultant Aktuariat (m/w/d)</strong>! Wir haben Ihre Unterlagen erhalten.</p>
<p>Wir sind ein kleines Team und lesen jede Bewerbung selbst – deshalb kann es bis zu zwei Wochen dauern, bis Sie von uns hören.</p>
<p>Viele Grüße<br>Kessler Actuarial Consulting</p>
""", alt="Kessler Actuarial Consulting", logo="https://recruitee-main.s3.eu-central-1.amazonaws.com/companies/88123/logo_mail.png",
        accent="#0052cc", lang="de",
        footer="""Kessler Actuarial Consulting GmbH · Theatinerstraße 8 · 80333 München · HRB 199 327<br>Diese Nachricht wurde über Recruitee versendet."""),
})

# 12 -- Greenhouse: "if you haven't heard from us within four weeks".
add({
    "slug": "greenhouse_four_weeks", "kind": "application_received", "company": "Liffey Life",
    "contact": "", "lang": "en",
    "sender": ("Liffey Life Recruiting", "no-reply@greenhouse-mail.io"),
    "subject": "Thanks for applying to Liffey Life!",
    "date": "2026-01-12 21:26 +0000",
    "mid": "<greenhouse.4410923.app.7719203.ack@greenhouse-mail.io>",
    "cte": "quoted-printable",
    "html": card_shell("""
<p>Hi Tobias,</p>
<p>Thanks for applying for the <strong>Pricing Analyst – Protection</strong> role at Liffey Life. Your application has been received and our team will review it shortly.</p>
<p>Because we receive a large volume of applications, we're unfortunately not able to respond to every applicant individually. If you haven't heard from us within four weeks, please assume that your application has not been successful on this occasion.</p>
<p>In the meantime, find out more about <a href="https://u4410923.ct.sendgrid.net/ls/click?upn=u001.life-at-liffey">life at Liffey</a>.</p>
<p>Best,<br>The Talent Team at Liffey Life</p>
""", alt="Liffey Life", logo="https://s3.amazonaws.com/grnhse-vanity-urls/liffeylife/logo_email.png",
        pixel="https://u4410923.ct.sendgrid.net/wf/open?upn=u001.ack-7719203", accent="#0b6e4f",
        footer="""Liffey Life DAC is regulated by the Central Bank of Ireland. Registered in Ireland No. 512334.<br>Powered by Greenhouse"""),
})

# 13 -- Workable acknowledgement for a Dublin specialty insurer.
add({
    "slug": "workable_received", "kind": "application_received",
    "company": "Fitzwilliam Specialty Insurance", "contact": "", "lang": "en",
    "sender": ("Fitzwilliam Specialty Insurance", "noreply@workablemail.com"),
    "subject": "We've received your application for Claims Analytics Lead",
    "date": "2026-07-28 08:07 +0100",
    "mid": "<workable.fitzwilliam.j_4C1D9E.c_88123011@workablemail.com>",
    "cte": "quoted-printable",
    "html": """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#ffffff;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="margin:24px 0;">
<tr><td style="padding:0 0 24px 0;"><img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/512008/fitzwilliam.png" alt="Fitzwilliam Specialty Insurance" height="40"></td></tr>
<tr><td style="font-size:15px;line-height:24px;color:#333;">
<p>Dear Tobias,</p>
<p>Thank you for your interest in the <b>Claims Analytics Lead</b> position at Fitzwilliam Specialty Insurance. This email confirms that we have received your application.</p>
<p>Our hiring team will review your application and get back to you if your qualifications match our needs for the role.</p>
<p>Kind regards,<br>Fitzwilliam Specialty Insurance Hiring Team</p>
</td></tr>
<tr><td style="padding-top:32px;font-size:11px;color:#999;border-top:1px solid #eee;">Fitzwilliam Specialty Insurance DAC · 30 Fitzwilliam Square, Dublin 2 · Registered in Ireland No. 700145<br>
This message was sent by <a href="https://www.workable.com/?utm_source=candidate_email" style="color:#999">Workable</a> on behalf of Fitzwilliam Specialty Insurance. <a href="https://apply.workable.com/fitzwilliam/privacy" style="color:#999">Privacy notice</a></td></tr>
</table></td></tr></table>
<img src="https://email.workablemail.com/o/eJwNyjE.c_88123011" width="1" height="1" alt="">
</body></html>
""",
})

# 14 -- iCIMS acknowledgement, text and HTML.
add({
    "slug": "icims_received_alt", "kind": "application_received", "company": "Uetliberg Re", "contact": "",
    "lang": "en",
    "sender": ("Uetliberg Re Careers", "do-not-reply@icims.com"),
    "subject": "Thank you for applying – Actuarial Analyst Life & Health (2026-1184)",
    "date": "2026-08-24 16:20 +0200",
    "mid": "<icims.uetlibergre.2026-1184.55120931.ack@icims.com>",
    "text": "auto", "cte": "quoted-printable",
    "html": table_shell("""
<p>Dear Tobias Rennert,</p>
<p>Thank you for your application for <b>Actuarial Analyst Life &amp; Health</b> (Req. 2026-1184). We confirm that it has been received.</p>
<p>Our Talent Acquisition team will review your profile against the requirements of the role. You can track the status of your application at any time in the <a href="https://careers-uetlibergre.icims.com/jobs/login?mode=submissions">candidate portal</a>.</p>
<p>With kind regards,<br>Talent Acquisition<br>Uetliberg Re</p>
""", logo="https://careers-uetlibergre.icims.com/media/uetlibergre_logo.png", alt="Uetliberg Re",
        color="#7a1e3a", lang="en",
        footer="""Uetliberg Re Ltd · Mythenquai 2 · 8002 Zurich · Switzerland<br>This is an automated message. Replies to this address are not monitored."""),
})

# 15 -- a professional network's "easy apply" confirmation names the employer.
add({
    "slug": "network_easy_apply_sent", "kind": "application_received",
    "company": "Harcourt Reinsurance", "contact": "", "lang": "en",
    "sender": ("WorkNet Jobs", "jobs-noreply@worknet.example.com"),
    "subject": "Tobias, your application was sent to Harcourt Reinsurance",
    "date": "2026-05-11 13:37 +0200",
    "cte": "quoted-printable",
    "headers": {"List-Unsubscribe": "<https://www.worknet.example.com/settings/email/unsubscribe?type=job_apply>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    "html": """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f3f2ef;font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:16px;">
<table width="512" cellpadding="0" cellspacing="0" role="presentation" style="background:#fff;border-radius:8px;">
<tr><td style="padding:16px 24px;"><img src="https://static.worknet.example.com/mail/logo_wn_84.png" alt="WorkNet" height="24"></td></tr>
<tr><td style="padding:0 24px 8px 24px;font-size:20px;font-weight:600;color:#000;">Your application was sent to Harcourt Reinsurance</td></tr>
<tr><td style="padding:8px 24px;">
<table cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:12px;"><img src="https://media.worknet.example.com/company/harcourt-re/logo_100.png" alt="Harcourt Reinsurance" width="48" height="48"></td>
<td style="font-size:14px;color:#333;"><b>Casualty Underwriting Analyst</b><br>Harcourt Reinsurance · Dublin, County Dublin, Ireland (Hybrid)<br><span style="color:#666;">Applied on 11 May 2026</span></td>
</tr></table></td></tr>
<tr><td style="padding:16px 24px;font-size:14px;color:#333;">Your profile, CV and answers were shared with the hiring team. Good luck!</td></tr>
<tr><td style="padding:0 24px 24px 24px;"><a href="https://www.worknet.example.com/comm/jobs/tracker/applied?trk=eml-jobs_apply_confirm" style="display:inline-block;background:#0a66c2;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none;font-weight:600;">View application</a></td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#666;border-top:1px solid #e8e8e8;">Similar jobs: <a href="https://www.worknet.example.com/comm/jobs/view/4412/?trk=eml-sim">Treaty Analyst – Leopardstown Re</a> · <a href="https://www.worknet.example.com/comm/jobs/view/4419/?trk=eml-sim">Underwriting Assistant – Ballsbridge Syndicate</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999;">This email was intended for Tobias Rennert (Claims Handler | Aspiring Underwriter). <a href="https://www.worknet.example.com/settings/email/unsubscribe?type=job_apply" style="color:#999;">Unsubscribe</a> · © 2026 WorkNet Ltd, Wilton Place, Dublin 2</td></tr>
</table><img src="https://www.worknet.example.com/emimp/ip_am9iX2FwcGx5.gif" width="1" height="1" alt=""></td></tr></table></body></html>
""",
})

# 16 -- Luxembourg insurer: "nous accusons bonne réception", a person signs.
add({
    "slug": "accusons_reception", "kind": "application_received", "company": "Moselle Assurances",
    "contact": "sophie.klein@moselle-assurances.example.lu", "lang": "fr",
    "sender": ("Sophie Klein", "sophie.klein@moselle-assurances.example.lu"),
    "subject": "Votre candidature – Gestionnaire sinistres senior",
    "date": "2026-03-23 14:44 +0100",
    "cte": "quoted-printable",
    "text": """Monsieur Rennert,

Nous accusons bonne réception de votre candidature au poste de gestionnaire sinistres senior et vous en remercions.

Votre dossier est en cours d'étude par le responsable du service Indemnisation. Je ne manquerai pas de revenir vers vous dans les meilleurs délais, au plus tard sous trois semaines.

Cordialement,

Sophie Klein
Chargée de recrutement
Moselle Assurances S.A.
12, boulevard Royal – L-2449 Luxembourg
Tél. +352 55 55 30 41
""",
})

# 17 -- SmartRecruiters: "no answer within four weeks means not retained" -- an acknowledgement.
add({
    "slug": "smartrecruiters_sans_reponse", "kind": "application_received",
    "company": "Mutuelle des Artisans de France", "contact": "", "lang": "fr",
    "sender": ("Mutuelle des Artisans de France", "noreply@smartrecruiters.com"),
    "subject": "Confirmation de candidature – Chargé(e) d'études actuarielles IARD",
    "date": "2026-02-20 17:58 +0100",
    "mid": "<sr.maf.a7c0d2e1-1f23-4e45-9a67-80bc91d2e3f4@smartrecruiters.com>",
    "cte": "quoted-printable",
    "html": card_shell("""
<p>Bonjour Tobias,</p>
<p>Nous avons bien reçu votre candidature pour le poste de <strong>Chargé(e) d'études actuarielles IARD</strong> et vous remercions de l'intérêt que vous portez à la MAF.</p>
<p>Notre équipe recrutement va étudier votre profil avec attention. Compte tenu du nombre important de candidatures reçues, nous ne pourrons pas répondre individuellement à chacune d'entre elles : sans réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.</p>
<p>Bien cordialement,<br>L'équipe Recrutement<br>Mutuelle des Artisans de France</p>
""", alt="MAF – Mutuelle des Artisans de France", logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/maf-mutuelle/logo_mail.png",
        accent="#c8102e", lang="fr",
        pixel="https://jobs.smartrecruiters.com/track/open/a7c0d2e1?e=ack",
        footer="""Mutuelle des Artisans de France – SIREN 775 555 123 – 14 rue de la Victoire, 75009 Paris.<br>
<a href="https://my.smartrecruiters.com/settings/notifications" style="color:#8c959f">Gérer mes notifications</a>"""),
})

# 18 -- a French job platform, tu: "ta candidature a bien été envoyée à Kovera".
add({
    "slug": "plateforme_candidature_envoyee", "kind": "application_received", "company": "Kovera",
    "contact": "", "lang": "fr",
    "sender": ("Embauche Directe", "ne-pas-repondre@embauchedirecte.example.fr"),
    "subject": "Ta candidature a bien été envoyée à Kovera 🚀",
    "date": "2026-09-22 21:09 +0200",
    "cte": "base64",
    "headers": {"List-Unsubscribe": "<mailto:desinscription@embauchedirecte.example.fr?subject=unsubscribe>, <https://www.embauchedirecte.example.fr/compte/notifications/off?t=cand>"},
    "html": """<html lang="fr"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#fffaf0;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0;border:1px solid #f0e6d2;">
<tr><td style="background:#ffcd00;padding:16px 24px;"><img src="https://cdn.embauchedirecte.example.fr/email/logo-noir.png" alt="Embauche Directe" height="30"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:23px;color:#222;">
<p>Hello Tobias,</p>
<p>C'est envoyé ! Ta candidature pour le poste de <b>Claims Data Analyst</b> chez <b>Kovera</b> est bien arrivée dans leur boîte.</p>
<p>L'équipe de Kovera va regarder ton profil. En général, les entreprises répondent sous 15 jours – tu peux suivre l'avancement depuis ton <a href="https://t.embauchedirecte.example.fr/c/eJx1kM1u?u=espace-candidat">espace candidat</a>.</p>
<p>En attendant, on t'a sélectionné <a href="https://t.embauchedirecte.example.fr/c/eJx1kM2v?u=offres-similaires">5 offres similaires</a> à Paris.</p>
<p>Bonne chance !<br>L'équipe Embauche Directe</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;border-top:1px solid #eee;">Embauche Directe SAS – 18 rue du Faubourg du Temple, 75011 Paris – RCS Paris 822 555 019<br><a href="https://www.embauchedirecte.example.fr/compte/notifications/off?t=cand" style="color:#888;">Se désinscrire</a></td></tr>
</table><img src="https://t.embauchedirecte.example.fr/o/eJx1kM3w.gif" width="1" height="1" alt="" />
</td></tr></table></body></html>
""",
})

# 19 -- Teamtailor, the Luxembourg bank.
add({
    "slug": "teamtailor_bien_recue", "kind": "application_received", "company": "Banque du Kirchberg",
    "contact": "", "lang": "fr",
    "sender": ("Banque du Kirchberg", "notifications@teamtailor-mail.com"),
    "subject": "Votre candidature a bien été reçue – Analyste Risques Assurance",
    "date": "2026-06-30 12:16 +0200",
    "mid": "<tt-1f7e3d22.b7f04d.cand-2231876@teamtailor-mail.com>",
    "cte": "base64",
    "html": card_shell("""
<h2 style="font-size:20px;margin:0 0 16px 0;">Merci Tobias !</h2>
<p>Nous avons bien reçu votre candidature au poste d'<strong>Analyste Risques Assurance</strong>.</p>
<p>Notre équipe l'examinera dans les prochains jours. Vous recevrez un retour de notre part quelle que soit l'issue de votre candidature.</p>
<p>Bien cordialement,<br>L'équipe Talent Acquisition<br>Banque du Kirchberg</p>
""", alt="Banque du Kirchberg", logo="https://assets.teamtailor-cdn.com/banquekirchberg/logo-mail.png",
        accent="#1d3557", lang="fr",
        pixel="https://teamtailor-mail.com/o/2231876/1f7e3d22.png",
        footer="""Banque du Kirchberg S.A. · 4, avenue John F. Kennedy · L-1855 Luxembourg<br>
<a href="https://banquekirchberg.teamtailor.com/connect/unsubscribe?c=2231876" style="color:#8c959f">Se désabonner</a>"""),
})

# 20 -- BambooHR acknowledgement in Spanish, tú, HTML and text.
add({
    "slug": "bamboohr_recibido", "kind": "application_received", "company": "Seguros Alcántara",
    "contact": "", "lang": "es",
    "sender": ("Seguros Alcántara", "notifications@bamboohr.com"),
    "subject": "Hemos recibido tu candidatura",
    "date": "2026-07-10 15:32 +0200",
    "mid": "<bamboohr.segurosalcantara.ats.77120.19023@bamboohr.com>",
    "cte": "quoted-printable",
    "text": """Hola Tobias:

¡Gracias por tu interés en Seguros Alcántara! Hemos recibido correctamente tu candidatura para el puesto de Técnico de Suscripción (Múnich).

Nuestro equipo de selección revisará tu perfil y, si encaja con lo que buscamos, se pondrá en contacto contigo.

Un saludo,
Equipo de Selección – Seguros Alcántara

Este correo se ha generado automáticamente. Por favor, no respondas a este mensaje.
""",
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Lato,Arial,sans-serif;font-size:15px;color:#38312f;background:#f4f4f4;margin:0">
<div style="max-width:560px;margin:24px auto;background:#fff;padding:28px;border-top:5px solid #7a0f1c">
<img src="https://segurosalcantara.bamboohr.com/logos/logo_email.png" alt="Seguros Alcántara" height="38">
<p>Hola Tobias:</p>
<p>¡Gracias por tu interés en Seguros Alcántara! Hemos recibido correctamente tu candidatura para el puesto de <b>Técnico de Suscripción (Múnich)</b>.</p>
<p>Nuestro equipo de selección revisará tu perfil y, si encaja con lo que buscamos, se pondrá en contacto contigo.</p>
<p>Un saludo,<br>Equipo de Selección – Seguros Alcántara</p>
<p style="font-size:11px;color:#999">Este correo se ha generado automáticamente. Por favor, no respondas a este mensaje. · Powered by <a href="https://www.bamboohr.com" style="color:#999">BambooHR</a></p>
</div></body></html>
""",
})

# 21 -- Madrid head-hunter confirms receipt of the CV personally, tú.
add({
    "slug": "headhunter_recibido_cv", "kind": "application_received", "company": "Talento Actuarial",
    "contact": "diego.navarro@talentoactuarial.example.com", "lang": "es",
    "sender": ("Diego Navarro", "diego.navarro@talentoactuarial.example.com"),
    "subject": "Re: CV Tobias Rennert",
    "date": "2026-08-06 10:05 +0200",
    "reply": "<CAF7r3nnert+Ta1Cv9z@mail.example.de>",
    "cte": "quoted-printable",
    "text": """Hola Tobias:

Recibido tu CV, muchas gracias. Lo reviso con Marta esta semana y te propongo una videollamada corta de preselección para conocerte y ver qué tipo de puestos te encajan.

Saludos,
Diego Navarro
Consultor | Talento Actuarial
Calle de Serrano 41, 28001 Madrid
""",
})

# ---------------------------------------------------------------------------- offer (10)

# 22 -- written offer with the contract offer as PDF.
add({
    "slug": "written_offer_pdf", "kind": "offer", "company": "Kessler Actuarial Consulting",
    "contact": "lukas.kessler@kessler-actuarial.example.de", "lang": "de",
    "sender": ("Dr. Lukas Kessler", "lukas.kessler@kessler-actuarial.example.de"),
    "cc": [("Anja Schuster", "anja.schuster@kessler-actuarial.example.de")],
    "subject": "Vertragsangebot Consultant Aktuariat",
    "date": "2026-08-21 16:12 +0200",
    "cte": "quoted-printable",
    "text": """Lieber Herr Rennert,

nach dem sehr guten Case Interview und dem Gespräch mit meiner Partnerin Frau Dr. Ulm freue ich mich, Ihnen die Position als Consultant Aktuariat in unserem Münchner Büro anzubieten.

Die wesentlichen Eckdaten:
- Eintritt: 1. November 2026 (früher gern, wenn Ihre Kündigungsfrist es zulässt)
- Jahresgehalt: 68.000 € brutto fix zzgl. variabler Vergütung bis 10 %
- 30 Urlaubstage, zwei Tage mobiles Arbeiten pro Woche
- Übernahme der Kosten für die Ausbildung zum Aktuar DAV inkl. Freistellung für die Prüfungen

Das ausführliche Vertragsangebot finden Sie im Anhang. Wir würden uns über Ihre Rückmeldung bis zum 4. September freuen. Wenn Sie vorab Fragen haben, rufen Sie mich gern jederzeit an.

Ich würde mich sehr freuen, Sie bald im Team zu begrüßen!

Herzliche Grüße
Lukas Kessler

Dr. Lukas Kessler
Partner | Kessler Actuarial Consulting
Theatinerstraße 8 | 80333 München
T +49 89 5556 4100 | M +49 171 555 0410
lukas.kessler@kessler-actuarial.example.de

Kessler Actuarial Consulting GmbH · Geschäftsführer: Dr. Lukas Kessler, Dr. Petra Ulm · Amtsgericht München HRB 199 327
""",
    "attach": [("Vertragsangebot_Consultant_Aktuariat_Rennert.pdf", [
        "Kessler Actuarial Consulting GmbH - Theatinerstraße 8 - 80333 München",
        "",
        "Herrn Tobias Rennert",
        "",
        "München, 21. August 2026",
        "",
        "Angebot eines Arbeitsvertrages - Consultant Aktuariat (m/w/d)",
        "",
        "Sehr geehrter Herr Rennert,",
        "wir bieten Ihnen zum 1. November 2026 eine unbefristete Anstellung als Consultant Aktuariat an.",
        "Jahresbruttogehalt: 68.000 EUR; variable Vergütung bis 10 % nach Zielerreichung.",
        "Probezeit: sechs Monate. Urlaub: 30 Arbeitstage.",
        "Dieses Angebot gilt bis zum 4. September 2026.",
        "",
        "Dr. Lukas Kessler, Dr. Petra Ulm - Geschäftsführung",
    ])],
})

# 23 -- verbal offer confirmed in writing by the mutual's HR.
add({
    "slug": "verbal_offer_confirmed", "kind": "offer", "company": "Landbrand Versicherungsverein",
    "contact": "s.riedmaier@landbrand.example.de", "lang": "de",
    "sender": ("Riedmaier, Susanne", "s.riedmaier@landbrand.example.de"),
    "subject": "Unser Telefonat von heute – Underwriter Landwirtschaft",
    "date": "2026-04-02 15:37 +0200",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Rennert,

wie heute Mittag telefonisch besprochen, freuen wir uns sehr, Ihnen die Stelle als Underwriter Landwirtschaft anbieten zu können. Herr Maierhofer war von Ihnen und Ihrer Präsentation im Zweitgespräch gleichermaßen überzeugt.

Zur Bestätigung der besprochenen Eckpunkte:
• Beginn: 1. Juli 2026
• Vergütung nach Tarifvertrag für das private Versicherungsgewerbe, Gehaltsgruppe VII, zzgl. übertariflicher Zulage von 350 € monatlich
• Vollzeit (38 Std.), 30 Tage Urlaub, Jobrad und Zuschuss zum Deutschlandticket

Den Arbeitsvertrag erhalten Sie in den nächsten Tagen per Post. Bis dahin freue ich mich über Ihre kurze schriftliche Bestätigung, dass Sie das Angebot annehmen.

Mit freundlichen Grüßen

Susanne Riedmaier
Personalentwicklung & Recruiting
Landbrand Versicherungsverein a.G.
Prinzregentenstraße 77 · 81675 München
Telefon +49 89 5557-3140
s.riedmaier@landbrand.example.de
""",
})

# 24 -- the agency relays the client's offer, exclamation marks again.
add({
    "slug": "agency_offer_schadenfix", "kind": "offer", "company": "Schadenfix",
    "contact": "n.osterkamp@talentbruecke.example.de", "lang": "de",
    "sender": ("Nina Osterkamp | Talentbrücke", "n.osterkamp@talentbruecke.example.de"),
    "subject": "Angebot von Schadenfix!!! 🥳",
    "date": "2026-05-29 18:03 +0200",
    "cte": "8bit",
    "text": """Herr Rennert,

ich hab's ja gesagt!!! Schadenfix möchte Ihnen ein Angebot machen!

Daniel Oswald hat mich eben angerufen, die Eckdaten:
– Position: Claims Automation Specialist
– Start: 1. August 2026 (verhandelbar)
– 62.000 € fix + 0,1 % virtuelle Anteile (VSOP, 4 Jahre Vesting)
– 100 % remote möglich, 2 Teamtage pro Monat im Werksviertel

Das schriftliche Angebot schickt Ihnen Schadenfix direkt bis Dienstag. Lassen Sie uns am Montag telefonieren, dann gehen wir alles in Ruhe durch – auch das Gehalt, da ist meiner Einschätzung nach noch etwas Luft!

Herzlichen Glückwunsch schon mal!!
Nina Osterkamp

Nina Osterkamp | Senior Consultant Insurance & Finance | Talentbrücke Personalberatung GmbH
Königsallee 60b | 40212 Düsseldorf | +49 211 555 88 12
""",
})

# 25 -- Zurich: contract to sign, PDF attached, text and HTML.
add({
    "slug": "arbeitsvertrag_unterzeichnen", "kind": "offer", "company": "Limmat Versicherungen",
    "contact": "reto.baumgartner@limmat-versicherungen.example.ch", "lang": "de",
    "sender": ("Baumgartner Reto", "reto.baumgartner@limmat-versicherungen.example.ch"),
    "subject": "Ihr Arbeitsvertrag – Underwriter Motorfahrzeug-Flotten",
    "date": "2026-08-12 11:20 +0200",
    "cte": "quoted-printable",
    "text": """Grüezi Herr Rennert

Es freut uns sehr, dass Sie sich für die Limmat entschieden haben! Wie besprochen erhalten Sie im Anhang Ihren Arbeitsvertrag als Underwriter Motorfahrzeug-Flotten mit Stellenantritt am 1. Oktober 2026.

Bitte unterzeichnen Sie beide Exemplare und senden Sie uns eines bis zum 26. August zurück – gerne eingescannt per Mail, das Original dann per Post. Für die Grenzgänger- bzw. Aufenthaltsbewilligung (Ausweis B) benötigen wir zudem eine Kopie Ihres Reisepasses.

Bei Fragen bin ich gerne für Sie da.

Freundliche Grüsse
Reto Baumgartner
Talent Acquisition Partner
Limmat Versicherungen
Mythenquai 88, 8002 Zürich
T +41 44 555 71 23
""",
    "html": """<div style="font-family:Arial,sans-serif;font-size:10pt;color:#222">
<p>Grüezi Herr Rennert</p>
<p>Es freut uns sehr, dass Sie sich für die Limmat entschieden haben! Wie besprochen erhalten Sie im Anhang Ihren <b>Arbeitsvertrag</b> als Underwriter Motorfahrzeug-Flotten mit Stellenantritt am <b>1. Oktober 2026</b>.</p>
<p>Bitte unterzeichnen Sie beide Exemplare und senden Sie uns eines bis zum 26. August zurück – gerne eingescannt per Mail, das Original dann per Post. Für die Grenzgänger- bzw. Aufenthaltsbewilligung (Ausweis B) benötigen wir zudem eine Kopie Ihres Reisepasses.</p>
<p>Bei Fragen bin ich gerne für Sie da.</p>
<p>Freundliche Grüsse<br>Reto Baumgartner<br>Talent Acquisition Partner</p>
<p style="color:#0a2d5c"><img src="https://www.limmat-versicherungen.example.ch/sig/limmat_sig_logo.png" alt="Limmat Versicherungen" width="110"><br>Mythenquai 88, 8002 Zürich<br>T +41 44 555 71 23</p>
</div>
""",
    "attach": [("Arbeitsvertrag_Rennert_Tobias_Limmat.pdf", [
        "Limmat Versicherungen AG - Mythenquai 88 - 8002 Zürich",
        "",
        "EINZELARBEITSVERTRAG",
        "zwischen Limmat Versicherungen AG (Arbeitgeberin) und Herrn Tobias Rennert (Arbeitnehmer)",
        "",
        "1. Funktion: Underwriter Motorfahrzeug-Flotten, Direktion Zürich",
        "2. Stellenantritt: 1. Oktober 2026; Probezeit drei Monate",
        "3. Jahreslohn: CHF 112'000 brutto, ausbezahlt in 13 Monatslöhnen",
        "4. Ferien: 25 Arbeitstage pro Kalenderjahr",
        "",
        "Ort, Datum: ____________________   Unterschrift Arbeitnehmer: ____________________",
    ])],
})

# 26 -- Vienna: conditional offer (criminal record certificate, works council).
add({
    "slug": "zusage_vorbehaltlich", "kind": "offer", "company": "Alpenrück Versicherungsverein",
    "contact": "p.wallner@alpenrueck.example.at", "lang": "de",
    "sender": ("Mag. (FH) Philipp Wallner", "p.wallner@alpenrueck.example.at"),
    "subject": "Ihre Bewerbung – Zusage",
    "date": "2026-06-02 14:26 +0200",
    "cte": "quoted-printable", "charset": "windows-1252",
    "text": """Sehr geehrter Herr Rennert,

wir freuen uns, Ihnen nach den Gesprächen vom 15. Mai mitteilen zu dürfen, dass wir Ihnen die Position „Aktuarieller Analyst Rückversicherung“ anbieten möchten.

Angeboten wird ein Bruttomonatsgehalt von EUR 4.450,– (14 Gehälter), Dienstbeginn 1. September 2026, Dienstort Wien.

Die Zusage erfolgt vorbehaltlich
– der Vorlage einer aktuellen Strafregisterbescheinigung (nicht älter als drei Monate) sowie
– der Zustimmung des Betriebsrats gemäß § 99 ArbVG, die in der Sitzung am 10. Juni eingeholt wird.

Wir ersuchen Sie, uns Ihre Annahme des Angebots bis 12. Juni 2026 schriftlich zu bestätigen. Den Dienstvertrag übermitteln wir Ihnen nach Zustimmung des Betriebsrats.

Mit freundlichen Grüßen
Philipp Wallner

Mag. (FH) Philipp Wallner
Personalmanagement
Alpenrück Versicherungsverein a.G.
Schwarzenbergplatz 5 | 1030 Wien
Tel.: +43 1 555 88 0-214
p.wallner@alpenrueck.example.at
""",
})

# 27 -- public health insurer: appointment promise, subject to staff council; form as PDF.
add({
    "slug": "einstellungszusage_personalrat", "kind": "offer", "company": "Hanse Ersatzkasse",
    "contact": "birgit.lorenzen@hek.example.de", "lang": "de",
    "sender": ("Lorenzen, Birgit", "birgit.lorenzen@hek.example.de"),
    "subject": "Einstellungszusage – Referent/in Versorgungsmanagement",
    "date": "2026-03-02 10:05 +0100",
    "cte": "base64",
    "text": """Sehr geehrter Herr Rennert,

nochmals vielen Dank für das Auswahlgespräch am 17. Februar. Ich freue mich, Ihnen mitteilen zu können, dass die Auswahlkommission sich für Sie entschieden hat.

Wir möchten Sie zum 1. Mai 2026 als Referent Versorgungsmanagement in der Landesvertretung Bayern einstellen. Die Eingruppierung erfolgt nach dem Tarifvertrag der Hanse Ersatzkasse in Entgeltgruppe 10, Stufe 2.

Die Einstellung steht unter dem Vorbehalt der Zustimmung des Personalrats, die wir in dieser Woche beantragen, sowie einer arbeitsmedizinischen Eignungsuntersuchung.

Damit wir den Arbeitsvertrag vorbereiten können, füllen Sie bitte den beigefügten Personalfragebogen aus und senden ihn bis zum 13. März an mich zurück.

Ich freue mich auf die Zusammenarbeit!

Mit freundlichen Grüßen
Birgit Lorenzen
Personalgewinnung
Hanse Ersatzkasse – Landesvertretung Bayern
Tel. 089 5550 118-42
birgit.lorenzen@hek.example.de
""",
    "attach": [("Personalfragebogen_Neueinstellung.pdf", [
        "Hanse Ersatzkasse - Personalfragebogen für Neueinstellungen",
        "",
        "Name, Vorname: ______________________   Geburtsdatum: __________",
        "Anschrift: ____________________________________________",
        "Steuer-ID: ______________   Sozialversicherungsnummer: ______________",
        "Krankenversicherung: ______________   Bankverbindung (IBAN): ______________",
        "",
        "Bitte unterschrieben zurücksenden an: Personalgewinnung, Landesvertretung Bayern",
    ])],
})

# 28 -- Dublin: conditional written offer with an offer letter PDF, HTML body.
add({
    "slug": "conditional_offer_letter", "kind": "offer", "company": "Fitzwilliam Specialty Insurance",
    "contact": "rachel.dunne@fitzwilliam-specialty.example.ie", "lang": "en",
    "sender": ("Rachel Dunne", "rachel.dunne@fitzwilliam-specialty.example.ie"),
    "subject": "Offer of employment – Claims Analytics Lead",
    "date": "2026-09-14 17:30 +0100",
    "cte": "quoted-printable",
    "html": """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f">
<p>Dear Tobias,</p>
<p>Further to your conversations with Mark and the panel last week, I'm delighted to attach our formal offer of employment for the position of <b>Claims Analytics Lead</b>, based in our Fitzwilliam Square office.</p>
<p>Please note that this offer is conditional upon:</p>
<ul>
<li>receipt of two satisfactory references, one from your current employer;</li>
<li>a satisfactory background and credit check, as required for a pre-approval controlled function under the Central Bank's Fitness &amp; Probity regime;</li>
<li>evidence of your right to work in Ireland (as an EU citizen, a copy of your passport will suffice).</li>
</ul>
<p>If you're happy to accept, please sign and return the letter by <b>Monday, 21 September</b>. I'd be glad to set up a call with our Reward team if you'd like to go through the relocation package.</p>
<p>Congratulations – we're really looking forward to you joining us!</p>
<p>Warm regards,<br>Rachel</p>
<p style="font-size:9pt;color:#555">Rachel Dunne | Head of People<br>Fitzwilliam Specialty Insurance DAC | 30 Fitzwilliam Square, Dublin 2, D02 E123<br>+353 1 555 3380 | <a href="mailto:rachel.dunne@fitzwilliam-specialty.example.ie">rachel.dunne@fitzwilliam-specialty.example.ie</a></p>
<p style="font-size:8pt;color:#888">Fitzwilliam Specialty Insurance DAC is regulated by the Central Bank of Ireland. Registered in Ireland No. 700145. Directors: C. Byrne (Chair), M. Walsh, P. Okafor (UK). This email and any attachments are confidential.</p>
</div>
""",
    "attach": [("Fitzwilliam_Offer_Letter_T_Rennert.pdf", [
        "Fitzwilliam Specialty Insurance DAC",
        "30 Fitzwilliam Square, Dublin 2",
        "",
        "14 September 2026",
        "",
        "Dear Tobias,",
        "Offer of Employment - Claims Analytics Lead",
        "We are pleased to offer you the position of Claims Analytics Lead, commencing on a date to be agreed.",
        "Base salary: EUR 85,000 per annum. Annual bonus target: 12%. Pension: 8% employer contribution.",
        "This offer is conditional on satisfactory references, background checks and F&P approval.",
        "",
        "Signed: ____________________  Rachel Dunne, Head of People",
        "Accepted: ____________________  Tobias Rennert",
    ])],
})

# 29 -- Dublin: verbal offer confirmed, text and HTML.
add({
    "slug": "delighted_to_confirm", "kind": "offer", "company": "Clontarf Insurance Group",
    "contact": "declan.murphy@clontarf-insurance.example.ie", "lang": "en",
    "sender": ("Declan Murphy", "declan.murphy@clontarf-insurance.example.ie"),
    "cc": [("Siobhán Kelly", "siobhan.kelly@clontarf-insurance.example.ie")],
    "subject": "Following up on our call",
    "date": "2026-07-24 16:51 +0100",
    "cte": "quoted-printable",
    "text": """Hi Tobias,

Great to speak earlier. As promised, I'm delighted to confirm in writing the verbal offer I made on the phone: we'd love you to join Clontarf as Underwriting Analyst, Commercial Lines, on a base salary of €58,000 plus the standard 10% bonus target, starting on 1 October (or earlier if you can).

Siobhán will send the contract and relocation details through DocuSign early next week. In the meantime, if you have any questions at all, just give me a shout.

Really pleased – welcome (almost) aboard!

Declan

Declan Murphy
Underwriting Manager, Commercial Lines
Clontarf Insurance Group
""",
    "html": """<div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Tobias,</p>
<p>Great to speak earlier. As promised, I'm delighted to confirm in writing the verbal offer I made on the phone: we'd love you to join Clontarf as <b>Underwriting Analyst, Commercial Lines</b>, on a base salary of €58,000 plus the standard 10% bonus target, starting on 1 October (or earlier if you can).</p>
<p>Siobhán will send the contract and relocation details through DocuSign early next week. In the meantime, if you have any questions at all, just give me a shout.</p>
<p>Really pleased – welcome (almost) aboard!</p>
<p>Declan</p>
<p style="color:#00573f;font-size:12px"><b>Declan Murphy</b><br>Underwriting Manager, Commercial Lines<br>Clontarf Insurance Group<br><a href="https://www.linkedin.com/company/clontarf-insurance-example">LinkedIn</a></p>
</div>
""",
})

# 30 -- Luxembourg: "promesse d'embauche", PDF attached.
add({
    "slug": "promesse_embauche_pdf", "kind": "offer", "company": "Pétrusse Re",
    "contact": "rh@petrusse-re.example.lu", "lang": "fr",
    "sender": ("Pétrusse Re - RH", "rh@petrusse-re.example.lu"),
    "subject": "Promesse d'embauche : analyste réassurance",
    "date": "2026-07-03 09:55 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable", "name_cs": "iso-8859-1", "subject_cs": "iso-8859-1",
    "text": """Monsieur,

Suite à nos entretiens des 26 juin et 1er juillet, nous avons le plaisir de vous confirmer notre souhait de vous engager en qualité d'analyste réassurance au sein de Pétrusse Re S.A.

Vous trouverez ci-joint votre promesse d'embauche précisant la date d'entrée en fonction (1er septembre 2026), la rémunération annuelle brute proposée et les principales conditions de votre contrat à durée indéterminée.

Nous vous remercions de bien vouloir nous retourner un exemplaire signé avant le 15 juillet 2026.

Dans l'attente de vous accueillir, nous vous prions d'agréer, Monsieur, nos salutations distinguées.

Anne Schmit
Ressources Humaines
Pétrusse Re S.A.
33, boulevard Prince Henri - L-1724 Luxembourg
""",
    "attach": [("Promesse_embauche_Rennert.pdf", [
        "Pétrusse Re S.A. - 33, boulevard Prince Henri - L-1724 Luxembourg",
        "",
        "PROMESSE D'EMBAUCHE",
        "",
        "Pétrusse Re S.A. s'engage à embaucher M. Tobias Rennert en qualité d'analyste réassurance,",
        "sous contrat à durée indéterminée, à compter du 1er septembre 2026.",
        "Rémunération annuelle brute : 72 000 EUR, payable en 13 mensualités.",
        "Période d'essai : six mois. Lieu de travail : Luxembourg-Ville.",
        "",
        "Fait à Luxembourg, le 3 juillet 2026.   Bon pour accord : ____________________",
    ])],
})

# 31 -- Paris consultancy: offer in the body of the mail.
add({
    "slug": "proposition_embauche", "kind": "offer", "company": "Actuaria Conseil",
    "contact": "isabelle.garnier@actuaria-conseil.example.fr", "lang": "fr",
    "sender": ("Isabelle Garnier", "isabelle.garnier@actuaria-conseil.example.fr"),
    "subject": "Proposition d'embauche – Consultant actuariat non-vie",
    "date": "2026-10-02 18:10 +0200",
    "cte": "quoted-printable",
    "text": """Bonjour Monsieur Rennert,

À la suite de vos entretiens avec Thomas Aubert et notre associée Claire Dumas, j'ai le plaisir de vous faire part de notre proposition d'embauche pour le poste de consultant en actuariat non-vie :

- Contrat : CDI, statut cadre, forfait jours (218 jours)
- Rémunération : 55 000 € bruts annuels, plus une part variable pouvant atteindre 8 %
- Date d'entrée souhaitée : 4 janvier 2027
- Lieu : Paris 8e, deux jours de télétravail par semaine
- Prise en charge de la préparation à l'Institut des actuaires

Nous serions ravis que vous nous rejoigniez. Je vous remercie de me faire part de votre réponse d'ici le 12 octobre ; je reste bien entendu disponible pour en discuter par téléphone.

Bien cordialement,

Isabelle Garnier
Responsable Recrutement & RH
Actuaria Conseil
22 rue de la Pépinière – 75008 Paris
+33 1 55 55 28 40
""",
})
