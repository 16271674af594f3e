"""Rejections of the hundredfortysecond corpus, written by hand one by one."""

from __future__ import annotations

from msgs142_common import pixel, quote

_VELOWERK_INVITE_QUOTE = """Sehr geehrter Herr Weißmann-Tanaka,

vielen Dank für Ihre Bewerbung als Produktsupport Service & Werkstatt (m/w/d). Wir würden Sie gern
persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

Dienstag, 24. Februar 2026, 10:00 Uhr
Velowerk, Karl-Heine-Straße 88, 04229 Leipzig, 2. OG

Viele Grüße
Katrin Aue"""

_VELOWERK_THANKS = f"""Liebe Frau Aue,

vielen Dank für das angenehme Gespräch heute Vormittag – auch per Video hat es gut geklappt. Die
Einblicke in Ihren Händler-Support und die Garantieabwicklung fand ich sehr spannend, und ich freue
mich auf die nächsten Schritte. Die Zeugnisse aus Lindenau reiche ich wie besprochen gern nach.

Viele Grüße
Jonas Weißmann-Tanaka

Am 17.02.2026 um 09:41 schrieb Katrin Aue <k.aue@velowerk.example.de>:
{quote(_VELOWERK_INVITE_QUOTE)}"""

_LEFORT_INVITE_QUOTE = """Bonjour Jonas,

Suite à notre échange téléphonique, j'ai le plaisir de vous confirmer que Cyclopolis souhaite vous
rencontrer pour le poste de Chargé de support technique (H/F) basé à Berlin.

L'entretien aura lieu le mardi 24 février à 15h00 en visio (lien Teams ci-dessous). Vous
échangerez avec Mme Aurélie Garnier, responsable Service Client Europe.

Je reste à votre disposition.

Bien cordialement,
Hélène Lefort"""

