"""Rejections (31): before and after interviews, soft and blunt, filled internally, on hold,
cancelled, speculative, relayed by agencies. Written one by one for Florian Mbeki-Hartl."""

from __future__ import annotations

from msgs130_common import card_shell, pixel, table_shell

MESSAGES: list[dict] = []
add = MESSAGES.append

# 1 ------------------------------------------------------------------------------------------
add({
    "slug": "workday_soft_bratislava",
    "kind": "rejection", "company": "Danubia Shared Services", "contact": "", "lang": "en",
    "from": ("Danubia Shared Services", "danubia@myworkday.com"),
    "subject": "Update on your application: IT Service Desk Analyst with German (JR-2026-00187)",
    "date": "2026-02-09 16:41 +0000",
    "html": table_shell(
        logo="https://danubia.wd3.myworkdayjobs.com/wday/cxs/danubia/logo.png",
        alt="Danubia Shared Services", accent="#0b5394", lang="en",
        body="""<p style="margin:0 0 14px 0;">Dear Florian,</p>
<p style="margin:0 0 14px 0;">Thank you for your interest in Danubia Shared Services and for taking the time to apply for the <b>IT Service Desk Analyst with German</b> position in Bratislava (JR-2026-00187).</p>
<p style="margin:0 0 14px 0;">We have reviewed your application carefully. After careful consideration, we have decided to move forward with candidates whose experience more closely matches the requirements of this role at this time.</p>
<p style="margin:0 0 14px 0;">We appreciate the effort you put into your application and encourage you to keep an eye on our careers site, where new roles for German, French and Dutch speakers are published every week. You can also set up a job alert from your candidate home.</p>
<p style="margin:0 0 14px 0;">We wish you every success in your job search.</p>
<p style="margin:0;">Kind regards,<br>Talent Acquisition Team<br>Danubia Shared Services</p>""",
        footer="""<a href="https://wd3.myworkday.com/danubia/d/home.htmld" style="color:#0b5394;">Candidate Home</a> &middot; <a href="https://danubia.example.sk/privacy" style="color:#0b5394;">Privacy Notice</a><br>
Danubia Shared Services s.r.o., Mlynsk&eacute; nivy 00, 821 09 Bratislava, Slovakia. Registered in the Commercial Register of the City Court Bratislava III, Section Sro, Insert No. 00000/B.<br>
This email was sent from an unmonitored mailbox. Please do not reply.""",
        track=pixel("https://wd3.myworkday.com/danubia/email/open/7f3a91c2e0.gif")),
    "headers": {"X-Mailer": "Workday Notification Service", "Auto-Submitted": "auto-generated"},
})

# 2 ------------------------------------------------------------------------------------------
add({
    "slug": "greenhouse_after_interview_prague",
    "kind": "rejection", "company": "Kettlebyte", "contact": "tereza.novakova@kettlebyte.example.cz", "lang": "en",
    "from": ("Tereza Nováková via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Tereza Nováková", "tereza.novakova@kettlebyte.example.cz"),
    "subject": "Your interview with Kettlebyte",
    "date": "2026-02-27 14:05 +0000",
    "text": """Hi Florian,

Thanks again for spending time with Ondřej and me last Thursday – we really enjoyed hearing how you keep a tram line running when the ticket machines at the depot go down. That story came up again in our debrief.

I'm sorry to say we won't be moving you forward to the final round for the IT Support Engineer role. The other finalists have already run a Jamf/Intune fleet on their own, and that's the piece the team needs from day one. It was a close call, and it's no reflection on your drive.

If it helps, I'm happy to share the notes from the troubleshooting part – just reply here and I'll send them over.

All the best with the CCNA,
Tereza

Tereza Nováková | People Ops | Kettlebyte
Karlín, Prague
""",
    "html": card_shell(
        logo="https://prod-heroku.greenhouse-mail.io/organizations/kettlebyte/logo.png", alt="Kettlebyte",
        body="""<p>Hi Florian,</p>
<p>Thanks again for spending time with Ond&#345;ej and me last Thursday &ndash; we really enjoyed hearing how you keep a tram line running when the ticket machines at the depot go down. That story came up again in our debrief.</p>
<p>I'm sorry to say we won't be moving you forward to the final round for the IT Support Engineer role. The other finalists have already run a Jamf/Intune fleet on their own, and that's the piece the team needs from day one. It was a close call, and it's no reflection on your drive.</p>
<p>If it helps, I'm happy to share the notes from the troubleshooting part &ndash; just reply here and I'll send them over.</p>
<p>All the best with the CCNA,<br>Tereza</p>
<p style="color:#555;">Tereza Nov&aacute;kov&aacute; | People Ops | Kettlebyte<br>Karl&iacute;n, Prague</p>""",
        footer="""Sent via <a href="https://click.greenhouse-mail.io/ls/click?upn=u001.Qp8dK2mXv7" style="color:#8e8e93;">Greenhouse</a>""",
        track=pixel("https://click.greenhouse-mail.io/wf/open?upn=u001.aZ0v4Nn2r")),
})

