"""Application-received messages and offers of the hundredfortysecond corpus, written by hand."""

from __future__ import annotations

from msgs142_common import pixel

ACKS: list[dict] = [
    {
        "name": "softgarden_leihrad_eingang",
        "kind": "application_received", "lang": "de", "company": "Leihrad Dresden", "contact": "",
        "frm": "Leihrad Dresden über softgarden <noreply@softgarden.io>",
        "subj": "Eingangsbestätigung Ihrer Bewerbung",
        "date": "2026-07-14 22:41 +0200",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Sehr geehrter Herr Weißmann-Tanaka,

vielen Dank für Ihre Bewerbung als Flottentechniker/in & Service-Hotline. Ihre Unterlagen sind
vollständig bei uns eingegangen.

Wir prüfen alle Bewerbungen sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen. Den
aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen:
https://leihrad-dresden.softgarden.io/de/candidate/applications

Bitte sehen Sie von telefonischen Rückfragen ab und antworten Sie nicht auf diese automatisch
erzeugte Nachricht.

Freundliche Grüße
Ihr Recruiting-Team von Leihrad Dresden

--
Leihrad Dresden GmbH · Hamburger Straße 19 · 01067 Dresden
""",
    },
    {
        "name": "bikemarkt24_vier_wochen",
        "kind": "application_received", "lang": "de", "company": "Bikemarkt24", "contact": "",
        "frm": "Bikemarkt24 Bewerbermanagement <bewerbung@bikemarkt24.example.de>",
        "subj": "Ihre Bewerbung ist bei uns eingegangen",
        "date": "2026-03-09 06:01 +0100",
        "struct": "plain", "enc": "windows-1252/qp",
        "body": """Hallo Herr Weißmann-Tanaka,

danke für Ihre Bewerbung als „Technischer Kundenservice E-Bike (Remote/Leipzig)“. Wir haben Ihre
Unterlagen erhalten und an die Fachabteilung weitergegeben.

Wir erhalten derzeit sehr viele Bewerbungen und können leider nicht jedem Bewerber einzeln
antworten. Wenn Sie innerhalb von vier Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung
bitte als nicht erfolgreich. Ihre Daten löschen wir dann automatisch nach sechs Monaten.

Dieses Postfach wird nicht für Rückfragen betreut.

Sportliche Grüße
Team Personal
Bikemarkt24 – Ihr Onlineshop für Räder & Teile
Bikemarkt24 GmbH · Maximilianallee 4 · 04129 Leipzig · Geschäftsführer: Rico Albrecht · HRB 35510
""",
    },
    {
        "name": "personio_wendekreis_danke",
        "kind": "application_received", "lang": "de", "company": "Wendekreis Mobility", "contact": "",
        "frm": "Wendekreis Mobility <noreply@personio.de>",
        "subj": "Danke für deine Bewerbung!",
        "date": "2026-02-11 13:08 +0100",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="font-family:'Inter',Arial,sans-serif;font-size:15px;color:#15202b;background:#fafafa;">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:28px;border:1px solid #ececec;">
<p><img src="https://wendekreis.jobs.personio.de/assets/logo.svg" alt="Wendekreis Mobility" height="28"></p>
<h2 style="font-size:20px;">Danke, Jonas! 🚲</h2>
<p>Deine Bewerbung als <strong>Customer Care Specialist – Fahrzeugflotte</strong> ist bei uns angekommen.</p>
<p>So geht's weiter: Lena aus unserem People-Team schaut sich deine Unterlagen in den nächsten
zehn Tagen an. Wenn es passt, melden wir uns für ein erstes Gespräch.</p>
<p>Bis dahin: Schau gern auf unserem <a href="https://wendekreis.example.de/blog?utm_source=personio&amp;utm_medium=mail">Blog</a> vorbei.</p>
<p>Viele Grüße<br>Dein Wendekreis-Team</p>
<hr style="border:none;border-top:1px solid #eee;">
<p style="font-size:11px;color:#9ca3af;">Wendekreis Mobility GmbH · Schlesische Str. 26 · 10997 Berlin ·
Geschäftsführer: Malte Jensen, Derya Acar · Amtsgericht Charlottenburg HRB 219004 B<br>
Diese E-Mail wurde automatisch versendet.</p>
</div>
{pixel("https://tracking.personio.de/open/7c1f2e0a-wk-211.gif")}
</body></html>
""",
    },
    {
        "name": "jobwerk_uebermittelt_stromrad",
        "kind": "application_received", "lang": "de", "company": "Stromrad Manufaktur", "contact": "",
        "frm": "Jobwerk <bewerbung-versand@jobwerk.example.de>",
        "subj": "Ihre Bewerbung wurde erfolgreich übermittelt",
        "date": "2026-01-19 20:55 +0100",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="margin:0;background:#eef1f5;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#12355b;padding:14px 22px;"><a href="https://trk.jobwerk.example.de/c/home?m=apply"><img src="https://static.jobwerk.example.de/mail/logo-jobwerk.png" alt="Jobwerk – Jobs, die passen" width="150" border="0"></a></td></tr>
<tr><td style="padding:22px;font-size:14px;line-height:21px;color:#222;">
<p>Hallo Jonas Weißmann-Tanaka,</p>
<p>Ihre Bewerbung wurde erfolgreich an <b>Stromrad Manufaktur GmbH</b> übermittelt.</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #dde3ea;width:100%;font-size:13px;">
<tr><td style="color:#666;width:35%;">Stelle</td><td>Kundenservice &amp; Technischer Support E-Bike (m/w/d)</td></tr>
<tr><td style="color:#666;">Arbeitgeber</td><td>Stromrad Manufaktur GmbH, Dresden</td></tr>
<tr><td style="color:#666;">Gesendet am</td><td>19.01.2026, 20:54 Uhr</td></tr>
<tr><td style="color:#666;">Anlagen</td><td>Lebenslauf_JWT.pdf, Anschreiben_Stromrad.pdf</td></tr>
</table>
<p>Der Arbeitgeber meldet sich direkt bei Ihnen. Den Status sehen Sie unter
<a href="https://trk.jobwerk.example.de/c/meine-bewerbungen?m=apply&amp;id=882731">Meine Bewerbungen</a>.</p>
<h3 style="font-size:15px;margin-top:26px;">Das könnte Sie auch interessieren</h3>
<p><a href="https://trk.jobwerk.example.de/c/job/771201?m=apply-reco">Servicetechniker Zweirad (m/w/d) – Radwelt Dresden</a><br>
<a href="https://trk.jobwerk.example.de/c/job/770954?m=apply-reco">Customer Support Agent E-Mobility – Leipzig</a><br>
<a href="https://trk.jobwerk.example.de/c/job/769300?m=apply-reco">Mitarbeiter Reklamationsmanagement – Chemnitz</a></p>
</td></tr>
<tr><td style="padding:14px 22px;background:#f6f8fa;font-size:10px;color:#888;">Jobwerk GmbH · Karl-Liebknecht-Str. 1 · 04107 Leipzig ·
<a href="https://trk.jobwerk.example.de/c/settings?m=apply" style="color:#888;">E-Mail-Einstellungen</a> ·
<a href="https://trk.jobwerk.example.de/c/unsubscribe?m=apply" style="color:#888;">Abmelden</a> · Impressum · Datenschutz</td></tr>
</table>
{pixel("https://trk.jobwerk.example.de/o/882731.gif")}
</td></tr></table></body></html>
""",
    },
    {
        "name": "donaurad_eingang_personal",
        "kind": "application_received", "lang": "de", "company": "Donaurad", "contact": "personal@donaurad.example.at",
        "frm": "Personalabteilung Donaurad <personal@donaurad.example.at>",
        "subj": "Bestätigung: Bewerbung Technischer Kundenbetreuer E-Bike",
        "date": "2026-03-03 09:12 +0100",
        "struct": "plain", "enc": "iso-8859-1/qp",
        "body": """Sehr geehrter Herr Weißmann-Tanaka,

vielen Dank für Ihre Bewerbung als Technischer Kundenbetreuer E-Bike (w/m/d), die wir heute
erhalten haben.

Wir werden Ihre Unterlagen in den kommenden Wochen sichten und uns danach wieder bei Ihnen melden.
Falls Sie in der Zwischenzeit Fragen haben, erreichen Sie mich unter dieser Adresse.

Mit freundlichen Grüßen

Mag. Elisabeth Huber
Personalabteilung
Donaurad GmbH
Brünner Straße 131, 1210 Wien
""",
    },
    {
        "name": "velotech_bestaetigung_noreply",
        "kind": "application_received", "lang": "de", "company": "Velotech Zürich", "contact": "",
        "frm": "Velotech Zürich Jobs <noreply@velotech-zh.example.ch>",
        "to": "Jonas Weissmann-Tanaka <jonas.wt@example.de>",
        "subj": "Bestätigung: Ihre Bewerbung ist bei uns eingegangen",
        "date": "2026-01-08 16:30 +0100",
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Guten Tag Herr Weissmann-Tanaka

Wir bestätigen den Eingang Ihrer Bewerbung für die Stelle «Service Specialist E-Bike (80–100 %)».

Wir prüfen Ihr Dossier und melden uns so bald wie möglich bei Ihnen. Bitte haben Sie Verständnis,
dass dies bis zu drei Wochen dauern kann.

Freundliche Grüsse
Velotech Zürich AG

Diese Nachricht wurde automatisch versendet.
""",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px;">
<p><img src="https://www.velotech-zh.example.ch/img/velotech-logo.png" alt="Velotech Zürich" width="140"></p>
<p>Guten Tag Herr Weissmann-Tanaka</p>
<p>Wir bestätigen den Eingang Ihrer Bewerbung für die Stelle «Service Specialist E-Bike (80–100 %)».</p>
<p>Wir prüfen Ihr Dossier und melden uns so bald wie möglich bei Ihnen. Bitte haben Sie Verständnis,
dass dies bis zu drei Wochen dauern kann.</p>
<p>Freundliche Grüsse<br>Velotech Zürich AG</p>
<p style="font-size:10px;color:#999;">Diese Nachricht wurde automatisch versendet.</p>
</body></html>
""",
    },
    {
        "name": "stadtverkehr_elbtal_eingang",
        "kind": "application_received", "lang": "de", "company": "Stadtverkehr Elbtal", "contact": "bewerbung@stadtverkehr-elbtal.example.de",
        "frm": "Stadtverkehr Elbtal – Bewerbermanagement <bewerbung@stadtverkehr-elbtal.example.de>",
        "subj": "Eingangsbestätigung – Kennziffer 2026-14",
        "date": "2026-04-01 14:20 +0200",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Sehr geehrter Herr Weißmann-Tanaka,

wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Kundenberater/in Mobilitätsservice
(Kennziffer 2026-14, Entgeltgruppe 7 TV-N Sachsen).

Die Bewerbungsfrist endet am 15. April 2026. Im Anschluss werden alle Bewerbungen durch die
Auswahlkommission gesichtet. Bitte rechnen Sie mit einer Dauer des Auswahlverfahrens von etwa
sechs Wochen. Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt
berücksichtigt.

Rückfragen richten Sie bitte an diese Adresse unter Angabe der Kennziffer.

Im Auftrag
Sachgebiet Personalgewinnung
Stadtverkehr Elbtal AöR
Trachenberger Platz 5 · 01129 Dresden
""",
    },
    {
        "name": "isartal_successfactors_eingang",
        "kind": "application_received", "lang": "de", "company": "Isartal Verkehrsgesellschaft", "contact": "",
        "frm": "Isartal Verkehrsgesellschaft <bewerbermanagement@successfactors.eu>",
        "subj": "Vielen Dank für Ihre Bewerbung",
        "date": "2026-08-17 19:47 +0200",
        "struct": "html", "enc": "utf-8/qp",
        "html": """<html><body style="font-family:Arial;font-size:10pt;">
<table width="620" cellpadding="0" cellspacing="0">
<tr><td style="background:#004a99;padding:10px;"><img src="https://career5.successfactors.eu/doc-cache/isartal/logo.png" alt="Isartal Verkehrsgesellschaft – Wir bewegen München" width="240"></td></tr>
<tr><td style="padding:14px 4px;">
<p>Sehr geehrter Herr Weißmann-Tanaka,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Servicetechniker Mobilitätsstationen (m/w/d)</b>.
Wir haben Ihre Unterlagen erhalten und werden sie nun sorgfältig prüfen.</p>
<p>Den aktuellen Status Ihrer Bewerbung können Sie jederzeit in unserem
<a href="https://career5.successfactors.eu/career?company=isartalvg&amp;career_ns=job_application">Karriereportal</a> einsehen.</p>
<p>Mit freundlichen Grüßen<br>Personalservice<br>Isartal Verkehrsgesellschaft mbH</p>
</td></tr>
<tr><td style="font-size:8pt;color:#808080;border-top:1px solid #ccc;padding-top:6px;">Isartal Verkehrsgesellschaft mbH · Emmy-Noether-Straße 2 · 80992 München · Amtsgericht München HRB 12877 ·
Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse können nicht bearbeitet werden.</td></tr>
</table>
</body></html>
""",
    },
    {
        "name": "personalwerk_unterlagen_eingegangen",
        "kind": "application_received", "lang": "de", "company": "Personalwerk Mitteldeutschland",
        "contact": "sandra.pohl@personalwerk-md.example.de",
        "frm": "Sandra Pohl <sandra.pohl@personalwerk-md.example.de>",
        "subj": "Ihre Unterlagen – Servicetechniker E-Bike (Halle/Leipzig)",
        "date": "2026-05-26 10:33 +0200",
        "struct": "plain", "enc": "utf-8/8bit",
        "body": """Guten Tag Herr Weißmann-Tanaka,

Ihre Unterlagen für die Position Servicetechniker E-Bike mit Kundenkontakt, die wir für einen
unserer Kunden im Raum Halle/Leipzig besetzen, sind bei mir eingegangen – vielen Dank!

Ich schaue mir alles in Ruhe an und melde mich spätestens Anfang nächster Woche telefonisch bei
Ihnen, um die nächsten Schritte zu besprechen. Wenn Sie vorher Fragen haben: Antwort auf diese
Mail genügt.

Freundliche Grüße

Sandra Pohl
Personaldisponentin
Personalwerk Mitteldeutschland GmbH
Niederlassung Leipzig · Brühl 52 · 04109 Leipzig
Tel. 0341 25 25 90-31
www.personalwerk-md.example.de | Xing | LinkedIn
""",
    },
    {
        "name": "taleo_carla_eingang",
        "kind": "application_received", "lang": "de", "company": "Carla Carsharing", "contact": "",
        "frm": "Carla Carsharing Karriere <carla@taleo.net>",
        "subj": "Eingangsbestätigung – Technical Customer Success Manager (m/w/d) – 26-0312",
        "date": "2026-05-04 21:19 +0200",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body>
<table width="640" cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,sans-serif;font-size:12px;">
<tr><td><img src="https://carla.taleo.net/careersection/theme/carla/images/header.jpg" alt="Carla Carsharing – Einfach losfahren" width="640" height="90"></td></tr>
<tr><td style="padding:18px 10px;">
<p>Sehr geehrter Herr Weißmann-Tanaka,</p>
<p>vielen Dank für Ihre Bewerbung auf die Position <b>Technical Customer Success Manager (m/w/d)</b>
(Referenz 26-0312). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Wir werden Ihre Bewerbung nun prüfen und uns schnellstmöglich bei Ihnen melden.</p>
<p>Mit freundlichen Grüßen<br>Ihr Talent-Acquisition-Team<br>Carla Carsharing</p>
</td></tr>
<tr><td style="padding:10px;font-size:10px;color:#666666;border-top:1px solid #cccccc;">
Carla Carsharing GmbH · Landsberger Straße 155 · 80687 München · Registergericht: Amtsgericht München HRB 245511<br>
Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.
</td></tr></table>
{pixel("https://carla.taleo.net/careersection/trk/open.gif?e=26-0312-5170")}
</body></html>
""",
    },
    {
        "name": "greenhouse_ridewise_thanks",
        "kind": "application_received", "lang": "en", "company": "Ridewise", "contact": "",
        "frm": "Ridewise via Greenhouse <no-reply@greenhouse-mail.io>",
        "subj": "Thanks for applying to Ridewise!",
        "date": "2026-01-12 08:03 +0100",
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Hi Jonas,

Thanks for applying for the Customer Success Specialist role in Copenhagen! This email confirms
that we've received your application.

Our People team reviews every application by hand, so please bear with us - you'll hear from us
within two to three weeks either way.

Tak,
The Ridewise Team
""",
        "html": f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;">
<p><img src="https://prod-greenhouse.example.com/ridewise/logo.png" alt="Ridewise" height="32"></p>
<p>Hi Jonas,</p>
<p>Thanks for applying for the <b>Customer Success Specialist</b> role in Copenhagen! This email confirms
that we've received your application.</p>
<p>Our People team reviews every application by hand, so please bear with us – you'll hear from us
within two to three weeks either way.</p>
<p>Tak,<br>The Ridewise Team</p>
<p style="font-size:11px;color:#888;">Powered by Greenhouse · <a href="https://u1234.ct.greenhouse-mail.io/ls/click?upn=gh-privacy" style="color:#888;">Privacy</a></p>
{pixel("https://u1234.ct.greenhouse-mail.io/wf/open?upn=rw0112")}
</body></html>
""",
    },
    {
        "name": "workday_fleetlytics_received",
        "kind": "application_received", "lang": "en", "company": "Fleetlytics", "contact": "",
        "frm": "Fleetlytics Talent Acquisition <fleetlytics@myworkday.com>",
        "subj": "Application Received: Customer Support Engineer (R-01877)",
        "date": "2026-03-23 12:44 +0000",
        "struct": "html", "enc": "utf-8/b64",
        "html": f"""<!DOCTYPE html>
<html><body style="margin:0;padding:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#f2f4f7"><tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:28px 32px 8px;"><img src="https://wd3.myworkday.com/fleetlytics/img/logo-dark.png" alt="Fleetlytics" width="140"></td></tr>
<tr><td style="padding:8px 32px 24px;font-size:15px;line-height:22px;color:#1f2933;">
<p>Hello Jonas,</p>
<p>Thank you for applying to <b>Customer Support Engineer (R-01877)</b>. We have successfully received
your application and our Talent Acquisition team will review it shortly.</p>
<p>You can track the status of your application at any time in your
<a href="https://click.fleetlytics.example.nl/ls/click?upn=Qm19xPz0&amp;src=ack">candidate home</a>.</p>
<p>Best regards,<br>Fleetlytics Talent Acquisition</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#f7f8fa;font-size:11px;color:#7b8794;">Fleetlytics B.V. · Keizersgracht 412 · 1016 GC Amsterdam<br>
This message was sent from an unmonitored mailbox. Please do not reply.</td></tr>
</table>
{pixel("https://click.fleetlytics.example.nl/wf/open?upn=ack0323")}
</td></tr></table></body></html>
""",
    },
    {
        "name": "halvorsen_cannot_reply_everyone",
        "kind": "application_received", "lang": "en", "company": "Halvorsen Cycles", "contact": "",
        "frm": "Halvorsen Cycles Careers <careers@halvorsencycles.example.dk>",
        "subj": "Application: Workshop & Customer Care Lead",
        "date": "2026-04-29 07:15 +0200",
        "struct": "plain", "enc": "us-ascii/7bit",
        "body": """Dear applicant,

Thank you for your application for the position of Workshop & Customer Care Lead at our
Frederiksberg store. We confirm that it has been received.

We receive a high volume of applications and unfortunately cannot respond to every applicant
individually. If you have not heard from us within 4 weeks, please consider your application
unsuccessful on this occasion.

We appreciate your interest in Halvorsen Cycles.

Halvorsen Cycles
Gammel Kongevej 120, 1850 Frederiksberg C

This is an automated response. Replies to this address are not read.
""",
    },
    {
        "name": "lever_voltaro_received",
        "kind": "application_received", "lang": "en", "company": "Voltaro", "contact": "",
        "frm": "Voltaro <no-reply@hire.lever.co>",
        "subj": "We've received your application to Voltaro",
        "date": "2026-06-22 18:26 +0200",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#111;">
<table cellpadding="0" cellspacing="0" width="100%" style="max-width:560px;">
<tr><td style="padding:16px 0;"><img src="https://lever-client-logos.s3.amazonaws.com/voltaro.png" alt="VOLTARO" height="22"></td></tr>
<tr><td>
<p>Hi Jonas,</p>
<p>Thanks for your interest in the <b>Rider Support Specialist</b> position. We've received your
application and our team will review it in the coming days.</p>
<p>In the meantime, check out <a href="https://voltaro.example.nl/life?lever-origin=email">life at Voltaro</a>.</p>
<p>Best,<br>Voltaro Recruiting</p>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding-top:14px;">Voltaro B.V. · Amsterdam · <a href="https://jobs.lever.co/voltaro/privacy?lever-origin=email" style="color:#999;">Privacy</a></td></tr>
</table>
{pixel("https://hire.lever.co/email/open/vlt-ack-0622")}
</body></html>
""",
    },
    {
        "name": "pronetz_sent_to_orbis",
        "kind": "application_received", "lang": "en", "company": "Orbis Fleet Services", "contact": "",
        "frm": "ProNetz <jobs-noreply@pronetz.example.com>",
        "subj": "Jonas, your application was sent to Orbis Fleet Services",
        "date": "2026-02-09 19:02 +0100",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="margin:0;background:#f3f2ef;font-family:-apple-system,Segoe UI,Roboto,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;">
<tr><td style="padding:18px 24px;"><img src="https://static.pronetz.example.com/mail/pronetz-logo.png" alt="ProNetz" width="92"></td></tr>
<tr><td style="padding:0 24px 20px;font-size:14px;line-height:20px;color:#191919;">
<p style="font-size:18px;font-weight:600;">Your application was sent to Orbis Fleet Services</p>
<table cellpadding="0" cellspacing="0"><tr>
<td><img src="https://media.pronetz.example.com/company/orbis/logo-48.png" alt="Orbis Fleet Services" width="48"></td>
<td style="padding-left:12px;"><b>Technical Account Associate</b><br>Orbis Fleet Services · Berlin, Germany (Hybrid)<br>
<span style="color:#666;">Applied 9 Feb 2026</span></td></tr></table>
<p>Good luck! Employers usually review applications within a few weeks. Want to stand out?</p>
<p><a href="https://www.pronetz.example.com/comm/jobs/view/22187?trk=eml-jobs_applied-cta&amp;lipi=urn%3Ali%3Apage%3Aemail" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none;">View application</a></p>
<p style="font-size:15px;font-weight:600;margin-top:22px;">Similar jobs</p>
<p><a href="https://www.pronetz.example.com/comm/jobs/view/88120?trk=eml-jobs_applied-reco">Customer Success Associate – Tier Mobility, Berlin</a><br>
<a href="https://www.pronetz.example.com/comm/jobs/view/88341?trk=eml-jobs_applied-reco">Support Engineer (German) – Fleetbase, Remote</a><br>
<a href="https://www.pronetz.example.com/comm/jobs/view/88402?trk=eml-jobs_applied-reco">Technical Support Specialist – Hamburg</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777;border-top:1px solid #eee;">You are receiving job application emails.
<a href="https://www.pronetz.example.com/comm/psettings/email-unsubscribe?trk=eml-jobs_applied" style="color:#777;">Unsubscribe</a> ·
<a href="https://www.pronetz.example.com/help?trk=eml-jobs_applied" style="color:#777;">Help</a><br>
© 2026 ProNetz Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
</table>
{pixel("https://www.pronetz.example.com/emimp/ip_ZW1sLWpvYnNfYXBwbGllZA.gif")}
</td></tr></table></body></html>
""",
    },
    {
        "name": "teamtailor_gearbox_thanks_en",
        "kind": "application_received", "lang": "en", "company": "Gearbox CRM", "contact": "",
        "frm": "Gearbox CRM <no-reply@teamtailor-mail.com>",
        "subj": "Thanks for your application, Jonas",
        "date": "2026-04-27 09:09 +0200",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<!doctype html>
<html><body style="margin:0;background:#f6f3ff;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:26px 8px;">
<table width="540" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:10px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:23px;color:#26215c;">
<tr><td style="padding:24px 30px 6px;"><img src="https://assets.teamtailor-cdn.com/gearbox/logo.png" alt="gearbox" width="110"></td></tr>
<tr><td style="padding:6px 30px 22px;">
<p>Hi Jonas,</p>
<p>Thanks for applying for <b>Technical Support Specialist (German/English)</b> – we're happy you found us!</p>
<p>We've got your application and our team will review it within the next 10 working days.
You'll hear from us either way.</p>
<p>Cheers,<br>The Gearbox Talent Team</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#9a94c7;">Gearbox CRM GmbH · Torstraße 109 · 10119 Berlin ·
<a href="https://app.teamtailor.com/candidate/privacy/gbx?utm_medium=email" style="color:#9a94c7;">Manage your data</a></td></tr>
</table>
{pixel("https://email.teamtailor-mail.com/o/gbx-ack-0427.gif")}
</td></tr></table></body></html>
""",
    },
    {
        "name": "lever_bicis_recibida",
        "kind": "application_received", "lang": "es", "company": "Bicis Mediterrània", "contact": "",
        "frm": "Bicis Mediterrània <no-reply@hire.lever.co>",
        "subj": "Hemos recibido tu candidatura",
        "date": "2026-01-20 13:37 +0100",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="font-family:Georgia,serif;font-size:15px;color:#2b2b2b;">
<table cellpadding="0" cellspacing="0" width="100%" style="max-width:600px;">
<tr><td style="background:#0e7c86;padding:14px 20px;"><img src="https://lever-client-logos.s3.amazonaws.com/bicis-mediterrania.png" alt="Bicis Mediterrània" height="30"></td></tr>
<tr><td style="padding:20px;">
<p>¡Hola Jonas!</p>
<p>Gracias por presentar tu candidatura al puesto de <b>Técnico/a de Soporte Postventa</b>. La hemos recibido
correctamente y el equipo la revisará en los próximos días.</p>
<p>Si tu perfil encaja, nos pondremos en contacto contigo para una primera llamada.</p>
<p>Un saludo,<br>Equipo de Personas · Bicis Mediterrània</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#8a8a8a;">Bicis Mediterrània S.L. · C/ de Pujades 77 · 08005 Barcelona</td></tr>
</table>
{pixel("https://hire.lever.co/email/open/3f8d0b2a-bm-0120")}
</body></html>
""",
    },
    {
        "name": "trabajomovil_enviada_biciciutat",
        "kind": "application_received", "lang": "es", "company": "BiciCiutat", "contact": "",
        "frm": "TrabajoMóvil <avisos@trabajomovil.example.es>",
        "subj": "Tu candidatura se ha enviado a BiciCiutat",
        "date": "2026-03-02 22:10 +0100",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="margin:0;background:#f0f4f4;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px 0;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#ff7a00;padding:12px 20px;"><img src="https://img.trabajomovil.example.es/mail/logo-blanco.png" alt="TrabajoMóvil" width="130"></td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:21px;">
<p>Hola Jonas,</p>
<p>Tu candidatura a la oferta <b>Técnico/a de atención al usuario</b> de <b>BiciCiutat</b> (Barcelona) se ha
enviado correctamente.</p>
<p>La empresa ya puede ver tu CV. Te avisaremos cuando cambie el estado de tu proceso:
<i>CV leído</i>, <i>En proceso</i> o <i>Finalista</i>.</p>
<p><a href="https://clk.trabajomovil.example.es/r?u=mis-candidaturas&amp;c=88120" style="color:#ff7a00;">Ver mis candidaturas</a></p>
<p style="font-weight:bold;margin-top:20px;">Ofertas parecidas</p>
<p><a href="https://clk.trabajomovil.example.es/r?u=oferta-55102&amp;c=88120">Mecánico/a de bicicletas – Badalona</a><br>
<a href="https://clk.trabajomovil.example.es/r?u=oferta-55178&amp;c=88120">Agente de soporte patinetes eléctricos – Barcelona</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#999;background:#fafafa;">TrabajoMóvil S.L. · Av. Diagonal 640 · 08017 Barcelona ·
<a href="https://clk.trabajomovil.example.es/r?u=baja&amp;c=88120" style="color:#999;">Darse de baja</a> · Aviso legal</td></tr>
</table>
{pixel("https://clk.trabajomovil.example.es/o/88120.gif")}
</td></tr></table></body></html>
""",
    },
    {
        "name": "talentia_cv_recibido",
        "kind": "application_received", "lang": "es", "company": "Talentia Selección", "contact": "elena.navarro@talentia.example.es",
        "frm": "Elena Navarro <elena.navarro@talentia.example.es>",
        "subj": "Hemos recibido su CV – Técnico/a de flota (Barcelona)",
        "date": "2026-08-24 12:58 +0200",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Estimado Jonas:

Le confirmo que hemos recibido su CV para la posición de Técnico/a de flota que gestionamos para
un cliente del sector de la movilidad compartida en Barcelona.

Estamos en la fase de preselección. Si su perfil encaja con los requisitos del cliente, le
llamaré en los próximos diez días para una primera entrevista telefónica. Cualquier duda, puede
escribirme a este correo.

Un cordial saludo,

Elena Navarro
Consultora de Selección
Talentia Selección, S.L.
Passeig de Gràcia 112, 4º – 08008 Barcelona
""",
    },
    {
        "name": "mobilis_accuse_reception",
        "kind": "application_received", "lang": "fr", "company": "Mobilis Léman", "contact": "",
        "frm": "Mobilis Léman - Recrutement <noreply@successfactors.eu>", "from_enc": "iso-8859-1",
        "subj": "Accusé de réception de votre candidature", "subj_enc": "iso-8859-1",
        "date": "2026-09-01 10:04 +0200",
        "struct": "plain", "enc": "iso-8859-1/qp",
        "body": """Monsieur,

Nous accusons réception de votre candidature au poste de Spécialiste support technique (Zurich)
et vous remercions de l'intérêt que vous portez à Mobilis Léman.

Votre dossier sera examiné avec la plus grande attention. Nous reviendrons vers vous dans les
meilleurs délais.

Service des Ressources humaines
Mobilis Léman SA

Ce message est généré automatiquement, merci de ne pas y répondre.
""",
    },
    {
        "name": "lefort_candidatures_mandat",
        "kind": "application_received", "lang": "fr", "company": "Cabinet Lefort Recrutement", "contact": "",
        "frm": "Cabinet Lefort Recrutement <candidatures@cabinet-lefort.example.com>",
        "subj": "Votre candidature – Réf. CL-2026-041",
        "date": "2026-02-02 08:22 +0100",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Bonjour,

Nous accusons bonne réception de votre candidature pour le poste de Chargé de support technique
(H/F) – Berlin, référence CL-2026-041, que nous recrutons pour le compte de l'un de nos clients, un
acteur reconnu de la mobilité douce.

Un consultant du cabinet étudiera votre dossier et vous contactera si votre profil correspond aux
attentes de notre client.

Cordialement,
L'équipe Cabinet Lefort Recrutement

Merci de ne pas répondre à ce message : cette adresse n'est pas consultée.
""",
    },
]

