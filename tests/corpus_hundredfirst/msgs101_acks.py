"""Application acknowledgements and offers for the hundred-and-first corpus, written by hand.

Acknowledgements include the ones that warn "if you hear nothing, consider it unsuccessful" and
job-platform confirmations naming the employer; offers are written, verbal-confirmed,
conditional, or contracts to sign with a PDF.
"""

from __future__ import annotations

from msgs101_common import (
    ats_shell,
    mso,
    outlook_html,
    paras,
    pixel,
    quoted,
    trk,
)

SPECS: list[dict] = []

# ================================================================ application_received

SPECS.append({
    "scenario": "personio_stadtpark_eingang",
    "kind": "application_received", "company": "Stadtpark Hotels Wien", "contact": "", "language": "de",
    "from": ("Stadtpark Hotels Wien", "no-reply@personio.de"),
    "subject": "Vielen Dank für Ihre Bewerbung – Revenue & Reservations Manager",
    "date": "2026-07-29 19:41",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        logo="https://stadtpark-hotels.jobs.personio.de/assets/logo-email.png",
        logo_alt="Stadtpark Hotels Wien",
        accent="#166534",
        body=paras("""Liebe Frau Obermoser-Adeyemi,

vielen Dank für Ihre Bewerbung als Revenue & Reservations Manager (m/w/d) und Ihr Interesse an den Stadtpark Hotels Wien.

Ihre Unterlagen sind vollständig bei uns eingegangen. Unser Team sieht sich Ihre Bewerbung in den nächsten zwei Wochen genau an, und wir melden uns anschließend mit einer Rückmeldung bei Ihnen.

Den Status Ihrer Bewerbung können Sie jederzeit über Ihren persönlichen Bewerbungslink einsehen.""")
        + f'\n<p><a href="{trk("email.personio.de", "stadtpark-status")}" style="color:#166534">Bewerbungsstatus ansehen</a></p>\n'
        + paras("Herzliche Grüße\nIhr People-Team der Stadtpark Hotels Wien"),
        footer=("Stadtpark Hotels Wien Betriebs GmbH · Johannesgasse 28 · 1010 Wien · FN 445120 z<br>"
                "Diese E-Mail wurde automatisch erstellt, bitte antworten Sie nicht darauf."),
        open_px=pixel("email.personio.de", "stp0729"),
    ),
})

SPECS.append({
    "scenario": "mirabell_no_individual_reply_4_weeks",
    "to": "k.obermoser@example.at",
    "kind": "application_received", "company": "Kongresshaus Mirabell Salzburg", "contact": "", "language": "de",
    "from": ("Kongresshaus Mirabell - Bewerbungen", "bewerbung@kongress-mirabell.example.at"),
    "subject": "Automatische Eingangsbestätigung: Bewerbung Veranstaltungsmanagement",
    "date": "2026-01-08 23:02",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "text": """Sehr geehrte Bewerberin, sehr geehrter Bewerber,

wir bestätigen den Eingang Ihrer Bewerbung und danken für Ihr Interesse am Kongresshaus Mirabell Salzburg.

Aufgrund der sehr großen Zahl an Zuschriften ist es uns leider nicht möglich, jede Bewerbung einzeln zu beantworten. Sollten Sie innerhalb von vier Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung bitte als nicht erfolgreich. Wir bitten Sie, von telefonischen Nachfragen abzusehen.

Ihre Daten werden gemäß DSGVO nach Abschluss des Verfahrens gelöscht.

Kongresshaus Mirabell Salzburg
Personalbüro
Auerspergstraße 6, 5020 Salzburg
""",
})