MESSAGES: list[dict] = [
    {
        "name": "workday_fleetlytics_moveforward",
        "kind": "rejection", "lang": "en", "company": "Fleetlytics", "contact": "",
        "frm": "Fleetlytics Talent Acquisition <fleetlytics@myworkday.com>",
        "subj": "Your application for Customer Support Engineer (R-01877)",
        "date": "2026-04-14 16:22 +0000",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fleetlytics</title></head>
<body style="margin:0;padding:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f4f7">
<tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-radius:6px;">
<tr><td style="padding:28px 32px 8px 32px;">
<img src="https://wd3.myworkday.com/fleetlytics/img/logo-dark.png" alt="Fleetlytics" width="140" style="display:block;border:0;">
</td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-size:15px;line-height:22px;color:#1f2933;">
<p>Dear Jonas,</p>
<p>Thank you for your interest in Fleetlytics and for the time you invested in applying for the
<b>Customer Support Engineer</b> position in Amsterdam.</p>
<p>We have now reviewed all applications. While your background in hands-on bicycle service is
genuinely interesting, we have decided to move forward with candidates whose experience more
closely matches the requirements of this role, in particular experience with telematics
hardware and B2B ticketing tools.</p>
<p>We encourage you to keep an eye on our
<a href="https://click.fleetlytics.example.nl/ls/click?upn=8f2Ka-2FqLw3&amp;src=careers" style="color:#0b6bcb;">careers page</a>
and to set up a job alert in your
<a href="https://click.fleetlytics.example.nl/ls/click?upn=Qm19xPz0&amp;src=candidatehome" style="color:#0b6bcb;">candidate home</a>.</p>
<p>Kind regards,<br>Talent Acquisition Team<br>Fleetlytics</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#f7f8fa;font-size:11px;line-height:16px;color:#7b8794;">
Fleetlytics B.V. &middot; Keizersgracht 412 &middot; 1016 GC Amsterdam &middot; KvK 81234567<br>
This message was sent from an unmonitored mailbox. Please do not reply.
<a href="https://click.fleetlytics.example.nl/ls/click?upn=pr1v4cy" style="color:#7b8794;">Privacy notice</a>
</td></tr>
</table>
{pixel("https://click.fleetlytics.example.nl/wf/open?upn=Zt0pX9qL2a")}
</td></tr></table>
</body></html>
""",
    },
    {
        "name": "velowerk_after_interview",
        "kind": "rejection", "lang": "de", "company": "Velowerk Leipzig", "contact": "k.aue@velowerk.example.de",
        "frm": "Katrin Aue <k.aue@velowerk.example.de>",
        "subj": "Re: Danke für das Gespräch",
        "date": "2026-03-06 14:05 +0100",
        "irt": "<5c1e77a0-2b1f-4bd4-9e36-0f2a8d7cb101@example.de>",
        "refs": ["<velowerk-inv-0217.k.aue@velowerk.example.de>",
              "<velowerk-video-0223.k.aue@velowerk.example.de>",
              "<5c1e77a0-2b1f-4bd4-9e36-0f2a8d7cb101@example.de>"],
        "struct": "plain", "enc": "utf-8/qp",
        "body": f"""Lieber Herr Weißmann-Tanaka,

danke für Ihre nette Nachricht und noch einmal für Ihre Zeit. Wir haben uns die Entscheidung nicht
leicht gemacht: Ihr Werkstattwissen hat uns beeindruckt, und Ihre Art, Kundenfragen zu erklären, kam
im Team sehr gut an.

Am Ende haben wir uns aber für eine Kandidatin entschieden, die bereits mehrere Jahre im
Händler-Support eines Herstellers gearbeitet hat und sofort in die Garantieprozesse einsteigen kann.
Deshalb können wir Ihnen die Stelle leider nicht anbieten.

Falls Sie möchten, gebe ich Ihnen gern telefonisch ein kurzes Feedback – melden Sie sich einfach.
Und wenn wir im Herbst die zweite Stelle im Service ausschreiben, würde ich mich über eine erneute
Bewerbung freuen.

Herzliche Grüße aus Plagwitz
Katrin Aue
Teamleitung People & Service

Velowerk Leipzig GmbH
Karl-Heine-Straße 88 · 04229 Leipzig
Tel. +49 341 99 88 77-12
Geschäftsführer: Dr. Henrik Sommer · Amtsgericht Leipzig HRB 33871

Am 24.02.2026 um 18:03 schrieb Jonas Weißmann-Tanaka <jonas.wt@example.de>:
{quote(_VELOWERK_THANKS)}
""",
    },
    {
        "name": "greenhouse_ridewise_on_hold",
        "kind": "rejection", "lang": "en", "company": "Ridewise", "contact": "",
        "frm": "Ridewise via Greenhouse <no-reply@greenhouse-mail.io>",
        "subj": "An update on the Customer Success Specialist role",
        "date": "2026-02-09 10:47 +0100",
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Hi Jonas,

I wanted to let you know personally where things stand with the Customer Success Specialist
(Copenhagen) role you applied for.

Following a change in our 2026 budget, the role has been put on hold and we will not proceed
with any candidates at this time. This has nothing to do with your profile, and we are sorry to
close the process this way.

If the position reopens, we will post it again on our careers page and you are very welcome to
reapply.

All the best,
Signe Dahl
People Partner, Ridewise

Ridewise ApS · Njalsgade 21 · 2300 København S · CVR 41 22 89 03
""",
        "html": f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px;">
<img src="https://prod-greenhouse.example.com/ridewise/logo.png" alt="Ridewise" height="32"><br><br>
<p>Hi Jonas,</p>
<p>I wanted to let you know personally where things stand with the Customer Success Specialist
(Copenhagen) role you applied for.</p>
<p>Following a change in our 2026 budget, the role has been put on hold and we will not proceed
with any candidates at this time. This has nothing to do with your profile, and we are sorry to
close the process this way.</p>
<p>If the position reopens, we will post it again on our
<a href="https://u1234.ct.greenhouse-mail.io/ls/click?upn=rw-careers-2026">careers page</a>
and you are very welcome to reapply.</p>
<p>All the best,<br>Signe Dahl<br>People Partner, Ridewise</p>
<p style="font-size:11px;color:#888;">Ridewise ApS &middot; Njalsgade 21 &middot; 2300 K&oslash;benhavn S &middot; CVR 41 22 89 03<br>
Powered by Greenhouse. <a href="https://u1234.ct.greenhouse-mail.io/ls/click?upn=gh-privacy" style="color:#888;">Privacy</a></p>
</td></tr></table>
{pixel("https://u1234.ct.greenhouse-mail.io/wf/open?upn=rw0209")}
</body></html>
""",
    },
    {
        "name": "donaurad_intern_besetzt",
        "kind": "rejection", "lang": "de", "company": "Donaurad", "contact": "personal@donaurad.example.at",
        "frm": "Personalabteilung Donaurad <personal@donaurad.example.at>",
        "subj": "Ihre Bewerbung bei Donaurad: Rückmeldung", "subj_enc": "iso-8859-1",
        "date": "2026-03-30 11:15 +0200",
        "struct": "plain", "enc": "iso-8859-1/qp",
        "body": """Sehr geehrter Herr Weißmann-Tanaka,

wir bedanken uns nochmals für Ihre Bewerbung als Technischer Kundenbetreuer E-Bike (w/m/d) und
für die Geduld, die Sie in den letzten Wochen aufgebracht haben.

Leider müssen wir Ihnen mitteilen, dass die Position zwischenzeitlich intern besetzt wurde. Ein
Kollege aus unserer Werkstatt in Floridsdorf hat sich auf die Stelle beworben und wird sie mit
1. Mai übernehmen. Wir hoffen auf Ihr Verständnis.

Ihre Unterlagen werden wir gemäß DSGVO nach sechs Monaten löschen, sofern Sie uns nicht
ausdrücklich erlauben, sie länger in Evidenz zu halten. Für Rückfragen stehe ich Ihnen unter
dieser Adresse gerne zur Verfügung.

Mit freundlichen Grüßen

Mag. Elisabeth Huber
Personalabteilung

Donaurad GmbH
Brünner Straße 131, 1210 Wien
FN 402118 k, Handelsgericht Wien
""",
    },
    {
        "name": "kurbel_terse_iphone",
        "kind": "rejection", "lang": "en", "company": "Kurbel", "contact": "tom@kurbel.example.com",
        "frm": "Tom Reinholz <tom@kurbel.example.com>",
        "subj": "Re: Support Lead role",
        "date": "2026-06-03 19:52 +0200",
        "irt": "<0d9a6c1e-8a3f-4f51-b7a2-1c4e0a9b2f77@example.de>",
        "hdrs": {"X-Mailer": "iPhone Mail (23F79)"},
        "struct": "plain", "enc": "us-ascii/7bit",
        "body": """Hi Jonas, sorry - we went with someone else in the end. Thanks for your time, really.

Tom

Sent from my iPhone
""",
    },
    {
        "name": "tretwerk_initiativ",
        "kind": "rejection", "lang": "de", "company": "Tretwerk & Söhne", "contact": "frank@tretwerk.example.de",
        "frm": "Frank Tretwerk <frank@tretwerk.example.de>",
        "subj": "AW: Initiativbewerbung Werkstatt / Kundenservice",
        "date": "2026-01-21 07:38 +0100",
        "irt": "<b41f0c2e-6d53-4c8e-a3b9-11f2e5d0a4c3@example.de>",
        "struct": "plain", "enc": "utf-8/8bit",
        "body": """Guten Morgen Herr Weißmann-Tanaka,

danke für Ihre Initiativbewerbung, die hat mich gefreut, gerade weil Sie hier aus dem Viertel
kommen. Ehrlich gesagt haben wir im Moment aber keine Stelle frei, weder in der Werkstatt noch im
Laden, und für einen eigenen Kundenservice sind wir mit neun Leuten schlicht zu klein.

Ich muss Ihnen deshalb absagen. Nehmen Sie es nicht persönlich – wenn sich bei uns was ändert,
hab ich Ihre Nummer.

Schöne Grüße
Frank Tretwerk

Tretwerk & Söhne KG · Fahrräder seit 1952
Georg-Schwarz-Straße 41, 04177 Leipzig
""",
    },
    {
        "name": "smartrecruiters_alpenkraft",
        "kind": "rejection", "lang": "de", "company": "Alpenkraft E-Bikes", "contact": "",
        "frm": "Alpenkraft E-Bikes <noreply@smartrecruiters.com>",
        "subj": "Ihre Bewerbung als Technical Support Specialist E-MTB (m/w/d)",
        "date": "2026-02-26 09:03 +0100",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#ffffff;">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center">
<table width="580" border="0" cellspacing="0" cellpadding="0" style="font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#333333;">
<tr><td style="border-bottom:3px solid #e4572e;padding:18px 0;">
<a href="https://jobs.smartrecruiters.com/r/AlpenkraftEBikes?trk=ml_logo"><img src="https://c.smartrecruiters.com/sr-company-logo/alpenkraft.png" alt="Alpenkraft E-Bikes AG" width="170" border="0"></a>
</td></tr>
<tr><td style="padding:22px 0 10px 0;line-height:20px;">
Sehr geehrter Herr Weißmann-Tanaka,<br><br>
herzlichen Dank für Ihre Bewerbung und Ihr Interesse an Alpenkraft.<br><br>
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für
andere Kandidatinnen und Kandidaten entschieden haben, deren Profil noch besser zu den
Anforderungen der Position passt.<br><br>
Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg – vielleicht ja
irgendwann auf einem unserer Trails.<br><br>
Mit freundlichen Grüßen<br>
Ihr Recruiting-Team<br>
Alpenkraft E-Bikes
</td></tr>
<tr><td style="padding:16px 0;font-size:10px;color:#999999;line-height:14px;border-top:1px solid #eeeeee;">
Alpenkraft E-Bikes AG · Kolbermoorer Str. 7 · 83026 Rosenheim · Vorstand: Maximilian Höß, Dr. Anja Ried ·
Aufsichtsratsvorsitzender: Georg Lechner · Registergericht Traunstein HRB 27713<br>
Diese E-Mail wurde automatisch versendet. Antworten auf diese Adresse werden nicht gelesen.
<a href="https://www.smartrecruiters.com/legal/candidate-privacy-policy?trk=ml_footer" style="color:#999999;">Datenschutz</a>
</td></tr>
</table>
{pixel("https://email.smartrecruiters.com/o/eJx1jk0OgjAQhe_SNYsBSp2WG5fbN7JLaPCL")}
</td></tr></table>
</body></html>
""",
    },
    {
        "name": "personio_wendekreis_du",
        "kind": "rejection", "lang": "de", "company": "Wendekreis Mobility", "contact": "lena.brandt@wendekreis.example.de",
        "frm": "Wendekreis Mobility <noreply@personio.de>",
        "rt": "Lena Brandt <lena.brandt@wendekreis.example.de>",
        "subj": "Deine Bewerbung bei Wendekreis",
        "date": "2026-02-25 17:31 +0100",
        "struct": "html", "enc": "utf-8/b64",
        "html": f"""<html><body style="font-family:'Inter',Arial,sans-serif;font-size:15px;color:#15202b;background:#fafafa;">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:28px;border:1px solid #ececec;">
<p><img src="https://wendekreis.jobs.personio.de/assets/logo.svg" alt="Wendekreis Mobility" height="28"></p>
<p>Hey Jonas,</p>
<p>danke dir, dass du dir die Zeit für deine Bewerbung als <strong>Customer Care Specialist – Fahrzeugflotte</strong>
genommen hast. Wir haben uns alle Unterlagen genau angeschaut.</p>
<p>Wir haben uns entschieden, den Prozess mit anderen Kandidat*innen fortzusetzen, die schon
Erfahrung mit Flottensoftware und Schichtplanung mitbringen. Das fällt uns nicht leicht, weil
dein Werkstatt-Background echt gut zu uns passt.</p>
<p>Wenn du Fragen hast, antworte einfach auf diese Mail – die landet direkt bei mir.</p>
<p>Mach's gut und viel Erfolg!<br>Lena<br><span style="color:#6b7280;">People &amp; Culture · Wendekreis Mobility</span></p>
<hr style="border:none;border-top:1px solid #eee;">
<p style="font-size:11px;color:#9ca3af;">Wendekreis Mobility GmbH · Schlesische Str. 26 · 10997 Berlin ·
Geschäftsführer: Malte Jensen, Derya Acar · Amtsgericht Charlottenburg HRB 219004 B<br>
Verarbeitung deiner Daten: <a href="https://wendekreis.jobs.personio.de/privacy-policy?utm_source=mail" style="color:#9ca3af;">Datenschutzerklärung</a></p>
</div>
{pixel("https://tracking.personio.de/open/7c1f2e0a-wk-225.gif")}
</body></html>
""",
    },
    {
        "name": "talentbruecke_mandant_ohne_namen",
        "kind": "rejection", "lang": "de", "company": "TalentBrücke Personalberatung",
        "contact": "d.vogt@talentbruecke.example.de",
        "frm": "Dennis Vogt | TalentBrücke <d.vogt@talentbruecke.example.de>",
        "subj": "Rückmeldung zur Position Customer Success Manager (E-Bike, Raum Dresden)",
        "date": "2026-06-17 12:40 +0200",
        "struct": "plain", "enc": "windows-1252/qp",
        "body": """Hallo Herr Weißmann-Tanaka,

ich hatte Ihnen versprochen, mich zu melden, sobald ich etwas höre – leider keine guten Nachrichten.

Unser Mandant, ein mittelständischer E-Bike-Hersteller im Raum Dresden, hat sich für die
Position „Customer Success Manager B2B“ für einen Kandidaten mit mehrjähriger Erfahrung im
Key-Account-Management entschieden. Ihr Profil wurde dort durchaus positiv gesehen, für diese
Rolle aber als „noch zu nah an der Werkstatt“ eingeschätzt.

Ich halte Sie für weitere Mandate im Bereich Service und Produktsupport auf dem Schirm. Gern
können wir nächste Woche kurz telefonieren – ich habe zwei, drei Ideen.

Beste Grüße

Dennis Vogt
Senior Consultant Mobility & Industrie
TalentBrücke Personalberatung GmbH
Prager Straße 2 · 01069 Dresden
T +49 351 654 321 14 · M +49 172 555 0193
www.talentbruecke.example.de
""",
    },
    {
        "name": "mobilityrecruiters_pedalo_labs",
        "kind": "rejection", "lang": "en", "company": "Pedalo Labs", "contact": "sam.okafor@mobilityrecruiters.example.com",
        "frm": "Sam Okafor <sam.okafor@mobilityrecruiters.example.com>",
        "subj": "Pedalo Labs - feedback",
        "date": "2026-03-18 13:09 +0000",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Hi Jonas,

Thanks for your patience while I chased this one.

Unfortunately Pedalo Labs have decided not to progress your application for the Technical Support
Associate role in Amsterdam. Their feedback was that they need someone who can write and debug
basic SQL queries from day one, as the support team also handles fleet data exports for their B2B
customers.

Honestly, it was close. If you fancy brushing up on SQL over the next few months I'd be happy to
put you forward again - they hire in waves.

Speak soon,
Sam

Sam Okafor | Senior Recruitment Consultant | Mobility Recruiters
+44 20 7946 0321 | mobilityrecruiters.example.com
Mobility Recruiters Ltd. Registered in England No 09876543. Registered office: 14 Leonard Street,
London EC2A 4RH. This email and any attachments are confidential and intended solely for the
addressee.
""",
    },
    {
        "name": "lever_bicis_mediterrania",
        "kind": "rejection", "lang": "es", "company": "Bicis Mediterrània", "contact": "",
        "frm": "Bicis Mediterrània <no-reply@hire.lever.co>",
        "subj": "Tu candidatura a Técnico/a de Soporte Postventa",
        "date": "2026-02-17 10:26 +0100",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="font-family:Georgia,serif;font-size:15px;color:#2b2b2b;">
<table cellpadding="0" cellspacing="0" width="100%" style="max-width:600px;">
<tr><td style="background:#0e7c86;padding:14px 20px;"><img src="https://lever-client-logos.s3.amazonaws.com/bicis-mediterrania.png" alt="Bicis Mediterrània" height="30"></td></tr>
<tr><td style="padding:20px;">
<p>Hola Jonas:</p>
<p>Muchas gracias por tu interés en formar parte del equipo de Bicis Mediterrània y por el tiempo
dedicado a tu candidatura para el puesto de Técnico/a de Soporte Postventa en Barcelona.</p>
<p>Lamentablemente, hemos decidido seguir adelante con otros candidatos cuyo perfil se ajusta más
a lo que buscamos en este momento, sobre todo en el dominio del catalán y la atención a
distribuidores.</p>
<p>Guardaremos tus datos para futuros procesos, salvo que nos indiques lo contrario.</p>
<p>Un saludo,<br>Equipo de Personas<br>Bicis Mediterrània</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#8a8a8a;">Bicis Mediterrània S.L. · C/ de Pujades 77 · 08005 Barcelona · CIF B-66123456<br>
<a href="https://jobs.lever.co/bicismediterrania?lever-origin=email" style="color:#8a8a8a;">Ofertas abiertas</a> ·
<a href="https://jobs.lever.co/bicismediterrania/privacy?lever-origin=email" style="color:#8a8a8a;">Política de privacidad</a></td></tr>
</table>
{pixel("https://hire.lever.co/email/open/3f8d0b2a-bm-0217")}
</body></html>
""",
    },
    {
        "name": "ampere_tras_entrevista",
        "kind": "rejection", "lang": "es", "company": "Ampere Motos Eléctricas", "contact": "marta.ibanez@amperemotos.example.es",
        "frm": "Marta Ibáñez <marta.ibanez@amperemotos.example.es>",
        "subj": "Re: Entrevista Ampere - Atención técnica a clientes",
        "date": "2026-04-21 18:44 +0200",
        "irt": "<CAJw2k9Yq7+f0a3@example.de>",
        "refs": ["<talentia-0407-ampere@talentia.example.es>", "<CAJw2k9Yq7+f0a3@example.de>"],
        "struct": "plain", "enc": "utf-8/8bit",
        "body": """Hola Jonas,

Gracias por tu correo y, de nuevo, por tu tiempo en la entrevista del martes con Jordi y conmigo.

Te escribo para contarte que finalmente no vamos a seguir adelante contigo en este proceso.
Buscamos a alguien con experiencia previa en motos eléctricas (no solo bicis) y con un nivel de
catalán más alto para atender a los talleres de la red. Sé que no es la respuesta que esperabas.

Nos gustó mucho tu forma de explicar averías complicadas de forma sencilla. Si te parece bien,
guardamos tu CV para el puesto de formación técnica que abriremos en otoño.

Un abrazo y mucha suerte,
Marta

Marta Ibáñez
Responsable de Personas
Ampere Motos Eléctricas
Carrer de la Llacuna 162, 08018 Barcelona

El jue, 16 abr 2026 a las 9:12, Jonas Weißmann-Tanaka (<jonas.wt@example.de>) escribió:
> Hola Marta:
>
> Muchas gracias por la entrevista de ayer, me fui con muy buena sensación. Quedo a la espera de
> vuestra oferta y de los siguientes pasos; si necesitáis referencias de mi taller en Leipzig,
> os las mando enseguida.
>
> Un saludo,
> Jonas
""",
    },
    {
        "name": "mobilis_leman_successfactors",
        "kind": "rejection", "lang": "fr", "company": "Mobilis Léman", "contact": "",
        "frm": "Mobilis Léman - Recrutement <noreply@successfactors.eu>", "from_enc": "iso-8859-1",
        "subj": "Votre candidature – Spécialiste support technique (Zurich)",
        "date": "2026-09-28 08:30 +0200",
        "struct": "plain", "enc": "iso-8859-1/qp",
        "body": """Monsieur,

Nous vous remercions de l'intérêt que vous portez à Mobilis Léman et de votre candidature au
poste de Spécialiste support technique pour notre agence de Zurich.

Après examen attentif de votre dossier, nous sommes au regret de vous informer que votre
candidature n'a pas été retenue pour la suite du processus. Ce choix ne remet aucunement en
cause la qualité de votre parcours.

Nous vous souhaitons plein succès dans vos recherches.

Veuillez agréer, Monsieur, nos salutations distinguées.

Service des Ressources humaines
Mobilis Léman SA
Avenue de la Gare 41, 1003 Lausanne

Ce message est généré automatiquement, merci de ne pas y répondre.
""",
    },
    {
        "name": "roue_libre_tu",
        "kind": "rejection", "lang": "fr", "company": "Roue Libre Technologies", "contact": "bastien@rouelibre.example.com",
        "frm": "Bastien Morel <bastien@rouelibre.example.com>",
        "subj": "Re: Candidature support Berlin",
        "date": "2026-07-08 22:17 +0200",
        "irt": "<f2c9a7e1-93b0-4a6d-8c55-0e1d3b7a6f20@example.de>",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Salut Jonas,

Merci pour ton message et désolé pour le délai, on est en pleine levée de fonds.

Pour être franc : on a choisi de continuer avec un autre profil pour le poste de support à Berlin,
quelqu'un qui parle aussi polonais, vu qu'on ouvre Varsovie à la rentrée. Ton parcours de méca
nous a vraiment plu, donc ne te gêne pas pour repostuler si on ouvre un poste terrain.

Bonne continuation !
Bastien

--
Bastien Morel · cofondateur
Roue Libre Technologies
rouelibre.example.com
""",
    },
    {
        "name": "stadtverkehr_elbtal_bescheid_pdf",
        "kind": "rejection", "lang": "de", "company": "Stadtverkehr Elbtal", "contact": "bewerbung@stadtverkehr-elbtal.example.de",
        "frm": "Stadtverkehr Elbtal – Bewerbermanagement <bewerbung@stadtverkehr-elbtal.example.de>",
        "subj": "Ihre Bewerbung – Kennziffer 2026-14 Kundenberater/in Mobilitätsservice",
        "date": "2026-05-12 10:02 +0200",
        "struct": "mixed", "enc": "utf-8/qp",
        "body": """Sehr geehrter Herr Weißmann-Tanaka,

in der Anlage übersenden wir Ihnen unser Schreiben zum Ausgang des Auswahlverfahrens für die
Stelle Kundenberater/in Mobilitätsservice (Kennziffer 2026-14).

Wir bitten Sie, die Entscheidung zu entschuldigen: Nach Auswertung der Auswahlgespräche hat sich
die Auswahlkommission für eine andere Bewerberin entschieden. Der Personalrat und die
Gleichstellungsbeauftragte wurden beteiligt.

Rückfragen richten Sie bitte an bewerbung@stadtverkehr-elbtal.example.de.

Im Auftrag
Sachgebiet Personalgewinnung

Stadtverkehr Elbtal AöR
Trachenberger Platz 5 · 01129 Dresden
Vorstand: Dipl.-Ing. Carsten Wehner · Vorsitzende des Verwaltungsrates: Bürgermeisterin Ulrike Faßbender
""",
        "att": [{"filename": "Absage_2026-14_Weissmann-Tanaka.pdf", "lines": [
            "Stadtverkehr Elbtal AoeR - Sachgebiet Personalgewinnung",
            "Trachenberger Platz 5, 01129 Dresden",
            "",
            "Herrn Jonas Weissmann-Tanaka",
            "Dresden, 11.05.2026",
            "",
            "Auswahlverfahren Kennziffer 2026-14 - Kundenberater/in Mobilitaetsservice",
            "",
            "Sehr geehrter Herr Weissmann-Tanaka,",
            "wir bedauern, Ihnen mitteilen zu muessen, dass wir Ihre Bewerbung",
            "nicht beruecksichtigen konnten. Ihre Unterlagen werden nach Ablauf",
            "der Frist nach AGG vernichtet.",
            "",
            "Im Auftrag",
            "Personalgewinnung",
        ]}],
    },
    {
        "name": "velotech_zuerich_absage",
        "kind": "rejection", "lang": "de", "company": "Velotech Zürich", "contact": "reto.gisler@velotech-zh.example.ch",
        "frm": "Reto Gisler <reto.gisler@velotech-zh.example.ch>",
        "to": "Jonas Weissmann-Tanaka <jonas.wt@example.de>",
        "subj": "Ihre Bewerbung als Service Specialist E-Bike",
        "date": "2026-02-05 15:48 +0100",
        "struct": "plain", "enc": "iso-8859-1/8bit",
        "body": """Sehr geehrter Herr Weissmann-Tanaka

Besten Dank für Ihre Bewerbung und das Interesse an Velotech Zürich.

Wir haben Ihre Unterlagen mit Interesse gelesen. Leider müssen wir Ihnen mitteilen, dass wir uns
für eine Person entschieden haben, die bereits über Erfahrung im Schweizer Fachhandel verfügt und
Schweizerdeutsch spricht, was für den Telefonsupport mit unseren Händlern in der Ostschweiz
wichtig ist.

Wir danken Ihnen für Ihr Verständnis und wünschen Ihnen für die weitere Stellensuche alles Gute.

Freundliche Grüsse

Reto Gisler
Leiter Kundendienst

Velotech Zürich AG
Hohlstrasse 212
8004 Zürich
T +41 44 555 21 40
""",
    },
    {
        "name": "teamtailor_bykl",
        "kind": "rejection", "lang": "en", "company": "Bykl", "contact": "freja.holm@bykl.example.dk",
        "frm": "Bykl <no-reply@teamtailor-mail.com>",
        "rt": "Freja Holm <freja.holm@bykl.example.dk>",
        "subj": "Your application to Bykl",
        "date": "2026-08-28 09:14 +0200",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<!doctype html>
<html><body style="margin:0;padding:0;background:#fff6ea;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px;">
<table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;">
<tr><td style="padding:26px 30px 0 30px;"><img src="https://assets.teamtailor-cdn.com/bykl/logo-yellow.png" alt="bykl" width="90"></td></tr>
<tr><td style="padding:10px 30px 26px 30px;font-size:15px;line-height:23px;color:#2d2d2d;">
<p>Hej Jonas,</p>
<p>Thanks a lot for applying for the Fleet Support Technician role and for the nice chat with our
ops team last week.</p>
<p>We've now completed all first interviews, and we won't be moving forward with your application.
The team felt that for this role, which is mostly night shifts in the depot, they need someone
who already lives in Copenhagen and can start in September.</p>
<p>If you'd like more detailed feedback, just hit reply and I'll get back to you.</p>
<p>Kind regards,<br>Freja Holm<br>Talent Partner, Bykl</p>
</td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#a08f77;">Bykl ApS, Refshalevej 163A, 1432 København K &middot;
<a href="https://career.bykl.example.dk/connect?utm_source=teamtailor&amp;utm_medium=email" style="color:#a08f77;">Join our talent community</a> &middot;
<a href="https://app.teamtailor.com/candidate/privacy/8d21f?utm_medium=email" style="color:#a08f77;">Manage your data</a></td></tr>
</table>
{pixel("https://email.teamtailor-mail.com/o/bykl-ft-0828.gif")}
</td></tr></table>
</body></html>
""",
    },
    {
        "name": "zweirad_center_nach_probetag",
        "kind": "rejection", "lang": "de", "company": "Zweirad Center Sachsen",
        "contact": "filiale.leipzig@zweiradcenter-sachsen.example.de",
        "frm": "Zweirad Center Sachsen Filiale Leipzig <filiale.leipzig@zweiradcenter-sachsen.example.de>",
        "subj": "Probetag am Freitag",
        "date": "2026-01-26 18:20 +0100",
        "irt": "<zcs-probetag-0114@zweiradcenter-sachsen.example.de>",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Hallo Herr Weißmann-Tanaka,

erstmal danke das Sie am Freitag den ganzen Tag bei uns mit angepackt haben, die Kollegen in der
Werkstatt fanden Sie gut und die Sache mit dem Bosch-Diagnosetool war echt hilfreich.

Wir haben uns jetzt aber für einen Mitbewerber entschieden, der schon bei uns als Aushilfe war
und die Kasse und das Warenwirtschaftssystem kennt. Für die Stelle Verkauf/Service ist das leider
ausschlaggebend gewesen. Tut mir leid!

Alles gute weiterhin
Sven Mittag
Filialleiter Leipzig-Paunsdorf

Zweirad Center Sachsen GmbH & Co. KG
Paunsdorfer Allee 1, 04329 Leipzig
""",
    },
    {
        "name": "icims_transitway",
        "kind": "rejection", "lang": "en", "company": "Transitway Mobility", "contact": "",
        "frm": "Transitway Careers <careers-noreply@icims.com>",
        "subj": "Transitway Mobility: Update regarding Req #4471 Technical Support Specialist",
        "date": "2026-07-02 21:06 -0400",
        "struct": "plain", "enc": "windows-1252/b64",
        "body": """Dear Jonas,

Thank you for your interest in Transitway Mobility, Inc. and for applying to the position of
Technical Support Specialist – Micromobility (Req #4471) in Munich, Germany.

After careful review, we regret to inform you that we will not be moving forward with your
candidacy at this time. We received a large number of applications from highly qualified
candidates, and this decision was not an easy one.

We’d like to encourage you to continue to visit our Careers site and apply for future openings
that match your skills and interests.

Best regards,

Transitway Talent Acquisition
Transitway Mobility, Inc. | 1200 Market Street, Suite 800 | Philadelphia, PA 19107

Please do not reply to this email; this mailbox is not monitored. Transitway Mobility is an
Equal Opportunity Employer.
""",
    },
    {
        "name": "ashby_voltaro_filled",
        "kind": "rejection", "lang": "en", "company": "Voltaro", "contact": "",
        "frm": "Voltaro Hiring <no-reply@ashbyhq.com>",
        "subj": "Update",
        "date": "2026-07-20 11:58 +0200",
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Hi Jonas,

Thanks again for applying to the Rider Support Specialist position at Voltaro.

We wanted to let you know that the position has now been filled, so we're closing all remaining
applications. We appreciate your interest and hope to cross paths in the future.

Best,
The Voltaro Team

Voltaro B.V. | Czaar Peterstraat 213 | Amsterdam
""",
        "html": f"""<div style="font-family:system-ui,-apple-system,sans-serif;font-size:14px;line-height:1.55;color:#111;max-width:540px;">
<p><img src="https://app.ashbyhq.com/api/images/org-theme-logo/voltaro.png" alt="VOLTARO" height="22"></p>
<p>Hi Jonas,</p>
<p>Thanks again for applying to the Rider Support Specialist position at Voltaro.</p>
<p>We wanted to let you know that the position has now been filled, so we're closing all remaining
applications. We appreciate your interest and hope to cross paths in the future.</p>
<p>Best,<br>The Voltaro Team</p>
<p style="color:#8a8a8a;font-size:11px;">Voltaro B.V. | Czaar Peterstraat 213 | Amsterdam<br>
<a href="https://jobs.ashbyhq.com/voltaro?utm_source=email" style="color:#8a8a8a;">Open roles</a></p>
{pixel("https://app.ashbyhq.com/api/email/open/vlt-rss-0720")}
</div>
""",
    },
    {
        "name": "radhaus_krause_vergeben",
        "kind": "rejection", "lang": "de", "company": "Radhaus Krause", "contact": "m.krause@radhaus-krause.example.de",
        "frm": "Michael Krause <m.krause@radhaus-krause.example.de>",
        "subj": "AW: Bewerbung Servicetechniker / Kundensupport",
        "date": "2026-04-09 12:31 +0200",
        "irt": "<a7d3e9f1-0c2b-4e58-9f61-3b8c2d1e4a90@example.de>",
        "struct": "plain", "enc": "iso-8859-1/qp",
        "body": """Hallo Herr Weißmann-Tanaka,

die Stelle ist leider schon vergeben. Trotzdem danke für Ihr Interesse.

MfG
M. Krause

Radhaus Krause · Königsbrücker Str. 59 · 01099 Dresden


Von: Jonas Weißmann-Tanaka <jonas.wt@example.de>
Gesendet: Mittwoch, 8. April 2026 20:14
An: m.krause@radhaus-krause.example.de
Betreff: Bewerbung Servicetechniker / Kundensupport

Sehr geehrter Herr Krause,

vor drei Wochen habe ich mich bei Ihnen als Servicetechniker mit Schwerpunkt Kundensupport
beworben. Da ich bisher nichts gehört habe, wollte ich freundlich nachfragen, ob meine Unterlagen
angekommen sind und ob Sie mich eventuell zu einem Vorstellungsgespräch einladen möchten. Ich
könnte ab Mai in Dresden anfangen.

Mit freundlichen Grüßen
Jonas Weißmann-Tanaka
""",
    },
    {
        "name": "taleo_carla_carsharing",
        "kind": "rejection", "lang": "de", "company": "Carla Carsharing", "contact": "",
        "frm": "Carla Carsharing Karriere <carla@taleo.net>",
        "subj": "Ihre Bewerbung: Technical Customer Success Manager (m/w/d) – Referenz 26-0312",
        "date": "2026-05-27 08:12 +0200",
        "struct": "html", "enc": "utf-8/b64",
        "html": f"""<html><body>
<table width="640" cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,sans-serif;font-size:12px;color:#000000;">
<tr><td><img src="https://carla.taleo.net/careersection/theme/carla/images/header.jpg" alt="Carla Carsharing – Einfach losfahren" width="640" height="90"></td></tr>
<tr><td style="padding:18px 10px;">
<p>Sehr geehrter Herr Weißmann-Tanaka,</p>
<p>vielen Dank für Ihr Interesse an Carla Carsharing und Ihre Bewerbung auf die Position
<b>Technical Customer Success Manager (m/w/d)</b> mit der Referenznummer 26-0312.</p>
<p>Wir haben Ihre Unterlagen mit großem Interesse geprüft. Leider können wir Ihre Bewerbung im
weiteren Auswahlprozess nicht berücksichtigen.</p>
<p>Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an Bewerbungen keine
individuellen Gründe für unsere Entscheidung nennen können.</p>
<p>Ihr Profil bleibt in unserem Karriereportal gespeichert. Über
<a href="https://carla.taleo.net/careersection/2/mysubmissions.ftl?lang=de&amp;src=EMAIL-2231">Meine Bewerbungen</a>
können Sie Ihre Daten jederzeit einsehen oder löschen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Talent-Acquisition-Team<br>Carla Carsharing</p>
</td></tr>
<tr><td style="padding:10px;font-size:10px;color:#666666;border-top:1px solid #cccccc;">
Carla Carsharing GmbH · Landsberger Straße 155 · 80687 München · Sitz der Gesellschaft: München ·
Registergericht: Amtsgericht München HRB 245511 · Geschäftsführung: Tobias Rehm, Sabine Kurz<br>
Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.
</td></tr></table>
{pixel("https://carla.taleo.net/careersection/trk/open.gif?e=26-0312-5531")}
</body></html>
""",
    },
    {
        "name": "softgarden_leihrad_dresden",
        "kind": "rejection", "lang": "de", "company": "Leihrad Dresden", "contact": "jobs@leihrad-dresden.example.de",
        "frm": "Leihrad Dresden über softgarden <noreply@softgarden.io>",
        "rt": "Recruiting Leihrad Dresden <jobs@leihrad-dresden.example.de>",
        "subj": "Absage: Ihre Bewerbung als Flottentechniker/in & Service-Hotline",
        "date": "2026-08-04 13:27 +0200",
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Sehr geehrter Herr Weißmann-Tanaka,

vielen Dank für Ihre Bewerbung als Flottentechniker/in & Service-Hotline bei Leihrad Dresden.

Leider müssen wir Ihnen heute eine Absage erteilen. Wir haben uns für Bewerberinnen und Bewerber
entschieden, die einen Führerschein der Klasse C1 für unsere Transporter mitbringen.

Haben Sie Fragen zu unserer Entscheidung? Antworten Sie einfach auf diese E-Mail – Ihre Nachricht
erreicht unser Recruiting-Team direkt.

Freundliche Grüße
Anne-Kathrin Seidel
Recruiting | Leihrad Dresden

Leihrad Dresden GmbH · Hamburger Straße 19 · 01067 Dresden · HRB 40117
""",
        "html": f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #dadada;">
<tr><td style="background:#c8102e;padding:12px 18px;"><img src="https://static.softgarden.io/company/leihrad-dresden/logo-white.png" alt="Leihrad Dresden" height="26"></td></tr>
<tr><td style="padding:18px;">
<p>Sehr geehrter Herr Weißmann-Tanaka,</p>
<p>vielen Dank für Ihre Bewerbung als Flottentechniker/in &amp; Service-Hotline bei Leihrad Dresden.</p>
<p>Leider müssen wir Ihnen heute eine Absage erteilen. Wir haben uns für Bewerberinnen und Bewerber
entschieden, die einen Führerschein der Klasse C1 für unsere Transporter mitbringen.</p>
<p>Haben Sie Fragen zu unserer Entscheidung? Antworten Sie einfach auf diese E-Mail – Ihre Nachricht
erreicht unser Recruiting-Team direkt.</p>
<p>Freundliche Grüße<br>Anne-Kathrin Seidel<br>Recruiting | Leihrad Dresden</p>
</td></tr>
<tr><td style="padding:10px 18px;font-size:10px;color:#888;">Leihrad Dresden GmbH · Hamburger Straße 19 · 01067 Dresden · HRB 40117 ·
<a href="https://leihrad-dresden.softgarden.io/de/privacy?utm_campaign=reject" style="color:#888;">Datenschutz</a> ·
<a href="https://app.softgarden.io/unsubscribe/7ab2e-ldd" style="color:#888;">Keine E-Mails mehr zu dieser Bewerbung</a></td></tr>
</table>
{pixel("https://app.softgarden.io/mail/open/7ab2e-ldd-0804.png")}
</body></html>
""",
    },
    {
        "name": "workable_ciump",
        "kind": "rejection", "lang": "en", "company": "Copenhagen Institute of Urban Mobility", "contact": "",
        "frm": "Copenhagen Institute of Urban Mobility <noreply@workablemail.com>",
        "subj": "Re: Lab Technician – Cargo Bike Testing Facility",
        "date": "2026-10-02 14:10 +0200",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2f3b4c;">
<div style="max-width:600px;padding:24px;">
<img src="https://workable-application-form.s3.amazonaws.com/ciump/logo.png" alt="Copenhagen Institute of Urban Mobility" width="210"><br><br>
<p>Dear Jonas Weißmann-Tanaka,</p>
<p>Thank you for applying for the position of Lab Technician at our Cargo Bike Testing Facility in
Nordhavn. We received 212 applications for this position.</p>
<p>The assessment committee has now completed its evaluation. We regret to inform you that you
have not been shortlisted for an interview. Positions at the Institute are funded by research
grants, and in this case the committee prioritised candidates with laboratory or metrology
experience.</p>
<p>Yours sincerely,<br>Karen Lindqvist<br>Head of Administration<br>Copenhagen Institute of Urban Mobility</p>
<p style="font-size:11px;color:#8795a1;">Powered by <a href="https://www.workable.com/?utm_source=candidate_email" style="color:#8795a1;">Workable</a>.
You are receiving this email because you applied for a job at Copenhagen Institute of Urban Mobility.</p>
</div>
{pixel("https://www.workablemail.com/open/ciump-7732.gif")}
</body></html>
""",
    },
    {
        "name": "bamboohr_pedalwise_update",
        "kind": "rejection", "lang": "en", "company": "Pedalwise", "contact": "people@pedalwise.example.com",
        "frm": "Pedalwise Recruiting <notifications@app.bamboohr.com>",
        "rt": "Pedalwise People Team <people@pedalwise.example.com>",
        "subj": "Update",
        "date": "2026-05-19 10:41 +0200",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Hi Jonas,

Thank you for taking the time to apply for our Product Support Specialist opening in Berlin.

We've reviewed your application and have decided not to move forward with it. We know this isn't
the news you were hoping for. Feel free to reply to this email if you have any questions - a
real person on our People team reads every message.

Take care,
Pedalwise People Team
""",
    },
    {
        "name": "fundacio_bici_espontanea",
        "kind": "rejection", "lang": "es", "company": "Fundació Bici per Tothom", "contact": "nuria@bicipertothom.example.es",
        "frm": "Núria Puig <nuria@bicipertothom.example.es>",
        "subj": "Tu candidatura espontánea",
        "date": "2026-03-25 11:02 +0100",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Hola Jonas!

Hemos recibido tu candidatura espontánea, muchas gracias por pensar en la Fundació. Nos ha hecho
gracia lo del taller de reparación en Leipzig, ¡nosotros también empezamos así!

Por desgracia en estos momentos no tenemos ninguna vacante y el presupuesto de este año no nos
permite crear un puesto nuevo de coordinación técnica, así que no podemos ofrecerte nada. Si te
apetece venir como voluntario a los talleres de los sábados cuando estés en Barcelona, serás muy
bienvenido.

Una abraçada,
Núria Puig
Coordinadora de proyectos
Fundació Bici per Tothom · Carrer de Sant Pere Més Alt 31 · Barcelona
""",
    },
    {
        "name": "talentia_cliente_sin_nombre",
        "kind": "rejection", "lang": "es", "company": "Talentia Selección", "contact": "raul.campos@talentia.example.es",
        "frm": "Raúl Campos | Talentia <raul.campos@talentia.example.es>",
        "subj": "Proceso de selección Key Account Técnico – movilidad eléctrica",
        "date": "2026-09-09 16:35 +0200",
        "struct": "plain", "enc": "windows-1252/qp",
        "body": """Estimado Jonas:

Le escribo en relación con el proceso de selección de Key Account Técnico que estamos gestionando
para nuestro cliente, una empresa líder de movilidad eléctrica con sede en Barcelona.

Tras la última revisión de candidaturas, el cliente ha decidido continuar el proceso con otros
perfiles que cuentan con experiencia comercial en el canal de flotas. Por este motivo, su
candidatura no continuará en este proceso.

Le agradecemos sinceramente su interés y su disponibilidad. Mantendremos su CV en nuestra base de
datos para futuras oportunidades que encajen con su perfil técnico.

Atentamente,

Raúl Campos
Consultor Senior – División Ingeniería y Movilidad
Talentia Selección, S.L.
Passeig de Gràcia 112, 4º – 08008 Barcelona
Tel. +34 932 001 455

Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, le rogamos que lo
comunique al remitente y proceda a su eliminación.
""",
    },
    {
        "name": "schaltwerk_nach_zweitgespraech",
        "kind": "rejection", "lang": "de", "company": "Schaltwerk Software", "contact": "julia.rau@schaltwerk.example.de",
        "frm": "Julia Rau <julia.rau@schaltwerk.example.de>",
        "subj": "Unser Telefonat von eben",
        "date": "2026-03-20 16:58 +0100",
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Hallo Jonas,

wie eben telefonisch besprochen, hier noch einmal schriftlich: Wir haben uns nach dem zweiten
Gespräch für eine andere Kandidatin entschieden. Das war eine knappe Entscheidung.

Dein Feedback in Kurzform, wie versprochen:
- Fallstudie: sehr gute Priorisierung der Tickets, die Antwort an den Werkstattkunden war top.
- Was gefehlt hat: Erfahrung mit Onboarding-Calls für neue SaaS-Kunden und etwas mehr Ruhe beim
  Thema Datenmigration.

Ich würde mich freuen, wenn wir in Kontakt bleiben. Wir bauen im nächsten Jahr einen zweiten
Support-Standort auf, und dann denke ich an dich.

Viele Grüße
Julia

Julia Rau | Head of Customer Support | Schaltwerk Software
Spinnereistraße 7, 04179 Leipzig | +49 341 870 449 20
Schaltwerk Software GmbH · Geschäftsführer: Paul Lindner · HRB 31902 Leipzig
""",
        "html": """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p>Hallo Jonas,</p>
<p>wie eben telefonisch besprochen, hier noch einmal schriftlich: Wir haben uns nach dem zweiten
Gespräch für eine andere Kandidatin entschieden. Das war eine knappe Entscheidung.</p>
<p>Dein Feedback in Kurzform, wie versprochen:</p>
<ul>
<li>Fallstudie: sehr gute Priorisierung der Tickets, die Antwort an den Werkstattkunden war top.</li>
<li>Was gefehlt hat: Erfahrung mit Onboarding-Calls für neue SaaS-Kunden und etwas mehr Ruhe beim Thema Datenmigration.</li>
</ul>
<p>Ich würde mich freuen, wenn wir in Kontakt bleiben. Wir bauen im nächsten Jahr einen zweiten
Support-Standort auf, und dann denke ich an dich.</p>
<p>Viele Grüße<br>Julia</p>
<p style="color:#555;font-size:9pt;"><b>Julia Rau</b> | Head of Customer Support | Schaltwerk Software<br>
Spinnereistraße 7, 04179 Leipzig | +49 341 870 449 20<br>
Schaltwerk Software GmbH · Geschäftsführer: Paul Lindner · HRB 31902 Leipzig</p>
</div>
""",
    },
    {
        "name": "lefort_cyclopolis_retenu",
        "kind": "rejection", "lang": "fr", "company": "Cyclopolis", "contact": "h.lefort@cabinet-lefort.example.com",
        "frm": "Hélène Lefort <h.lefort@cabinet-lefort.example.com>",
        "subj": "RE: Entretien Cyclopolis",
        "date": "2026-03-04 17:20 +0100",
        "irt": "<DB7PR02MB4410C9E1A2@example.de>",
        "refs": ["<lefort-0216-cyclopolis@cabinet-lefort.example.com>",
              "<lefort-0219-report@cabinet-lefort.example.com>",
              "<DB7PR02MB4410C9E1A2@example.de>"],
        "struct": "plain", "enc": "utf-8/qp",
        "body": f"""Bonjour Jonas,

Je reviens vers vous concernant le poste de Chargé de support technique chez Cyclopolis à Berlin.

Mme Garnier a beaucoup apprécié votre entretien, notamment votre connaissance des moteurs
centraux. Malheureusement, le client a finalement retenu un autre candidat, déjà formé à leur
outil de ticketing et disponible immédiatement. Je sais que vous attendiez une réponse positive
et j'en suis sincèrement désolée.

Je garde votre dossier en tête : plusieurs de mes clients dans la micromobilité recrutent à
Berlin et à Munich au printemps.

Bien cordialement,

Hélène Lefort
Associée fondatrice
Cabinet Lefort Recrutement
12 rue de la Part-Dieu, 69003 Lyon
+33 4 72 00 18 60

De : Jonas Weißmann-Tanaka <jonas.wt@example.de>
Envoyé : mardi 24 février 2026 17:48
À : Hélène Lefort <h.lefort@cabinet-lefort.example.com>
Objet : RE: Entretien Cyclopolis

Bonjour Hélène,

L'entretien avec Mme Garnier s'est très bien passé, merci encore pour la mise en relation ! Elle
m'a parlé d'une décision sous quinze jours et d'un éventuel deuxième entretien sur place.

Bien à vous,
Jonas

De : Hélène Lefort <h.lefort@cabinet-lefort.example.com>
Envoyé : lundi 16 février 2026 11:02
À : Jonas Weißmann-Tanaka <jonas.wt@example.de>
Objet : Entretien Cyclopolis

{_LEFORT_INVITE_QUOTE}
""",
    },
    {
        "name": "radl_wien_stelle_nicht_besetzt",
        "kind": "rejection", "lang": "de", "company": "Radl Wien Verleih", "contact": "",
        "frm": "Radl Wien Verleih <karriere-noreply@radlwien.example.at>",
        "subj": "Absage Ihres Gesprächstermins am 14. April",
        "date": "2026-04-08 09:45 +0200",
        "struct": "html", "enc": "utf-8/8bit",
        "html": f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#222;">
<table width="600" cellspacing="0" cellpadding="0">
<tr><td style="padding:12px 0;border-bottom:2px solid #5aa02c;">
<img src="https://www.radlwien.example.at/media/logo_radlwien.png" alt="Radl Wien – Leihräder für die ganze Stadt" width="220">
</td></tr>
<tr><td style="padding:16px 0;line-height:19px;">
<p>Sehr geehrter Herr Weißmann-Tanaka,</p>
<p>leider müssen wir Ihr für Dienstag, 14. April, 10:30 Uhr geplantes Gespräch absagen.</p>
<p>Aufgrund einer internen Umstrukturierung unseres Servicebereichs wird die ausgeschriebene Stelle
<i>Teamleitung Kundenservice &amp; Flottentechnik</i> nicht nachbesetzt; die Aufgaben werden auf
bestehende Teams verteilt. Das Auswahlverfahren ist damit beendet, und wir können Ihre Bewerbung
nicht weiter berücksichtigen.</p>
<p>Wir bedauern die Umstände sehr und danken Ihnen für Ihr Interesse.</p>
<p>Mit freundlichen Grüßen<br>Human Resources<br>Radl Wien Verleih</p>
</td></tr>
<tr><td style="font-size:10px;color:#777;padding-top:10px;border-top:1px solid #ddd;">
Radl Wien Verleih GmbH · Lassallestraße 9 · 1020 Wien · FN 511234 x · Handelsgericht Wien · UID ATU74412233<br>
<a href="https://www.radlwien.example.at/r/?u=karriere&amp;m=absage" style="color:#777;">Karriere</a> ·
<a href="https://www.radlwien.example.at/r/?u=datenschutz&amp;m=absage" style="color:#777;">Datenschutz</a>
</td></tr></table>
{pixel("https://www.radlwien.example.at/r/o.gif?m=absage-0408")}
</body></html>
""",
    },
    {
        "name": "isartal_sehr_geehrte_bewerber",
        "kind": "rejection", "lang": "de", "company": "Isartal Verkehrsgesellschaft", "contact": "",
        "frm": "Isartal Verkehrsgesellschaft <bewerbermanagement@successfactors.eu>",
        "subj": "ABSAGE – Ihre Bewerbung",
        "date": "2026-09-15 06:55 +0200",
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Sehr geehrte Bewerberin, sehr geehrter Bewerber,

für Ihr Interesse an einer Tätigkeit als Servicetechniker Mobilitätsstationen (m/w/d) bei der
Isartal Verkehrsgesellschaft bedanken wir uns.

Nach eingehender Prüfung haben wir uns für andere Bewerbungen entschieden. Diese Entscheidung
stellt keine Bewertung Ihrer Qualifikation dar.

Wir wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.

Mit freundlichen Grüßen
Personalservice
Isartal Verkehrsgesellschaft mbH
Emmy-Noether-Straße 2 · 80992 München

Diese Nachricht wurde automatisch erstellt.
""",
        "html": """<html><body style="font-family:Arial;font-size:10pt;">
<p>Sehr geehrte Bewerberin, sehr geehrter Bewerber,</p>
<p>für Ihr Interesse an einer Tätigkeit als Servicetechniker Mobilitätsstationen (m/w/d) bei der
Isartal Verkehrsgesellschaft bedanken wir uns.</p>
<p>Nach eingehender Prüfung haben wir uns für andere Bewerbungen entschieden. Diese Entscheidung
stellt keine Bewertung Ihrer Qualifikation dar.</p>
<p>Wir wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Personalservice<br><b>Isartal Verkehrsgesellschaft mbH</b><br>Emmy-Noether-Straße 2 · 80992 München</p>
<p style="font-size:8pt;color:#808080;">Diese Nachricht wurde automatisch erstellt.</p>
</body></html>
""",
    },
]
