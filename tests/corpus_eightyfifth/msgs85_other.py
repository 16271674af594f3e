"""Corpus 85 data: everything that is not a step in a job application (label `other`).

Job alerts, newsletters, cold outreach, press/podcast/user-research interviews, the candidate's
own sent mail, auto-replies, calendar noise and ordinary life admin. Company is left empty on
all of these (company is labelled on job mail only). Imported only by make_eightyfifth.py.
"""

from make_eightyfifth import Msg as M

CANDIDATE_FROM = "Jonas Okonkwo-Brandt <jonas.ob@example.de>"
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

    # ------------------------------------------------------------------ applications that are not for a job
    M("other", "hausrat_antrag_eingegangen", "de", "", "",
      '"Isartal Versicherung" <service@isartal-versicherung.example.de>',
      "Ihr Antrag ist bei uns eingegangen",
      """Sehr geehrter Herr Okonkwo-Brandt,

vielen Dank für Ihren Antrag auf eine Hausratversicherung (Tarif Komfort, Wohnfläche 68 m²). Wir haben Ihre Unterlagen erhalten und prüfen diese. Ihren Versicherungsschein erhalten Sie in der Regel innerhalb von 5 Werktagen.

Vertragsnummer (vorläufig): HR-2026-0041877

Mit freundlichen Grüßen
Ihre Isartal Versicherung
""", "2026-01-20 13:40 +0100", charset="iso-8859-1", cte="quoted-printable"),

    M("other", "kreditkarte_abgelehnt", "de", "", "",
      '"Sparkasse Isar-Loisach" <noreply@sparkasse-isarloisach.example.de>',
      "Ihr Antrag auf eine Kreditkarte",
      """Sehr geehrter Herr Okonkwo-Brandt,

vielen Dank für Ihren Antrag auf eine Mastercard Gold.

Nach Prüfung Ihrer Angaben müssen wir Ihnen leider mitteilen, dass wir Ihrem Antrag derzeit nicht entsprechen können. Gerne berät Sie Ihr Kundenberater persönlich zu Alternativen.

Mit freundlichen Grüßen
Ihre Sparkasse Isar-Loisach

Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht darauf.
""", "2026-02-27 11:00 +0100", fmt="alt"),

    M("other", "credit_card_application_received_ch", "en", "", "",
      '"Helvetia Private Bank" <no-reply@helvetiapb.example.ch>',
      "We have received your credit card application",
      """Dear Mr Okonkwo-Brandt,

Thank you for applying for the Helvetia Platinum credit card. We have received your application and will review it within 5 business days. We may contact you if we need further documents, such as proof of residence in Switzerland.

Kind regards,
Helvetia Private Bank
""", "2026-09-10 16:10 +0200"),

    M("other", "prestamo_recibido_es", "es", "", "",
      '"Banco Ribera" <no-responder@bancoribera.example.es>',
      "Hemos recibido tu solicitud de préstamo",
      """Hola Jonas,

Hemos recibido tu solicitud de préstamo personal por importe de 8.000 €. Nuestro equipo la está estudiando y te responderemos en un plazo máximo de 48 horas.

Puedes consultar el estado en la app de Banco Ribera.

Gracias por confiar en nosotros.
Banco Ribera
""", "2026-08-14 10:30 +0200", fmt="html"),

    M("other", "wohnung_absage_hausverwaltung", "de", "", "m.kramer@hv-kramer.example.de",
      "Monika Kramer <m.kramer@hv-kramer.example.de>",
      "Ihre Bewerbung für die Wohnung Schleißheimer Str. 112",
      """Sehr geehrter Herr Okonkwo-Brandt,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Schleißheimer Straße und für die Teilnahme an der Besichtigung.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Monika Kramer
Hausverwaltung Kramer · München
""", "2026-03-27 15:15 +0100", charset="windows-1252"),

    M("other", "piso_ya_alquilado_es", "es", "", "jordi@pisosgracia.example.es",
      "Jordi Vidal <jordi@pisosgracia.example.es>",
      "Piso c/ Verdi 41",
      """Hola Jonas,

Gracias por tu interés y por enviarnos la documentación. Lamentamos informarte de que el piso de la calle Verdi ya ha sido alquilado a otro solicitante.

Si quieres, te aviso cuando tengamos algo parecido en Gràcia.

Saludos,
Jordi Vidal
Pisos Gràcia
""", "2026-09-29 13:20 +0200"),

    M("other", "zulassung_master_abgelehnt", "de", "", "",
      '"Hochschule Rosenheim Campusportal" <noreply@campus.th-rosen.example.de>',
      "Zulassungsbescheid – Masterstudiengang Nachhaltiges Supply Chain Management",
      """Sehr geehrter Herr Okonkwo-Brandt,

zu Ihrem Antrag auf Zulassung zum berufsbegleitenden Masterstudiengang „Nachhaltiges Supply Chain Management“ zum Wintersemester 2026/27 ist eine Entscheidung gefallen.

Leider können wir Ihnen keinen Studienplatz anbieten, da die Zahl der Bewerbungen die verfügbaren Plätze überstiegen hat. Den Bescheid mit Rechtsbehelfsbelehrung finden Sie in Ihrem Campusportal.

Mit freundlichen Grüßen
Studierendenservice
""", "2026-07-17 09:00 +0200"),

    M("other", "university_offer_of_place_en", "en", "", "",
      '"Erasmus Port School Admissions" <admissions-noreply@portschool.example.nl>',
      "Decision on your application - Executive MSc Supply Chain Management",
      """Dear Jonas,

Congratulations! We are pleased to offer you a place on the Executive MSc in Supply Chain Management, starting September 2026 in Rotterdam.

To accept your offer, please log in to the applicant portal and pay the deposit by 15 June. Your formal offer letter is available for download there.

We look forward to welcoming you.

Admissions Office
Erasmus Port School
""", "2026-05-19 14:30 +0200", fmt="html"),

    M("other", "admision_master_es", "es", "", "",
      '"Universidad de Levante - Admisiones" <admisiones@ulevante.example.es>',
      "Resolución de admisión - Máster en Dirección de Operaciones",
      """Estimado/a Jonas Okonkwo-Brandt:

Le comunicamos que la Comisión Académica ha resuelto su solicitud de admisión al Máster Universitario en Dirección de Operaciones y Logística.

Resultado: NO ADMITIDO/A (lista de espera, posición 14).

Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes.

Servicio de Posgrado
Universidad de Levante
""", "2026-06-26 12:45 +0200", charset="iso-8859-1"),

    # ------------------------------------------------------------------ the candidate's own mail, auto-replies, calendar
    M("other", "eigene_bewerbung_gesendet", "de", "", "",
      CANDIDATE_FROM,
      "Bewerbung als Leiter Einkauf (m/w/d) – Kennziffer 2026-22",
      """Sehr geehrte Frau Dr. Albers,

mit großem Interesse habe ich Ihre Ausschreibung für die Position Leiter Einkauf gelesen. Als Supply-Chain-Planer mit acht Jahren Erfahrung in der Automobilzulieferindustrie bringe ich …

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Jonas Okonkwo-Brandt
+49 176 2231 8890
""", "2026-02-09 21:17 +0100", to="Dr. Sabine Albers <s.albers@weserbraeu.example.de>",
      attach=("Lebenslauf_Okonkwo-Brandt.pdf", "application/pdf")),

    M("other", "own_thank_you_after_interview", "en", "", "",
      CANDIDATE_FROM,
      "Thank you - Procurement Lead interview",
      """Hi Carlos,

Thank you for taking the time to speak with me today. I really enjoyed our discussion about should-cost modelling and the carrier tender you're planning for Q2.

I'm very excited about the role and look forward to hearing about the next steps.

Best regards,
Jonas

Sent from my iPhone""", "2026-01-29 16:44 +0100", to="Carlos Medina <carlos.medina@northlane-freight.example.com>",
      cc="Priya Raman <priya.raman@northlane-freight.example.com>"),

    M("other", "abwesenheitsnotiz_recruiterin", "de", "", "c.hollmann@hollmann-schuster.example.de",
      '"Dr. Christine Hollmann" <c.hollmann@hollmann-schuster.example.de>',
      "Abwesenheitsnotiz: AW: Position Leitung Operational Excellence",
      """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 24. April nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Frau Yilmaz (sekretariat@hollmann-schuster.example.de).

Mit freundlichen Grüßen
Christine Hollmann""", "2026-04-13 08:01 +0200",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

    M("other", "out_of_office_agency_en", "en", "", "jake.morrow@ryderblake.example.co.uk",
      "Jake Morrow <jake.morrow@ryderblake.example.co.uk>",
      "Automatic reply: Head of Network Planning - interview feedback?",
      """Thanks for your email. I'm out of the office until Monday 14th September with limited access to email.

For anything urgent please contact Tom Ashcroft on +44 (0)20 7946 0183.

Jake""", "2026-09-09 12:30 +0200",
      headers={"Auto-Submitted": "auto-replied"}),

    M("other", "standup_einladung_kollege", "de", "", "v.petrovic@arbeitgeber-aktuell.example.de",
      "Vesna Petrović <v.petrovic@arbeitgeber-aktuell.example.de>",
      "Einladung: Daily Standup Planung @ werktags 09:15 – 09:30",
      """Hallo zusammen,

ab Montag machen wir unser Planungs-Standup täglich um 9:15, 15 Minuten, Teams. Bitte Kapazitäten und Engpässe vorher im Board pflegen.

Danke & viele Grüße
Vesna
""", "2026-01-09 14:12 +0100",
      ics="""BEGIN:VCALENDAR
PRODID:-//Corpus85//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:standup-planung-2026@arbeitgeber-aktuell.example.de
DTSTAMP:20260109T131200Z
DTSTART:20260112T081500Z
DTEND:20260112T083000Z
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
SUMMARY:Daily Standup Planung
LOCATION:Microsoft Teams
ORGANIZER:mailto:v.petrovic@arbeitgeber-aktuell.example.de
ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:jonas.ob@example.de
END:VEVENT
END:VCALENDAR"""),

    M("other", "calendar_reminder_sync", "en", "", "",
      '"Google Calendar" <calendar-notification@google.com>',
      "Notification: Weekly S&OP sync @ Mon 2 Mar 2026 10am - 11am (CET)",
      """Weekly S&OP sync
Monday 2 Mar 2026 ⋅ 10am – 11am (Central European Time)
Google Meet: https://meet.google.com/abc-defg-hij

Organizer: sop-team@arbeitgeber-aktuell.example.de

Reminder from Google Calendar. You are receiving this email because you are an attendee of the event.
""", "2026-03-02 09:50 +0100", fmt="alt"),

    # ------------------------------------------------------------------ life admin
    M("other", "elster_bescheid", "de", "", "",
      '"ELSTER" <noreply@elster.example.de>',
      "Neue Nachricht in Ihrem ELSTER-Postfach",
      """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem ELSTER-Postfach liegt eine neue Nachricht für Sie bereit: Bescheid für 2025 über Einkommensteuer.

Bitte melden Sie sich unter https://www.elster.example.de an, um die Nachricht abzurufen.

Ihr ELSTER-Team

Dies ist eine automatisch generierte E-Mail.
""", "2026-06-18 04:12 +0200", charset="iso-8859-1"),

    M("other", "bahn_reiseplanaenderung", "de", "", "",
      '"DB Reiseplan" <noreply@bahn.example.de>',
      "Änderung Ihrer Reise am 24.02. – ICE 581 fällt aus",
      """Hallo Jonas Okonkwo-Brandt,

leider fällt Ihr gebuchter Zug ICE 581 München Hbf – Stuttgart Hbf am 24.02. um 07:20 Uhr aus. Grund: Reparatur an der Oberleitung.

Alternative Verbindung: ICE 513 ab 07:51 Uhr, Ankunft 10:03 Uhr. Ihre Zugbindung ist aufgehoben.

Reise ansehen: https://www.bahn.example.de/buchung/reise
Fahrgastrechte: https://www.bahn.example.de/fahrgastrechte
""", "2026-02-23 20:02 +0100", fmt="html"),

    M("other", "oebb_verspaetung", "de", "", "",
      '"ÖBB Reiseinfo" <reiseinfo@oebb.example.at>',
      "Verspätung Ihres Railjet RJX 762",
      """Grüß Gott,

Ihr Zug RJX 762 Wien Hbf – Linz Hbf (Abfahrt 07:30) hat voraussichtlich 25 Minuten Verspätung. Grund: Verzögerung im Betriebsablauf.

Wir entschuldigen uns für die Unannehmlichkeiten.

Ihre ÖBB
""", "2026-03-26 06:58 +0100"),

    M("other", "swm_jahresabrechnung", "de", "", "",
      '"Stadtwerke München Kundenservice" <kundenservice@swm.example.de>',
      "Ihre Jahresabrechnung Strom 2025",
      """Sehr geehrter Herr Okonkwo-Brandt,

Ihre Jahresabrechnung für Strom (Kundennummer 4400 1182 33) steht in Ihrem Kundenportal bereit. Es ergibt sich eine Gutschrift von 84,12 €, die wir Ihrem Konto in den nächsten Tagen gutschreiben.

Ihr neuer monatlicher Abschlag beträgt ab März 61,00 €.

Mit freundlichen Grüßen
Ihr SWM Kundenservice
""", "2026-02-14 10:00 +0100", fmt="alt", cte="quoted-printable"),

    M("other", "telekom_rechnung", "de", "", "",
      '"Telekom Rechnung" <rechnung@telekom.example.de>',
      "Ihre Rechnung für Juni 2026",
      """Guten Tag Jonas Okonkwo-Brandt,

Ihre Rechnung für Juni 2026 ist da. Rechnungsbetrag: 49,95 €. Der Betrag wird am 08.07.2026 von Ihrem Konto abgebucht.

Rechnung ansehen: https://www.telekom.example.de/rechnung

Ihre Telekom
""", "2026-07-02 05:30 +0200", fmt="html"),

    M("other", "fitnessstudio_kurs_abgesagt", "de", "", "",
      '"Kraftwerk Fitness" <info@kraftwerk-fitness.example.de>',
      "Dein Kurs Functional Training am Mittwoch fällt aus",
      """Hey Jonas,

leider müssen wir deinen gebuchten Kurs „Functional Training“ am Mittwoch, 18:30 Uhr, absagen – unser Trainer ist krank. Deine Buchung wurde storniert, dein Kurskontingent bleibt erhalten.

Sportliche Grüße
Dein Kraftwerk-Team
""", "2026-08-18 13:13 +0200"),

    M("other", "spotify_zahlung", "en", "", "",
      '"Spotify" <no-reply@spotify.example.com>',
      "Your payment didn't go through",
      """Hi Jonas,

Unfortunately we couldn't process your latest payment for Spotify Premium Duo. Please update your payment details so you don't lose access to your Premium features.

Update payment: https://www.spotify.example.com/account/subscription

The Spotify Team
""", "2026-09-02 03:40 +0200", fmt="html"),

    M("other", "lufthansa_flight_cancelled", "en", "", "",
      '"Lufthansa" <online@booking-lufthansa.example.com>',
      "Unfortunately, your flight LH 1836 has been cancelled",
      """Dear Mr Okonkwo-Brandt,

Unfortunately, your flight LH 1836 from Munich to Barcelona on 11 July 2026 has been cancelled due to operational reasons. We have rebooked you on LH 1838, departing 14:25, arriving 16:35.

If the new connection is not suitable, you can change your flight free of charge or request a refund: https://www.lufthansa.example.com/mybookings

We apologise for the inconvenience.
Your Lufthansa Team
""", "2026-07-10 18:12 +0200", fmt="html"),

    M("other", "train_supprime_fr", "fr", "", "",
      '"SNCF Voyageurs" <ne-pas-repondre@sncf.example.fr>',
      "Votre train TGV 6605 du 16/04 est supprimé",
      """Bonjour Jonas,

Nous sommes désolés : votre train TGV INOUI 6605 Paris Gare de Lyon – Lyon Part-Dieu du 16/04 à 08h00 est supprimé en raison d'un mouvement social.

Vous pouvez échanger ou vous faire rembourser votre billet sans frais : https://www.sncf.example.fr/mes-voyages

SNCF Voyageurs
""", "2026-04-14 19:30 +0200", fmt="html"),

    M("other", "spanischkurs_inscripcion", "es", "", "secretaria@escuela-sol.example.es",
      "Secretaría Escuela Sol <secretaria@escuela-sol.example.es>",
      "Confirmación de inscripción – Curso de español B2 (online)",
      """Hola Jonas:

¡Gracias por inscribirte! Te confirmamos tu plaza en el curso de español B2 online, martes y jueves de 19:00 a 20:30 (hora de Madrid), del 6 de octubre al 17 de diciembre.

Tu profesora será Lucía. Antes de la primera clase recibirás el enlace de Zoom y el material.

¡Nos vemos pronto!
Secretaría – Escuela Sol, Valencia
""", "2026-09-24 11:05 +0200"),

    M("other", "swiss_post_zollgebuehr", "de", "", "",
      '"Die Post" <noreply@post.example.ch>',
      "Ihre Sendung RB123456789CH wartet auf Verzollung",
      """Grüezi

Ihre Sendung aus Deutschland ist in der Schweiz eingetroffen. Für die Verzollung benötigen wir noch Ihre Angaben. Bitte erfassen Sie diese bis zum 12. August online:

https://service.post.example.ch/verzollung

Freundliche Grüsse
Die Post
""", "2026-08-07 07:45 +0200"),
]
