"""Rejections for the hundred-and-first corpus, each written by hand.

Soft wording, on-hold roles, internal hires, one-liners, rejections after an interview and of a
speculative application; some in threads whose quoted part says something else.
"""

from __future__ import annotations

from msgs101_common import (
    ats_shell,
    gmail_html,
    mso,
    outlook,
    outlook_html,
    paras,
    pixel,
    quoted,
    trk,
)

SPECS: list[dict] = []

# 1 -- Workday, Dubai group, soft wording, no reply possible
SPECS.append({
    "scenario": "workday_meridia_soft",
    "kind": "rejection", "company": "Meridia Hospitality Group", "contact": "", "language": "en",
    "from": ("Meridia Hospitality Group", "meridiahospitality@myworkday.com"),
    "subject": "Your application for Assistant Director of Revenue (R-24417)",
    "date": "2026-02-11 06:42", "tz": "utc",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        logo="https://wd3.myworkdaycdn.com/meridiahospitality/logo_email.png",
        logo_alt="Meridia Hospitality Group - Hotels & Resorts",
        accent="#8a6d3b",
        preheader="An update on your application",
        body=paras("""Dear Katharina,

Thank you for applying for the Assistant Director of Revenue position at Meridia Hospitality Group and for the time you invested in our process.

We received a remarkable number of applications for this role. After careful review, we have decided to move forward with candidates whose experience more closely matches the current requirements of the position, in particular multi-property revenue strategy in the GCC market.

We would be delighted if you continued to follow our opportunities. Your candidate profile remains active, and you can set up job alerts at any time.

With warm regards,
Talent Acquisition
Meridia Hospitality Group""") + f'\n<p style="margin:18px 0"><a href="{trk("email.wd3.myworkday.com", "meridia-careers-home")}" style="background:#8a6d3b;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px">View open positions</a></p>',
        footer=("This email was sent from an unmonitored mailbox. Please do not reply.<br>"
                "Meridia Hospitality Group, Level 21, Marina Plaza, Dubai, United Arab Emirates<br>"
                f'<a href="{trk("email.wd3.myworkday.com", "meridia-privacy")}" style="color:#6b7280">Candidate Privacy Notice</a>'),
        open_px=pixel("email.wd3.myworkday.com", "mhg24417k0b"),
    ),
})

# 2 -- Personio, Tirol group, recruiter in Reply-To
SPECS.append({
    "scenario": "personio_alpenrose_replyto",
    "kind": "rejection", "company": "Alpenrose Hotels & Resorts", "contact": "verena.hofinger@alpenrose-hotels.example.at",
    "language": "de",
    "from": ("Alpenrose Hotels & Resorts Recruiting", "no-reply@personio.de"),
    "reply_to": ("Verena Hofinger", "verena.hofinger@alpenrose-hotels.example.at"),
    "subject": "Ihre Bewerbung als Revenue Analyst (m/w/d) – Innsbruck",
    "date": "2026-01-20 15:05",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Sehr geehrte Frau Obermoser-Adeyemi,

vielen Dank für Ihr Interesse an der Position Revenue Analyst (m/w/d) in unserer Zentrale in Innsbruck und für die ausführlichen Unterlagen.

Wir haben uns die Entscheidung nicht leicht gemacht. Nach sorgfältiger Prüfung aller Bewerbungen müssen wir Ihnen jedoch mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Ausschlaggebend war vor allem die Erfahrung mit unserem Revenue-Management-System, die wir für diese Stelle voraussetzen.

Ihre Erfahrung an der Rezeption eines Fünfsternhauses hat uns durchaus beeindruckt. Gerne dürfen Sie sich auf künftige Ausschreibungen wieder bewerben.

Bei Fragen antworten Sie einfach auf diese Nachricht – sie landet direkt bei mir.

Freundliche Grüße aus Innsbruck

Verena Hofinger
Talent Acquisition
Alpenrose Hotels & Resorts GmbH
Maria-Theresien-Straße 31, 6020 Innsbruck
""",
})

# 3 -- family hotel, after the interview, owner writes himself
SPECS.append({
    "scenario": "kaiserhof_after_interview",
    "kind": "rejection", "company": "Hotel Kaiserhof Salzburg", "contact": "m.rainer@kaiserhof-sbg.example.at",
    "language": "de",
    "from": ("Maximilian Rainer", "m.rainer@kaiserhof-sbg.example.at"),
    "subject": "Nach unserem Gespräch",
    "date": "2026-03-06 18:47",
    "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "header_charset": "iso-8859-1",
    "headers": {"X-Mailer": "Microsoft Outlook 16.0"},
    "mid_style": "outlook",
    "text": """Liebe Frau Obermoser-Adeyemi,

nochmals herzlichen Dank, dass Sie am Dienstag extra aus Wien zu uns nach Salzburg gekommen sind. Meine Frau und ich haben das Gespräch mit Ihnen sehr genossen, und auch unsere Empfangschefin war von Ihrer ruhigen Art angetan.

Umso schwerer fällt mir diese Nachricht: Wir haben uns für eine Kandidatin entschieden, die bereits zwei Saisonen bei uns im Haus war und unsere Gäste und Abläufe kennt. Bei einem Familienbetrieb unserer Größe hat das am Ende den Ausschlag gegeben.

Ich sage das nicht als Floskel: Sollte sich bei uns im Herbst im Bereich Reservierung etwas tun, würde ich mich gerne bei Ihnen melden, wenn Sie einverstanden sind.

Alles Gute für Ihre weitere Suche und herzliche Grüße

Maximilian Rainer
Gastgeber

Hotel Kaiserhof Salzburg · Familie Rainer
Kaiserhofgasse 4 · 5020 Salzburg
T +43 662 84 12 90
""",
})

# 4 -- Zurich, filled internally, Swiss spelling without sharp s
SPECS.append({
    "scenario": "bellerive_filled_internally",
    "kind": "rejection", "company": "Seehotel Bellerive", "contact": "hr@bellerive.example.ch", "language": "de",
    "from": ("Seehotel Bellerive | Human Resources", "hr@bellerive.example.ch"),
    "subject": "Ihre Bewerbung: Front Office & Revenue Manager",
    "date": "2026-04-14 11:20",
    "structure": "alt", "charset": "utf-8", "cte": "base64",
    "text": """Grüezi Frau Obermoser-Adeyemi

Besten Dank für Ihre Bewerbung als Front Office & Revenue Manager und Ihr Interesse am Seehotel Bellerive.

Wir möchten Sie persönlich darüber informieren, dass wir die Stelle intern besetzen konnten: Eine langjährige Mitarbeiterin aus unserem Reservationsteam übernimmt die Funktion per 1. Juni. Das Auswahlverfahren ist damit abgeschlossen.

Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen für Ihre berufliche Zukunft alles Gute. Ihr Dossier senden wir Ihnen nicht zurück, es wird gemäss Datenschutzbestimmungen nach sechs Monaten gelöscht.

Freundliche Grüsse

Corinne Zwahlen
HR Business Partner

Seehotel Bellerive
Utoquai 61 | 8008 Zürich
+41 44 555 18 00 | hr@bellerive.example.ch
""",
    "html": outlook_html(mso("""Grüezi Frau Obermoser-Adeyemi

Besten Dank für Ihre Bewerbung als Front Office & Revenue Manager und Ihr Interesse am Seehotel Bellerive.

Wir möchten Sie persönlich darüber informieren, dass wir die Stelle intern besetzen konnten: Eine langjährige Mitarbeiterin aus unserem Reservationsteam übernimmt die Funktion per 1. Juni. Das Auswahlverfahren ist damit abgeschlossen.

Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen für Ihre berufliche Zukunft alles Gute. Ihr Dossier senden wir Ihnen nicht zurück, es wird gemäss Datenschutzbestimmungen nach sechs Monaten gelöscht.

Freundliche Grüsse

Corinne Zwahlen
HR Business Partner

Seehotel Bellerive
Utoquai 61 | 8008 Zürich
+41 44 555 18 00 | hr@bellerive.example.ch""")),
})

# 5 -- Munich start-up, role on hold, interview cancelled with it
SPECS.append({
    "scenario": "roomlytics_role_on_hold",
    "kind": "rejection", "company": "roomlytics", "contact": "jonas@roomlytics.example.de", "language": "de",
    "from": ("Jonas from roomlytics", "jonas@roomlytics.example.de"),
    "subject": "Unser Termin am Freitag / Stelle Revenue Success",
    "date": "2026-05-19 17:58",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "mid_style": "gmail",
    "text": """Hi Katharina,

leider muss ich unseren Termin am Freitag absagen – und zwar nicht nur den Termin.

Wir haben heute im Leadership-Team entschieden, die Stelle "Revenue Success Manager DACH" bis auf Weiteres auf Eis zu legen. Hintergrund ist eine Verschiebung unserer Finanzierungsrunde, und wir stellen in diesem Jahr keine neuen Rollen im Customer-Team mehr ein. Wir werden das Verfahren daher nicht fortsetzen, auch nicht mit anderen Kandidat:innen.

Das tut mir ehrlich leid, weil unser erstes Gespräch richtig gut war. Wenn sich 2027 etwas ändert, melde ich mich bei dir – versprochen.

Viele Grüße
Jonas

--
Jonas Brandtner
Head of Customer Success | roomlytics
Sendlinger Str. 7, 80331 München
roomlytics.example.de | LinkedIn: /company/roomlytics
""",
})

# 6 -- Dubai GM, one terse line from a phone, her application quoted below
SPECS.append({
    "scenario": "desertpearl_terse_iphone",
    "kind": "rejection", "company": "Desert Pearl Resorts", "contact": "k.haddad@desertpearl.example.com", "language": "en",
    "from": ("Karim Haddad", "k.haddad@desertpearl.example.com"),
    "subject": "Re: Application - Front Office Manager, Desert Pearl Jumeirah",
    "date": "2026-02-02 21:13", "tz": "dxb",
    "thread": ["<3C1F22A8-7D52-4B0E-9E44-5A1D0B0C6E11@example.at>"],
    "mid_style": "apple",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Thanks Katharina, we have gone another way on this one. Good luck

Sent from my iPhone

""" + quoted("On 28 Jan 2026, at 09:02, Katharina Obermoser-Adeyemi <k.obermoser@example.at> wrote:", """Dear Mr Haddad,

Following our brief exchange at the ITB reception, please find attached my application for the Front Office Manager role at Desert Pearl Resorts, Jumeirah.

I would be glad to arrange an interview at your convenience.

Kind regards,
Katharina Obermoser-Adeyemi"""),
})