SPECS.append({
    "scenario": "hotelkarriere_platform_wolfgangsee",
    "kind": "application_received", "company": "Seeresort Wolfgangsee", "contact": "", "language": "de",
    "from": ("hotelkarriere.at", "bewerbung@mail.hotelkarriere.example.at"),
    "subject": "Deine Bewerbung wurde erfolgreich versendet ✔",
    "date": "2026-04-02 08:18",
    "headers": {"List-Unsubscribe": "<https://www.hotelkarriere.example.at/abmelden?u=k0b3m>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": f"""<html><body style="margin:0;background:#fafafa;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:20px 0">
<tr><td style="padding:18px 24px;background:#e11d48"><img src="https://cdn.hotelkarriere.example.at/mail/logo-white.png" alt="hotelkarriere.at – Jobs in Hotellerie &amp; Gastronomie" height="30"></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#222;line-height:22px">
<p>Hallo Katharina,</p>
<p>deine Bewerbung ist unterwegs! Wir haben sie soeben an folgenden Arbeitgeber übermittelt:</p>
<table cellpadding="8" style="border:1px solid #eee;width:100%;font-size:14px">
<tr><td><b>Assistant Front Office Manager (m/w/d) – Ganzjahresstelle</b><br>Seeresort Wolfgangsee · St. Gilgen, Salzburg<br>Eingestellt am 27.03.2026</td></tr>
</table>
<p>Der Arbeitgeber meldet sich direkt bei dir. Tipp: Halte dein Profil aktuell, dann wirst du von passenden Betrieben leichter gefunden.</p>
<p><a href="{trk("click.hotelkarriere.example.at", "meine-bewerbungen")}" style="background:#e11d48;color:#fff;padding:10px 16px;text-decoration:none;border-radius:20px">Meine Bewerbungen</a></p>
<p style="font-size:13px;color:#555">Ähnliche Jobs: <a href="{trk("click.hotelkarriere.example.at", "sim-1")}">Rezeptionsleitung, Zell am See</a> · <a href="{trk("click.hotelkarriere.example.at", "sim-2")}">Reservierungsleitung, Salzburg Stadt</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999;border-top:1px solid #eee">
hotelkarriere.at ist ein Service der Alpen Jobmedien GmbH, Linzer Gasse 9, 5020 Salzburg.<br>
Du erhältst diese E-Mail, weil du dich über hotelkarriere.at beworben hast. <a href="https://www.hotelkarriere.example.at/abmelden?u=k0b3m" style="color:#999">E-Mail-Einstellungen</a>
</td></tr></table>
</td></tr></table>
{pixel("click.hotelkarriere.example.at", "hk0402")}
</body></html>
""",
})

SPECS.append({
    "scenario": "softgarden_danubia_eingang_replyto",
    "kind": "application_received", "company": "Danubia River Cruises", "contact": "karriere@danubia-cruises.example.at", "language": "de",
    "from": ("Danubia River Cruises über softgarden", "noreply@softgarden.io"),
    "reply_to": ("Danubia Karriere", "karriere@danubia-cruises.example.at"),
    "subject": "Eingangsbestätigung – Revenue & Inventory Manager (Landbüro Wien)",
    "date": "2026-08-31 10:06", "tz": "utc",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hallo Katharina,

schön, dass du wieder an Bord kommen möchtest – diesmal an Land! Deine Bewerbung als Revenue & Inventory Manager für unser Büro in Wien ist bei uns angekommen.

Wie geht es weiter? Unser Team schaut sich alle Unterlagen bis Mitte September an. Wenn wir dich kennenlernen möchten, melden wir uns mit einem Terminvorschlag.

Du hast Fragen zur Stelle? Antworte einfach auf diese E-Mail, sie geht an unser Karriere-Team.

Ahoi!
Dein Crew-Recruiting-Team
Danubia River Cruises GmbH · Handelskai 265 · 1020 Wien
""",
    "html": ats_shell(
        logo="https://static.softgarden.io/public/danubia/logo-mail.png",
        logo_alt="Danubia River Cruises – Flusskreuzfahrten ab Wien",
        accent="#0e7490",
        body=paras("""Hallo Katharina,

schön, dass du wieder an Bord kommen möchtest – diesmal an Land! Deine Bewerbung als Revenue & Inventory Manager für unser Büro in Wien ist bei uns angekommen.

Wie geht es weiter? Unser Team schaut sich alle Unterlagen bis Mitte September an. Wenn wir dich kennenlernen möchten, melden wir uns mit einem Terminvorschlag.

Du hast Fragen zur Stelle? Antworte einfach auf diese E-Mail, sie geht an unser Karriere-Team.

Ahoi!
Dein Crew-Recruiting-Team"""),
        footer="Danubia River Cruises GmbH · Handelskai 265 · 1020 Wien",
        open_px=pixel("t.softgarden.io", "dan0831"),
    ),
})

SPECS.append({
    "scenario": "kaiserhof_owner_got_it",
    "kind": "application_received", "company": "Hotel Kaiserhof Salzburg", "contact": "m.rainer@kaiserhof-sbg.example.at", "language": "de",
    "from": ("Maximilian Rainer", "m.rainer@kaiserhof-sbg.example.at"),
    "subject": "AW: Bewerbung Leitung Empfang & Reservierung",
    "date": "2026-02-02 12:40",
    "thread": ["<F7A3D2C1-0B9E-4D8C-A7B6-5E4F3D2C1B0A@example.at>"],
    "mid_style": "outlook",
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "text": """Liebe Frau Obermoser-Adeyemi,

danke, Ihre Unterlagen sind gut bei uns angekommen! Wir sind gerade mitten in den Semesterferien und das Haus ist voll, ich schaue mir alles in Ruhe am Wochenende an und melde mich dann nächste Woche bei Ihnen.

Herzliche Grüße
Maximilian Rainer
Hotel Kaiserhof Salzburg

""" + quoted("Am 01.02.2026 um 20:14 schrieb Katharina Obermoser-Adeyemi <k.obermoser@example.at>:", """Sehr geehrter Herr Rainer,

anbei sende ich Ihnen meine Bewerbung für die Leitung Empfang & Reservierung. Über eine Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Katharina Obermoser-Adeyemi"""),
})

SPECS.append({
    "scenario": "skt_amtlich_kennzahl",
    "kind": "application_received", "company": "Salzburger Kongress- und Tourismusbetriebe", "contact": "personal@skt-salzburg.example.at", "language": "de",
    "from": ("SKT Personalverwaltung", "personal@skt-salzburg.example.at"),
    "subject": "Eingangsbestätigung Ihrer Bewerbung - Kennzahl SKT-2026-031",
    "date": "2026-06-22 08:55",
    "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "header_charset": "iso-8859-1",
    "text": """Sehr geehrte Frau Obermoser-Adeyemi,

wir bestätigen den Eingang Ihrer Bewerbung vom 19. Juni 2026 für die ausgeschriebene Stelle

"Leiterin/Leiter Gästeservice und Ertragssteuerung" (Kennzahl SKT-2026-031, Entlohnungsschema II, Stufe 4).

Die Bewerbungsfrist endet am 10. Juli 2026. Nach Ablauf der Frist prüft die Auswahlkommission alle fristgerecht eingelangten Bewerbungen. Sie werden über den weiteren Verlauf des Verfahrens schriftlich informiert.

Bitte geben Sie bei Rückfragen stets die oben angeführte Kennzahl an.

Mit freundlichen Grüßen

Für die Geschäftsführung
Ing. Walter Pichler
Personalverwaltung

Salzburger Kongress- und Tourismusbetriebe GmbH
Ein Unternehmen der Stadt Salzburg
Mozartplatz 5, 5020 Salzburg
""",
})

SPECS.append({
    "scenario": "oerlikon_dossier_eingang",
    "kind": "application_received", "company": "Eventhallen Oerlikon", "contact": "personal@eventhallen-oerlikon.example.ch", "language": "de",
    "from": ("Eventhallen Oerlikon", "personal@eventhallen-oerlikon.example.ch"),
    "subject": "Ihr Dossier: Leiterin Venue Operations",
    "date": "2026-06-05 14:03",
    "structure": "alt", "charset": "windows-1252", "cte": "quoted-printable",
    "header_charset": "windows-1252",
    "text": """Guten Tag Frau Obermoser-Adeyemi

Wir bestätigen den Eingang Ihres Dossiers für die Stelle als Leiterin Venue Operations und danken Ihnen für Ihr Interesse an den Eventhallen Oerlikon.

Ihre Unterlagen werden nun von der Geschäftsleitung geprüft. Wir werden uns bis spätestens Ende Juni bei Ihnen melden – bei Fragen stehen wir Ihnen unter dieser Adresse gerne zur Verfügung.

Freundliche Grüsse

Nadja Keller
Personal & Administration
Eventhallen Oerlikon
Thurgauerstrasse 80 · 8050 Zürich
""",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Guten Tag Frau Obermoser-Adeyemi</p>
<p>Wir bestätigen den Eingang Ihres Dossiers für die Stelle als Leiterin Venue Operations und danken Ihnen für Ihr Interesse an den Eventhallen Oerlikon.</p>
<p>Ihre Unterlagen werden nun von der Geschäftsleitung geprüft. Wir werden uns bis spätestens Ende Juni bei Ihnen melden – bei Fragen stehen wir Ihnen unter dieser Adresse gerne zur Verfügung.</p>
<p>Freundliche Grüsse</p>
<p>Nadja Keller<br>Personal &amp; Administration<br><b>Eventhallen Oerlikon</b><br>Thurgauerstrasse 80 · 8050 Zürich</p>
<p><img src="https://www.eventhallen-oerlikon.example.ch/signatur/eho-logo.png" alt="Eventhallen Oerlikon – Halle 1 | Halle 2 | Foyer" width="180"></p>
</body></html>
""",
})

SPECS.append({
    "scenario": "hoga_pool_bewerbung",
    "kind": "application_received", "company": "HOGA Personal Consult", "contact": "m.yilmaz@hoga-consult.example.de", "language": "de",
    "from": ("Mehmet Yilmaz - HOGA Personal Consult", "m.yilmaz@hoga-consult.example.de"),
    "subject": "Ihre Bewerbung bei HOGA Personal Consult",
    "date": "2026-05-18 09:30",
    "mid_style": "outlook",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hallo Frau Obermoser-Adeyemi,

vielen Dank für Ihre Bewerbung über unsere Website – Ihre Unterlagen sind vollständig bei mir angekommen.

Ich betreue bei HOGA die Positionen im Bereich Front Office, Reservierung und Revenue für Hotels in Berlin, München und Hamburg. Ich sehe mir Ihr Profil in den nächsten Tagen genau an und gleiche es mit unseren laufenden Suchaufträgen ab. Für ein erstes Telefonat melde ich mich dann bei Ihnen.

Beste Grüße
Mehmet Yilmaz
Senior Consultant Hotellerie

HOGA Personal Consult GmbH
Friedrichstraße 95 | 10117 Berlin
Geschäftsführer: Andreas Klee | Amtsgericht Charlottenburg HRB 140223 B
""",
})

SPECS.append({
    "scenario": "successfactors_ostalpen_eingang",
    "kind": "application_received", "company": "Ostalpen Hotels", "contact": "", "language": "de",
    "from": ("Ostalpen Hotels Karriere", "ostalpenhotels@successfactors.eu"),
    "subject": "Bewerbungseingang – Req. 4471 Revenue Manager Wien",
    "date": "2026-08-20 21:47", "tz": "utc",
    "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_shell(
        logo="https://career5.successfactors.eu/companyLogo?company=ostalpenP",
        logo_alt="Ostalpen Hotels",
        accent="#b91c1c",
        body=paras("""Sehr geehrte Frau Obermoser-Adeyemi,

herzlichen Dank für Ihre Bewerbung als Revenue Manager (m/w/d), Req. 4471, für unsere Wiener Häuser.

Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann. Über den Stand Ihrer Bewerbung informieren wir Sie per E-Mail.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Ostalpen Hotels"""),
        footer=("Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse können nicht bearbeitet werden.<br>"
                "Ostalpen Hotels AG · Schottenring 18 · 1010 Wien · FN 99821 p · Handelsgericht Wien"),
        open_px=pixel("links.successfactors.eu", "oh4471a"),
    ),
})

SPECS.append({
    "scenario": "workable_zimmerwerk_du",
    "kind": "application_received", "company": "Zimmerwerk", "contact": "", "language": "de",
    "from": ("Zimmerwerk", "noreply@workablemail.com"),
    "subject": "Bewerbung eingegangen – das passiert als Nächstes",
    "date": "2026-10-05 11:27", "tz": "utc",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Katharina,

danke für deine Bewerbung als Revenue Consultant Hotellerie bei Zimmerwerk! 🎉

So geht's weiter:
1. Wir lesen jede Bewerbung selbst – kein Algorithmus sortiert dich aus.
2. Innerhalb von 10 Tagen bekommst du von uns eine Rückmeldung.
3. Wenn's passt, laden wir dich zu einem 30-minütigen Video-Call mit Lea (Head of Revenue Consulting) ein.

Bis bald!
Dein Zimmerwerk-Team

Zimmerwerk GmbH · Gneisenaustraße 66 · 10961 Berlin
Diese Nachricht wurde über Workable versendet. Antworten auf diese E-Mail werden nicht gelesen.
""",
    "html": ats_shell(
        logo="https://workable-application-form.s3.amazonaws.com/zimmerwerk/logo.png",
        logo_alt="Zimmerwerk – smarter Hotelvertrieb",
        accent="#f59e0b",
        body=paras("""Hi Katharina,

danke für deine Bewerbung als Revenue Consultant Hotellerie bei Zimmerwerk! 🎉""")
        + """
<ol style="margin:0 0 14px 18px;padding:0">
<li>Wir lesen jede Bewerbung selbst – kein Algorithmus sortiert dich aus.</li>
<li>Innerhalb von 10 Tagen bekommst du von uns eine Rückmeldung.</li>
<li>Wenn's passt, laden wir dich zu einem 30-minütigen Video-Call mit Lea (Head of Revenue Consulting) ein.</li>
</ol>
""" + paras("Bis bald!\nDein Zimmerwerk-Team"),
        footer=("Zimmerwerk GmbH · Gneisenaustraße 66 · 10961 Berlin<br>"
                "Diese Nachricht wurde über Workable versendet. Antworten auf diese E-Mail werden nicht gelesen."),
        open_px=pixel("email.workablemail.com", "zw1005"),
    ),
})

SPECS.append({
    "scenario": "workday_meridia_thank_you",
    "kind": "application_received", "company": "Meridia Hospitality Group", "contact": "", "language": "en",
    "from": ("Meridia Hospitality Group", "meridiahospitality@myworkday.com"),
    "subject": "Thank you for applying - Assistant Director of Revenue (R-24417)",
    "date": "2026-01-16 03:12", "tz": "utc",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        logo="https://wd3.myworkdaycdn.com/meridiahospitality/logo_email.png",
        logo_alt="Meridia Hospitality Group - Hotels & Resorts",
        accent="#8a6d3b",
        body=paras("""Dear Katharina,

Thank you for your application for Assistant Director of Revenue (R-24417) at Meridia Hospitality Group, Dubai.

We have successfully received your application. Our Talent Acquisition team will review your qualifications against the requirements of the role. If your profile matches, a member of the team will contact you to discuss next steps.

You can review the status of your application at any time in your Candidate Home account.""")
        + f'\n<p style="margin:18px 0"><a href="{trk("email.wd3.myworkday.com", "meridia-candidate-home")}" style="background:#8a6d3b;color:#ffffff;padding:10px 18px;text-decoration:none">Candidate Home</a></p>\n'
        + paras("Warm regards,\nTalent Acquisition\nMeridia Hospitality Group"),
        footer=("This email was sent from an unmonitored mailbox. Please do not reply.<br>"
                "Meridia Hospitality Group, Level 21, Marina Plaza, Dubai, United Arab Emirates"),
        open_px=pixel("email.wd3.myworkday.com", "mhg0116"),
    ),
})

