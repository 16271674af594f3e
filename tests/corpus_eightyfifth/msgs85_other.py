"""Corpus 85 data: mail that is not a step in a job application (label `other`), part one.

Job alerts, newsletters, cold outreach and press/podcast/user-research interviews; the rest is
in msgs85_other_life.py. Company is left empty on all of these (company is labelled on job mail
only). Imported only by make_eightyfifth.py.
"""

from make_eightyfifth import Msg as M

LIST = {"List-Unsubscribe": "<https://news.example.net/u/8f2>", "Precedence": "bulk"}

MESSAGES = [
    # ------------------------------------------------------------------ job alerts and digests
    M("other", "stepstone_jobagent", "de", "", "",
      '"StepStone Jobagent" <jobagent@mail.stepstone.de>',
      "12 neue Jobs für „Strategischer Einkauf“ in München",
      """Hallo Jonas,

Ihr Jobagent hat 12 neue Stellenangebote für Sie gefunden:

Strategischer Einkäufer (m/w/d) – Huber Elektroanlagen GmbH – München – vor 1 Tag
https://www.stepstone.de/stellenangebote--Strategischer-Einkaeufer-1

Senior Buyer Direct Material (w/m/d) – Vantor Mobility – Garching – vor 2 Tagen
https://www.stepstone.de/stellenangebote--Senior-Buyer-2

Commodity Manager Elektronik – Falkenried Systems – Unterföhring – neu
https://www.stepstone.de/stellenangebote--Commodity-Manager-3

Einkäufer:in Nachhaltigkeit – Grünfeld Handel – München – neu
https://www.stepstone.de/stellenangebote--Einkaeufer-4

Alle 12 Jobs ansehen: https://www.stepstone.de/jobagent/8812

Tipp: Mit einem vollständigen Profil werden Sie von Arbeitgebern schneller gefunden – und bekommen seltener eine Absage.

Jobagent bearbeiten oder abbestellen: https://www.stepstone.de/jobagent/settings
""", "2026-01-12 06:30 +0100", fmt="html",
      headers={"List-Unsubscribe": "<https://www.stepstone.de/jobagent/unsubscribe?id=8812>",
               "List-Id": "StepStone Jobagent <jobagent.stepstone.de>"}),

    M("other", "xing_jobs_passend", "de", "", "",
      '"XING" <mailrobot@mail.xing.com>',
      "Jonas, diese Jobs passen zu Ihnen",
      """Jobs, die zu Ihrem Profil passen

Head of Procurement (m/w/d) · Seilbahnwerk Tirol · Innsbruck · 95.000 – 115.000 €
Leiter S&OP (m/w/d) · Brauerei Kaltenegger · Rosenheim · 80.000 – 95.000 €
Operational Excellence Manager · Nordlicht Medical · Hamburg

12 Recruiter:innen haben sich diese Woche Ihr Profil angesehen. Wer war es? Mit XING Premium sehen Sie es: https://www.xing.com/premium

Sie erhalten diese E-Mail, weil Sie die Jobempfehlungen abonniert haben. Abbestellen: https://www.xing.com/settings/notifications
New Work SE, Am Strandkai 1, 20457 Hamburg
""", "2026-02-03 07:05 +0100", fmt="html", headers={"List-Unsubscribe": "<https://www.xing.com/unsub/jr>"}),

    M("other", "karriereat_jobalert", "de", "", "",
      '"karriere.at Jobalarm" <jobalarm@karriere.at>',
      "5 neue Jobs: Supply Chain Manager Linz",
      """Servus Jonas!

Dein Jobalarm „Supply Chain Manager, Oberösterreich“ hat 5 neue Jobs gefunden:

• Supply Chain Planner (w/m/x) – Voestmark Stahl – Linz
• Teamleiter Logistik – Welser Kunststoffwerke – Wels
• S&OP Manager:in – Mühlviertler Molkerei – Freistadt
• Disponent:in – Traunsee Transporte – Gmunden
• Lean Coach – Steyrer Antriebe – Steyr

Jetzt ansehen: https://www.karriere.at/jobs/supply-chain-manager/oberoesterreich

Jobalarm verwalten: https://www.karriere.at/jobalarm
""", "2026-04-16 06:02 +0200", headers=LIST),

    M("other", "arbeitsagentur_suchauftrag", "de", "", "",
      '"Jobbörse der Bundesagentur für Arbeit" <noreply@arbeitsagentur.de>',
      "Neue Stellenangebote zu Ihrem Suchauftrag „Einkauf Nürnberg“",
      """Guten Tag Herr Okonkwo-Brandt,

zu Ihrem Suchauftrag „Einkauf Nürnberg“ wurden 7 neue Stellenangebote veröffentlicht. Sie finden die Angebote in Ihrem Konto in der Jobbörse:

https://www.arbeitsagentur.de/jobsuche/suchauftrag/44102

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.

Ihre Bundesagentur für Arbeit
""", "2026-05-05 05:15 +0200", charset="windows-1252"),

    M("other", "linkedin_job_alert", "en", "", "",
      '"LinkedIn Job Alerts" <jobalerts-noreply@linkedin.com>',
      "“S&OP manager”: 25 new jobs in Munich, Bavaria",
      """Your job alert for S&OP manager in Munich, Bavaria, Germany

25 new jobs match your preferences.

S&OP Manager DACH
Arkwell Consumer Health · Munich (Hybrid)
Actively recruiting · Easy Apply

Senior Demand & Supply Planner
Brevian Foods · Munich (On-site)
Be an early applicant

Manager Integrated Business Planning
Tollund Medical · Remote
Your profile matches this job

See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=S%26OP

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/jobs/alerts
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""", "2026-03-08 08:44 +0100", fmt="alt",
      headers={"List-Unsubscribe": "<https://www.linkedin.com/e/unsub?t=ja>"}),

    M("other", "indeed_digest_en", "en", "", "",
      '"Indeed" <alert@indeed.com>',
      "Operations Excellence Manager jobs in Zürich",
      """Jobs 1-8 of 31 new jobs

Operational Excellence Lead - Rhenova Pharma AG - Basel - CHF 140,000 - 165,000 a year
Lean Manager - Alpinweld Systems - Winterthur - Urgently hiring
Continuous Improvement Manager - Sennhof Dairy - Zürich
Process Excellence Manager (m/w/d) - Limmat Insurance Services - Zürich

Unfortunately some jobs in your previous alert have expired.

View all jobs: https://ch.indeed.com/jobs?q=operations+excellence&l=Zürich

Unsubscribe from this alert: https://ch.indeed.com/alert/unsubscribe
""", "2026-06-19 04:51 +0200", fmt="html", headers={"List-Unsubscribe": "<https://ch.indeed.com/a/u/1>"}),

    M("other", "infojobs_alerta_es", "es", "", "",
      '"InfoJobs" <alertas@infojobs.example.net>',
      "Nuevas ofertas de empleo para ti: Supply Chain en Barcelona",
      """Hola Jonas,

Tenemos 6 ofertas nuevas que encajan con tu alerta «Supply Chain – Barcelona»:

· Responsable de Compras Indirectas – Grupo Tarraco Alimentació – Sant Cugat
· S&OP Planner – Medirex Farma – Barcelona (híbrido)
· Jefe/a de Almacén – LogiPort Mediterrani – El Prat de Llobregat

Ver todas: https://www.infojobs.example.net/ofertas?alerta=5521

Si ya no quieres recibir estas alertas, date de baja aquí: https://www.infojobs.example.net/baja
""", "2026-09-16 08:00 +0200", fmt="html", headers=LIST),

    M("other", "wttj_alerte_fr", "fr", "", "",
      '"Welcome to the Jungle" <hello@welcometothejungle.example.com>',
      "Nouvelles offres pour vous : Supply Chain à Lyon",
      """Bonjour Jonas,

Voici les offres publiées cette semaine qui correspondent à votre alerte « Supply Chain – Lyon » :

→ Responsable Achats Durables – Oléane Cosmétiques – Lyon 7e – CDI
→ Supply Planner – Gravel & Co – Villeurbanne – CDI
→ Chef de projet Lean – Forges du Rhône – Givors – CDI

Et cette semaine sur le média : « Refus après un entretien final : comment rebondir ? »

Voir toutes les offres : https://www.welcometothejungle.example.com/fr/jobs

Se désabonner : https://www.welcometothejungle.example.com/unsubscribe
""", "2026-05-21 18:00 +0200", fmt="html", headers=LIST),

    M("other", "jobs_ch_empfehlung", "de", "", "",
      '"jobs.ch" <noreply@jobs.ch>',
      "Neue Jobs für Sie: Einkauf, Basel",
      """Grüezi Jonas Okonkwo-Brandt

Wir haben 9 neue Stellen für Ihr Suchabo «Einkauf, Basel» gefunden:

- Einkäufer/in Rohstoffe 100% – Rheinchemie Schweizerhalle AG
- Category Manager Indirect Procurement – Birsig Pharma
- Supply Chain Specialist 80-100% – Dreiland Logistik

Alle Stellen anzeigen: https://www.jobs.ch/de/stellenangebote/?term=Einkauf&location=Basel

Suchabo bearbeiten | Abmelden
""", "2026-08-20 07:12 +0200", headers=LIST),

    # ------------------------------------------------------------------ newsletters / career content
    M("other", "karriere_newsletter_absage", "de", "", "",
      '"Karrierebrief" <newsletter@karrierebrief.example.de>',
      "Absage nach dem Vorstellungsgespräch? 5 Dinge, die Sie jetzt tun sollten",
      """Karrierebrief – Ausgabe 14/2026

Liebe Leserinnen und Leser,

„Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben“ – kaum ein Satz tut im Bewerbungsprozess mehr weh. In dieser Ausgabe zeigen wir, wie Sie nach einer Absage um Feedback bitten, warum Sie das Gespräch trotzdem nachbereiten sollten und wann sich eine erneute Bewerbung lohnt.

Außerdem: Was tun, wenn Sie einen Interviewtermin verpasst haben? Unsere Expertin erklärt, wie Sie sich richtig entschuldigen.

Weiterlesen: https://karrierebrief.example.de/2026/14

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://karrierebrief.example.de/abmelden
""", "2026-04-09 07:00 +0200", fmt="alt",
      headers={**LIST, "List-Id": "Karrierebrief <karrierebrief.example.de>"}),

    M("other", "career_newsletter_en", "en", "", "",
      '"The Ops Career Letter" <hello@opscareer.example.net>',
      "Rejected after the final round? Read this",
      """THE OPS CAREER LETTER · Issue #88

This week: "We've decided to move forward with other candidates." Five readers share what they did after a final-round rejection - and which of them got the job six months later.

Also inside:
- The interview invitation email you should never ignore
- Offer negotiation for supply chain roles: what's realistic in 2026
- Reader question: "I missed a video interview because of a time-zone mix-up. What now?"

Read online: https://opscareer.example.net/issues/88

You're receiving this because you subscribed at opscareer.example.net. Unsubscribe: https://opscareer.example.net/unsub
""", "2026-05-16 14:00 +0200", fmt="html",
      headers={**LIST, "List-Id": "<opsletter.opscareer.example.net>"}),

    M("other", "glassdoor_interview_reviews", "en", "", "",
      '"Glassdoor" <noreply@glassdoor.com>',
      "See what it's like to interview at companies you follow",
      """Jonas, here's what people are saying

Interview at Arkwell Consumer Health - "Three rounds, case study on inventory. They told me within a week I got the offer."
Interview at Brevian Foods - "Phone screen, then panel. Got rejected but the feedback was fair."

Salaries for Supply Chain Manager in Munich: €78K - €104K

Explore more: https://www.glassdoor.com/member/home

Manage email preferences: https://www.glassdoor.com/member/profile/notifications
""", "2026-07-12 16:30 +0200", fmt="html", headers={"List-Unsubscribe": "<https://www.glassdoor.com/u/9>"}),

    M("other", "newsletter_fr_entretien", "fr", "", "",
      '"Cadres & Carrières" <newsletter@cadres-carrieres.example.fr>',
      "Entretien d'embauche : les 7 questions pièges",
      """Cadres & Carrières – la lettre du jeudi

Entretien d'embauche : les 7 questions pièges et comment y répondre.
Refus de candidature : faut-il relancer le recruteur ?
Témoignage : « J'ai raté mon entretien visio à cause d'un problème de connexion »

Lire la lettre : https://cadres-carrieres.example.fr/lettre/2026-23

Pour vous désinscrire, cliquez ici : https://cadres-carrieres.example.fr/desinscription
""", "2026-06-04 08:15 +0200", fmt="html", charset="windows-1252",
      headers={**LIST, "List-Id": "Cadres et Carrieres <lettre.cadres-carrieres.example.fr>"}),

    M("other", "fachmagazin_interview_coo", "en", "", "",
      '"Supply Chain Digest Europe" <editors@scdigest.example.org>',
      "This week: our interview with the COO of Rhenova Pharma",
      """SUPPLY CHAIN DIGEST EUROPE

In this week's issue:

INTERVIEW | "We cut safety stock by 18% without a single stock-out" - Rhenova Pharma's COO on S&OP maturity.
ANALYSIS | Red Sea shipping: positions of container fleets and what it means for Q3 lead times.
JOBS BOARD | 40 new senior roles in procurement and logistics.

Read the full issue: https://scdigest.example.org/issue/2026-31

Unsubscribe | Update preferences
""", "2026-07-30 06:00 +0200", fmt="html", headers={**LIST, "List-Id": "<weekly.scdigest.example.org>"}),

    M("other", "alumni_stammtisch", "de", "", "",
      '"Alumni TU Logistik" <alumni@tu-logistik.example.de>',
      "Einladung: Alumni-Stammtisch München am 18. Juni",
      """Liebe Alumni,

unser nächster Stammtisch findet am Donnerstag, 18. Juni, ab 19 Uhr im Augustiner am Platzl statt. Diesmal mit einem kurzen Impuls von Dr. Ana Ruiz (Head of Procurement bei einem großen Automobilzulieferer) zum Thema „Resiliente Lieferketten“.

Anmeldung bis 12. Juni: https://alumni.tu-logistik.example.de/stammtisch

Viele Grüße
Euer Alumni-Team

Sie erhalten diese Nachricht als Mitglied des Alumni-Netzwerks. Abmelden: https://alumni.tu-logistik.example.de/abmelden
""", "2026-05-29 12:00 +0200", headers={**LIST, "List-Id": "Alumni TU Logistik <alumni.tu-logistik.example.de>"}),

    # ------------------------------------------------------------------ recruiter marketing / cold outreach
    M("other", "headhunter_kaltakquise", "de", "", "s.wendt@wendt-partner.example.de",
      "Stefan Wendt <s.wendt@wendt-partner.example.de>",
      "Kurze Frage",
      """Guten Tag Herr Okonkwo-Brandt,

ich bin über Ihr XING-Profil auf Sie aufmerksam geworden. Wir begleiten aktuell mehrere Mandate im Bereich Einkauf und Supply Chain bei mittelständischen Industrieunternehmen in Süddeutschland (Gehaltsband 90–130 T€).

Falls Sie grundsätzlich offen für Veränderung sind, senden Sie mir gerne Ihren aktuellen Lebenslauf – ich nehme Sie dann vertraulich in unseren Kandidatenpool auf und melde mich, sobald ein Mandat passt.

Beste Grüße
Stefan Wendt
Wendt & Partner · Executive Search
Maximilianstraße 35 · 80539 München
""", "2026-02-16 08:10 +0100", cte="8bit"),

    M("other", "inmail_style_outreach_en", "en", "", "chloe.barnes@harbourline.example.co.uk",
      "Chloe Barnes <chloe.barnes@harbourline.example.co.uk>",
      "Procurement opportunities - 2026",
      """Hi Jonas,

Hope you don't mind me reaching out! I specialise in procurement and supply chain hires across the DACH region and your background in S&OP really stood out.

I'm currently working with a number of exciting clients - from a fast-growing med-tech scale-up to a global FMCG brand - all looking for strong operators like yourself.

If you're open to hearing about new opportunities now or in the future, just reply with your latest CV and salary expectations and I'll keep you front of mind!

Have a great week,
Chloe

Chloe Barnes | Harbourline Search | London · Frankfurt
""", "2026-03-23 09:55 +0100", fmt="alt"),

    M("other", "personaldienstleister_newsletter", "de", "", "",
      '"Brückner Industrieservice" <newsletter@brueckner-industrieservice.example.de>',
      "Top-Jobs der Woche in Franken 🔧",
      """Top-Jobs der Woche

Hallo Jonas,

unsere Kunden suchen aktuell:
- Disponent (m/w/d) Nürnberg – ab sofort – bis 24 €/h
- Lagerleiter (m/w/d) Erlangen – Übernahme geplant
- Einkaufssachbearbeiter (m/w/d) Fürth – Vollzeit

Jetzt bewerben: https://brueckner-industrieservice.example.de/jobs

Sie möchten keine Job-News mehr? Hier abmelden: https://brueckner-industrieservice.example.de/abmelden
""", "2026-06-22 10:00 +0200", fmt="html", charset="windows-1252", headers=LIST),

    # ------------------------------------------------------------------ other meanings of the words
    M("other", "podcast_interviewanfrage", "de", "", "ben@lieferkette2030.example.de",
      "Ben Scholz <ben@lieferkette2030.example.de>",
      "Interviewanfrage Podcast „Lieferkette 2030“",
      """Hallo Jonas,

ich bin Host des Podcasts „Lieferkette 2030“ und habe deinen LinkedIn-Beitrag über CO2-Kriterien im Einkauf gelesen – richtig stark!

Hättest du Lust, Gast in einer Folge zu sein? Wir nehmen remote auf (ca. 45 Minuten), Termin wäre flexibel im Mai. Kein Skript, einfach ein lockeres Interview über deine Erfahrungen.

Beste Grüße
Ben
lieferkette2030.example.de
""", "2026-04-18 20:11 +0200", cte="8bit"),

    M("other", "press_interview_request", "en", "", "r.kaur@logisticsweek.example.com",
      "Ravinder Kaur <r.kaur@logisticsweek.example.com>",
      "Interview request - feature on near-shoring",
      """Dear Jonas,

I'm a journalist at Logistics Week and I'm working on a feature about near-shoring in the automotive supply chain. A colleague mentioned your talk at the BVL congress.

Would you be willing to do a short interview (20 minutes, phone) for the piece? Quotes would be attributed to you by name and job title, and I'd share them with you before publication. My deadline is 12 October.

Many thanks,
Ravinder Kaur
Senior Reporter, Logistics Week
""", "2026-10-01 11:15 +0200"),

    M("other", "radio_interview_fr", "fr", "", "l.morel@radio-rhone.example.fr",
      "Léa Morel <l.morel@radio-rhone.example.fr>",
      "Demande d'interview – émission « La Ville en mouvement »",
      """Bonjour Monsieur Okonkwo-Brandt,

Je prépare une émission sur la logistique urbaine et les livraisons du dernier kilomètre pour Radio Rhône. Votre intervention au salon SITL nous a beaucoup intéressés.

Accepteriez-vous de nous accorder une interview d'une quinzaine de minutes, en direct ou enregistrée, la semaine du 8 juin ?

Bien cordialement,
Léa Morel
Journaliste – Radio Rhône
""", "2026-05-27 10:40 +0200"),

    M("other", "nutzerinterview_mvv_app", "de", "", "",
      '"MVV App Team" <research-noreply@mvv-app.example.de>',
      "Ihre Meinung zählt: Nutzerinterview (30 Min., 25 € Gutschein)",
      """Hallo,

Sie nutzen die MVV-App regelmäßig – danke dafür! Wir entwickeln die Ticketfunktion weiter und suchen Fahrgäste für ein 30-minütiges Nutzerinterview per Video. Als Dankeschön gibt es einen 25 €-Gutschein.

Termin auswählen: https://research.mvv-app.example.de/interviews

Die Teilnahme ist freiwillig. Ihre Angaben werden nur für Forschungszwecke verwendet.

Ihr MVV-App-Team
""", "2026-06-11 11:30 +0200", fmt="html", headers=LIST),

    M("other", "user_research_bank_app", "en", "", "",
      '"Pennant Bank Research" <research@pennant-bank.example.com>',
      "Help shape the Pennant app - 45 min interview, €50 thank-you",
      """Hi Jonas,

We're looking for customers to take part in a 45-minute remote interview about how you manage shared expenses. You'll talk with one of our designers - there are no right or wrong answers.

As a thank-you, we'll send you a €50 voucher.

Book a slot: https://research.pennant-bank.example.com/book/shared-expenses

Not interested? No problem - you won't hear from us about this study again.

The Pennant Research Team
""", "2026-08-03 15:45 +0200", fmt="alt", headers=LIST),

    M("other", "freund_eigene_absage", "de", "", "lukas.ebner@example.org",
      "Lukas Ebner <lukas.ebner@example.org>",
      "boah",
      """Hey Jonas,

musst ich dir kurz erzählen: hab heute die Absage von Vantor bekommen, nach VIER Runden inkl. Case. "Wir haben uns für einen Kandidaten entschieden, dessen Profil noch besser passt" – super, danke. 🙃

Naja. Bier am Freitag? Ich brauch eins. Wie läufts bei dir eigentlich mit den Bewerbungen?

Lukas""", "2026-03-04 21:48 +0100", cte="8bit"),

    M("other", "amiga_rechazo_es", "es", "", "carla.bosch@example.net",
      "Carla Bosch <carla.bosch@example.net>",
      "no me lo puedo creer",
      """Jonas!!

Al final me han dicho que no en lo de Barcelona, después de la entrevista final con el director. Que "han decidido seguir con otro perfil". Llevo todo el día de bajón.

Bueno, a lo mejor en octubre me animo y me voy a Múnich jaja. ¿Qué tal tus entrevistas? ¿Alguna novedad?

Besos,
Carla

Enviado desde mi iPhone""", "2026-07-24 22:30 +0200", cte="8bit"),

    M("other", "gps_position_geteilt", "de", "", "",
      '"Tracklog" <notify@tracklog-app.example.com>',
      "Lisa hat ihre Live-Position mit dir geteilt",
      """Lisa teilt ihre aktuelle Position mit dir

Position: 48.1374° N, 11.5755° E (Marienplatz, München)
Genauigkeit: ±12 m · Aktualisiert um 17:42

Live verfolgen: https://tracklog-app.example.com/live/7f2a

Die Freigabe endet automatisch nach 2 Stunden.
""", "2026-05-09 17:43 +0200", fmt="html"),

    M("other", "dhl_sendung_verzoegert", "de", "", "",
      '"DHL Paket" <noreply@dhl.example.de>',
      "Ihre Sendung verzögert sich leider",
      """Hallo Jonas Okonkwo-Brandt,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161094012345 aufgrund eines erhöhten Sendungsaufkommens. Wir bitten um Entschuldigung.

Neuer voraussichtlicher Zustelltag: Mittwoch, 17.12.

Sendung verfolgen: https://www.dhl.example.de/sendungsverfolgung

Ihr DHL Team
""", "2026-10-06 14:20 +0200", fmt="html"),

    M("other", "order_delayed_en", "en", "", "",
      '"Northwind Outdoor" <orders@northwind-outdoor.example.com>',
      "Unfortunately your order #NW-448120 is delayed",
      """Hi Jonas,

We're sorry - unfortunately your order #NW-448120 (Trail Runner GTX, size 44) is delayed because of a supplier issue at our warehouse in Rotterdam.

New estimated delivery: 24-27 February.

If you'd rather cancel, you can do so in your account and we'll refund you in full.

Northwind Outdoor Customer Care
""", "2026-02-18 09:09 +0100", fmt="alt"),

    M("other", "amazon_bestellung_verspaetet", "de", "", "",
      '"Amazon.de" <bestellbestaetigung@amazon.example.de>',
      "Ihre Bestellung verspätet sich",
      """Guten Tag,

leider verspätet sich Ihre Bestellung #302-4471192-5583 („Rollkoffer Cabin 55 cm“). Wir entschuldigen uns für die Unannehmlichkeiten.

Neues voraussichtliches Lieferdatum: Montag, 3. August

Bestellung ansehen: https://www.amazon.example.de/gp/your-account/order-details

Vielen Dank für Ihren Einkauf bei Amazon.
""", "2026-07-29 19:02 +0200", fmt="html"),
]