# 3 ------------------------------------------------------------------------------------------
add({
    "slug": "magistrat_salzburg_formal",
    "kind": "rejection", "company": "Magistrat der Stadt Salzburg",
    "contact": "personalservice@stadt-salzburg.example.at", "lang": "de",
    "from": ("Magistrat Salzburg, Personalservice", "personalservice@stadt-salzburg.example.at"),
    "subject": "Ihre Bewerbung - Kennzahl 2026/IT/014 IT-Supporttechniker*in",
    "date": "2026-04-20 10:12 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Mbeki-Hartl,

wir danken Ihnen für Ihre Bewerbung um die Stelle einer IT-Supporttechnikerin / eines IT-Supporttechnikers (Kennzahl 2026/IT/014) beim Magistrat der Stadt Salzburg sowie für Ihr Interesse an einer Tätigkeit im öffentlichen Dienst.

Nach Prüfung aller eingelangten Bewerbungen anhand der in der Ausschreibung genannten Erfordernisse müssen wir Ihnen leider mitteilen, dass Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigt werden kann. Ausschlaggebend war insbesondere die geforderte mindestens zweijährige Berufserfahrung im IT-Support.

Ihre Bewerbungsunterlagen werden gemäß den datenschutzrechtlichen Bestimmungen sechs Monate nach Abschluss des Verfahrens gelöscht.

Für Rückfragen stehen wir Ihnen unter dieser Adresse gerne zur Verfügung.

Mit freundlichen Grüßen

Für den Bürgermeister:
Mag. Claudia Reisinger
Personalservice / Recruiting
Magistrat der Stadt Salzburg
Rathausplatz 0, 5020 Salzburg
Tel. +43 662 000 2417
""",
})

# 4 ------------------------------------------------------------------------------------------
add({
    "slug": "family_firm_one_liner_iphone",
    "kind": "rejection", "company": "Elektro Gruber & Sohn", "contact": "j.gruber@elektro-gruber.example.at", "lang": "de",
    "from": ("Josef Gruber", "j.gruber@elektro-gruber.example.at"),
    "subject": "Re: Bewerbung Netzwerktechniker",
    "date": "2026-03-01 19:48 +0100",
    "reply": "<b2e4a0c1-77d3-4c1e@example.at>", "refs": ["ack_family_firm_personal"],
    "text": """Servus Herr Mbeki-Hartl,
die Stelle ist leider schon vergeben, wir haben einen Elektriker aus dem Ort genommen. Trotzdem danke und alles Gute!
J. Gruber
Elektro Gruber & Sohn

Von meinem iPhone gesendet

> Am 14.02.2026 um 09:12 schrieb Florian Mbeki-Hartl <florian.mh@example.at>:
>
> Sehr geehrter Herr Gruber,
>
> vielen Dank für Ihre rasche Rückmeldung. Für ein persönliches Gespräch komme ich jederzeit gerne bei Ihnen in Maxglan vorbei, an meinen freien Tagen (Mo/Di) auch kurzfristig.
>
> Mit freundlichen Grüßen
> Florian Mbeki-Hartl
""",
})

# 5 ------------------------------------------------------------------------------------------
add({
    "slug": "successfactors_filled_internally",
    "kind": "rejection", "company": "Energienetze Oberland", "contact": "", "lang": "de",
    "from": ("Energienetze Oberland Karriere", "noreply@successfactors.eu"),
    "subject": "Ihre Bewerbung als IT-Systemtechniker Leitstelle (m/w/d) – Req. 4471",
    "date": "2026-03-16 07:02 +0000",
    "html": table_shell(
        logo="https://career5.successfactors.eu/careers/logo/energienetze-oberland.png",
        alt="Energienetze Oberland", accent="#e2001a",
        body="""<p style="margin:0 0 12px 0;">Guten Tag Herr Mbeki-Hartl,</p>
<p style="margin:0 0 12px 0;">vielen Dank für Ihr Interesse an der Energienetze Oberland GmbH und für Ihre Bewerbung als <strong>IT-Systemtechniker Leitstelle (m/w/d)</strong> am Standort Holzkirchen.</p>
<p style="margin:0 0 12px 0;">Wir möchten Sie darüber informieren, dass die oben genannte Position zwischenzeitlich intern besetzt werden konnte. Das Auswahlverfahren ist damit abgeschlossen, und wir können Ihre Bewerbung leider nicht weiter berücksichtigen.</p>
<p style="margin:0 0 12px 0;">Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.</p>
<p style="margin:0;">Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Energienetze Oberland</p>""",
        footer="""Energienetze Oberland GmbH &middot; Sitz: Holzkirchen &middot; Registergericht München HRB 000000<br>
Geschäftsführer: Dr. Andreas Wimmer, Petra Loibl<br>
Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.
<a href="https://career5.successfactors.eu/career?company=energienetzeP&amp;career_ns=privacy" style="color:#8a8d93;">Datenschutzhinweise</a>""",
        track=pixel("https://career5.successfactors.eu/email/track/open?id=9f00ab44c1")),
})

# 6 ------------------------------------------------------------------------------------------
add({
    "slug": "personio_role_on_hold_du",
    "html_cte": "base64",
    "kind": "rejection", "company": "Flotti", "contact": "jobs@flotti.example.at", "lang": "de",
    "from": ("Flotti", "no-reply@personio.de"),
    "reply_to": ("Flotti Jobs", "jobs@flotti.example.at"),
    "subject": "Update zu deiner Bewerbung bei Flotti",
    "date": "2026-05-06 17:20 +0200",
    "html": card_shell(
        logo="https://flotti-mobility.jobs.personio.de/assets/logo-flotti.png", alt="Flotti",
        body="""<p>Hallo Florian,</p>
<p>danke dir für deine Bewerbung als <b>IT Field Support (Fleet &amp; Hubs)</b> und für das nette Telefonat letzte Woche.</p>
<p>Wir müssen dir leider eine etwas unerwartete Nachricht überbringen: Wir haben die Stelle vorerst auf Eis gelegt. Unser Launch in Graz wird auf 2027 verschoben, dadurch brauchen wir die Rolle heuer nicht mehr, und wir werden das Verfahren nicht fortsetzen.</p>
<p>Das hat wirklich nichts mit dir zu tun &ndash; dein Profil hat uns gefallen. Sollte sich die Lage ändern, melden wir uns gerne wieder bei dir.</p>
<p>Falls du Fragen hast, antworte einfach auf diese Mail.</p>
<p>Liebe Grüße<br>Lena &amp; das Flotti-Team 🛴</p>""",
        footer="""Flotti Mobility GmbH &middot; Lindengasse 00, 1070 Wien &middot; FN 000000x, HG Wien<br>
<a href="https://flotti-mobility.jobs.personio.de/privacy-policy" style="color:#8e8e93;">Datenschutz</a> &middot; Gesendet mit Personio""",
        track=pixel("https://t.personio.de/o/eyJ1IjoiZmxvdHRpIiwibSI6IjQ0MTIifQ.gif")),
})

# 7 ------------------------------------------------------------------------------------------
add({
    "slug": "speculative_outlook_1252",
    "kind": "rejection", "company": "Kabelwerk & Partner IT-Services", "contact": "s.koller@kabelwerk-it.example.at", "lang": "de",
    "from": ("Koller, Sabine", "s.koller@kabelwerk-it.example.at"),
    "subject": "AW: Initiativbewerbung IT-Support / Netzwerktechnik",
    "date": "2026-01-22 11:37 +0100",
    "reply": "<7c1d55e2-0a94-4b8e@example.at>",
    "charset": "windows-1252", "cte": "8bit",
    "headers": {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Topic": "Initiativbewerbung IT-Support / Netzwerktechnik"},
    "text": """Sehr geehrter Herr Mbeki-Hartl,

danke für Ihre Initiativbewerbung und das Interesse an unserem Unternehmen. Ihr Werdegang vom Straßenbahnfahrer in die IT hat uns beeindruckt – so einen Lebenslauf sieht man nicht alle Tage.

Leider haben wir derzeit keine offene Position, die zu Ihrem Profil passt; im Support-Team sind alle Stellen besetzt, und für heuer ist kein Ausbau geplant. Ihre Unterlagen halten wir deshalb nicht in Evidenz, sondern löschen sie gemäß DSGVO. Schauen Sie aber gerne im Herbst wieder auf unsere Karriereseite.

Mit freundlichen Grüßen

Sabine Koller
Office Management & HR

Kabelwerk & Partner IT-Services GmbH
Modecenterstraße 00 | 1030 Wien
T +43 1 000 44 12 | s.koller@kabelwerk-it.example.at
www.kabelwerk-it.example.at

Geschäftsführer: Ing. Markus Rauscher, Mag. Eva Pilz | FN 000000a | Handelsgericht Wien | UID ATU00000000

-----Ursprüngliche Nachricht-----
Von: Florian Mbeki-Hartl <florian.mh@example.at>
Gesendet: Montag, 19. Jänner 2026 20:41
An: office@kabelwerk-it.example.at
Betreff: Initiativbewerbung IT-Support / Netzwerktechnik

Sehr geehrte Damen und Herren,

seit elf Jahren fahre ich Straßenbahn in Wien und bilde mich seit letztem Herbst berufsbegleitend zum IT-Systemtechniker weiter (CompTIA A+ abgeschlossen, CCNA in Vorbereitung). Da Sie als IT-Dienstleister viele Wiener KMU betreuen, möchte ich mich initiativ bei Ihnen bewerben.

Über eine Einladung zu einem Vorstellungsgespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Florian Mbeki-Hartl
""",
})

# 8 ------------------------------------------------------------------------------------------
add({
    "slug": "swiss_after_interview_quoted_invite",
    "kind": "rejection", "company": "Limmat Transport", "contact": "reto.brunner@limmat-transport.example.ch", "lang": "de",
    "from": ("Reto Brunner", "reto.brunner@limmat-transport.example.ch"),
    "subject": "Ihre Bewerbung als ICT Supporter Betriebsleitzentrale",
    "date": "2026-03-30 16:55 +0200",
    "cte": "quoted-printable",
    "refs": ["<A1F0C3D2E5B64C7A@limmat-transport.example.ch>"],
    "text": """Grüezi Herr Mbeki-Hartl

Nochmals herzlichen Dank für das angenehme Gespräch vom 24. März bei uns in Altstetten. Sie haben einen offenen und sympathischen Eindruck hinterlassen, und Ihre Erfahrung aus dem Fahrdienst wäre für die Betriebsleitzentrale sicher wertvoll gewesen.

Nach sorgfältiger Abwägung haben wir uns dennoch für eine Kandidatin entschieden, die bereits mehrere Jahre im 2nd-Level-Support eines Verkehrsunternehmens gearbeitet hat. Dieser Entscheid ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihre berufliche Neuorientierung alles Gute und viel Erfolg beim Abschluss Ihrer Ausbildung.

Freundliche Grüsse

Reto Brunner
HR Business Partner
Limmat Transport AG
Hohlstrasse 000, 8048 Zürich
+41 44 000 71 30

Von: Reto Brunner
Gesendet: Dienstag, 10. März 2026 09:14
An: Florian Mbeki-Hartl <florian.mh@example.at>
Betreff: Einladung zum Vorstellungsgespräch

Grüezi Herr Mbeki-Hartl

Gerne laden wir Sie zu einem Vorstellungsgespräch für die Stelle ICT Supporter Betriebsleitzentrale ein: Dienstag, 24. März 2026, 14.00 Uhr, Hohlstrasse 000, Empfang Haus B. Bitte bestätigen Sie den Termin kurz per E-Mail.

Freundliche Grüsse
Reto Brunner
""",
})

# 9 ------------------------------------------------------------------------------------------
add({
    "slug": "agency_client_unnamed_prague",
    "cte": "8bit",
    "kind": "rejection", "company": "Vltava Talent Partners", "contact": "jakub.svoboda@vltavatalent.example.cz", "lang": "en",
    "from": ("Jakub Svoboda", "jakub.svoboda@vltavatalent.example.cz"),
    "subject": "Re: Service Desk role - feedback",
    "date": "2026-05-26 13:02 +0200",
    "reply": "<5d0e2a11-8c3f-4a0b@example.at>",
    "text": """Hi Florian,

hope you're well. I've now got feedback from my client on the 1st/2nd line role we spoke about. Unfortunatly they've decided not to progress your application - they're going with someone who already speaks Czech, since half of the users sit in the plant outside Brno. Not what either of us hoped for, I know.

I'll keep your CV on file and ping you if something with German or French comes up, which happens quite a lot here in Prague.

Cheers,
Jakub

Jakub Svoboda
Senior Consultant - IT Infrastructure
Vltava Talent Partners
+420 000 123 456
vltavatalent.example.cz | linkedin.example.com/in/jakubsvoboda

On Fri, 22 May 2026 at 18:40, Florian Mbeki-Hartl <florian.mh@example.at> wrote:
> Hi Jakub,
> thanks again for the call on Tuesday. Did the client already give you any feedback? I'd be really keen to do the interview with them.
> Best, Florian
""",
})

# 10 -----------------------------------------------------------------------------------------
add({
    "slug": "terse_outlook_ios_bratislava",
    "cte": "base64",
    "kind": "rejection", "company": "Tatra Cloud", "contact": "marek.hudak@tatracloud.example.sk", "lang": "en",
    "from": ("Marek Hudák", "marek.hudak@tatracloud.example.sk"),
    "subject": "Re: Technical task - Florian M-H",
    "date": "2026-06-25 08:12 +0200",
    "reply": "<e41f7a02-93d5-4d11@example.at>", "refs": ["invite_tech_task_outlook_chain"],
    "text": """Hi Florian, thanks for the task, but we decided to go with another candidate. Good luck!
Marek - Tatra Cloud

Sent from Outlook for iOS
________________________________
From: Florian Mbeki-Hartl <florian.mh@example.at>
Sent: Tuesday, June 16, 2026 9:03:11 PM
To: Marek Hudák <marek.hudak@tatracloud.example.sk>
Subject: Technical task - Florian M-H

Hi Marek,

please find my solution to the VLAN/ACL exercise below. I also added a short note on how I would document the change for the on-call team. Thanks again for the interview this afternoon, I enjoyed the discussion.

Best regards,
Florian
""",
})

# 11 -----------------------------------------------------------------------------------------
add({
    "slug": "romandie_utility_vous_html",
    "kind": "rejection", "company": "Services Industriels de la Côte", "contact": "rh@sic-cote.example.ch", "lang": "fr",
    "from": ("SIC – Ressources humaines", "rh@sic-cote.example.ch"),
    "subject": "Votre candidature – Technicien·ne support informatique (Zurich)",
    "date": "2026-05-12 15:30 +0200",
    "charset": "iso-8859-1", "hcharset": "utf-8",
    "html": """<html><head><style>
body{font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#222}
td.side{background:#00695c;width:8px}
</style></head>
<body>
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td class="side"></td><td style="padding:18px 26px;">
<img src="https://www.sic-cote.example.ch/img/logo-sic-180.png" alt="SIC Services Industriels de la C&ocirc;te" width="180"><br><br>
<p>Monsieur,</p>
<p>Nous vous remercions de l'intérêt que vous portez aux Services Industriels de la Côte et de votre candidature au poste de technicien·ne support informatique pour notre site de Zurich-Oerlikon.</p>
<p>Après un examen attentif de votre dossier, nous avons le regret de vous informer que nous ne pouvons pas y donner une suite favorable. Le nombre élevé de candidatures reçues nous a contraints à faire un choix difficile parmi des profils de grande qualité.</p>
<p>Sauf avis contraire de votre part, nous conserverons votre dossier pendant douze mois afin de pouvoir vous recontacter si un poste correspondant à votre profil venait à se libérer. N'hésitez pas à nous écrire à cette adresse pour toute question.</p>
<p>Nous vous prions d'agréer, Monsieur, nos salutations distinguées.</p>
<p><b>Service des ressources humaines</b><br>Services Industriels de la Côte SA<br>Route de l'Etraz 00 &ndash; 1260 Nyon<br>T&eacute;l. +41 22 000 31 00</p>
</td></tr>
<tr><td class="side"></td><td style="padding:10px 26px;font-size:10px;color:#777;">Ce message et ses pi&egrave;ces jointes sont confidentiels et destin&eacute;s exclusivement &agrave; leur destinataire.</td></tr>
</table>
</body></html>
""",
})

# 12 -----------------------------------------------------------------------------------------
add({
    "slug": "agency_names_client_tu_no_accents",
    "kind": "rejection", "company": "Pragotech", "contact": "camille.roux@talentis-recrutement.example.ch", "lang": "fr",
    "from": ("Camille Roux", "camille.roux@talentis-recrutement.example.ch"),
    "subject": "Retour Pragotech",
    "date": "2026-06-09 12:44 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Salut Florian,

Je reviens vers toi comme promis concernant le poste de technicien support N1/N2 francophone chez Pragotech a Prague.
Malheureusement le client a decide de retenir un autre profil, quelqu'un qui avait deja travaille sur ServiceNow. Je sais que tu y croyais, et franchement ton entretien avec leur team lead s'etait bien passe d'apres lui.

Je garde ton CV sous le coude, on a regulierement des postes francophones a Prague et Bratislava. Si tu veux on s'appelle la semaine prochaine pour faire le point ?

Bonne journee et a bientot,
Camille

--
Camille Roux
Consultante IT & Multilingual Support
Talentis Recrutement SA - Genève | Prague
+41 22 000 18 40
""",
})

# 13 -----------------------------------------------------------------------------------------
add({
    "slug": "lever_closer_match_fr",
    "kind": "rejection", "company": "Lemansoft", "contact": "", "lang": "fr",
    "from": ("Lemansoft", "no-reply@hire.lever.co"),
    "subject": "Votre candidature chez Lemansoft",
    "date": "2026-03-13 09:26 +0000",
    "text": """Bonjour Florian,

Merci d'avoir pris le temps d'échanger avec notre équipe au sujet du poste d'ingénieur·e support IT junior à Zurich.

Après mûre réflexion, nous avons décidé de poursuivre avec d'autres candidat·es dont le profil correspond davantage à nos besoins actuels, notamment en matière d'administration macOS.

Nous vous remercions sincèrement pour l'intérêt que vous portez à Lemansoft et vous souhaitons plein succès dans vos recherches.

Bien cordialement,
L'équipe Talent de Lemansoft

Envoyé avec Lever · https://jobs.lever.co/lemansoft
""",
    "html": """<div style="font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#333;max-width:580px">
<p>Bonjour Florian,</p>
<p>Merci d'avoir pris le temps d'échanger avec notre équipe au sujet du poste d'ingénieur·e support IT junior à Zurich.</p>
<p>Après mûre réflexion, nous avons décidé de poursuivre avec d'autres candidat·es dont le profil correspond davantage à nos besoins actuels, notamment en matière d'administration macOS.</p>
<p>Nous vous remercions sincèrement pour l'intérêt que vous portez à Lemansoft et vous souhaitons plein succès dans vos recherches.</p>
<p>Bien cordialement,<br>L'équipe Talent de Lemansoft</p>
<p style="font-size:11px;color:#999;margin-top:30px">Envoyé avec <a href="https://hire.lever.co/email/click/4f2c9a?url=https%3A%2F%2Fjobs.lever.co%2Flemansoft" style="color:#999">Lever</a></p>
<img src="https://hire.lever.co/email/open/4f2c9a0e71.png" width="1" height="1" alt="">
</div>
""",
})

# 14 -----------------------------------------------------------------------------------------
add({
    "slug": "smartrecruiters_es_tu",
    "kind": "rejection", "company": "Iberdesk Services", "contact": "", "lang": "es",
    "from": ("Iberdesk Services Talent Acquisition", "no-reply@smartrecruiters.com"),
    "subject": "Tu candidatura a Agente de Service Desk con alemán – Praga",
    "date": "2026-08-03 10:15 +0000",
    "html": table_shell(
        logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/iberdesk/logo.png",
        alt="Iberdesk Services", accent="#f39200", lang="es", font="Helvetica,Arial,sans-serif",
        body="""<p>Hola Florian:</p>
<p>Muchas gracias por tu interés en Iberdesk y por el tiempo que dedicaste a las entrevistas con nuestro equipo de Praga.</p>
<p>Lamentablemente, en esta ocasión no continuaremos con tu candidatura. Hemos optado por perfiles con más experiencia en soporte telefónico y con español a nivel nativo, que es el idioma principal de la cuenta.</p>
<p>Guardaremos tus datos en nuestra base de talento durante 12 meses y te avisaremos si se abre una vacante que encaje contigo.</p>
<p>¡Mucha suerte en tu búsqueda!</p>
<p>Un saludo,<br><b>Equipo de Talento | Iberdesk Services</b></p>""",
        footer="""Iberdesk Services, s.r.o. &middot; Radlická 00, 150 00 Praha 5 &middot; Iberdesk Services S.L. &middot; Madrid<br>
Este mensaje se ha enviado desde una dirección que no admite respuestas. &middot;
<a href="https://jobs.smartrecruiters.com/privacy-policy?dcr_ci=Iberdesk" style="color:#8a8d93;">Política de privacidad</a>""",
        track=pixel("https://email.smartrecruiters.com/o/eJwNyEEKgCAQBdCrdA.gif")),
})

# 15 -----------------------------------------------------------------------------------------
add({
    "slug": "vacancy_cancelled_usted",
    "kind": "rejection", "company": "Rutalia", "contact": "lucia.ferrandez@rutalia.example.com", "lang": "es",
    "from": ("Lucía Ferrández", "lucia.ferrandez@rutalia.example.com"),
    "subject": "Proceso Técnico/a de soporte IT – cierre",
    "date": "2026-09-22 18:03 +0200",
    "charset": "iso-8859-1", "cte": "8bit", "henc": "q",
    "refs": ["invite_videollamada_usted"],
    "text": """Estimado Florian:

Le escribo para informarle de que hemos tenido que cerrar el proceso de selección de Técnico/a de soporte IT. La dirección ha decidido congelar la contratación para la oficina de Viena hasta nueva orden, así que la vacante queda cancelada y no se cubrirá este año.

Lamento mucho darle esta noticia después de la buena videollamada que tuvimos. Si en 2027 reabrimos la posición, usted será de las primeras personas a las que llame.

Un cordial saludo,

Lucía Ferrández
Talent & Culture · Rutalia
Calle de Alcalá 000, 28014 Madrid
""",
})

# 16 -----------------------------------------------------------------------------------------
add({
    "slug": "softgarden_hospital_no_reasons",
    "kind": "rejection", "company": "Kliniken Isar-Amper", "contact": "", "lang": "de",
    "from": ("Kliniken Isar-Amper", "noreply@softgarden.io"),
    "subject": "Ihre Bewerbung als Mitarbeiter IT-Service (m/w/d) – Standort Freising",
    "date": "2026-06-01 08:30 +0200",
    "html": table_shell(
        logo="https://kliniken-isar-amper.softgarden.io/assets/logo.png",
        alt="Kliniken Isar-Amper – Menschen. Medizin. Miteinander.", accent="#7a1f5c",
        body="""<p>Sehr geehrter Herr Mbeki-Hartl,</p>
<p>herzlichen Dank für Ihre Bewerbung und das damit verbundene Vertrauen in die Kliniken Isar-Amper.</p>
<p>Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen heute mitteilen, dass wir Sie im weiteren Verfahren nicht berücksichtigen können. Wir haben uns für Bewerberinnen und Bewerber entschieden, die bereits Erfahrung mit Krankenhausinformationssystemen mitbringen.</p>
<p>Bitte haben Sie Verständnis, dass wir aus Gründen der Gleichbehandlung keine individuellen Gründe für unsere Entscheidung nennen.</p>
<p>Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Personalabteilung<br>Kliniken Isar-Amper</p>""",
        footer="""Kliniken Isar-Amper gGmbH &middot; Vöttinger Straße 00 &middot; 85354 Freising &middot; Amtsgericht München HRB 000000<br>
Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.<br>
Bewerbermanagement powered by <a href="https://softgarden.io/de/" style="color:#8a8d93;">softgarden</a>""",
        track=pixel("https://tracking.softgarden.io/open/ka-1188273.gif")),
})

# 17 -----------------------------------------------------------------------------------------
add({
    "slug": "agency_relays_client_linz",
    "kind": "rejection", "company": "Donau Stadtwerke Linz", "contact": "m.eder@alpenpersonal.example.at", "lang": "de",
    "from": ("Melanie Eder | Alpen Personal", "m.eder@alpenpersonal.example.at"),
    "subject": "Rückmeldung Donau Stadtwerke Linz – IT Techniker:in Netzleitstelle",
    "date": "2026-06-10 15:47 +0200",
    "cte": "8bit",
    "text": """Hallo Herr Mbeki-Hartl,

wie telefonisch angekündigt, hier noch die schriftliche Rückmeldung: Unser Kunde, die Donau Stadtwerke Linz, hat sich nach den Zweitgesprächen für einen anderen Kandidaten entschieden. Ausschlaggebend war laut Bereichsleitung die Bereitschaft zur Rufbereitschaft am Wochenende ab sofort – das hätten Sie ja erst nach Abschluss Ihrer Ausbildung zusagen können.

Ich bedauere das sehr, Sie haben im Gespräch einen wirklich guten Eindruck hinterlassen. Ich behalte Sie für weitere Projekte in Oberösterreich im Auge!

Liebe Grüße aus Linz
Melanie Eder
Personalberaterin Technik & IT

Alpen Personal GmbH | Landstraße 00 | 4020 Linz
Tel. +43 732 000 000-14 | m.eder@alpenpersonal.example.at
""",
})

# 18 -----------------------------------------------------------------------------------------
add({
    "slug": "agency_own_mandate_caps_subject",
    "kind": "rejection", "company": "TechForce Personalservice", "contact": "graz@techforce.example.at", "lang": "de",
    "from": ("TechForce Personalservice – Graz", "graz@techforce.example.at"),
    "subject": "ABSAGE - 1st Level Supporter (m/w/d) Raum Graz",
    "date": "2026-08-18 09:05 +0200",
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Mbeki-Hartl!

Wir bedanken uns für Ihr Interesse an der Position 1st Level Supporter bei unserem Kunden im Raum Graz.

Leider müssen wir Ihnen mitteilen, dass wir Sie für diese Position nicht weiter berücksichtigen können, da unser Kunde ausschließlich Bewerber:innen mit abgeschlossener IT-Ausbildung (Lehrabschluss oder HTL) einstellt.

Gerne nehmen wir Sie mit Ihrem Einverständnis in unsere Bewerberdatenbank auf – geben Sie uns einfach kurz Bescheid.

Bei Fragen melden Sie sich gerne!

Freundliche Grüße

Daniela Pock
TechForce Personalservice GmbH – Niederlassung Graz
Annenstraße 00, 8020 Graz
T: 0316 000 000 | graz@techforce.example.at
""",
})

# 19 -----------------------------------------------------------------------------------------
add({
    "slug": "university_letter_pdf",
    "kind": "rejection", "company": "Universität für Angewandte Informatik Graz", "contact": "", "lang": "de",
    "from": ("Universität für Angewandte Informatik Graz – Personalabteilung", "personal@uai-graz.example.at"),
    "subject": "Ausschreibung 43/2026 – Techniker*in IT-Infrastruktur",
    "date": "2026-05-04 13:22 +0200",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Mbeki-Hartl,

bezugnehmend auf Ihre Bewerbung für die Stelle Techniker*in IT-Infrastruktur (Ausschreibung 43/2026, Zentraler Informatikdienst) teilen wir Ihnen mit, dass das Auswahlverfahren abgeschlossen ist und die Entscheidung nicht auf Sie gefallen ist. Das Schreiben des Rektorats finden Sie im Anhang.

Ihre Unterlagen werden nach Ablauf der gesetzlichen Aufbewahrungsfrist vernichtet.

Mit freundlichen Grüßen

Mag.a Birgit Hofer-Strasser
Personalabteilung – Allgemeines Personal
Universität für Angewandte Informatik Graz
Inffeldgasse 00, 8010 Graz
""",
    "attach": [{"filename": "Verstaendigung_43-2026_Mbeki-Hartl.pdf",
                "title": "Universitaet fuer Angewandte Informatik Graz - Rektorat",
                "lines": ["Herrn Florian Mbeki-Hartl", "Graz, am 30. April 2026",
                          "Betrifft: Ausschreibung 43/2026, Techniker*in IT-Infrastruktur",
                          "Sehr geehrter Herr Mbeki-Hartl,",
                          "wir bedanken uns fuer Ihr Interesse an der ausgeschriebenen Stelle.",
                          "Leider muessen wir Ihnen mitteilen, dass wir Ihre Bewerbung",
                          "nicht beruecksichtigen konnten.",
                          "Fuer das Rektorat: Dipl.-Ing. Dr. Martin Kogler, Vizerektor"]}],
})

# 20 -----------------------------------------------------------------------------------------
add({
    "slug": "fh_after_hearing_base64",
    "kind": "rejection", "company": "FH Campus Donau", "contact": "andrea.lichtenegger@fh-campusdonau.example.at", "lang": "de",
    "from": ("Andrea Lichtenegger", "andrea.lichtenegger@fh-campusdonau.example.at"),
    "subject": "Rückmeldung zu Ihrem Hearing am 9. Juni",
    "date": "2026-06-16 11:18 +0200",
    "charset": "iso-8859-1", "cte": "base64",
    "text": """Sehr geehrter Herr Mbeki-Hartl,

vielen Dank, dass Sie sich am 9. Juni Zeit für das Hearing zur Stelle »IT-Support Hörsaal- und Medientechnik« genommen haben. Die Kommission hat Ihre Präsentation über die Störungsbehebung am Fahrgastinformationssystem ausdrücklich hervorgehoben.

Nach reiflicher Überlegung haben wir uns dennoch entschieden, die Stelle mit einer Kandidatin zu besetzen, die bereits Erfahrung mit Crestron- und Extron-Medienanlagen mitbringt. Wir bedauern, Ihnen keine erfreulichere Nachricht senden zu können.

Gerne gebe ich Ihnen telefonisch ein ausführlicheres Feedback - rufen Sie mich einfach an oder schreiben Sie mir.

Mit besten Grüßen

Andrea Lichtenegger
Human Resources
FH Campus Donau
Handelskai 00, 1200 Wien
T +43 1 000 00 - 1305
""",
})

# 21 -----------------------------------------------------------------------------------------
add({
    "slug": "religious_hospital_noreply",
    "kind": "rejection", "company": "Ordensklinikum St. Aurelius", "contact": "", "lang": "de",
    "from": ("Ordensklinikum St. Aurelius – Karriere", "karriere-noreply@ordensklinikum-aurelius.example.at"),
    "subject": "Ihre Bewerbung: IT-Techniker*in Medizintechnik & Netzwerk",
    "date": "2026-06-02 14:00 +0200",
    "html": """<html><body style="font-family:Georgia,'Times New Roman',serif;font-size:15px;color:#333;background:#fbf8f3;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="24" cellspacing="0" style="background:#ffffff;border:1px solid #e3d9c6;">
<tr><td><img src="https://karriere.ordensklinikum-aurelius.example.at/static/signet.png" alt="Ordensklinikum St. Aurelius" width="200"></td></tr>
<tr><td>
<p>Sehr geehrter Herr Mbeki-Hartl,</p>
<p>vielen Dank für Ihre Bewerbung und Ihr Interesse, Teil unseres Teams zu werden.</p>
<p>Nach eingehender Prüfung Ihrer Unterlagen haben wir uns entschieden, Ihre Bewerbung nicht weiter zu verfolgen. Für diese Funktion ist eine abgeschlossene Ausbildung in Medizintechnik zwingend erforderlich.</p>
<p>Wir wünschen Ihnen Gottes Segen und alles Gute für Ihren weiteren Weg.</p>
<p>Ihr Team Personalmanagement<br><b>Ordensklinikum St. Aurelius</b></p>
</td></tr>
<tr><td style="font-size:11px;color:#999;font-family:Arial,sans-serif;">Ordensklinikum St. Aurelius Linz GmbH &middot; Seilerstätte 00 &middot; 4010 Linz &middot; FN 000000k &middot; LG Linz<br>
Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.</td></tr>
</table></td></tr></table>
</body></html>
""",
})

# 22 -----------------------------------------------------------------------------------------
add({
    "slug": "bamboohr_munich_short",
    "kind": "rejection", "company": "Datagon Systemhaus", "contact": "", "lang": "de",
    "from": ("Datagon Systemhaus", "notifications@app.bamboohr.com"),
    "subject": "Ihre Bewerbung bei Datagon Systemhaus",
    "date": "2026-03-18 12:09 +0000",
    "html": card_shell(
        logo="https://datagon.bamboohr.com/logos/datagon-logo.png", alt="Datagon Systemhaus",
        body="""<p>Hallo Herr Mbeki-Hartl,</p>
<p>danke, dass Sie sich für die Stelle als IT-Supporter (m/w/d) in München-Moosach beworben haben. Wir haben inzwischen alle Bewerbungen gesichtet und uns entschieden, mit anderen Kandidat:innen weiterzumachen.</p>
<p>Wir wissen, dass das nicht die Nachricht ist, auf die Sie gehofft haben. Danke für Ihre Zeit und viel Erfolg bei der weiteren Suche!</p>
<p>Viele Grüße<br>Ihr Datagon-Team</p>""",
        footer="""Datagon Systemhaus GmbH &middot; Dachauer Straße 000 &middot; 80992 München &middot; Geschäftsführer: Tobias Reindl &middot; Amtsgericht München HRB 000000<br>
Powered by <a href="https://www.bamboohr.com/" style="color:#8e8e93;">BambooHR</a>""",
        track=pixel("https://app.bamboohr.com/e/o/2c8f1a77.gif")),
})

# 23 -----------------------------------------------------------------------------------------
add({
    "slug": "teamtailor_du_emoji_feedback",
    "kind": "rejection", "company": "ByteHaus", "contact": "talent@bytehaus.example.at", "lang": "de",
    "from": ("ByteHaus", "no-reply@teamtailor-mail.com"),
    "reply_to": ("ByteHaus Talent Team", "talent@bytehaus.example.at"),
    "subject": "Deine Bewerbung bei ByteHaus 💬",
    "date": "2026-04-01 16:33 +0200",
    "html": card_shell(
        logo="https://assets.teamtailor-cdn.com/bytehaus/logo-dark.png", alt="ByteHaus",
        body="""<p>Hey Florian,</p>
<p>danke, dass du dich als <b>Junior Service Desk Engineer</b> bei uns beworben hast! Wir haben uns dein Profil genau angeschaut &ndash; leider hat&rsquo;s diesmal nicht gepasst. Für diese Rolle suchen wir jemanden, der schon erste Erfahrung mit Microsoft-365-Administration mitbringt.</p>
<p>Das soll dich aber nicht entmutigen: Deine Story vom Straßenbahnfahrer zum Netzwerktechniker finden wir richtig cool. 🚋</p>
<p>Wenn du Feedback willst, antworte einfach auf diese Mail &ndash; Ines aus unserem Talent-Team meldet sich dann bei dir.</p>
<p>Alles Liebe<br>dein ByteHaus Team</p>""",
        footer="""ByteHaus IT-Solutions GmbH &middot; Wien &middot; <a href="https://career.bytehaus.example.at/impressum" style="color:#8e8e93;">Impressum</a> &middot;
<a href="https://app.teamtailor.com/unsubscribe/cand_88f1e2" style="color:#8e8e93;">Keine E-Mails mehr von ByteHaus</a>""",
        track=pixel("https://t.teamtailor-mail.com/o/88f1e2c3.png")),
})

# 24 -----------------------------------------------------------------------------------------
add({
    "slug": "ngo_zurich_post_not_filled",
    "kind": "rejection", "company": "Stiftung Brückenbau Zürich", "contact": "n.zuercher@brueckenbau.example.ch", "lang": "de",
    "from": ("Nadine Zürcher", "n.zuercher@brueckenbau.example.ch"),
    "subject": "Ihre Bewerbung als Informatik-Supporter 60 %",
    "date": "2026-07-07 10:40 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Grüezi Herr Mbeki-Hartl

Wir danken Ihnen herzlich für Ihre Bewerbung und Ihr Interesse an der Stiftung Brückenbau.

Leider müssen wir Ihnen mitteilen, dass wir die ausgeschriebene Stelle als Informatik-Supporter (60 %) nicht besetzen werden. Der Stiftungsrat hat im Rahmen der Budgetplanung beschlossen, den IT-Support ab 2027 an einen externen Partner auszulagern. Das Rekrutierungsverfahren ist damit abgeschlossen.

Wir bedauern diesen Ausgang sehr und wünschen Ihnen für Ihre Zukunft alles Gute.

Freundliche Grüsse

Nadine Zürcher
Leiterin Personal
Stiftung Brückenbau Zürich
Badenerstrasse 000, 8004 Zürich
www.brueckenbau.example.ch
""",
})

# 25 -----------------------------------------------------------------------------------------
add({
    "slug": "agency_gmail_quote_munich",
    "kind": "rejection", "company": "Isartal Verkehrsbetriebe", "contact": "jonas.weigl@perspektiva-personal.example.de", "lang": "de",
    "from": ("Jonas Weigl", "jonas.weigl@perspektiva-personal.example.de"),
    "subject": "Re: Nachfrage Stand Bewerbung Isartal Verkehrsbetriebe",
    "date": "2026-04-09 09:51 +0200",
    "reply": "<0a8c6e3f-1b27-4f90@example.at>",
    "text": """Hallo Herr Mbeki-Hartl,

sorry für die späte Antwort, ich war zwei Wochen im Urlaub. Ich habe heute nochmal bei den Isartal Verkehrsbetrieben nachgehakt: Die haben sich leider für einen internen Wechsler aus der Fahrzeugwerkstatt entschieden. Für die Stelle als IT-Koordinator Fahrgastinformation sind Sie damit raus, tut mir leid.

Ich hab aber noch zwei, drei Sachen im Münchner Norden auf dem Tisch, melde mich die Tage.

Beste Grüße
Jonas Weigl
Senior Recruiter IT
Perspektiva Personal GmbH
Leopoldstraße 000 · 80802 München
Tel. 089 000 000 22

Am Mo., 23. März 2026 um 18:02 Uhr schrieb Florian Mbeki-Hartl <florian.mh@example.at>:
> Sehr geehrter Herr Weigl,
>
> ich wollte mich kurz nach dem Stand erkundigen. Beim Gespräch hieß es, dass die Isartal Verkehrsbetriebe Ende März über eine Einladung zum Zweitgespräch entscheiden. Gibt es dazu schon Neuigkeiten?
>
> Viele Grüße
> Florian Mbeki-Hartl
""",
})

# 26 -----------------------------------------------------------------------------------------
add({
    "slug": "workday_german_field_tech",
    "kind": "rejection", "company": "RailNet Services Austria", "contact": "", "lang": "de",
    "from": ("RailNet Services Austria", "railnet@myworkday.com"),
    "subject": "Ihre Bewerbung – IT Field Technician (R-2026-0412)",
    "date": "2026-02-04 06:58 +0000",
    "html": """<html><body style="margin:0;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#333;">
<div style="background:#003b5c;padding:14px 24px;"><img src="https://wd3.myworkday.com/railnet/img/logo-white.png" alt="RailNet Services Austria" height="28"></div>
<div style="padding:24px;max-width:620px;">
<p>Sehr geehrter Florian Mbeki-Hartl,</p>
<p>vielen Dank für Ihr Interesse an RailNet Services Austria und für Ihre Bewerbung auf die Position <b>IT Field Technician (R-2026-0412)</b> am Standort Wien-Simmering.</p>
<p>Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil den Anforderungen dieser Position besser entspricht.</p>
<p>Wir würden uns freuen, wenn Sie sich auch künftig für Positionen bei uns interessieren. Auf unserer <a href="https://railnet.wd3.myworkdayjobs.com/de-DE/Careers">Karriereseite</a> können Sie einen Job-Alert einrichten.</p>
<p>Freundliche Grüße<br>Talent Acquisition<br>RailNet Services Austria</p>
<p style="font-size:11px;color:#888;border-top:1px solid #ddd;padding-top:10px;">Bitte antworten Sie nicht auf diese E-Mail. Dieses Postfach wird nicht überwacht.<br>RailNet Services Austria GmbH, Geiselbergstraße 00, 1110 Wien, FN 000000t</p>
</div>
<img src="https://wd3.myworkday.com/railnet/email/open/b71c0e.gif" width="1" height="1" alt="">
</body></html>
""",
    "headers": {"Auto-Submitted": "auto-generated"},
})

# 27 -----------------------------------------------------------------------------------------
add({
    "slug": "regional_railway_disclaimer_1252",
    "kind": "rejection", "company": "Mur-Mürz Regionalbahn", "contact": "gerhard.poelzl@mmrb.example.at", "lang": "de",
    "from": ("Mag. (FH) Gerhard Pölzl", "gerhard.poelzl@mmrb.example.at"),
    "subject": "Bewerbung EDV-Techniker Bruck/Mur",
    "date": "2026-05-20 10:03 +0200",
    "charset": "windows-1252", "cte": "quoted-printable",
    "headers": {"X-Mailer": "Microsoft Outlook 16.0"},
    "text": """Sehr geehrter Herr Mbeki-Hartl,

ich darf mich im Namen der Geschäftsführung für Ihre Bewerbung als EDV-Techniker für unsere Zentrale in Bruck an der Mur bedanken.

Wir haben uns für Bewerber entschieden, deren Qualifikationen und Berufserfahrung den Anforderungen der Stelle besser entsprechen. Ihre Unterlagen senden wir Ihnen nicht zurück; sie werden bei uns datenschutzkonform vernichtet.

Für Ihre weitere berufliche Laufbahn alles Gute!

Mit freundlichen Grüßen

Mag. (FH) Gerhard Pölzl
Personal & Recht

Mur-Mürz Regionalbahn GmbH
Bahnhofplatz 0, 8600 Bruck an der Mur
Tel.: +43 3862 000 00-210
E-Mail: gerhard.poelzl@mmrb.example.at
Firmenbuch: FN 000000z, LG Leoben

Diese Nachricht ist vertraulich und ausschließlich für den Adressaten bestimmt. Sollten Sie diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und löschen Sie die Nachricht.
""",
})

# 28 -----------------------------------------------------------------------------------------
add({
    "slug": "icims_status_update_prague",
    "kind": "rejection", "company": "Prague Transit Services", "contact": "", "lang": "en",
    "from": ("Prague Transit Services Recruitment", "careers-noreply@icims.com"),
    "subject": "Prague Transit Services - Application Status Update",
    "date": "2026-07-29 14:47 +0000",
    "text_from_html": True,
    "html": table_shell(
        logo="https://careers-pts.icims.com/images/pts-logo.png", alt="PTS Prague Transit Services",
        accent="#c8102e", lang="en",
        body="""<p>Dear Florian,</p>
<p>Thank you for applying for the position of <b>Network Operations Technician</b> (Req #2026-1183) at Prague Transit Services.</p>
<p>We regret to inform you that you have not been selected to continue in the recruitment process for this position. We received a large number of applications and the decision was a difficult one.</p>
<p>We would like to keep your profile in our talent community so that we can contact you about future openings. You can update your profile or withdraw your consent at any time in the <a href="https://careers-pts.icims.com/jobs/login?redirect=profile&amp;utm_source=email">candidate portal</a>.</p>
<p>Yours sincerely,<br>Recruitment Team<br>Prague Transit Services</p>""",
        footer="""This message was sent from an unattended mailbox. Prague Transit Services, a.s., Sokolovská 00, 186 00 Praha 8.<br>
<a href="https://careers-pts.icims.com/jobs/unsubscribe?e=florian.mh%40example.at" style="color:#8a8d93;">Unsubscribe from talent community emails</a>""",
        track=pixel("https://careers-pts.icims.com/email/tracking/o.gif?c=7718")),
})

# 29 -----------------------------------------------------------------------------------------
add({
    "slug": "hiring_manager_second_round_other_role",
    "kind": "rejection", "company": "Nordwell IT Services", "contact": "zuzana.kovacova@nordwell.example.sk", "lang": "en",
    "from": ("Zuzana Kováčová", "zuzana.kovacova@nordwell.example.sk"),
    "subject": "Your second interview – decision",
    "date": "2026-04-14 17:26 +0200",
    "cte": "quoted-printable",
    "text": """Dear Florian,

Thank you for coming in on Thursday and for walking the panel through your home-lab setup – the pfSense write-up was genuinely impressive for someone who has been in IT for less than a year.

I'm afraid we've decided to offer the Service Desk Team Lead position to a candidate with prior people-management experience in a service desk. I know this is disappointing after two rounds.

If you're open to it, I'd like to put you forward for our Level 2 Engineer opening later this year, which I think would be a better fit right now. No need to decide today.

Kind regards,
Zuzana

Zuzana Kováčová
Head of End User Services | Nordwell IT Services
Karadžičova 00, 821 08 Bratislava
""",
})

# 30 -----------------------------------------------------------------------------------------
add({
    "slug": "startup_on_hold_registered_england",
    "cte": "8bit",
    "kind": "rejection", "company": "Brightloom", "contact": "tom@brightloom.example.com", "lang": "en",
    "from": ("Tom Whitfield", "tom@brightloom.example.com"),
    "subject": "Update",
    "date": "2026-06-01 21:14 +0200",
    "text": """Hi Florian,

Quick and unfortunately not great update. Our Series A extension fell through last week, and as a result the IT Support Engineer hire for the Prague office has been put on hold indefinitely. We will not be proceeding with the process, including the final interview we'd pencilled in for the 9th.

Really sorry to mess you around - you were one of the two people we were most excited about. If things change in Q1 I'll reach out personally.

Best,
Tom

--
Tom Whitfield
CTO, Brightloom
Brightloom Ltd is registered in England and Wales, No. 10293847. Registered office: 00 Example Lane, London EC2A 0AA. Prague branch: Brightloom Ltd, organizační složka.
""",
})

# 31 -----------------------------------------------------------------------------------------
add({
    "slug": "taleo_no_interview",
    "kind": "rejection", "company": "Centrope Rail Systems", "contact": "", "lang": "en",
    "from": ("Centrope Rail Systems Careers", "careers-noreply@taleo.net"),
    "subject": "Your application for Junior Network Administrator (Job 260007X)",
    "date": "2026-03-05 03:12 -0500",
    "html": """<html><body>
<table width="100%" cellspacing="0" cellpadding="0" style="font-family:Tahoma,Arial,sans-serif;font-size:12px;color:#000;">
<tr><td style="border-bottom:2px solid #5b6770;padding:8px;"><img src="https://centrope.taleo.net/careersection/theme/1/logo_crs.gif" alt="Centrope Rail Systems"></td></tr>
<tr><td style="padding:12px 8px;">
Dear Florian Mbeki-Hartl,<br><br>
Thank you for your interest in career opportunities with Centrope Rail Systems. We have reviewed your application for the above position.<br><br>
Unfortunately, we are unable to offer you an interview on this occasion, as we have identified applicants whose qualifications more closely match our current requirements.<br><br>
Your application will remain in our database, and you are welcome to apply for other positions that match your skills and experience.<br><br>
Sincerely,<br>
Human Resources<br>
Centrope Rail Systems<br><br>
<span style="font-size:10px;color:#666;">Centrope Rail Systems, a.s. | Prievozsk&aacute; 00 | 821 09 Bratislava | This is an automated message; replies to this address are not monitored.</span>
</td></tr></table>
</body></html>
""",
    "html_cte": "7bit",
})