SPECS.append({
    "scenario": "desertpearl_high_volume_4_weeks",
    "to": ("k.obermoser@example.at", "k.obermoser@example.at"),
    "kind": "application_received", "company": "Desert Pearl Resorts", "contact": "", "language": "en",
    "from": ("Desert Pearl Resorts Careers", "careers@desertpearl.example.com"),
    "subject": "RE: Application - Front Office Manager, Desert Pearl Jumeirah",
    "date": "2026-01-28 09:05", "tz": "dxb",
    "thread": ["<3C1F22A8-7D52-4B0E-9E44-5A1D0B0C6E11@example.at>"],
    "headers": {"Auto-Submitted": "auto-replied"},
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Thank you for your interest in joining Desert Pearl Resorts.

This is an automatic confirmation that your application has been received by our Human Resources team.

Due to the high volume of applications we receive, we are unable to reply to every applicant individually. Shortlisted candidates will be contacted within four weeks. If you do not hear from us within this period, please consider your application unsuccessful on this occasion.

We appreciate your understanding.

Human Resources
Desert Pearl Resorts, Jumeirah Beach Road, Dubai
""",
})

SPECS.append({
    "scenario": "lever_atlantica_received",
    "kind": "application_received", "company": "Atlantica Airways", "contact": "", "language": "en",
    "from": ("Atlantica Airways", "no-reply@hire.lever.co"),
    "subject": "Thanks for applying to Atlantica Airways",
    "date": "2026-05-21 13:47", "tz": "lis",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Hi Katharina,

Thank you for applying for the Ancillary Revenue Manager position at Atlantica Airways! We've received your application and our team will review it carefully.

If your experience is a match, a member of our People & Culture team will be in touch to arrange next steps. In the meantime, feel free to learn more about life at Atlantica on our careers page.

Best,
People & Culture
Atlantica Airways

--
Atlantica Airways, S.A. - Rua do Aeroporto 12, 1700-111 Lisboa
Sent via Lever. Unsubscribe: https://hire.lever.co/unsubscribe/atlantica-airways/3f9c1a
""",
})