# 7 -- congress venue, speculative application, windows-1252
SPECS.append({
    "scenario": "ccd_initiativ_absage",
    "kind": "rejection", "company": "CCD Congress Center Donaustadt", "contact": "karriere@ccd-wien.example.at", "language": "de",
    "from": ("CCD Personalabteilung", "karriere@ccd-wien.example.at"),
    "subject": "Ihre Initiativbewerbung vom 2. Februar",
    "date": "2026-02-24 10:31",
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "header_charset": "windows-1252",
    "text": """Sehr geehrte Frau Obermoser-Adeyemi,

wir danken Ihnen für Ihre Initiativbewerbung und das damit verbundene Interesse an einer Mitarbeit im Congress Center Donaustadt.

Derzeit ist in unserem Haus keine Position im Bereich Veranstaltungs- oder Ertragsmanagement zu besetzen, die Ihrem Profil entspricht. Wir bedauern daher, Ihnen keine positive Nachricht geben zu können, und haben Ihre Unterlagen – Ihr Einverständnis vorausgesetzt – nicht in Evidenz genommen.

Offene Stellen veröffentlichen wir laufend unter „Karriere“ auf unserer Website.

Mit freundlichen Grüßen

Sabine Pölzl
Personalabteilung
CCD Congress Center Donaustadt Betriebsges.m.b.H.
Bruno-Kreisky-Platz 2, 1220 Wien
Firmenbuch FN 210377 x, Handelsgericht Wien
""",
})

# 8 -- SmartRecruiters, Paris group, vous, no reply
SPECS.append({
    "scenario": "smartrecruiters_lumiere",
    "kind": "rejection", "company": "Groupe Hôtelier Lumière", "contact": "", "language": "fr",
    "from": ("Groupe Hôtelier Lumière", "noreply@smartrecruiters.com"),
    "subject": "Votre candidature – Responsable Revenue Management, Paris 8e",
    "date": "2026-03-17 08:03", "tz": "utc",
    "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_shell(
        logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/ghl/logo_200.png",
        logo_alt="Groupe Hôtelier Lumière",
        accent="#1b3a5c",
        preheader="Suite à votre candidature",
        body=paras("""Madame,

Nous vous remercions de l'intérêt que vous portez au Groupe Hôtelier Lumière et du temps consacré à votre candidature au poste de Responsable Revenue Management.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable. Nous avons en effet retenu des profils disposant d'une expérience plus directe de la gestion tarifaire multi-établissements.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Recrutement
Groupe Hôtelier Lumière""") + f'\n<p><a href="{trk("email.smartrecruiters.com", "ghl-jobs")}" style="color:#1b3a5c">Découvrir nos offres</a></p>',
        footer=("Ce message vous a été envoyé automatiquement, merci de ne pas y répondre.<br>"
                "Lumière Hôtels &amp; Résidences SAS – 14 rue de Marignan, 75008 Paris – RCS Paris 512 334 871<br>"
                f'<a href="{trk("email.smartrecruiters.com", "ghl-unsub")}" style="color:#6b7280">Gérer mes préférences</a> · Powered by SmartRecruiters'),
        open_px=pixel("email.smartrecruiters.com", "ghlrm0317"),
    ),
})