OFFERS: list[dict] = [
    {
        "name": "talentbruecke_stromrad_angebot",
        "kind": "offer", "lang": "de", "company": "Stromrad Manufaktur", "contact": "d.vogt@talentbruecke.example.de",
        "frm": "Dennis Vogt | TalentBrücke <d.vogt@talentbruecke.example.de>",
        "subj": "Gute Nachrichten von der Stromrad Manufaktur",
        "date": "2026-02-20 17:45 +0100",
        "struct": "plain", "enc": "windows-1252/qp",
        "body": """Hallo Herr Weißmann-Tanaka,

ich freue mich sehr, Ihnen mitteilen zu können, dass die Stromrad Manufaktur Ihnen die Stelle
„Kundenservice & Technischer Support E-Bike“ anbieten möchte!

Die Eckdaten, die mir Herr Körner heute genannt hat:
- Start: 1. April 2026 (früher möglich)
- Bruttojahresgehalt: 44.500 € plus Jahresbonus bis 2.000 €
- 30 Urlaubstage, Dienstrad-Leasing, 38-Stunden-Woche, zwei Homeoffice-Tage
- Probezeit sechs Monate

Das schriftliche Angebot schickt Ihnen die Personalabteilung direkt bis Mitte nächster Woche.
Haben Sie Lust, dass wir morgen kurz telefonieren? Dann kann ich Ihre Fragen sammeln und zu
einzelnen Punkten (z. B. dem Starttermin) noch verhandeln.

Herzlichen Glückwunsch!

Beste Grüße
Dennis Vogt
Senior Consultant Mobility & Industrie
TalentBrücke Personalberatung GmbH
T +49 351 654 321 14 · M +49 172 555 0193
""",
    },
    {
        "name": "zuerishare_arbeitsvertrag_pdf",
        "kind": "offer", "lang": "de", "company": "ZüriShare", "contact": "nadine.baumann@zurishare.example.ch",
        "frm": "Nadine Baumann <nadine.baumann@zurishare.example.ch>",
        "to": "Jonas Weissmann-Tanaka <jonas.wt@example.de>",
        "subj": "Ihr Arbeitsvertrag – Fleet & Customer Support Specialist",
        "date": "2026-04-14 15:21 +0200",
        "struct": "mixed", "enc": "utf-8/qp",
        "body": """Grüezi Herr Weissmann-Tanaka

Wie heute Morgen telefonisch besprochen, freuen wir uns sehr, Ihnen die Stelle als Fleet & Customer
Support Specialist anbieten zu dürfen.

Im Anhang finden Sie den Arbeitsvertrag in zweifacher Ausführung. Bitte senden Sie uns ein
unterzeichnetes Exemplar bis am 24. April 2026 zurück (per Post oder eingescannt an mich). Der
Stellenantritt ist wie besprochen am 1. Juni 2026. Für die Bewilligung (Ausweis B) übernehmen wir
die Anmeldung beim Migrationsamt, sobald der unterschriebene Vertrag vorliegt.

Bei Fragen rufen Sie mich jederzeit an.

Freundliche Grüsse

Nadine Baumann
HR Business Partner
ZüriShare AG
Badenerstrasse 549, 8048 Zürich
T +41 44 555 18 02
""",
        "att": [{"filename": "Arbeitsvertrag_Weissmann-Tanaka_ZueriShare.pdf", "lines": [
            "ZueriShare AG - Arbeitsvertrag",
            "zwischen ZueriShare AG, Badenerstrasse 549, 8048 Zuerich (Arbeitgeberin)",
            "und Jonas Weissmann-Tanaka (Arbeitnehmer)",
            "",
            "1. Funktion: Fleet & Customer Support Specialist",
            "2. Stellenantritt: 1. Juni 2026, Probezeit 3 Monate",
            "3. Pensum: 100 %, 42 Stunden pro Woche",
            "4. Lohn: CHF 78'000 brutto pro Jahr, 13 Monatsloehne",
            "5. Ferien: 25 Arbeitstage pro Kalenderjahr",
            "",
            "Ort, Datum, Unterschrift Arbeitnehmer: ______________________",
        ]}],
    },
    {
        "name": "vbd_dienstvertrag_vorbehalt",
        "kind": "offer", "lang": "de", "company": "Verkehrsbetriebe Donaustadt", "contact": "recruiting@vbd.example.at",
        "frm": "VBD Recruiting <recruiting@vbd.example.at>",
        "subj": "Zusage – Stelle 2026/083 Technische Kundenbetreuung Sharing-Angebote",
        "date": "2026-08-12 10:10 +0200",
        "struct": "mixed", "enc": "iso-8859-1/qp",
        "body": """Sehr geehrter Herr Weißmann-Tanaka!

Wir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission Sie für die Stelle 2026/083
Technische Kundenbetreuung Sharing-Angebote ausgewählt hat.

Die Aufnahme erfolgt vorbehaltlich
1. eines positiven Ergebnisses der arbeitsmedizinischen Eignungsuntersuchung (Termin folgt) und
2. der Vorlage einer Strafregisterbescheinigung, die nicht älter als drei Monate ist.

Den Entwurf Ihres Dienstvertrages (Einstufung KV Verkehrsbetriebe, Verwendungsgruppe C, Eintritt
1. Oktober 2026) finden Sie im Anhang. Bitte retournieren Sie uns bis 26. August ein
unterfertigtes Exemplar oder teilen Sie uns allfällige Fragen mit.

Mit freundlichen Grüßen

Mag.a Daniela Pichler
Personalentwicklung & Recruiting
Verkehrsbetriebe Donaustadt GmbH
Wagramer Straße 174, 1220 Wien
""",
        "att": [{"filename": "Dienstvertrag_Entwurf_2026-083.pdf", "lines": [
            "Verkehrsbetriebe Donaustadt GmbH - DIENSTVERTRAG (Entwurf)",
            "Dienstnehmer: Jonas Weissmann-Tanaka",
            "Verwendung: Technische Kundenbetreuung Sharing-Angebote",
            "Eintritt: 1. Oktober 2026 - Probemonat gemaess Kollektivvertrag",
            "Einstufung: KV Verkehrsbetriebe, Verwendungsgruppe C",
            "Monatsbezug brutto: EUR 3.280,00 (14 x jaehrlich)",
            "Aufschiebende Bedingungen: arbeitsmedizinische Eignung, Strafregisterbescheinigung",
        ]}],
    },
    {
        "name": "kiezcycles_telefonisch_zugesagt",
        "kind": "offer", "lang": "de", "company": "Kiezcycles", "contact": "mo@kiezcycles.example.de",
        "frm": "Mo Haddad <mo@kiezcycles.example.de>",
        "subj": "Re: Kennenlernen Freitag",
        "date": "2026-05-22 18:09 +0200",
        "irt": "<77f0a3b2-kiez-danke@example.de>",
        "refs": ["<9C0E7A1B-3D44-4F0A-A2C1-kiez0511@kiezcycles.example.de>", "<77f0a3b2-kiez-danke@example.de>"],
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Hey Jonas,

wie vorhin am Telefon gesagt: Wir würden dich sehr gerne an Bord holen! Hier nochmal die Eckdaten
schwarz auf weiß, damit du in Ruhe drüber schlafen kannst:

- Rolle: Service & Customer Care Lead (du baust den Support für unsere Abo-Kund*innen auf)
- Start: 1. Juli oder 1. August, wie du magst
- 3.400 € brutto/Monat, nach der Probezeit Review
- 28 Tage Urlaub, Dienstrad natürlich, BVG-Ticket
- Vollzeit, Laden Neukölln + 1 Tag remote

Den Vertrag schickt dir unsere Steuerberaterin nächste Woche, sobald du Ja sagst. Gib mir bis
Mittwoch Bescheid, ok?

Freu mich!
Mo

Am 15.05.2026 um 19:22 schrieb Jonas Weißmann-Tanaka <jonas.wt@example.de>:
> Hi Mo,
>
> danke für das Gespräch heute, hat echt Spaß gemacht. Leider hab ich vergessen zu fragen, ab
> wann ihr jemanden braucht – und ehrlich gesagt habe ich auch noch ein anderes Gespräch
> nächste Woche, eine Absage wäre also nicht das Ende der Welt, aber ich hoffe sehr auf euch :)
>
> Jonas
""",
    },
    {
        "name": "lmd_vertragsangebot_pdf",
        "kind": "offer", "lang": "de", "company": "Leipziger Mobilitätsdienste", "contact": "s.hoffmann@lmd-leipzig.example.de",
        "frm": "\"Hoffmann, Stefanie\" <s.hoffmann@lmd-leipzig.example.de>",
        "subj": "Vertragsangebot Technischer Kundenservice Mobilitätsstationen",
        "date": "2026-07-03 13:37 +0200",
        "struct": "mixed", "enc": "utf-8/qp",
        "body": """Sehr geehrter Herr Weißmann-Tanaka,

nach dem sehr guten Gespräch mit Herrn Dr. Arnold freuen wir uns, Ihnen die Stelle Technischer
Kundenservice Mobilitätsstationen anzubieten.

Anbei erhalten Sie unser Vertragsangebot. Bitte lassen Sie uns bis zum 17. Juli 2026 wissen, ob Sie
das Angebot annehmen. Für Fragen zum Vertrag stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
i. A. Stefanie Hoffmann
Personalreferentin

Leipziger Mobilitätsdienste GmbH
Eutritzscher Straße 12 · 04105 Leipzig
Geschäftsführung: Dipl.-Kfm. Rainer Stolle · Amtsgericht Leipzig HRB 28442
""",
        "html": """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000;">
<p>Sehr geehrter Herr Weißmann-Tanaka,</p>
<p>nach dem sehr guten Gespräch mit Herrn Dr. Arnold freuen wir uns, Ihnen die Stelle <b>Technischer
Kundenservice Mobilitätsstationen</b> anzubieten.</p>
<p>Anbei erhalten Sie unser Vertragsangebot. Bitte lassen Sie uns bis zum 17. Juli 2026 wissen, ob Sie
das Angebot annehmen. Für Fragen zum Vertrag stehe ich Ihnen gern zur Verfügung.</p>
<p>Mit freundlichen Grüßen<br>i. A. Stefanie Hoffmann<br>Personalreferentin</p>
<p style="font-size:8pt;color:#595959;">Leipziger Mobilitätsdienste GmbH · Eutritzscher Straße 12 · 04105 Leipzig<br>
Geschäftsführung: Dipl.-Kfm. Rainer Stolle · Amtsgericht Leipzig HRB 28442</p>
</div>
""",
        "att": [{"filename": "Vertragsangebot_LMD_Weissmann-Tanaka.pdf", "lines": [
            "Leipziger Mobilitaetsdienste GmbH - Vertragsangebot",
            "Stelle: Technischer Kundenservice Mobilitaetsstationen",
            "Beginn: 1. September 2026, unbefristet, Probezeit 6 Monate",
            "Verguetung: TV-N Sachsen, Entgeltgruppe 8, Stufe 2",
            "Arbeitszeit: 39 Stunden pro Woche, Gleitzeit",
            "Annahmefrist: 17. Juli 2026",
        ]}],
    },
    {
        "name": "grachtfiets_offer_letter_pdf",
        "kind": "offer", "lang": "en", "company": "Grachtfiets", "contact": "anouk.devries@grachtfiets.example.nl",
        "frm": "Anouk de Vries <anouk.devries@grachtfiets.example.nl>",
        "subj": "Your offer from Grachtfiets 🎉",
        "date": "2026-05-04 11:30 +0200",
        "struct": "mixed", "enc": "utf-8/qp",
        "body": """Hi Jonas,

It's official - we'd love you to join Grachtfiets as our new Customer Success Associate!

Attached is your offer letter with all the details: start date 1 July 2026, a gross annual salary
of EUR 46,000 plus 8% holiday allowance, a 32-hour option if you want it, and relocation support
of EUR 2,500 for the move to Amsterdam.

The offer is valid until 15 May. If you'd like to talk anything through - salary, start date,
housing tips - just reply here or call me on +31 20 555 0147.

We're really excited!
Anouk

Anouk de Vries
Talent Lead · Grachtfiets
Czaar Peterstraat 118 · 1018 PR Amsterdam
""",
        "att": [{"filename": "Grachtfiets_Offer_Letter_JWT.pdf", "lines": [
            "Grachtfiets B.V. - Offer of Employment",
            "Candidate: Jonas Weissmann-Tanaka",
            "Position: Customer Success Associate, Dealer Success team",
            "Start date: 1 July 2026",
            "Salary: EUR 46,000 gross per year + 8% holiday allowance",
            "Relocation support: EUR 2,500",
            "This offer is valid until 15 May 2026.",
            "Signed: Bram Kuipers, Lead Dealer Success",
        ]}],
    },
    {
        "name": "ashby_loopway_offer_sign",
        "kind": "offer", "lang": "en", "company": "Loopway", "contact": "priya@loopway.example.com",
        "frm": "Loopway via Ashby <no-reply@ashbyhq.com>",
        "rt": "Priya Raman <priya@loopway.example.com>",
        "subj": "Your offer from Loopway is ready to review",
        "date": "2026-07-09 16:04 +0200",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<div style="font-family:system-ui,-apple-system,Segoe UI,sans-serif;font-size:14px;line-height:1.6;color:#0f172a;max-width:560px;">
<p><img src="https://app.ashbyhq.com/api/images/org-theme-logo/loopway.png" alt="Loopway" height="24"></p>
<p>Hi Jonas,</p>
<p>Congratulations! We're thrilled to offer you the position of <b>Customer Success Manager, DACH</b> at Loopway.</p>
<p>Your offer letter is ready. Please review and sign it electronically by <b>July 16, 2026</b>:</p>
<p><a href="https://app.ashbyhq.com/offer/7c2e9a41/review?utm_source=email" style="display:inline-block;background:#16a34a;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;">Review &amp; sign offer</a></p>
<p>If you have questions about compensation, equity or your start date, reply to this email and I'll set up a call.</p>
<p>Welcome (almost) aboard!<br>Priya Raman<br>Head of Customer Success, Loopway</p>
<p style="font-size:11px;color:#94a3b8;">Loopway GmbH · Ritterstraße 12 · 10969 Berlin · Sent with Ashby</p>
{pixel("https://app.ashbyhq.com/api/email/open/lw-offer-0709")}
</div>
""",
    },
    {
        "name": "cykelhuset_verbal_offer_outlook",
        "kind": "offer", "lang": "en", "company": "Cykelhuset Nord", "contact": "mads@cykelhuset-nord.example.dk",
        "frm": "Mads Kjærgaard <mads@cykelhuset-nord.example.dk>",
        "subj": "RE: Thank you",
        "date": "2026-08-25 13:17 +0200",
        "irt": "<DU2PR07MB9090-jonas-thanks@example.de>",
        "refs": ["<CHN-0803-mk-7e21@cykelhuset-nord.example.dk>", "<DU2PR07MB9090-jonas-thanks@example.de>"],
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Hi Jonas,

Great talking to you this morning - and to confirm in writing what I said on the phone: we'd like
to offer you the Aftersales & Dealer Support role.

- Start: 1 October 2026 (or 15 October if you need more time for the move)
- Salary: DKK 36,500 per month, plus 12% pension contribution
- 37-hour week, 6 weeks' holiday
- We cover your first month in our staff flat in Valby

Freja will send you the formal contract by Friday. Take the weekend to think it over, and call me
if anything is unclear.

Best regards,
Mads

From: Jonas Weißmann-Tanaka <jonas.wt@example.de>
Sent: Monday, August 24, 2026 21:05
To: Mads Kjærgaard <mads@cykelhuset-nord.example.dk>
Subject: Thank you

Hi Mads,

Thank you again for the interview and the workshop tour last week. Whatever you decide, I really
enjoyed meeting the team - and if it's a no, I'd still be grateful for feedback.

Best,
Jonas

From: Freja Lund <freja.lund@cykelhuset-nord.example.dk>
Sent: Thursday, August 6, 2026 09:12
To: Jonas Weißmann-Tanaka <jonas.wt@example.de>
Subject: New time with Mads

Hi Jonas,

Mads is back on his feet. He has booked you for Tuesday 18 August at 10:00 at our workshop in
Vesterbro, in person this time. Looking forward to it!

Freja
""",
    },
    {
        "name": "biciciutat_carta_oferta_pdf",
        "kind": "offer", "lang": "es", "company": "BiciCiutat", "contact": "laia.ferrer@biciciutat.example.es",
        "frm": "Laia Ferrer <laia.ferrer@biciciutat.example.es>",
        "subj": "¡Oferta de BiciCiutat!",
        "date": "2026-04-02 12:12 +0200",
        "struct": "mixed", "enc": "utf-8/8bit",
        "body": """Hola Jonas:

¡Qué alegría escribirte esto! Después de la entrevista del lunes, Oriol y yo lo tenemos claro: nos
encantaría que te unieras a BiciCiutat como Técnico de atención al usuario.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, 29.000 € brutos anuales
en 14 pagas, jornada de 40 horas con turnos rotativos de mañana y tarde, e incorporación el 4 de
mayo. También incluimos una ayuda de 600 € para la mudanza.

Necesitaríamos tu respuesta antes del 10 de abril. Si quieres comentar algo, llámame cuando
quieras.

¡Un abrazo!
Laia Ferrer
Talent & Culture · BiciCiutat
Carrer de Pere IV 78 · 08005 Barcelona · +34 931 555 287
""",
        "att": [{"filename": "Carta_oferta_BiciCiutat_JWT.pdf", "lines": [
            "BiciCiutat - Carta de oferta",
            "Candidato: Jonas Weissmann-Tanaka",
            "Puesto: Tecnico de atencion al usuario",
            "Contrato: indefinido, jornada completa (40 h semanales)",
            "Salario: 29.000 EUR brutos anuales en 14 pagas",
            "Incorporacion: 4 de mayo de 2026",
            "Respuesta antes del 10 de abril de 2026",
        ]}],
    },
    {
        "name": "lemanvelo_proposition_permis",
        "kind": "offer", "lang": "fr", "company": "Lémanvélo", "contact": "c.rochat@lemanvelo.example.ch",
        "frm": "Claire Rochat <c.rochat@lemanvelo.example.ch>",
        "subj": "Proposition d'engagement – Responsable SAV Zurich",
        "date": "2026-06-12 16:40 +0200",
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Monsieur,

Suite à votre entretien du 2 juin avec M. Favre, nous avons le plaisir de vous proposer le poste de
Responsable SAV de notre boutique de Zurich.

Conditions principales :
- entrée en fonction le 1er septembre 2026 ;
- salaire annuel brut de CHF 84 500, versé en 13 mensualités ;
- taux d'activité de 100 %, cinq semaines de vacances.

Cette proposition est faite sous réserve de l'obtention de votre autorisation de séjour avec
activité lucrative (permis B), dont nous engagerons la démarche dès réception de votre accord.

Nous vous remercions de nous faire part de votre décision d'ici au 22 juin 2026.

Veuillez agréer, Monsieur, nos salutations les meilleures.

Claire Rochat
Ressources humaines
Lémanvélo SA · Rue de Carouge 58 · 1205 Genève
""",
        "html": """<html><body style="font-family:Georgia,'Times New Roman',serif;font-size:14px;color:#202020;">
<p>Monsieur,</p>
<p>Suite à votre entretien du 2 juin avec M. Favre, nous avons le plaisir de vous proposer le poste de
<b>Responsable SAV</b> de notre boutique de Zurich.</p>
<p>Conditions principales :</p>
<ul><li>entrée en fonction le 1<sup>er</sup> septembre 2026 ;</li>
<li>salaire annuel brut de CHF 84 500, versé en 13 mensualités ;</li>
<li>taux d'activité de 100 %, cinq semaines de vacances.</li></ul>
<p>Cette proposition est faite sous réserve de l'obtention de votre autorisation de séjour avec
activité lucrative (permis B), dont nous engagerons la démarche dès réception de votre accord.</p>
<p>Nous vous remercions de nous faire part de votre décision d'ici au 22 juin 2026.</p>
<p>Veuillez agréer, Monsieur, nos salutations les meilleures.</p>
<p>Claire Rochat<br>Ressources humaines<br><b>Lémanvélo SA</b> · Rue de Carouge 58 · 1205 Genève</p>
</body></html>
""",
    },
]

MESSAGES: list[dict] = [*ACKS, *OFFERS]