SPECS.append({
    "scenario": "hospitalityjobs_platform_tejo",
    "kind": "application_received", "company": "Tejo Hotels & Suites", "contact": "", "language": "en",
    "from": ("HospitalityJobs", "applications@notify.hospitalityjobs.example.com"),
    "subject": "Your application to Tejo Hotels & Suites has been sent",
    "date": "2026-04-24 20:15", "tz": "utc",
    "headers": {"List-Unsubscribe": "<mailto:unsubscribe@notify.hospitalityjobs.example.com?subject=unsub-k0b>, <https://www.hospitalityjobs.example.com/u/k0b>"},
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<!DOCTYPE html><html><body style="margin:0;padding:0;background:#f0f4f8">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:20px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:20px 28px"><img src="https://cdn.hospitalityjobs.example.com/email/hj-logo.png" alt="HospitalityJobs" height="28"></td></tr>
<tr><td style="padding:0 28px 10px 28px;font-size:22px;color:#0b3d91">Application sent!</td></tr>
<tr><td style="padding:0 28px;font-size:15px;color:#333;line-height:22px">
<p>Hi Katharina, your application has been sent to the employer:</p>
<table width="100%" cellpadding="10" style="background:#f7f9fc;border-radius:6px;font-size:14px"><tr>
<td width="56"><img src="https://cdn.hospitalityjobs.example.com/logos/tejo-hotels.png" alt="Tejo Hotels &amp; Suites" width="48"></td>
<td><b>Front Office &amp; Revenue Manager</b><br>Tejo Hotels &amp; Suites · Lisbon, Portugal<br><span style="color:#777">Full-time · Relocation support</span></td></tr></table>
<p>What happens next? The employer reviews your CV and cover letter. If they're interested, they'll contact you directly by email or phone. Good luck!</p>
<p><a href="{trk("click.hospitalityjobs.example.com", "my-applications")}" style="color:#0b3d91;font-weight:bold">Track your applications</a></p>
<p style="font-size:13px">Jobs you may like: <a href="{trk("click.hospitalityjobs.example.com", "rec-porto")}">Revenue Analyst, Porto</a> · <a href="{trk("click.hospitalityjobs.example.com", "rec-madrid")}">Reservations Manager, Madrid</a></p>
</td></tr>
<tr><td style="padding:18px 28px;font-size:11px;color:#8a94a6">You are receiving this because you applied through HospitalityJobs. HospitalityJobs Ltd, 1 Dock Road, Dublin 2, Ireland. <a href="https://www.hospitalityjobs.example.com/u/k0b" style="color:#8a94a6">Unsubscribe</a> · <a href="{trk("click.hospitalityjobs.example.com", "privacy")}" style="color:#8a94a6">Privacy</a></td></tr>
</table></td></tr></table>
{pixel("click.hospitalityjobs.example.com", "hj0424")}
</body></html>
""",
})

SPECS.append({
    "scenario": "icims_pricepilot_received",
    "kind": "application_received", "company": "Pricepilot", "contact": "", "language": "en",
    "from": ("Pricepilot Careers", "pricepilot-careers@icims.com"),
    "subject": "We received your application - Revenue Strategy Consultant (DACH)",
    "date": "2026-09-10 14:09", "tz": "utc",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hello Katharina,

Thank you for applying for the Revenue Strategy Consultant (DACH) position at Pricepilot. This email confirms that we have received your application.

Our recruiting team reviews every application. We will be in touch if your qualifications match our needs for this role.

Best regards,
Pricepilot Talent Team

Pricepilot SAS · 42 rue du Faubourg Poissonnière · 75010 Paris
You are receiving this message because you applied via the Pricepilot careers portal. This mailbox is not monitored.
""",
})