# 9 -- French cabinet relays the client's no after the final interview
SPECS.append({
    "scenario": "cabinet_lemaire_valmont_final",
    "kind": "rejection", "company": "Maison Valmont", "contact": "a.roussel@lemaire-conseil.example.fr", "language": "fr",
    "from": ("Aurélie Roussel", "a.roussel@lemaire-conseil.example.fr"),
    "subject": "Retour Maison Valmont",
    "date": "2026-04-03 19:12",
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "text": """Bonsoir Katharina,

J'ai enfin eu le retour de Maison Valmont après votre entretien final de mardi avec la directrice des opérations.

Malheureusement ils ont choisi l'autre candidate finaliste. Ils ont beaucoup apprécié votre échange et votre vision du yield, mais elle parle couramment l'italien et le groupe ouvre un hôtel à Milan l'an prochain, ce qui a fait pencher la balance.

Je sais que c'est frustrant d'arriver si près du but. Je vous appelle lundi pour en parler tranquillement, et je garde votre profil en tête pour deux autres missions que j'ouvre en mai.

Bien à vous,

Aurélie Roussel
Consultante senior Hôtellerie & Luxe
Cabinet Lemaire & Associés
06 12 34 56 78
""",
})

# 10 -- Teamtailor, Spanish cruise line, usted, alternative parts
SPECS.append({
    "scenario": "teamtailor_marenostrum",
    "kind": "rejection", "company": "Cruceros Mare Nostrum", "contact": "", "language": "es",
    "from": ("Cruceros Mare Nostrum", "no-reply@teamtailor-mail.com"),
    "subject": "Actualización sobre su candidatura: Revenue Analyst (Lisboa)",
    "date": "2026-06-09 12:40", "tz": "utc",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"X-Mailer": "Teamtailor"},
    "html": ats_shell(
        logo="https://assets.teamtailor-cdn.com/marenostrum/logo.png",
        logo_alt="Cruceros Mare Nostrum",
        accent="#0a6e8a",
        body=paras("""Estimada Katharina:

Le agradecemos sinceramente el interés mostrado en formar parte de Cruceros Mare Nostrum y el tiempo dedicado al proceso de selección para el puesto de Revenue Analyst en nuestra oficina de Lisboa.

Tras valorar detenidamente todas las candidaturas, lamentamos comunicarle que en esta ocasión hemos optado por otros perfiles que se ajustan mejor a las necesidades actuales del equipo.

Guardaremos sus datos en nuestra base de talento durante doce meses, salvo que nos indique lo contrario.

Reciba un cordial saludo,

Departamento de Personas
Cruceros Mare Nostrum""") + f'\n<p><a href="{trk("link.teamtailor-mail.com", "mn-connect")}">Únase a nuestra comunidad de talento</a></p>',
        footer=("Cruceros Mare Nostrum S.L. · Moll de Barcelona s/n, 08039 Barcelona · CIF B-61234567<br>"
                "Si no desea recibir más comunicaciones, "
                f'<a href="{trk("link.teamtailor-mail.com", "mn-unsub")}">haga clic aquí</a>.'),
        open_px=pixel("link.teamtailor-mail.com", "mn0609"),
    ),
})

# 11 -- Spanish hotel group recruiter, tú, quoted chain full of interview words
SPECS.append({
    "scenario": "atlantida_tu_quoted_entrevista",
    "kind": "rejection", "company": "Hoteles Atlántida", "contact": "lucia.ferrer@hotelesatlantida.example.es", "language": "es",
    "from": ("Lucía Ferrer", "lucia.ferrer@hotelesatlantida.example.es"),
    "subject": "Re: entrevista jefa de recepción Lisboa",
    "date": "2026-05-27 13:36",
    "thread": ["<CAKx7m1Qz-entrevista-lisboa-0512@mail.gmail.com>"],
    "mid_style": "gmail",
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hola Katharina:

Te escribo yo directamente porque prefiero no mandarte el correo automático. Al final la dirección del hotel de Lisboa ha decidido seguir con una candidata portuguesa que ya trabajaba con ellos en el Porto, sobre todo por el idioma con los proveedores.

No es por tu perfil, de verdad. Me quedo con tus datos y si se abre algo en revenue en Madrid o Barcelona te aviso la primera.

Un abrazo y mucha suerte,
Lucía

Lucía Ferrer | Talento y Selección | Hoteles Atlántida
Paseo de la Castellana 88, Madrid

""" + quoted("El mar, 12 may 2026 a las 9:15, Katharina Obermoser-Adeyemi (<k.obermoser@example.at>) escribió:", """Hola Lucía:

Muchas gracias por la entrevista de ayer, fue un placer conoceros. Confirmo que tengo disponibilidad para una segunda entrevista con el director del hotel cuando os venga bien, y puedo viajar a Lisboa sin problema.

Un saludo,
Katharina"""),
})

# 12 -- Greenhouse, Berlin hotel-tech, multipart, decline before interviews
SPECS.append({
    "scenario": "greenhouse_ratewise",
    "kind": "rejection", "company": "RateWise", "contact": "", "language": "en",
    "from": ("RateWise Hiring Team", "no-reply@greenhouse-mail.io"),
    "subject": "Thanks for your interest in RateWise",
    "date": "2026-01-29 16:22", "tz": "utc",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Katharina,

Thanks so much for applying to the Customer Revenue Consultant (German-speaking) role at RateWise. We really appreciate you taking the time to tell us about yourself.

We've looked at your application closely and, unfortunately, we've decided not to move forward at this stage. We had a lot of strong applicants and had to make some tough calls.

We'd love to stay in touch - keep an eye on ratewise.example.de/careers for new roles.

All the best,
The RateWise Talent Team

RateWise GmbH, Torstraße 140, 10119 Berlin | Amtsgericht Charlottenburg HRB 201234 B
Please don't reply to this email - replies to this address are not monitored.
""",
    "html": ats_shell(
        logo="https://s3.amazonaws.com/grnhse-email/ratewise/logo.png",
        logo_alt="RateWise",
        accent="#5b21b6",
        body=paras("""Hi Katharina,

Thanks so much for applying to the Customer Revenue Consultant (German-speaking) role at RateWise. We really appreciate you taking the time to tell us about yourself.

We've looked at your application closely and, unfortunately, we've decided not to move forward at this stage. We had a lot of strong applicants and had to make some tough calls.

We'd love to stay in touch – keep an eye on our careers page for new roles.

All the best,
The RateWise Talent Team"""),
        footer=("RateWise GmbH, Torstraße 140, 10119 Berlin | Amtsgericht Charlottenburg HRB 201234 B<br>"
                "Please don't reply to this email – replies to this address are not monitored."),
        open_px=pixel("email.greenhouse-mail.io", "rw0129"),
    ),
})

