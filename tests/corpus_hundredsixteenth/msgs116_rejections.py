"""Rejections (hand-written, one by one) for the hundredsixteenth corpus."""

from __future__ import annotations

from msgs116_common import pixel

MESSAGES = [
    # 1 -- Workday, soft wording, no-reply, HTML only
    {
        "n": "workday_soft_fernhill", "kind": "rejection", "company": "Fernhill Pharma", "contact": "", "lang": "en",
        "frm": ("Fernhill Pharma Talent Acquisition", "fernhillpharma@myworkday.com"),
        "subject": "Your application for Learning & Development Specialist (R-0048812)",
        "date": "2026-02-17 16:02 +0000", "cte": "base64",
        "headers": [("X-Mailer", "Workday Notification Service")],
        "html": """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fernhill Pharma</title></head>
<body style="margin:0;padding:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f4f7;">
<tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #0b6e4f;">
<tr><td style="padding:24px 32px 8px 32px;"><img src="https://fernhillpharma.wd3.myworkdayjobs.example.com/assets/logo.png" alt="Fernhill Pharma" width="160" style="display:block;border:0;"></td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-size:14px;line-height:21px;color:#1f2933;">
<p>Dear Hannah,</p>
<p>Thank you for your interest in the <b>Learning &amp; Development Specialist</b> position (R-0048812) at our Dublin site and for the time you invested in your application.</p>
<p>We received a very strong response to this vacancy. After careful review, we have decided to move forward with candidates whose experience more closely matches the requirements of the role, in particular GxP training in a regulated manufacturing environment.</p>
<p>We would encourage you to keep an eye on our careers site, as new opportunities open regularly, and we wish you every success in your search.</p>
<p>Kind regards,<br>Fernhill Pharma Talent Acquisition Team</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#f8fafc;font-size:11px;line-height:16px;color:#6b7280;">
This email was sent from an unmonitored mailbox. Please do not reply.<br>
Fernhill Pharma Ireland Limited, Registered in Ireland No. 498213, Unit 7 Fernhill Business Park, Dublin 24.<br>
<a href="https://fernhillpharma.wd3.myworkdayjobs.example.com/privacy" style="color:#6b7280;">Candidate privacy notice</a>
</td></tr>
</table></td></tr></table>
</body></html>
""",
    },
    # 2 -- Personio, after interview, Reply-To a person
    {
        "n": "personio_after_interview", "kind": "rejection", "company": "Lernwerk Akademie",
        "contact": "maren.schubert@lernwerk-akademie.example.de", "lang": "de",
        "frm": ("Lernwerk Akademie GmbH", "no-reply@mail.personio.de"),
        "reply_to": ("Maren Schubert", "maren.schubert@lernwerk-akademie.example.de"),
        "subject": "Ihre Bewerbung als Trainerin für digitale Lehrformate",
        "date": "2026-03-12 11:47 +0100", "cte": "quoted-printable",
        "html": """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#222;">
<table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table width="580" cellspacing="0" cellpadding="0" style="text-align:left;">
<tr><td style="padding:20px 0;"><img src="https://lernwerk-akademie.jobs.personio.example.de/logo.png" alt="Lernwerk Akademie" height="40"></td></tr>
<tr><td>
<p>Liebe Frau Oyelaran-Weiß,</p>
<p>noch einmal herzlichen Dank für das offene und angenehme Gespräch am vergangenen Donnerstag. Wir haben uns über Ihre Ideen zur Umstellung unserer Präsenzseminare auf Blended Learning sehr gefreut.</p>
<p>Die Entscheidung ist uns nicht leichtgefallen. Am Ende haben wir uns für eine Kollegin entschieden, die bereits mehrere Jahre in der Erwachsenenbildung tätig war und unsere Zertifikatslehrgänge sofort übernehmen kann. Wir können Ihnen die Stelle daher leider nicht anbieten.</p>
<p>Wenn Sie einverstanden sind, würden wir Ihre Unterlagen gern für ein Jahr in unserem Talentpool behalten. Sollten Sie das nicht wünschen, antworten Sie einfach kurz auf diese Mail.</p>
<p>Für Ihren weiteren Weg wünsche ich Ihnen alles Gute!</p>
<p>Herzliche Grüße<br>
Maren Schubert<br>
Personal &amp; Organisation</p>
</td></tr>
<tr><td style="padding-top:24px;font-size:11px;color:#888;border-top:1px solid #ddd;">
Lernwerk Akademie GmbH · Karl-Liebknecht-Straße 112 · 04275 Leipzig<br>
Geschäftsführer: Dr. Torsten Baumbach · Amtsgericht Leipzig HRB 31877<br>
Diese E-Mail wurde über Personio versendet. <a href="https://lernwerk-akademie.jobs.personio.example.de/privacy-policy">Datenschutz</a>
</td></tr>
</table></td></tr></table>
</body></html>
""",
    },
    # 3 -- softgarden, standard wording, multipart/alternative, no-reply without Reply-To
    {
        "n": "softgarden_standard", "kind": "rejection", "company": "Lindenblatt Lernmedien", "contact": "", "lang": "de",
        "frm": ("Lindenblatt Lernmedien GmbH", "noreply@softgarden.io"),
        "subject": "Absage: Produktmanagerin E-Learning (m/w/d), Hamburg",
        "date": "2026-01-28 09:05 +0100", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Lindenblatt Lernmedien GmbH.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlprozess nicht berücksichtigen können. Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation; wir hatten für diese Position eine sehr hohe Zahl an Bewerbungen.

Ihre Daten werden gemäß unserer Datenschutzerklärung sechs Monate nach Abschluss des Verfahrens gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Lindenblatt Lernmedien

--
Lindenblatt Lernmedien GmbH | Große Elbstraße 61 | 22767 Hamburg
Sitz der Gesellschaft: Hamburg | Registergericht: AG Hamburg HRB 140221
Geschäftsführung: Katrin Lindenblatt, Ole Matthiesen
Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
""",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333333;">
<div style="max-width:600px;margin:0 auto;">
<div style="padding:16px 0;border-bottom:2px solid #5a8f29;"><img src="https://static.softgarden.example.io/lindenblatt/logo.svg" alt="Lindenblatt Lernmedien" height="36"></div>
<p>Sehr geehrte Frau Oyelaran-Weiß,</p>
<p>vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Lindenblatt Lernmedien GmbH.</p>
<p>Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlprozess nicht berücksichtigen können. Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation; wir hatten für diese Position eine sehr hohe Zahl an Bewerbungen.</p>
<p>Ihre Daten werden gemäß unserer <a href="https://lindenblatt.softgarden.example.io/de/privacy">Datenschutzerklärung</a> sechs Monate nach Abschluss des Verfahrens gelöscht.</p>
<p>Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Lindenblatt Lernmedien</p>
<p style="font-size:11px;color:#999999;border-top:1px solid #e5e5e5;padding-top:10px;">Lindenblatt Lernmedien GmbH | Große Elbstraße 61 | 22767 Hamburg<br>Sitz der Gesellschaft: Hamburg | Registergericht: AG Hamburg HRB 140221<br>Geschäftsführung: Katrin Lindenblatt, Ole Matthiesen<br>Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.</p>
</div></body></html>
""",
    },
    # 4 -- one terse line from the hiring manager's phone; company from the quoted chain
    {
        "n": "terse_mobile_quellwerk", "kind": "rejection", "company": "Quellwerk Systems",
        "contact": "t.krueger@quellwerk.example.de", "lang": "de",
        "frm": ("Thomas Krüger", "t.krueger@quellwerk.example.de"),
        "subject": "Re: Bewerbung als Schulungsreferentin – Quellwerk Systems",
        "date": "2026-04-08 19:31 +0200", "cte": "8bit",
        "text": """Hallo Frau Oyelaran-Weiß, wir haben uns intern anders entschieden. Trotzdem danke und alles Gute.
T. Krüger

Von meinem iPhone gesendet

> Am 30.03.2026 um 08:12 schrieb Hannah Oyelaran-Weiß <hannah.ow@example.de>:
>
> Sehr geehrter Herr Krüger,
>
> anbei sende ich Ihnen wie telefonisch besprochen meine Unterlagen für die
> Stelle als Schulungsreferentin bei Quellwerk Systems. Ich freue mich auf
> ein persönliches Gespräch!
>
> Viele Grüße
> Hannah Oyelaran-Weiß
""",
    },
    # 5 -- filled internally, a person at a foundation, iso-8859-1 quoted-printable
    {
        "n": "filled_internally_foundation", "kind": "rejection", "company": "Stiftung Lesezeichen",
        "contact": "friederike.ahlers@stiftung-lesezeichen.example.de", "lang": "de",
        "frm": ("Friederike Ahlers", "friederike.ahlers@stiftung-lesezeichen.example.de"),
        "subject": "Ihre Bewerbung: Bildungsreferentin Leseförderung",
        "date": "2026-02-24 15:20 +0100", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

haben Sie vielen Dank für Ihre Bewerbung als Bildungsreferentin im Programm "Lesen macht stark". Ihre Erfahrung aus dem Grundschulunterricht hat uns sehr interessiert, und ich hätte Sie gern kennengelernt.

Inzwischen hat sich allerdings eine Kollegin aus unserem Projektteam auf die Stelle beworben, und wir haben uns entschieden, die Position intern zu besetzen. Das Auswahlverfahren ist damit abgeschlossen; wir werden keine weiteren Gespräche führen.

Ich bedauere sehr, Ihnen keine andere Nachricht geben zu können, und würde mich freuen, wenn Sie sich bei einer künftigen Ausschreibung wieder bei uns melden.

Mit herzlichen Grüßen aus Hamburg

Friederike Ahlers
Referentin Programme & Personal
Stiftung Lesezeichen
Mittelweg 44, 20148 Hamburg
Tel. 040 / 41 92 33-17
www.stiftung-lesezeichen.example.de

Stiftung bürgerlichen Rechts, anerkannt durch die Behörde für Justiz und Verbraucherschutz Hamburg.
""",
    },
    # 6 -- role on hold, SuccessFactors no-reply with a role mailbox Reply-To that invites questions
    {
        "n": "role_on_hold_successfactors", "kind": "rejection", "company": "Nordlicht Software",
        "contact": "karriere@nordlicht-software.example.de", "lang": "de",
        "frm": ("Nordlicht Software Karriere", "sfnotification@successfactors.eu"),
        "reply_to": ("Nordlicht Recruiting", "karriere@nordlicht-software.example.de"),
        "subject": "Information zu Ihrer Bewerbung (Req. 2026-0117)",
        "date": "2026-05-06 10:14 +0200", "cte": "base64",
        "html": """<html><body>
<table width="100%" border="0" cellpadding="0" cellspacing="0" bgcolor="#eef1f5"><tr><td>
<table align="center" width="620" border="0" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#2b2b2b;">
<tr><td bgcolor="#0d2c54" style="padding:18px 28px;"><img src="https://career5.successfactors.example.eu/nordlicht/logo_white.png" alt="NORDLICHT SOFTWARE" width="180"></td></tr>
<tr><td style="padding:28px;">
<p>Sehr geehrte Frau Oyelaran-Weiß,</p>
<p>wir danken Ihnen für Ihre Bewerbung als <strong>Learning Experience Designer (m/w/d)</strong> und für Ihre Geduld in den letzten Wochen.</p>
<p>Aufgrund einer Neuausrichtung unseres Bereichs Customer Education wurde die Stelle vorerst auf Eis gelegt. Wir werden das Auswahlverfahren für diese Position daher nicht fortsetzen und schließen Ihre Bewerbung hiermit ab. Ob und wann die Stelle neu ausgeschrieben wird, ist derzeit offen.</p>
<p>Bei Rückfragen können Sie gern auf diese E-Mail antworten; unser Recruiting-Team meldet sich dann bei Ihnen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Nordlicht Software AG</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#777;border-top:1px solid #e3e3e3;">
Nordlicht Software AG, Überseering 9, 22297 Hamburg · Vorstand: Henrik Sandberg (Vors.), Dr. Anja Pohl · Aufsichtsratsvorsitzender: Prof. Dr. Klaus Merten · Registergericht Hamburg HRB 99812
</td></tr>
</table></td></tr></table>
</body></html>
""",
    },
    # 7 -- speculative application to a family business, windows-1252 8bit, personal letter
    {
        "n": "speculative_family_business", "kind": "rejection", "company": "Möbelhaus Ziegenbalg",
        "contact": "c.ziegenbalg@ziegenbalg-moebel.example.de", "lang": "de",
        "frm": ("Christiane Ziegenbalg", "c.ziegenbalg@ziegenbalg-moebel.example.de"),
        "subject": "Ihre Initiativbewerbung",
        "date": "2026-03-03 17:58 +0100", "charset": "windows-1252", "cte": "8bit",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

vielen Dank für Ihre Initiativbewerbung, die mich über unsere Filialleitung in Dresden-Nickern erreicht hat. Ihre Idee, unsere Verkaufsschulungen mit kurzen Lernvideos zu ergänzen, finde ich ehrlich gesagt gut – und wir haben darüber im Familienkreis auch gesprochen.

Als Familienunternehmen mit drei Häusern haben wir allerdings keine eigene Stelle für Aus- und Weiterbildung und planen derzeit auch keine. Unsere Schulungen laufen über die Abteilungsleiter und den Einkaufsverband. Ich muss Ihnen deshalb absagen.

Ich wünsche Ihnen für Ihren Wechsel aus der Schule viel Glück – ich bin sicher, dass Sie etwas Passendes finden.

Freundliche Grüße

Christiane Ziegenbalg
– Geschäftsleitung –

Möbelhaus Ziegenbalg GmbH & Co. KG
Am Rundteil 5 · 01239 Dresden
Telefon 0351 28 77 40 · Fax 0351 28 77 499
persönlich haftende Gesellschafterin: Ziegenbalg Verwaltungs-GmbH, AG Dresden HRB 8821
""",
    },
    # 8 -- Austrian education centre, formal, Austrian usage
    {
        "n": "austrian_bildungshaus", "kind": "rejection", "company": "Bildungshaus Donaustadt",
        "contact": "p.hofbauer@bildungshaus-donaustadt.example.at", "lang": "de",
        "frm": ("Mag. Petra Hofbauer", "p.hofbauer@bildungshaus-donaustadt.example.at"),
        "subject": "Ihre Bewerbung – Kursleitung Digitale Grundbildung",
        "date": "2026-01-22 13:40 +0100", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß!

Wir bedanken uns für Ihre Bewerbung vom 7. Jänner und Ihr Interesse an einer Mitarbeit in unserem Haus.

Nach Durchsicht aller eingelangten Bewerbungen haben wir uns für eine Bewerberin entschieden, die bereits in der Basisbildung nach den Vorgaben der Initiative Erwachsenenbildung unterrichtet hat und die Anerkennung als Trainerin mitbringt. Wir bitten um Verständnis, dass wir Ihre Bewerbung daher nicht weiter berücksichtigen können.

Ihre Unterlagen werden selbstverständlich vertraulich behandelt und nach Ablauf von sechs Monaten gelöscht.

Wir wünschen Ihnen alles Gute für Ihre berufliche Zukunft.

Mit freundlichen Grüßen

Mag. Petra Hofbauer
Pädagogische Leitung

Bildungshaus Donaustadt
Wagramer Straße 151, 1220 Wien
T +43 1 203 44 18-21
ZVR-Zahl 492017733
""",
    },
    # 9 -- Swiss, ss spelling, automatic from a jobs mailbox that says not to reply
    {
        "n": "swiss_lernfabrik_auto", "kind": "rejection", "company": "Zürcher Lernfabrik", "contact": "", "lang": "de",
        "frm": ("Zürcher Lernfabrik AG", "jobs@lernfabrik.example.ch"),
        "subject": "Ihre Bewerbung als E-Learning Autorin 80–100 %",
        "date": "2026-06-15 08:02 +0200", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Sehr geehrte Frau Oyelaran-Weiß

Besten Dank für Ihre Bewerbung als E-Learning Autorin 80–100 % und das Interesse an der Zürcher Lernfabrik.

Wir haben Ihr Dossier sorgfältig geprüft und mit den Anforderungen der Stelle verglichen. Leider müssen wir Ihnen mitteilen, dass wir uns für Kandidatinnen und Kandidaten entschieden haben, die unserem Anforderungsprofil – insbesondere Erfahrung mit Schweizer Lehrplan 21 und Berufsbildung – besser entsprechen.

Wir danken Ihnen für Ihr Vertrauen und wünschen Ihnen für die weitere Stellensuche viel Erfolg.

Freundliche Grüsse

Zürcher Lernfabrik AG
Human Resources

Hardturmstrasse 161, 8005 Zürich

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese Nachricht.
""",
    },
    # 10 -- agency relays a named client
    {
        "n": "agency_names_client_elbflorenz", "kind": "rejection", "company": "Elbflorenz Medien",
        "contact": "s.naumann@talentbruecke.example.de", "lang": "de",
        "frm": ("Sandra Naumann | TalentBrücke", "s.naumann@talentbruecke.example.de"),
        "subject": "Update",
        "date": "2026-04-21 12:09 +0200", "cte": "quoted-printable",
        "text": """Hallo Hannah,

ich hatte dir ja versprochen, mich zu melden, sobald ich etwas höre: Elbflorenz Medien hat sich gestern nach der zweiten Runde für eine andere Kandidatin entschieden. Ausschlaggebend war wohl, dass sie schon Erfahrung mit Articulate Storyline in Kundenprojekten hat – an deinem Auftreten lag es ausdrücklich nicht, die Teamleiterin war von deiner Probelektion begeistert.

Ich weiß, das ist ärgerlich, gerade weil es so knapp war. Ich habe aber zwei, drei andere Mandate im Bereich Weiterbildung in Leipzig und Dresden, bei denen ich dich gern vorschlagen würde. Hast du Donnerstag kurz Zeit zum Telefonieren?

Liebe Grüße
Sandra

Sandra Naumann
Senior Consultant Bildung & Soziales
TalentBrücke Personalvermittlung GmbH
Grimmaische Straße 2–4, 04109 Leipzig
Mobil 0172 448 90 13
""",
    },
    # 11 -- head-hunter about its own mandate, client never named, Outlook HTML
    {
        "n": "headhunter_unnamed_mandate", "text_from_html": True, "kind": "rejection", "company": "Brandt & Partner Personalberatung",
        "contact": "j.brandt@brandt-partner.example.de", "lang": "de",
        "frm": ("Brandt, Johannes", "j.brandt@brandt-partner.example.de"),
        "subject": "Ihre Kandidatur – Referentin Personalentwicklung (Mandat 26-031)",
        "date": "2026-03-26 18:22 +0100", "cte": "quoted-printable",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "html": """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="DE" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Frau Oyelaran-Weiß,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">haben Sie nochmals vielen Dank für das ausführliche Telefonat und die Zusendung Ihrer ergänzenden Unterlagen.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Ich habe Ihr Profil meinem Mandanten vorgestellt. Nach Abstimmung mit der Geschäftsleitung legt man dort für diese Position großen Wert auf mehrjährige Erfahrung in einem Industrieunternehmen, so dass ich Sie in diesem Verfahren leider nicht weiter berücksichtigen kann.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Ihr Profil ist für uns dennoch interessant. Mit Ihrem Einverständnis nehme ich Sie gern in unsere Kandidatendatenbank auf.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mit freundlichen Grüßen</p>
<p class="MsoNormal">Johannes Brandt</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b><span style="color:#7A1F2B">Brandt &amp; Partner Personalberatung</span></b><br>
<span style="font-size:9.0pt;color:gray">Prinzregentenstraße 22 · 80538 München · +49 89 24 20 71-0<br>
Brandt &amp; Partner Personalberatung GmbH · Sitz München · AG München HRB 201844 · GF: Johannes Brandt, Dr. Ulrike Seidl</span></p>
</div></body></html>
""",
    },
    # 12 -- start-up CEO after second interview, du, long German Gmail chain with misleading words
    {
        "n": "startup_after_second_round_chain", "kind": "rejection", "company": "eduvance",
        "contact": "jonas@eduvance.example.de", "lang": "de",
        "frm": ("Jonas Reimer", "jonas@eduvance.example.de"),
        "subject": "Re: Zweites Gespräch eduvance",
        "date": "2026-05-19 21:44 +0200", "cte": "8bit",
        "text": """Hi Hannah,

ich mach's kurz, weil ich dich nicht länger warten lassen will: wir haben uns für jemand anderen entschieden. Das war wirklich knapp, und ich habe lange hin und her überlegt. Am Ende brauchen wir für die nächsten sechs Monate jemanden, der schon mal ein LMS von Grund auf aufgesetzt hat – das konntest du im Case ehrlich gesagt noch nicht ganz zeigen.

Was mir richtig gut gefallen hat: dein Storyboard für das Onboarding-Modul. Wenn du magst, geb ich dir gern noch 20 Minuten ausführliches Feedback am Telefon.

Danke für deine Zeit und die Mühe mit dem Case!
Jonas

--
Jonas Reimer · Co-Founder & CEO
eduvance · Lernplattformen für den Mittelstand
Torstraße 140, 10119 Berlin
eduvance GmbH, AG Charlottenburg HRB 228410 B

Am Mo., 11. Mai 2026 um 09:03 Uhr schrieb Hannah Oyelaran-Weiß <hannah.ow@example.de>:
> Hallo Jonas,
>
> danke für die Einladung! Donnerstag um 14 Uhr passt mir sehr gut. Den Case
> schicke ich dir bis Mittwochabend.
>
> Viele Grüße
> Hannah
>
> Am Fr., 8. Mai 2026 um 17:26 Uhr schrieb Jonas Reimer <jonas@eduvance.example.de>:
>> Hallo Hannah,
>>
>> super, dass das erste Gespräch so gut gelaufen ist – wir würden dich gern zu
>> einem zweiten Gespräch einladen, diesmal mit Mira (Product) und mir, vor Ort
>> bei uns in der Torstraße. Wir haben dir eine kleine Case-Aufgabe angehängt.
>> Passt dir Donnerstag, 14. Mai, 14:00 Uhr?
>>
>> Freu mich!
>> Jonas
>>
>> Am Di., 28. Apr. 2026 um 10:40 Uhr schrieb Hannah Oyelaran-Weiß <hannah.ow@example.de>:
>>> Lieber Jonas,
>>>
>>> vielen Dank für das nette Gespräch heute. Ich habe im Anhang noch das
>>> Beispielmodul zur Bruchrechnung, von dem ich erzählt habe.
>>>
>>> Beste Grüße
>>> Hannah
""",
    },
    # 13 -- public body, formal letter with PDF attached (multipart/mixed)
    {
        "n": "public_body_letter_pdf", "kind": "rejection", "company": "Landesamt für Weiterbildung Sachsen",
        "contact": "sabine.hering@lfw.sachsen.example.de", "lang": "de",
        "frm": ("Hering, Sabine - LfW", "sabine.hering@lfw.sachsen.example.de"),
        "subject": "Ihre Bewerbung auf die Ausschreibung Kennziffer 14/2026 - Mitteilung",
        "date": "2026-07-09 10:31 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

im Auftrag des Referats 12 (Personal) übersende ich Ihnen anbei die Mitteilung über den Ausgang des Auswahlverfahrens zur Besetzung der Stelle einer Referentin/eines Referenten für digitale Lehrerfortbildung (Kennziffer 14/2026, EG 11 TV-L).

Wir bedauern, Ihnen mitteilen zu müssen, dass die Auswahlentscheidung nicht zu Ihren Gunsten ausgefallen ist. Die Einzelheiten entnehmen Sie bitte dem beigefügten Schreiben.

Für Rückfragen stehe ich Ihnen unter der unten genannten Rufnummer oder per E-Mail gern zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag

Sabine Hering
Sachbearbeiterin Personalgewinnung

Landesamt für Weiterbildung Sachsen
Referat 12 - Personal, Haushalt, Organisation
Gutenbergplatz 3, 04103 Leipzig
Telefon: +49 341 9998-1245
E-Mail: sabine.hering@lfw.sachsen.example.de

Kein Zugang für verschlüsselte elektronische Dokumente. Informationen zum Datenschutz finden Sie unter www.lfw.sachsen.example.de/datenschutz.
""",
        "attachments": [("Mitteilung_Auswahlverfahren_14-2026.pdf", [
            "Landesamt für Weiterbildung Sachsen - Referat 12",
            "Gutenbergplatz 3, 04103 Leipzig",
            "",
            "Frau Hannah Oyelaran-Weiß",
            "",
            "Leipzig, 09.07.2026",
            "Az.: 12-0321/14/2026",
            "",
            "Auswahlverfahren Kennziffer 14/2026",
            "",
            "Sehr geehrte Frau Oyelaran-Weiß,",
            "nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass wir uns",
            "für eine andere Bewerberin entschieden haben. Maßgeblich war der Vergleich",
            "von Eignung, Befähigung und fachlicher Leistung (Art. 33 Abs. 2 GG).",
            "Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten vernichtet.",
            "",
            "Mit freundlichen Grüßen",
            "Im Auftrag",
            "Hering",
        ])],
    },
    # 14 -- university portal, no-reply, HTML only
    {
        "n": "university_portal_filled", "kind": "rejection", "company": "Hochschule Elbaue Dresden", "contact": "", "lang": "de",
        "frm": ("Stellenportal HEDD", "stellenportal-noreply@hedd.example.de"),
        "subject": "Stellenausschreibung 2026/W-041: Ihre Bewerbung",
        "date": "2026-08-04 07:55 +0200", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Verdana,Geneva,sans-serif;font-size:13px;">
<table width="640" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#00457c;padding:12px;"><img src="https://www.hedd.example.de/typo3conf/logo-hedd.png" alt="Hochschule Elbaue Dresden" height="44"></td></tr>
<tr><td style="padding:16px 12px;">
<p>Sehr geehrte Frau Oyelaran-Weiß,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Wissenschaftliche Mitarbeiterin (m/w/d) im Zentrum für Hochschuldidaktik</b> (Ausschreibungsnummer 2026/W-041).</p>
<p>Wir möchten Ihnen mitteilen, dass die Stelle inzwischen mit einer Bewerberin besetzt wurde, deren Profil den Anforderungen der Ausschreibung in besonderem Maße entspricht. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.</p>
<p>Ihre personenbezogenen Daten werden gemäß § 13 SächsDSDG nach Abschluss des Verfahrens gelöscht.</p>
<p>Mit freundlichen Grüßen<br>Ihre Personalabteilung<br>Hochschule Elbaue Dresden</p>
</td></tr>
<tr><td style="padding:10px 12px;font-size:10px;color:#666;border-top:1px solid #ccc;">Diese Nachricht wurde automatisch durch das Stellenportal der HEDD erzeugt. Bitte antworten Sie nicht auf diese E-Mail.<br>Hochschule Elbaue Dresden · Körperschaft des öffentlichen Rechts · Friedrich-List-Platz 7 · 01069 Dresden</td></tr>
</table></body></html>
""",
    },
    # 15 -- staffing firm, du, exclamation marks, client unnamed, HTML only
    {
        "n": "staffing_casual_unnamed_client", "kind": "rejection", "company": "Consigna Personaldienstleistungen",
        "contact": "kevin.lorenz@consigna.example.de", "lang": "de",
        "frm": ("Kevin Lorenz", "kevin.lorenz@consigna.example.de"),
        "subject": "Update zu deiner Bewerbung",
        "date": "2026-06-02 16:48 +0200", "cte": "quoted-printable",
        "html": """<div style="font-family:Arial;font-size:14px">
<p>Hey Hannah!</p>
<p>Leider hat es diesmal nicht geklappt :-( Unser Kunde in Leipzig-Plagwitz hat sich für eine Bewerberin entschieden, die schon als Trainerin in der Logistik gearbeitet hat. Ich hab nochmal nachgehakt, aber die Entscheidung steht.</p>
<p>ABER: Kopf hoch!! Ich hab dein Profil weiter im Blick und melde mich sofort, wenn was Passendes reinkommt!!</p>
<p>Beste Grüße<br>Kevin</p>
<table cellpadding="0" cellspacing="0" style="margin-top:12px;font-size:12px;color:#555">
<tr><td style="padding-right:10px;border-right:3px solid #e4002b"><img src="https://www.consigna.example.de/sig/logo.png" alt="Consigna" width="90"></td>
<td style="padding-left:10px">Kevin Lorenz | Personaldisponent<br>Consigna Personaldienstleistungen GmbH · Niederlassung Leipzig<br>Karl-Heine-Straße 53 · 04229 Leipzig · 0341 49 25 77-30<br>
<a href="https://www.linkedin.example.com/company/consigna">LinkedIn</a> · <a href="https://www.instagram.example.com/consigna.jobs">Instagram</a></td></tr></table>
<p style="font-size:10px;color:#999">Consigna Personaldienstleistungen GmbH · Sitz Chemnitz · AG Chemnitz HRB 27710 · Geschäftsführer: Frank Heidrich</p>
</div>
""",
    },
    # 16 -- Austrian university of applied sciences after the hearing, iso-8859-1, role mailbox Reply-To
    {
        "n": "austrian_fh_after_hearing", "kind": "rejection", "company": "FH Campus Donau",
        "contact": "recruiting@fh-campusdonau.example.at", "lang": "de",
        "frm": ("FH Campus Donau - Recruiting", "noreply@fh-campusdonau.example.at"),
        "reply_to": ("FH Campus Donau Recruiting", "recruiting@fh-campusdonau.example.at"),
        "subject": "Ergebnis des Hearings - Lektorin Mediendidaktik",
        "date": "2026-04-29 14:05 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

wir bedanken uns herzlich für Ihre Teilnahme am Hearing am 22. April und für Ihre engagierte Lehrprobe zum Thema "Feedback in Online-Lehrveranstaltungen".

Die Kommission hat nach eingehender Beratung entschieden, die Stelle an eine Kandidatin zu vergeben, die bereits Lehrerfahrung im Hochschulbereich mitbringt. Wir können Ihnen daher leider kein Angebot machen.

Sollten Sie eine kurze Rückmeldung zu Ihrem Hearing wünschen, antworten Sie bitte auf diese Nachricht; wir vereinbaren dann gern einen Telefontermin mit der Studiengangsleitung.

Mit freundlichen Grüßen

Recruiting & Personalentwicklung
FH Campus Donau GmbH
Handelskai 94-96, 1200 Wien
""",
    },
    # 17 -- small training company owner, typos, no umlauts, one paragraph
    {
        "n": "owner_typos_already_filled", "kind": "rejection", "company": "Trainingshaus Pohl",
        "contact": "info@trainingshaus-pohl.example.de", "lang": "de",
        "frm": ("Trainingshaus Pohl", "info@trainingshaus-pohl.example.de"),
        "subject": "AW: Bewerbung Trainerin",
        "date": "2026-02-05 22:14 +0100", "cte": "8bit", "charset": "utf-8",
        "text": """Sehr geehrte Frau Oyelaran-Weiss,

danke fuer ihre Bewerbung, die stelle ist aber leider shcon vergeben, wir hatten uns schon letzte Woche fuer jemand entschieden und ich bin nicht dazu gekommen die Anzeige raus zu nehmen. Sorry!

Mfg
R. Pohl

Trainingshaus Pohl - Kommunikation, Verkauf, Fuehrung
Boxhagener Str. 77, 10245 Berlin
""",
    },
    # 18 -- consultancy cancels the interview because the client dropped the role: a rejection
    {
        "n": "interview_cancelled_role_dropped", "kind": "rejection", "company": "Rhyner Consulting",
        "contact": "", "lang": "de",
        "frm": ("Rhyner Consulting", "no-reply@teamtailor-mail.com"),
        "subject": "Absage des Gesprächs vom 3. März",
        "date": "2026-02-27 11:30 +0100", "cte": "base64",
        "html": """<!doctype html><html><body style="margin:0;background:#f7f7f7;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px;font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;">
<tr><td style="padding:28px 32px 0;"><img src="https://assets.teamtailor-cdn.example.com/rhyner/logo.png" alt="Rhyner Consulting" height="32"></td></tr>
<tr><td style="padding:16px 32px 28px;">
<p>Guten Tag Frau Oyelaran-Weiß</p>
<p>Wir müssen das für Dienstag, 3. März, geplante Gespräch leider absagen. Unsere Kundin hat uns gestern informiert, dass die Stelle «Trainerin Digitale Kompetenzen» aus budgetären Gründen gestrichen wird und nicht besetzt werden soll. Damit ist auch das Auswahlverfahren beendet.</p>
<p>Wir bedauern diese Entwicklung sehr und danken Ihnen für Ihr Interesse und Ihre Flexibilität.</p>
<p>Freundliche Grüsse<br>Ihr Team von Rhyner Consulting</p>
</td></tr>
<tr><td style="padding:14px 32px;font-size:11px;color:#8a8a8a;border-top:1px solid #eee;">Rhyner Consulting AG · Löwenstrasse 29 · 8001 Zürich<br>
<a href="https://rhyner.teamtailor.example.com/connect/unsubscribe?token=f3a9" style="color:#8a8a8a;">Daten löschen</a> · <a href="https://rhyner.teamtailor.example.com/privacy" style="color:#8a8a8a;">Datenschutz</a></td></tr>
</table></td></tr></table>
""" + pixel("https://email.teamtailor-mail.example.com/o/eJx1j8tqwzAQRX9F") + """
</body></html>
""",
    },
    # 19 -- Greenhouse, multipart/alternative, no Reply-To
    {
        "n": "greenhouse_not_moving_forward", "kind": "rejection", "company": "Lumio", "contact": "", "lang": "en",
        "frm": ("Lumio via Greenhouse", "no-reply@greenhouse-mail.io"),
        "subject": "Your application to Lumio",
        "date": "2026-03-30 15:12 +0000", "cte": "quoted-printable",
        "text": """Hi Hannah,

Thanks so much for applying for the Learning Content Designer role at Lumio and for taking the time to tell us about yourself.

We've reviewed your application carefully and, while your background in primary education is genuinely interesting, we've decided not to move forward with your candidacy at this time. We're looking for someone with more hands-on experience designing product education for B2B SaaS users.

We'll keep your details on file and may reach out if a role opens up that fits your experience better.

All the best,
The Lumio Talent Team

Lumio | Keizersgracht 452 | 1016 GD Amsterdam
""",
        "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#242424;">
<p>Hi Hannah,</p>
<p>Thanks so much for applying for the <strong>Learning Content Designer</strong> role at Lumio and for taking the time to tell us about yourself.</p>
<p>We've reviewed your application carefully and, while your background in primary education is genuinely interesting, we've decided not to move forward with your candidacy at this time. We're looking for someone with more hands-on experience designing product education for B2B SaaS users.</p>
<p>We'll keep your details on file and may reach out if a role opens up that fits your experience better.</p>
<p>All the best,<br>The Lumio Talent Team</p>
<p style="color:#9a9a9a;font-size:11px;">Lumio | Keizersgracht 452 | 1016 GD Amsterdam<br>Powered by <a href="https://www.greenhouse.example.io" style="color:#9a9a9a;">Greenhouse</a></p>
""" + pixel("https://greenhouse-mail.example.io/wf/open?upn=8hd73Kx") + """
</body></html>
""",
    },
    # 20 -- Lever, Reply-To the recruiter
    {
        "n": "lever_pursue_others_replyto", "kind": "rejection", "company": "Quillstone",
        "contact": "aoife.brennan@quillstone.example.ie", "lang": "en",
        "frm": ("Quillstone", "no-reply@hire.lever.co"),
        "reply_to": ("Aoife Brennan", "aoife.brennan@quillstone.example.ie"),
        "subject": "Quillstone - Instructional Designer",
        "date": "2026-06-23 10:48 +0100", "cte": "quoted-printable",
        "text": """Hi Hannah,

Thank you for your interest in the Instructional Designer position at Quillstone and for the time you put into the portfolio task.

After a lot of discussion, we have decided to pursue other candidates for this role. It was a competitive process and we had to make some tough calls.

If you'd like a few lines of feedback on your portfolio, just reply to this email and I'll be happy to share what the panel noted.

Best wishes,
Aoife

Aoife Brennan
People Partner, Quillstone
Grand Canal Quay, Dublin 2
""",
        "html": """<html><body><div style="font-family:Arial,sans-serif;font-size:14px;line-height:20px;">
<p>Hi Hannah,</p>
<p>Thank you for your interest in the Instructional Designer position at Quillstone and for the time you put into the portfolio task.</p>
<p>After a lot of discussion, we have decided to pursue other candidates for this role. It was a competitive process and we had to make some tough calls.</p>
<p>If you'd like a few lines of feedback on your portfolio, just reply to this email and I'll be happy to share what the panel noted.</p>
<p>Best wishes,<br>Aoife</p>
<p>Aoife Brennan<br>People Partner, Quillstone<br>Grand Canal Quay, Dublin 2</p>
</div>
<div style="font-size:10px;color:#aaa;">Sent via <a href="https://www.lever.example.co">Lever</a></div></body></html>
""",
    },
    # 21 -- one line from a phone, Apple Mail quote holds the application
    {
        "n": "terse_iphone_canalside", "kind": "rejection", "company": "Canalside Learning",
        "contact": "bram@canalsidelearning.example.nl", "lang": "en",
        "frm": ("Bram de Wit", "bram@canalsidelearning.example.nl"),
        "subject": "Re: Instructional Designer – Canalside Learning",
        "date": "2026-04-14 07:51 +0200", "cte": "8bit",
        "text": """Hi Hannah, thanks but we've gone another way on this one. Best of luck!

Sent from my iPhone

> On 9 Apr 2026, at 21:05, Hannah Oyelaran-Weiß <hannah.ow@example.de> wrote:
>
> Dear Bram,
>
> Following our brief chat at the Learning Tech meetup, I'm attaching my CV
> and two sample modules for the Instructional Designer role at Canalside
> Learning. I'd be glad to relocate to Amsterdam and I'm available from August.
>
> Warm regards,
> Hannah
""",
    },
    # 22 -- long personal feedback after interview, Irish company, registered-number footer
    {
        "n": "feedback_after_interview_dublin", "kind": "rejection", "company": "Liffey Learning",
        "contact": "niamh.keogh@liffeylearning.example.ie", "lang": "en",
        "frm": ("Niamh Keogh", "niamh.keogh@liffeylearning.example.ie"),
        "subject": "Following up",
        "date": "2026-05-28 12:36 +0100", "cte": "quoted-printable",
        "text": """Dear Hannah,

Thank you again for meeting Declan and me last Tuesday, and for the mini-session on scaffolding feedback — it was one of the most engaging we saw.

I'm sorry to say that we won't be offering you the Learning Designer position. We had two very strong finalists and decided on the candidate who has already built compliance curricula for financial services clients, which is where most of our work will be over the next year.

Some feedback in case it's useful:
- Your storyboard was clear and learner-centred; we'd have liked more on how you'd measure transfer to the job.
- You were a little light on authoring tools beyond Rise. Getting comfortable with Storyline or Captivate would strengthen your profile a lot.
- Your classroom experience came through as a real asset. Lean into it.

I'd be happy to keep in touch, and I'd encourage you to apply again when we advertise in the autumn.

Kind regards,
Niamh

Niamh Keogh | Head of Learning Design | Liffey Learning
14 Ormond Quay Upper, Dublin 7, D07 X2K1
+353 1 555 0142

Liffey Learning Ltd. Registered in Ireland No. 612345. Registered office as above.
This email and any attachments are confidential and intended solely for the addressee.
""",
    },
    # 23 -- role put on hold, Ashby, Reply-To a team mailbox read by people
    {
        "n": "on_hold_ashby_brand", "kind": "rejection", "company": "Amstel Pay", "contact": "talent@amstelpay.example.nl",
        "lang": "en",
        "frm": ("Amstel Pay Talent", "no-reply@ashbyhq.com"),
        "reply_to": ("Amstel Pay Talent", "talent@amstelpay.example.nl"),
        "subject": "Update on the Enablement Specialist role",
        "date": "2026-07-02 09:20 +0200", "cte": "quoted-printable",
        "html": """<html><body style="background:#fafafa;margin:0;">
<table role="presentation" width="100%"><tr><td align="center">
<table role="presentation" width="540" style="background:#fff;border:1px solid #ececec;font-family:Inter,Arial,sans-serif;font-size:14px;color:#111;">
<tr><td style="padding:24px 28px 4px;"><img src="https://cdn.ashbyprd.example.com/amstelpay/logo.png" alt="Amstel Pay" width="120"></td></tr>
<tr><td style="padding:8px 28px 24px;">
<p>Hi Hannah,</p>
<p>We wanted to let you know that the Enablement Specialist role has been put on hold following a change in our 2026 hiring plan. As a result, we will not be proceeding with the interview process for this position, and we've closed your application.</p>
<p>We know this is frustrating, especially after you'd already completed the first conversation with Sanne. It is no reflection on you. If the role reopens, we'd be glad to hear from you again.</p>
<p>If you have any questions, simply reply to this message — a member of the talent team reads every reply.</p>
<p>Thanks,<br>Talent team at Amstel Pay</p>
</td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#888;background:#f6f6f6;">Amstel Payments Europe B.V. · Stadhouderskade 55 · 1072 AB Amsterdam · KvK 81234567<br>Amstel Pay is a trading name of Amstel Payments Europe B.V.</td></tr>
</table></td></tr></table>
""" + pixel("https://app.ashbyhq.example.com/track/open/5c1e0a") + """
</body></html>
""",
    },
    # 24 -- iCIMS, "Careers at", no-reply, HTML
    {
        "n": "icims_careers_unsuccessful", "text_from_html": True, "kind": "rejection", "company": "Carrick Medical Devices", "contact": "", "lang": "en",
        "frm": ("Careers at Carrick", "carrickmedical@talent.icims.com"),
        "subject": "Carrick Medical Devices: Application Status",
        "date": "2026-09-08 17:03 +0100", "cte": "base64",
        "html": """<html><body>
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333;">
<tr><td style="padding:10px 0;"><img src="https://careers-carrickmedical.icims.example.com/logo.gif" alt="Carrick Medical Devices" width="200"></td></tr>
<tr><td>
<p>Dear Hannah Oyelaran-Weiß,</p>
<p>Thank you for applying for the position of <b>Training Coordinator – Operations (Req #2026-3381)</b>.</p>
<p>Unfortunately, we are unable to offer you an interview for this position on this occasion. We received a large number of applications and have shortlisted those candidates whose qualifications most closely match the essential criteria.</p>
<p>We appreciate your interest in Carrick Medical Devices and encourage you to visit our <a href="https://careers-carrickmedical.icims.example.com/jobs">Careers site</a> for future opportunities.</p>
<p>Yours sincerely,<br>Talent Acquisition<br>Carrick Medical Devices</p>
<p style="font-size:10px;color:#888;">Carrick Medical Devices Limited, Registered in Ireland No. 377120. Registered Office: Carrick Road, Swords, Co. Dublin. This is an automated message; replies to this address are not monitored.</p>
</td></tr></table>
</body></html>
""",
    },
    # 25 -- Irish agency names the client, quoted "-----Original Message-----" with misleading words
    {
        "n": "agency_dublin_names_client", "kind": "rejection", "company": "Harbourview Software",
        "contact": "ronan@odwyerkane.example.ie", "lang": "en",
        "frm": ("Ronan O'Dwyer", "ronan@odwyerkane.example.ie"),
        "subject": "RE: Harbourview - next steps?",
        "date": "2026-08-19 18:05 +0100", "cte": "quoted-printable",
        "text": """Hannah,

Harbourview have come back to me this afternoon. They've decided not to take your application further — the hiring manager wants someone who has run a full customer academy in a software company before, and they've found that internally-ish (an ex-contractor). Not the news either of us wanted.

I'll keep you front of mind. There's an L&D role with a fintech on the north side I'll call you about tomorrow.

Ronan

Ronan O'Dwyer
Director | O'Dwyer & Kane Recruitment
m: +353 87 555 0199 | Fitzwilliam Street Lower, Dublin 2

-----Original Message-----
From: Hannah Oyelaran-Weiß <hannah.ow@example.de>
Sent: Tuesday, August 18, 2026 08:40
To: Ronan O'Dwyer <ronan@odwyerkane.example.ie>
Subject: Harbourview - next steps?

Hi Ronan,

Any news from Harbourview? You mentioned they would schedule the final interview and maybe make an offer before the end of the month, so I wanted to check in.

Best,
Hannah
""",
    },
    # 26 -- speculative application declined, windows-1252 with typographic quotes
    {
        "n": "speculative_declined_dial", "kind": "rejection", "company": "Dublin Institute of Adult Learning",
        "contact": "hr@dial.example.ie", "lang": "en",
        "frm": ("DIAL Human Resources", "hr@dial.example.ie"),
        "subject": "Your speculative application",
        "date": "2026-03-18 11:11 +0000", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Dear Ms Oyelaran-Weiß,

Thank you for your speculative application and CV, which we received on 9 March.

We’ve reviewed your details against our current and planned requirements. I’m afraid we don’t have any vacancies that match your experience at present, and we’re not in a position to keep CVs on file under our data-retention policy. We won’t be taking your application any further.

All our vacancies are advertised on our website and on publicjobs.example.ie – you’re very welcome to apply for any future role that interests you.

If you’ve any questions about this, just reply to this email.

Yours sincerely,

Gráinne Mullally
HR Officer
Dublin Institute of Adult Learning (DIAL)
Parnell Square East, Dublin 1
""",
    },
    # 27 -- Workable, filled, HTML
    {
        "n": "workable_position_filled", "kind": "rejection", "company": "Tandem Learn", "contact": "", "lang": "en",
        "frm": ("Tandem Learn", "noreply@workablemail.com"),
        "subject": "Update regarding your application for Learning Experience Designer",
        "date": "2026-10-06 13:44 +0200", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="border:1px solid #e0e0e0;">
<tr><td style="font-size:14px;line-height:22px;color:#333;">
<img src="https://workablehr.example.s3.amazonaws.com/uploads/account/logo/tandemlearn.png" alt="Tandem Learn" height="40"><br><br>
Dear Hannah,<br><br>
Thank you for your interest in the Learning Experience Designer position at Tandem Learn.<br><br>
We would like to let you know that this position has now been filled. We appreciate the time you took to apply and wish you the best of luck in your job search.<br><br>
Kind regards,<br>
Tandem Learn Hiring Team
</td></tr>
<tr><td style="font-size:11px;color:#999;">Tandem Learn GmbH · Schlesische Straße 26 · 10997 Berlin<br>
<a href="https://apply.workable.example.com/tandem-learn/" style="color:#999;">View jobs</a> | Powered by Workable</td></tr>
</table></td></tr></table>
</body></html>
""",
    },
    # 28 -- French, Swiss training provider, vous, iso-8859-1
    {
        "n": "fr_formatis_non_retenue", "kind": "rejection", "company": "Formatis",
        "contact": "claire.morand@formatis.example.ch", "lang": "fr",
        "frm": ("Claire Morand", "claire.morand@formatis.example.ch"),
        "subject": "Votre candidature - Conceptrice pédagogique (Zurich)",
        "date": "2026-02-10 10:26 +0100", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
        "text": """Madame,

Nous vous remercions de l'intérêt que vous portez à Formatis et de votre candidature au poste de conceptrice pédagogique pour notre bureau de Zurich.

Après une étude attentive de votre dossier, nous avons le regret de vous informer que votre candidature n'a pas été retenue. Nous recherchons pour ce poste une personne justifiant d'au moins trois ans d'expérience en formation d'adultes en entreprise.

Nous conservons néanmoins vos coordonnées et ne manquerons pas de revenir vers vous si un poste correspondant à votre profil venait à se libérer.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Claire Morand
Responsable des ressources humaines
Formatis SA
Avenue de Rhodanie 58, 1007 Lausanne
+41 21 555 47 10
""",
    },
    # 29 -- French recruitment firm, client unnamed, HTML
    {
        "n": "fr_cabinet_client_unnamed", "kind": "rejection", "company": "Cabinet Delorme & Associés",
        "contact": "e.delorme@delorme-associes.example.ch", "lang": "fr",
        "frm": ("Emmanuel Delorme", "e.delorme@delorme-associes.example.ch"),
        "subject": "Suite de votre candidature",
        "date": "2026-05-12 19:02 +0200", "cte": "quoted-printable",
        "text": """Bonjour Madame Oyelaran-Weiß,

Je reviens vers vous au sujet de la mission de responsable e-learning que je vous avais présentée il y a trois semaines.

Notre client a finalement retenu un autre profil, plus expérimenté dans le secteur bancaire. Je le regrette, car votre parcours d'enseignante et votre motivation m'avaient convaincu.

Je me permets de garder votre dossier en vue d'autres missions en Suisse alémanique.

Bien cordialement,

Emmanuel Delorme
Associé gérant
Cabinet Delorme & Associés – Conseil en recrutement
Rue du Rhône 14, 1204 Genève · +41 22 555 31 80

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.
""",
    },
    # 30 -- French, SmartRecruiters after interview, alternative
    {
        "n": "fr_smartrecruiters_apres_entretien", "kind": "rejection", "company": "Lumen Formation", "contact": "", "lang": "fr",
        "frm": ("Lumen Formation", "noreply@smartrecruiters.com"),
        "subject": "Lumen Formation – votre candidature",
        "date": "2026-09-22 16:30 +0200", "cte": "quoted-printable",
        "text": """Bonjour Hannah,

Merci encore pour votre entretien avec Julien et Sophie la semaine dernière pour le poste de Learning Designer germanophone (télétravail).

Après mûre réflexion, nous avons décidé de poursuivre avec une autre candidate. Ce choix a été difficile : votre présentation était convaincante, mais nous avions besoin d'une expérience plus poussée en formation réglementaire.

Nous vous souhaitons une belle réussite dans vos projets.

L'équipe Talents
Lumen Formation SAS – 12 rue de la Part-Dieu, 69003 Lyon
""",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;">
<div style="max-width:560px;margin:auto;">
<img src="https://c.smartrecruiters.example.com/sr-company-logo/lumen.png" alt="Lumen Formation" height="38">
<p>Bonjour Hannah,</p>
<p>Merci encore pour votre entretien avec Julien et Sophie la semaine dernière pour le poste de <b>Learning Designer germanophone (télétravail)</b>.</p>
<p>Après mûre réflexion, nous avons décidé de poursuivre avec une autre candidate. Ce choix a été difficile : votre présentation était convaincante, mais nous avions besoin d'une expérience plus poussée en formation réglementaire.</p>
<p>Nous vous souhaitons une belle réussite dans vos projets.</p>
<p>L'équipe Talents<br>Lumen Formation SAS – 12 rue de la Part-Dieu, 69003 Lyon</p>
<p style="font-size:10px;color:#999;">Ceci est un message automatique, merci de ne pas y répondre. <a href="https://jobs.smartrecruiters.example.com/privacy">Politique de confidentialité</a></p>
</div></body></html>
""",
    },
    # 31 -- Spanish, tú, quoted chain "El ... escribió" that talks about an interview
    {
        "n": "es_aprendia_otras_candidaturas", "kind": "rejection", "company": "Aprendia",
        "contact": "marta.iglesias@aprendia.example.es", "lang": "es",
        "frm": ("Marta Iglesias", "marta.iglesias@aprendia.example.es"),
        "subject": "Re: Candidatura Diseñadora Instruccional (mercado DACH)",
        "date": "2026-06-30 13:17 +0200", "cte": "8bit",
        "text": """Hola Hannah:

Gracias por tu paciencia. Lamentamos comunicarte que hemos decidido seguir adelante con otras candidaturas cuyo perfil se ajusta más a lo que necesitamos ahora mismo, sobre todo en experiencia con clientes corporativos.

Nos gustó mucho conocerte y no descartamos volver a contactarte más adelante.

Un abrazo,
Marta

Marta Iglesias · People & Culture
Aprendia · Calle de Alcalá 155, 28009 Madrid

El mar, 23 jun 2026 a las 9:02, Hannah Oyelaran-Weiß (<hannah.ow@example.de>) escribió:
> Hola Marta:
>
> ¡Muchas gracias por la entrevista de ayer! Me encantó conocer al equipo y
> saber más sobre el proyecto para Alemania y Austria. Quedo a la espera de
> vuestras noticias sobre la siguiente entrevista.
>
> Un saludo,
> Hannah
""",
    },
    # 32 -- Spanish, usted, filled internally, role mailbox that invites replies
    {
        "n": "es_alameda_cubierta_internamente", "kind": "rejection", "company": "Grupo Editorial Alameda",
        "contact": "seleccion@alameda.example.es", "lang": "es",
        "frm": ("Selección de Personal - Grupo Editorial Alameda", "seleccion@alameda.example.es"),
        "subject": "Proceso de selección: Editora de contenidos digitales (Berlín)",
        "date": "2026-10-13 10:05 +0200", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
        "html": """<html><body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#333;">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:3px solid #b22222;padding-bottom:8px;"><img src="https://www.alameda.example.es/img/logo-alameda.png" alt="Grupo Editorial Alameda" width="170"></td></tr>
<tr><td style="padding-top:14px;">
<p>Estimada Sra. Oyelaran-Weiß:</p>
<p>Le agradecemos sinceramente el interés mostrado en el puesto de Editora de contenidos digitales para nuestra oficina de Berlín.</p>
<p>Le informamos de que la posición ha sido cubierta internamente por una persona de nuestro equipo editorial, por lo que el proceso de selección queda cerrado.</p>
<p>Para cualquier consulta puede responder a este correo.</p>
<p>Reciba un cordial saludo,</p>
<p>Departamento de Selección de Personal<br><b>Grupo Editorial Alameda</b><br>Paseo de la Castellana 95, 28046 Madrid</p>
<p style="font-size:10px;color:#888;">En cumplimiento del RGPD, le informamos de que sus datos serán suprimidos una vez finalizado el proceso.</p>
</td></tr></table>
</body></html>
""",
    },
]

assert all(m["kind"] == "rejection" for m in MESSAGES)