SPECS.append({
    "scenario": "brennan_got_your_cv_mobile",
    "kind": "application_received", "company": "Creekside Events Arena", "contact": "olivia.brennan@brennanhart.example.com", "language": "en",
    "from": ("Olivia Brennan", "olivia.brennan@brennanhart.example.com"),
    "subject": "Re: Venue Operations Manager - Dubai",
    "date": "2026-08-03 07:58", "tz": "lon",
    "thread": ["<0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0@example.at>"],
    "mid_style": "apple",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Got it, thanks Katharina! CV and cover note look great. I'm sending them over to Creekside Events Arena this morning and will chase them end of week.

Olivia

Sent from my iPhone

""" + quoted("On 2 Aug 2026, at 21:37, Katharina Obermoser-Adeyemi <k.obermoser@example.at> wrote:", """Hi Olivia,

As discussed, here are my updated CV and a short cover note for the Venue Operations Manager role. Let me know if anything is missing.

Best,
Katharina"""),
})

SPECS.append({
    "scenario": "smartrecruiters_lumiere_accuse",
    "kind": "application_received", "company": "Groupe Hôtelier Lumière", "contact": "", "language": "fr",
    "from": ("Groupe Hôtelier Lumière", "noreply@smartrecruiters.com"),
    "subject": "Accusé de réception – Responsable Revenue Management, Paris 8e",
    "date": "2026-02-20 10:31", "tz": "utc",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/ghl/logo_200.png",
        logo_alt="Groupe Hôtelier Lumière",
        accent="#1b3a5c",
        body=paras("""Bonjour Katharina,

Nous accusons bonne réception de votre candidature au poste de Responsable Revenue Management et vous remercions de l'intérêt que vous portez au Groupe Hôtelier Lumière.

Votre dossier va être étudié avec attention par notre équipe recrutement ainsi que par le manager opérationnel. Nous reviendrons vers vous dans les meilleurs délais.

Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

À très bientôt,
L'équipe Recrutement
Groupe Hôtelier Lumière"""),
        footer=("Ce message vous a été envoyé automatiquement, merci de ne pas y répondre.<br>"
                "Lumière Hôtels &amp; Résidences SAS – 14 rue de Marignan, 75008 Paris"),
        open_px=pixel("email.smartrecruiters.com", "ghl0220"),
    ),
})

SPECS.append({
    "scenario": "valmont_spontanee_transmise",
    "kind": "application_received", "company": "Maison Valmont", "contact": "talents@maisonvalmont.example.fr", "language": "fr",
    "from": ("Maison Valmont - Talents", "talents@maisonvalmont.example.fr"),
    "subject": "Re: Candidature spontanée - revenue management",
    "date": "2026-01-22 16:44",
    "thread": ["<8f3e1c20-valmont-spontanee@example.at>"],
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "header_charset": "windows-1252",
    "text": """Chère Madame,

Nous avons bien reçu votre candidature spontanée et vous en remercions.

Votre dossier a été transmis à notre directrice des opérations, Mme Baptiste, qui l’étudiera au cours des prochaines semaines en vue de nos besoins pour la saison 2026. Nous ne manquerons pas de revenir vers vous.

Bien cordialement,

Juliette Marchand
Chargée des talents
Maison Valmont – Hôtels particuliers à Paris
27 rue Jacob · 75006 Paris
""",
})

SPECS.append({
    "scenario": "emploi_hotellerie_platform_bercy",
    "kind": "application_received", "company": "Pavillon des Congrès de Bercy", "contact": "", "language": "fr",
    "from": ("Emploi-Hôtellerie", "ne-pas-repondre@emploi-hotellerie.example.fr"),
    "subject": "Votre candidature a bien été envoyée",
    "date": "2026-06-08 07:40",
    "headers": {"List-Unsubscribe": "<https://www.emploi-hotellerie.example.fr/desinscription?id=98213>"},
    "structure": "alt", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "text": """Bonjour Katharina,

Votre candidature a bien été envoyée au recruteur :

Cheffe de projet événementiel (H/F) - réf. PCB-EVT-2026-08
Pavillon des Congrès de Bercy - Paris 12e - CDI

Le recruteur vous contactera directement si votre profil l'intéresse.

Bonne chance !
L'équipe Emploi-Hôtellerie

Vous recevez cet e-mail car vous avez postulé via Emploi-Hôtellerie. Se désinscrire : https://www.emploi-hotellerie.example.fr/desinscription?id=98213
""",
    "html": f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;background:#f6f6f6;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 24px;border-bottom:3px solid #7c3aed"><img src="https://www.emploi-hotellerie.example.fr/img/mail-logo.png" alt="Emploi-Hôtellerie" height="30"></td></tr>
<tr><td style="padding:22px 24px;font-size:14px;color:#333">
<p>Bonjour Katharina,</p>
<p>Votre candidature a bien été envoyée au recruteur :</p>
<p style="background:#f3f0ff;padding:12px"><b>Cheffe de projet événementiel (H/F)</b> - réf. PCB-EVT-2026-08<br>Pavillon des Congrès de Bercy - Paris 12e - CDI</p>
<p>Le recruteur vous contactera directement si votre profil l'intéresse.</p>
<p><a href="{trk("trk.emploi-hotellerie.example.fr", "mes-candidatures")}" style="color:#7c3aed">Voir mes candidatures</a></p>
<p>Bonne chance !<br>L'équipe Emploi-Hôtellerie</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#999">Vous recevez cet e-mail car vous avez postulé via Emploi-Hôtellerie. <a href="https://www.emploi-hotellerie.example.fr/desinscription?id=98213">Se désinscrire</a></td></tr>
</table>
{pixel("trk.emploi-hotellerie.example.fr", "eh0608")}
</body></html>
""",
})

SPECS.append({
    "scenario": "teamtailor_marenostrum_recibida_tu",
    "kind": "application_received", "company": "Cruceros Mare Nostrum", "contact": "", "language": "es",
    "from": ("Cruceros Mare Nostrum", "no-reply@teamtailor-mail.com"),
    "subject": "¡Hemos recibido tu candidatura!",
    "date": "2026-04-29 15:02", "tz": "utc",
    "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_shell(
        logo="https://assets.teamtailor-cdn.com/marenostrum/logo.png",
        logo_alt="Cruceros Mare Nostrum",
        accent="#0a6e8a",
        body=paras("""¡Hola Katharina!

Gracias por tu interés en el puesto de Revenue Analyst en nuestra oficina de Lisboa. Hemos recibido tu candidatura correctamente.

Nuestro equipo de Personas revisará tu perfil en las próximas semanas. Si encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.

¡Mucha suerte y buen viento!
Equipo de Personas
Cruceros Mare Nostrum"""),
        footer=("Cruceros Mare Nostrum S.L. · Moll de Barcelona s/n, 08039 Barcelona<br>"
                f'<a href="{trk("link.teamtailor-mail.com", "mn-privacy")}">Política de privacidad</a>'),
        open_px=pixel("link.teamtailor-mail.com", "mn0429"),
    ),
})