# 13 -- Lever, Lisbon airline, role put on hold
SPECS.append({
    "scenario": "lever_atlantica_on_hold",
    "kind": "rejection", "company": "Atlantica Airways", "contact": "", "language": "en",
    "from": ("Atlantica Airways", "no-reply@hire.lever.co"),
    "subject": "Update on the Ancillary Revenue Manager role",
    "date": "2026-07-08 10:15", "tz": "lis",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#222;font-size:14px">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
<img src="https://lever-client-logos.s3.amazonaws.com/atlantica-airways.png" alt="Atlantica Airways" height="40"><br><br>
<p>Hi Katharina,</p>
<p>We wanted to give you an honest update on the Ancillary Revenue Manager position you applied for in May.</p>
<p>Following a review of our 2026 budget, the role has been put on hold and we will not proceed with the recruitment for the time being. This affects all candidates in the process, and it is in no way a reflection on your application.</p>
<p>If the position is reopened, it will be advertised again on our careers site and you are very welcome to reapply.</p>
<p>Thank you for your patience and for your interest in flying with us - in every sense.</p>
<p>Kind regards,<br>People &amp; Culture<br>Atlantica Airways</p>
<p style="font-size:11px;color:#888">Atlantica Airways, S.A. &middot; Rua do Aeroporto 12, 1700-111 Lisboa<br>
<a href="{trk("jobs.lever.co", "atlantica-optout")}" style="color:#888">Unsubscribe from candidate emails</a></p>
</td></tr></table>
{pixel("hire.lever.co", "atl0708h")}
</body></html>
""",
})

# 14 -- Austrian Personalberater, his own mandate, client not named
SPECS.append({
    "scenario": "hospitality_talents_mandate",
    "to": ("Obermoser-Adeyemi, Katharina", "k.obermoser@example.at"),
    "kind": "rejection", "company": "Hospitality Talents Personalberatung", "contact": "l.kastner@hospitality-talents.example.at", "language": "de",
    "from": ("Dr. Leopold Kastner", "l.kastner@hospitality-talents.example.at"),
    "subject": "Mandat Director of Revenue – Ihre Kandidatur",
    "date": "2026-03-25 08:17",
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "text": """Sehr geehrte Frau Obermoser-Adeyemi,

herzlichen Dank für das angenehme Telefonat vergangene Woche und die Zusendung Ihrer vollständigen Unterlagen.

Nach Rücksprache mit meinem Auftraggeber muss ich Ihnen leider mitteilen, dass ich Sie für das Mandat "Director of Revenue, Luxushotellerie Wien" nicht in die engere Auswahl nehmen kann. Gesucht wird für diese Position explizit jemand mit mindestens fünf Jahren Führungsverantwortung im Revenue Management, und diese Anforderung ist nicht verhandelbar.

Ihr Profil ist für die nächste Karrierestufe dennoch interessant. Ich nehme Sie gerne in unseren Kandidatenpool auf und melde mich, sobald ein passendes Mandat auf Ebene Revenue Manager vorliegt.

Mit besten Grüßen

Dr. Leopold Kastner
Geschäftsführender Gesellschafter

Hospitality Talents Personalberatung GmbH
Kärntner Ring 5-7 | 1010 Wien
Tel. +43 1 512 77 40
Geschäftsführer: Dr. Leopold Kastner, Mag. Ines Wallner | FN 388112 f | HG Wien
""",
})

# 15 -- agency names the Innsbruck client
SPECS.append({
    "scenario": "alpine_partners_bergkristall",
    "kind": "rejection", "company": "Hotel Bergkristall", "contact": "nina.stocker@alpine-hp.example.at", "language": "de",
    "from": ("Nina Stocker", "nina.stocker@alpine-hp.example.at"),
    "subject": "Feedback Hotel Bergkristall",
    "date": "2026-04-22 12:03",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "mid_style": "outlook",
    "text": """Hallo Frau Obermoser-Adeyemi,

kurzes Update zum Hotel Bergkristall in Innsbruck: Familie Lechner hat sich nach den Gesprächen gegen eine externe Besetzung der Rezeptionsleitung entschieden und befördert die bisherige Stellvertreterin. Damit ist die Position für Sie leider vom Tisch.

Ich weiß, dass Sie sich auf das Haus gefreut haben. Ich habe aber schon zwei andere Häuser in Tirol im Blick, bei denen Ihr Profil gut passen könnte – dazu rufe ich Sie nächste Woche an.

Liebe Grüße
Nina Stocker

alpine hospitality partners
Personalvermittlung für Hotellerie & Tourismus
Museumstraße 12 · 6020 Innsbruck
""",
})

# 16 -- tourism board, public-sector style, PDF letter attached
SPECS.append({
    "scenario": "tvb_inntal_amtlich_pdf",
    "kind": "rejection", "company": "Tourismusverband Inntal Mitte", "contact": "bewerbung@tvb-inntal.example.at", "language": "de",
    "from": ("Tourismusverband Inntal Mitte - Bewerbungen", "bewerbung@tvb-inntal.example.at"),
    "subject": "GZ TVB-P/2026/014 - Mitteilung über den Ausgang des Auswahlverfahrens",
    "date": "2026-05-05 09:00",
    "structure": "mixed", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Sehr geehrte Frau Obermoser-Adeyemi!

Bezugnehmend auf Ihre Bewerbung für die Stelle "Referentin/Referent für Destinationsentwicklung und Gästeservice" (GZ TVB-P/2026/014) übermitteln wir Ihnen in der Beilage das Schreiben über den Ausgang des Auswahlverfahrens.

Wir dürfen Ihnen mitteilen, dass die Entscheidung nicht zu Ihren Gunsten ausgefallen ist. Die Bewerbungsunterlagen werden nach Ablauf der gesetzlichen Frist von sechs Monaten vernichtet.

Für Rückfragen steht Ihnen die Geschäftsstelle unter dieser Adresse zur Verfügung.

Mit freundlichen Grüßen
Für den Geschäftsführer:
Mag. Gerlinde Auer

Tourismusverband Inntal Mitte
Dorfplatz 1, 6060 Hall in Tirol
""",
    "attachments": [{
        "filename": "Mitteilung_TVB-P_2026_014.pdf",
        "title": "Tourismusverband Inntal Mitte",
        "lines": ["GZ TVB-P/2026/014", "Hall in Tirol, 4. Mai 2026", "",
                  "Frau Katharina Obermoser-Adeyemi",
                  "Betreff: Ausgang des Auswahlverfahrens",
                  "Wir bedauern, Ihnen mitteilen zu muessen, dass wir Ihre Bewerbung",
                  "nicht beruecksichtigen konnten.", "", "Mag. Gerlinde Auer"],
    }],
})

