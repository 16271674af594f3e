"""Fifth corpus: mail that is not an event in the candidate's own application, hand-written.

Job alerts, newsletters, recruiter marketing, other meanings of "interview", "position",
"application" and "unfortunately", the candidate's own sent mail, auto-replies, calendar noise.
"""

K = "other"
KIM = ("Kim Novak", "kim.novak@example.org")

LIST_HDRS = [
    ("Precedence", "bulk"),
]


def listhdrs(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), *LIST_HDRS]


MESSAGES = [
    {
        "slug": "job_alert_digest_pro_network", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": ("ProNet Job Alerts", "jobalerts-noreply@pronet.example.com"),
        "subject": "30+ new jobs for “supply chain analyst” in Chicago", "date": "Mon, 02 Mar 2026 13:00:00 +0000",
        "hdrs": listhdrs("<jobalerts.pronet.example.com>", "https://www.pronet.example.com/unsub?t=ja1"),
        "fmt": "alt", "html_style": "table",
        "text": """Your job alert for supply chain analyst in Chicago, IL

Supply Chain Analyst - Haulwise Logistics - Chicago, IL (Hybrid)
Actively recruiting · 14 applicants · Easy Apply
https://www.pronet.example.com/jobs/view/4001

Senior Supply Chain Analyst - Brennart Manufacturing Group - Elk Grove Village, IL
Be an early applicant · Interviewing now
https://www.pronet.example.com/jobs/view/4002

Inventory Analyst - Greystone Freightways - Chicago, IL
Your profile matches this job · Promoted
https://www.pronet.example.com/jobs/view/4003

See all jobs: https://www.pronet.example.com/jobs/search?alert=ja1

You are receiving Job Alert emails. Unsubscribe · Help
© 2026 ProNet Corporation, 1000 Example Way, Sunnyvale CA
""",
    },
    {
        "slug": "jobs_for_you_indeedlike", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": ("JobHive", "alert@jobhive.example.com"),
        "subject": "Kim, 12 new Warehouse Manager jobs near you", "date": "Tue, 03 Mar 2026 06:10:00 +0000",
        "hdrs": listhdrs("JobHive alerts <alerts.jobhive.example.com>", "https://jobhive.example.com/u/xyz"),
        "fmt": "html", "cte": "quoted-printable",
        "html": """<html><body><table width="600" style="font-family:Arial">
<tr><td><h3>Warehouse Manager jobs</h3></td></tr>
<tr><td><a href="https://jobhive.example.com/rc/clk?jk=a1">Warehouse Operations Manager</a><br>Fenwick Distribution - Joliet, IL<br>$85,000 - $95,000 a year · Urgently hiring · Responsive employer: typically responds within 3 days</td></tr>
<tr><td><a href="https://jobhive.example.com/rc/clk?jk=a2">Night Shift Warehouse Manager</a><br>Oakridge Freight - Bolingbrook, IL<br>Hiring multiple candidates · You must create a JobHive account before continuing to the company website to apply</td></tr>
<tr><td><a href="https://jobhive.example.com/rc/clk?jk=a3">DC Manager</a><br>Quarry Lane Foods - Aurora, IL<br>New · Easily apply</td></tr>
<tr><td style="font-size:11px;color:#666">Unfortunately, some jobs may no longer be available. <a href="https://jobhive.example.com/u/xyz">Unsubscribe</a></td></tr>
</table><img src="https://jobhive.example.com/pixel.gif" width="1" height="1"></body></html>
""",
    },
    {
        "slug": "stellenmarkt_neue_jobs", "kind": K, "lang": "de", "company": "", "contact": "",
        "frm": ("Stellenwerk Job-Agent", "jobagent@stellenwerk.example.com"),
        "subject": "7 neue Jobs für Ihren Suchauftrag „Disponent Hamburg“", "date": "Wed, 04 Mar 2026 05:45:00 +0100",
        "hdrs": listhdrs("<jobagent.stellenwerk.example.com>", "https://www.stellenwerk.example.com/abmelden?id=88"),
        "fmt": "alt", "html_style": "table", "cte": "base64",
        "text": """Guten Morgen Kim Novak,

diese neuen Stellenangebote passen zu Ihrem Suchauftrag „Disponent Hamburg“:

Disponent (m/w/d) Nahverkehr – Spedition Hartmann GmbH & Co. KG – Hamburg
Schnellbewerbung · vor 2 Tagen

Teamleiter Disposition (m/w/d) – Hanse Containerdienst GmbH – Bremerhaven
Vorstellungsgespräch innerhalb von 7 Tagen möglich

Alle Ergebnisse ansehen: https://www.stellenwerk.example.com/suche?a=88

Sie erhalten diese E-Mail, weil Sie einen Job-Agenten angelegt haben. Job-Agent abmelden.
""",
    },
    {
        "slug": "offres_de_la_semaine", "kind": K, "lang": "fr", "company": "", "contact": "",
        "frm": ("Bienvenue au Boulot", "hello@bienvenueauboulot.example.fr.test"),
        "subject": "Vos offres de la semaine 🌴 + comment réussir son entretien", "date": "Thu, 05 Mar 2026 08:00:00 +0100",
        "hdrs": listhdrs("Newsletter BAB <newsletter.bienvenueauboulot.example.fr.test>", "https://bienvenueauboulot.example.fr.test/desinscription"),
        "fmt": "html", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Georgia">
<h1>Les offres de la semaine</h1>
<p><b>Chargé·e d'exploitation transport</b> — Le Bon Fret — Lille — CDI</p>
<p><b>Contrôleur de gestion industriel</b> — Groupe Verdier — Reims — CDI</p>
<h2>Le conseil de la semaine : 5 erreurs à éviter en entretien</h2>
<p>Arriver en retard, ne pas connaître l'entreprise, critiquer son ancien employeur… Et si vous avez reçu un refus, ne le prenez pas personnellement : demandez un retour !</p>
<p><a href="https://bienvenueauboulot.example.fr.test/articles/entretien">Lire l'article</a></p>
<p style="font-size:11px">Vous recevez cet e-mail car vous êtes inscrit·e à notre newsletter. <a href="https://bienvenueauboulot.example.fr.test/desinscription">Se désinscrire</a></p>
</body></html>
""",
    },
    {
        "slug": "nuevas_ofertas_para_ti", "kind": K, "lang": "es", "company": "", "contact": "",
        "frm": ("Empleos Ya", "ofertas@empleosya.example.com"),
        "subject": "Nuevas ofertas para ti: Técnico de Calidad", "date": "Fri, 06 Mar 2026 07:07:00 +0100",
        "hdrs": listhdrs("<ofertas.empleosya.example.com>", "mailto:baja@empleosya.example.com"),
        "fmt": "alt", "html_style": "table",
        "text": """Hola Kim,

Estas son las nuevas ofertas que coinciden con tu alerta "Técnico de Calidad - Andalucía":

- Técnico/a de Calidad - Aceitera del Sur - Jaén - Inscritos: 34
- Responsable de Calidad - Grupo Tordesillas - Valladolid - ¡Nueva!
- Auditor/a interno/a - Óptima Renovables - Sevilla

Ver todas las ofertas: https://www.empleosya.example.com/alertas/991

Para dejar de recibir estas alertas, haz clic aquí.
""",
    },
    {
        "slug": "newsletter_bounce_back_rejection", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": ("The Hiring Line", "newsletter@thehiringline.example.com"),
        "subject": "Issue #112: How to bounce back after a job rejection", "date": "Sun, 08 Mar 2026 14:00:00 +0000",
        "hdrs": listhdrs("The Hiring Line <thehiringline.example.com>", "https://thehiringline.example.com/unsubscribe/kim"),
        "fmt": "alt", "html_style": "gmail",
        "text": """THE HIRING LINE - weekly notes for people looking for work

This week: rejection.

"Unfortunately, we have decided to move forward with other candidates." If you've been job hunting for more than a month, you've read that sentence. Here's what we learned from 40 recruiters about what it actually means:

1. It's rarely about one thing. Most final-round rejections come down to a narrow margin.
2. Ask for feedback - politely, once. About one in three hiring managers will reply.
3. Keep the door open. A gracious reply gets remembered when the next role opens.

Also this week: the four emails to send after an interview, and our reader Q&A on salary negotiation.

Read online: https://thehiringline.example.com/112

You're receiving this because you subscribed at thehiringline.example.com. Unsubscribe | Manage preferences
""",
    },
    {
        "slug": "newsletter_missed_interview_advice", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": ("CareerCraft Weekly", "hello@careercraft.example.net"),
        "subject": "You missed your interview. Now what?", "date": "Wed, 11 Mar 2026 15:30:00 +0000",
        "hdrs": listhdrs("CareerCraft Weekly <weekly.careercraft.example.net>", "https://careercraft.example.net/u?e=kim"),
        "fmt": "html", "cte": "base64",
        "html": """<html><body><div style="max-width:600px;font-family:Helvetica">
<h1>You missed your interview. Now what?</h1>
<p>It happens to more people than you'd think: a calendar glitch, a time-zone mix-up, a train that never came. The recruiter writes "we waited for you but you didn't join the call", and your stomach drops.</p>
<p><b>Step 1:</b> reply within the hour. <b>Step 2:</b> own it, don't make excuses. <b>Step 3:</b> offer three concrete times to reschedule.</p>
<p><a href="https://careercraft.example.net/r/missed">Read the full guide →</a></p>
<p>Plus: 12 companies hiring remote-first this month.</p>
<hr><p style="font-size:11px;color:#888">CareerCraft, 88 Sample St, Austin TX · <a href="https://careercraft.example.net/u?e=kim">Unsubscribe</a></p>
</div></body></html>
""",
    },
    {
        "slug": "karriere_newsletter_absage", "kind": K, "lang": "de", "company": "", "contact": "",
        "frm": ("Karrierebrief", "redaktion@karrierebrief.example.com"),
        "subject": "Absage erhalten? So reagieren Sie richtig", "date": "Thu, 12 Mar 2026 07:00:00 +0100",
        "hdrs": listhdrs("Karrierebrief <karrierebrief.example.com>", "https://karrierebrief.example.com/abmelden"),
        "charset": "windows-1252", "cte": "quoted-printable", "hcharset": "iso-8859-1",
        "text": """Karrierebrief - Ausgabe 11/2026

Liebe Leserinnen und Leser,

„Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.“ Kaum ein Satz ist so frustrierend. Unsere Expertin erklärt, warum Sie trotzdem antworten sollten, wie Sie um Feedback bitten und wann sich eine erneute Bewerbung lohnt.

Außerdem: Vorstellungsgespräch per Video - die zehn häufigsten Fehler.

Zum Artikel: https://karrierebrief.example.com/absage-richtig-reagieren

Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben. Abmelden: https://karrierebrief.example.com/abmelden
""",
    },
    {
        "slug": "recruiter_cold_outreach_no_call", "kind": K, "lang": "en", "company": "", "contact": "zara.hussain@apexroute-recruit.example.com",
        "frm": ("Zara Hussain", "zara.hussain@apexroute-recruit.example.com"),
        "subject": "Opportunities in logistics analytics 🚚", "date": "Fri, 13 Mar 2026 10:02:00 +0000",
        "text": """Hi Kim,

Hope you're well! I came across your profile and was really impressed by your background in supply chain analytics.

I'm currently partnered with several fantastic logistics and manufacturing businesses across the North West who are growing their data teams. Roles range from Analyst to Head of Insight, hybrid, £45-85k.

If you're open to new opportunities, feel free to send over an updated CV and your salary expectations and I'll keep you in mind as roles come in. No worries if not - happy to connect either way!

Best,
Zara Hussain
Senior Recruitment Consultant | ApexRoute Recruitment
www.apexroute-recruit.example.com
""",
    },
    {
        "slug": "agency_hot_jobs_marketing", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": ("Brightpath Talent", "marketing@brightpath-talent.example.com"),
        "subject": "🔥 Hot jobs this week + our salary guide 2026", "date": "Mon, 16 Mar 2026 09:00:00 +0000",
        "hdrs": listhdrs("Brightpath Talent News <news.brightpath-talent.example.com>", "https://brightpath-talent.example.com/unsubscribe"),
        "fmt": "html", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial"><table width="600">
<tr><td><img src="https://brightpath-talent.example.com/logo.png" alt="Brightpath Talent"></td></tr>
<tr><td><h2>This week's hot jobs!!</h2>
<ul><li>Robotics Software Engineer - Bristol - £70k</li><li>Embedded C Developer - Cambridge - £60k</li><li>Test Engineer - Swindon - £45k</li></ul>
<p>Interview guaranteed for shortlisted candidates!* Register today.</p>
<p><a href="https://brightpath-talent.example.com/salary-guide-2026">Download the 2026 Salary Guide</a></p>
<p style="font-size:10px">*Subject to client availability. Brightpath Talent Ltd is an employment agency. <a href="https://brightpath-talent.example.com/unsubscribe">Unsubscribe</a></p></td></tr>
</table></body></html>
""",
    },
    {
        "slug": "podcast_interview_request", "kind": K, "lang": "en", "company": "", "contact": "leo@supplychainside.example.com",
        "frm": ("Leo Baptiste", "leo@supplychainside.example.com"),
        "subject": "Podcast interview? (Supply Chain Side Quests)", "date": "Tue, 17 Mar 2026 18:00:00 +0000",
        "text": """Hi Kim,

I host Supply Chain Side Quests, a small podcast about the weird corners of logistics (~4k listeners). I loved your blog post on cold-chain data gaps and would love to interview you for an episode.

It's a relaxed 45-minute recorded conversation over Riverside, any time in the next few weeks. Would you be up for it? Happy to send the questions in advance.

Cheers,
Leo
supplychainside.example.com
""",
    },
    {
        "slug": "presse_interviewanfrage", "kind": K, "lang": "de", "company": "", "contact": "m.seidel@logistik-heute.example.com",
        "frm": ("Miriam Seidel", "m.seidel@logistik-heute.example.com"),
        "subject": "Interviewanfrage für „Logistik Heute“", "date": "Wed, 18 Mar 2026 11:30:00 +0100",
        "text": """Sehr geehrte Frau Novak,

für unsere Mai-Ausgabe recherchiere ich zum Thema Fachkräftemangel in der Disposition. Ihr Vortrag auf dem Logistikforum in Dortmund ist mir in Erinnerung geblieben.

Hätten Sie Zeit für ein kurzes Telefoninterview (ca. 20 Minuten) in der kommenden Woche? Die Zitate lege ich Ihnen selbstverständlich vor der Veröffentlichung zur Freigabe vor.

Mit freundlichen Grüßen
Miriam Seidel
Redakteurin, Logistik Heute
""",
    },
    {
        "slug": "radio_interview_fr", "kind": K, "lang": "fr", "company": "", "contact": "programmation@radio-estuaire.example.fr.test",
        "frm": ("Radio Estuaire - Programmation", "programmation@radio-estuaire.example.fr.test"),
        "subject": "Invitation : interview en direct dans « Les Matins de l'Estuaire »", "date": "Thu, 19 Mar 2026 09:15:00 +0100",
        "text": """Bonjour Kim,

Nous préparons une émission sur les femmes dans les métiers du transport et aimerions vous recevoir pour une interview en direct de 10 minutes, le mardi 31 mars vers 8h15, en studio ou par téléphone.

Pouvez-vous nous dire si cela vous intéresse ?

Bien cordialement,
L'équipe de programmation - Radio Estuaire
""",
    },
    {
        "slug": "user_research_interview", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": ("Freightly Research", "research-noreply@freightly.example.com"),
        "subject": "Share your feedback - 30 min interview, $50 gift card", "date": "Fri, 20 Mar 2026 16:00:00 +0000",
        "fmt": "alt", "html_style": "table",
        "text": """Hi Kim,

We're redesigning the Freightly shipment tracking dashboard and we'd love to hear how you use it day to day.

Would you join a 30-minute user interview with one of our product researchers? As a thank-you, you'll receive a $50 gift card.

Pick a time: https://freightly.example.com/research/book?p=kn

Thanks for helping us build a better product!
The Freightly UX Research team

You're receiving this because you're a Freightly user. Unsubscribe from research invitations.
""",
    },
    {
        "slug": "candidate_experience_survey_es", "kind": K, "lang": "es", "company": "", "contact": "",
        "frm": ("Banco Ribera - Encuestas", "encuestas@bancoribera.example.com"),
        "subject": "¿Qué tal fue tu experiencia en nuestro proceso de selección?", "date": "Mon, 23 Mar 2026 10:00:00 +0100",
        "fmt": "alt", "html_style": "table",
        "text": """Hola Kim,

Hace poco participaste en un proceso de selección de Banco Ribera. Queremos mejorar y tu opinión es muy importante para nosotros.

¿Nos dedicas 3 minutos para responder a esta breve encuesta? Es anónima.

Responder la encuesta: https://encuestas.bancoribera.example.com/s/cx-2026

Gracias,
Equipo de Employer Branding
""",
    },
    {
        "slug": "friend_own_rejection", "kind": K, "lang": "en", "company": "", "contact": "marcus.lee@example.net",
        "frm": ("Marcus Lee", "marcus.lee@example.net"),
        "subject": "ugh", "date": "Tue, 24 Mar 2026 21:33:00 -0500",
        "text": """Kim,

so remember the Pixel Harbor thing I told you about? they rejected me. after FOUR rounds. the email literally said "we've decided to move forward with candidates whose experience more closely matches" lol. I'm fine. mostly. need a beer.

how's your search going? you still waiting on that freight company?

drinks thursday?
M
""",
    },
    {
        "slug": "freundin_verpasstes_gespraech", "kind": K, "lang": "de", "company": "", "contact": "sarah.b@example.net",
        "frm": ("Sarah Bauer", "sarah.b@example.net"),
        "subject": "Du glaubst nicht, was mir passiert ist", "date": "Wed, 25 Mar 2026 20:10:00 +0100",
        "text": """Hey Kim,

ich hab heute mein Vorstellungsgespräch bei der Versicherung verpennt - also nicht verpennt, aber ich hatte 15 Uhr statt 14 Uhr im Kalender (Zeitumstellung, danke!). Die haben mir dann geschrieben, dass sie mich im Teams-Meeting vermisst haben. Ich könnte heulen.

Hast du einen Tipp, wie ich denen jetzt am besten schreibe? Du kennst dich da ja aus.

Drück dich,
Sarah
""",
    },
    {
        "slug": "order_delayed", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": ("DeskDepot", "orders@deskdepot.example.com"),
        "subject": "Unfortunately your order #DD-448812 is delayed", "date": "Thu, 26 Mar 2026 12:00:00 +0000",
        "fmt": "alt", "html_style": "table",
        "text": """Hi Kim,

Unfortunately your order #DD-448812 (Ergonomic Standing Desk, Oak) is delayed due to high demand. Your new estimated delivery date is April 9 - April 13.

We're sorry for the inconvenience. If you'd prefer to cancel, you can do so from your account at no cost.

Thanks for your patience,
The DeskDepot Team

Questions? Visit our help centre. Please do not reply to this email.
""",
    },
    {
        "slug": "colis_retarde", "kind": K, "lang": "fr", "company": "", "contact": "",
        "frm": ("ColisExpress", "suivi@colisexpress.example.fr.test"),
        "subject": "Votre colis a du retard", "date": "Fri, 27 Mar 2026 07:30:00 +0100",
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
        "text": """Bonjour,

Malheureusement, votre colis n° 6A2213344 n'a pas pu être livré à la date prévue en raison d'un incident sur notre plateforme de tri. Nous sommes désolés pour ce contretemps.

Nouvelle date de livraison estimée : mardi 31 mars.

Suivre mon colis : https://colisexpress.example.fr.test/suivi/6A2213344

ColisExpress - Ne pas répondre à ce message.
""",
    },
    {
        "slug": "fleet_gps_position", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": ("TrackPoint Alerts", "alerts@trackpoint.example.com"),
        "subject": "Position update: Vehicle VAN-07 has left geofence 'Depot North'", "date": "Sat, 28 Mar 2026 05:42:00 +0000",
        "text": """TrackPoint Fleet Alert

Vehicle: VAN-07 (Ford Transit, reg. EX26 ABC)
Event: Left geofence "Depot North"
Position: 53.4808 N, 2.2426 W (Great Ancoats St, Manchester)
Speed: 28 mph, heading NE
Time: 28/03/2026 05:41 GMT

View live position: https://app.trackpoint.example.com/v/VAN-07

You receive this alert because you are an administrator of account KN-Consulting. Manage alert settings.
""",
    },
    {
        "slug": "posicion_gps_compartida", "kind": K, "lang": "es", "company": "", "contact": "",
        "frm": ("Mapas Localiza", "notificaciones@localiza.example.com"),
        "subject": "Lucía ha compartido su posición contigo", "date": "Sun, 29 Mar 2026 19:20:00 +0200",
        "text": """Lucía ha compartido su ubicación en tiempo real contigo durante 1 hora.

Posición actual: Calle Mayor 12, Madrid (40.4155, -3.7074)
Precisión: 10 m

Ver en el mapa: https://localiza.example.com/share/9f8e7d

Recibes este mensaje porque Lucía te añadió como contacto de confianza.
""",
    },
    {
        "slug": "credit_card_application_received", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": ("Northgate Bank Cards", "cards-noreply@northgatebank.example.com"),
        "subject": "We've received your application", "date": "Mon, 30 Mar 2026 14:14:00 +0000",
        "fmt": "alt", "html_style": "table",
        "text": """Dear Kim Novak,

Thank you for applying for the Northgate Rewards Platinum credit card. We've received your application (reference NB-CC-7781204) and we're reviewing it now.

Most decisions are made within 2 working days. If we need any more information from you, we'll be in touch. Unfortunately we can't give updates on applications by phone.

Northgate Bank plc. Credit is subject to status. Representative 24.9% APR (variable).
""",
    },
    {
        "slug": "kreditantrag_eingegangen", "kind": K, "lang": "de", "company": "", "contact": "",
        "frm": ("Mittelrhein Kreditbank - Baufinanzierung", "service-noreply@mittelrhein-kreditbank.example.com"),
        "subject": "Ihr Kreditantrag ist bei uns eingegangen", "date": "Tue, 31 Mar 2026 09:00:00 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
        "text": """Sehr geehrte Frau Novak,

vielen Dank für Ihren Antrag auf einen Ratenkredit über 12.000 EUR. Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft.

Über das Ergebnis der Prüfung informieren wir Sie in den nächsten Tagen per Post. Bitte halten Sie Ihre Gehaltsnachweise der letzten drei Monate bereit.

Mit freundlichen Grüßen
Ihre Mittelrhein Kreditbank eG
Diese E-Mail wurde automatisch erstellt.
""",
    },
    {
        "slug": "apartment_application_declined", "kind": K, "lang": "en", "company": "", "contact": "leasing@elmcourtliving.example.com",
        "frm": ("Elm Court Leasing Office", "leasing@elmcourtliving.example.com"),
        "subject": "Your rental application - Unit 12B", "date": "Wed, 01 Apr 2026 16:30:00 -0500",
        "text": """Hi Kim,

Thank you for applying for Unit 12B at Elm Court. We received a number of applications for this unit, and unfortunately we have decided to proceed with another applicant.

Your application fee will not be refunded, but your screening results are valid for 30 days if you'd like to apply for another unit with us. We currently have a 1BR available on the 3rd floor.

Best,
Denise
Elm Court Leasing Office
(773) 555-0123
""",
    },
    {
        "slug": "alquiler_solicitud_no_aceptada", "kind": K, "lang": "es", "company": "", "contact": "jorge@inmolevante.example.com",
        "frm": ("Jorge Pastor - InmoLevante", "jorge@inmolevante.example.com"),
        "subject": "Piso calle Colón 14", "date": "Thu, 02 Apr 2026 12:45:00 +0200",
        "text": """Hola Kim,

Te escribo por lo del piso de la calle Colón. Lamentablemente el propietario ha elegido a otros inquilinos, una familia que podía entrar ya el día 1.

Si quieres te aviso cuando tengamos algo parecido por la zona, que suele salir bastante.

Un saludo,
Jorge Pastor
InmoLevante - Agencia inmobiliaria
""",
    },
    {
        "slug": "university_admission_declined", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": ("Graduate Admissions", "gradadmissions-noreply@northfield.example.edu.test"),
        "subject": "Your application to the MSc Operations Research", "date": "Fri, 03 Apr 2026 17:00:00 +0000",
        "fmt": "alt", "html_style": "table",
        "text": """Dear Kim Novak,

Thank you for your application to the MSc Operations Research programme at Northfield University for entry in September 2026.

The Admissions Committee has now considered your application carefully. We regret to inform you that we are unable to offer you a place on this occasion. Competition for places was exceptionally strong.

We wish you every success with your future studies.

Graduate Admissions Office
Northfield University
""",
    },
    {
        "slug": "admission_master_acceptee", "kind": K, "lang": "fr", "company": "", "contact": "",
        "frm": ("Scolarité - Université de Valrive", "scolarite-noreply@univ-valrive.example.fr.test"),
        "subject": "Décision d'admission - Master Logistique et Supply Chain", "date": "Mon, 06 Apr 2026 10:00:00 +0200",
        "text": """Madame,

Nous avons le plaisir de vous informer que votre candidature au Master 1 Logistique et Supply Chain a reçu un avis favorable de la commission pédagogique.

Vous disposez d'un délai de 10 jours pour confirmer votre inscription sur la plateforme.

Le service de la scolarité
Université de Valrive
""",
    },
    {
        "slug": "kim_sent_followup", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": KIM, "to": [("Angela Morris", "angela.morris@greystonefreight.example.com")],
        "subject": "Following up - Transport Analyst", "date": "Mon, 06 Apr 2026 09:05:00 -0500",
        "mid_domain": "mail.example.org",
        "text": """Hi Angela,

I hope you're well. I wanted to follow up on my interview for the Transport Analyst role last Thursday. I really enjoyed meeting Rob and Kwame, and I'm still very excited about the opportunity.

Please let me know if there's anything else you need from me. I understand if you've decided to go with other candidates, but I'd be grateful to hear either way.

Best regards,
Kim Novak
""",
    },
    {
        "slug": "kim_sent_thankyou_de", "kind": K, "lang": "de", "company": "", "contact": "",
        "frm": KIM, "to": [("Jonas Albers", "j.albers@mittelrhein-kreditbank.example.com")],
        "subject": "Vielen Dank für das Gespräch", "date": "Tue, 31 Mar 2026 18:02:00 +0200",
        "mid_domain": "mail.example.org",
        "text": """Sehr geehrter Herr Albers,

vielen Dank für das angenehme Vorstellungsgespräch heute Vormittag. Der Einblick in die Arbeit des Meldewesen-Teams hat mein Interesse an der Stelle noch verstärkt.

Ich freue mich darauf, von Ihnen zu hören.

Mit freundlichen Grüßen
Kim Novak
""",
    },
    {
        "slug": "kim_sent_cant_attend_reply", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": KIM, "to": [("Kevin Alvarez", "k.alvarez@brightwatersys.example.com")],
        "subject": "Re: Interview tomorrow", "date": "Mon, 09 Mar 2026 19:40:00 -0700", "reply": True,
        "mid_domain": "mail.example.org",
        "text": """Hi Kevin,

No problem at all, feel better soon! Next Wednesday at 10am works for me.

Kim

On Mon, Mar 9, 2026 at 7:02 PM Kevin Alvarez <k.alvarez@brightwatersys.example.com> wrote:
> Kim so sorry, I'm down with the flu. Can we push tomorrow's 10am to next
> Tues or Weds, same time? Apologies for the late notice
""",
    },
    {
        "slug": "recruiter_ooo_autoreply", "kind": K, "lang": "en", "company": "", "contact": "ines.okafor@driftwood.example.net",
        "frm": ("Ines Okafor", "ines.okafor@driftwood.example.net"),
        "subject": "Automatic reply: Senior Backend Engineer - question about the final round", "date": "Mon, 09 Mar 2026 08:00:02 +0000",
        "hdrs": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Thanks for your email. I'm out of office until Monday 16 March with limited access to email.

If your message is about an interview or offer, please contact talent@driftwood.example.net and someone from the team will help.

Ines
""",
    },
    {
        "slug": "abwesenheitsnotiz", "kind": K, "lang": "de", "company": "", "contact": "s.brandt@spedition-hartmann.example.com",
        "frm": ("Sabine Brandt", "s.brandt@spedition-hartmann.example.com"),
        "subject": "Abwesenheitsnotiz: Rückfrage Bewerbung Disponent", "date": "Thu, 16 Apr 2026 10:00:01 +0200",
        "hdrs": [("Auto-Submitted", "auto-replied")],
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 24.04.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@spedition-hartmann.example.com.

Mit freundlichen Grüßen
Sabine Brandt
""",
    },
    {
        "slug": "respuesta_automatica", "kind": K, "lang": "es", "company": "", "contact": "paola.rios@talentia-rh.example.com",
        "frm": ("Paola Ríos", "paola.rios@talentia-rh.example.com"),
        "subject": "Respuesta automática: Entrevista con Logística Andina", "date": "Wed, 22 Apr 2026 15:00:00 -0500",
        "hdrs": [("Auto-Submitted", "auto-replied")],
        "text": """Hola, gracias por tu mensaje. Estoy de vacaciones hasta el 4 de mayo y sin acceso al correo.

Para temas urgentes de procesos de selección puedes escribir a equipo@talentia-rh.example.com.

Saludos,
Paola
""",
    },
    {
        "slug": "standup_invitation", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": ("Team Calendar", "calendar-notification@calendar.example.com"),
        "subject": "Invitation: Daily standup @ Weekly from 9:30am to 9:45am on weekdays (kim.novak@example.org)",
        "date": "Fri, 27 Feb 2026 16:00:00 +0000",
        "text": """You have been invited to the following event.

Daily standup
When: Weekly from 9:30am to 9:45am on weekday (Central Time)
Joining info: meet.example.com/std-upup-now
Who: product-team@kn-consulting.example.com

Invitation from Team Calendar
""",
        "ics": {"start": "20260302T153000Z", "end": "20260302T154500Z", "uid": "standup-series-2026@calendar.example.com",
                 "organizer": ("Product Team", "product-team@kn-consulting.example.com"),
                 "summary": "Daily standup", "location": "meet.example.com/std-upup-now"},
    },
    {
        "slug": "sprint_planning_reminder", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": ("Calendar", "calendar-notification@calendar.example.com"),
        "subject": "Reminder: Sprint planning @ Mon 16 Mar 2026 10am - 11am (CDT)", "date": "Mon, 16 Mar 2026 14:50:00 +0000",
        "text": """This is a reminder for:

Sprint planning
When: Mon 16 Mar 2026 10am - 11am (CDT)
Where: Room Ohio / meet.example.com/spr-plan-ing
Calendar: kim.novak@example.org

Invitation from Calendar. You are receiving this email at the account kim.novak@example.org because you set a reminder for this event.
""",
    },
    {
        "slug": "cfp_talk_rejected", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": ("LogiConf 2026 Program Committee", "cfp-noreply@logiconf.example.org"),
        "subject": "LogiConf 2026: decision on your proposal", "date": "Tue, 07 Apr 2026 12:00:00 +0000",
        "text": """Dear Kim Novak,

Thank you for submitting "Cold-chain telemetry: what the dashboards don't show" to LogiConf 2026.

We received 412 proposals for 48 slots. Unfortunately, we are unable to accept your talk this year. This decision reflects the number of submissions, not the quality of your work.

We'd love to see you at the conference; use code SPEAKER15 for 15% off your ticket.

The LogiConf Program Committee
""",
    },
    {
        "slug": "insurance_claim_declined", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": ("Harbor Mutual Claims", "claims-noreply@harbormutual.example.com"),
        "subject": "Update on your claim HM-2026-55102", "date": "Wed, 08 Apr 2026 09:30:00 +0000",
        "text": """Dear Kim Novak,

We have completed our review of your claim HM-2026-55102 (water damage, kitchen).

We regret to inform you that we are unable to accept this claim, as the damage resulted from a gradual leak, which is excluded under section 4.2 of your policy.

If you disagree with this decision, you may request a review within 30 days.

Harbor Mutual Claims Department
""",
    },
    {
        "slug": "talent_community_signup", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": ("Velora Games Talent Community", "talent-community@velora.example.com"),
        "subject": "Welcome to the Velora Games Talent Community!", "date": "Thu, 09 Apr 2026 20:00:00 +0000",
        "hdrs": listhdrs("Velora Talent Community <community.velora.example.com>", "https://velora.example.com/talent/unsubscribe"),
        "fmt": "alt", "html_style": "table",
        "text": """Hi Kim,

Thanks for joining our Talent Community! You haven't applied for a specific role, but we'll send you news about life at Velora and new openings that match your interests (Design, Production).

In the meantime, check out our latest studio diary: how we run playtests with 200 players every Friday.

See you around,
Velora Games Talent Team

Manage your preferences or unsubscribe at any time.
""",
    },
    {
        "slug": "profile_viewed_by_recruiters", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": ("ProNet", "notifications-noreply@pronet.example.com"),
        "subject": "Kim, your profile was viewed by 6 recruiters this week", "date": "Fri, 10 Apr 2026 08:00:00 +0000",
        "hdrs": listhdrs("<notifications.pronet.example.com>", "https://www.pronet.example.com/unsub?t=n4"),
        "fmt": "alt", "html_style": "table",
        "text": """Your week on ProNet

6 recruiters viewed your profile, including people from Haulwise Logistics and Fenwick Distribution.
You appeared in 48 searches.

Your application for Inventory Analyst at Greystone Freightways was viewed.

Upgrade to Premium to see who's interested in you.

Unsubscribe · Help · ProNet Corporation
""",
    },
    {
        "slug": "interview_skills_webinar", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": ("City Careers Service", "events@citycareers.example.org"),
        "subject": "Webinar: Nailing the panel interview (Thurs 6pm)", "date": "Mon, 13 Apr 2026 11:00:00 +0100",
        "hdrs": listhdrs("City Careers events <events.citycareers.example.org>", "https://citycareers.example.org/unsubscribe"),
        "fmt": "alt", "html_style": "gmail",
        "text": """Hi Kim,

Got a panel interview coming up? Join our free webinar this Thursday at 6pm with recruiter Hannah Diaz. We'll cover how to handle three interviewers at once, the STAR method, and what to do if you're invited to a second round.

Register: https://citycareers.example.org/events/panel-interview

City Careers Service - free careers support for residents
Unsubscribe from event emails
""",
    },
    {
        "slug": "interviewer_scorecard_request", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": ("KN Consulting via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "subject": "Reminder: Please submit your scorecard for Jordan Lee", "date": "Tue, 14 Apr 2026 17:30:00 +0000",
        "text": """Hi Kim,

You interviewed Jordan Lee for Junior Analyst on April 13, 2026. Please submit your scorecard so the hiring team can make a decision.

Submit scorecard: https://app.greenhouse.example.io/scorecards/771234

Thanks,
KN Consulting Recruiting
""",
    },
    {
        "slug": "fwd_job_posting_from_friend", "kind": K, "lang": "en", "company": "", "contact": "priyanka.s@example.com",
        "frm": ("Priyanka Shah", "priyanka.s@example.com"),
        "subject": "Fwd: We're hiring: Logistics Data Analyst", "date": "Wed, 15 Apr 2026 12:12:00 +0100",
        "text": """thought of you!! apply apply apply x

---------- Forwarded message ---------
From: Oakridge Freight Internal Comms <comms@oakridgefreight.example.com>
Date: Wed, 15 Apr 2026 at 09:00
Subject: We're hiring: Logistics Data Analyst
To: all-staff@oakridgefreight.example.com

Team,

We're looking for a Logistics Data Analyst to join the network planning group. Know someone great? Refer them through the portal - successful referrals earn a $2,000 bonus once the new hire completes 90 days. Interviews will start in May.

People Team
""",
    },
    {
        "slug": "ats_password_reset", "kind": K, "lang": "en", "company": "", "contact": "",
        "frm": ("Halden Bank Careers", "careers-noreply@halden.successfactors.example.com"),
        "subject": "Password reset request for your candidate account", "date": "Thu, 16 Apr 2026 22:05:00 +0000",
        "text": """Dear Kim Novak,

We received a request to reset the password for your candidate account on the Halden Bank career site.

Reset your password: https://career5.successfactors.example.com/career?company=haldenbank&reset=1a2b3c

If you did not request a password reset, please ignore this email.

*** This is an automatically generated email, please do not reply ***
""",
    },
    {
        "slug": "meetup_interview_prep", "kind": K, "lang": "fr", "company": "", "contact": "",
        "frm": ("Meetup Emploi Tech Lyon", "info@meetupmail.example.com"),
        "subject": "Nouvel événement : Atelier simulation d'entretien technique", "date": "Fri, 17 Apr 2026 18:00:00 +0200",
        "hdrs": listhdrs("Emploi Tech Lyon <emploi-tech-lyon.meetupmail.example.com>", "https://meetupmail.example.com/unsubscribe/etl"),
        "fmt": "alt", "html_style": "table",
        "text": """Emploi Tech Lyon a programmé un nouvel événement !

Atelier simulation d'entretien technique
Mardi 28 avril, 19h00 - La Cordée Perrache

Entraînez-vous en binôme : entretien de recrutement simulé, retours bienveillants, et une session questions-réponses avec deux recruteuses. Vous avez raté votre dernier entretien ? C'est le bon endroit pour rebondir.

Participer : https://meetupmail.example.com/emploi-tech-lyon/events/3012

Vous recevez cet e-mail parce que vous êtes membre de Emploi Tech Lyon.
""",
    },
    {
        "slug": "ancien_collegue_nouvelles", "kind": K, "lang": "fr", "company": "", "contact": "thomas.renaud@example.net",
        "frm": ("Thomas Renaud", "thomas.renaud@example.net"),
        "subject": "Des nouvelles !", "date": "Sat, 18 Apr 2026 11:40:00 +0200",
        "text": """Salut Kim,

Ça fait un bail ! Je voulais te dire que j'ai enfin eu une réponse de Transports Moreau… et c'est non. Ils ont « retenu un profil plus en adéquation avec le poste ». Classique. Bon, j'ai un autre entretien la semaine prochaine chez un transitaire, croise les doigts pour moi.

Et toi, ça avance tes recherches ? On se fait un café bientôt ?

Thomas
""",
    },
    {
        "slug": "amiga_me_ofrecieron", "kind": K, "lang": "es", "company": "", "contact": "vale.gomez@example.com",
        "frm": ("Valentina Gómez", "vale.gomez@example.com"),
        "subject": "¡¡Me ofrecieron el puesto!!", "date": "Sun, 19 Apr 2026 22:22:00 +0200",
        "text": """Kim!!!

Te tenía que contar: ¡¡me ofrecieron el puesto en la naviera!! Después de tres entrevistas y una prueba técnica horrible. Empiezo en junio.

Gracias por ayudarme a preparar la entrevista final, de verdad. Te invito a cenar esta semana, ¿qué día puedes?

Besos,
Vale
""",
    },
    {
        "slug": "sindicato_boletin_empleo", "kind": K, "lang": "es", "company": "", "contact": "",
        "frm": ("Boletín Empleo Público", "boletin@empleopublico.example.org"),
        "subject": "Boletín semanal: nuevas convocatorias y fechas de examen", "date": "Mon, 20 Apr 2026 07:00:00 +0200",
        "hdrs": listhdrs("Boletin Empleo Publico <boletin.empleopublico.example.org>", "https://empleopublico.example.org/baja"),
        "fmt": "html", "cte": "quoted-printable",
        "html": """<html><body><h2>Boletín semanal de empleo público</h2>
<ul><li>Hospital San Telmo: Convocatoria 12/2026, Técnico/a de Sistemas. Plazo de solicitudes hasta el 30 de abril.</li>
<li>Ayuntamiento de Valdemora: 4 plazas de Auxiliar Administrativo. Publicada la lista de admitidos y excluidos.</li>
<li>Consejos: cómo preparar la entrevista personal en un concurso-oposición.</li></ul>
<p style="font-size:11px">Para darte de baja de este boletín pulsa <a href="https://empleopublico.example.org/baja">aquí</a>.</p></body></html>
""",
    },
    {
        "slug": "behoerde_newsletter_ausschreibungen", "kind": K, "lang": "de", "company": "", "contact": "",
        "frm": ("Karriereportal Öffentlicher Dienst", "newsletter@karriere-oed.test"),
        "subject": "Neue Ausschreibungen in Ihrer Region (KW 17)", "date": "Tue, 21 Apr 2026 06:30:00 +0200",
        "hdrs": listhdrs("<newsletter.karriere-oed.test>", "https://karriere-oed.test/newsletter/abmelden"),
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
        "text": """Neue Stellenausschreibungen für Sie

- Stadt Kirchheim: Sachbearbeitung Digitalisierung (E 10 TVöD), Bewerbungsfrist 15.05.2026
- Landratsamt Oberwald: Sachgebietsleitung IT (A 12 / E 12), Bewerbungsfrist 08.05.2026
- Bezirksamt Lindenau: Referent/in Haushalt (E 11), Vorstellungsgespräche voraussichtlich im Juni

Tipp der Woche: So bereiten Sie sich auf ein strukturiertes Auswahlgespräch vor.

Newsletter abbestellen: https://karriere-oed.test/newsletter/abmelden
""",
    },
    {
        "slug": "bilingual_team_event_invite", "kind": K, "lang": "de", "company": "", "contact": "ole.berg@fjordline.example.com",
        "frm": ("Ole Berg", "ole.berg@fjordline.example.com"),
        "subject": "Sommerfest / Summer party - Save the date", "date": "Wed, 22 Apr 2026 10:10:00 +0200",
        "text": """Hallo zusammen / Hi all,

unser Sommerfest findet am Freitag, 26. Juni, ab 16 Uhr am Hafen statt. Familie und Freunde sind herzlich willkommen!

Our summer party is on Friday 26 June from 4pm at the harbour. Family and friends are very welcome!

Bitte gebt bis 1. Juni Bescheid / Please RSVP by 1 June.

Ole
""",
        "to": [("Fjordline alumni", "alumni@fjordline.example.com")], "cc": [KIM],
    },
]