SPECS.append({
    "scenario": "empleohosteleria_platform_atlantida",
    "kind": "application_received", "company": "Hoteles Atlántida", "contact": "", "language": "es",
    "from": ("EmpleoHostelería", "avisos@empleohosteleria.example.es"),
    "subject": "Tu candidatura se ha enviado a Hoteles Atlántida",
    "date": "2026-04-27 21:10",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola Katharina,

Tu candidatura para la oferta "Jefe/a de Recepción - Atlántida Lisboa Avenida" se ha enviado correctamente a Hoteles Atlántida.

Estado: Recibida por la empresa
Fecha: 27/04/2026

La empresa revisará tu CV. Te avisaremos por email cuando cambie el estado de tu candidatura.

Consulta todas tus candidaturas en: https://www.empleohosteleria.example.es/mis-candidaturas

El equipo de EmpleoHostelería
--
Has recibido este email porque estás registrada en EmpleoHostelería. Para darte de baja de los avisos, entra en tu perfil.
""",
})

# ================================================================ offer

SPECS.append({
    "scenario": "alpenrose_vertragsangebot_pdf",
    "kind": "offer", "company": "Alpenrose Hotels & Resorts", "contact": "verena.hofinger@alpenrose-hotels.example.at", "language": "de",
    "from": ("Verena Hofinger", "verena.hofinger@alpenrose-hotels.example.at"),
    "cc": [("Markus Thaler", "markus.thaler@alpenrose-hotels.example.at")],
    "subject": "Vertragsangebot Revenue Manager (m/w/d) Tirol Süd",
    "date": "2026-04-08 16:12",
    "mid_style": "outlook",
    "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Sehr geehrte Frau Obermoser-Adeyemi,

es freut uns sehr, Ihnen nach dem nachgeholten Gespräch mit Herrn Thaler und mir am 30. März die Position als Revenue Manager (m/w/d) für unsere Häuser in Süd- und Osttirol anbieten zu dürfen.

Die wesentlichen Eckpunkte:
- Eintritt: 1. Juni 2026, Dienstort Innsbruck mit regelmäßigen Aufenthalten in Bruneck und Lienz
- Bruttomonatsgehalt: EUR 4.350,– (14 Mal jährlich) zzgl. variabler Bonus bis zu 10 %
- Einstufung nach KV Hotel- und Gastgewerbe, Überzahlung einvernehmlich
- Dienstwohnung in Innsbruck für die ersten sechs Monate möglich

Das vollständige Angebot finden Sie im Anhang. Wir bitten um Ihre Rückmeldung bis zum 17. April 2026. Für Fragen stehe ich Ihnen jederzeit gerne zur Verfügung.

Wir würden uns sehr freuen, Sie bald in unserem Team begrüßen zu dürfen!

Freundliche Grüße
Verena Hofinger
Talent Acquisition
Alpenrose Hotels & Resorts GmbH
Maria-Theresien-Straße 31, 6020 Innsbruck
""",
    "attachments": [{
        "filename": "Angebot_Obermoser-Adeyemi_Revenue_Manager.pdf",
        "title": "Alpenrose Hotels & Resorts - Vertragsangebot",
        "lines": ["Frau Katharina Obermoser-Adeyemi", "Innsbruck, 8. April 2026", "",
                  "Position: Revenue Manager (m/w/d) Tirol Sued", "Eintritt: 1. Juni 2026",
                  "Bruttomonatsgehalt: EUR 4.350,- (14x)", "Variabler Bonus: bis zu 10 %",
                  "Probezeit: 1 Monat", "Angebot gueltig bis: 17. April 2026", "",
                  "Verena Hofinger, Talent Acquisition"],
    }],
})

SPECS.append({
    "scenario": "brunnerwirt_telefonisch_zugesagt",
    "kind": "offer", "company": "Hotel Gasthof Brunnerwirt", "contact": "brunnerwirt@igls-hotel.example.at", "language": "de",
    "from": ("Hotel Gasthof Brunnerwirt", "brunnerwirt@igls-hotel.example.at"),
    "subject": "Wie besprochen",
    "date": "2026-02-09 19:22",
    "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "header_charset": "iso-8859-1",
    "text": """Liebe Frau Obermoser-Adeyemi,

wie heute am Telefon besprochen, möchten wir Sie sehr gerne als Rezeptionsleiterin bei uns im Brunnerwirt haben! Meine Frau und ich haben nach Ihrem Besuch am Samstag nicht lange überlegen müssen.

Damit Sie es schwarz auf weiß haben:
- Beginn 1. April, Ganzjahresstelle, 5-Tage-Woche
- 3.200 Euro brutto im Monat, dazu Kost und ein Personalzimmer, wenn Sie es brauchen
- nach der Probezeit reden wir über die Reservierung und die Preise, da wollen wir mit Ihnen mehr machen

Den Dienstvertrag macht unser Steuerberater fertig, den schicke ich Ihnen nächste Woche. Bitte geben Sie mir bis Ende der Woche Bescheid, ob Sie zusagen.

Schöne Grüße aus Igls
Hermann Brunner

Hotel Gasthof Brunnerwirt ***S
Familie Brunner seit 1911
""",
})

SPECS.append({
    "scenario": "zuversicht_bedingtes_angebot_pdf",
    "kind": "offer", "company": "Hotel Zuversicht", "contact": "marlene.haider@hotel-zuversicht.example.at", "language": "de",
    "from": ("Marlene Haider", "marlene.haider@hotel-zuversicht.example.at"),
    "subject": "Angebot Front Office Leitung – mit einem kleinen Vorbehalt",
    "date": "2026-10-08 11:40",
    "mid_style": "apple",
    "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Liebe Katharina,

wir haben uns nach deinem Besuch einstimmig entschieden: Wir möchten dir die Leitung unseres Front Office anbieten!

Einen Vorbehalt muss ich ehrlich dazusagen: Die Stelle wird zu einem Teil über das Qualifizierungsprojekt „Gastfreundschaft ohne Grenzen“ finanziert. Die Förderzusage für 2027 erwarten wir Ende Oktober. Das Angebot steht daher unter der Bedingung, dass diese Zusage kommt – wir rechnen fest damit, wollten dich aber nicht im Unklaren lassen.

Eckdaten (Details im angehängten Entwurf):
- Beginn: 1. Dezember 2026, 38 Wochenstunden
- Gehalt: 3.650 Euro brutto, 14 Mal
- Eine Strafregisterbescheinigung brauchen wir vor Dienstantritt

Melde dich gern, wenn du Fragen hast, oder wir telefonieren.

Alles Liebe
Marlene

Marlene Haider
Leitung Personal & Ausbildung
Hotel Zuversicht – ein Sozialbetrieb von Brückenschlag Wien
Leystraße 17, 1200 Wien
""",
    "attachments": [{
        "filename": "Dienstvertrag_Entwurf_Front_Office_Leitung.pdf",
        "title": "Hotel Zuversicht - Dienstvertrag (Entwurf)",
        "lines": ["Dienstgeberin: Brueckenschlag Wien - Hotel Zuversicht",
                  "Dienstnehmerin: Katharina Obermoser-Adeyemi",
                  "Verwendung: Leitung Front Office", "Beginn: 1.12.2026",
                  "Entgelt: EUR 3.650,- brutto (14x)",
                  "Aufschiebende Bedingung: Foerderzusage 2027"],
    }],
})

SPECS.append({
    "scenario": "oerlikon_arbeitsvertrag_unterschrift",
    "kind": "offer", "company": "Eventhallen Oerlikon", "contact": "personal@eventhallen-oerlikon.example.ch", "language": "de",
    "from": ("Eventhallen Oerlikon", "personal@eventhallen-oerlikon.example.ch"),
    "subject": "Arbeitsvertrag zur Unterzeichnung",
    "date": "2026-07-09 15:48",
    "structure": "mixed", "charset": "windows-1252", "cte": "quoted-printable",
    "header_charset": "windows-1252",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Guten Tag Frau Obermoser-Adeyemi</p>
<p>Wir freuen uns ausserordentlich, dass Sie unser Angebot vom 1. Juli angenommen haben!</p>
<p>Im Anhang erhalten Sie Ihren Arbeitsvertrag als Leiterin Venue Operations in zweifacher Ausfertigung. Bitte unterzeichnen Sie beide Exemplare, senden Sie uns eines per Post zurück und behalten Sie das andere für Ihre Unterlagen. Eine eingescannte Version per E-Mail genügt vorab.</p>
<p>Für die Beantragung Ihrer Aufenthaltsbewilligung B benötigen wir zudem eine Kopie Ihres Reisepasses.</p>
<p>Ihr erster Arbeitstag ist der <b>1. September 2026</b>. Wir melden uns im August mit dem Einführungsprogramm.</p>
<p>Freundliche Grüsse</p>
<p>Nadja Keller<br>Personal &amp; Administration<br><b>Eventhallen Oerlikon</b><br>Thurgauerstrasse 80 · 8050 Zürich</p>
</body></html>
""",
    "text": """Guten Tag Frau Obermoser-Adeyemi

Wir freuen uns ausserordentlich, dass Sie unser Angebot vom 1. Juli angenommen haben!

Im Anhang erhalten Sie Ihren Arbeitsvertrag als Leiterin Venue Operations in zweifacher Ausfertigung. Bitte unterzeichnen Sie beide Exemplare, senden Sie uns eines per Post zurück und behalten Sie das andere für Ihre Unterlagen. Eine eingescannte Version per E-Mail genügt vorab.

Für die Beantragung Ihrer Aufenthaltsbewilligung B benötigen wir zudem eine Kopie Ihres Reisepasses.

Ihr erster Arbeitstag ist der 1. September 2026. Wir melden uns im August mit dem Einführungsprogramm.

Freundliche Grüsse

Nadja Keller
Personal & Administration
Eventhallen Oerlikon
Thurgauerstrasse 80 · 8050 Zürich
""",
    "attachments": [{
        "filename": "Arbeitsvertrag_Obermoser-Adeyemi.pdf",
        "title": "Arbeitsvertrag",
        "lines": ["zwischen Eventhallen Oerlikon AG, Thurgauerstrasse 80, 8050 Zuerich",
                  "und Frau Katharina Obermoser-Adeyemi", "",
                  "Funktion: Leiterin Venue Operations", "Stellenantritt: 1. September 2026",
                  "Jahresbruttolohn: CHF 104'000.- (13 Monatsloehne)",
                  "Ort, Datum, Unterschrift: ______________________"],
    }],
})