# 17 -- university, lecturer post
SPECS.append({
    "scenario": "fh_salzach_lektorin",
    "kind": "rejection", "company": "Fachhochschule Salzach", "contact": "berufungen@fh-salzach.example.at", "language": "de",
    "from": ("FH Salzach Personalservice", "berufungen@fh-salzach.example.at"),
    "subject": "Ausschreibung 07/2026 - Hochschullektorin Revenue Management (Teilzeit)",
    "date": "2026-06-30 14:44",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<table width="640" cellpadding="0" cellspacing="0">
<tr><td><img src="https://www.fh-salzach.example.at/fileadmin/mail/fh-salzach-logo.png" alt="Fachhochschule Salzach - University of Applied Sciences" width="220"></td></tr>
<tr><td style="padding-top:18px">
<p>Sehr geehrte Frau Obermoser-Adeyemi,</p>
<p>wir danken Ihnen für Ihre Bewerbung auf die Stelle einer Hochschullektorin für Revenue Management im Studiengang Tourismus- und Hotelmanagement sowie für Ihren Probevortrag vor der Berufungskommission am 18. Juni.</p>
<p>Die Kommission hat ihre Beratungen abgeschlossen und einer anderen Bewerberin den Vorzug gegeben, die neben der Praxiserfahrung bereits mehrjährige Lehrerfahrung an einer Hochschule mitbringt.</p>
<p>Wir bedauern, Ihnen keinen positiven Bescheid geben zu können, und würden uns freuen, wenn Sie sich für einzelne Lehraufträge im Wintersemester weiterhin zur Verfügung stellen.</p>
<p>Mit freundlichen Grüßen<br>
Mag.<sup>a</sup> Theresa Kirchmayr<br>
Personalservice &amp; Berufungsmanagement</p>
</td></tr>
<tr><td style="border-top:1px solid #ccc;padding-top:8px;font-size:10px;color:#777">
Fachhochschule Salzach GmbH &middot; Campus Urstein Süd 1 &middot; 5412 Puch bei Hallein<br>
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese Nachricht.
</td></tr></table></body></html>
""",
})

# 18 -- Berlin hotel, two lines, du
SPECS.append({
    "scenario": "spreeblick_two_lines",
    "to": ("Katharina", "k.obermoser@example.at"),
    "kind": "rejection", "company": "Hotel Spreeblick", "contact": "jens.wolter@hotel-spreeblick.example.de", "language": "de",
    "from": ("Jens Wolter", "jens.wolter@hotel-spreeblick.example.de"),
    "subject": "AW: Nachtmanagerin / Revenue",
    "date": "2026-08-11 23:41",
    "thread": ["<0a1b2c3d4e5f-spreeblick-nacht@example.at>"],
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hi Katharina, leider nein – die Stelle ist seit letzter Woche weg. Sorry für die späte Antwort!
VG Jens

Hotel Spreeblick · Berlin-Friedrichshain

Von meinem Samsung Galaxy gesendet
""",
})

# 19 -- SuccessFactors, big Austrian group, legal footer
SPECS.append({
    "scenario": "successfactors_ostalpen",
    "kind": "rejection", "company": "Ostalpen Hotels", "contact": "", "language": "de",
    "from": ("Ostalpen Hotels Karriere", "ostalpenhotels@successfactors.eu"),
    "subject": "Ihre Bewerbung bei Ostalpen Hotels – Req. 4471 Revenue Manager Wien",
    "date": "2026-09-15 07:30", "tz": "utc",
    "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_shell(
        logo="https://career5.successfactors.eu/companyLogo?company=ostalpenP",
        logo_alt="Ostalpen Hotels",
        accent="#b91c1c",
        body=paras("""Sehr geehrte Frau Obermoser-Adeyemi,

vielen Dank für Ihre Bewerbung als Revenue Manager (m/w/d) für unsere Wiener Häuser.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil den Anforderungen der Position in einzelnen Punkten noch besser entspricht.

Diese Entscheidung ist keine Bewertung Ihrer Person. Wir laden Sie herzlich ein, sich in unserem Karriereportal für passende Jobangebote vormerken zu lassen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Ostalpen Hotels""") + f'\n<p><a href="{trk("links.successfactors.eu", "ostalpen-career")}" style="color:#b91c1c">Zum Karriereportal</a></p>',
        footer=("Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse können nicht bearbeitet werden.<br>"
                "Ostalpen Hotels AG · Schottenring 18 · 1010 Wien · FN 99821 p · Handelsgericht Wien<br>"
                "Vorstand: Dr. Michael Ebner (Vorsitz), Claudia Reisinger-Haas · Vorsitzender des Aufsichtsrats: Dkfm. Peter Lanz"),
        open_px=pixel("links.successfactors.eu", "oh4471"),
    ),
})

# 20 -- softgarden, river cruises, du-style employer brand
SPECS.append({
    "scenario": "softgarden_danubia",
    "kind": "rejection", "company": "Danubia River Cruises", "contact": "", "language": "de",
    "from": ("Danubia River Cruises über softgarden", "noreply@softgarden.io"),
    "subject": "Deine Bewerbung als Hotel Manager an Bord",
    "date": "2026-02-19 13:12", "tz": "utc",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        logo="https://static.softgarden.io/public/danubia/logo-mail.png",
        logo_alt="Danubia River Cruises – Flusskreuzfahrten ab Wien",
        accent="#0e7490",
        body=paras("""Hallo Katharina,

danke, dass du dich für die Stelle als Hotel Manager an Bord unserer MS Donauwelle beworben hast!

Wir haben alle Bewerbungen genau angeschaut und uns dieses Mal für eine Kandidatin entschieden, die schon mehrere Saisonen auf einem Flussschiff verbracht hat. Das heißt für dich: Wir können deine Bewerbung leider nicht weiter berücksichtigen.

Wir würden uns freuen, wenn du uns trotzdem treu bleibst – für die Saison 2027 suchen wir wieder viele Leute an Bord und an Land.

Leinen los und alles Gute!
Dein Crew-Recruiting-Team""") + f'\n<p><a href="{trk("t.softgarden.io", "danubia-jobs")}" style="color:#0e7490">Alle Jobs ansehen</a></p>',
        footer=("Danubia River Cruises GmbH · Handelskai 265 · 1020 Wien<br>"
                "Diese Nachricht wurde automatisch über softgarden versendet. "
                f'<a href="{trk("t.softgarden.io", "danubia-dsgvo")}" style="color:#6b7280">Datenschutz</a>'),
        open_px=pixel("t.softgarden.io", "dan0219"),
    ),
})

# 21 -- Zurich hotel-tech, Swiss German, after two interviews, Outlook quote with an invitation in it
SPECS.append({
    "scenario": "hoteliq_after_second_round",
    "kind": "rejection", "company": "Hoteliq", "contact": "simone.berger@hoteliq.example.ch", "language": "de",
    "from": ("Berger Simone", "simone.berger@hoteliq.example.ch"),
    "subject": "AW: Einladung zum Zweitgespräch – Customer Success Manager Hospitality",
    "date": "2026-06-18 16:09",
    "thread": ["<ZR0P281MB1020D3E9A7C1@ZR0P281MB1020.CHEP281.PROD.OUTLOOK.COM>",
               "<9B6E1A30-5C77-4B3C-A3A1-2E6F1D0C7B42@example.at>"],
    "mid_style": "outlook",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Liebe Frau Obermoser-Adeyemi

Nochmals herzlichen Dank für das Zweitgespräch vom Montag und die Zeit, die Sie in die Fallstudie investiert haben.

Wir haben uns nach intensiver Diskussion im Team für einen anderen Kandidaten entschieden, der bereits Erfahrung mit der Implementierung von SaaS-Lösungen bei Hotelketten mitbringt. Ihre Präsentation war sehr stark – die Entscheidung war knapp.

Gerne gebe ich Ihnen telefonisch ein ausführlicheres Feedback, wenn Sie das wünschen.

Freundliche Grüsse
Simone Berger
Head of People | Hoteliq AG | Hardstrasse 201, 8005 Zürich

""" + outlook("de", "Katharina Obermoser-Adeyemi <k.obermoser@example.at>", "Dienstag, 9. Juni 2026 08:12",
              "Berger Simone <simone.berger@hoteliq.example.ch>", "AW: Einladung zum Zweitgespräch – Customer Success Manager Hospitality",
              """Liebe Frau Berger

Vielen Dank für die Einladung zum Zweitgespräch! Ich bestätige gerne den Montag, 15. Juni, um 14:00 Uhr bei Ihnen in Zürich und freue mich auf die Fallstudie.

Beste Grüsse
Katharina Obermoser-Adeyemi""") + "\n" + outlook("de", "Berger Simone <simone.berger@hoteliq.example.ch>", "Montag, 8. Juni 2026 17:40",
              "Katharina Obermoser-Adeyemi <k.obermoser@example.at>", "Einladung zum Zweitgespräch – Customer Success Manager Hospitality",
              """Liebe Frau Obermoser-Adeyemi

Wir freuen uns, Sie zu einem Zweitgespräch einzuladen. Bitte bereiten Sie eine kurze Fallstudie (20 Minuten) zur Einführung unseres Pricing-Moduls in einem Stadthotel vor.

Freundliche Grüsse
Simone Berger"""),
    "html": outlook_html(mso("""Liebe Frau Obermoser-Adeyemi

Nochmals herzlichen Dank für das Zweitgespräch vom Montag und die Zeit, die Sie in die Fallstudie investiert haben.

Wir haben uns nach intensiver Diskussion im Team für einen anderen Kandidaten entschieden, der bereits Erfahrung mit der Implementierung von SaaS-Lösungen bei Hotelketten mitbringt. Ihre Präsentation war sehr stark – die Entscheidung war knapp.

Gerne gebe ich Ihnen telefonisch ein ausführlicheres Feedback, wenn Sie das wünschen.

Freundliche Grüsse
Simone Berger
Head of People | Hoteliq AG | Hardstrasse 201, 8005 Zürich""") + """
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Von:</b> Katharina Obermoser-Adeyemi &lt;k.obermoser@example.at&gt;<br><b>Gesendet:</b> Dienstag, 9. Juni 2026 08:12<br><b>An:</b> Berger Simone &lt;simone.berger@hoteliq.example.ch&gt;<br><b>Betreff:</b> AW: Einladung zum Zweitgespräch – Customer Success Manager Hospitality</p></div>
<p class="MsoNormal">Liebe Frau Berger<br>Vielen Dank für die Einladung zum Zweitgespräch! Ich bestätige gerne den Montag, 15. Juni, um 14:00 Uhr bei Ihnen in Zürich und freue mich auf die Fallstudie.<br>Beste Grüsse<br>Katharina Obermoser-Adeyemi</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Von:</b> Berger Simone &lt;simone.berger@hoteliq.example.ch&gt;<br><b>Gesendet:</b> Montag, 8. Juni 2026 17:40<br><b>Betreff:</b> Einladung zum Zweitgespräch – Customer Success Manager Hospitality</p></div>
<p class="MsoNormal">Wir freuen uns, Sie zu einem Zweitgespräch einzuladen. Bitte bereiten Sie eine kurze Fallstudie (20 Minuten) zur Einführung unseres Pricing-Moduls in einem Stadthotel vor.</p>
"""),
})

# 22 -- airline, after the phone call, confirms the no in writing
SPECS.append({
    "scenario": "skyalpin_after_call",
    "kind": "rejection", "company": "SkyAlpin", "contact": "t.mair@skyalpin.example.at", "language": "de",
    "from": ("Thomas Mair", "t.mair@skyalpin.example.at"),
    "subject": "Unser Telefonat heute",
    "date": "2026-07-21 15:52",
    "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "header_charset": "windows-1252",
    "text": """Sehr geehrte Frau Obermoser-Adeyemi,

wie heute Vormittag telefonisch besprochen, bestätige ich Ihnen hiermit auch schriftlich, dass wir die Stelle „Pricing & Revenue Analyst“ mit einer anderen Bewerberin besetzen werden.

Ausschlaggebend war – wie erwähnt – die Erfahrung mit Airline-Buchungsklassen und dem Inventory-System, die die Kollegin aus ihrer bisherigen Tätigkeit mitbringt. Ihre Stärken im Gästekontakt und im Hotel-Revenue haben wir sehr wohl gesehen.

Ich wünsche Ihnen für Ihre weitere Laufbahn alles Gute und würde mich freuen, wenn wir uns bei einer künftigen Ausschreibung wiederbegegnen.

Freundliche Grüße
Thomas Mair
Leiter Network & Revenue

SkyAlpin
Fürstenweg 180 · 6020 Innsbruck-Flughafen
skyalpin.example.at
""",
})

# 23 -- Munich hotel group via iCIMS, reply to her follow-up; quoted part asks about the interview
SPECS.append({
    "scenario": "icims_isartal_after_followup",
    "kind": "rejection", "company": "Isartal Hotels & Residences", "contact": "recruiting@isartal-hotels.example.de", "language": "de",
    "from": ("Isartal Hotels & Residences Recruiting", "recruiting@isartal-hotels.example.de"),
    "subject": "Re: Nachfrage zum Stand meiner Bewerbung",
    "date": "2026-10-06 09:26",
    "thread": ["<e71c0d9a-nachfrage-isartal@example.at>"],
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Guten Morgen Frau Obermoser-Adeyemi,

danke für Ihre Nachfrage und entschuldigen Sie bitte die lange Funkstille.

Leider haben wir keine guten Neuigkeiten: Die Position "Cluster Reservations & Revenue Manager" haben wir inzwischen mit einer Bewerberin besetzt, die bereits in unserer Münchner Gruppe tätig war. Ihre Bewerbung können wir deshalb nicht weiter berücksichtigen.

Wir wünschen Ihnen viel Erfolg!

Beste Grüße
Anna-Lena Schuster
Recruiting

Isartal Hotels & Residences
Prinzregentenstraße 52 · 80538 München
recruiting@isartal-hotels.example.de

""" + quoted("Am 29.09.2026 um 08:44 schrieb Katharina Obermoser-Adeyemi <k.obermoser@example.at>:", """Sehr geehrte Damen und Herren,

im August habe ich mich auf die Stelle "Cluster Reservations & Revenue Manager" beworben. Darf ich fragen, ob bereits Vorstellungsgespräche geplant sind? Ich wäre kurzfristig für ein Interview in München verfügbar.

Mit freundlichen Grüßen
Katharina Obermoser-Adeyemi"""),
})