SPECS.append({
    "scenario": "personio_stadtpark_angebot",
    "kind": "offer", "company": "Stadtpark Hotels Wien", "contact": "h.winkler@stadtpark-hotels.example.at", "language": "de",
    "from": ("Stadtpark Hotels Wien", "no-reply@personio.de"),
    "reply_to": ("Helene Winkler", "h.winkler@stadtpark-hotels.example.at"),
    "subject": "Ihr Angebot als Revenue & Reservations Manager",
    "date": "2026-09-17 10:02",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        logo="https://stadtpark-hotels.jobs.personio.de/assets/logo-email.png",
        logo_alt="Stadtpark Hotels Wien",
        accent="#166534",
        body=paras("""Liebe Frau Obermoser-Adeyemi,

nach unseren beiden Gesprächen freuen wir uns sehr, Ihnen die Position als Revenue & Reservations Manager für unsere drei Häuser anzubieten.

Ihr Angebot im Überblick:
Eintritt: 1. November 2026
Bruttojahresgehalt: EUR 58.000 plus Zielbonus
Arbeitsort: Johannesgasse 28, 1010 Wien, zwei Tage Homeoffice pro Woche

Das Angebotsschreiben können Sie über den folgenden Link ansehen und digital unterzeichnen. Das Angebot ist bis 28. September gültig.""")
        + f'\n<p style="margin:18px 0"><a href="{trk("email.personio.de", "stadtpark-offer-sign")}" style="background:#166534;color:#fff;padding:10px 18px;text-decoration:none">Angebot ansehen &amp; unterzeichnen</a></p>\n'
        + paras("""Bei Fragen erreichen Sie mich direkt, wenn Sie auf diese E-Mail antworten.

Herzliche Grüße
Helene Winkler
Director of People, Stadtpark Hotels Wien"""),
        footer="Stadtpark Hotels Wien Betriebs GmbH · Johannesgasse 28 · 1010 Wien · FN 445120 z",
        open_px=pixel("email.personio.de", "stp0917"),
    ),
})

SPECS.append({
    "scenario": "meridia_offer_letter_conditional_pdf",
    "kind": "offer", "company": "Meridia Hospitality Group", "contact": "talent.me@meridiahg.example.com", "language": "en",
    "from": ("Meridia Talent Acquisition - Middle East", "talent.me@meridiahg.example.com"),
    "cc": [("Rashid Al Mansoori", "r.almansoori@meridiahg.example.com")],
    "subject": "Offer of Employment - Cluster Revenue Manager, Dubai Marina",
    "date": "2026-09-08 09:30", "tz": "dxb",
    "mid_style": "outlook",
    "structure": "mixed", "charset": "utf-8", "cte": "base64",
    "html": outlook_html(mso("""Dear Katharina,

On behalf of Meridia Hospitality Group, I am delighted to offer you the position of Cluster Revenue Manager for our Dubai Marina cluster, reporting to Mr Rashid Al Mansoori.

Please find attached your offer letter with the full terms, including:
- Basic salary AED 24,000 per month plus housing and transportation allowances
- Annual flight ticket to Vienna and 30 calendar days of leave
- Medical insurance for you and your dependants
- Proposed start date: 1 November 2026

This offer is conditional on a satisfactory medical examination in Dubai, the successful issue of your UAE residence visa and work permit, and verification of your references and educational certificates.

Kindly sign and return the offer letter by 15 September 2026. Our mobility team will then guide you through the visa process.

Congratulations, and welcome to Meridia!

Farah Siddiqui
Talent Acquisition Specialist
Meridia Hospitality Group
Marina Plaza, Level 21, Dubai""")),
    "attachments": [{
        "filename": "Meridia_Offer_Letter_K_Obermoser-Adeyemi.pdf",
        "title": "Meridia Hospitality Group - Offer of Employment",
        "lines": ["Position: Cluster Revenue Manager, Dubai Marina",
                  "Basic salary: AED 24,000 per month",
                  "Housing and transport allowances as per policy",
                  "Start date: 1 November 2026",
                  "Conditions: medical fitness, UAE residence visa, references",
                  "Please sign and return by 15 September 2026"],
    }],
})