# 24 -- Innsbruck event arena, BambooHR-style, reply-to coordinator
SPECS.append({
    "scenario": "bamboohr_eventarena",
    "kind": "rejection", "company": "Eventarena Innsbruck", "contact": "office@eventarena-ibk.example.at", "language": "de",
    "from": ("Eventarena Innsbruck", "notifications@app.bamboohr.com"),
    "reply_to": ("Eventarena Innsbruck Office", "office@eventarena-ibk.example.at"),
    "subject": "Bewerbung Veranstaltungskoordination",
    "date": "2026-08-27 11:11", "tz": "utc",
    "structure": "plain", "charset": "utf-8", "cte": "base64",
    "text": """Hallo Frau Obermoser-Adeyemi,

besten Dank für Ihre Bewerbung für die Veranstaltungskoordination in der Eventarena Innsbruck.

Wir müssen Ihnen leider absagen. Für die kommende Hallensaison haben wir uns für jemanden mit Erfahrung in der Konzert- und Sportlogistik entschieden.

Alles Gute und vielleicht sieht man sich bei einem Event!

Team Eventarena Innsbruck
Olympiastraße 10, 6020 Innsbruck

--
Sent via BambooHR
""",
})

# 25 -- Taleo, Dubai, Dear Candidate, requisition number
SPECS.append({
    "scenario": "taleo_alnoor_dear_candidate",
    "to": "k.obermoser@example.at",
    "kind": "rejection", "company": "Al Noor Hospitality", "contact": "", "language": "en",
    "from": ("Al Noor Hospitality Talent Acquisition", "alnoor@taleo.net"),
    "subject": "Requisition 26-0193 Revenue Manager - Application Status",
    "date": "2026-03-30 05:15", "tz": "dxb",
    "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "text": """Dear Candidate,

Thank you for your interest in the Revenue Manager position (Requisition 26-0193) with Al Noor Hospitality.

We regret to inform you that your application has not been shortlisted for the next stage of the selection process. Your details will be retained in our database, and you may be contacted should a suitable vacancy arise in the future.

We wish you every success in your career.

Talent Acquisition Department
Al Noor Hospitality LLC
P.O. Box 55120, Dubai, U.A.E.

This is a system-generated message. Please do not reply to this e-mail.
""",
})

# 26 -- UK agency relays a Dubai client's no, legal footer
SPECS.append({
    "scenario": "brennan_hart_client_no",
    "kind": "rejection", "company": "Creekside Events Arena", "contact": "olivia.brennan@brennanhart.example.com", "language": "en",
    "from": ("Olivia Brennan", "olivia.brennan@brennanhart.example.com"),
    "subject": "Creekside Events Arena - feedback",
    "date": "2026-09-02 13:28", "tz": "lon",
    "structure": "html", "charset": "windows-1252", "cte": "quoted-printable",
    "header_charset": "windows-1252",
    "mid_style": "outlook",
    "html": outlook_html(mso("""Hi Katharina,

I hope you’re well. I’ve just come off the phone with the hiring team at Creekside Events Arena in Dubai.

I’m afraid they won’t be taking your application forward for the Venue Operations Manager role. They felt your background is very strong on the hotel side, but they need someone who has run large-scale ticketed events from a venue perspective – that was the deciding factor.

I know it’s disappointing, particularly after the effort you put into the video call with their COO. I’d still very much like to keep working with you; a couple of our hotel clients in the Emirates are planning new openings for Q1.

Speak soon,

Olivia

Olivia Brennan
Senior Consultant – Hospitality & Events, Middle East
Brennan & Hart Recruitment Ltd
+44 20 7946 0311 | olivia.brennan@brennanhart.example.com""") + """
<p class="MsoNormal" style="font-size:8pt;color:#808080">Brennan &amp; Hart Recruitment Ltd is registered in England No 08812345. Registered office: 21 Cheapside, London EC2V 6AA. Brennan &amp; Hart acts as an employment agency. This email and any attachments are confidential and intended solely for the addressee.</p>
""", charset="windows-1252"),
})

# 27 -- iCIMS, Paris hotel-tech writing in English, position filled
SPECS.append({
    "scenario": "icims_pricepilot_filled",
    "kind": "rejection", "company": "Pricepilot", "contact": "", "language": "en",
    "from": ("Pricepilot Careers", "pricepilot-careers@icims.com"),
    "subject": "Revenue Strategy Consultant (DACH) - position filled",
    "date": "2026-10-13 09:02", "tz": "utc",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hello Katharina,

Thank you for your application for the Revenue Strategy Consultant (DACH) position at Pricepilot.

We are writing to let you know that the position has now been filled. We are therefore closing all remaining applications, including yours.

We appreciate the interest you have shown in Pricepilot and encourage you to keep an eye on our careers page.

Best regards,
Pricepilot Talent Team

Pricepilot SAS · 42 rue du Faubourg Poissonnière · 75010 Paris
You are receiving this message because you applied via the Pricepilot careers portal. This mailbox is not monitored.
""",
})

# 28 -- Lisbon boutique group, speculative application, warm short reply from the owner
SPECS.append({
    "scenario": "alfama_speculative_no",
    "kind": "rejection", "company": "Alfama Boutique Hotels", "contact": "ines@alfamaboutique.example.com", "language": "en",
    "from": ("Inês Carvalho", "ines@alfamaboutique.example.com"),
    "subject": "Re: Speculative application - revenue / front office",
    "date": "2026-04-09 18:20", "tz": "lis",
    "thread": ["<20260402101501.spec-alfama@example.at>"],
    "mid_style": "gmail",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": gmail_html("""Dear Katharina,

Thank you for thinking of us - your letter was lovely to read, and I can tell you know the business.

We are only three small houses with 64 rooms in total, and I am afraid we do not have a position for a revenue or front office manager, nor do we plan one this year. I did not want to leave you without an answer.

If you are ever in Lisbon, come by for a coffee at our place in Rua de São Miguel.

Warm regards,
Inês Carvalho
Owner, Alfama Boutique Hotels""") + """<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, 2 Apr 2026 at 10:15, Katharina Obermoser-Adeyemi &lt;k.obermoser@example.at&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Dear Ms Carvalho,<br>I am writing to ask whether you might have a place for an experienced front office manager moving into revenue management...<br>Kind regards,<br>Katharina</blockquote></div>
""",
})

# 29 -- Paris hotel, terse, no greeting
SPECS.append({
    "scenario": "hotel_arts_montmartre_terse",
    "kind": "rejection", "company": "Hôtel des Arts Montmartre", "contact": "direction@hoteldesarts.example.fr", "language": "fr",
    "from": ("Direction Hôtel des Arts", "direction@hoteldesarts.example.fr"),
    "subject": "Re: Candidature chef de réception",
    "date": "2026-05-13 22:05",
    "thread": ["<aa0913ff-chefreception@example.at>"],
    "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "header_charset": "iso-8859-1",
    "text": """Bonjour,
Le poste est pourvu. Merci et bonne continuation.
Cordialement
M. Perrin
Hôtel des Arts Montmartre
""",
})

# 30 -- Paris congress venue, public-style, tu impossible: very formal
SPECS.append({
    "scenario": "pavillon_bercy_formal",
    "kind": "rejection", "company": "Pavillon des Congrès de Bercy", "contact": "", "language": "fr",
    "from": ("Pavillon des Congrès de Bercy - Ressources humaines", "ne-pas-repondre@pavillon-bercy.example.fr"),
    "subject": "Réponse à votre candidature - Réf. PCB-EVT-2026-08",
    "date": "2026-07-01 10:47",
    "structure": "alt", "charset": "windows-1252", "cte": "quoted-printable",
    "header_charset": "windows-1252",
    "text": """Madame Obermoser-Adeyemi,

Nous avons bien étudié votre candidature au poste de Cheffe de projet événementiel (réf. PCB-EVT-2026-08) et nous vous en remercions.

Nous sommes toutefois au regret de vous faire savoir que votre profil n’a pas été retenu à l’issue de la phase de présélection. Le nombre important de candidatures reçues ne nous permet pas de vous apporter une réponse plus détaillée.

Nous vous prions d’agréer, Madame, l’expression de nos salutations distinguées.

La Direction des ressources humaines
Pavillon des Congrès de Bercy
""",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #dcdcdc">
<tr><td style="background:#2b2b2b;padding:14px"><img src="https://www.pavillon-bercy.example.fr/img/logo-blanc.png" alt="Pavillon des Congrès de Bercy" height="32"></td></tr>
<tr><td style="padding:22px">
<p>Madame Obermoser-Adeyemi,</p>
<p>Nous avons bien étudié votre candidature au poste de Cheffe de projet événementiel (réf. PCB-EVT-2026-08) et nous vous en remercions.</p>
<p>Nous sommes toutefois au regret de vous faire savoir que votre profil n’a pas été retenu à l’issue de la phase de présélection. Le nombre important de candidatures reçues ne nous permet pas de vous apporter une réponse plus détaillée.</p>
<p>Nous vous prions d’agréer, Madame, l’expression de nos salutations distinguées.</p>
<p>La Direction des ressources humaines<br><b>Pavillon des Congrès de Bercy</b></p>
</td></tr>
<tr><td style="padding:10px 22px;font-size:10px;color:#888;background:#f5f5f5">Merci de ne pas répondre à ce message envoyé automatiquement. Conformément au RGPD, vous pouvez exercer vos droits en écrivant à dpo@pavillon-bercy.example.fr.</td></tr>
</table></body></html>
""",
})

# 31 -- Madrid agency, its own mandate, no client named, tú and missing accents
SPECS.append({
    "scenario": "talentum_mandato_sin_cliente",
    "kind": "rejection", "company": "Talentum Hotelería", "contact": "pablo.ruiz@talentum-hoteleria.example.es", "language": "es",
    "from": ("Pablo Ruiz | Talentum Hotelería", "pablo.ruiz@talentum-hoteleria.example.es"),
    "subject": "Proceso Revenue Manager - Dubai",
    "date": "2026-08-19 17:33",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola Katharina que tal?

Te escribo para cerrar el proceso de Revenue Manager en Dubai que te comente hace unas semanas. Finalmente no vamos a presentar tu candidatura al cliente: buscan a alguien que ya haya trabajado en el mercado de Emiratos y que hable arabe, y en la ultima reunion lo pusieron como requisito imprescindible.

Siento no traerte mejores noticias. Sigo contando contigo para otros procesos en Europa, que ahi tu perfil encaja muy bien.

Un saludo!
Pablo

Pablo Ruiz
Consultor Senior | Talentum Hotelería
C/ Velázquez 57, 28001 Madrid | +34 910 555 214
""",
})