SPECS.append({
    "scenario": "tejo_verbal_offer_confirmed",
    "kind": "offer", "company": "Tejo Hotels & Suites", "contact": "joao.pereira@tejohotels.example.com", "language": "en",
    "from": ("João Pereira", "joao.pereira@tejohotels.example.com"),
    "subject": "Following our call",
    "date": "2026-06-02 18:05", "tz": "lis",
    "mid_style": "gmail",
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Dear Katharina,

Thank you for your time on the phone this afternoon. As promised, I'm confirming in writing what we discussed: we would like to offer you the position of Front Office & Revenue Manager at Tejo Hotels & Suites - Baixa.

- Start: 1 August 2026 (we can be flexible by a few weeks)
- Gross salary: EUR 3,100 x 14 months, plus meal allowance and a performance bonus
- Relocation: two weeks in the hotel on arrival and support with the NIF and bank account

Our HR team will send you the formal contract in Portuguese and English once you confirm. Take the weekend to think - I hope the answer is yes!

Um abraço,
João

João Pereira
General Manager
Tejo Hotels & Suites - Baixa
""",
})

SPECS.append({
    "scenario": "brennan_palm_crescent_offer",
    "kind": "offer", "company": "Palm Crescent Hotels", "contact": "olivia.brennan@brennanhart.example.com", "language": "en",
    "from": ("Olivia Brennan", "olivia.brennan@brennanhart.example.com"),
    "subject": "OFFER!! Palm Crescent Hotels",
    "date": "2026-09-24 16:33", "tz": "lon",
    "mid_style": "outlook",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": outlook_html(mso("""Katharina!!

I have just had Palm Crescent Hotels on the phone and they want you!!! They are offering you the Revenue Manager role for their two Downtown Dubai properties.

The headline terms:
- AED 22,500 basic per month, tax-free
- Housing provided (one-bed apartment in Business Bay) plus transport allowance
- 30 days annual leave plus a return flight home each year
- Start date ideally 15 November

They will send the formal offer letter tomorrow once you've given a verbal yes. I know you still have Meridia in play, so call me and let's talk it through – I'm around until 8pm UK.

Huge congratulations, you've earned this one!

Olivia

Olivia Brennan
Senior Consultant – Hospitality & Events, Middle East
Brennan & Hart Recruitment Ltd
+44 20 7946 0311""") + """
<p class="MsoNormal" style="font-size:8pt;color:#808080">Brennan &amp; Hart Recruitment Ltd is registered in England No 08812345. Registered office: 21 Cheapside, London EC2V 6AA.</p>
"""),
})

SPECS.append({
    "scenario": "lumiere_promesse_embauche_pdf",
    "kind": "offer", "company": "Groupe Hôtelier Lumière", "contact": "m.garnier@ghl-hotels.example.fr", "language": "fr",
    "from": ("Mathilde Garnier", "m.garnier@ghl-hotels.example.fr"),
    "subject": "Promesse d'embauche - Directrice de l'hébergement, Lumière Opéra",
    "date": "2026-09-28 12:15",
    "mid_style": "outlook",
    "structure": "mixed", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "text": """Chère Madame Obermoser-Adeyemi,

Suite à nos échanges et à votre rencontre avec M. Delacroix, directeur général de l'hôtel, j'ai le plaisir de vous adresser ci-joint votre promesse d'embauche pour le poste de Directrice de l'hébergement à l'hôtel Lumière Opéra.

Les principales conditions sont les suivantes :
- CDI, statut cadre, forfait jours
- rémunération annuelle brute de 62 000 euros, plus prime sur objectifs
- prise de poste souhaitée le 4 janvier 2027

Nous vous remercions de nous retourner la promesse datée et signée avant le 9 octobre. Le contrat de travail vous sera ensuite adressé par notre service paie.

Toute l'équipe se réjouit de vous accueillir.

Bien cordialement,

Mathilde Garnier
Responsable des ressources humaines - Paris Opéra
Groupe Hôtelier Lumière
9 rue Scribe, 75009 Paris
""",
    "attachments": [{
        "filename": "Promesse_embauche_Obermoser-Adeyemi.pdf",
        "title": "Promesse d'embauche",
        "lines": ["Lumiere Hotels & Residences SAS - Hotel Lumiere Opera",
                  "Madame Katharina Obermoser-Adeyemi",
                  "Poste : Directrice de l'hebergement (CDI, cadre)",
                  "Remuneration annuelle brute : 62 000 EUR",
                  "Date de prise de poste : 4 janvier 2027",
                  "Bon pour accord, date et signature : ____________"],
    }],
})

SPECS.append({
    "scenario": "alcazar_carta_oferta",
    "kind": "offer", "company": "Grupo Hotelero Alcázar", "contact": "rrhh@hotelesalcazar.example.es", "language": "es",
    "from": ("RRHH Grupo Alcázar", "rrhh@hotelesalcazar.example.es"),
    "subject": "Carta oferta - Revenue Manager, Alcázar Lisboa Chiado",
    "date": "2026-10-15 13:20",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Estimada Sra. Obermoser-Adeyemi:

Tras el proceso de selección, nos complace ofrecerle el puesto de Revenue Manager en nuestro hotel Alcázar Lisboa Chiado, con dependencia directa de la Dirección Comercial del grupo.

Condiciones principales:
- Contrato indefinido a jornada completa
- Salario bruto anual: 48.000 euros, más variable de hasta el 15 %
- Incorporación: 1 de diciembre de 2026
- Ayuda a la reubicación en Lisboa durante los primeros tres meses

Le rogamos que nos confirme su aceptación respondiendo a este correo antes del 23 de octubre. Una vez recibida, le enviaremos el contrato para su firma.

Reciba un cordial saludo,

Carmen Villalobos
Directora de Recursos Humanos
Grupo Hotelero Alcázar
Calle Serrano 41, 28001 Madrid
""",
    "html": """<html><body style="font-family:Georgia,serif;font-size:14px;color:#222">
<table width="620" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:2px solid #9a7b4f;padding-bottom:10px">
<img src="https://www.hotelesalcazar.example.es/firma/alcazar-logo.png" alt="Grupo Hotelero Alcázar" height="40"></td></tr>
<tr><td style="padding-top:16px">
<p>Estimada Sra. Obermoser-Adeyemi:</p>
<p>Tras el proceso de selección, nos complace ofrecerle el puesto de <b>Revenue Manager</b> en nuestro hotel Alcázar Lisboa Chiado, con dependencia directa de la Dirección Comercial del grupo.</p>
<p>Condiciones principales:</p>
<ul><li>Contrato indefinido a jornada completa</li><li>Salario bruto anual: 48.000 euros, más variable de hasta el 15 %</li><li>Incorporación: 1 de diciembre de 2026</li><li>Ayuda a la reubicación en Lisboa durante los primeros tres meses</li></ul>
<p>Le rogamos que nos confirme su aceptación respondiendo a este correo antes del 23 de octubre. Una vez recibida, le enviaremos el contrato para su firma.</p>
<p>Reciba un cordial saludo,</p>
<p>Carmen Villalobos<br>Directora de Recursos Humanos<br><b>Grupo Hotelero Alcázar</b><br>Calle Serrano 41, 28001 Madrid</p>
<p style="font-size:10px;color:#888">Grupo Hotelero Alcázar, S.L. – CIF B-87654321. Este mensaje y sus anexos son confidenciales. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.</p>
</td></tr></table></body></html>
""",
})
